// The built-in declarative checks. Each reads the world (never changes it) and, when it fails, says
// what is wrong in words a learner can act on; the texts follow ../shared/reference/ facts.
#include "lab/checkcontext.h"
#include "lab/checkregistry.h"
#include "sim/armid.h"
#include "sim/controlplane.h"
#include "sim/workloadrunner.h"
#include "sim/world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Keyless::Lab {

using Sim::World;
using Param = CheckRegistry::Param;
using Type = CheckRegistry::ParamType;
using Ref = CheckRegistry::Reference;

namespace {

QString str(const CheckSpec &spec, const char *name, const QString &fallback = {})
{
    const QJsonValue v = spec.params.value(QLatin1String(name));
    return v.isString() ? v.toString() : fallback;
}

bool flag(const CheckSpec &spec, const char *name, bool fallback)
{
    const QJsonValue v = spec.params.value(QLatin1String(name));
    return v.isBool() ? v.toBool() : fallback;
}

CheckOutcome pass(const QString &feedback = {})
{
    return {true, feedback};
}

// Feedback is a sentence the learner reads on its own: where it starts with a principal's label it says "The …"
// (QA: "the system-assigned identity of func-orders-… holds …"). Names and settings (func-…, disableLocalAuth) stay as
// they are spelt.
QString sentence(QString text)
{
    if (text.startsWith(QLatin1String("the ")))
        text.front() = QLatin1Char('T');
    return text;
}

CheckOutcome fail(const QString &feedback)
{
    return {false, sentence(feedback)};
}

// A failure because the principal or resource the check is about does not exist.
CheckOutcome missing(const QString &feedback)
{
    return {false, sentence(feedback), true};
}

// "sami:func-orders" → the display name used in feedback ("the identity of func-orders").
QString principalLabel(const QString &reference)
{
    if (reference.startsWith(QLatin1String("sami:")))
        return QStringLiteral("the system-assigned identity of %1").arg(reference.mid(5));
    if (reference.startsWith(QLatin1String("uami:")))
        return QStringLiteral("the user-assigned identity %1").arg(reference.mid(5));
    if (reference.startsWith(QLatin1String("group:")))
        return QStringLiteral("the group %1").arg(reference.mid(6));
    return reference;
}

QString missingPrincipalFeedback(const QString &reference)
{
    if (reference.startsWith(QLatin1String("sami:")))
        return QStringLiteral("%1 has no system-assigned managed identity, so nothing can be granted to it yet. "
                              "Turn the identity on first.")
            .arg(reference.mid(5));
    return QStringLiteral("%1 does not exist.").arg(principalLabel(reference));
}

// Short scope for feedback: "kv-x/secrets/db" rather than the whole ARM id.
QString shortScope(const World &world, const QString &scope)
{
    const QString sub = world.subscriptionScope();
    if (Sim::ArmId::key(scope) == Sim::ArmId::key(sub))
        return QStringLiteral("the subscription");
    const int providers = int(scope.indexOf(QLatin1String("/providers/"), 0, Qt::CaseInsensitive));
    if (providers < 0) {
        const QString group = Sim::ArmId::resourceGroupOf(scope);
        return group.isEmpty() ? scope : QStringLiteral("resource group %1").arg(group);
    }
    // providers/<ns>/<type>/<name>[/child...]: keep from the name on
    const QStringList parts = scope.mid(providers + 11).split(QLatin1Char('/'));
    return parts.size() > 2 ? parts.mid(2).join(QLatin1Char('/')) : scope;
}

QString roleName(const World &world, const QString &guid)
{
    const Sim::RoleDefinition *definition = world.authorization().definition(guid);
    return definition ? definition->roleName : guid;
}

bool scopeMatches(const QString &assignmentScope, const QString &target, const QString &mode)
{
    if (mode == QLatin1String("exact"))
        return Sim::ArmId::key(assignmentScope) == Sim::ArmId::key(target);
    if (mode == QLatin1String("covering"))
        return Sim::ArmId::covers(assignmentScope, target);
    return Sim::ArmId::covers(target, assignmentScope); // within (default)
}

// Roles that can do anything in the control plane ("*" actions): Owner, Contributor.
bool isBroadManagementRole(const Sim::RoleDefinition *definition)
{
    if (!definition)
        return false;
    for (const auto &permission : definition->permissions) {
        if (permission.actions.contains(QStringLiteral("*")))
            return true;
    }
    return false;
}

QString formatTime(qint64 seconds)
{
    return Sim::Clock::iso(seconds);
}

QString waitText(const World &world, qint64 effectiveAt)
{
    const qint64 left = effectiveAt - world.now();
    return QStringLiteral("it is still propagating and takes effect at %1 (in %2 s of simulated time). "
                          "Role changes are eventually consistent: wait (sleep) and try again.")
        .arg(formatTime(effectiveAt))
        .arg(left);
}

const Sim::Resource *findResource(const World &world, const CheckSpec &spec, const char *param)
{
    return world.findResource(str(spec, param));
}

// --- identity-enabled -----------------------------------------------------------------------

CheckOutcome identityEnabled(const CheckSpec &spec, const CheckContext &context)
{
    const Sim::Resource *resource = findResource(context.world, spec, "resource");
    if (!resource)
        return missing(QStringLiteral("%1 does not exist any more.").arg(str(spec, "resource")));
    const QString kind = str(spec, "kind", QStringLiteral("any"));
    const auto &identity = resource->identity;
    if (kind == QLatin1String("system")) {
        if (identity.systemAssigned)
            return pass();
        return fail(
            QStringLiteral("%1 has no system-assigned managed identity. Turn it on: the platform then "
                           "creates a service principal for the app in Entra ID, with no secret for you to keep.")
                .arg(resource->name));
    }
    if (kind == QLatin1String("user")) {
        const QString wanted = str(spec, "identity");
        if (wanted.isEmpty()) {
            if (!identity.userAssigned.isEmpty())
                return pass();
            return fail(QStringLiteral("%1 has no user-assigned identity attached.").arg(resource->name));
        }
        const Sim::Resource *uami = context.world.findResource(wanted, Sim::ResourceType::userAssignedIdentity());
        if (!uami)
            return missing(QStringLiteral("The user-assigned identity %1 does not exist.").arg(wanted));
        for (const QString &attached : identity.userAssigned) {
            if (Sim::ArmId::key(attached) == Sim::ArmId::key(uami->id))
                return pass();
        }
        return fail(QStringLiteral("The user-assigned identity %1 is not attached to %2. Attach it (by its resource "
                                   "id) so code on %2 can request tokens for it.")
                        .arg(uami->name, resource->name));
    }
    if (!identity.isNone())
        return pass();
    return fail(QStringLiteral("%1 has no managed identity at all.").arg(resource->name));
}

// --- role-assignment --------------------------------------------------------------------------

CheckOutcome roleAssignment(const CheckSpec &spec, const CheckContext &context)
{
    const World &world = context.world;
    const QString reference = str(spec, "principal");
    const QString principalId = world.resolvePrincipal(reference);
    if (principalId.isEmpty())
        return missing(missingPrincipalFeedback(reference));
    const Sim::RoleDefinition *role = world.authorization().findDefinition(str(spec, "role"));
    if (!role)
        return fail(QStringLiteral("The role %1 does not exist.").arg(str(spec, "role")));
    const QString target = world.resolveScope(str(spec, "scope"));
    if (target.isEmpty())
        return missing(QStringLiteral("The scope %1 does not exist any more.").arg(str(spec, "scope")));
    const QString mode = str(spec, "match", QStringLiteral("within"));
    const bool needPropagated = flag(spec, "propagated", true);

    const QList<Sim::RoleAssignment> assignments = world.authorization().assignmentsFor(principalId);
    const Sim::RoleAssignment *elsewhere = nullptr;
    const Sim::RoleAssignment *pending = nullptr;
    for (const auto &assignment : assignments) {
        if (assignment.roleDefinitionId.compare(role->name, Qt::CaseInsensitive) != 0)
            continue;
        if (!scopeMatches(assignment.scope, target, mode)) {
            elsewhere = &assignment;
            continue;
        }
        if (needPropagated && assignment.effectiveAt > world.now()) {
            pending = &assignment;
            continue;
        }
        return pass();
    }
    if (pending)
        return fail(QStringLiteral("%1 holds %2 at %3, but %4")
                        .arg(principalLabel(reference), role->roleName, shortScope(world, pending->scope),
                             waitText(world, pending->effectiveAt)));
    if (elsewhere)
        return fail(
            QStringLiteral("%1 holds %2 at %3, which is not %4 %5.")
                .arg(principalLabel(reference), role->roleName, shortScope(world, elsewhere->scope),
                     mode == QLatin1String("exact") ? QStringLiteral("exactly") : QStringLiteral("at or within"),
                     shortScope(world, target)));
    // Granted to someone else? (the learner themself, or the old principal of a re-created app)
    for (const auto &assignment : world.authorization().assignments()) {
        if (assignment.roleDefinitionId.compare(role->name, Qt::CaseInsensitive) == 0 &&
            scopeMatches(assignment.scope, target, mode)) {
            const Sim::Principal *other = world.principal(assignment.principalId);
            const QString who =
                other
                    ? other->displayName
                    : QStringLiteral("%1, which no longer exists (\"Identity not found\")").arg(assignment.principalId);
            return fail(QStringLiteral("%1 at %2 is assigned to %3 — not to %4 (object id %5). Grant it to the "
                                       "principal that actually makes the call.")
                            .arg(role->roleName, shortScope(world, assignment.scope), who, principalLabel(reference),
                                 principalId));
        }
    }
    return fail(QStringLiteral("%1 has no %2 role assignment at or within %3 yet.")
                    .arg(principalLabel(reference), role->roleName, shortScope(world, target)));
}

// --- least-privilege --------------------------------------------------------------------------

CheckOutcome leastPrivilege(const CheckSpec &spec, const CheckContext &context)
{
    const World &world = context.world;
    const QString reference = str(spec, "principal");
    const QString principalId = world.resolvePrincipal(reference);
    if (principalId.isEmpty())
        return missing(missingPrincipalFeedback(reference));
    const QString widest = world.resolveScope(str(spec, "scope"));
    QStringList allowedGuids;
    QStringList allowedNames;
    for (const QJsonValue &v : spec.params.value(QLatin1String("roles")).toArray()) {
        if (const Sim::RoleDefinition *definition = world.authorization().findDefinition(v.toString())) {
            allowedGuids << definition->name.toLower();
            allowedNames << definition->roleName;
        }
    }
    const QString allowedText = allowedNames.join(QLatin1String(" or "));
    // A check that allows no Azure role at all (the data access comes from elsewhere, e.g. Cosmos DB's own data-plane
    // RBAC) has nothing to keep: "Keep only ." was its text.
    const QString keepOnly = allowedNames.isEmpty() ? QStringLiteral(": this job needs no Azure RBAC role here")
                                                    : QStringLiteral(" and keep only %1").arg(allowedText);

    bool haveAllowed = false;
    QStringList problems;
    for (const auto &assignment : world.authorization().assignmentsFor(principalId)) {
        const Sim::RoleDefinition *definition = world.authorization().definition(assignment.roleDefinitionId);
        const QString name = roleName(world, assignment.roleDefinitionId);
        const QString where = shortScope(world, assignment.scope);
        if (!allowedGuids.contains(assignment.roleDefinitionId.toLower())) {
            if (isBroadManagementRole(definition)) {
                problems << QStringLiteral(
                                "%1 holds %2 at %3. %2 is a control-plane role: it may change or delete every "
                                "resource in that scope and list its keys, yet it grants no data actions — so it is "
                                "far broader than the job needs and still does not give data access. Remove it%4.")
                                .arg(principalLabel(reference), name, where, keepOnly);
            } else {
                problems << QStringLiteral("%1 holds %2 at %3, which this job does not need. Remove it%4.")
                                .arg(principalLabel(reference), name, where, keepOnly);
            }
            continue;
        }
        if (!widest.isEmpty() && !Sim::ArmId::covers(widest, assignment.scope)) {
            if (Sim::ArmId::covers(assignment.scope, widest)) {
                problems << QStringLiteral("%1 holds %2 at %3, broader than needed: it then reaches everything "
                                           "under %3. Assign it at %4 (or narrower) instead.")
                                .arg(principalLabel(reference), name, where, shortScope(world, widest));
            }
            continue; // an allowed role somewhere unrelated is not this check's business
        }
        haveAllowed = true;
    }
    if (!problems.isEmpty())
        return fail(problems.join(QLatin1Char(' ')));
    if (!haveAllowed && !allowedGuids.isEmpty())
        return fail(QStringLiteral("%1 has not been granted %2 at %3 yet.")
                        .arg(principalLabel(reference), allowedText, shortScope(world, widest)));
    return pass();
}

// --- cosmos-data-role -------------------------------------------------------------------------

struct CosmosRole {
    QString id;
    QString name;
};

CosmosRole cosmosRole(const Sim::Resource &account, const QString &wanted)
{
    static const QList<CosmosRole> builtIns{
        {QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("Cosmos DB Built-in Data Reader")},
        {QStringLiteral("00000000-0000-0000-0000-000000000002"), QStringLiteral("Cosmos DB Built-in Data Contributor")},
    };
    const QString last = wanted.section(QLatin1Char('/'), -1);
    for (const auto &role : builtIns) {
        if (role.name.compare(wanted, Qt::CaseInsensitive) == 0 || role.id == last)
            return role;
    }
    for (const auto &definition : account.sqlRoleDefinitions) {
        if (definition.roleName.compare(wanted, Qt::CaseInsensitive) == 0 || definition.id == last)
            return {definition.id, definition.roleName};
    }
    return {last, wanted};
}

// Cosmos data-plane scopes are paths below the account ("/", "/dbs/db", "/dbs/db/colls/c"); a full-id
// form is reduced to the relative one.
QString cosmosScope(const Sim::Resource &account, QString scope)
{
    if (scope.startsWith(account.id, Qt::CaseInsensitive))
        scope = scope.mid(account.id.size());
    while (scope.size() > 1 && scope.endsWith(QLatin1Char('/')))
        scope.chop(1);
    if (!scope.startsWith(QLatin1Char('/')))
        scope.prepend(QLatin1Char('/'));
    return scope.toLower();
}

bool cosmosCovers(const QString &outer, const QString &inner)
{
    return outer == QLatin1String("/") || inner == outer || inner.startsWith(outer + QLatin1Char('/'));
}

CheckOutcome cosmosDataRole(const CheckSpec &spec, const CheckContext &context)
{
    const World &world = context.world;
    const Sim::Resource *account = world.findResource(str(spec, "account"), Sim::ResourceType::cosmosAccount());
    if (!account)
        return missing(QStringLiteral("The Cosmos DB account %1 does not exist.").arg(str(spec, "account")));
    const QString reference = str(spec, "principal");
    const QString principalId = world.resolvePrincipal(reference);
    if (principalId.isEmpty())
        return missing(missingPrincipalFeedback(reference));
    const CosmosRole role =
        cosmosRole(*account, str(spec, "role", QStringLiteral("Cosmos DB Built-in Data Contributor")));
    const QString target = cosmosScope(*account, str(spec, "scope", QStringLiteral("/")));
    const QString mode = str(spec, "match", QStringLiteral("within"));
    const bool needPropagated = flag(spec, "propagated", true);

    const Sim::SqlRoleAssignment *broader = nullptr;
    const Sim::SqlRoleAssignment *pending = nullptr;
    const Sim::SqlRoleAssignment *otherRole = nullptr;
    for (const auto &assignment : account->sqlRoleAssignments) {
        if (assignment.principalId.compare(principalId, Qt::CaseInsensitive) != 0)
            continue;
        if (assignment.roleDefinitionId.section(QLatin1Char('/'), -1).compare(role.id, Qt::CaseInsensitive) != 0) {
            otherRole = &assignment;
            continue;
        }
        const QString scope = cosmosScope(*account, assignment.scope);
        const bool matches = mode == QLatin1String("exact")      ? scope == target
                             : mode == QLatin1String("covering") ? cosmosCovers(scope, target)
                                                                 : cosmosCovers(target, scope);
        if (!matches) {
            if (cosmosCovers(scope, target))
                broader = &assignment;
            continue;
        }
        if (needPropagated && assignment.effectiveAt > world.now()) {
            pending = &assignment;
            continue;
        }
        return pass();
    }
    if (pending)
        return fail(
            QStringLiteral("%1 holds %2 on %3, but %4")
                .arg(principalLabel(reference), role.name, account->name, waitText(world, pending->effectiveAt)));
    if (broader)
        return fail(
            QStringLiteral("%1 holds %2 at the data-plane scope %3, broader than the app needs. Assign it at "
                           "%4 so the identity reaches only that data.")
                .arg(principalLabel(reference), role.name,
                     broader->scope == QLatin1String("/") ? QStringLiteral("/ (the whole account)") : broader->scope,
                     target));
    // The classic mistake: an Azure RBAC (IAM) assignment on the account instead of a data-plane one.
    for (const auto &assignment : world.authorization().assignmentsFor(principalId)) {
        if (Sim::ArmId::covers(assignment.scope, account->id)) {
            return fail(QStringLiteral(
                            "%1 holds %2 at %3 through Azure RBAC (az role assignment create / Access control (IAM)). "
                            "That is the control plane. Cosmos DB for NoSQL authorizes data requests (items, queries, "
                            "metadata) with its own data-plane RBAC — SQL role definitions and assignments on the "
                            "account — so the app still gets 403 with substatus 5301. Create a data-plane assignment "
                            "with az cosmosdb sql role assignment create, using the identity's principal (object) id.")
                            .arg(principalLabel(reference), roleName(world, assignment.roleDefinitionId),
                                 shortScope(world, assignment.scope)));
        }
    }
    // The other classic mistake: the client id instead of the principal (object) id.
    const Sim::Principal *principal = world.principal(principalId);
    if (principal) {
        for (const auto &assignment : account->sqlRoleAssignments) {
            if (assignment.principalId.compare(principal->appId, Qt::CaseInsensitive) == 0)
                return fail(QStringLiteral("The data-plane assignment names %1, the client (app) id. Cosmos DB "
                                           "data-plane RBAC identifies the identity by its principal (object) id: %2.")
                                .arg(principal->appId, principalId));
        }
    }
    if (otherRole)
        return fail(QStringLiteral("%1 holds a different data-plane role on %2; the app needs %3.")
                        .arg(principalLabel(reference), account->name, role.name));
    return fail(QStringLiteral("%1 has no Cosmos DB data-plane role assignment (%2 at %3) on %4 yet.")
                    .arg(principalLabel(reference), role.name, target, account->name));
}

// --- keyvault-permission ----------------------------------------------------------------------

CheckOutcome keyVaultPermission(const CheckSpec &spec, const CheckContext &context)
{
    const World &world = context.world;
    const Sim::Resource *vault = world.findResource(str(spec, "vault"), Sim::ResourceType::keyVault());
    if (!vault)
        return missing(QStringLiteral("The key vault %1 does not exist.").arg(str(spec, "vault")));
    const QString reference = str(spec, "principal");
    const QString principalId = world.resolvePrincipal(reference);
    if (principalId.isEmpty())
        return missing(missingPrincipalFeedback(reference));
    const QString permission = str(spec, "permission", QStringLiteral("get"));
    const QString model = str(spec, "model", QStringLiteral("any"));
    const QString secret = str(spec, "secret");

    bool hasPolicy = false;
    for (const auto &policy : vault->accessPolicies) {
        if (policy.objectId.compare(principalId, Qt::CaseInsensitive) == 0 && policy.allowsSecret(permission))
            hasPolicy = true;
    }
    if (vault->enableRbacAuthorization) {
        if (model == QLatin1String("accessPolicy"))
            return fail(QStringLiteral("%1 uses the Azure RBAC permission model; this task asks for an access "
                                       "policy vault.")
                            .arg(vault->name));
        Sim::AccessRequest request;
        request.principalId = principalId;
        request.groupIds = world.directory().groupsOf(principalId);
        request.action = permission == QLatin1String("list")
                             ? QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action")
                             : QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action");
        request.dataAction = true;
        request.scope = secret.isEmpty() ? vault->id : vault->id + QStringLiteral("/secrets/") + secret;
        const Sim::AccessDecision decision = world.authorization().check(request, world.now());
        if (decision.allowed)
            return pass();
        if (decision.pendingPropagation)
            return fail(QStringLiteral("%1 has been granted secret %2 on %3, but the assignment is still "
                                       "propagating. Wait (sleep) and try again.")
                            .arg(principalLabel(reference), permission, vault->name));
        if (hasPolicy)
            return fail(QStringLiteral("%1 uses the Azure RBAC permission model (enableRbacAuthorization is true), "
                                       "so its access policies are ignored. Assign Key Vault Secrets User to %2 at "
                                       "the vault or the secret scope instead.")
                            .arg(vault->name, principalLabel(reference)));
        return fail(QStringLiteral("%1 may not %2 secrets of %3 (RBAC model): it needs a data role such as Key "
                                   "Vault Secrets User at the vault or secret scope. Control-plane roles such as "
                                   "Contributor or Key Vault Reader do not read secret values.")
                        .arg(principalLabel(reference), permission, vault->name));
    }
    if (model == QLatin1String("rbac"))
        return fail(QStringLiteral("%1 uses access policies; this task asks for the Azure RBAC permission model "
                                   "(enableRbacAuthorization).")
                        .arg(vault->name));
    if (hasPolicy)
        return pass();
    return fail(QStringLiteral("%1 uses the access-policy permission model: role assignments are ignored there. Add "
                               "an access policy with secret %2 for %3 (by its object id).")
                    .arg(vault->name, permission, principalLabel(reference)));
}

// --- app settings -----------------------------------------------------------------------------

QString secretKind(const World &world, const QString &name, const QString &value);

// Whether a setting's name says it holds a secret: one of its words (split at case changes, '_', '-', ':', '.') is
// password, pwd, secret, key or token. "Key" before "Vault" names the service: KeyVaultUri and AZURE_KEY_VAULT_ENDPOINT
// hold the vault's address, which the labs teach is no secret (a substring match hid them as one).
bool secretLookingName(const QString &name)
{
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!c.isLetterOrNumber()) {
            words << word.toLower();
            word.clear();
            continue;
        }
        // A new word at a lower-to-upper change (apiKey) and before the last capital of a run (APIKey -> API Key).
        const bool lowerBefore = i > 0 && name.at(i - 1).isLower();
        const bool runEnds = i > 0 && name.at(i - 1).isUpper() && i + 1 < name.size() && name.at(i + 1).isLower();
        if (c.isUpper() && (lowerBefore || runEnds)) {
            words << word.toLower();
            word.clear();
        }
        word += c;
    }
    words << word.toLower();
    words.removeAll(QString());
    static const QStringList secretWords{QStringLiteral("password"), QStringLiteral("pwd"), QStringLiteral("secret"),
                                         QStringLiteral("key"), QStringLiteral("token")};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!secretWords.contains(words.at(i)))
            continue;
        if (words.at(i) == QLatin1String("key") && i + 1 < words.size() && words.at(i + 1) == QLatin1String("vault"))
            continue;
        return true;
    }
    return false;
}

CheckOutcome appSetting(const CheckSpec &spec, const CheckContext &context)
{
    const Sim::Resource *site = context.world.findResource(str(spec, "resource"), Sim::ResourceType::site());
    if (!site)
        return missing(QStringLiteral("%1 does not exist any more.").arg(str(spec, "resource")));
    const QString name = str(spec, "name");
    const QString state = str(spec, "state", QStringLiteral("present"));
    const QString expected = str(spec, "value");
    // App setting names are case-insensitive on App Service (they become environment variables on Windows too).
    QString actualName;
    for (auto it = site->appSettings.cbegin(); it != site->appSettings.cend(); ++it) {
        if (it.key().compare(name, Qt::CaseInsensitive) == 0)
            actualName = it.key();
    }
    const bool present = !actualName.isEmpty();
    const QString value = present ? site->appSettings.value(actualName) : QString();
    if (state == QLatin1String("absent")) {
        if (!present)
            return pass();
        return fail(QStringLiteral("%1 still has the app setting %2.").arg(site->name, actualName));
    }
    if (!present)
        return fail(QStringLiteral("%1 has no app setting %2.").arg(site->name, name));
    // Feedback must not print a secret back to the screen (QA: a password stood in the feedback of a lab about
    // keeping passwords out of app settings): a value that looks like one is described, not quoted.
    const bool secretLooking = secretLookingName(name) || !secretKind(context.world, name, value).isEmpty();
    const QString shown =
        secretLooking ? QStringLiteral("a value not shown here") : QStringLiteral("\"%1\"").arg(value);
    if (state == QLatin1String("equals") && value != expected)
        return fail(
            QStringLiteral("The app setting %1 of %2 is %3, expected \"%4\".").arg(name, site->name, shown, expected));
    if (state == QLatin1String("contains") && !value.contains(expected, Qt::CaseInsensitive))
        return fail(
            QStringLiteral("The app setting %1 of %2 does not contain \"%3\".").arg(name, site->name, expected));
    if (state == QLatin1String("matches")) {
        const QRegularExpression pattern(expected);
        if (!pattern.isValid() || !pattern.match(value).hasMatch())
            return fail(QStringLiteral("The app setting %1 of %2 (%3) does not have the expected form.")
                            .arg(name, site->name, shown));
    }
    return pass();
}

// Why a setting value is a secret, or "" when it is not.
QString secretKind(const World &world, const QString &name, const QString &value)
{
    if (value.startsWith(QLatin1String("@Microsoft.KeyVault("), Qt::CaseInsensitive))
        return {}; // a reference: the platform fetches the secret with the app's identity
    static const QRegularExpression accountKey(QStringLiteral("AccountKey\\s*="),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sharedKey(QStringLiteral("SharedAccessKey\\s*="),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sas(QStringLiteral("(^|[?&;])(sig|SharedAccessSignature)="),
                                        QRegularExpression::CaseInsensitiveOption);
    if (accountKey.match(value).hasMatch())
        return QStringLiteral("a connection string with AccountKey=");
    if (sharedKey.match(value).hasMatch())
        return QStringLiteral("a connection string with SharedAccessKey=");
    if (sas.match(value).hasMatch())
        return QStringLiteral("a SAS token");
    for (const Sim::Resource *resource : world.resources()) {
        for (const QString &key : resource->storageKeys + resource->cosmosKeys) {
            if (!key.isEmpty() && value.contains(key))
                return QStringLiteral("the account key of %1").arg(resource->name);
        }
    }
    if (name.compare(QLatin1String("AZURE_CLIENT_SECRET"), Qt::CaseInsensitive) == 0 && !value.isEmpty())
        return QStringLiteral("a client secret");
    return {};
}

CheckOutcome noSecretInSettings(const CheckSpec &spec, const CheckContext &context)
{
    const Sim::Resource *site = context.world.findResource(str(spec, "resource"), Sim::ResourceType::site());
    if (!site)
        return missing(QStringLiteral("%1 does not exist any more.").arg(str(spec, "resource")));
    QStringList found;
    for (auto it = site->appSettings.cbegin(); it != site->appSettings.cend(); ++it) {
        const QString kind = secretKind(context.world, it.key(), it.value());
        if (!kind.isEmpty())
            found << QStringLiteral("%1 holds %2").arg(it.key(), kind);
    }
    if (found.isEmpty())
        return pass();
    return fail(QStringLiteral("A secret is still in the app settings of %1: %2. Anyone who can read the settings can "
                               "use it, and it does not expire. Switch to the managed identity and delete the setting.")
                    .arg(site->name, found.join(QLatin1String("; "))));
}

// --- resource-property ------------------------------------------------------------------------

QJsonValue propertyValue(const World &world, const Sim::Resource &resource, const QString &property)
{
    if (property == QLatin1String("disableLocalAuth"))
        return resource.disableLocalAuth;
    if (property == QLatin1String("allowSharedKeyAccess"))
        return resource.allowSharedKeyAccess;
    if (property == QLatin1String("enableRbacAuthorization"))
        return resource.enableRbacAuthorization;
    if (property == QLatin1String("keyVaultReferenceIdentity"))
        return resource.keyVaultReferenceIdentity;
    // Anything else: the ARM JSON `az ... show` prints. resourceJson() only reads; ControlPlane merely
    // needs a non-const World to also offer its writing operations.
    Sim::ControlPlane plane(const_cast<World &>(world), world.learnerId());
    const QJsonObject json = plane.resourceJson(resource.id);
    QJsonValue value = json.value(QLatin1String("properties"));
    for (const QString &part : property.split(QLatin1Char('.'))) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("not set");
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

CheckOutcome resourceProperty(const CheckSpec &spec, const CheckContext &context)
{
    const Sim::Resource *resource = findResource(context.world, spec, "resource");
    if (!resource)
        return missing(QStringLiteral("%1 does not exist any more.").arg(str(spec, "resource")));
    const QString property = str(spec, "property");
    const QJsonValue expected = spec.params.value(QLatin1String("equals"));
    const QJsonValue actual = propertyValue(context.world, *resource, property);
    if (actual == expected)
        return pass();
    return fail(QStringLiteral("%1 of %2 is %3, expected %4.")
                    .arg(property, resource->name, jsonText(actual), jsonText(expected)));
}

// --- invoke-succeeds --------------------------------------------------------------------------

CheckOutcome invokeSucceeds(const CheckSpec &spec, const CheckContext &context)
{
    const Sim::Resource *resource = findResource(context.world, spec, "resource");
    if (!resource)
        return missing(QStringLiteral("%1 does not exist any more.").arg(str(spec, "resource")));
    if (resource->workload.isEmpty())
        return fail(QStringLiteral("%1 has no code to invoke.").arg(resource->name));
    Sim::WorkloadResult result;
    if (context.invocations && context.invocations->contains(resource->id)) {
        result = context.invocations->value(resource->id);
    } else {
        World probe =
            context.world; // a cheap copy: invoking writes data and trace; the learner's world must not change
        result = Sim::WorkloadRunner(probe).run(resource->id);
        if (context.invocations)
            context.invocations->insert(resource->id, result);
    }
    const QString stepLabel = str(spec, "step");
    const QString output = str(spec, "output");
    bool anyOutput = output.isEmpty();
    for (const auto &step : result.steps) {
        const bool relevant = stepLabel.isEmpty() || step.label == stepLabel;
        if (relevant && !step.ok) {
            QString status = step.status ? QStringLiteral("%1").arg(step.status) : QString();
            if (step.subStatus)
                status += QStringLiteral(" (substatus %1)").arg(step.subStatus);
            if (!step.errorCode.isEmpty())
                status += (status.isEmpty() ? QString() : QStringLiteral(" ")) + step.errorCode;
            return fail(QStringLiteral("Invoking %1 fails at \"%2\"%3: %4")
                            .arg(resource->name, step.label.isEmpty() ? step.operation : step.label,
                                 status.isEmpty() ? QString() : QStringLiteral(" with ") + status, step.message));
        }
        if (relevant && !anyOutput) {
            const QString text = step.value.isString() ? step.value.toString() : jsonText(step.value);
            anyOutput = text.contains(output) || step.message.contains(output);
        }
    }
    if (!anyOutput)
        return fail(QStringLiteral("Invoking %1 succeeds, but its result does not contain \"%2\".")
                        .arg(resource->name, output));
    return pass();
}

// --- trace-contains / trace-lacks -------------------------------------------------------------

// How a request event authenticated: "bearer", "key" or "" (unknown / not a request).
QString authOf(const Sim::TraceEvent &event)
{
    const QJsonObject details = event.details;
    const QString auth = details.value(QLatin1String("auth")).toString();
    if (!auth.isEmpty())
        return auth.toLower();
    const QJsonObject headers = details.value(QLatin1String("requestHeaders")).toObject();
    QString authorization;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
            authorization = it.value().toString();
    }
    if (authorization.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) ||
        authorization.contains(QLatin1String("type%3Daad"), Qt::CaseInsensitive) ||
        authorization.contains(QLatin1String("type=aad"), Qt::CaseInsensitive))
        return QStringLiteral("bearer");
    if (!authorization.isEmpty())
        return QStringLiteral("key");
    return {};
}

// A request event (TokenRequest, ResourceRequest) carries no status: it is in the response that
// answers it, the next Response from the target back to the caller. Checks match the pair.
const Sim::TraceEvent *responseTo(const QList<Sim::TraceEvent> &events, qsizetype index)
{
    const Sim::TraceEvent &request = events.at(index);
    if (request.kind != Sim::TraceKind::ResourceRequest && request.kind != Sim::TraceKind::TokenRequest)
        return nullptr;
    for (qsizetype j = index + 1; j < events.size(); ++j) {
        const Sim::TraceEvent &candidate = events.at(j);
        if (candidate.kind == Sim::TraceKind::Response && candidate.from == request.to && candidate.to == request.from)
            return &candidate;
    }
    return nullptr;
}

bool eventMatches(const QList<Sim::TraceEvent> &events, qsizetype index, const CheckSpec &spec)
{
    const Sim::TraceEvent &event = events.at(index);
    const QJsonObject &p = spec.params;
    // A trace check is about what the workloads do: the learner's own calls from the laptop count only where the
    // check names "laptop" (QA: granting oneself Secrets User and running `az keyvault secret show` earned the
    // points of "the app reads the secret").
    const QString laptop = QStringLiteral("laptop");
    const bool namesLaptop = p.value(QLatin1String("from")).toString().compare(laptop, Qt::CaseInsensitive) == 0 ||
                             p.value(QLatin1String("to")).toString().compare(laptop, Qt::CaseInsensitive) == 0;
    if (!namesLaptop && (event.from == laptop || event.to == laptop))
        return false;
    if (p.contains(QLatin1String("kind")) && Sim::kindName(event.kind) != p.value(QLatin1String("kind")).toString())
        return false;
    if (p.contains(QLatin1String("from")) &&
        event.from.compare(p.value(QLatin1String("from")).toString(), Qt::CaseInsensitive) != 0)
        return false;
    if (p.contains(QLatin1String("to")) &&
        event.to.compare(p.value(QLatin1String("to")).toString(), Qt::CaseInsensitive) != 0)
        return false;
    const Sim::TraceEvent *response = event.status == 0 ? responseTo(events, index) : nullptr;
    const int status = response ? response->status : event.status;
    const QString errorCode = response && event.errorCode.isEmpty() ? response->errorCode : event.errorCode;
    // A list: a write may rightly answer 201 Created or 200 OK (an upsert that replaced the item).
    if (const QJsonValue wanted = p.value(QLatin1String("status")); !wanted.isUndefined()) {
        const QJsonArray any = wanted.isArray() ? wanted.toArray() : QJsonArray{wanted};
        if (!std::any_of(any.begin(), any.end(), [status](const QJsonValue &v) { return v.toInt() == status; }))
            return false;
    }
    if (p.contains(QLatin1String("errorCode")) && errorCode != p.value(QLatin1String("errorCode")).toString())
        return false;
    if (p.contains(QLatin1String("summary")) &&
        !event.summary.contains(p.value(QLatin1String("summary")).toString(), Qt::CaseInsensitive))
        return false;
    if (p.contains(QLatin1String("auth")) && authOf(event) != p.value(QLatin1String("auth")).toString())
        return false;
    return true;
}

QString filterText(const CheckSpec &spec)
{
    QStringList parts;
    for (const char *key : {"kind", "from", "to", "status", "errorCode", "summary", "auth"}) {
        const QJsonValue v = spec.params.value(QLatin1String(key));
        if (!v.isUndefined())
            parts << QStringLiteral("%1 %2").arg(QLatin1String(key), jsonText(v));
    }
    return parts.join(QLatin1String(", "));
}

CheckOutcome traceContains(const CheckSpec &spec, const CheckContext &context)
{
    const auto &events = context.world.trace().events();
    for (qsizetype i = context.traceBegin; i < events.size(); ++i) {
        if (eventMatches(events, i, spec))
            return pass();
    }
    return fail(QStringLiteral("The trace has no event with %1 yet.").arg(filterText(spec)));
}

// Passes only when the call it is about happened (an event with the same kind, from and to) and no
// such event matches the other filters: an empty trace lacks everything, which proves nothing.
CheckOutcome traceLacks(const CheckSpec &spec, const CheckContext &context)
{
    const auto &events = context.world.trace().events();
    CheckSpec where;
    for (const char *key : {"kind", "from", "to"}) {
        if (spec.params.contains(QLatin1String(key)))
            where.params.insert(QLatin1String(key), spec.params.value(QLatin1String(key)));
    }
    bool happened = false;
    for (qsizetype i = context.traceBegin; i < events.size(); ++i) {
        if (eventMatches(events, i, spec))
            return fail(QStringLiteral("The trace shows an event it should not: %1.").arg(events.at(i).summary));
        happened = happened || eventMatches(events, i, where);
    }
    if (!happened)
        return fail(QStringLiteral("The trace has no event with %1 yet, so there is nothing to judge.")
                        .arg(filterText(where).isEmpty() ? QStringLiteral("any kind") : filterText(where)));
    return pass();
}

// --- no-orphaned-assignments ------------------------------------------------------------------

CheckOutcome noOrphanedAssignments(const CheckSpec &spec, const CheckContext &context)
{
    const World &world = context.world;
    const QString scope = world.resolveScope(str(spec, "scope"));
    QStringList orphans;
    for (const auto &assignment : world.authorization().assignments()) {
        if (!scope.isEmpty() && !Sim::ArmId::covers(scope, assignment.scope))
            continue;
        if (!world.directory().contains(assignment.principalId))
            orphans << QStringLiteral("%1 at %2 for %3")
                           .arg(roleName(world, assignment.roleDefinitionId), shortScope(world, assignment.scope),
                                assignment.principalId);
    }
    if (orphans.isEmpty())
        return pass();
    return fail(QStringLiteral("Role assignments still point at a principal that no longer exists (\"Identity not "
                               "found\"): %1. They belonged to the identity the app had before it was re-created; "
                               "they grant nothing now and only confuse the next reader. Delete them.")
                    .arg(orphans.join(QLatin1String("; "))));
}

Param param(const char *name, Type type, bool required, Ref reference, const char *description,
            QStringList allowed = {})
{
    return Param{QLatin1String(name), type, required, reference, std::move(allowed), QLatin1String(description)};
}

bool always(const CheckSpec &)
{
    return true;
}

QStringList words(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *w : list)
        result << QLatin1String(w);
    return result;
}

} // namespace

CheckRegistry CheckRegistry::builtIn()
{
    const QStringList matchModes = words({"exact", "within", "covering"});
    CheckRegistry registry;
    registry.add(
        {QStringLiteral("identity-enabled"),
         QStringLiteral("The resource has a managed identity of the given kind."),
         {param("resource", Type::String, true, Ref::Resource, "compute resource"),
          param("kind", Type::String, false, Ref::None, "system, user or any", words({"system", "user", "any"})),
          param("identity", Type::String, false, Ref::Resource, "user-assigned identity that must be attached")},
         identityEnabled});
    registry.add(
        {QStringLiteral("role-assignment"),
         QStringLiteral(
             "An Azure RBAC role assignment exists for the principal at or within a scope and has propagated."),
         {param("principal", Type::String, true, Ref::Principal, "principal reference"),
          param("role", Type::String, true, Ref::None, "role name or GUID"),
          param("scope", Type::String, true, Ref::Scope, "scope reference"),
          param("match", Type::String, false, Ref::None, "exact, within or covering", matchModes),
          param("propagated", Type::Bool, false, Ref::None, "require it to be in effect")},
         roleAssignment});
    registry.add({QStringLiteral("least-privilege"),
                  QStringLiteral("The principal holds only the allowed roles, none at a scope broader than needed."),
                  {param("principal", Type::String, true, Ref::Principal, "principal reference"),
                   param("roles", Type::StringList, true, Ref::None, "acceptable roles"),
                   param("scope", Type::String, true, Ref::Scope, "widest acceptable scope")},
                  leastPrivilege,
                  always});
    registry.add({QStringLiteral("cosmos-data-role"),
                  QStringLiteral("A Cosmos DB data-plane role assignment exists for the principal."),
                  {param("account", Type::String, true, Ref::Resource, "Cosmos DB account"),
                   param("principal", Type::String, true, Ref::Principal, "principal reference"),
                   param("role", Type::String, false, Ref::None, "data-plane role name or id"),
                   param("scope", Type::String, false, Ref::None, "/, /dbs/<db> or /dbs/<db>/colls/<c>"),
                   param("match", Type::String, false, Ref::None, "exact, within or covering", matchModes),
                   param("propagated", Type::Bool, false, Ref::None, "require it to be in effect")},
                  cosmosDataRole});
    registry.add({QStringLiteral("keyvault-permission"),
                  QStringLiteral("The principal may get (or list) secrets under the vault's permission model."),
                  {param("vault", Type::String, true, Ref::Resource, "key vault"),
                   param("principal", Type::String, true, Ref::Principal, "principal reference"),
                   param("permission", Type::String, false, Ref::None, "get or list", words({"get", "list"})),
                   param("secret", Type::String, false, Ref::None, "secret name"),
                   param("model", Type::String, false, Ref::None, "rbac, accessPolicy or any",
                         words({"rbac", "accessPolicy", "any"}))},
                  keyVaultPermission});
    registry.add({QStringLiteral("app-setting"),
                  QStringLiteral("An app setting is present, absent, equal, containing or matching."),
                  {param("resource", Type::String, true, Ref::Resource, "web or function app"),
                   param("name", Type::String, true, Ref::None, "setting name"),
                   param("state", Type::String, false, Ref::None, "present, absent, equals, contains, matches",
                         words({"present", "absent", "equals", "contains", "matches"})),
                   param("value", Type::String, false, Ref::None, "expected value or pattern")},
                  appSetting,
                  [](const CheckSpec &spec) {
                      return str(spec, "state") == QLatin1String("absent");
                  }});
    registry.add({QStringLiteral("no-secret-in-settings"),
                  QStringLiteral("No app setting holds an account key, a key-based connection string or a SAS token."),
                  {param("resource", Type::String, true, Ref::Resource, "web or function app")},
                  noSecretInSettings,
                  always});
    registry.add({QStringLiteral("resource-property"),
                  QStringLiteral("A resource property has the expected value."),
                  {param("resource", Type::String, true, Ref::Resource, "resource"),
                   param("property", Type::String, true, Ref::None, "ARM property name"),
                   param("equals", Type::Any, true, Ref::None, "expected value")},
                  resourceProperty});
    registry.add({QStringLiteral("invoke-succeeds"),
                  QStringLiteral("Invoking the app's code now succeeds (in a copy of the world)."),
                  {param("resource", Type::String, true, Ref::Resource, "compute resource with a workload"),
                   param("output", Type::String, false, Ref::None, "text the result must contain"),
                   param("step", Type::String, false, Ref::None, "label of the step that must succeed")},
                  invokeSucceeds});
    const QList<Param> traceParams{
        param("kind", Type::String, false, Ref::None, "trace event kind"),
        param("from", Type::String, false, Ref::None, "source node"),
        param("to", Type::String, false, Ref::None, "target node"),
        param("status", Type::Numbers, false, Ref::None, "HTTP status, or the list of statuses that count"),
        param("errorCode", Type::String, false, Ref::None, "error code"),
        param("summary", Type::String, false, Ref::None, "text in the summary"),
        param("auth", Type::String, false, Ref::None, "bearer, key, sas or none",
              words({"bearer", "key", "sas", "none"})),
    };
    registry.add({QStringLiteral("trace-contains"), QStringLiteral("The learner's trace contains a matching event."),
                  traceParams, traceContains});
    registry.add({QStringLiteral("trace-lacks"), QStringLiteral("The learner's trace contains no matching event."),
                  traceParams, traceLacks, always});
    registry.add({QStringLiteral("no-orphaned-assignments"),
                  QStringLiteral("No role assignment at or below the scope points at a deleted principal."),
                  {param("scope", Type::String, true, Ref::Scope, "scope reference")},
                  noOrphanedAssignments,
                  always});
    return registry;
}

void CheckRegistry::add(Kind kind)
{
    m_kinds.append(std::move(kind));
}

const CheckRegistry::Kind *CheckRegistry::find(const QString &name) const
{
    for (const auto &kind : m_kinds) {
        if (kind.name == name)
            return &kind;
    }
    return nullptr;
}

QStringList CheckRegistry::names() const
{
    QStringList result;
    for (const auto &kind : m_kinds)
        result << kind.name;
    return result;
}

QString CheckRegistry::typeName(ParamType type)
{
    switch (type) {
    case ParamType::String:
        return QStringLiteral("a string");
    case ParamType::Bool:
        return QStringLiteral("a boolean");
    case ParamType::Number:
        return QStringLiteral("a number");
    case ParamType::Numbers:
        return QStringLiteral("a number or an array of numbers");
    case ParamType::StringList:
        return QStringLiteral("an array of strings");
    case ParamType::Any:
        break;
    }
    return QStringLiteral("any value");
}

bool CheckRegistry::matchesType(const QJsonValue &value, ParamType type)
{
    switch (type) {
    case ParamType::String:
        return value.isString();
    case ParamType::Bool:
        return value.isBool();
    case ParamType::Number:
        return value.isDouble();
    case ParamType::Numbers:
        if (value.isArray()) {
            const QJsonArray values = value.toArray();
            return !values.isEmpty() &&
                   std::all_of(values.begin(), values.end(), [](const QJsonValue &v) { return v.isDouble(); });
        }
        return value.isDouble();
    case ParamType::StringList:
        if (!value.isArray())
            return false;
        for (const QJsonValue &v : value.toArray()) {
            if (!v.isString())
                return false;
        }
        return true;
    case ParamType::Any:
        break;
    }
    return !value.isUndefined();
}

} // namespace Keyless::Lab
