#include "sim/resource.h"

#include <QJsonArray>

namespace Keyless::Sim {

namespace ResourceType {
QString site()
{
    return QStringLiteral("Microsoft.Web/sites");
}
QString virtualMachine()
{
    return QStringLiteral("Microsoft.Compute/virtualMachines");
}
QString keyVault()
{
    return QStringLiteral("Microsoft.KeyVault/vaults");
}
QString storageAccount()
{
    return QStringLiteral("Microsoft.Storage/storageAccounts");
}
QString cosmosAccount()
{
    return QStringLiteral("Microsoft.DocumentDB/databaseAccounts");
}
QString userAssignedIdentity()
{
    return QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities");
}

QString canonical(const QString &typeOrAlias)
{
    const QString t = typeOrAlias.trimmed().toLower();
    const QString all[] = {site(),           virtualMachine(), keyVault(),
                           storageAccount(), cosmosAccount(),  userAssignedIdentity()};
    for (const QString &c : all) {
        if (c.toLower() == t)
            return c;
    }
    if (t == QLatin1String("webapp") || t == QLatin1String("functionapp") || t == QLatin1String("site"))
        return site();
    if (t == QLatin1String("vm"))
        return virtualMachine();
    if (t == QLatin1String("keyvault"))
        return keyVault();
    if (t == QLatin1String("storage") || t == QLatin1String("storageaccount"))
        return storageAccount();
    if (t == QLatin1String("cosmosdb") || t == QLatin1String("cosmos"))
        return cosmosAccount();
    if (t == QLatin1String("identity") || t == QLatin1String("uami"))
        return userAssignedIdentity();
    return {};
}
} // namespace ResourceType

QString IdentityBlock::typeString() const
{
    if (systemAssigned && !userAssigned.isEmpty())
        return QStringLiteral("SystemAssigned, UserAssigned");
    if (systemAssigned)
        return QStringLiteral("SystemAssigned");
    if (!userAssigned.isEmpty())
        return QStringLiteral("UserAssigned");
    return QStringLiteral("None");
}

const SecretVersion *Secret::version(const QString &id) const
{
    for (const SecretVersion &v : versions) {
        if (v.version.compare(id, Qt::CaseInsensitive) == 0)
            return &v;
    }
    return nullptr;
}

bool AccessPolicy::allowsSecret(const QString &permission) const
{
    for (const QString &p : secrets) {
        if (p.compare(permission, Qt::CaseInsensitive) == 0 ||
            p.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject AccessPolicy::toJson() const
{
    return {{QStringLiteral("tenantId"), tenantId},
            {QStringLiteral("objectId"), objectId},
            {QStringLiteral("permissions"),
             QJsonObject{{QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)},
                         {QStringLiteral("keys"), QJsonArray::fromStringList(keys)},
                         {QStringLiteral("certificates"), QJsonArray::fromStringList(certificates)},
                         {QStringLiteral("storage"), QJsonArray()}}}};
}

static QStringList lowerList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString().toLower();
    return out;
}

AccessPolicy AccessPolicy::fromJson(const QJsonObject &o)
{
    AccessPolicy p;
    p.tenantId = o.value(QStringLiteral("tenantId")).toString();
    p.objectId = o.value(QStringLiteral("objectId")).toString();
    const QJsonObject perms = o.value(QStringLiteral("permissions")).toObject();
    p.secrets = lowerList(perms.value(QStringLiteral("secrets")));
    p.keys = lowerList(perms.value(QStringLiteral("keys")));
    p.certificates = lowerList(perms.value(QStringLiteral("certificates")));
    return p;
}

bool Resource::isSite() const
{
    return type == ResourceType::site();
}
bool Resource::isFunctionApp() const
{
    return isSite() && kind.contains(QLatin1String("functionapp"));
}
bool Resource::isVirtualMachine() const
{
    return type == ResourceType::virtualMachine();
}
bool Resource::isKeyVault() const
{
    return type == ResourceType::keyVault();
}
bool Resource::isStorageAccount() const
{
    return type == ResourceType::storageAccount();
}
bool Resource::isCosmosAccount() const
{
    return type == ResourceType::cosmosAccount();
}
bool Resource::isUserAssignedIdentity() const
{
    return type == ResourceType::userAssignedIdentity();
}

QString Resource::hostName() const
{
    const QString n = name.toLower();
    if (isKeyVault())
        return n + QStringLiteral(".vault.azure.net");
    if (isStorageAccount())
        return n + QStringLiteral(".blob.core.windows.net");
    if (isCosmosAccount())
        return n + QStringLiteral(".documents.azure.com");
    if (isSite())
        return n + QStringLiteral(".azurewebsites.net");
    return {};
}

QString Resource::endpointUrl() const
{
    const QString h = hostName();
    if (h.isEmpty())
        return {};
    return QStringLiteral("https://") + h + (isCosmosAccount() ? QStringLiteral(":443/") : QStringLiteral("/"));
}

} // namespace Keyless::Sim
