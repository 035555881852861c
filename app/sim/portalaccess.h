#pragma once

#include "sim/accessdecision.h"

namespace Keyless::Sim {

class World;
struct Resource;

// What the signed-in learner may browse in the portal's data blades. The portal reads data as the learner, like any
// client: Key Vault always through the data plane (facts §6.4 item 6); Storage and Cosmos DB with the account key
// when key access is on and the learner may list the keys (how Owner and Contributor browse, C03), otherwise with
// the learner's Entra identity, which needs a data role (§7.4, §5.7).
struct PortalBrowse {
    bool allowed = false;
    bool withKey = false;    // allowed through the account key, not a data role
    bool keyAllowed = false; // key access is switched on for the account
    AccessDecision decision; // the data-role decision for the learner's Entra identity
};

namespace PortalAccess {
PortalBrowse secrets(const World &world, const Resource &vault);
PortalBrowse blobs(const World &world, const Resource &account, const QString &container);
PortalBrowse items(const World &world, const Resource &account, const QString &database, const QString &container);
} // namespace PortalAccess

} // namespace Keyless::Sim
