#pragma once

#include "sim/authorization.h"
#include "sim/clock.h"
#include "sim/directory.h"
#include "sim/httpmessage.h"
#include "sim/origin.h"
#include "sim/resource.h"
#include "sim/tokenservice.h"
#include "sim/trace.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Keyless::Sim {

class ControlPlane;
struct WorldLoadResult;

// Tunable knobs. Defaults follow the facts: RBAC changes take up to 10 minutes (§4.6), MI tokens live ~24 h 5 min
// (§3.1/§3.3), user tokens 60-90 min (we use the 75 min average), versionless Key Vault references refresh within 24 h.
struct WorldSettings {
    QString seed = QStringLiteral("keyless");
    qint64 propagationDelaySeconds = 600;
    qint64 managedIdentityTokenLifetimeSeconds = 86700;
    qint64 userTokenLifetimeSeconds = 4500;
    qint64 referenceRefreshSeconds = 86400;
    int imdsRequestsPerSecond = 20; // managed-identity category limit per VM (§1.6) -> 429 above it
    qint64 startTime = Clock::DefaultStart;
    QString location = QStringLiteral("eastus");
    QString tenantDomain = QStringLiteral("contoso.onmicrosoft.com");
    QString subscriptionName = QStringLiteral("Keyless Sandbox");
    QString learnerUserPrincipalName = QStringLiteral("learner@contoso.onmicrosoft.com");
    QString learnerDisplayName = QStringLiteral("Learner");
    bool learnerSignedIn = true; // `az login` done on the laptop

    QJsonObject toJson() const;
    static WorldSettings fromJson(const QJsonObject &object, QStringList *errors = nullptr);
};

struct ResourceGroup {
    QString name;
    QString location;
    QString id;
    QMap<QString, QString> tags;
};

// The whole simulated cloud: one tenant, one subscription, the learner (Owner of the subscription), resources,
// RBAC, tokens, clock and trace. A World is a value: copying it is cheap (implicitly shared containers) and the copy
// is fully independent (lab reset, "what if" previews). Everything is deterministic from settings().seed.
class World
{
public:
    explicit World(const WorldSettings &settings = {});

    const WorldSettings &settings() const { return m_settings; }
    void setPropagationDelay(qint64 seconds) { m_settings.propagationDelaySeconds = seconds; }
    QString seed() const { return m_settings.seed; }
    // A deterministic GUID for these name parts in this world.
    QString deriveId(const QStringList &parts) const;

    Clock &clock() { return m_clock; }
    const Clock &clock() const { return m_clock; }
    qint64 now() const { return m_clock.now(); }
    void advance(qint64 seconds) { m_clock.advance(seconds); }

    Directory &directory() { return m_directory; }
    const Directory &directory() const { return m_directory; }
    Authorization &authorization() { return m_authorization; }
    const Authorization &authorization() const { return m_authorization; }
    TokenService &tokens() { return m_tokens; }
    const TokenService &tokens() const { return m_tokens; }
    Trace &trace() { return m_trace; }
    const Trace &trace() const { return m_trace; }
    // Stamps time and appends; returns the seq. Each hop takes Trace::HopLatencyMs of simulated time (timeMs);
    // the seconds clock (tokens, propagation) moves only through advance().
    int record(TraceEvent event);
    // Fills in an event recorded earlier (a credential attempt whose outcome is known after the hops it caused);
    // its time and place in the trace stay.
    void completeRecord(int seq, const std::function<void(TraceEvent &)> &complete);

    QString tenantId() const { return m_directory.tenantId; }
    QString subscriptionId() const { return m_subscriptionId; }
    QString subscriptionName() const { return m_settings.subscriptionName; }
    QString subscriptionScope() const; // "/subscriptions/<id>"
    QString learnerId() const { return m_learnerId; }
    const Principal *learner() const { return m_directory.find(m_learnerId); }
    bool learnerSignedIn() const { return m_settings.learnerSignedIn; }
    void setLearnerSignedIn(bool signedIn) { m_settings.learnerSignedIn = signedIn; }

    // Resource groups and resources (low-level store; ControlPlane does the checked ARM operations).
    const ResourceGroup *resourceGroup(const QString &name) const;
    QList<ResourceGroup> resourceGroups() const;
    void putResourceGroup(const ResourceGroup &group);
    bool eraseResourceGroup(const QString &name);

    const Resource *resource(const QString &id) const;
    Resource *mutableResource(const QString &id);
    // By name (case-insensitive), optionally restricted to a type (canonical or alias). First by id order.
    const Resource *findResource(const QString &name, const QString &type = {}) const;
    const Resource *resourceByHost(const QString &host) const;
    QList<const Resource *> resources(const QString &type = {}) const; // sorted by id key
    int resourceCount() const { return int(m_resources.size()); }
    void putResource(const Resource &resource); // insert or replace, keeps the name/host indexes
    bool eraseResource(const QString &id);

    // Identity helpers
    // Creates the directory principal of a SAMI for a resource (generation makes a new principal each time).
    Principal makeSystemIdentity(const Resource &resource, int generation) const;
    Principal makeUserAssignedIdentity(const Resource &identity, int generation) const;
    const Principal *principal(const QString &objectId) const { return m_directory.find(objectId); }
    // Identities attached to a compute resource: SAMI first (if on), then UAMIs in attachment order.
    QList<const Principal *> identitiesOf(const QString &resourceId) const;

    // Lab-file references: "sami:<resource>", "uami:<identity>", "user:<upn or name>", "group:<name>",
    // "learner", or a literal object id. Returns "" when it does not resolve.
    QString resolvePrincipal(const QString &reference) const;
    // Scope references: a full id (may contain {subscriptionId}), "subscription", "resourceGroup:<rg>",
    // "resource:<name>[/<child path>]" e.g. "resource:kv1/secrets/db". Returns "" when it does not resolve.
    QString resolveScope(const QString &reference) const;
    QString expandPlaceholders(const QString &text) const; // {subscriptionId}, {tenantId}
    // {primaryKey:<account>} and {connectionString:<account>} for storage and Cosmos DB accounts (plus the above).
    QString expandKeyPlaceholders(const QString &text) const;
    // Connection strings as the portal shows them.
    QString connectionString(const QString &accountId) const;

    // The environment code on a compute resource sees: app settings (Key Vault references resolved by the platform,
    // the literal text when they fail) plus IDENTITY_ENDPOINT / IDENTITY_HEADER on sites with an identity.
    QMap<QString, QString> environment(const QString &resourceId);

    // Sends a simulated HTTP request from origin and returns the answer; every hop goes to trace().
    HttpResponse send(const HttpRequest &request, const Origin &origin = Origin::laptop());

    // ARM / directory operations as the caller (default: the learner).
    ControlPlane controlPlane(const QString &callerObjectId = {});

    // The learner's az CLI token for a resource ("https://vault.azure.net"); invalid when not signed in.
    IssuedToken learnerToken(const QString &resource);

    // World JSON (see app/sim/README.md). fromJson builds the default sandbox then applies the object.
    static WorldLoadResult fromJson(const QJsonObject &object);
    QJsonObject toJson() const;

    // Node id for trace events: the resource's name, "laptop", ...
    QString nodeName(const QString &resourceId) const;

    // IMDS throttling bookkeeping (per VM and simulated second).
    bool imdsAdmit(const QString &vmId);
    // Next identity generation for a resource key (SAMI switched on again, UAMI recreated with the same name).
    int nextGeneration(const QString &resourceId);
    // Resolves (or reuses) the Key Vault references of a site's settings with the app's identity (facts §6.6).
    ReferenceResolution resolveReference(const QString &siteId, const QString &settingName);

private:
    void reindex();

    WorldSettings m_settings;
    Clock m_clock;
    Directory m_directory;
    Authorization m_authorization;
    TokenService m_tokens;
    Trace m_trace;
    QString m_subscriptionId;
    QString m_learnerId;
    QMap<QString, ResourceGroup> m_groups; // lower-case name
    QMap<QString, Resource> m_resources;   // ArmId::key
    QHash<QString, QString> m_byHost;      // host -> id key
    QHash<QString, qint64> m_imdsWindow;   // vm key -> second
    QHash<QString, int> m_imdsCount;
    QHash<QString, int> m_generations; // identity generations per resource key (new principal each time)

    friend class ControlPlane;
};

struct WorldLoadResult {
    World world;
    QStringList errors; // "resources[2].type: unknown resource type 'x'"
    bool ok() const { return errors.isEmpty(); }
};

} // namespace Keyless::Sim
