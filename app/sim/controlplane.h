#pragma once

#include "sim/tokenservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Keyless::Sim {

struct Resource;

class World;

// Outcome of an ARM / directory operation: HTTP-like status, ARM error code and message, and the JSON body ARM (or
// az) would print on success.
struct ArmResult {
    int status = 200;
    QString code; // "AuthorizationFailed", "PrincipalNotFound", "ResourceNotFound", ...
    QString message;
    QJsonValue body;

    bool ok() const { return status >= 200 && status < 300; }
    QJsonObject errorJson() const; // {"error":{"code":...,"message":...}}
    static ArmResult success(const QJsonValue &body, int status = 200);
    static ArmResult failure(int status, const QString &code, const QString &message);
};

struct RoleAssignmentSpec {
    QString assignee;      // object id (what --assignee-object-id gives), or app id / UPN (resolved like az does)
    QString role;          // role name, GUID or full role definition id
    QString scope;         // required (az >= 2.54): a full ARM scope
    QString principalType; // "User", "Group", "ServicePrincipal"; "" = look it up
    QString name;          // assignment GUID; "" = derived from seed, scope, principal and role
    QString description;
};

struct RoleAssignmentFilter {
    QString assignee;              // object id, app id or UPN; "" = anyone
    QString scope;                 // "" = the subscription
    QString role;                  // name or id; "" = any
    bool includeInherited = false; // also assignments at scopes above `scope`
    bool all = false;              // every scope in the subscription (and below)
    bool includeGroups = false;    // also assignments of groups the assignee is in
};

// The ARM-style operations the console's `az` commands and the portal blades call. Each checks the caller's Azure
// RBAC permission (the learner is Owner of the subscription by default), changes the world and records a trace event.
// Bodies follow the az output shapes in the facts (§9).
class ControlPlane
{
public:
    ControlPlane(World &world, const QString &callerObjectId);

    QString caller() const { return m_caller; }

    // Resource groups and resources
    // `tags`: replace the group's tags (none given: keep them).
    ArmResult createResourceGroup(const QString &name, const QString &location = {},
                                  const std::optional<QMap<QString, QString>> &tags = std::nullopt);
    ArmResult deleteResourceGroup(const QString &name);
    ArmResult showResourceGroup(const QString &name) const;
    ArmResult listResourceGroups() const;
    // type: canonical or alias (see ResourceType::canonical). properties: ARM properties to apply
    // (enableRbacAuthorization, allowSharedKeyAccess, disableLocalAuth, kind ...). Existing resource: update (PUT).
    ArmResult createResource(const QString &type, const QString &resourceGroup, const QString &name,
                             const QJsonObject &properties = {}, const QString &location = {});
    ArmResult showResource(const QString &id) const;
    // ARM's 400 for a name its type does not allow (storage accounts, key vaults); success (200) otherwise.
    static ArmResult nameRuleFailure(const QString &type, const QString &name);
    ArmResult listResources(const QString &resourceGroup = {}, const QString &type = {}) const;
    ArmResult deleteResource(const QString &id);
    // `az resource update --set properties.<path>=<value>` and the typed az updates. Known paths:
    // enableRbacAuthorization, allowSharedKeyAccess, disableLocalAuth, keyVaultReferenceIdentity, tags.<name>.
    ArmResult setProperty(const QString &id, const QString &path, const QJsonValue &value);

    // Managed identities on a compute resource. identities: "[system]" and/or UAMI ids (or names in the same RG).
    ArmResult assignIdentity(const QString &id, const QStringList &identities = {QStringLiteral("[system]")});
    // Empty list = remove the system-assigned identity (az default).
    ArmResult removeIdentity(const QString &id, const QStringList &identities = {});
    ArmResult showIdentity(const QString &id) const;

    // Azure RBAC
    ArmResult createRoleAssignment(const RoleAssignmentSpec &spec);
    ArmResult listRoleAssignments(const RoleAssignmentFilter &filter) const;
    ArmResult deleteRoleAssignment(const QString &assignmentId);         // full id or bare name
    ArmResult deleteRoleAssignments(const RoleAssignmentFilter &filter); // az role assignment delete --assignee ...
    ArmResult listRoleDefinitions(const QString &name = {}, bool customOnly = false) const;
    ArmResult createRoleDefinition(const QJsonObject &definition);

    // Directory (Graph): groups and membership
    ArmResult createGroup(const QString &displayName);
    ArmResult addGroupMember(const QString &group, const QString &memberObjectId); // group: name or object id
    ArmResult removeGroupMember(const QString &group, const QString &memberObjectId);

    // Key Vault (control plane)
    ArmResult keyVaultSetPolicy(const QString &vaultId, const QString &objectId, const QStringList &secretPermissions,
                                const QStringList &keyPermissions = {}, const QStringList &certificatePermissions = {});
    ArmResult keyVaultDeletePolicy(const QString &vaultId, const QString &objectId);

    // Keys (control plane actions listKeys)
    ArmResult listStorageKeys(const QString &accountId) const;
    ArmResult listCosmosKeys(const QString &accountId, const QString &type = QStringLiteral("keys")) const;

    // Cosmos DB management (ARM) operations and data-plane RBAC administration
    ArmResult createCosmosDatabase(const QString &accountId, const QString &database);
    ArmResult createCosmosContainer(const QString &accountId, const QString &database, const QString &container,
                                    const QString &partitionKeyPath = QStringLiteral("/id"));
    // roleDefinition: GUID, full id or role name; scope "/", "/dbs/<db>", "/dbs/<db>/colls/<c>" or full-id form.
    ArmResult createCosmosSqlRoleAssignment(const QString &accountId, const QString &principalId,
                                            const QString &roleDefinition, const QString &scope,
                                            const QString &assignmentId = {});
    ArmResult listCosmosSqlRoleAssignments(const QString &accountId) const;
    ArmResult showCosmosSqlRoleAssignment(const QString &accountId, const QString &assignmentId) const;
    ArmResult deleteCosmosSqlRoleAssignment(const QString &accountId, const QString &assignmentId);
    ArmResult listCosmosSqlRoleDefinitions(const QString &accountId) const;
    ArmResult createCosmosSqlRoleDefinition(const QString &accountId, const QJsonObject &body);

    // Storage container via ARM (az storage container-rm create)
    ArmResult createBlobContainer(const QString &accountId, const QString &container);

    // App Service / Functions settings
    ArmResult listAppSettings(const QString &siteId) const;
    ArmResult setAppSettings(const QString &siteId, const QMap<QString, QString> &settings);
    ArmResult deleteAppSettings(const QString &siteId, const QStringList &names);
    ArmResult restartSite(const QString &siteId); // forgets resolved Key Vault references
    // Key Vault reference statuses per setting (config/configreferences/appsettings)
    ArmResult listKeyVaultReferences(const QString &siteId);

    // az account get-access-token (the learner)
    ArmResult getAccessToken(const QString &resource);

    // ARM JSON for a resource / identity block, as `az ... show` prints them.
    QJsonObject resourceJson(const QString &id) const;
    QJsonObject identityJson(const QString &id) const;
    QJsonObject roleAssignmentJson(const QString &name) const;

private:
    static ArmResult sqlRoleAssignmentNotFound(const QString &id);
    // RBAC check of the caller; returns a failure result (AuthorizationFailed) or an ok one.
    ArmResult authorize(const QString &action, const QString &scope, const QString &displayScope = {}) const;
    void recordOperation(const QString &method, const QString &path, const ArmResult &result,
                         const QString &explanation) const;
    QString resolveIdentityRef(const QString &computeId, const QString &ref) const;
    // PUT of a child resource (database, container ...) at parentId + childPath: the caller needs `action` on the
    // child; create() changes the parent and returns the ARM body. Records the operation either way.
    ArmResult putChild(const QString &parentId, const QString &childPath, const QString &action,
                       const QString &explanation, const std::function<QJsonObject(Resource &parent)> &create);

    World *m_world = nullptr;
    QString m_caller;
};

} // namespace Keyless::Sim
