#pragma once

#include "sim/workload.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Keyless::Sim {

namespace ResourceType {
QString site();                 // Microsoft.Web/sites (kind "app" or "functionapp")
QString virtualMachine();       // Microsoft.Compute/virtualMachines
QString keyVault();             // Microsoft.KeyVault/vaults
QString storageAccount();       // Microsoft.Storage/storageAccounts
QString cosmosAccount();        // Microsoft.DocumentDB/databaseAccounts
QString userAssignedIdentity(); // Microsoft.ManagedIdentity/userAssignedIdentities
// Accepts the full type case-insensitively or a short alias (webapp, functionapp, vm, keyvault, storage, cosmosdb,
// identity); returns "" when unknown.
QString canonical(const QString &typeOrAlias);
} // namespace ResourceType

// The ARM identity block of a compute resource (facts §1.4). principalId/clientId/tenantId belong to the SAMI.
struct IdentityBlock {
    bool systemAssigned = false;
    QString principalId;
    QString clientId; // the SAMI's app id (not shown in ARM, but used by the endpoint and in tokens)
    QString tenantId;
    int generation = 0;       // how many times the SAMI was switched on: a new principal each time
    QStringList userAssigned; // UAMI resource ids as attached (display spelling)
    // Principal of each UAMI when it was attached (ArmId key -> object id): a UAMI deleted and recreated with the same
    // name is a new principal, and the old attachment points at nothing until re-attached (real-world C09).
    QMap<QString, QString> attachedPrincipals;

    bool isNone() const { return !systemAssigned && userAssigned.isEmpty(); }
    QString typeString() const; // "None", "SystemAssigned", "UserAssigned", "SystemAssigned, UserAssigned"
};

struct SecretVersion {
    QString version; // 32 hex chars
    QString value;
    qint64 created = 0;
    bool enabled = true;
    QString contentType;
};

struct Secret {
    QString name;
    QList<SecretVersion> versions; // oldest first; last is current
    bool deleted = false;
    const SecretVersion *current() const { return versions.isEmpty() ? nullptr : &versions.last(); }
    const SecretVersion *version(const QString &id) const;
};

// Key Vault access policy (access-policy permission model), permissions lower-case ("get", "list", "all").
struct AccessPolicy {
    QString tenantId;
    QString objectId;
    QStringList secrets;
    QStringList keys;
    QStringList certificates;
    bool allowsSecret(const QString &permission) const;
    QJsonObject toJson() const;
    static AccessPolicy fromJson(const QJsonObject &object);
};

struct Blob {
    QString name;
    QByteArray content;
    QString contentType = QStringLiteral("application/octet-stream");
    qint64 lastModified = 0;
    QString etag;
};

struct BlobContainer {
    QString name;
    QMap<QString, Blob> blobs; // by name (case-sensitive, as Blob storage)
};

struct CosmosContainer {
    QString name;
    QString partitionKeyPath = QStringLiteral("/id");
    QMap<QString, QJsonObject> items; // by id
};

struct CosmosDatabase {
    QString name;
    QMap<QString, CosmosContainer> containers;
};

// Cosmos DB for NoSQL data-plane RBAC (facts §5): separate from Azure RBAC.
struct SqlRoleDefinition {
    QString id; // GUID (last segment), built-ins 00000000-0000-0000-0000-000000000001 / ...0002
    QString roleName;
    QString type = QStringLiteral("CustomRole"); // "BuiltInRole" / "CustomRole"
    QStringList dataActions;
    QStringList assignableScopes = {QStringLiteral("/")};
};

struct SqlRoleAssignment {
    QString id; // GUID
    QString principalId;
    QString roleDefinitionId; // GUID
    QString scope;            // relative: "/", "/dbs/db1", "/dbs/db1/colls/c1"
    qint64 createdAt = 0;
    qint64 effectiveAt = 0; // createdAt + propagation delay
};

// The platform's memory of a Key Vault reference in an app setting (facts §6.6, real-world C16).
struct ReferenceResolution {
    QString status;   // Resolved, InvalidSyntax, MSINotEnabled, VaultNotFound, SecretNotFound, SecretVersionNotFound,
                      // AccessToKeyVaultDenied, OtherReasons
    QString value;    // secret value when Resolved, else the literal setting text
    QString identity; // "SystemAssigned" or the UAMI resource id used
    qint64 resolvedAt = 0;
    QString details;
};

// One ARM resource. Type-specific parts are plain members (unused ones stay empty) so the world stays a value type
// that copies cheaply (Qt containers share their data until written).
struct Resource {
    QString id; // "/subscriptions/.../resourceGroups/rg1/providers/Microsoft.KeyVault/vaults/kv1"
    QString name;
    QString type; // canonical ResourceType
    QString kind; // sites: "app" / "functionapp"
    QString resourceGroup;
    QString location;
    QMap<QString, QString> tags;
    IdentityBlock identity;

    // Microsoft.Web/sites
    QMap<QString, QString> appSettings;
    Workload workload;
    QString keyVaultReferenceIdentity;             // "SystemAssigned" (default) or a UAMI resource id
    QString identityHeader;                        // IDENTITY_HEADER value (rotated when the identity changes)
    QMap<QString, ReferenceResolution> references; // resolved Key Vault references by setting name

    // Microsoft.KeyVault/vaults
    bool enableRbacAuthorization = true;
    QList<AccessPolicy> accessPolicies;
    QMap<QString, Secret> secrets; // key: lower-case name

    // Microsoft.Storage/storageAccounts
    bool allowSharedKeyAccess = true;
    QStringList storageKeys; // key1, key2
    QMap<QString, BlobContainer> containers;

    // Microsoft.DocumentDB/databaseAccounts
    bool disableLocalAuth = false;
    QStringList cosmosKeys; // primary, secondary, primaryReadonly, secondaryReadonly
    QMap<QString, CosmosDatabase> databases;
    QList<SqlRoleDefinition> sqlRoleDefinitions; // custom ones (built-ins are implicit)
    QList<SqlRoleAssignment> sqlRoleAssignments;

    // Microsoft.ManagedIdentity/userAssignedIdentities
    QString principalId;
    QString clientId;

    bool isSite() const;
    bool isFunctionApp() const;
    bool isVirtualMachine() const;
    bool isKeyVault() const;
    bool isStorageAccount() const;
    bool isCosmosAccount() const;
    bool isUserAssignedIdentity() const;
    bool isCompute() const { return isSite() || isVirtualMachine(); }
    // Data-plane host name: kv1.vault.azure.net, st1.blob.core.windows.net, acct.documents.azure.com,
    // app.azurewebsites.net; "" for other types.
    QString hostName() const;
    QString endpointUrl() const; // "https://" + hostName() + "/" (Cosmos: ":443/")
};

} // namespace Keyless::Sim
