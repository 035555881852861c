#include "ui/labs/simflow.h"

#include "sim/trace.h"
#include "ui/labs/simnarration.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace Keyless::Ui::Labs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyless::Ui::Labs", text); // the context lupdate gives tr() in this namespace
}

// The simulator words decisions as "allowed: …" / "denied: …" (a log style); shown to a learner, and after
// "Evaluated by AzureRBAC.", they start as a sentence does.
QString sentence(QString text)
{
    if (!text.isEmpty() && text.front().isLower())
        text.front() = text.front().toUpper();
    return text;
}

// The fields of a TraceEvent the flow view reads; filled from the struct or from its JSON form.
struct RawEvent {
    qint64 timeMs = 0;
    QString kind; // Sim kind name, "TokenRequest" …
    QString from, to, fromId, toId, method, url, errorCode, summary, explanation;
    int status = 0;
    QJsonObject details;
};

QString simKindName(Sim::TraceKind kind)
{
    switch (kind) {
    case Sim::TraceKind::CredentialAttempt:
        return QStringLiteral("CredentialAttempt");
    case Sim::TraceKind::TokenRequest:
        return QStringLiteral("TokenRequest");
    case Sim::TraceKind::TokenIssued:
        return QStringLiteral("TokenIssued");
    case Sim::TraceKind::TokenCacheHit:
        return QStringLiteral("TokenCacheHit");
    case Sim::TraceKind::TokenRejected:
        return QStringLiteral("TokenRejected");
    case Sim::TraceKind::ResourceRequest:
        return QStringLiteral("ResourceRequest");
    case Sim::TraceKind::AuthorizationDecision:
        return QStringLiteral("AuthorizationDecision");
    case Sim::TraceKind::Response:
        return QStringLiteral("Response");
    case Sim::TraceKind::ControlPlane:
        return QStringLiteral("ControlPlane");
    case Sim::TraceKind::SettingResolved:
        return QStringLiteral("SettingResolved");
    case Sim::TraceKind::Note:
        break;
    }
    return QStringLiteral("Note");
}

FlowKind flowKind(const QString &simKind)
{
    if (simKind == QLatin1String("CredentialAttempt"))
        return FlowKind::CredentialAttempt;
    if (simKind == QLatin1String("TokenRequest"))
        return FlowKind::TokenRequest;
    if (simKind == QLatin1String("TokenIssued"))
        return FlowKind::TokenIssued;
    if (simKind == QLatin1String("TokenCacheHit"))
        return FlowKind::CacheHit;
    if (simKind == QLatin1String("ResourceRequest"))
        return FlowKind::ResourceRequest;
    if (simKind == QLatin1String("AuthorizationDecision") || simKind == QLatin1String("TokenRejected"))
        return FlowKind::AuthorizationDecision;
    if (simKind == QLatin1String("Response"))
        return FlowKind::Response;
    return FlowKind::Other;
}

QString kindLabel(const QString &simKind)
{
    if (simKind == QLatin1String("TokenRejected"))
        return tr("token rejected");
    if (simKind == QLatin1String("ControlPlane"))
        return tr("control plane");
    if (simKind == QLatin1String("SettingResolved"))
        return tr("setting resolved");
    if (simKind == QLatin1String("Note"))
        return tr("note");
    return flowKindName(flowKind(simKind));
}

// "Microsoft.Web/sites" etc. from an ARM id.
QString armType(const QString &armId)
{
    const QString lower = armId.toLower();
    const int at = lower.lastIndexOf(QLatin1String("/providers/"));
    if (at < 0)
        return {};
    const QStringList parts = armId.mid(at + 11).split(QLatin1Char('/'));
    if (parts.size() < 2)
        return {};
    return parts.at(0) + QLatin1Char('/') + parts.at(1);
}

struct RoleInfo {
    FlowRole role = FlowRole::Other;
    QString label;
    QString subtitle;
};

RoleInfo describe(const QString &node, const QString &armId)
{
    RoleInfo info;
    info.label = node;
    if (node.startsWith(QLatin1String("imds:"))) {
        info.role = FlowRole::IdentityEndpoint;
        info.label = QStringLiteral("169.254.169.254");
        info.subtitle = tr("IMDS identity endpoint (%1)").arg(node.mid(5));
        return info;
    }
    if (node.startsWith(QLatin1String("msi:"))) {
        info.role = FlowRole::IdentityEndpoint;
        info.label = tr("Identity endpoint");
        info.subtitle = tr("IDENTITY_ENDPOINT of %1").arg(node.mid(4));
        return info;
    }
    if (node == QLatin1String("entra")) {
        info.role = FlowRole::Entra;
        info.label = tr("Microsoft Entra ID");
        info.subtitle = tr("Token issuer (login.microsoftonline.com)");
        return info;
    }
    if (node == QLatin1String("arm")) {
        info.role = FlowRole::Resource;
        info.label = tr("Azure Resource Manager");
        info.subtitle = QStringLiteral("management.azure.com");
        return info;
    }
    if (node == QLatin1String("laptop")) {
        info.role = FlowRole::Caller;
        info.label = tr("Your laptop");
        info.subtitle = tr("az login (developer credential)");
        return info;
    }
    if (node.startsWith(QLatin1String("credential:")) || node.endsWith(QLatin1String("Credential"))) {
        info.role = FlowRole::Credential;
        info.subtitle = tr("SDK credential");
        return info;
    }
    const QString type = armType(armId).toLower();
    if (type == QLatin1String("microsoft.web/sites")) {
        info.role = FlowRole::Caller;
        info.subtitle = tr("App Service / Function App");
    } else if (type == QLatin1String("microsoft.compute/virtualmachines")) {
        info.role = FlowRole::Caller;
        info.subtitle = tr("Virtual machine");
    } else if (type == QLatin1String("microsoft.keyvault/vaults")) {
        info.role = FlowRole::Resource;
        info.subtitle = tr("Key Vault");
    } else if (type == QLatin1String("microsoft.storage/storageaccounts")) {
        info.role = FlowRole::Resource;
        info.subtitle = tr("Storage account");
    } else if (type == QLatin1String("microsoft.documentdb/databaseaccounts")) {
        info.role = FlowRole::Resource;
        info.subtitle = tr("Azure Cosmos DB account");
    } else if (!type.isEmpty()) {
        info.role = FlowRole::Other;
        info.subtitle = armType(armId);
    } else {
        info.role = guessFlowRole(node);
    }
    return info;
}

QString httpText(const QJsonObject &object, bool response)
{
    if (object.isEmpty())
        return {};
    QString text;
    if (response) {
        const int status = object.value(QStringLiteral("status")).toInt();
        if (status == 0) {
            text = tr("(no response) %1").arg(object.value(QStringLiteral("networkError")).toString());
            return text;
        }
        text = QStringLiteral("HTTP/1.1 %1 %2").arg(status).arg(object.value(QStringLiteral("reason")).toString());
    } else {
        text = QStringLiteral("%1 %2").arg(object.value(QStringLiteral("method")).toString(),
                                           object.value(QStringLiteral("url")).toString());
    }
    const QJsonObject headers = object.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        QString value = it.value().toString();
        // Long bearer tokens would drown the request: the Token tab shows them decoded.
        if (value.size() > 80)
            value = value.left(60) + QStringLiteral("…");
        text += QLatin1Char('\n') + it.key() + QStringLiteral(": ") + value;
    }
    QString body = object.value(QStringLiteral("body")).toString();
    if (!body.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(body.toUtf8());
        if (doc.isObject())
            body = QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
        text += QStringLiteral("\n\n") + body;
    }
    return text;
}

bool isJwt(const QString &text)
{
    return text.count(QLatin1Char('.')) == 2 && !text.contains(QLatin1Char(' '));
}

QString findJwt(const QJsonObject &details)
{
    for (const char *key : {"token", "jwt", "accessToken", "access_token"}) {
        const QJsonValue v = details.value(QLatin1String(key));
        if (v.isString() && isJwt(v.toString()))
            return v.toString();
        if (v.isObject()) {
            const QString inner = findJwt(v.toObject());
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

// The token a request presents: "Authorization: Bearer <jwt>", or Cosmos DB's URL-encoded
// "type=aad&ver=1.0&sig=<jwt>" (facts §5.8).
QString jwtInRequest(const QJsonObject &request)
{
    const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        if (it.key().compare(QLatin1String("Authorization"), Qt::CaseInsensitive) != 0)
            continue;
        const QString value = it.value().toString().trimmed();
        if (value.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive)) {
            const QString jwt = value.mid(7).trimmed();
            return isJwt(jwt) ? jwt : QString();
        }
        const QUrlQuery cosmos(QUrl::fromPercentEncoding(value.toUtf8()));
        if (cosmos.queryItemValue(QStringLiteral("type")) == QLatin1String("aad")) {
            const QString jwt = cosmos.queryItemValue(QStringLiteral("sig"), QUrl::FullyDecoded);
            return isJwt(jwt) ? jwt : QString();
        }
    }
    return {};
}

// The token an identity endpoint or Entra answers with: {"access_token": "<jwt>", ...}.
QString jwtInResponse(const QJsonObject &response)
{
    const QJsonObject body =
        QJsonDocument::fromJson(response.value(QStringLiteral("body")).toString().toUtf8()).object();
    const QString jwt = body.value(QStringLiteral("access_token")).toString();
    return isJwt(jwt) ? jwt : QString();
}

// The token that travels on this hop, if any: the Token tab is enabled exactly where one does.
QString carriedJwt(const QJsonObject &details)
{
    QString jwt = findJwt(details);
    if (jwt.isEmpty())
        jwt = jwtInRequest(details.value(QStringLiteral("request")).toObject());
    if (jwt.isEmpty())
        jwt = jwtInResponse(details.value(QStringLiteral("response")).toObject());
    return jwt;
}

QList<FlowClaim> claimsFrom(const QJsonObject &details)
{
    QJsonObject claims = details.value(QStringLiteral("claims")).toObject();
    if (claims.isEmpty())
        return {};
    QList<FlowClaim> list;
    for (auto it = claims.begin(); it != claims.end(); ++it)
        list << flowClaim(it.key(), it.value()); // as decoded from a token: times also as dates (QA)
    return list;
}

FlowDecision decisionFrom(const QJsonObject &details)
{
    QJsonObject d = details.value(QStringLiteral("decision")).toObject();
    if (d.isEmpty() && details.contains(QStringLiteral("allowed")))
        d = details;
    FlowDecision decision;
    if (d.isEmpty())
        return decision;
    decision.present = true;
    decision.allowed = d.value(QStringLiteral("allowed")).toBool();
    decision.principal = d.value(QStringLiteral("principalId")).toString();
    decision.action = d.value(QStringLiteral("action")).toString();
    if (d.value(QStringLiteral("dataAction")).toBool() && !decision.action.isEmpty())
        decision.action += tr(" (data action)");
    decision.scope = d.value(QStringLiteral("scope")).toString();
    const QString system = d.value(QStringLiteral("system")).toString();
    decision.system = system;
    decision.explanation = sentence(SimNarration::translated(d.value(QStringLiteral("explanation")).toString()));
    if (!system.isEmpty())
        decision.explanation = tr("Evaluated by %1. %2").arg(system, decision.explanation).trimmed();
    const QJsonArray considered = d.value(QStringLiteral("considered")).toArray();
    for (const QJsonValue &v : considered) {
        const QJsonObject c = v.toObject();
        QString line =
            tr("%1 at %2")
                .arg(c.value(QStringLiteral("roleName")).toString(), c.value(QStringLiteral("scope")).toString());
        if (c.value(QStringLiteral("viaGroup")).toBool())
            line += tr(" (through a group)");
        if (c.value(QStringLiteral("matched")).toBool())
            line += tr(" — grants it");
        else if (c.value(QStringLiteral("pending")).toBool())
            line += tr(" — would grant it, still propagating");
        const QString reason = SimNarration::translated(c.value(QStringLiteral("reason")).toString());
        if (!reason.isEmpty())
            line += QStringLiteral(": ") + reason;
        decision.considered << line;
    }
    return decision;
}

QString captionFor(const RawEvent &raw, FlowKind kind, const FlowDecision &decision)
{
    const QString path = QUrl(raw.url).path();
    switch (kind) {
    case FlowKind::TokenRequest:
        return tr("token request");
    case FlowKind::TokenIssued:
        return tr("access token (JWT)");
    case FlowKind::CacheHit:
        return tr("cached token");
    case FlowKind::Response:
        return tr("response");
    case FlowKind::ResourceRequest:
        if (!raw.method.isEmpty())
            return QStringLiteral("%1 %2").arg(raw.method, path.isEmpty() ? QStringLiteral("/") : path);
        break;
    case FlowKind::AuthorizationDecision: {
        if (raw.kind == QLatin1String("TokenRejected"))
            return tr("token check");
        // A key decides without RBAC (QA: a request with the account key was captioned "RBAC check").
        switch (decision.basis()) {
        case FlowDecision::Basis::Key:
            return tr("key check");
        case FlowDecision::Basis::AccessPolicy:
            return tr("access policy check");
        case FlowDecision::Basis::Roles:
            break;
        }
        return tr("RBAC check");
    }
    case FlowKind::CredentialAttempt:
        return raw.summary.isEmpty() ? tr("credential attempt") : SimNarration::translated(raw.summary);
    case FlowKind::Other:
        break;
    }
    return raw.summary.isEmpty() ? kindLabel(raw.kind) : SimNarration::translated(raw.summary);
}

FlowTrace build(const QList<RawEvent> &raws, bool includeControlPlane)
{
    FlowTrace trace;
    QHash<QString, int> participantIndex;
    auto ensure = [&](const QString &node, const QString &armId) {
        if (node.isEmpty())
            return;
        auto it = participantIndex.find(node);
        if (it != participantIndex.end()) {
            FlowParticipant &p = trace.participants[*it];
            if (p.subtitle.isEmpty() && !armId.isEmpty()) {
                const RoleInfo info = describe(node, armId);
                p.role = info.role;
                p.subtitle = info.subtitle;
            }
            return;
        }
        const RoleInfo info = describe(node, armId);
        FlowParticipant p;
        p.id = node;
        p.label = info.label;
        p.subtitle = info.subtitle;
        p.role = info.role;
        participantIndex.insert(node, int(trace.participants.size()));
        trace.participants << p;
    };

    QHash<QString, QString> badges; // caller node → identity badge, from the tokens it received
    for (const RawEvent &raw : raws) {
        const bool controlPlane = raw.kind == QLatin1String("ControlPlane") || raw.kind == QLatin1String("Note");
        if (controlPlane && !includeControlPlane)
            continue;
        ensure(raw.from, raw.fromId);
        ensure(raw.to, raw.toId);

        FlowEvent e;
        e.timeMs = raw.timeMs;
        e.from = raw.from;
        e.to = raw.to;
        e.kind = flowKind(raw.kind);
        e.kindName = kindLabel(raw.kind);
        e.decision = decisionFrom(raw.details);
        e.caption = captionFor(raw, e.kind, e.decision);
        e.status = raw.status;
        e.errorCode = raw.errorCode;
        // An unavailable credential in a chain is normal (the SDK tries the next one): not a failed hop.
        if (raw.kind == QLatin1String("CredentialAttempt") &&
            raw.errorCode == QLatin1String("CredentialUnavailableException")) {
            e.errorCode.clear();
            e.caption = tr("%1: unavailable").arg(raw.to.isEmpty() ? raw.summary : raw.to);
        }
        // The simulator's narration is English (its tests and the CLI read it): it is put in the current language
        // here, so a language switch, which converts the run again, switches it too.
        const QString narration = raw.explanation.isEmpty() ? raw.summary : raw.explanation;
        e.explanation = sentence(SimNarration::translated(narration));
        e.request = httpText(raw.details.value(QStringLiteral("request")).toObject(), false);
        if (e.request.isEmpty() && !raw.url.isEmpty())
            e.request = QStringLiteral("%1 %2").arg(raw.method.isEmpty() ? QStringLiteral("GET") : raw.method, raw.url);
        e.response = httpText(raw.details.value(QStringLiteral("response")).toObject(), true);
        e.jwt = carriedJwt(raw.details);
        e.claims = claimsFrom(raw.details);
        if (e.claims.isEmpty() && !e.jwt.isEmpty())
            e.claims = decodeJwtClaims(e.jwt);
        if (raw.kind == QLatin1String("TokenRejected"))
            e.failed = true;
        // An unavailable credential in a chain is normal (the next one is tried); only a failed one is red.
        if (raw.kind == QLatin1String("CredentialAttempt") &&
            raw.details.value(QStringLiteral("outcome"))
                    .toString()
                    .compare(QLatin1String("Failed"), Qt::CaseInsensitive) == 0)
            e.failed = true;

        // Identity badge of the caller: what the token says (facts §3.2: xms_mirid names a
        // userAssignedIdentities resource for a user-assigned identity).
        if (e.kind == FlowKind::TokenIssued || e.kind == FlowKind::CacheHit) {
            for (const FlowClaim &c : std::as_const(e.claims)) {
                if (c.name != QLatin1String("xms_mirid"))
                    continue;
                const bool user = c.value.contains(QLatin1String("Microsoft.ManagedIdentity"), Qt::CaseInsensitive);
                const QString caller = e.to.startsWith(QLatin1String("imds:")) || e.to.startsWith(QLatin1String("msi:"))
                                           ? e.to.section(QLatin1Char(':'), 1)
                                           : e.to;
                badges.insert(caller, user ? tr("User-assigned: %1").arg(c.value.section(QLatin1Char('/'), -1))
                                           : tr("System-assigned identity"));
            }
        }
        if (e.errorCode.contains(QLatin1String("identity"), Qt::CaseInsensitive) ||
            narration.contains(QLatin1String("Identity not found"), Qt::CaseInsensitive)) {
            const QString caller = e.from.section(QLatin1Char(':'), -1);
            if (!badges.contains(caller))
                badges.insert(caller, tr("No usable identity"));
        }
        trace.events << e;
    }
    for (FlowParticipant &p : trace.participants) {
        if (p.role == FlowRole::Caller)
            p.badge = badges.value(p.id);
    }
    trace.normalise();
    return trace;
}

} // namespace

FlowTrace flowTraceFromSim(const QList<Sim::TraceEvent> &events, bool includeControlPlane)
{
    QList<RawEvent> raws;
    raws.reserve(events.size());
    for (const Sim::TraceEvent &e : events) {
        RawEvent r;
        r.timeMs = e.timeMs;
        r.kind = simKindName(e.kind);
        r.from = e.from;
        r.to = e.to;
        r.fromId = e.fromId;
        r.toId = e.toId;
        r.method = e.method;
        r.url = e.url;
        r.status = e.status;
        r.errorCode = e.errorCode;
        r.summary = e.summary;
        r.explanation = e.explanation;
        r.details = e.details;
        raws << r;
    }
    return build(raws, includeControlPlane);
}

FlowTrace flowTraceFromSimJson(const QJsonArray &events, bool includeControlPlane)
{
    QList<RawEvent> raws;
    for (const QJsonValue &v : events) {
        const QJsonObject o = v.toObject();
        RawEvent r;
        // Traces written before hops had their own milliseconds carry only the clock's seconds.
        r.timeMs = o.contains(QStringLiteral("timeMs")) ? o.value(QStringLiteral("timeMs")).toInteger()
                                                        : o.value(QStringLiteral("time")).toInteger() * 1000;
        r.kind = o.value(QStringLiteral("kind")).toString();
        r.from = o.value(QStringLiteral("from")).toString();
        r.to = o.value(QStringLiteral("to")).toString();
        r.fromId = o.value(QStringLiteral("fromId")).toString();
        r.toId = o.value(QStringLiteral("toId")).toString();
        r.method = o.value(QStringLiteral("method")).toString();
        r.url = o.value(QStringLiteral("url")).toString();
        r.status = o.value(QStringLiteral("status")).toInt();
        r.errorCode = o.value(QStringLiteral("errorCode")).toString();
        r.summary = o.value(QStringLiteral("summary")).toString();
        r.explanation = o.value(QStringLiteral("explanation")).toString();
        r.details = o.value(QStringLiteral("details")).toObject();
        raws << r;
    }
    return build(raws, includeControlPlane);
}

} // namespace Keyless::Ui::Labs
