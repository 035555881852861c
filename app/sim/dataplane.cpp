#include "sim/dataplane.h"

#include "sim/armid.h"
#include "sim/controlplane.h"
#include "sim/ids.h"
#include "sim/world.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

namespace Keyless::Sim {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// How a request authenticates, for trace checks ("the request used a token, not a key").
QString authKind(const HttpRequest &req)
{
    const QString h = QUrl::fromPercentEncoding(req.headers.value(QStringLiteral("Authorization")).toUtf8()).trimmed();
    if (h.startsWith(QLatin1String("Bearer "), Qt::CaseInsensitive) || h.contains(QLatin1String("type=aad")))
        return QStringLiteral("bearer");
    if (h.startsWith(QLatin1String("SharedKey "), Qt::CaseInsensitive) || h.contains(QLatin1String("type=master")))
        return QStringLiteral("key");
    if (req.hasQuery(QStringLiteral("sig")))
        return QStringLiteral("sas");
    return QStringLiteral("none");
}

// One service call: records the request, token and authorization hops and the response.
struct ServiceHop {
    World &world;
    const HttpRequest &req;
    QString from, fromId, to, toId;

    ServiceHop(World &w, const HttpRequest &r, const Origin &origin, const QString &node, const QString &nodeId)
        : world(w)
        , req(r)
        , to(node)
        , toId(nodeId)
    {
        from = origin.isLaptop() ? s("laptop") : w.nodeName(origin.resourceId);
        fromId = origin.isLaptop() ? QString() : origin.resourceId;
        TraceEvent ev = base(TraceKind::ResourceRequest);
        ev.summary = req.summary();
        ev.details.insertLater(s("request"), [r = req] { return QJsonValue(r.toJson()); });
        ev.details.insert(s("auth"), authKind(req));
        world.record(ev);
    }
    TraceEvent base(TraceKind kind) const
    {
        TraceEvent ev;
        ev.kind = kind;
        ev.from = from;
        ev.fromId = fromId;
        ev.to = to;
        ev.toId = toId;
        ev.method = req.method;
        ev.url = req.url;
        return ev;
    }
    void tokenRejected(const TokenCheck &check, const QString &code, const QString &explanation) const
    {
        TraceEvent ev = base(TraceKind::TokenRejected);
        ev.errorCode = code;
        ev.summary = s("token rejected: ") + TokenCheck::failureName(check.failure);
        ev.explanation = explanation;
        ev.details.insertLater(s("claims"), [c = check.claims] { return QJsonValue(c); });
        world.record(ev);
    }
    void decision(const AccessDecision &d, int status, const QString &code) const
    {
        TraceEvent ev = base(TraceKind::AuthorizationDecision);
        ev.from = to;
        ev.fromId = toId;
        ev.to = to;
        ev.status = d.allowed ? 0 : status;
        ev.errorCode = d.allowed ? QString() : code;
        ev.summary = (d.allowed ? s("allowed ") : s("denied ")) + d.action;
        ev.explanation = d.explanation;
        ev.details = TraceDetails::later([d] { return d.toJson(); });
        world.record(ev);
    }
    HttpResponse answer(HttpResponse resp, const QString &code, const QString &explanation) const
    {
        TraceEvent ev = base(TraceKind::Response);
        ev.from = to;
        ev.fromId = toId;
        ev.to = from;
        ev.toId = fromId;
        ev.status = resp.status;
        ev.errorCode = code;
        ev.summary = QStringLiteral("%1 %2%3")
                         .arg(resp.status)
                         .arg(resp.reason, code.isEmpty() ? QString() : QLatin1Char(' ') + code);
        ev.explanation = explanation;
        ev.details.insertLater(s("response"), [resp] { return QJsonValue(resp.toJson()); });
        world.record(ev);
        return resp;
    }
};

QString bearer(const HttpRequest &req)
{
    const QString h = req.headers.value(s("Authorization")).trimmed();
    if (h.startsWith(s("Bearer "), Qt::CaseInsensitive))
        return h.mid(7).trimmed();
    return {};
}

QStringList groupsAndOid(const TokenCheck &c)
{
    QStringList p{c.oid()};
    p += c.groups();
    return p;
}

QString httpDate(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(s("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

// "8/17/2017 10:54:41 PM" as ARM prints expiry times
QString armTime(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(s("M/d/yyyy h:mm:ss AP"));
}
} // namespace

// ======================================================================= Key Vault

QStringList KeyVaultService::audiences()
{
    return {s("https://vault.azure.net"), s("https://vault.azure.net/")};
}

static QString kvPermissionAction(const QString &permission)
{
    if (permission == QLatin1String("get"))
        return s("Microsoft.KeyVault/vaults/secrets/getSecret/action");
    if (permission == QLatin1String("list"))
        return s("Microsoft.KeyVault/vaults/secrets/readMetadata/action");
    if (permission == QLatin1String("set"))
        return s("Microsoft.KeyVault/vaults/secrets/setSecret/action");
    return s("Microsoft.KeyVault/vaults/secrets/delete");
}

AccessDecision KeyVaultService::authorize(const World &world, const Resource &vault, const TokenCheck &token,
                                          const QString &permission, const QString &secretName)
{
    const QString scope = secretName.isEmpty() ? vault.id : vault.id + s("/secrets/") + secretName;
    if (vault.enableRbacAuthorization) {
        AccessRequest r;
        r.principalId = token.oid();
        r.groupIds = token.groups();
        r.action = kvPermissionAction(permission);
        r.dataAction = true;
        r.scope = scope;
        AccessDecision d = world.authorization().check(r, world.now());
        if (!d.allowed && !vault.accessPolicies.isEmpty())
            d.explanation += s(" (the vault uses Azure RBAC: its access policies are ignored)");
        return d;
    }
    AccessDecision d;
    d.system = s("KeyVaultAccessPolicy");
    d.principalId = token.oid();
    d.groupIds = token.groups();
    d.action = QStringLiteral("secrets %1").arg(permission);
    d.dataAction = true;
    d.scope = vault.id;
    const QStringList principals = groupsAndOid(token);
    for (const AccessPolicy &p : vault.accessPolicies) {
        if (!principals.contains(p.objectId))
            continue;
        ConsideredAssignment c;
        c.assignmentId = QStringLiteral("accessPolicy:%1").arg(p.objectId);
        c.roleName = s("access policy [") + p.secrets.join(s(", ")) + s("]");
        c.scope = vault.id;
        c.principalId = p.objectId;
        c.viaGroup = p.objectId != token.oid();
        c.matched = p.allowsSecret(permission);
        c.reason = c.matched ? QStringLiteral("the policy allows secrets %1").arg(permission)
                             : QStringLiteral("the policy does not include secrets %1").arg(permission);
        if (c.matched && !d.allowed) {
            d.allowed = true;
            d.matchedAssignmentId = c.assignmentId;
        }
        d.considered.append(c);
    }
    if (d.allowed)
        d.explanation = QStringLiteral("allowed: an access policy grants secrets %1").arg(permission);
    else if (d.considered.isEmpty())
        d.explanation = QStringLiteral("denied: no access policy for this principal; needed secrets %1 (the vault uses "
                                       "access policies: Azure RBAC data roles are ignored)")
                            .arg(permission);
    else
        d.explanation = QStringLiteral("denied: the access policy does not include secrets %1").arg(permission);
    return d;
}

HttpResponse KeyVaultService::handle(World &world, const Resource &vault, const HttpRequest &req, const Origin &origin)
{
    const ServiceHop hop(world, req, origin, vault.name, vault.id);
    auto kvError = [&](int status, const QString &code, const QString &message, const QString &inner = {}) {
        QJsonObject err{{s("code"), code}, {s("message"), message}};
        if (!inner.isEmpty())
            err.insert(s("innererror"), QJsonObject{{s("code"), inner}});
        HttpResponse r = HttpResponse::json(status, {{s("error"), err}});
        if (status == 401)
            r.headers.set(
                s("WWW-Authenticate"),
                QStringLiteral(
                    "Bearer authorization=\"https://login.windows.net/%1\", resource=\"https://vault.azure.net\"")
                    .arg(world.tenantId()));
        return r;
    };
    const QString token = bearer(req);
    if (token.isEmpty())
        return hop.answer(
            kvError(401, s("Unauthorized"), s("AKV10000: Request is missing a Bearer or PoP token.")),
            s("Unauthorized"),
            s("No bearer token: the normal first step of the SDK challenge protocol (it then fetches a token)."));
    const TokenCheck check = world.tokens().verify(token, audiences(), world.tenantId(), world.now());
    switch (check.failure) {
    case TokenCheck::Failure::None:
        break;
    case TokenCheck::Failure::Audience: {
        const QString msg = QStringLiteral("AKV10022: Invalid audience. Expected https://vault.azure.net, found: %1.")
                                .arg(check.audience);
        hop.tokenRejected(check, s("AKV10022"), s("Key Vault accepts only tokens issued for https://vault.azure.net."));
        return hop.answer(kvError(401, s("Unauthorized"), msg), s("AKV10022"), msg);
    }
    case TokenCheck::Failure::Issuer: {
        const QString msg = QStringLiteral("AKV10032: Invalid issuer. Expected one of %1, found %2.")
                                .arg(TokenService::issuerFor(world.tenantId()), check.issuer);
        hop.tokenRejected(check, s("AKV10032"), s("The token comes from another tenant than the vault's."));
        return hop.answer(kvError(401, s("Unauthorized"), msg), s("AKV10032"), msg);
    }
    case TokenCheck::Failure::Expired:
    case TokenCheck::Failure::NotYetValid: {
        const QString msg = s("[TokenExpired] Error validating token: 'S2S12086'.");
        hop.tokenRejected(check, s("TokenExpired"),
                          QStringLiteral("The token expired at %1.").arg(Clock::iso(check.expiresOn)));
        return hop.answer(kvError(401, s("Unauthorized"), msg), s("TokenExpired"), msg);
    }
    default: {
        // [simulator] wording: the facts give no Key Vault text for a forged / malformed token.
        const QString msg = s("Error validating token: the signature or format is invalid.");
        hop.tokenRejected(check, s("Unauthorized"), msg);
        return hop.answer(kvError(401, s("Unauthorized"), msg), s("Unauthorized"), msg);
    }
    }

    // Route: /secrets, /secrets/{name}, /secrets/{name}/versions, /secrets/{name}/{version}
    const QStringList parts = req.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty() || parts.at(0).compare(s("secrets"), Qt::CaseInsensitive) != 0 || parts.size() > 3)
        return hop.answer(kvError(400, s("BadParameter"), s("Only secrets are simulated.")), s("BadParameter"), {});
    if (req.query(s("api-version")).isEmpty())
        return hop.answer(
            kvError(400, s("BadParameter"), s("The request URI contains an invalid or missing api-version.")),
            s("BadParameter"), {});
    const QString method = req.method.toUpper();
    const QString name = parts.size() > 1 ? parts.at(1) : QString();
    QString permission;
    if (name.isEmpty() && method == QLatin1String("GET"))
        permission = s("list");
    else if (parts.size() == 3 && parts.at(2).compare(s("versions"), Qt::CaseInsensitive) == 0 &&
             method == QLatin1String("GET"))
        permission = s("list");
    else if (!name.isEmpty() && method == QLatin1String("GET"))
        permission = s("get");
    else if (!name.isEmpty() && method == QLatin1String("PUT"))
        permission = s("set");
    else if (!name.isEmpty() && method == QLatin1String("DELETE"))
        permission = s("delete");
    else
        return hop.answer(HttpResponse::make(405, {}, {}), s("MethodNotAllowed"), {});

    const AccessDecision d =
        authorize(world, vault, check, permission, permission == QLatin1String("list") ? QString() : name);
    const QString caller = QStringLiteral("appid=%1;oid=%2;iss=%3").arg(check.appId(), check.oid(), check.issuer);
    if (!d.allowed) {
        if (vault.enableRbacAuthorization) {
            hop.decision(d, 403, s("ForbiddenByRbac"));
            const QString resourceLower = d.scope.toLower();
            const QString msg =
                QStringLiteral("Caller is not authorized to perform action on resource.\r\nIf role assignments, deny "
                               "assignments or role definitions were changed recently, please observe propagation "
                               "time.\r\nCaller: %1\r\nAction: '%2'\r\nResource: '%3'\r\nAssignment: (not "
                               "found)\r\nDenyAssignmentId: null\r\nDecisionReason: 'DeniedWithNoValidRBAC' \r\nVault: "
                               "%4;location=%5\r\n")
                    .arg(caller, d.action, resourceLower, vault.name, vault.location);
            return hop.answer(kvError(403, s("Forbidden"), msg, s("ForbiddenByRbac")), s("ForbiddenByRbac"),
                              d.explanation);
        }
        hop.decision(d, 403, s("AccessDenied"));
        const QString msg =
            QStringLiteral("The user, group or application '%1' does not have secrets %2 permission on key "
                           "vault '%3;location=%4'. For help resolving this issue, please see "
                           "https://go.microsoft.com/fwlink/?linkid=2125287")
                .arg(caller, permission, vault.name, vault.location);
        return hop.answer(kvError(403, s("Forbidden"), msg, s("AccessDenied")), s("AccessDenied"), d.explanation);
    }
    hop.decision(d, 403, {});

    const QString base = vault.endpointUrl() + s("secrets/");
    auto attributes = [](const SecretVersion &v) {
        return QJsonObject{{s("enabled"), v.enabled},
                           {s("created"), v.created},
                           {s("updated"), v.created},
                           {s("recoveryLevel"), s("Recoverable+Purgeable")},
                           {s("recoverableDays"), 90}};
    };
    auto notFound = [&](const QString &n) {
        const QString msg =
            QStringLiteral("A secret with (name/id) %1 was not found in this key vault. If you recently "
                           "deleted this secret you may be able to recover it using the correct "
                           "recovery command. For help resolving this issue, please see "
                           "https://go.microsoft.com/fwlink/?linkid=2125182")
                .arg(n);
        return hop.answer(kvError(404, s("SecretNotFound"), msg), s("SecretNotFound"), msg);
    };
    Resource *m = world.mutableResource(vault.id);
    if (permission == QLatin1String("list") && name.isEmpty()) {
        QJsonArray value;
        for (const Secret &sec : m->secrets) {
            if (sec.deleted || !sec.current())
                continue;
            QJsonObject item{{s("id"), base + sec.name}, {s("attributes"), attributes(*sec.current())}};
            if (!sec.current()->contentType.isEmpty())
                item.insert(s("contentType"), sec.current()->contentType);
            value.append(item);
        }
        return hop.answer(HttpResponse::json(200, {{s("value"), value}, {s("nextLink"), QJsonValue::Null}}), {},
                          s("Secret list (ids and attributes, never values)."));
    }
    auto sit = m->secrets.find(name.toLower());
    const bool exists = sit != m->secrets.end() && !sit->deleted && sit->current();
    if (permission == QLatin1String("list")) {
        if (!exists)
            return notFound(name);
        QJsonArray value;
        for (const SecretVersion &v : sit->versions)
            value.append(QJsonObject{{s("id"), base + sit->name + QLatin1Char('/') + v.version},
                                     {s("attributes"), attributes(v)}});
        return hop.answer(HttpResponse::json(200, {{s("value"), value}, {s("nextLink"), QJsonValue::Null}}), {}, {});
    }
    if (permission == QLatin1String("get")) {
        if (!exists)
            return notFound(name);
        const SecretVersion *v = parts.size() == 3 ? sit->version(parts.at(2)) : sit->current();
        if (!v)
            return notFound(name + QLatin1Char('/') + parts.at(2));
        QJsonObject body{{s("value"), v->value},
                         {s("id"), base + sit->name + QLatin1Char('/') + v->version},
                         {s("attributes"), attributes(*v)}};
        if (!v->contentType.isEmpty())
            body.insert(s("contentType"), v->contentType);
        return hop.answer(HttpResponse::json(200, body), {}, s("Secret value returned."));
    }
    if (permission == QLatin1String("set")) {
        const QJsonObject in = QJsonDocument::fromJson(req.body).object();
        if (!in.contains(s("value")))
            return hop.answer(kvError(400, s("BadParameter"), s("Property 'value' is required.")), s("BadParameter"),
                              {});
        Secret &sec = m->secrets[name.toLower()];
        if (sec.deleted)
            sec = Secret{};
        sec.name = sec.name.isEmpty() ? name : sec.name;
        SecretVersion v;
        v.version = Ids::hex(
            world.seed(),
            {s("secret-version"), ArmId::key(vault.id), name.toLower(), QString::number(sec.versions.size())}, 16);
        v.value = in.value(s("value")).toString();
        v.contentType = in.value(s("contentType")).toString();
        v.created = world.now();
        sec.versions.append(v);
        QJsonObject body{{s("value"), v.value},
                         {s("id"), base + sec.name + QLatin1Char('/') + v.version},
                         {s("attributes"), attributes(v)}};
        return hop.answer(HttpResponse::json(200, body), {}, s("New secret version stored."));
    }
    // delete
    if (!exists)
        return notFound(name);
    sit->deleted = true;
    QJsonObject body{{s("id"), base + sit->name},
                     {s("recoveryId"), vault.endpointUrl() + s("deletedsecrets/") + sit->name},
                     {s("deletedDate"), world.now()},
                     {s("attributes"), attributes(*sit->current())}};
    return hop.answer(HttpResponse::json(200, body), {}, s("Secret deleted (soft delete)."));
}

// ======================================================================= Blob storage

QStringList BlobService::audiences(const Resource &account)
{
    const QString host = s("https://") + account.hostName();
    return {s("https://storage.azure.com/"), s("https://storage.azure.com"), host, host + QLatin1Char('/')};
}

HttpResponse BlobService::handle(World &world, const Resource &account, const HttpRequest &req, const Origin &origin)
{
    const ServiceHop hop(world, req, origin, account.name, account.id);
    const QString requestId = world.deriveId({s("request"), QString::number(world.trace().size())});
    auto storageError = [&](int status, const QString &code, const QString &message, const QString &detail = {}) {
        QString xml = s("<?xml version=\"1.0\" encoding=\"utf-8\"?><Error><Code>") + code + s("</Code><Message>") +
                      message + s("\nRequestId:") + requestId + s("\nTime:") + Clock::storageIso(world.now()) +
                      s("</Message>");
        if (!detail.isEmpty())
            xml += s("<AuthenticationErrorDetail>") + detail + s("</AuthenticationErrorDetail>");
        xml += s("</Error>");
        HttpResponse r = HttpResponse::make(status, xml.toUtf8(), s("application/xml"));
        r.headers.set(s("x-ms-error-code"), code);
        r.headers.set(s("x-ms-request-id"), requestId);
        if (status == 401)
            r.headers.set(
                s("WWW-Authenticate"),
                QStringLiteral("Bearer authorization_uri=https://login.microsoftonline.com/%1/oauth2/authorize "
                               "resource_id=https://storage.azure.com")
                    .arg(world.tenantId()));
        return hop.answer(r, code, message + (detail.isEmpty() ? QString() : QLatin1Char(' ') + detail));
    };

    const QString auth = req.headers.value(s("Authorization")).trimmed();
    const QStringList parts = req.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString container = parts.value(0);
    const QString blobName = parts.size() > 1 ? parts.mid(1).join(QLatin1Char('/')) : QString();
    const QString method = req.method.toUpper();
    const bool containerLevel = req.query(s("restype")) == QLatin1String("container");
    const bool listing = req.query(s("comp")) == QLatin1String("list");

    // Which operation, and its RBAC permission (facts §7.2).
    QString action;
    bool dataAction = true;
    const QString blobs = s("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/");
    if (container.isEmpty() && listing) {
        action = s("Microsoft.Storage/storageAccounts/blobServices/containers/read");
        dataAction = false;
    } else if (containerLevel && method == QLatin1String("PUT")) {
        action = s("Microsoft.Storage/storageAccounts/blobServices/containers/write");
        dataAction = false;
    } else if (containerLevel && listing && method == QLatin1String("GET")) {
        action = blobs + s("read");
    } else if (!blobName.isEmpty() && method == QLatin1String("GET")) {
        action = blobs + s("read");
    } else if (!blobName.isEmpty() && method == QLatin1String("PUT")) {
        action = blobs + s("write");
    } else if (!blobName.isEmpty() && method == QLatin1String("DELETE")) {
        action = blobs + s("delete");
    } else {
        return storageError(400, s("UnsupportedHttpVerb"), s("The resource doesn't support specified Http Verb."));
    }

    // A version that is not a date is refused before anything else (observed: 400 InvalidHeaderValue).
    static const QRegularExpression versionFormat(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (const QString v = req.headers.value(s("x-ms-version")).trimmed();
        req.headers.contains(s("x-ms-version")) && !versionFormat.match(v).hasMatch())
        return storageError(400, s("InvalidHeaderValue"),
                            s("The value for one of the HTTP headers is not in the correct format."));
    if (auth.isEmpty())
        return storageError(401, s("NoAuthenticationInformation"),
                            s("Server failed to authenticate the request. Please refer to the information in the "
                              "www-authenticate header."));
    // A header Storage cannot parse -- an unknown scheme ("Basic …") or "Bearer" with no token -- is
    // InvalidAuthenticationInfo "Authentication information is not given in the correct format…" (Microsoft Learn,
    // ACR troubleshooting: `Authorization: basic` sent to blob storage), with status 400 (Azure/iothub-explorer#58).
    const bool sharedKey = auth.startsWith(s("SharedKey "), Qt::CaseInsensitive);
    if (!sharedKey && bearer(req).isEmpty()) {
        const QString message = s("Authentication information is not given in the correct format. Check the value of "
                                  "Authorization header.");
        TraceEvent note = hop.base(TraceKind::Note);
        note.from = account.name;
        note.fromId = account.id;
        note.summary = s("Authorization header not understood");
        note.explanation = s("Storage accepts \"Authorization: Bearer <token>\" (with x-ms-version 2017-11-09 or "
                             "later) or \"SharedKey <account>:<signature>\"; this header is neither.");
        world.record(note);
        return storageError(400, s("InvalidAuthenticationInfo"), message);
    }
    if (sharedKey) {
        if (!account.allowSharedKeyAccess)
            return storageError(403, s("KeyBasedAuthenticationNotPermitted"),
                                s("Key based authentication is not permitted on this storage account."));
        const QString cred = auth.mid(10).trimmed();
        const int colon = int(cred.indexOf(QLatin1Char(':')));
        const QString acct = colon > 0 ? cred.left(colon) : QString();
        const QString sig = colon > 0 ? cred.mid(colon + 1) : QString();
        if (acct.compare(account.name, Qt::CaseInsensitive) != 0 || !account.storageKeys.contains(sig))
            return storageError(403, s("AuthenticationFailed"),
                                s("Server failed to authenticate the request. Make sure the value of Authorization "
                                  "header is formed correctly including the signature."),
                                s("Signature did not match."));
        AccessDecision d;
        d.allowed = true;
        d.system = s("SharedKey");
        d.action = action;
        d.explanation = s("allowed: Shared Key (account key) authorizes everything; RBAC is not consulted");
        hop.decision(d, 0, {});
    } else {
        // OAuth needs service version 2017-11-09 or later (Versioning for Azure Storage); without x-ms-version the
        // request is read as an older version, observed as 403 AuthenticationFailed with this detail. [U] that the
        // version is checked before the token.
        const QString version = req.headers.value(s("x-ms-version")).trimmed();
        if (version.isEmpty() || version < QLatin1String("2017-11-09")) {
            const QString detail = s("Authentication scheme Bearer is not supported in this version.");
            TraceEvent note = hop.base(TraceKind::Note);
            note.from = account.name;
            note.fromId = account.id;
            note.summary = s("bearer token needs x-ms-version 2017-11-09 or later");
            note.explanation =
                version.isEmpty()
                    ? s("No x-ms-version header: Storage reads the request as an old service version, which has no "
                        "OAuth. Send x-ms-version: 2017-11-09 or later (the SDKs and az do).")
                    : QStringLiteral("x-ms-version %1 predates OAuth support in Storage (2017-11-09).").arg(version);
            world.record(note);
            return storageError(403, s("AuthenticationFailed"),
                                s("Server failed to authenticate the request. Make sure the value of Authorization "
                                  "header is formed correctly including the signature."),
                                detail);
        }
        const QString token = bearer(req);
        const TokenCheck check = world.tokens().verify(token, audiences(account), world.tenantId(), world.now());
        if (!check.ok()) {
            QString detail;
            if (check.failure == TokenCheck::Failure::Audience)
                detail = s("Audience validation failed. Audience did not match.");
            else if (check.failure == TokenCheck::Failure::Issuer)
                detail = s("Issuer validation failed. Issuer did not match.");
            else if (check.failure == TokenCheck::Failure::Expired || check.failure == TokenCheck::Failure::NotYetValid)
                detail = s("Lifetime validation failed. The token is expired.");
            else if (check.failure == TokenCheck::Failure::BadSignature)
                detail = s("Signature validation failed.");
            if (detail.isEmpty()) {
                // Not a JWT at all (cut short, not base64url): 401 InvalidAuthenticationInfo (facts §7.3) but no
                // AuthenticationErrorDetail, since Storage's text for it is not confirmed; the trace explains.
                hop.tokenRejected(check, s("InvalidAuthenticationInfo"),
                                  s("the bearer token is not a well-formed JWT (header.payload.signature, each "
                                    "base64url): was it cut short or quoted?"));
                return storageError(401, s("InvalidAuthenticationInfo"),
                                    s("Server failed to authenticate the request. Please refer to the information in "
                                      "the www-authenticate header."));
            }
            hop.tokenRejected(check, s("InvalidAuthenticationInfo"), detail);
            return storageError(401, s("InvalidAuthenticationInfo"),
                                s("Server failed to authenticate the request. Please refer to the information in the "
                                  "www-authenticate header."),
                                detail);
        }
        AccessRequest r;
        r.principalId = check.oid();
        r.groupIds = check.groups();
        r.action = action;
        r.dataAction = dataAction;
        r.scope = container.isEmpty() ? account.id : account.id + s("/blobServices/default/containers/") + container;
        const AccessDecision d = world.authorization().check(r, world.now());
        hop.decision(d, 403, s("AuthorizationPermissionMismatch"));
        if (!d.allowed)
            return storageError(403, s("AuthorizationPermissionMismatch"),
                                s("This request is not authorized to perform this operation using this permission."));
    }

    Resource *m = world.mutableResource(account.id);
    auto ok = [&](int status, const QByteArray &body, const QString &type, const QString &why,
                  const Blob *blob = nullptr) {
        HttpResponse r = HttpResponse::make(status, body, type);
        r.headers.set(s("x-ms-request-id"), requestId);
        r.headers.set(s("Date"), httpDate(world.now()));
        if (blob && !blob->etag.isEmpty()) {
            r.headers.set(s("ETag"), blob->etag);
            r.headers.set(s("Last-Modified"), httpDate(blob->lastModified));
        }
        return hop.answer(r, {}, why);
    };
    if (container.isEmpty()) {
        QString xml = s("<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults><Containers>");
        for (const BlobContainer &c : m->containers)
            xml += s("<Container><Name>") + c.name + s("</Name></Container>");
        xml += s("</Containers></EnumerationResults>");
        return ok(200, xml.toUtf8(), s("application/xml"), s("Container list."));
    }
    if (containerLevel && method == QLatin1String("PUT")) {
        if (m->containers.contains(container))
            return storageError(409, s("ContainerAlreadyExists"), s("The specified container already exists."));
        m->containers.insert(container, BlobContainer{container, {}});
        return ok(201, {}, {}, s("Container created."));
    }
    auto cit = m->containers.find(container);
    if (cit == m->containers.end())
        return storageError(404, s("ContainerNotFound"), s("The specified container does not exist."));
    if (containerLevel && listing) {
        QString xml = s("<?xml version=\"1.0\" encoding=\"utf-8\"?><EnumerationResults ContainerName=\"") + container +
                      s("\"><Blobs>");
        for (const Blob &b : cit->blobs)
            xml += QStringLiteral(
                       "<Blob><Name>%1</Name><Properties><Content-Length>%2</Content-Length></Properties></Blob>")
                       .arg(b.name)
                       .arg(b.content.size());
        xml += s("</Blobs></EnumerationResults>");
        return ok(200, xml.toUtf8(), s("application/xml"), s("Blob list."));
    }
    if (method == QLatin1String("PUT")) {
        // az storage blob upload without --overwrite sends If-None-Match: * (azure-cli#21477, #25019 show the answer).
        if (req.headers.value(s("If-None-Match")) == QLatin1String("*") && cit->blobs.contains(blobName))
            return storageError(409, s("BlobAlreadyExists"), s("The specified blob already exists."));
        Blob b;
        b.name = blobName;
        b.content = req.body;
        b.contentType = req.headers.value(s("Content-Type")).isEmpty() ? s("application/octet-stream")
                                                                       : req.headers.value(s("Content-Type"));
        b.lastModified = world.now();
        b.etag = Ids::blobEtag(world.seed(), {s("etag"), blobName, QString::number(world.trace().size())});
        cit->blobs.insert(blobName, b);
        return ok(201, {}, {}, s("Blob uploaded."), &b);
    }
    auto bit = cit->blobs.find(blobName);
    if (bit == cit->blobs.end())
        return storageError(404, s("BlobNotFound"), s("The specified blob does not exist."));
    if (method == QLatin1String("DELETE")) {
        cit->blobs.erase(bit);
        return ok(202, {}, {}, s("Blob deleted."));
    }
    return ok(200, bit->content, bit->contentType, s("Blob content returned."), &*bit);
}

// ======================================================================= Cosmos DB

QStringList CosmosService::audiences(const Resource &account)
{
    const QString host = s("https://") + account.hostName();
    return {host, host + QLatin1Char('/'), s("https://cosmos.azure.com"), s("https://cosmos.azure.com/")};
}

QString CosmosService::authorizationHeader(const QString &type, const QString &signature)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("type=%1&ver=1.0&sig=%2").arg(type, signature)));
}

static QStringList cosmosBuiltInActions(const QString &roleId)
{
    if (roleId == QLatin1String("00000000-0000-0000-0000-000000000001"))
        return {s("Microsoft.DocumentDB/databaseAccounts/readMetadata"),
                s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery"),
                s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/readChangeFeed"),
                s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read")};
    if (roleId == QLatin1String("00000000-0000-0000-0000-000000000002"))
        return {s("Microsoft.DocumentDB/databaseAccounts/readMetadata"),
                s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*"),
                s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*")};
    return {};
}

static bool cosmosScopeCovers(const QString &scope, const QString &path)
{
    if (scope == QLatin1String("/"))
        return true;
    return path == scope || path.startsWith(scope + QLatin1Char('/'));
}

AccessDecision CosmosService::authorize(const World &world, const Resource &account, const TokenCheck &token,
                                        const QString &action, const QString &path)
{
    AccessDecision d;
    d.system = s("CosmosDataPlaneRBAC");
    d.principalId = token.oid();
    d.groupIds = token.groups();
    d.action = action;
    d.dataAction = true;
    d.scope = path;
    const QStringList principals = groupsAndOid(token);
    QStringList notes;
    for (const SqlRoleAssignment &a : account.sqlRoleAssignments) {
        if (!principals.contains(a.principalId))
            continue;
        QStringList actions = cosmosBuiltInActions(a.roleDefinitionId);
        QString roleName = a.roleDefinitionId.endsWith(QLatin1Char('1')) && !actions.isEmpty()
                               ? s("Cosmos DB Built-in Data Reader")
                               : s("Cosmos DB Built-in Data Contributor");
        for (const SqlRoleDefinition &def : account.sqlRoleDefinitions) {
            if (def.id == a.roleDefinitionId) {
                actions = def.dataActions;
                roleName = def.roleName;
            }
        }
        ConsideredAssignment c;
        c.assignmentId = account.id + s("/sqlRoleAssignments/") + a.id;
        c.roleName = roleName;
        c.scope = a.scope;
        c.principalId = a.principalId;
        c.viaGroup = a.principalId != token.oid();
        bool grants = false;
        for (const QString &p : actions)
            grants = grants || operationMatches(p, action);
        // The account root ("/", read by every SDK first) answers to readMetadata granted at any scope of the
        // account: a container-scoped Data Reader can still open the client (facts §5.3 readMetadata semantics).
        const bool rootMetadata = path == QLatin1String("/") && action.endsWith(QLatin1String("/readMetadata"));
        if (!rootMetadata && !cosmosScopeCovers(a.scope, path))
            c.reason = QStringLiteral("%1 is scoped to %2, not %3").arg(roleName, a.scope, path);
        else if (!grants)
            c.reason = QStringLiteral("%1 does not include %2").arg(roleName, action);
        else if (world.now() < a.effectiveAt) {
            c.pending = true;
            c.reason =
                QStringLiteral("%1 is still propagating (in effect at %2)").arg(roleName, Clock::iso(a.effectiveAt));
        } else {
            c.matched = true;
            c.reason = QStringLiteral("%1 at %2 allows %3").arg(roleName, a.scope, action);
        }
        if (c.matched && !d.allowed) {
            d.allowed = true;
            d.matchedAssignmentId = c.assignmentId;
        }
        d.pendingPropagation = d.pendingPropagation || c.pending;
        notes << c.reason;
        d.considered.append(c);
    }
    if (d.allowed)
        d.explanation = s("allowed: ") + notes.filter(s(" allows ")).value(0);
    else
        d.explanation = (d.considered.isEmpty()
                             ? s("denied: no Cosmos DB data-plane (SQL) role assignment for this principal. Azure RBAC "
                                 "roles such as Contributor or DocumentDB Account Contributor do not count")
                             : s("denied: ") + notes.join(s("; "))) +
                        QStringLiteral("; needed %1 on %2").arg(action, path);
    return d;
}

HttpResponse CosmosService::handle(World &world, const Resource &account, const HttpRequest &req, const Origin &origin)
{
    const ServiceHop hop(world, req, origin, account.name, account.id);
    const QString activityId = world.deriveId({s("activity"), QString::number(world.trace().size())});
    auto cosmosError = [&](int status, int subStatus, const QString &code, const QString &message) {
        HttpResponse r = HttpResponse::json(status, {{s("code"), code}, {s("message"), message}});
        r.headers.set(s("x-ms-substatus"), QString::number(subStatus));
        r.headers.set(s("x-ms-activity-id"), activityId);
        // The trace shows the status beside the code: "403 Forbidden (substatus 5301)", not "403 403.5301" (QA).
        return hop.answer(r, subStatus ? QStringLiteral("%1 (substatus %2)").arg(code).arg(subStatus) : code, message);
    };
    const QString path = req.path();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString method = req.method.toUpper();
    const bool isQuery = req.headers.value(s("x-ms-documentdb-isquery")).compare(s("true"), Qt::CaseInsensitive) == 0;
    const bool isUpsert =
        req.headers.value(s("x-ms-documentdb-is-upsert")).compare(s("true"), Qt::CaseInsensitive) == 0;
    const QString db = parts.value(1), coll = parts.value(3), docId = parts.value(5);

    // Classify: metadata read, item operation, or management operation (facts §5.3/§5.5).
    const QString base = s("Microsoft.DocumentDB/databaseAccounts/");
    QString action;
    QString resourcePath; // for RBAC scope matching: "/", "/dbs/x", "/dbs/x/colls/y"
    QString messageResource;
    bool management = false;
    if (parts.size() <= 4 && (method == QLatin1String("GET"))) {
        action = base + s("readMetadata");
        resourcePath = parts.isEmpty() ? s("/") : s("/dbs/") + db + (coll.isEmpty() ? QString() : s("/colls/") + coll);
        messageResource = resourcePath == QLatin1String("/") ? s("/") : resourcePath.mid(1);
    } else if ((parts.size() == 1 || parts.size() == 3) && method == QLatin1String("POST")) {
        management = true;
    } else if (parts.size() <= 4 && (method == QLatin1String("DELETE") || method == QLatin1String("PUT"))) {
        management = true;
    } else if (parts.size() >= 4 && parts.size() <= 6 && parts.value(2) == QLatin1String("colls") &&
               parts.value(4) == QLatin1String("docs")) {
        resourcePath = s("/dbs/") + db + s("/colls/") + coll;
        const QString items = base + s("sqlDatabases/containers/items/");
        if (parts.size() == 5 && method == QLatin1String("GET")) {
            // List (ReadFeed) Documents. [U] its data action: ReadFeed is the change-feed API (it returns all
            // documents or the incremental changes), so readChangeFeed (facts §5.3) is assumed.
            action = base + s("sqlDatabases/containers/readChangeFeed");
            messageResource = s("dbs/") + db + s("/colls/") + coll;
        } else if (parts.size() == 5 && method == QLatin1String("POST")) {
            action = isQuery ? base + s("sqlDatabases/containers/executeQuery")
                             : items + (isUpsert ? s("upsert") : s("create"));
            messageResource =
                s("dbs/") + db + s("/colls/") + coll +
                (isQuery ? QString()
                         : s("/docs/") + QJsonDocument::fromJson(req.body).object().value(s("id")).toString());
        } else if (parts.size() == 6) {
            action = items + (method == QLatin1String("GET")   ? s("read")
                              : method == QLatin1String("PUT") ? s("replace")
                                                               : s("delete"));
            messageResource = s("dbs/") + db + s("/colls/") + coll + s("/docs/") + docId;
        } else {
            return cosmosError(400, 0, s("BadRequest"), s("Unsupported request."));
        }
    } else {
        return cosmosError(400, 0, s("BadRequest"), s("Unsupported request."));
    }

    // Common headers every request needs: x-ms-version, Authorization, x-ms-date (Microsoft Learn, "Common Azure
    // Cosmos DB REST request headers"). [U] the order of the checks, and which versions exist: any YYYY-MM-DD passes.
    static const QRegularExpression versionShape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!versionShape.match(req.headers.value(s("x-ms-version")).trimmed()).hasMatch())
        return cosmosError(400, 0, s("BadRequest"),
                           s("Invalid API version. Ensure a valid x-ms-version header value is passed."));
    QString auth = QUrl::fromPercentEncoding(req.headers.value(s("Authorization")).toUtf8());
    const QUrlQuery authParts(auth);
    const QString authType = authParts.queryItemValue(s("type"));
    const QString sig = authParts.queryItemValue(s("sig"), QUrl::FullyDecoded);
    if (auth.trimmed().isEmpty())
        return cosmosError(
            401, 0, s("Unauthorized"),
            s("Required Header authorization is missing. Ensure a valid Authorization token is passed."));
    if (authType.isEmpty() || sig.isEmpty()) {
        // A header that is there but not type=...&ver=...&sig=... (e.g. "Bearer <token>"): 401 with this text,
        // observed in azure-sdk-for-python#29659 and on Microsoft Q&A (2026, "conform"; older builds "confirm").
        // The trace explanation names the format the service expects.
        const QString message =
            s("Authorization header doesn't conform to the required format. Please verify and try again.");
        HttpResponse r = HttpResponse::json(401, {{s("code"), s("Unauthorized")}, {s("message"), message}});
        r.headers.set(s("x-ms-substatus"), s("0"));
        r.headers.set(s("x-ms-activity-id"), activityId);
        return hop.answer(r, s("Unauthorized"),
                          message + s(" Cosmos DB expects Authorization: type=aad&ver=1.0&sig=<token> (or "
                                      "type=master&ver=1.0&sig=<signature>), URL-encoded; not \"Bearer <token>\"."));
    }
    const QString date = req.headers.value(s("x-ms-date")).trimmed();
    if (date.isEmpty())
        return cosmosError(
            401, 0, s("Unauthorized"),
            s("Authorization token mandates Date headers. Please pass in RFC 1123 style date format."));
    if (!QLocale::c().toDateTime(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).isValid())
        return cosmosError(401, 0, s("Unauthorized"),
                           s("The input date header is invalid format. Please pass in RFC 1123 style date format."));
    if (authType == QLatin1String("master") || authType == QLatin1String("resource")) {
        if (account.disableLocalAuth)
            return cosmosError(401, 0, s("Unauthorized"),
                               s("Local Authorization is disabled. Use an AAD token to authorize all requests."));
        const bool readOnly = account.cosmosKeys.mid(2).contains(sig);
        if (!account.cosmosKeys.contains(sig))
            return cosmosError(
                401, 0, s("Unauthorized"),
                s("The input authorization token can't serve the request. The wrong key is being used or "
                  "the expected payload is not built as per the protocol."));
        if (readOnly && (method != QLatin1String("GET") && !isQuery))
            return cosmosError(403, 0, s("Forbidden"), s("The read-only key cannot be used for write operations."));
        AccessDecision d;
        d.allowed = true;
        d.system = s("AccountKey");
        d.action = management ? s("management operation") : action;
        d.explanation = s("allowed: the account key authorizes data and management operations; RBAC is not consulted");
        hop.decision(d, 0, {});
    } else if (authType == QLatin1String("aad")) {
        const TokenCheck check = world.tokens().verify(sig, audiences(account), world.tenantId(), world.now());
        if (!check.ok()) {
            // [U] exact Cosmos texts for audience / issuer / signature failures are not in the facts.
            QString msg;
            if (check.failure == TokenCheck::Failure::Expired)
                msg = QStringLiteral("Request blocked by Auth %1 : Provided AAD token has been expired since %2.")
                          .arg(account.name, Clock::iso(check.expiresOn));
            else if (check.failure == TokenCheck::Failure::Audience)
                msg = QStringLiteral(
                          "Request blocked by Auth %1 : The AAD token audience '%2' is not valid for this account.")
                          .arg(account.name, check.audience);
            else
                msg = QStringLiteral("Request blocked by Auth %1 : The AAD token is not valid (%2).")
                          .arg(account.name, TokenCheck::failureName(check.failure));
            hop.tokenRejected(check, s("Unauthorized"), msg);
            return cosmosError(401, 0, s("Unauthorized"), msg);
        }
        if (management) {
            const QString shortReq = method + QLatin1Char(' ') + path;
            AccessDecision d;
            d.system = s("CosmosDataPlaneRBAC");
            d.principalId = check.oid();
            d.action = shortReq;
            d.explanation = s("denied: creating/deleting databases and containers is a management operation; Entra "
                              "tokens on the data plane cannot do it (use ARM or the account key)");
            hop.decision(d, 403, s("Forbidden (substatus 5300)"));
            return cosmosError(
                403, 5300, s("Forbidden"),
                QStringLiteral("Request blocked by Auth %1 : The given request [%2] cannot be authorized by "
                               "AAD token in data plane. Learn more: https://aka.ms/cosmos-native-rbac.")
                    .arg(account.name, shortReq));
        }
        const AccessDecision d = authorize(world, account, check, action, resourcePath);
        hop.decision(d, 403, s("Forbidden (substatus 5301)"));
        if (!d.allowed)
            return cosmosError(403, 5301, s("Forbidden"),
                               QStringLiteral("Request blocked by Auth %1 : Request is blocked because principal [%2] "
                                              "does not have required RBAC permissions to perform action [%3] on "
                                              "resource [%4]. Learn more: https://aka.ms/cosmos-native-rbac.")
                                   .arg(account.name, check.oid(), action, messageResource));
    } else {
        return cosmosError(401, 0, s("Unauthorized"), s("The authorization type is not supported."));
    }

    // Execute
    Resource *m = world.mutableResource(account.id);
    auto ok = [&](int status, const QJsonObject &body, const QString &why) {
        HttpResponse r = HttpResponse::json(status, body);
        r.headers.set(s("x-ms-activity-id"), activityId);
        return hop.answer(r, {}, why);
    };
    auto notFound = [&](const QString &what) {
        return cosmosError(404, 0, s("NotFound"),
                           QStringLiteral("Entity with the specified id does not exist in the system. (%1)").arg(what));
    };
    if (management) {
        const QJsonObject in = QJsonDocument::fromJson(req.body).object();
        const QString id = in.value(s("id")).toString();
        if (parts.size() == 1 && method == QLatin1String("POST")) {
            if (m->databases.contains(id))
                return cosmosError(409, 0, s("Conflict"),
                                   s("Entity with the specified id already exists in the system."));
            m->databases.insert(id, CosmosDatabase{id, {}});
            return ok(201, {{s("id"), id}}, s("Database created with the account key."));
        }
        if (parts.size() == 3 && method == QLatin1String("POST")) {
            if (!m->databases.contains(db))
                return notFound(db);
            CosmosDatabase &d = m->databases[db];
            if (d.containers.contains(id))
                return cosmosError(409, 0, s("Conflict"),
                                   s("Entity with the specified id already exists in the system."));
            CosmosContainer c;
            c.name = id;
            const QJsonArray paths = in.value(s("partitionKey")).toObject().value(s("paths")).toArray();
            if (!paths.isEmpty())
                c.partitionKeyPath = paths.first().toString();
            d.containers.insert(id, c);
            return ok(201, {{s("id"), id}}, s("Container created with the account key."));
        }
        if (method == QLatin1String("DELETE") && parts.size() == 2) {
            if (!m->databases.remove(db))
                return notFound(db);
            return ok(204, {}, s("Database deleted."));
        }
        if (method == QLatin1String("DELETE") && parts.size() == 4) {
            if (!m->databases.contains(db) || !m->databases[db].containers.remove(coll))
                return notFound(coll);
            return ok(204, {}, s("Container deleted."));
        }
        return cosmosError(400, 0, s("BadRequest"), s("Unsupported management request."));
    }
    if (parts.isEmpty())
        return ok(200,
                  {{s("id"), account.name},
                   {s("_self"), QString()},
                   {s("writableLocations"), QJsonArray{QJsonObject{{s("name"), account.location}}}}},
                  s("Account metadata (every SDK reads it first)."));
    if (parts.size() == 1) {
        QJsonArray dbs;
        for (const CosmosDatabase &d : m->databases)
            dbs.append(QJsonObject{{s("id"), d.name}});
        return ok(200, {{s("Databases"), dbs}, {s("_count"), int(dbs.size())}}, s("Database list."));
    }
    auto dit = m->databases.find(db);
    if (dit == m->databases.end())
        return notFound(s("dbs/") + db);
    if (parts.size() == 2)
        return ok(200, {{s("id"), db}}, s("Database metadata."));
    if (parts.size() == 3) {
        QJsonArray colls;
        for (const CosmosContainer &c : dit->containers)
            colls.append(QJsonObject{{s("id"), c.name},
                                     {s("partitionKey"), QJsonObject{{s("paths"), QJsonArray{c.partitionKeyPath}}}}});
        return ok(200, {{s("DocumentCollections"), colls}, {s("_count"), int(colls.size())}}, s("Container list."));
    }
    auto cit = dit->containers.find(coll);
    if (cit == dit->containers.end())
        return notFound(s("dbs/") + db + s("/colls/") + coll);
    if (parts.size() == 4)
        return ok(200,
                  {{s("id"), coll}, {s("partitionKey"), QJsonObject{{s("paths"), QJsonArray{cit->partitionKeyPath}}}}},
                  s("Container metadata."));
    if (isQuery) {
        const QString query = QJsonDocument::fromJson(req.body).object().value(s("query")).toString();
        static const QRegularExpression where(
            QStringLiteral("^\\s*SELECT\\s+\\*\\s+FROM\\s+(\\w+)(?:\\s+WHERE\\s+\\1\\.(\\w+)\\s*=\\s*('([^']*)'|-?[0-9."
                           "]+|true|false))?\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch mt = where.match(query);
        if (!mt.hasMatch())
            return cosmosError(400, 0, s("BadRequest"),
                               s("The simulator supports SELECT * FROM c [WHERE c.<field> = <literal>]."));
        QJsonArray docs;
        for (const QJsonObject &item : cit->items) {
            if (!mt.captured(2).isEmpty()) {
                const QJsonValue v = item.value(mt.captured(2));
                const QString lit = mt.captured(3);
                const bool match = lit.startsWith(QLatin1Char('\'')) ? v.toString() == mt.captured(4)
                                   : lit == QLatin1String("true") || lit == QLatin1String("false")
                                       ? v.isBool() && v.toBool() == (lit == QLatin1String("true"))
                                       : v.isDouble() && v.toDouble() == lit.toDouble();
                if (!match)
                    continue;
            }
            docs.append(item);
        }
        return ok(200, {{s("Documents"), docs}, {s("_count"), int(docs.size())}}, s("Query results."));
    }
    if (parts.size() == 5 && method == QLatin1String("GET")) {
        QJsonArray docs;
        for (const QJsonObject &item : cit->items)
            docs.append(item);
        HttpResponse r = HttpResponse::json(200, {{s("Documents"), docs}, {s("_count"), int(docs.size())}});
        r.headers.set(s("x-ms-activity-id"), activityId);
        r.headers.set(s("x-ms-item-count"), QString::number(docs.size()));
        return hop.answer(r, {}, s("Document list (ReadFeed)."));
    }
    if (parts.size() == 5) {
        QJsonObject item = QJsonDocument::fromJson(req.body).object();
        const QString id = item.value(s("id")).toString();
        if (id.isEmpty())
            return cosmosError(
                400, 0, s("BadRequest"),
                s("The input content is invalid because the required properties - 'id; ' - are missing"));
        const bool exists = cit->items.contains(id);
        if (exists && !isUpsert)
            return cosmosError(409, 0, s("Conflict"), s("Entity with the specified id already exists in the system."));
        cit->items.insert(id, item);
        return ok(exists ? 200 : 201, item, exists ? s("Item replaced (upsert).") : s("Item created."));
    }
    auto iit = cit->items.find(docId);
    if (iit == cit->items.end())
        return notFound(docId);
    if (method == QLatin1String("GET"))
        return ok(200, *iit, s("Item read."));
    if (method == QLatin1String("PUT")) {
        QJsonObject item = QJsonDocument::fromJson(req.body).object();
        item.insert(s("id"), docId);
        *iit = item;
        return ok(200, item, s("Item replaced."));
    }
    cit->items.erase(iit);
    return ok(204, {}, s("Item deleted."));
}

// ======================================================================= ARM REST

QStringList ArmService::audiences()
{
    return {s("https://management.core.windows.net/"), s("https://management.core.windows.net"),
            s("https://management.azure.com/"), s("https://management.azure.com")};
}

HttpResponse ArmService::handle(World &world, const HttpRequest &req, const Origin &origin)
{
    const ServiceHop hop(world, req, origin, s("arm"), {});
    auto armError = [&](int status, const QString &code, const QString &message) {
        return hop.answer(
            HttpResponse::json(status, {{s("error"), QJsonObject{{s("code"), code}, {s("message"), message}}}}), code,
            message);
    };
    const QString token = bearer(req);
    if (token.isEmpty())
        return armError(401, s("AuthenticationFailed"),
                        s("Authentication failed. The 'Authorization' header is missing."));
    const TokenCheck check = world.tokens().verify(token, audiences(), world.tenantId(), world.now());
    if (check.failure == TokenCheck::Failure::Audience) {
        hop.tokenRejected(check, s("InvalidAuthenticationTokenAudience"), s("ARM accepts only management audiences."));
        return armError(
            401, s("InvalidAuthenticationTokenAudience"),
            QStringLiteral("The access token has been obtained for wrong audience or resource '%1'. It should "
                           "exactly match with one of the allowed audiences "
                           "'https://management.core.windows.net/','https://management.core.windows.net',"
                           "'https://management.azure.com/','https://management.azure.com'.")
                .arg(check.audience));
    }
    if (check.failure == TokenCheck::Failure::Expired) {
        hop.tokenRejected(check, s("ExpiredAuthenticationToken"), s("The token has expired."));
        return armError(401, s("ExpiredAuthenticationToken"),
                        QStringLiteral("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                            .arg(armTime(check.expiresOn), armTime(world.now())));
    }
    if (!check.ok()) {
        hop.tokenRejected(check, s("InvalidAuthenticationToken"), TokenCheck::failureName(check.failure));
        return armError(401, s("InvalidAuthenticationToken"), s("The received access token is not valid."));
    }
    QString path = req.path();
    const bool listKeys =
        req.method.compare(s("POST"), Qt::CaseInsensitive) == 0 && path.endsWith(s("/listKeys"), Qt::CaseInsensitive);
    if (listKeys)
        path.chop(9);
    const bool isGroup = ArmId::providerType(path).isEmpty() && !ArmId::resourceGroupOf(path).isEmpty();
    QString action;
    if (isGroup)
        action = s("Microsoft.Resources/subscriptions/resourceGroups/read");
    else if (const Resource *r = world.resource(path))
        action = listKeys ? (r->isStorageAccount() ? s("Microsoft.Storage/storageAccounts/listkeys/action")
                                                   : r->type + s("/listKeys/action"))
                          : r->type + s("/read");
    else
        action = ArmId::providerType(path) + s("/read");
    AccessRequest ar;
    ar.principalId = check.oid();
    ar.groupIds = check.groups();
    ar.action = action;
    ar.scope = path;
    const AccessDecision d = world.authorization().check(ar, world.now());
    hop.decision(d, 403, s("AuthorizationFailed"));
    if (!d.allowed)
        return armError(
            403, s("AuthorizationFailed"),
            QStringLiteral("The client '%1' with object id '%1' does not have authorization to perform action "
                           "'%2' over scope '%3' or the scope is invalid. If access was recently granted, "
                           "please refresh your credentials.")
                .arg(check.oid(), action, path));
    ControlPlane cp(world, check.oid());
    const ArmResult r =
        isGroup    ? cp.showResourceGroup(ArmId::resourceGroupOf(path))
        : listKeys ? (world.resource(path) && world.resource(path)->isStorageAccount() ? cp.listStorageKeys(path)
                                                                                       : cp.listCosmosKeys(path))
                   : cp.showResource(path);
    if (!r.ok())
        return armError(r.status, r.code, r.message);
    const QJsonObject body = r.body.isArray() ? QJsonObject{{s("keys"), r.body}} : r.body.toObject();
    return hop.answer(HttpResponse::json(200, body), {}, s("ARM answered."));
}

} // namespace Keyless::Sim
