#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace Keyless::Sim {

// The details of a hop (request, claims, decision, response ...), made into JSON when first read. Every run records
// every hop but most details are never opened, and building their JSON up front was most of the cost of a run.
// Copies share what was made; inserting into a shared copy detaches it. Not for concurrent reading across threads.
class TraceDetails
{
public:
    TraceDetails() = default;
    TraceDetails(const QJsonObject &object); // implicit: details can be given as plain JSON
    // The whole object, made later: make() must capture by value what it reads.
    static TraceDetails later(std::function<QJsonObject()> make);

    void insert(const QString &key, const QJsonValue &value);
    void insertLater(const QString &key, std::function<QJsonValue()> make);

    QJsonObject toObject() const;
    operator QJsonObject() const { return toObject(); }
    QJsonValue value(QLatin1String key) const { return toObject().value(key); }
    QJsonValue value(const QString &key) const { return toObject().value(key); }
    bool contains(const QString &key) const { return toObject().contains(key); }
    bool isEmpty() const { return toObject().isEmpty(); }

private:
    struct Part {
        QString key; // empty: make() yields an object whose keys are merged in
        std::function<QJsonValue()> make;
    };
    struct Data {
        QList<Part> parts;
        mutable QJsonObject made;
        mutable bool isMade = false;
    };
    Data &detach();
    std::shared_ptr<Data> d;
};

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
    qint64 time = 0;   // the simulated clock (Unix seconds) when the hop happened
    qint64 timeMs = 0; // the hop's own time in ms: the clock plus Trace::HopLatencyMs per hop since (World::record)
    TraceKind kind = TraceKind::Note;
    QString from;
    QString to;
    QString fromId;
    QString toId;
    QString method;
    QString url;
    int status = 0;
    QString errorCode;
    QString summary;      // one line: "GET /secrets/db -> 403 ForbiddenByRbac"
    QString explanation;  // human sentence(s): why it happened
    TraceDetails details; // decision, claims, request/response headers ...

    QJsonObject toJson() const;
    static TraceEvent fromJson(const QJsonObject &object);
    bool operator==(const TraceEvent &other) const { return toJson() == other.toJson(); }
};

// An append-only list of events; seq numbers are assigned on append.
class Trace
{
public:
    // Simulated duration of one hop, so that the hops of one run have distinct, increasing times.
    static constexpr qint64 HopLatencyMs = 20;

    int append(TraceEvent event); // returns seq
    // Changes an event in place; its seq and times are kept. Unknown seq: nothing happens.
    void amend(int seq, const std::function<void(TraceEvent &)> &change);
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
