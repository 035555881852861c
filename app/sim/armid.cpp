#include "sim/armid.h"

namespace Keyless::Sim::ArmId {

QString key(const QString &id)
{
    QString k = id.trimmed();
    bool ascii = true;
    for (QChar &c : k) {
        const char16_t u = c.unicode();
        if (u >= u'A' && u <= u'Z')
            c = QChar(char16_t(u + 32));
        else if (u >= 128)
            ascii = false;
    }
    if (!ascii)
        k = k.toLower();
    while (k.size() > 1 && k.endsWith(QLatin1Char('/')))
        k.chop(1);
    if (k.isEmpty())
        return QStringLiteral("/");
    if (!k.startsWith(QLatin1Char('/')))
        k.prepend(QLatin1Char('/'));
    return k;
}

QString subscription(const QString &subscriptionId)
{
    return QStringLiteral("/subscriptions/") + subscriptionId;
}

QString resourceGroup(const QString &subscriptionId, const QString &rg)
{
    return subscription(subscriptionId) + QStringLiteral("/resourceGroups/") + rg;
}

QString resource(const QString &subscriptionId, const QString &rg, const QString &type, const QString &name)
{
    return resourceGroup(subscriptionId, rg) + QStringLiteral("/providers/") + type + QLatin1Char('/') + name;
}

QStringList ancestorKeys(const QString &id)
{
    const QString k = key(id);
    QStringList out;
    out.reserve(16);
    out.append(k);
    int pos = int(k.size());
    while ((pos = int(k.lastIndexOf(QLatin1Char('/'), pos - 1))) > 0)
        out.append(k.left(pos));
    if (k != QLatin1String("/"))
        out.append(QStringLiteral("/"));
    return out;
}

bool covers(const QString &scope, const QString &id)
{
    const QString s = key(scope);
    const QString k = key(id);
    if (s == QLatin1String("/"))
        return true;
    return k == s || (k.startsWith(s) && k.at(s.size()) == QLatin1Char('/'));
}

static QString segmentAfter(const QString &id, const QString &name)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (parts.at(i).compare(name, Qt::CaseInsensitive) == 0)
            return parts.at(i + 1);
    }
    return {};
}

QString resourceGroupOf(const QString &id)
{
    return segmentAfter(id, QStringLiteral("resourceGroups"));
}

QString subscriptionOf(const QString &id)
{
    return segmentAfter(id, QStringLiteral("subscriptions"));
}

QString providerType(const QString &id)
{
    const QStringList parts = id.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 0; i + 2 < parts.size(); ++i) {
        if (parts.at(i).compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0)
            return parts.at(i + 1) + QLatin1Char('/') + parts.at(i + 2);
    }
    return {};
}

} // namespace Keyless::Sim::ArmId
