#include "sim/portalaccess.h"

#include "sim/authorization.h"
#include "sim/dataplane.h"
#include "sim/resource.h"
#include "sim/world.h"

#include <QJsonArray>

namespace Keyless::Sim {

namespace {

// The learner as a token would carry them: object id and groups.
TokenCheck learnerToken(const World &world)
{
    QJsonArray groups;
    for (const QString &g : world.directory().groupsOf(world.learnerId()))
        groups.append(g);
    TokenCheck check;
    check.claims = {{QStringLiteral("oid"), world.learnerId()}, {QStringLiteral("groups"), groups}};
    return check;
}

AccessDecision learnerMay(const World &world, const QString &action, bool dataAction, const QString &scope)
{
    AccessRequest r;
    r.principalId = world.learnerId();
    r.groupIds = world.directory().groupsOf(world.learnerId());
    r.action = action;
    r.dataAction = dataAction;
    r.scope = scope;
    return world.authorization().check(r, world.now());
}

PortalBrowse withKeyOr(const World &world, const Resource &account, bool keyAllowed, const QString &listKeysAction,
                       const AccessDecision &dataRole)
{
    PortalBrowse b;
    b.keyAllowed = keyAllowed;
    b.decision = dataRole;
    b.withKey = keyAllowed && learnerMay(world, listKeysAction, false, account.id).allowed;
    b.allowed = b.withKey || dataRole.allowed;
    return b;
}

} // namespace

PortalBrowse PortalAccess::secrets(const World &world, const Resource &vault)
{
    PortalBrowse b;
    b.decision = KeyVaultService::authorize(world, vault, learnerToken(world), QStringLiteral("list"), QString());
    b.allowed = b.decision.allowed;
    return b;
}

PortalBrowse PortalAccess::blobs(const World &world, const Resource &account, const QString &container)
{
    const AccessDecision dataRole =
        learnerMay(world, QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"), true,
                   account.id + QStringLiteral("/blobServices/default/containers/") + container);
    return withKeyOr(world, account, account.allowSharedKeyAccess,
                     QStringLiteral("Microsoft.Storage/storageAccounts/listkeys/action"), dataRole);
}

PortalBrowse PortalAccess::items(const World &world, const Resource &account, const QString &database,
                                 const QString &container)
{
    const AccessDecision dataRole = CosmosService::authorize(
        world, account, learnerToken(world),
        QStringLiteral("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read"),
        QStringLiteral("/dbs/%1/colls/%2").arg(database, container));
    return withKeyOr(world, account, !account.disableLocalAuth,
                     QStringLiteral("Microsoft.DocumentDB/databaseAccounts/listKeys/action"), dataRole);
}

} // namespace Keyless::Sim
