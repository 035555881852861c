#include "sim/identityendpoint.h"

#include "sim/armid.h"
#include "sim/world.h"

#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace Keyless::Sim::IdentityEndpoint {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

// IMDS api-versions (facts §2.1, 2023 list + spec 2023-07-01); the identity endpoint exists since 2018-02-01.
const QStringList &imdsVersions()
{
    static const QStringList v = {s("2018-02-01"), s("2018-04-02"), s("2018-10-01"), s("2019-02-01"), s("2019-03-11"),
                                  s("2019-04-30"), s("2019-06-01"), s("2019-06-04"), s("2019-08-01"), s("2019-08-15"),
                                  s("2019-11-01"), s("2020-06-01"), s("2020-07-15"), s("2020-09-01"), s("2020-10-01"),
                                  s("2020-12-01"), s("2021-01-01"), s("2021-02-01"), s("2021-03-01"), s("2021-05-01"),
                                  s("2021-08-01"), s("2021-10-01"), s("2021-11-01"), s("2021-11-15"), s("2021-12-13"),
                                  s("2023-07-01")};
    return v;
}

HttpResponse oauthError(int status, const QString &error, const QString &description)
{
    HttpResponse r = HttpResponse::json(status, {{s("error"), error}, {s("error_description"), description}});
    return r;
}

struct Hop {
    World &world;
    QString from, fromId, to;
    void request(const HttpRequest &req) const
    {
        TraceEvent ev;
        ev.kind = TraceKind::TokenRequest;
        ev.from = from;
        ev.fromId = fromId;
        ev.to = to;
        ev.method = req.method;
        ev.url = req.url;
        ev.summary = s("token request for ") + req.query(s("resource"));
        ev.details.insertLater(s("request"), [r = req] { return QJsonValue(r.toJson()); });
        world.record(ev);
    }
    HttpResponse answer(const HttpRequest &req, HttpResponse resp, const QString &explanation) const
    {
        TraceEvent ev;
        ev.kind = TraceKind::Response;
        ev.from = to;
        ev.to = from;
        ev.toId = fromId;
        ev.method = req.method;
        ev.url = req.url;
        ev.status = resp.status;
        // The App Service endpoint's error body has no code ({"statusCode", "message", "correlationId"}): the status
        // is the whole of it, shown once (QA: the flow view read "400 400").
        ev.errorCode = resp.ok() ? QString() : resp.json().value(s("error")).toString();
        ev.summary = QStringLiteral("%1 %2").arg(resp.status).arg(resp.reason);
        ev.explanation = explanation;
        ev.details.insertLater(s("response"), [resp] { return QJsonValue(resp.toJson()); });
        world.record(ev);
        return resp;
    }
};

// Mint or reuse a token through Entra; records the Entra hop.
IssuedToken obtain(World &world, const Principal *identity, const QString &resource, bool bypassCache,
                   const QString &endpointNode)
{
    TokenService::ManagedIdentityRequest r;
    r.identity = identity;
    r.resource = resource;
    r.managedIdentityResourceId = identity->managedIdentityResourceId;
    r.groups = world.directory().groupsOf(identity->objectId);
    for (const Principal &p : world.directory().principals()) {
        for (const QString &uri : p.identifierUris) {
            if (resource == uri || resource.startsWith(uri + QLatin1Char('/')))
                r.roles += world.directory().appRolesOf(identity->objectId, p.objectId);
        }
    }
    r.now = world.now();
    r.lifetime = world.settings().managedIdentityTokenLifetimeSeconds;
    r.bypassCache = bypassCache;
    const IssuedToken t = world.tokens().managedIdentityToken(r);
    TraceEvent ev;
    ev.kind = t.fromCache ? TraceKind::TokenCacheHit : TraceKind::TokenIssued;
    ev.from = t.fromCache ? endpointNode : s("entra");
    ev.to = endpointNode;
    ev.summary = t.fromCache ? QStringLiteral("cached token for %1 (issued %2)").arg(resource, Clock::iso(t.issuedAt))
                             : QStringLiteral("Entra issued a token for %1").arg(resource);
    ev.explanation =
        t.fromCache
            ? s("The managed identity endpoint keeps tokens per identity and resource until they expire: this token "
                "carries the groups and roles it was issued with.")
            : QStringLiteral("New token for %1 (oid %2), valid until %3.")
                  .arg(identity->displayName, identity->objectId, Clock::iso(t.expiresOn));
    ev.details.insertLater(s("claims"), [c = t.claims] { return QJsonValue(c); });
    world.record(ev);
    return t;
}

QString selectorSummary(const QString &param, const QString &value)
{
    return value.isEmpty() ? QString() : QStringLiteral("%1=%2").arg(param, value);
}
} // namespace

QString imdsHost()
{
    return s("169.254.169.254");
}
QString appServiceEndpoint()
{
    return s("http://localhost:4141/MSI/token");
}

QString unknownResourceError(const World &world, const QString &resource)
{
    QString r = resource.trimmed();
    static const QStringList firstParty = {s("https://management.azure.com"), s("https://management.core.windows.net"),
                                           s("https://vault.azure.net"),      s("https://storage.azure.com"),
                                           s("https://cosmos.azure.com"),     s("https://graph.microsoft.com"),
                                           s("https://database.windows.net"), s("https://servicebus.azure.net"),
                                           s("https://eventhubs.azure.net"),  s("https://cognitiveservices.azure.com"),
                                           s("https://datalake.azure.net")};
    QString base = r;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    if (firstParty.contains(base, Qt::CaseInsensitive))
        return {};
    const QUrl url(base);
    const QString host = url.host().toLower();
    if (url.scheme() == QLatin1String("https") && url.path().isEmpty() &&
        (host.endsWith(QLatin1String(".documents.azure.com")) ||
         host.endsWith(QLatin1String(".blob.core.windows.net"))))
        return {};
    for (const Principal &p : world.directory().principals()) {
        for (const QString &uri : p.identifierUris) {
            if (base.compare(uri, Qt::CaseInsensitive) == 0)
                return {};
        }
        if (!p.identifierUris.isEmpty() && base.compare(p.appId, Qt::CaseInsensitive) == 0)
            return {};
    }
    return QStringLiteral(
               "AADSTS500011: The resource principal named %1 was not found in the tenant named %2. This can "
               "happen if the application has not been installed by the administrator of the tenant or "
               "consented to by any user in the tenant. You might have sent your authentication request to "
               "the wrong tenant.")
        .arg(resource, world.tenantId());
}

HttpResponse handleImds(World &world, const Resource &vm, const HttpRequest &req)
{
    const Hop hop{world, vm.name, vm.id, s("imds:") + vm.name};
    hop.request(req);
    // Every IMDS answer, error or not, names the server (facts §2.1: the "Identity not found" body is seen with
    // Server: IMDS/150.870.65.xxxx).
    auto answer = [&](HttpResponse resp, const QString &explanation) {
        resp.headers.set(s("Server"), s("IMDS/150.870.65.1854"));
        return hop.answer(req, resp, explanation);
    };
    const QString path = req.path();
    if (!path.startsWith(s("/metadata/identity")))
        return answer(HttpResponse::make(404, {}, {}), s("Only the identity endpoints are simulated."));
    if (req.method.compare(s("GET"), Qt::CaseInsensitive) != 0)
        return answer(HttpResponse::make(405, {}, {}), s("IMDS only supports GET."));
    if (!world.imdsAdmit(vm.id))
        return answer(HttpResponse::make(429, {}, {}),
                      QStringLiteral("More than %1 managed-identity requests in one second from this VM: IMDS "
                                     "throttles. Retry with exponential back-off.")
                          .arg(world.settings().imdsRequestsPerSecond));
    // Code and text from the managed-identity docs' IMDS error table (how-to-use-vm-token.md, facts §2.1).
    if (req.headers.value(s("Metadata")) != QLatin1String("true"))
        return answer(oauthError(400, s("bad_request_102"), s("Required metadata header not specified")),
                      s("IMDS requires the header 'Metadata: true' (SSRF protection; documented code "
                        "bad_request_102)."));
    // instance-metadata-service.md, "Security and authentication": a request must not carry X-Forwarded-For, else
    // it is rejected. The docs give no body; 400 is the status their error table gives for the same rule's
    // missing Metadata header.
    if (req.headers.contains(s("X-Forwarded-For")))
        return answer(HttpResponse::make(400, {}, {}),
                      s("IMDS rejects requests that carry an X-Forwarded-For header: they look forwarded by a proxy, "
                        "not sent from inside the VM (SSRF protection)."));
    const QString apiVersion = req.query(s("api-version"));
    if (apiVersion.isEmpty() || !imdsVersions().contains(apiVersion)) {
        QJsonObject body{
            {s("error"), apiVersion.isEmpty()
                             ? s("Bad request. api-version was not specified in the request. For more "
                                 "information refer to aka.ms/azureimds")
                             : s("Bad request. api-version is invalid or was not specified in the request. "
                                 "For more information refer to aka.ms/azureimds")},
            {s("newest-versions"), QJsonArray{s("2023-07-01"), s("2021-12-13"), s("2021-11-15")}}};
        return answer(HttpResponse::json(400, body), s("IMDS needs a supported api-version (2018-02-01 or later)."));
    }
    if (path == QLatin1String("/metadata/identity/info")) {
        const HttpResponse r = HttpResponse::json(200, {{s("tenantId"), world.tenantId()}});
        return answer(r, s("Tenant of the VM's identity."));
    }
    if (path != QLatin1String("/metadata/identity/oauth2/token"))
        return answer(HttpResponse::make(404, {}, {}), s("Unknown IMDS path."));
    const QStringList names = {s("resource"), s("client_id"), s("object_id"), s("msi_res_id"), s("api-version")};
    for (const QString &n : names) {
        if (req.queryCount(n) > 1)
            return answer(
                oauthError(400, s("invalid_request"), QStringLiteral("Duplicate query parameter '%1'").arg(n)),
                s("IMDS rejects duplicate query parameters."));
    }
    const QString resource = req.query(s("resource"));
    // Body as IMDS answers it, quoted in Azure/aad-pod-identity#450.
    if (resource.isEmpty())
        return answer(oauthError(400, s("invalid_request"), s("Required query variable 'resource' is missing")),
                      s("The token request must name the resource (audience)."));
    const QString clientId = req.query(s("client_id")), objectId = req.query(s("object_id")),
                  miResId = req.query(s("msi_res_id"));
    const int selectors = int(!clientId.isEmpty()) + int(!objectId.isEmpty()) + int(!miResId.isEmpty());
    if (selectors > 1)
        return answer(
            oauthError(400, s("invalid_request"), s("Only one of client_id, object_id or msi_res_id may be specified")),
            s("client_id, object_id and msi_res_id are mutually exclusive."));
    const QList<const Principal *> attached = world.identitiesOf(vm.id);
    const Principal *chosen = nullptr;
    QString why;
    if (selectors == 0) {
        const Principal *sami = vm.identity.systemAssigned ? world.principal(vm.identity.principalId) : nullptr;
        if (sami) {
            chosen = sami;
            why = s("No identity selector: the system-assigned identity is the default.");
        } else if (attached.size() == 1) {
            chosen = attached.first();
            why = s("No identity selector and no system-assigned identity: the single user-assigned identity is used.");
        } else if (attached.size() > 1) {
            return answer(oauthError(400, s("invalid_request"),
                                     s("Multiple user assigned identities exist, please specify the clientId / "
                                       "resourceId of the identity in the token request")),
                          s("No system-assigned identity and several user-assigned ones: the request must say "
                            "which (client_id, object_id or msi_res_id)."));
        }
    } else {
        for (const Principal *p : attached) {
            if ((!clientId.isEmpty() && p->appId.compare(clientId, Qt::CaseInsensitive) == 0) ||
                (!objectId.isEmpty() && p->objectId.compare(objectId, Qt::CaseInsensitive) == 0) ||
                (!miResId.isEmpty() && !p->systemAssigned &&
                 ArmId::key(p->managedIdentityResourceId) == ArmId::key(miResId)))
                chosen = p;
        }
        why = QStringLiteral("Selected by %1.")
                  .arg(selectorSummary(s("client_id"), clientId) + selectorSummary(s("object_id"), objectId) +
                       selectorSummary(s("msi_res_id"), miResId));
    }
    if (!chosen)
        return answer(oauthError(400, s("invalid_request"), s("Identity not found")),
                      selectors == 0 ? s("This VM has no managed identity.")
                                     : s("The requested identity is not assigned to this VM."));
    const QString unknown = unknownResourceError(world, resource);
    if (!unknown.isEmpty())
        return answer(oauthError(400, s("invalid_resource"), unknown),
                      s("Entra has no resource principal with that name: check the resource / scope."));
    const bool bypass = req.query(s("bypass_cache")) == QLatin1String("true");
    const IssuedToken t = obtain(world, chosen, resource, bypass, hop.to);
    const qint64 expiresIn = t.expiresOn - world.now();
    QJsonObject body{{s("access_token"), t.accessToken},
                     {s("client_id"), chosen->appId},
                     {s("expires_in"), QString::number(expiresIn)},
                     {s("expires_on"), QString::number(t.expiresOn)},
                     {s("ext_expires_in"), QString::number(expiresIn)},
                     {s("not_before"), QString::number(t.notBefore)},
                     {s("resource"), resource},
                     {s("token_type"), s("Bearer")}};
    return answer(HttpResponse::json(200, body), why);
}

HttpResponse handleAppService(World &world, const Resource &site, const HttpRequest &req)
{
    const Hop hop{world, site.name, site.id, s("msi:") + site.name};
    hop.request(req);
    auto appError = [&](int status, const QString &message, const QString &explanation) {
        HttpResponse r = HttpResponse::json(
            status, {{s("statusCode"), status},
                     {s("message"), message},
                     {s("correlationId"), world.deriveId({s("correlation"), QString::number(world.trace().size())})}});
        r.headers.set(s("Server"), s("Kestrel"));
        return hop.answer(req, r, explanation);
    };
    // The legacy protocol 2017-09-01 (facts §2.2; azure-docs App Service managed identity doc of 2017, "REST protocol
    // examples"): MSI_SECRET in a 'secret' header, 'clientid' names a user-assigned identity, and expires_on is a
    // date-time such as "09/14/2017 00:00:00 PM +00:00"; the answer has no client_id.
    const bool legacy = req.query(s("api-version")) == QLatin1String("2017-09-01");
    // [U] the facts do not give the status/body for a missing or wrong header (§11.3): we answer 401.
    const QString header = req.headers.value(legacy ? s("secret") : s("X-IDENTITY-HEADER"));
    if (header.isEmpty() || header != site.identityHeader)
        return appError(401,
                        legacy ? s("Unauthorized: the secret header is missing or wrong.")
                               : s("Unauthorized: the X-IDENTITY-HEADER header is missing or wrong."),
                        legacy ? s("api-version 2017-09-01 wants the value of MSI_SECRET as the secret header.")
                               : s("Send the value of IDENTITY_HEADER as the X-IDENTITY-HEADER header (SSRF "
                                   "protection)."));
    if (!legacy && req.query(s("api-version")) != QLatin1String("2019-08-01"))
        return appError(400, s("The api-version is not supported: use 2019-08-01 (or the legacy 2017-09-01)."),
                        s("The App Service identity endpoint protocol is api-version 2019-08-01."));
    const QString resource = req.query(s("resource"));
    if (resource.isEmpty())
        return appError(400, s("The resource parameter is required."),
                        s("Name the resource (audience) to get a token for."));
    const QString clientId = req.query(legacy ? s("clientid") : s("client_id"));
    const QString objectId = legacy                                   ? QString()
                             : req.query(s("principal_id")).isEmpty() ? req.query(s("object_id"))
                                                                      : req.query(s("principal_id"));
    const QString miResId = legacy ? QString() : req.query(s("mi_res_id"));
    const int selectors = int(!clientId.isEmpty()) + int(!objectId.isEmpty()) + int(!miResId.isEmpty());
    if (selectors > 1)
        return appError(400, s("Only one of client_id, principal_id/object_id or mi_res_id may be specified."),
                        s("The identity selectors are mutually exclusive."));
    const Principal *chosen = nullptr;
    QString why;
    if (selectors == 0) {
        // App Service always means the system-assigned identity when no selector is given, even with one UAMI.
        if (site.identity.systemAssigned)
            chosen = world.principal(site.identity.principalId);
        why = s("No identity selector: the system-assigned identity.");
    } else {
        for (const Principal *p : world.identitiesOf(site.id)) {
            if ((!clientId.isEmpty() && p->appId.compare(clientId, Qt::CaseInsensitive) == 0) ||
                (!objectId.isEmpty() && p->objectId.compare(objectId, Qt::CaseInsensitive) == 0) ||
                (!miResId.isEmpty() && !p->systemAssigned &&
                 ArmId::key(p->managedIdentityResourceId) == ArmId::key(miResId)))
                chosen = p;
        }
        why = s("Selected by the identity parameter.");
    }
    if (!chosen)
        return appError(400, s("Unable to load the proper Managed Identity."),
                        selectors == 0 ? s("No selector was given, so the endpoint looked for the system-assigned "
                                           "identity, and this app has none (a lone user-assigned identity is not "
                                           "picked automatically).")
                                       : s("The requested identity is not assigned to this app."));
    const QString unknown = unknownResourceError(world, resource);
    if (!unknown.isEmpty())
        return appError(400, unknown, s("Entra has no resource principal with that name."));
    const IssuedToken t = obtain(world, chosen, resource, false, hop.to);
    QJsonObject body{{s("access_token"), t.accessToken},
                     {s("expires_on"), QString::number(t.expiresOn)},
                     {s("resource"), resource},
                     {s("token_type"), s("Bearer")},
                     {s("client_id"), chosen->appId}};
    if (legacy) {
        body.insert(s("expires_on"), QLocale::c().toString(QDateTime::fromSecsSinceEpoch(t.expiresOn, QTimeZone::utc()),
                                                           s("MM/dd/yyyy hh:mm:ss AP")) +
                                         s(" +00:00"));
        body.remove(s("client_id"));
    }
    return hop.answer(req, HttpResponse::json(200, body), why);
}

} // namespace Keyless::Sim::IdentityEndpoint
