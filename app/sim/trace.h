#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Keyless::Sim {

// What a hop is. The JSON form uses the string names from kindName().
enum class TraceKind {
    CredentialAttempt,     // an SDK credential is tried (DefaultAzureCredential chain ...)
    TokenRequest,          // code -> identity endpoint (IMDS / App Service) or -> Entra
    TokenIssued,           // Entra issued a new JWT
    TokenCacheHit,         // the identity endpoint answered from its cache (claims are those of the cached token)
    TokenRejected,         // a resource rejected the token (audience, issuer, lifetime, signature)
    ResourceRequest,       // a data-plane or ARM request reaches a service
    AuthorizationDecision, // RBAC / access policy / Cosmos data-plane RBAC decision, with explanation in details
    Response,              // the answer going back
    ControlPlane,          // an ARM / directory operation done by az / the portal
    SettingResolved,       // App Service resolved (or failed to resolve) a Key Vault reference
    Note,                  // anything else worth showing (step boundaries ...)
};

QString kindName(TraceKind kind);
TraceKind kindFromName(const QString &name, bool *ok = nullptr);

// One hop. from/to are node ids: "laptop", "entra", "arm", "<resource name>" for compute and data resources,
// "imds:<vm>", "msi:<site>" for identity endpoints. fromId/toId carry ARM ids where there is one.
struct TraceEvent {
    int seq = 0;
    qint64 time = 0;
    TraceKind kind = TraceKind::Note;
    QString from;
    QString to;
    QString fromId;
    QString toId;
    QString method;
    QString url;
    int status = 0;
    QString errorCode;
    QString summary;     // one line: "GET /secrets/db -> 403 ForbiddenByRbac"
    QString explanation; // human sentence(s): why it happened
    QJsonObject details; // decision, claims, request/response headers ...

    QJsonObject toJson() const;
    static TraceEvent fromJson(const QJsonObject &object);
    bool operator==(const TraceEvent &other) const { return toJson() == other.toJson(); }
};

// An append-only list of events; seq numbers are assigned on append.
class Trace
{
public:
    int append(TraceEvent event); // returns seq
    const QList<TraceEvent> &events() const { return m_events; }
    int size() const { return int(m_events.size()); }
    QList<TraceEvent> since(int index) const { return m_events.mid(index); }
    void clear() { m_events.clear(); }
    QJsonArray toJson(int from = 0) const;
    static QJsonArray toJson(const QList<TraceEvent> &events);

private:
    QList<TraceEvent> m_events;
};

} // namespace Keyless::Sim
