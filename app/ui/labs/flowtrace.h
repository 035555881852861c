#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Ui::Labs {

// The flow view's own picture of a simulator trace: plain values the scene, the event list and the
// inspector read. It is filled from a Sim trace (simflow.h) or built by hand in tests, so the view
// never depends on how the simulator stores its events.

// Where a participant sits in the diagram; decides its place in the layout and its glyph.
enum class FlowRole { Caller, Credential, IdentityEndpoint, Entra, Resource, Other };

struct FlowParticipant {
    QString id;       // as used in FlowEvent::from / to
    QString label;    // shown on the node (e.g. "func-orders")
    QString subtitle; // what it is (e.g. "Function App", "Cosmos DB account")
    QString badge;    // identity badge on callers ("System-assigned identity"), empty when none
    FlowRole role = FlowRole::Other;
};

// The category of an event, used for colours, the kind filter and packet shapes.
enum class FlowKind {
    CredentialAttempt,
    TokenRequest,
    TokenIssued,
    CacheHit,
    ResourceRequest,
    AuthorizationDecision,
    Response,
    Other
};

struct FlowClaim {
    QString name;
    QString value;
    QString meaning; // what the claim says, for the learner
};

struct FlowDecision {
    bool present = false;
    bool allowed = false;
    QString principal;      // who asked (object id, with a readable name when known)
    QString action;         // the action or data action that was needed
    QString scope;          // the resource the action was on
    QStringList considered; // the assignments evaluated, one readable line each
    QString explanation;
    // What decided, as the simulator names it: "AzureRBAC", "CosmosDataPlaneRBAC", "KeyVaultAccessPolicy",
    // "AccountKey", "SharedKey". Only a role-based decision opens or shuts a resource's RBAC gate.
    QString system;
    enum class Basis { Roles, Key, AccessPolicy };
    Basis basis() const
    {
        if (system == QLatin1String("AccountKey") || system == QLatin1String("SharedKey"))
            return Basis::Key;
        return system == QLatin1String("KeyVaultAccessPolicy") ? Basis::AccessPolicy : Basis::Roles;
    }
    bool byRoles() const { return basis() == Basis::Roles; }
};

struct FlowEvent {
    int index = 0;     // position in the trace
    qint64 timeMs = 0; // simulated time, milliseconds since the simulation epoch
    QString from;
    QString to; // equal to `from` (or empty) for an event that happens at one participant
    FlowKind kind = FlowKind::Other;
    QString kindName; // the simulator's own name for the kind ("token request", …)
    QString caption;  // short text carried by the moving packet
    QString request;  // HTTP request summary (method, URL, headers), may be empty
    QString response; // HTTP response summary (status line, headers, body), may be empty
    int status = 0;   // HTTP status, 0 when the event has none
    QString errorCode;
    QString explanation;
    QString jwt; // the raw token when the event carries one
    QList<FlowClaim> claims;
    FlowDecision decision;
    bool failed = false; // the hop went wrong (an error status, an error code or a denial)

    bool isLocal() const { return to.isEmpty() || to == from; }
    // "403 AuthorizationPermissionMismatch" (status and/or error code), empty when neither.
    QString statusText() const;
};

struct FlowTrace {
    QString title;
    QList<FlowParticipant> participants;
    QList<FlowEvent> events;

    const FlowParticipant *participant(const QString &id) const;
    // Adds a participant for every from/to that has none (role guessed from the id), renumbers
    // events and sets `failed` from status / error code / decision. Call after filling `events`.
    void normalise();
    int firstFailure() const;      // index of the first failed event, -1 when all succeeded
    QStringList kindNames() const; // distinct, in order of first appearance
};

QString flowKindName(FlowKind kind);            // translated, for the filter and the list
FlowKind flowKindFromName(const QString &name); // tolerant of "token_request", "TokenRequest", "token request"
FlowRole guessFlowRole(const QString &participantId);
// Meaning of a JWT claim of a managed-identity token (facts §3.2); empty for a claim we do not know.
QString explainClaim(const QString &claim);
// Decodes the payload of a JWT (base64url) into claims with their meanings, in token order.
QList<FlowClaim> decodeJwtClaims(const QString &jwt);
// One claim as shown: its value as text (times also as ISO dates) and its meaning.
FlowClaim flowClaim(const QString &name, const QJsonValue &value);

} // namespace Keyless::Ui::Labs
