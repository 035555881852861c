#include "lab/labnames.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace Keyless::Lab {

namespace {

// FNV-1a: qHash() is salted per process, and names must not change between runs.
quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

} // namespace

LabNames::LabNames(const QList<NameRule> &rules, quint64 seed)
{
    static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
    for (const auto &rule : rules) {
        const quint32 seeds[] = {quint32(seed), quint32(seed >> 32), stableHash(rule.key)};
        QRandomGenerator generator(seeds, seeds + 3);
        QString name = rule.prefix;
        // The first random character is a letter, so names never start with a digit after a bare prefix.
        for (int i = 0; i < rule.length; ++i)
            name +=
                QLatin1Char(alphabet.at(int(generator.bounded(quint32(i == 0 && rule.prefix.isEmpty() ? 26 : 36)))));
        m_values.insert(rule.key, name);
    }
}

QString LabNames::apply(const QString &text) const
{
    if (!text.contains(QLatin1String("{{")))
        return text;
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    QString result;
    qsizetype last = 0;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        result += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = m_values.constFind(match.captured(1));
        result += value != m_values.cend() ? value.value() : match.captured(0);
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

QJsonValue LabNames::apply(const QJsonValue &value) const
{
    if (value.isString())
        return apply(value.toString());
    if (value.isObject())
        return apply(value.toObject());
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            array[i] = apply(array.at(i));
        return array;
    }
    return value;
}

QJsonObject LabNames::apply(const QJsonObject &object) const
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it)
        result.insert(apply(it.key()), apply(it.value()));
    return result;
}

} // namespace Keyless::Lab
