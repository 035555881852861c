// JWT issue/verify (HS256, honest header), claims, lifetime, the managed-identity token cache (facts §3).
#include "sim/dataplane.h"
#include "sim/ids.h"
#include "sim/jwt.h"
#include "simtestutil.h"

#include <QRegularExpression>

using namespace SimTest;

class TstTokens : public QObject
{
    Q_OBJECT
private slots:
    void jwtRoundTrip();
    void verifyFailures_data();
    void verifyFailures();
    void cacheKeepsTokenForItsLifetime();
    void cacheIsPerIdentityAndResource();
    void bypassCacheGivesFreshClaims();
    void tokensOutliveDeletedIdentity();
    void keyVaultErrors_data();
    void keyVaultErrors();
    void storageAndCosmosTokenErrors();
    void uuidFormat();
};

namespace {
World tokenWorld();
} // namespace

void TstTokens::jwtRoundTrip()
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("aud"), QStringLiteral("x")}, {QStringLiteral("n"), 1}};
    const QString t = Jwt::encode(header, payload, "key");
    QCOMPARE(t.count(QLatin1Char('.')), 2);
    QVERIFY(!t.contains(QLatin1Char('=')) && !t.contains(QLatin1Char('+')) &&
            !t.contains(QLatin1Char('/'))); // base64url
    const Jwt::Decoded d = Jwt::decode(t);
    QVERIFY(d.ok);
    QCOMPARE(d.header, header);
    QCOMPARE(d.payload, payload);
    QVERIFY(Jwt::verifySignature(d, "key"));
    QVERIFY(!Jwt::verifySignature(d, "other"));
    QVERIFY(!Jwt::decode(QStringLiteral("a.b")).ok);
    QVERIFY(!Jwt::decode(QStringLiteral("!!.??.xx")).ok);
    // an honest header: RS256 is not claimed
    World w = tokenWorld();
    const Jwt::Decoded mi = Jwt::decode(accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net"))));
    QCOMPARE(mi.header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
    QCOMPARE(mi.header.value(QStringLiteral("typ")).toString(), QStringLiteral("JWT"));
    for (const char *claim : {"aud", "iss", "iat", "nbf", "exp", "oid", "sub", "tid", "appid", "appidacr", "idtyp",
                              "idp", "xms_mirid", "uti", "ver"})
        QVERIFY2(mi.payload.contains(QLatin1String(claim)), claim);
}

void TstTokens::verifyFailures_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<int>("failure");
    QTest::newRow("valid") << "none" << int(TokenCheck::Failure::None);
    QTest::newRow("empty") << "empty" << int(TokenCheck::Failure::Missing);
    QTest::newRow("garbage") << "garbage" << int(TokenCheck::Failure::Malformed);
    QTest::newRow("payload edited") << "tamper" << int(TokenCheck::Failure::BadSignature);
    QTest::newRow("other audience") << "audience" << int(TokenCheck::Failure::Audience);
    QTest::newRow("other tenant") << "tenant" << int(TokenCheck::Failure::Issuer);
    QTest::newRow("expired") << "expired" << int(TokenCheck::Failure::Expired);
}

void TstTokens::verifyFailures()
{
    QFETCH(QString, mutation);
    QFETCH(int, failure);
    World w = tokenWorld();
    const Principal *p = w.principal(w.resolvePrincipal(QStringLiteral("sami:vm1")));
    const QStringList vault{QStringLiteral("https://vault.azure.net")};
    QString token =
        accessToken(SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    if (mutation == QLatin1String("empty"))
        token.clear();
    if (mutation == QLatin1String("garbage"))
        token = QStringLiteral("not-a-jwt");
    if (mutation == QLatin1String("tamper")) {
        QStringList parts = token.split(QLatin1Char('.'));
        QJsonObject payload = Jwt::decode(token).payload;
        payload.insert(QStringLiteral("oid"), QStringLiteral("someone-else"));
        parts[1] = QString::fromLatin1(Ids::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
        token = parts.join(QLatin1Char('.'));
    }
    if (mutation == QLatin1String("audience"))
        token = accessToken(
            SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://storage.azure.com/")));
    if (mutation == QLatin1String("tenant"))
        token =
            w.tokens()
                .foreignToken(QStringLiteral("00000000-0000-4000-8000-000000000bad"), *p, vault.first(), w.now(), 3600)
                .accessToken;
    if (mutation == QLatin1String("expired"))
        w.advance(86700);
    const TokenCheck c = w.tokens().verify(token, vault, w.tenantId(), w.now());
    QCOMPARE(int(c.failure), failure);
}

void TstTokens::cacheKeepsTokenForItsLifetime()
{
    World w = tokenWorld();
    const QString q = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    const QString first = accessToken(SimTest::imds(w, "vm1", q));
    w.advance(86699);
    QCOMPARE(accessToken(SimTest::imds(w, "vm1", q)), first);
    bool hit = false;
    for (const TraceEvent &e : w.trace().events())
        hit = hit || e.kind == TraceKind::TokenCacheHit;
    QVERIFY(hit);
    w.advance(1);
    const QString second = accessToken(SimTest::imds(w, "vm1", q));
    QVERIFY(second != first);
    QCOMPARE(qint64(Jwt::decode(second).payload.value(QStringLiteral("iat")).toDouble()), w.now());
}

void TstTokens::cacheIsPerIdentityAndResource()
{
    World w = tokenWorld();
    const QString vault =
        accessToken(SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    const QString storage = accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://storage.azure.com/")));
    const QString other =
        accessToken(SimTest::imds(w, "vm2", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    QVERIFY(vault != storage);
    QVERIFY(vault != other);
    QCOMPARE(w.tokens().cacheSize(), 3);
    // trailing slash is another resource string, so another cache entry and another aud
    const QString slash = accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net/")));
    QCOMPARE(Jwt::decode(slash).payload.value(QStringLiteral("aud")).toString(),
             QStringLiteral("https://vault.azure.net/"));
    QCOMPARE(w.tokens().cacheSize(), 4);
}

void TstTokens::bypassCacheGivesFreshClaims()
{
    World w = tokenWorld();
    const QString q = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    const QString before = accessToken(SimTest::imds(w, "vm1", q));
    QVERIFY(w.controlPlane().createGroup(QStringLiteral("g1")).ok());
    QVERIFY(w.controlPlane().addGroupMember(QStringLiteral("g1"), w.resolvePrincipal(QStringLiteral("sami:vm1"))).ok());
    w.advance(10);
    QCOMPARE(accessToken(SimTest::imds(w, "vm1", q)), before);
    const QString fresh = accessToken(SimTest::imds(w, "vm1", q + QStringLiteral("&bypass_cache=true")));
    QVERIFY(fresh != before);
    QCOMPARE(Jwt::decode(fresh).payload.value(QStringLiteral("groups")).toArray(),
             QJsonArray{w.resolvePrincipal(QStringLiteral("group:g1"))});
    QCOMPARE(accessToken(SimTest::imds(w, "vm1", q)), fresh); // the fresh one is cached now
}

void TstTokens::tokensOutliveDeletedIdentity()
{
    // facts §1.1: tokens issued before an MI was deleted stay valid until they expire at RBAC-authorized endpoints
    World w = tokenWorld();
    const QString token =
        accessToken(SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    QVERIFY(w.controlPlane().removeIdentity(idOf(w, "vm1")).ok());
    const HttpResponse r = withBearer(w, QStringLiteral("GET"),
                                      QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4"), token);
    QCOMPARE(r.status, 200);
    w.advance(86700);
    QCOMPARE(withBearer(w, QStringLiteral("GET"),
                        QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4"), token)
                 .status,
             401);
}

void TstTokens::keyVaultErrors_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "none" << 401 << "AKV10000: Request is missing a Bearer or PoP token.";
    QTest::newRow("expired") << "expired" << 401 << "[TokenExpired] Error validating token: 'S2S12086'.";
    QTest::newRow("other tenant") << "tenant" << 401
                                  << "AKV10032: Invalid issuer. Expected one of https://sts.windows.net/%1/, found "
                                     "https://sts.windows.net/00000000-0000-4000-8000-000000000bad/.";
    QTest::newRow("missing secret") << "valid-missing" << 404
                                    << "A secret with (name/id) nope was not found in this key vault.";
}

void TstTokens::keyVaultErrors()
{
    QFETCH(QString, token);
    QFETCH(int, status);
    QFETCH(QString, message);
    World w = tokenWorld();
    const Principal *p = w.principal(w.resolvePrincipal(QStringLiteral("sami:vm1")));
    QString t =
        accessToken(SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    QString url = QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4");
    if (token == QLatin1String("expired"))
        w.advance(90000);
    if (token == QLatin1String("tenant"))
        t = w.tokens()
                .foreignToken(QStringLiteral("00000000-0000-4000-8000-000000000bad"), *p,
                              QStringLiteral("https://vault.azure.net"), w.now(), 3600)
                .accessToken;
    if (token == QLatin1String("valid-missing"))
        url = QStringLiteral("https://kv1.vault.azure.net/secrets/nope?api-version=7.4");
    HttpRequest req = HttpRequest::get(url);
    if (token != QLatin1String("none"))
        req.headers.set(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + t);
    const HttpResponse r = w.send(req);
    QCOMPARE(r.status, status);
    QVERIFY2(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("message"))
                 .toString()
                 .startsWith(QString(message).replace(QStringLiteral("%1"), w.tenantId())),
             r.body.constData());
    if (status == 401)
        QVERIFY(r.headers.value(QStringLiteral("WWW-Authenticate"))
                    .startsWith(QStringLiteral("Bearer authorization=\"https://login.windows.net/")));
}

void TstTokens::storageAndCosmosTokenErrors()
{
    World w = tokenWorld();
    const QString vaultToken =
        accessToken(SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    HttpResponse r = withBearer(w, QStringLiteral("GET"),
                                QStringLiteral("https://st1.blob.core.windows.net/docs/a.txt"), vaultToken);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.headers.value(QStringLiteral("x-ms-error-code")), QStringLiteral("InvalidAuthenticationInfo"));
    QVERIFY(r.text().contains(QStringLiteral(
        "<AuthenticationErrorDetail>Audience validation failed. Audience did not match.</AuthenticationErrorDetail>")));
    const QString storageToken = accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://storage.azure.com/")));
    const QString cosmosToken = accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://cosmos1.documents.azure.com")));
    w.advance(86700);
    r = withBearer(w, QStringLiteral("GET"), QStringLiteral("https://st1.blob.core.windows.net/docs/a.txt"),
                   storageToken);
    QVERIFY(r.text().contains(QStringLiteral("Lifetime validation failed. The token is expired.")));
    HttpRequest c = HttpRequest::get(QStringLiteral("https://cosmos1.documents.azure.com:443/"));
    c.headers.set(QStringLiteral("Authorization"),
                  CosmosService::authorizationHeader(QStringLiteral("aad"), cosmosToken));
    c.headers.set(QStringLiteral("x-ms-version"), QStringLiteral("2018-12-31"));
    c.headers.set(QStringLiteral("x-ms-date"), Clock::httpDate(w.now()));
    r = w.send(c);
    QCOMPARE(r.status, 401);
    QVERIFY(r.json()
                .value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Provided AAD token has been expired since")));
}

void TstTokens::uuidFormat()
{
    const QString id = Ids::uuid(QStringLiteral("seed"), {QStringLiteral("a")});
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"))
                .match(id)
                .hasMatch());
    QCOMPARE(Ids::uuid(QStringLiteral("seed"), {QStringLiteral("a")}), id);
    QVERIFY(Ids::uuid(QStringLiteral("seed"), {QStringLiteral("ab")}) !=
            Ids::uuid(QStringLiteral("seed"), {QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(Ids::uuid(QStringLiteral("seed2"), {QStringLiteral("a")}) != id);
}

namespace {
World tokenWorld()
{
    return load(R"J({"seed":"tokens","settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"vm","name":"vm1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                   {"type":"vm","name":"vm2","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]},
                   {"type":"storage","name":"st1","resourceGroup":"rg1","containers":[{"name":"docs"}]},
                   {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1"}],
      "roleAssignments":[{"principal":"sami:vm1","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J");
}
} // namespace

QTEST_GUILESS_MAIN(TstTokens)
#include "tst_tokens.moc"
