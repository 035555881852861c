#pragma once

#include <QString>
#include <QStringList>

// ARM resource id helpers. ARM compares ids case-insensitively ("resourceGroups" vs "resourcegroups"), so every map
// in the simulator is keyed by ArmId::key(id) and the original spelling is kept for display.
namespace Keyless::Sim::ArmId {

QString key(const QString &id); // lower-case, no trailing '/', "/" for the root
QString subscription(const QString &subscriptionId);
QString resourceGroup(const QString &subscriptionId, const QString &resourceGroup);
QString resource(const QString &subscriptionId, const QString &resourceGroup, const QString &type,
                 const QString &name); // type = "Microsoft.KeyVault/vaults"
// Every scope that covers id, from id itself up to "/" (only prefixes ending at a segment boundary), as keys.
QStringList ancestorKeys(const QString &id);
bool covers(const QString &scope, const QString &id); // scope is id or one of its ancestors
QString resourceGroupOf(const QString &id);           // "" when none
QString subscriptionOf(const QString &id);
// "Microsoft.KeyVault/vaults" for ".../providers/Microsoft.KeyVault/vaults/kv1/secrets/x"
QString providerType(const QString &id);

} // namespace Keyless::Sim::ArmId
