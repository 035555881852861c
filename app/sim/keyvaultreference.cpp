#include "sim/keyvaultreference.h"

#include <QRegularExpression>
#include <QUrl>

namespace Keyless::Sim {

KeyVaultReference KeyVaultReference::parse(const QString &value)
{
    KeyVaultReference ref;
    const QString v = value.trimmed();
    static const QString prefix = QStringLiteral("@Microsoft.KeyVault(");
    if (!v.startsWith(prefix, Qt::CaseInsensitive))
        return ref;
    ref.isReference = true;
    if (!v.endsWith(QLatin1Char(')')))
        return ref;
    const QString inner = v.mid(prefix.size(), v.size() - prefix.size() - 1).trimmed();
    if (inner.startsWith(QLatin1String("SecretUri="), Qt::CaseInsensitive)) {
        const QUrl url(inner.mid(10).trimmed());
        const QString host = url.host().toLower();
        static const QString suffix = QStringLiteral(".vault.azure.net");
        if (!url.isValid() || url.scheme() != QLatin1String("https") || !host.endsWith(suffix))
            return ref;
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.size() < 2 || parts.size() > 3 || parts.at(0).compare(QLatin1String("secrets"), Qt::CaseInsensitive))
            return ref;
        ref.vaultName = host.left(host.size() - suffix.size());
        ref.secretName = parts.at(1);
        ref.version = parts.size() == 3 ? parts.at(2) : QString();
        ref.valid = true;
        return ref;
    }
    const QStringList pairs = inner.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const int eq = int(pair.indexOf(QLatin1Char('=')));
        if (eq <= 0)
            return ref;
        const QString k = pair.left(eq).trimmed().toLower();
        const QString val = pair.mid(eq + 1).trimmed();
        if (k == QLatin1String("vaultname"))
            ref.vaultName = val;
        else if (k == QLatin1String("secretname"))
            ref.secretName = val;
        else if (k == QLatin1String("secretversion"))
            ref.version = val;
        else
            return ref;
    }
    ref.valid = !ref.vaultName.isEmpty() && !ref.secretName.isEmpty();
    return ref;
}

} // namespace Keyless::Sim
