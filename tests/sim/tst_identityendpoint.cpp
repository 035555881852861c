// IMDS and the App Service / Functions identity endpoint: parameters, selection rules, responses, errors (facts §2).
#include "sim/jwt.h"
#include "simtestutil.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

using namespace SimTest;

namespace {
const char *worldJson();
} // namespace

class TstIdentityEndpoint : public QObject
{
    Q_OBJECT
private slots:
    void imds_data();
    void imds();
    void imdsSuccessBody();
    void imdsRejectsForwardedRequests();
    void imdsServerHeader_data();
    void imdsServerHeader();
    void imdsThrottles();
    void imdsUnreachableOffVm();
    void appService_data();
    void appService();
    void appServiceEnvironment();
    void appServiceLegacy_data();
    void appServiceLegacy();
    void appRolesInToken();
};

namespace {
const char *worldJson()
{
    return R"J({"seed":"endpoints","resourceGroups":[{"name":"rg1"}],
  "applications":[{"name":"app1","identifierUris":["api://app1"],"appRoles":["Data.Read"]}],
  "resources":[
    {"type":"identity","name":"ua","resourceGroup":"rg1"},
    {"type":"identity","name":"ub","resourceGroup":"rg1"},
    {"type":"vm","name":"vm-none","resourceGroup":"rg1"},
    {"type":"vm","name":"vm-sami","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
    {"type":"vm","name":"vm-all","resourceGroup":"rg1","identity":{"type":"SystemAssigned, UserAssigned","userAssignedIdentities":["ua","ub"]}},
    {"type":"vm","name":"vm-two","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua","ub"]}},
    {"type":"vm","name":"vm-one","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua"]}},
    {"type":"webapp","name":"web-sami","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
    {"type":"webapp","name":"web-one","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua"]}},
    {"type":"webapp","name":"web-none","resourceGroup":"rg1"}
  ]})J";
}
} // namespace

void TstIdentityEndpoint::imds_data()
{
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("metadata");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");       // error field, or expected oid ref on success
    QTest::addColumn<QString>("description"); // error_description substring
    const QString v = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    QTest::newRow("no identity") << "vm-none" << v << true << 400 << "invalid_request"
                                 << "Identity not found";
    // QA: the code was invalid_request; the docs' IMDS error table (how-to-use-vm-token.md) says bad_request_102.
    QTest::newRow("missing Metadata header") << "vm-sami" << v << false << 400 << "bad_request_102"
                                             << "Required metadata header not specified";
    QTest::newRow("no api-version")
        << "vm-sami"
        << "resource=https://vault.azure.net" << true << 400
        << "Bad request. api-version was not specified in the request. For more information refer to aka.ms/azureimds"
        << "";
    QTest::newRow("SAMI") << "vm-sami" << v << true << 200 << "sami:vm-sami"
                          << "";
    QTest::newRow("SAMI is the default over UAMIs") << "vm-all" << v << true << 200 << "sami:vm-all"
                                                    << "";
    QTest::newRow("two UAMIs, no selector") << "vm-two" << v << true << 400 << "invalid_request"
                                            << "Multiple user assigned identities exist, please specify the clientId / "
                                               "resourceId of the identity in the token request";
    QTest::newRow("single UAMI is picked") << "vm-one" << v << true << 200 << "uami:ua"
                                           << "";
    QTest::newRow("client_id") << "vm-two" << v + QStringLiteral("&client_id={client:ub}") << true << 200 << "uami:ub"
                               << "";
    QTest::newRow("object_id") << "vm-two" << v + QStringLiteral("&object_id={object:ua}") << true << 200 << "uami:ua"
                               << "";
    QTest::newRow("msi_res_id") << "vm-all" << v + QStringLiteral("&msi_res_id={id:ub}") << true << 200 << "uami:ub"
                                << "";
    QTest::newRow("client_id not attached")
        << "vm-one" << v + QStringLiteral("&client_id={client:ub}") << true << 400 << "invalid_request"
        << "Identity not found";
    QTest::newRow("two selectors") << "vm-all" << v + QStringLiteral("&client_id={client:ua}&object_id={object:ua}")
                                   << true << 400 << "invalid_request"
                                   << "";
    QTest::newRow("unknown resource") << "vm-sami"
                                      << "api-version=2018-02-01&resource=https://management.azure.com/tenantx" << true
                                      << 400 << "invalid_resource"
                                      << "AADSTS500011: The resource principal named "
                                         "https://management.azure.com/tenantx was not found in the tenant named";
    QTest::newRow("delegated scope is no resource")
        << "vm-sami"
        << "api-version=2018-02-01&resource=api://app1/read" << true << 400 << "invalid_resource"
        << "AADSTS500011";
    QTest::newRow("custom API") << "vm-sami"
                                << "api-version=2018-02-01&resource=api://app1" << true << 200 << "sami:vm-sami"
                                << "";
    QTest::newRow("missing resource") << "vm-sami"
                                      << "api-version=2018-02-01" << true << 400 << "invalid_request"
                                      << "resource";
}

static QString expand(const World &w, QString q)
{
    for (const char *n : {"ua", "ub"}) {
        const Resource *r = w.findResource(QString::fromLatin1(n));
        q.replace(QStringLiteral("{client:%1}").arg(QLatin1String(n)), r->clientId);
        q.replace(QStringLiteral("{object:%1}").arg(QLatin1String(n)), r->principalId);
        q.replace(QStringLiteral("{id:%1}").arg(QLatin1String(n)), QString::fromLatin1(QUrl::toPercentEncoding(r->id)));
    }
    return q;
}

void TstIdentityEndpoint::imds()
{
    QFETCH(QString, vm);
    QFETCH(QString, query);
    QFETCH(bool, metadata);
    QFETCH(int, status);
    QFETCH(QString, error);
    QFETCH(QString, description);
    World w = load(worldJson());
    const HttpResponse r = SimTest::imds(w, vm.toLatin1().constData(), expand(w, query), metadata);
    QCOMPARE(r.status, status);
    if (status == 200) {
        const Jwt::Decoded jwt = Jwt::decode(accessToken(r));
        QVERIFY(jwt.ok);
        QCOMPARE(jwt.payload.value(QStringLiteral("oid")).toString(), w.resolvePrincipal(error));
        return;
    }
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), error);
    QVERIFY2(r.json().value(QStringLiteral("error_description")).toString().contains(description), r.body.constData());
}

void TstIdentityEndpoint::imdsSuccessBody()
{
    World w = load(worldJson());
    const HttpResponse r = SimTest::imds(
        w, "vm-one", QStringLiteral("api-version=2018-02-01&resource=https%3A%2F%2Fmanagement.azure.com%2F"));
    QCOMPARE(r.status, 200);
    const QJsonObject body = r.json();
    // every field is a string (facts §2.1)
    for (const char *k : {"access_token", "client_id", "expires_in", "expires_on", "ext_expires_in", "not_before",
                          "resource", "token_type"})
        QVERIFY2(body.value(QLatin1String(k)).isString(), k);
    QCOMPARE(body.value(QStringLiteral("resource")).toString(), QStringLiteral("https://management.azure.com/"));
    QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
    QCOMPARE(body.value(QStringLiteral("client_id")).toString(), w.findResource(QStringLiteral("ua"))->clientId);
    QCOMPARE(body.value(QStringLiteral("expires_in")).toString(), QStringLiteral("86700"));
    const Jwt::Decoded jwt = Jwt::decode(accessToken(r));
    QCOMPARE(jwt.header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    const QJsonObject c = jwt.payload;
    QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://management.azure.com/"));
    QCOMPARE(c.value(QStringLiteral("iss")).toString(),
             QStringLiteral("https://sts.windows.net/%1/").arg(w.tenantId()));
    QCOMPARE(c.value(QStringLiteral("idtyp")).toString(), QStringLiteral("app"));
    QCOMPARE(c.value(QStringLiteral("appidacr")).toString(), QStringLiteral("2"));
    QCOMPARE(c.value(QStringLiteral("sub")).toString(), c.value(QStringLiteral("oid")).toString());
    QCOMPARE(c.value(QStringLiteral("tid")).toString(), w.tenantId());
    QCOMPARE(c.value(QStringLiteral("ver")).toString(), QStringLiteral("1.0"));
    QCOMPARE(c.value(QStringLiteral("xms_mirid")).toString(), idOf(w, "ua")); // UAMI: the identity resource
    QCOMPARE(qint64(c.value(QStringLiteral("exp")).toDouble()) - qint64(c.value(QStringLiteral("iat")).toDouble()),
             86700);
    QVERIFY(!c.contains(QStringLiteral("scp")));
    const HttpResponse s =
        SimTest::imds(w, "vm-sami", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net"));
    QCOMPARE(Jwt::decode(accessToken(s)).payload.value(QStringLiteral("xms_mirid")).toString(),
             idOf(w, "vm-sami")); // SAMI: the host
}

// QA: IMDS answered 200 to a request carrying X-Forwarded-For. instance-metadata-service.md ("Security and
// authentication") says such requests are rejected but gives no body; 400 is its error table's status for the
// companion rule (the Metadata header).
void TstIdentityEndpoint::imdsRejectsForwardedRequests()
{
    World w = load(worldJson());
    HttpRequest r = HttpRequest::get(QStringLiteral("http://169.254.169.254/metadata/identity/oauth2/"
                                                    "token?api-version=2018-02-01&resource=https://vault.azure.net"));
    r.headers.set(QStringLiteral("Metadata"), QStringLiteral("true"));
    QCOMPARE(w.send(r, Origin::resource(idOf(w, "vm-sami"))).status, 200);
    r.headers.set(QStringLiteral("X-Forwarded-For"), QStringLiteral("203.0.113.7"));
    const HttpResponse rejected = w.send(r, Origin::resource(idOf(w, "vm-sami")));
    QCOMPARE(rejected.status, 400);
    QVERIFY(!rejected.text().contains(QStringLiteral("access_token")));
}

void TstIdentityEndpoint::imdsServerHeader_data()
{
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("metadata");
    QTest::addColumn<int>("status");
    const QString v = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    QTest::newRow("token") << "vm-sami" << v << true << 200;
    QTest::newRow("identity not found") << "vm-none" << v << true << 400;
    QTest::newRow("no Metadata header") << "vm-sami" << v << false << 400;
    QTest::newRow("no api-version") << "vm-sami"
                                    << "resource=https://vault.azure.net" << true << 400;
    QTest::newRow("no resource") << "vm-sami"
                                 << "api-version=2018-02-01" << true << 400;
}

// QA: only successes carried Server: IMDS/…; the facts quote it with the "Identity not found" body (§2.1).
void TstIdentityEndpoint::imdsServerHeader()
{
    QFETCH(QString, vm);
    QFETCH(QString, query);
    QFETCH(bool, metadata);
    QFETCH(int, status);
    World w = load(worldJson());
    const HttpResponse r = SimTest::imds(w, vm.toLatin1().constData(), query, metadata);
    QCOMPARE(r.status, status);
    QVERIFY2(r.headers.value(QStringLiteral("Server")).startsWith(QLatin1String("IMDS/")), r.body.constData());
}

void TstIdentityEndpoint::imdsThrottles()
{
    World w = load(worldJson());
    const QString q = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    for (int i = 0; i < 20; ++i)
        QCOMPARE(SimTest::imds(w, "vm-sami", q).status, 200);
    QCOMPARE(SimTest::imds(w, "vm-sami", q).status, 429);
    w.advance(1);
    QCOMPARE(SimTest::imds(w, "vm-sami", q).status, 200);
}

void TstIdentityEndpoint::imdsUnreachableOffVm()
{
    World w = load(worldJson());
    HttpRequest r = HttpRequest::get(QStringLiteral("http://169.254.169.254/metadata/identity/oauth2/"
                                                    "token?api-version=2018-02-01&resource=https://vault.azure.net"));
    r.headers.set(QStringLiteral("Metadata"), QStringLiteral("true"));
    const HttpResponse fromLaptop = w.send(r, Origin::laptop());
    QVERIFY(fromLaptop.noResponse());
    QVERIFY(fromLaptop.networkError.contains(QStringLiteral("timed out")));
    QVERIFY(w.send(r, Origin::resource(idOf(w, "web-sami"))).noResponse()); // App Service has no IMDS
}

void TstIdentityEndpoint::appService_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expect"); // oid ref on success, message on failure
    const QString v = QStringLiteral("resource=https://vault.azure.net&api-version=2019-08-01");
    QTest::newRow("SAMI") << "web-sami" << v << 200 << "sami:web-sami";
    QTest::newRow("single UAMI is not the default")
        << "web-one" << v << 400 << "Unable to load the proper Managed Identity.";
    QTest::newRow("client_id") << "web-one" << v + QStringLiteral("&client_id={client:ua}") << 200 << "uami:ua";
    QTest::newRow("principal_id") << "web-one" << v + QStringLiteral("&principal_id={object:ua}") << 200 << "uami:ua";
    QTest::newRow("object_id alias") << "web-one" << v + QStringLiteral("&object_id={object:ua}") << 200 << "uami:ua";
    QTest::newRow("mi_res_id") << "web-one" << v + QStringLiteral("&mi_res_id={id:ua}") << 200 << "uami:ua";
    QTest::newRow("not attached") << "web-sami" << v + QStringLiteral("&client_id={client:ub}") << 400
                                  << "Unable to load the proper Managed Identity.";
    QTest::newRow("unknown api-version") << "web-sami"
                                         << "resource=https://vault.azure.net&api-version=2018-01-01" << 400
                                         << "api-version";
}

void TstIdentityEndpoint::appService()
{
    QFETCH(QString, site);
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, expect);
    World w = load(worldJson());
    const HttpResponse r = appServiceToken(w, site.toLatin1().constData(), expand(w, query));
    QCOMPARE(r.status, status);
    if (status == 200) {
        const QJsonObject body = r.json();
        for (const char *k : {"access_token", "expires_on", "resource", "token_type", "client_id"})
            QVERIFY2(body.contains(QLatin1String(k)), k);
        QCOMPARE(Jwt::decode(accessToken(r)).payload.value(QStringLiteral("oid")).toString(),
                 w.resolvePrincipal(expect));
    } else {
        QVERIFY2(r.json().value(QStringLiteral("message")).toString().contains(expect), r.body.constData());
        QCOMPARE(r.json().value(QStringLiteral("statusCode")).toInt(), 400);
        QVERIFY(r.json().contains(QStringLiteral("correlationId")));
    }
    // The endpoint's answer in the trace: its status, and no error code made of the status again (QA: "400 400").
    const QList<TraceEvent> &events = w.trace().events();
    const auto response = std::find_if(events.rbegin(), events.rend(), [](const TraceEvent &e) {
        return e.kind == TraceKind::Response && e.url.contains(QLatin1String("/MSI/token"), Qt::CaseInsensitive);
    });
    QVERIFY(response != events.rend());
    QCOMPARE(response->status, status);
    QCOMPARE(response->errorCode, QString());
}

void TstIdentityEndpoint::appServiceEnvironment()
{
    World w = load(worldJson());
    const QMap<QString, QString> env = w.environment(idOf(w, "web-sami"));
    QCOMPARE(env.value(QStringLiteral("IDENTITY_ENDPOINT")), QStringLiteral("http://localhost:4141/MSI/token"));
    QVERIFY(!env.value(QStringLiteral("IDENTITY_HEADER")).isEmpty());
    QVERIFY(!w.environment(idOf(w, "web-none")).contains(QStringLiteral("IDENTITY_ENDPOINT")));
    // wrong / missing header is refused; the endpoint is only reachable from the site itself
    HttpRequest r = HttpRequest::get(
        QStringLiteral("http://localhost:4141/MSI/token?resource=https://vault.azure.net&api-version=2019-08-01"));
    QCOMPARE(w.send(r, Origin::resource(idOf(w, "web-sami"))).status, 401);
    r.headers.set(QStringLiteral("X-IDENTITY-HEADER"), env.value(QStringLiteral("IDENTITY_HEADER")));
    QCOMPARE(w.send(r, Origin::resource(idOf(w, "web-sami"))).status, 200);
    QVERIFY(w.send(r, Origin::laptop()).noResponse());
    QVERIFY(w.send(r, Origin::resource(idOf(w, "web-none"))).noResponse());
    // WEBSITE_DISABLE_MSI removes the endpoint but keeps the identity
    QVERIFY(w.controlPlane()
                .setAppSettings(idOf(w, "web-sami"), {{QStringLiteral("WEBSITE_DISABLE_MSI"), QStringLiteral("true")}})
                .ok());
    QVERIFY(!w.environment(idOf(w, "web-sami")).contains(QStringLiteral("IDENTITY_ENDPOINT")));
    QVERIFY(w.send(r, Origin::resource(idOf(w, "web-sami"))).noResponse());
}

void TstIdentityEndpoint::appServiceLegacy_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("header"); // the header that carries MSI_SECRET
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expect"); // oid ref on success, message on failure
    const QString v = QStringLiteral("resource=https://vault.azure.net&api-version=2017-09-01");
    QTest::newRow("SAMI") << "web-sami" << v << "secret" << 200 << "sami:web-sami";
    QTest::newRow("clientid") << "web-one" << v + QStringLiteral("&clientid={client:ua}") << "secret" << 200
                              << "uami:ua";
    QTest::newRow("client_id is not a 2017-09-01 parameter")
        << "web-one" << v + QStringLiteral("&client_id={client:ua}") << "secret" << 400
        << "Unable to load the proper Managed Identity.";
    QTest::newRow("X-IDENTITY-HEADER is not the 2017-09-01 header")
        << "web-sami" << v << "X-IDENTITY-HEADER" << 401 << "secret";
}

// QA: MSI_ENDPOINT + MSI_SECRET with api-version 2017-09-01 and a 'secret' header was refused for a missing
// X-IDENTITY-HEADER. Shape from facts §2.2 and the 2017 App Service doc's sample: the answer has access_token,
// expires_on as "09/14/2017 00:00:00 PM +00:00", resource, token_type.
void TstIdentityEndpoint::appServiceLegacy()
{
    QFETCH(QString, site);
    QFETCH(QString, query);
    QFETCH(QString, header);
    QFETCH(int, status);
    QFETCH(QString, expect);
    World w = load(worldJson());
    const QString id = idOf(w, site.toLatin1().constData());
    const QMap<QString, QString> env = w.environment(id);
    HttpRequest r = HttpRequest::get(env.value(QStringLiteral("MSI_ENDPOINT")) + QLatin1Char('?') + expand(w, query));
    r.headers.set(header, env.value(QStringLiteral("MSI_SECRET")));
    const HttpResponse resp = w.send(r, Origin::resource(id));
    QCOMPARE(resp.status, status);
    const QJsonObject body = resp.json();
    if (status != 200) {
        QVERIFY2(body.value(QStringLiteral("message")).toString().contains(expect), resp.body.constData());
        return;
    }
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("access_token"), QStringLiteral("expires_on"),
                                       QStringLiteral("resource"), QStringLiteral("token_type")}));
    const Jwt::Decoded jwt = Jwt::decode(accessToken(resp));
    QCOMPARE(jwt.payload.value(QStringLiteral("oid")).toString(), w.resolvePrincipal(expect));
    const QDateTime exp =
        QDateTime::fromSecsSinceEpoch(qint64(jwt.payload.value(QStringLiteral("exp")).toDouble()), QTimeZone::utc());
    QCOMPARE(body.value(QStringLiteral("expires_on")).toString(),
             QLocale::c().toString(exp, QStringLiteral("MM/dd/yyyy hh:mm:ss AP")) + QStringLiteral(" +00:00"));
    QVERIFY(QRegularExpression(QStringLiteral(R"(^\d\d/\d\d/\d{4} \d\d:\d\d:\d\d [AP]M \+00:00$)"))
                .match(body.value(QStringLiteral("expires_on")).toString())
                .hasMatch());
}

void TstIdentityEndpoint::appRolesInToken()
{
    World w = load(worldJson());
    const QString app = w.resolvePrincipal(QStringLiteral("app:app1"));
    w.directory().grantAppRole(w.resolvePrincipal(QStringLiteral("sami:vm-sami")), app, QStringLiteral("Data.Read"));
    const HttpResponse r = SimTest::imds(w, "vm-sami", QStringLiteral("api-version=2018-02-01&resource=api://app1"));
    QCOMPARE(r.status, 200);
    QCOMPARE(Jwt::decode(accessToken(r)).payload.value(QStringLiteral("roles")).toArray(),
             QJsonArray{QStringLiteral("Data.Read")});
}

QTEST_GUILESS_MAIN(TstIdentityEndpoint)
#include "tst_identityendpoint.moc"
