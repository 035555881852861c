#include "sim/trace.h"

#include "sim/clock.h"

namespace Keyless::Sim {

namespace {
struct KindName {
    TraceKind kind;
    const char *name;
};
constexpr KindName kKindNames[] = {
    {TraceKind::CredentialAttempt, "CredentialAttempt"},
    {TraceKind::TokenRequest, "TokenRequest"},
    {TraceKind::TokenIssued, "TokenIssued"},
    {TraceKind::TokenCacheHit, "TokenCacheHit"},
    {TraceKind::TokenRejected, "TokenRejected"},
    {TraceKind::ResourceRequest, "ResourceRequest"},
    {TraceKind::AuthorizationDecision, "AuthorizationDecision"},
    {TraceKind::Response, "Response"},
    {TraceKind::ControlPlane, "ControlPlane"},
    {TraceKind::SettingResolved, "SettingResolved"},
    {TraceKind::Note, "Note"},
};
} // namespace

QString kindName(TraceKind kind)
{
    for (const auto &k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QStringLiteral("Note");
}

TraceKind kindFromName(const QString &name, bool *ok)
{
    for (const auto &k : kKindNames) {
        if (name == QLatin1String(k.name)) {
            if (ok)
                *ok = true;
            return k.kind;
        }
    }
    if (ok)
        *ok = false;
    return TraceKind::Note;
}

TraceDetails::TraceDetails(const QJsonObject &object)
{
    if (!object.isEmpty())
        detach().parts.append({QString(), [object] {
                                   return QJsonValue(object);
                               }});
}

TraceDetails TraceDetails::later(std::function<QJsonObject()> make)
{
    TraceDetails t;
    t.detach().parts.append({QString(), [make = std::move(make)] {
                                 return QJsonValue(make());
                             }});
    return t;
}

TraceDetails::Data &TraceDetails::detach()
{
    if (!d)
        d = std::make_shared<Data>();
    else if (d.use_count() > 1)
        d = std::make_shared<Data>(Data{d->parts, {}, false});
    d->isMade = false;
    return *d;
}

void TraceDetails::insert(const QString &key, const QJsonValue &value)
{
    detach().parts.append({key, [value] {
                               return value;
                           }});
}

void TraceDetails::insertLater(const QString &key, std::function<QJsonValue()> make)
{
    detach().parts.append({key, std::move(make)});
}

QJsonObject TraceDetails::toObject() const
{
    if (!d)
        return {};
    if (!d->isMade) {
        QJsonObject o;
        for (const Part &part : std::as_const(d->parts)) {
            if (!part.key.isEmpty()) {
                o.insert(part.key, part.make());
                continue;
            }
            const QJsonObject whole = part.make().toObject();
            if (o.isEmpty()) {
                o = whole;
                continue;
            }
            for (auto it = whole.begin(); it != whole.end(); ++it)
                o.insert(it.key(), it.value());
        }
        d->made = o;
        d->isMade = true;
    }
    return d->made;
}

QJsonObject TraceEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("seq"), seq},
                  {QStringLiteral("time"), time},
                  {QStringLiteral("timeMs"), timeMs},
                  {QStringLiteral("timeIso"), Clock::iso(time)},
                  {QStringLiteral("kind"), kindName(kind)}};
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    put("from", from);
    put("to", to);
    put("fromId", fromId);
    put("toId", toId);
    put("method", method);
    put("url", url);
    if (status != 0)
        o.insert(QStringLiteral("status"), status);
    put("errorCode", errorCode);
    put("summary", summary);
    put("explanation", explanation);
    if (const QJsonObject made = details.toObject(); !made.isEmpty())
        o.insert(QStringLiteral("details"), made);
    return o;
}

TraceEvent TraceEvent::fromJson(const QJsonObject &o)
{
    TraceEvent e;
    e.seq = o.value(QStringLiteral("seq")).toInt();
    e.time = qint64(o.value(QStringLiteral("time")).toDouble());
    e.timeMs = o.contains(QStringLiteral("timeMs")) ? qint64(o.value(QStringLiteral("timeMs")).toDouble()) : e.time * 1000;
    e.kind = kindFromName(o.value(QStringLiteral("kind")).toString());
    e.from = o.value(QStringLiteral("from")).toString();
    e.to = o.value(QStringLiteral("to")).toString();
    e.fromId = o.value(QStringLiteral("fromId")).toString();
    e.toId = o.value(QStringLiteral("toId")).toString();
    e.method = o.value(QStringLiteral("method")).toString();
    e.url = o.value(QStringLiteral("url")).toString();
    e.status = o.value(QStringLiteral("status")).toInt();
    e.errorCode = o.value(QStringLiteral("errorCode")).toString();
    e.summary = o.value(QStringLiteral("summary")).toString();
    e.explanation = o.value(QStringLiteral("explanation")).toString();
    e.details = o.value(QStringLiteral("details")).toObject();
    return e;
}

int Trace::append(TraceEvent event)
{
    event.seq = int(m_events.size()) + 1;
    m_events.append(event);
    return event.seq;
}

void Trace::amend(int seq, const std::function<void(TraceEvent &)> &change)
{
    if (seq < 1 || seq > m_events.size())
        return;
    TraceEvent &e = m_events[seq - 1];
    const qint64 time = e.time;
    const qint64 timeMs = e.timeMs;
    change(e);
    e.seq = seq;
    e.time = time;
    e.timeMs = timeMs;
}

QJsonArray Trace::toJson(int from) const
{
    return toJson(m_events.mid(from));
}

QJsonArray Trace::toJson(const QList<TraceEvent> &events)
{
    QJsonArray a;
    for (const TraceEvent &e : events)
        a.append(e.toJson());
    return a;
}

} // namespace Keyless::Sim
