// One row per SIMULATOR TEST in shared/reference/real-world-cases.md: the broken setup gives the observed status,
// error code and message; the fix gives success.
#include "sim/dataplane.h"
#include "sim/jwt.h"
#include "simtestutil.h"

#include <functional>

using namespace SimTest;

class TstRealWorldCases : public QObject
{
    Q_OBJECT
private slots:
    void cases_data();
    void cases();
    void audienceTable_data();
    void audienceTable();
    void storageBearerNeedsVersion_data();
    void storageBearerNeedsVersion();
    void storageAuthorizationFormat_data();
    void storageAuthorizationFormat();
    void cosmosAuthorizationFormat_data();
    void cosmosAuthorizationFormat();

private:
    void c01();
    void c02();
    void c03();
    void c06();
    void c08();
    void c09();
    void c13();
    void c14();
    void c15();
    void c16();
    void c17();
    void c19();
};

void TstRealWorldCases::cases_data()
{
    QTest::addColumn<QString>("id");
    const char *ids[] = {"C01 Cosmos 5301 after Contributor-type IAM roles",
                         "C02 Cosmos 5300 management op with Entra token; 401 local auth disabled",
                         "C03 Storage AuthorizationPermissionMismatch although Contributor",
                         "C06 ManagedIdentityCredential off Azure",
                         "C08 Multiple user-assigned identities / App Service lone UAMI",
                         "C09 IMDS Identity not found, UAMI recreated",
                         "C13 Role assignment not yet propagated",
                         "C14 Group membership hidden by the 24 h token cache",
                         "C15 Key Vault permission-model mismatch",
                         "C16 Key Vault reference not resolved",
                         "C17 SAMI recreated: orphan and RoleAssignmentUpdateNotPermitted",
                         "C19 Wrong audience / resource / scope"};
    for (const char *id : ids)
        QTest::newRow(id) << QString::fromLatin1(id).left(3);
}

void TstRealWorldCases::cases()
{
    QFETCH(QString, id);
    const QMap<QString, std::function<void()>> run{{QStringLiteral("C01"),
                                                    [this] {
                                                        c01();
                                                    }},
                                                   {QStringLiteral("C02"),
                                                    [this] {
                                                        c02();
                                                    }},
                                                   {QStringLiteral("C03"),
                                                    [this] {
                                                        c03();
                                                    }},
                                                   {QStringLiteral("C06"),
                                                    [this] {
                                                        c06();
                                                    }},
                                                   {QStringLiteral("C08"),
                                                    [this] {
                                                        c08();
                                                    }},
                                                   {QStringLiteral("C09"),
                                                    [this] {
                                                        c09();
                                                    }},
                                                   {QStringLiteral("C13"),
                                                    [this] {
                                                        c13();
                                                    }},
                                                   {QStringLiteral("C14"),
                                                    [this] {
                                                        c14();
                                                    }},
                                                   {QStringLiteral("C15"),
                                                    [this] {
                                                        c15();
                                                    }},
                                                   {QStringLiteral("C16"),
                                                    [this] {
                                                        c16();
                                                    }},
                                                   {QStringLiteral("C17"),
                                                    [this] {
                                                        c17();
                                                    }},
                                                   {QStringLiteral("C19"), [this] {
                                                        c19();
                                                    }}};
    QVERIFY(run.contains(id));
    run.value(id)();
}

// C01: Cosmos DB 403 / substatus 5301 after granting Contributor-type roles in IAM
void TstRealWorldCases::c01()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"functionapp","name":"func1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"},
                    "appSettings":{"COSMOS":"https://cosmos1.documents.azure.com:443/"}},
                   {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1",
                    "databases":[{"name":"shop","containers":[{"name":"orders","items":[{"id":"1","total":5}]}]}]}],
      "roleAssignments":[{"principal":"sami:func1","role":"Contributor","scope":"resourceGroup:rg1"},
                         {"principal":"sami:func1","role":"DocumentDB Account Contributor","scope":"resource:cosmos1"},
                         {"principal":"sami:func1","role":"Cosmos DB Operator","scope":"resource:cosmos1"},
                         {"principal":"sami:func1","role":"Cosmos DB Account Reader Role","scope":"resource:cosmos1"}]})J");
    const char *read =
        R"J({"operation":"cosmos.readItem","credential":{"type":"DefaultAzureCredential"},"endpoint":"%COSMOS%",
                            "params":{"database":"shop","container":"orders","id":"1"}})J";
    const char *write =
        R"J({"operation":"cosmos.createItem","credential":{"type":"ManagedIdentityCredential"},"endpoint":"%COSMOS%",
                             "params":{"database":"shop","container":"orders","item":{"id":"2"}}})J";
    const QString oid = w.resolvePrincipal(QStringLiteral("sami:func1"));
    StepResult r = runStep(w, "func1", read);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.subStatus, 5301);
    QVERIFY2(
        r.message.contains(
            QStringLiteral(
                "Request is blocked because principal [%1] does not have required RBAC permissions to perform action "
                "[Microsoft.DocumentDB/databaseAccounts/readMetadata] on resource [/]")
                .arg(oid)),
        qPrintable(r.message));
    QVERIFY(r.message.startsWith(QStringLiteral(
        "Response status code does not indicate success: Forbidden (403); Substatus: 5301; ActivityId: ")));
    // A custom *Azure* role holding readMetadata is accepted by ARM but ineffective on the Cosmos data plane.
    ControlPlane cp = w.controlPlane();
    const char *customRole = R"J({"Name":"Cosmos metadata (Azure RBAC)","Actions":[],
        "DataActions":["Microsoft.DocumentDB/databaseAccounts/readMetadata"],"AssignableScopes":["/"]})J";
    QVERIFY(cp.createRoleDefinition(QJsonDocument::fromJson(customRole).object()).ok());
    QVERIFY(
        cp.createRoleAssignment({oid, QStringLiteral("Cosmos metadata (Azure RBAC)"), idOf(w, "cosmos1"), {}, {}, {}})
            .ok());
    QCOMPARE(runStep(w, "func1", read).subStatus, 5301);
    // Fix: a Cosmos SQL role assignment (Data Reader at "/")
    QVERIFY(cp.createCosmosSqlRoleAssignment(
                  idOf(w, "cosmos1"), oid, QStringLiteral("00000000-0000-0000-0000-000000000001"), QStringLiteral("/"))
                .ok());
    r = runStep(w, "func1", read);
    QCOMPARE(r.status, 200);
    QVERIFY(r.ok);
    QCOMPARE(r.value.toObject().value(QStringLiteral("total")).toInt(), 5);
    // writes still need the Data Contributor role
    r = runStep(w, "func1", write);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.subStatus, 5301);
    QVERIFY(r.message.contains(QStringLiteral("[Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/"
                                              "create] on resource [dbs/shop/colls/orders/docs/2]")));
    QVERIFY(cp.createCosmosSqlRoleAssignment(idOf(w, "cosmos1"), oid,
                                             QStringLiteral("Cosmos DB Built-in Data Contributor"), QStringLiteral("/"))
                .ok());
    r = runStep(w, "func1", write);
    QCOMPARE(r.status, 201);
}

// C02: Cosmos DB 403 / substatus 5300 for management operations with an Entra token; 401 with local auth disabled
void TstRealWorldCases::c02()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"identity","name":"deployer","resourceGroup":"rg1"},
                   {"type":"functionapp","name":"func1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"},
                    "appSettings":{"COSMOS":"https://cosmos1.documents.azure.com:443/","COSMOS_CS":"{connectionString:cosmos1}"}},
                   {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1","databases":[{"name":"shop"}],
                    "sqlRoleAssignments":[{"principal":"sami:func1","roleDefinitionId":"00000000-0000-0000-0000-000000000002","scope":"/"}]}],
      "roleAssignments":[{"principal":"uami:deployer","role":"DocumentDB Account Contributor","scope":"resource:cosmos1"}]})J");
    StepResult r = runStep(w, "func1", R"J({"operation":"cosmos.createContainer","endpoint":"%COSMOS%",
        "credential":{"type":"DefaultAzureCredential"},"params":{"database":"shop","container":"orders","partitionKey":"/id"}})J");
    QCOMPARE(r.status, 403);
    QCOMPARE(r.subStatus, 5300);
    QVERIFY2(r.message.contains(QStringLiteral(
                 "The given request [POST /dbs/shop/colls] cannot be authorized by AAD token in data plane")),
             qPrintable(r.message));
    // Fix: create the container through ARM with a control-plane role
    ControlPlane deployer = w.controlPlane(w.resolvePrincipal(QStringLiteral("uami:deployer")));
    QVERIFY(deployer.createCosmosContainer(idOf(w, "cosmos1"), QStringLiteral("shop"), QStringLiteral("orders")).ok());
    r = runStep(
        w, "func1",
        R"J({"operation":"cosmos.createItem","endpoint":"%COSMOS%","credential":{"type":"DefaultAzureCredential"},
        "params":{"database":"shop","container":"orders","item":{"id":"1"}}})J");
    QCOMPARE(r.status, 201);
    // Second test: key auth while disableLocalAuth=true -> 401
    const char *keyStep =
        R"J({"operation":"cosmos.readItem","credential":{"type":"ConnectionString","connectionString":"%COSMOS_CS%"},
        "params":{"database":"shop","container":"orders","id":"1"}})J";
    QCOMPARE(runStep(w, "func1", keyStep).status, 200);
    QVERIFY(w.controlPlane().setProperty(idOf(w, "cosmos1"), QStringLiteral("properties.disableLocalAuth"), true).ok());
    r = runStep(w, "func1", keyStep);
    QCOMPARE(r.status, 401);
    QVERIFY(r.message.contains(
        QStringLiteral("Local Authorization is disabled. Use an AAD token to authorize all requests.")));
}

// A bearer token on Blob needs x-ms-version 2017-11-09 or later; without the header Storage answers as an old
// version that has no OAuth (observed: 403 AuthenticationFailed, "Authentication scheme Bearer is not supported in
// this version.").
void TstRealWorldCases::storageBearerNeedsVersion_data()
{
    QTest::addColumn<QString>("version"); // "-": no header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::newRow("no x-ms-version") << QStringLiteral("-") << 403 << QStringLiteral("AuthenticationFailed");
    QTest::newRow("2015-04-05, before OAuth")
        << QStringLiteral("2015-04-05") << 403 << QStringLiteral("AuthenticationFailed");
    QTest::newRow("2017-11-09, the first with OAuth") << QStringLiteral("2017-11-09") << 200 << QString();
    QTest::newRow("2020-04-08") << QStringLiteral("2020-04-08") << 200 << QString();
    QTest::newRow("not a date") << QStringLiteral("banana") << 400 << QStringLiteral("InvalidHeaderValue");
}

// An Authorization header Storage cannot parse -- an unknown scheme, or "Bearer" with no token -- is 400
// InvalidAuthenticationInfo "Authentication information is not given in the correct format. Check the value of
// Authorization header." (Microsoft Learn, ACR troubleshooting: `Authorization: basic` sent to blob storage; status
// 400 in Azure/iothub-explorer#58), checked before x-ms-version. A token that is not a JWT stays 401
// InvalidAuthenticationInfo (facts §7.3) with no invented AuthenticationErrorDetail; a bad signature keeps
// "Signature validation failed.". %T is the learner's Storage token.
void TstRealWorldCases::storageAuthorizationFormat_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<QString>("version"); // "-": no header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("errorCode");
    QTest::addColumn<QString>("text"); // must be in the body
    QTest::addColumn<bool>("detail");  // an AuthenticationErrorDetail element
    const QString format = QStringLiteral("Authentication information is not given in the correct format.");
    const QString refer = QStringLiteral("Please refer to the information in the www-authenticate header.");
    const QString v = QStringLiteral("2020-04-08");
    QTest::newRow("bare Bearer") << QStringLiteral("Bearer") << v << 400 << QStringLiteral("InvalidAuthenticationInfo")
                                 << format << false;
    QTest::newRow("Bearer and spaces") << QStringLiteral("Bearer    ") << v << 400
                                       << QStringLiteral("InvalidAuthenticationInfo") << format << false;
    QTest::newRow("Basic scheme") << QStringLiteral("Basic dXNlcjpwYXNz") << v << 400
                                  << QStringLiteral("InvalidAuthenticationInfo") << format << false;
    QTest::newRow("Basic, no x-ms-version") << QStringLiteral("Basic dXNlcjpwYXNz") << QStringLiteral("-") << 400
                                            << QStringLiteral("InvalidAuthenticationInfo") << format << false;
    QTest::newRow("raw token, no scheme") << QStringLiteral("%T") << v << 400
                                          << QStringLiteral("InvalidAuthenticationInfo") << format << false;
    QTest::newRow("truncated token") << QStringLiteral("Bearer %T20") << v << 401
                                     << QStringLiteral("InvalidAuthenticationInfo") << refer << false;
    QTest::newRow("signature changed") << QStringLiteral("Bearer %Tx") << v << 401
                                       << QStringLiteral("InvalidAuthenticationInfo")
                                       << QStringLiteral("Signature validation failed.") << true;
    QTest::newRow("good token") << QStringLiteral("Bearer %T") << v << 200 << QString() << QStringLiteral("hello")
                                << false;
}

void TstRealWorldCases::storageAuthorizationFormat()
{
    QFETCH(QString, authorization);
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    QFETCH(QString, text);
    QFETCH(bool, detail);
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"storage","name":"st1","resourceGroup":"rg1","containers":[{"name":"docs","blobs":[{"name":"a.txt","content":"hello"}]}]}],
      "roleAssignments":[{"principal":"learner","role":"Storage Blob Data Reader","scope":"resource:st1"}]})J");
    const QString token = w.learnerToken(QStringLiteral("https://storage.azure.com/")).accessToken;
    QString header = authorization;
    if (header.endsWith(QLatin1String("%T20")))
        header.replace(QLatin1String("%T20"), token.left(20)); // cut inside the header part: not a JWT
    else if (header.endsWith(QLatin1String("%Tx")))
        header.replace(QLatin1String("%Tx"), token.left(token.size() - 4) + QStringLiteral("AAAA"));
    else
        header.replace(QLatin1String("%T"), token);
    HttpRequest get = HttpRequest::get(QStringLiteral("https://st1.blob.core.windows.net/docs/a.txt"));
    get.headers.set(QStringLiteral("Authorization"), header);
    if (version != QLatin1String("-"))
        get.headers.set(QStringLiteral("x-ms-version"), version);
    const HttpResponse r = w.send(get);
    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value(QStringLiteral("x-ms-error-code")), errorCode);
    QVERIFY2(r.text().contains(text), qPrintable(r.text()));
    QCOMPARE(r.text().contains(QLatin1String("<AuthenticationErrorDetail>")), detail);
}

// Cosmos DB wants Authorization: type=aad&ver=1.0&sig=<token>, URL-encoded (facts §5.8). A header that is present
// but not in that form is 401 "Authorization header doesn't conform to the required format. Please verify and try
// again." (azure-sdk-for-python#29659, Microsoft Q&A 2026), not "Required Header authorization is missing".
void TstRealWorldCases::cosmosAuthorizationFormat_data()
{
    QTest::addColumn<QString>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); // start of the message
    const QString format = QStringLiteral("Authorization header doesn't conform to the required format.");
    QTest::newRow("Bearer scheme") << QStringLiteral("Bearer %T") << 401 << format;
    QTest::newRow("raw token") << QStringLiteral("%T") << 401 << format;
    QTest::newRow("aad without sig") << QStringLiteral("type%3Daad%26ver%3D1.0") << 401 << format;
    QTest::newRow("blank") << QStringLiteral("   ") << 401 << QStringLiteral("Required Header authorization is missing.");
    QTest::newRow("aad form, URL-encoded") << QStringLiteral("type%3Daad%26ver%3D1.0%26sig%3D%T") << 200
                                           << QString();
}

void TstRealWorldCases::cosmosAuthorizationFormat()
{
    QFETCH(QString, authorization);
    QFETCH(int, status);
    QFETCH(QString, message);
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1","disableLocalAuth":true,
                    "databases":[{"name":"shop","containers":[{"name":"orders","partitionKey":"/id"}]}],
                    "sqlRoleAssignments":[{"principal":"learner","role":"Cosmos DB Built-in Data Reader","scope":"/"}]}]})J");
    const QString token = w.learnerToken(QStringLiteral("https://cosmos1.documents.azure.com")).accessToken;
    HttpRequest get = HttpRequest::get(QStringLiteral("https://cosmos1.documents.azure.com/dbs/shop/colls/orders/docs"));
    get.headers.set(QStringLiteral("Authorization"), QString(authorization).replace(QLatin1String("%T"), token));
    get.headers.set(QStringLiteral("x-ms-version"), QStringLiteral("2018-12-31"));
    get.headers.set(QStringLiteral("x-ms-date"), QStringLiteral("Thu, 01 Jan 2026 09:00:00 GMT"));
    const HttpResponse r = w.send(get);
    QVERIFY2(r.status == status, qPrintable(QString::number(r.status) + QLatin1Char(' ') + r.text()));
    if (!message.isEmpty())
        QVERIFY2(r.text().contains(message), qPrintable(r.text()));
}

void TstRealWorldCases::storageBearerNeedsVersion()
{
    QFETCH(QString, version);
    QFETCH(int, status);
    QFETCH(QString, errorCode);
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"storage","name":"st1","resourceGroup":"rg1","containers":[{"name":"docs","blobs":[{"name":"a.txt","content":"hello"}]}]}],
      "roleAssignments":[{"principal":"learner","role":"Storage Blob Data Reader","scope":"resource:st1"}]})J");
    HttpRequest get = HttpRequest::get(QStringLiteral("https://st1.blob.core.windows.net/docs/a.txt"));
    get.headers.set(QStringLiteral("Authorization"),
                    QStringLiteral("Bearer ") +
                        w.learnerToken(QStringLiteral("https://storage.azure.com/")).accessToken);
    if (version != QLatin1String("-"))
        get.headers.set(QStringLiteral("x-ms-version"), version);
    const HttpResponse r = w.send(get);
    QCOMPARE(r.status, status);
    QCOMPARE(r.headers.value(QStringLiteral("x-ms-error-code")), errorCode);
    if (status == 200) {
        QCOMPARE(r.body, QByteArray("hello"));
        return;
    }
    if (status == 400) {
        QVERIFY2(
            r.text().contains(QStringLiteral("The value for one of the HTTP headers is not in the correct format.")),
            qPrintable(r.text()));
        return;
    }
    QVERIFY2(r.text().contains(QStringLiteral("<AuthenticationErrorDetail>Authentication scheme Bearer is not "
                                              "supported in this version.</AuthenticationErrorDetail>")),
             qPrintable(r.text()));
    bool explained = false;
    for (const TraceEvent &e : w.trace().events())
        explained = explained || (e.kind == TraceKind::Note && e.explanation.contains(QStringLiteral("2017-11-09")));
    QVERIFY2(explained, "the trace tells the learner which header to send");
}

// C03: Storage 403 AuthorizationPermissionMismatch although the identity is Contributor/Owner
void TstRealWorldCases::c03()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":120},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"webapp","name":"web1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                   {"type":"storage","name":"st1","resourceGroup":"rg1","containers":[{"name":"docs","blobs":[{"name":"a.txt","content":"hello"}]}]}],
      "roleAssignments":[{"principal":"sami:web1","role":"Contributor","scope":"resourceGroup:rg1"}]})J");
    const char *download = R"J({"operation":"blob.download","endpoint":"https://st1.blob.core.windows.net/",
        "credential":{"type":"DefaultAzureCredential"},"params":{"container":"docs","blob":"a.txt"}})J";
    const char *upload = R"J({"operation":"blob.upload","endpoint":"https://st1.blob.core.windows.net/",
        "credential":{"type":"DefaultAzureCredential"},"params":{"container":"docs","blob":"b.txt","content":"x"}})J";
    StepResult r = runStep(w, "web1", download);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode, QStringLiteral("AuthorizationPermissionMismatch"));
    QVERIFY(r.message.startsWith(
        QStringLiteral("This request is not authorized to perform this operation using this permission.")));
    // The portal in "Access key" mode works: it lists the keys (a control-plane action Owner/Contributor have).
    const ArmResult keys = w.controlPlane().listStorageKeys(idOf(w, "st1"));
    QVERIFY(keys.ok());
    HttpRequest portal = HttpRequest::get(QStringLiteral("https://st1.blob.core.windows.net/docs/a.txt"));
    portal.headers.set(QStringLiteral("Authorization"),
                       QStringLiteral("SharedKey st1:") +
                           keys.body.toArray().at(0).toObject().value(QStringLiteral("value")).toString());
    const HttpResponse viaKey = w.send(portal);
    QCOMPARE(viaKey.status, 200);
    QCOMPARE(viaKey.body, QByteArray("hello"));
    // Fix: Storage Blob Data Reader on the account, after the propagation delay
    ControlPlane cp = w.controlPlane();
    QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:web1")),
                                     QStringLiteral("Storage Blob Data Reader"),
                                     idOf(w, "st1"),
                                     {},
                                     {},
                                     {}})
                .ok());
    QCOMPARE(runStep(w, "web1", download).status, 403);
    w.advance(120);
    r = runStep(w, "web1", download);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.value.toString(), QStringLiteral("hello"));
    QCOMPARE(runStep(w, "web1", upload).errorCode, QStringLiteral("AuthorizationPermissionMismatch"));
    QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:web1")),
                                     QStringLiteral("Storage Blob Data Contributor"),
                                     idOf(w, "st1"),
                                     {},
                                     {},
                                     {}})
                .ok());
    w.advance(120);
    QCOMPARE(runStep(w, "web1", upload).status, 201);
}

// C06: ManagedIdentityCredential authentication unavailable off Azure
void TstRealWorldCases::c06()
{
    World w = load(R"J({"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"webapp","name":"web1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}}]})J");
    const char *mi =
        R"J({"operation":"token.get","credential":{"type":"ManagedIdentityCredential"},"params":{"scope":"https://vault.azure.net/.default"}})J";
    StepResult r = runLocal(w, mi);
    QVERIFY(!r.ok);
    QCOMPARE(r.errorCode, QStringLiteral("CredentialUnavailableException"));
    QCOMPARE(
        r.message,
        QStringLiteral("ManagedIdentityCredential authentication unavailable. No Managed Identity endpoint found."));
    // same code in the App Service with a SAMI
    r = runStep(w, "web1", mi);
    QVERIFY(r.ok);
    QCOMPARE(r.value.toObject().value(QStringLiteral("claims")).toObject().value(QStringLiteral("idtyp")).toString(),
             QStringLiteral("app"));
    // DefaultAzureCredential locally with az login -> the developer's user token
    r = runLocal(
        w,
        R"J({"operation":"token.get","credential":{"type":"DefaultAzureCredential"},"params":{"scope":"https://vault.azure.net/.default"}})J");
    QVERIFY(r.ok);
    QCOMPARE(r.value.toObject().value(QStringLiteral("credential")).toString(), QStringLiteral("AzureCliCredential"));
    const QJsonObject claims = r.value.toObject().value(QStringLiteral("claims")).toObject();
    QCOMPARE(claims.value(QStringLiteral("idtyp")).toString(), QStringLiteral("user"));
    QCOMPARE(claims.value(QStringLiteral("upn")).toString(), QStringLiteral("learner@contoso.onmicrosoft.com"));
}

// C08: choosing the user-assigned identity
void TstRealWorldCases::c08()
{
    World w = load(R"J({"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"identity","name":"ua","resourceGroup":"rg1"},{"type":"identity","name":"ub","resourceGroup":"rg1"},
                   {"type":"vm","name":"vm2","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua","ub"]}},
                   {"type":"vm","name":"vm1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua"]}},
                   {"type":"webapp","name":"web1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua"]},
                    "appSettings":{"UA_CLIENT_ID":"%CLIENT%"}}]})J");
    const QString q = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    const Resource *ua = w.findResource(QStringLiteral("ua"));
    HttpResponse r = SimTest::imds(w, "vm2", q);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(QStringLiteral("error")).toString(), QStringLiteral("invalid_request"));
    QCOMPARE(r.json().value(QStringLiteral("error_description")).toString(),
             QStringLiteral("Multiple user assigned identities exist, please specify the clientId / resourceId of the "
                            "identity in the token request"));
    r = SimTest::imds(w, "vm2", q + QStringLiteral("&client_id=") + ua->clientId);
    QCOMPARE(r.status, 200);
    QCOMPARE(Jwt::decode(accessToken(r)).payload.value(QStringLiteral("oid")).toString(), ua->principalId);
    QCOMPARE(SimTest::imds(w, "vm1", q).status, 200);
    QCOMPARE(
        appServiceToken(w, "web1", QStringLiteral("resource=https://vault.azure.net&api-version=2019-08-01")).status,
        400);
    QCOMPARE(appServiceToken(w, "web1",
                             QStringLiteral("resource=https://vault.azure.net&api-version=2019-08-01&client_id=") +
                                 ua->clientId)
                 .status,
             200);
    // DAC on the App Service without a client id fails and does not go on to the developer credentials
    StepResult s = runStep(
        w, "web1",
        R"J({"operation":"token.get","credential":{"type":"DefaultAzureCredential"},"params":{"scope":"https://vault.azure.net/.default"}})J");
    QVERIFY(!s.ok);
    QCOMPARE(s.errorCode, QStringLiteral("AuthenticationFailedException"));
    QCOMPARE(s.attempts.size(), 3);
    QVERIFY(s.message.contains(QStringLiteral("Unable to load the proper Managed Identity.")));
    // Fix: ManagedIdentityClientId
    const QByteArray withClientId =
        QString::fromUtf8(
            R"J({"operation":"token.get","credential":{"type":"DefaultAzureCredential","managedIdentityClientId":"%1"},"params":{"scope":"https://vault.azure.net/.default"}})J")
            .arg(ua->clientId)
            .toUtf8();
    s = runStep(w, "web1", withClientId.constData());
    QVERIFY(s.ok);
}

// C09: IMDS 400 "Identity not found"; a UAMI deleted and recreated with the same name is a new identity
void TstRealWorldCases::c09()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"vm","name":"vm0","resourceGroup":"rg1"},
                   {"type":"identity","name":"app-id","resourceGroup":"rg1"},
                   {"type":"vm","name":"vm1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["app-id"]}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]}],
      "roleAssignments":[{"principal":"uami:app-id","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J");
    const QString q = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    HttpResponse r = SimTest::imds(w, "vm0", q);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.text(), QStringLiteral(R"({"error":"invalid_request","error_description":"Identity not found"})"));
    ControlPlane cp = w.controlPlane();
    QVERIFY(cp.assignIdentity(idOf(w, "vm0")).ok());
    QCOMPARE(SimTest::imds(w, "vm0", q).status, 200);

    const QString uamiId = idOf(w, "app-id");
    const QString oldClient = w.findResource(QStringLiteral("app-id"))->clientId;
    const QString oldPrincipal = w.findResource(QStringLiteral("app-id"))->principalId;
    QVERIFY(cp.deleteResource(uamiId).ok());
    QVERIFY(cp.createResource(QStringLiteral("identity"), QStringLiteral("rg1"), QStringLiteral("app-id")).ok());
    const QString newClient = w.findResource(QStringLiteral("app-id"))->clientId;
    const QString newPrincipal = w.findResource(QStringLiteral("app-id"))->principalId;
    QVERIFY(newClient != oldClient);
    QVERIFY(newPrincipal != oldPrincipal);
    QCOMPARE(SimTest::imds(w, "vm1", q + QStringLiteral("&client_id=") + oldClient)
                 .json()
                 .value(QStringLiteral("error_description"))
                 .toString(),
             QStringLiteral("Identity not found"));
    QCOMPARE(SimTest::imds(w, "vm1", q + QStringLiteral("&client_id=") + newClient).status, 400); // not re-attached yet
    QVERIFY(cp.assignIdentity(idOf(w, "vm1"), {uamiId}).ok());
    r = SimTest::imds(w, "vm1", q + QStringLiteral("&client_id=") + newClient);
    QCOMPARE(r.status, 200);
    // data calls fail until the role assignment exists for the new principal (C17)
    const QString kvUrl = QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4");
    QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, accessToken(r), Origin::resource(idOf(w, "vm1"))).status, 403);
    QVERIFY(
        cp.createRoleAssignment({newPrincipal, QStringLiteral("Key Vault Secrets User"), idOf(w, "kv1"), {}, {}, {}})
            .ok());
    QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, accessToken(r), Origin::resource(idOf(w, "vm1"))).status, 200);
}

// C13: 403 right after a successful role assignment
void TstRealWorldCases::c13()
{
    World w = load(
        R"J({"resourceGroups":[{"name":"rg1"}],"resources":[{"type":"keyvault","name":"kv1","resourceGroup":"rg1"}]})J");
    QCOMPARE(w.settings().propagationDelaySeconds, 600); // default: "up to 10 minutes"
    const QString url = QStringLiteral("https://kv1.vault.azure.net/secrets/newsecret?api-version=7.4");
    const QByteArray body = R"({"value":"s3cret"})";
    ControlPlane cp = w.controlPlane();
    QVERIFY(cp.createRoleAssignment(
                  {w.learnerId(), QStringLiteral("Key Vault Secrets Officer"), idOf(w, "kv1"), {}, {}, {}})
                .ok());
    w.advance(5);
    HttpResponse r =
        withBearer(w, QStringLiteral("PUT"), url, w.learnerToken(QStringLiteral("https://vault.azure.net")).accessToken,
                   Origin::laptop(), body);
    QCOMPARE(r.status, 403);
    const QJsonObject err = r.json().value(QStringLiteral("error")).toObject();
    QCOMPARE(err.value(QStringLiteral("innererror")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("ForbiddenByRbac"));
    QVERIFY(
        err.value(QStringLiteral("message")).toString().contains(QStringLiteral("please observe propagation time")));
    QVERIFY(err.value(QStringLiteral("message"))
                .toString()
                .contains(QStringLiteral("Action: 'Microsoft.KeyVault/vaults/secrets/setSecret/action'")));
    // the trace says why: the assignment exists but is still propagating
    bool pending = false;
    for (const TraceEvent &e : w.trace().events())
        pending = pending || (e.kind == TraceKind::AuthorizationDecision &&
                              e.details.value(QStringLiteral("pendingPropagation")).toBool());
    QVERIFY(pending);
    w.advance(600);
    r = withBearer(w, QStringLiteral("PUT"), url, w.learnerToken(QStringLiteral("https://vault.azure.net")).accessToken,
                   Origin::laptop(), body);
    QCOMPARE(r.status, 200);
}

// C14: MI tokens are cached ~24 h: group changes are not seen
void TstRealWorldCases::c14()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":60},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"identity","name":"x","resourceGroup":"rg1"},
                   {"type":"functionapp","name":"func1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["x"]}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]}],
      "groups":[{"name":"G","members":[]}],
      "roleAssignments":[{"principal":"group:G","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J");
    const QString client = w.findResource(QStringLiteral("x"))->clientId;
    const QByteArray get =
        QString::fromUtf8(R"J({"operation":"keyvault.getSecret","endpoint":"https://kv1.vault.azure.net/",
        "credential":{"type":"ManagedIdentityCredential","clientId":"%1"},"params":{"name":"db"}})J")
            .arg(client)
            .toUtf8();
    const QByteArray tok =
        QString::fromUtf8(
            R"J({"operation":"token.get","credential":{"type":"ManagedIdentityCredential","clientId":"%1"},
        "params":{"scope":"https://vault.azure.net/.default"}})J")
            .arg(client)
            .toUtf8();
    const qint64 t0 = w.now();
    QCOMPARE(runStep(w, "func1", get.constData()).status, 403);
    w.advance(60);
    QVERIFY(w.controlPlane().addGroupMember(QStringLiteral("G"), w.resolvePrincipal(QStringLiteral("uami:x"))).ok());
    QVERIFY(w.controlPlane().restartSite(idOf(w, "func1")).ok());
    QCOMPARE(runStep(w, "func1", get.constData()).status, 403);
    const QJsonObject claims =
        runStep(w, "func1", tok.constData()).value.toObject().value(QStringLiteral("claims")).toObject();
    QCOMPARE(qint64(claims.value(QStringLiteral("iat")).toDouble()), t0); // the same cached token
    QVERIFY(!claims.contains(QStringLiteral("groups")));
    w.advance(86700); // the cached token has expired: a new one carries the group
    const StepResult fresh = runStep(w, "func1", tok.constData());
    QVERIFY(fresh.value.toObject()
                .value(QStringLiteral("claims"))
                .toObject()
                .value(QStringLiteral("groups"))
                .toArray()
                .contains(w.resolvePrincipal(QStringLiteral("group:G"))));
    QCOMPARE(runStep(w, "func1", get.constData()).status, 200);

    // Contrast: a direct assignment works after the RBAC delay without a new token.
    World w2 = load(R"J({"settings":{"propagationDelaySeconds":60},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"identity","name":"x","resourceGroup":"rg1"},
                   {"type":"functionapp","name":"func1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["x"]}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]}]})J");
    const QByteArray get2 =
        QString::fromUtf8(R"J({"operation":"keyvault.getSecret","endpoint":"https://kv1.vault.azure.net/",
        "credential":{"type":"ManagedIdentityCredential","clientId":"%1"},"params":{"name":"db"}})J")
            .arg(w2.findResource(QStringLiteral("x"))->clientId)
            .toUtf8();
    QCOMPARE(runStep(w2, "func1", get2.constData()).status, 403);
    QVERIFY(w2.controlPlane()
                .createRoleAssignment({w2.resolvePrincipal(QStringLiteral("uami:x")),
                                       QStringLiteral("Key Vault Secrets User"),
                                       idOf(w2, "kv1"),
                                       {},
                                       {},
                                       {}})
                .ok());
    w2.advance(60);
    QCOMPARE(runStep(w2, "func1", get2.constData()).status, 200);
}

// C15: Key Vault permission-model mismatch
void TstRealWorldCases::c15()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":30},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"vm","name":"vm1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","properties":{"enableRbacAuthorization":true,
                    "accessPolicies":[{"objectId":"sami:vm1","permissions":{"secrets":["get"]}}]},"secrets":[{"name":"db","value":"pw"}]}],
      "roleAssignments":[{"principal":"sami:vm1","role":"Key Vault Reader","scope":"resource:kv1"}]})J");
    const QString url = QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4");
    auto get = [&] {
        const HttpResponse t =
            SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net"));
        return withBearer(w, QStringLiteral("GET"), url, accessToken(t), Origin::resource(idOf(w, "vm1")));
    };
    HttpResponse r = get();
    QCOMPARE(r.status, 403);
    QString msg = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QCOMPARE(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("innererror"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("ForbiddenByRbac"));
    QVERIFY(msg.contains(QStringLiteral("Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'")));
    QVERIFY(msg.contains(QStringLiteral("Assignment: (not found)")));
    QVERIFY(msg.contains(QStringLiteral("DecisionReason: 'DeniedWithNoValidRBAC'")));
    QVERIFY(msg.contains(QStringLiteral("Vault: kv1;location=eastus")));
    ControlPlane cp = w.controlPlane();
    const ArmResult policy =
        cp.keyVaultSetPolicy(idOf(w, "kv1"), w.resolvePrincipal(QStringLiteral("sami:vm1")), {QStringLiteral("get")});
    QVERIFY(!policy.ok());
    QCOMPARE(policy.message,
             QStringLiteral("Cannot set policies to a vault with '--enable-rbac-authorization' specified"));
    QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:vm1")),
                                     QStringLiteral("Key Vault Secrets User"),
                                     idOf(w, "kv1"),
                                     {},
                                     {},
                                     {}})
                .ok());
    w.advance(30);
    QCOMPARE(get().status, 200);
    // flip to the access-policy model with no policy for the identity: RBAC roles are now ignored
    QVERIFY(cp.setProperty(idOf(w, "kv1"), QStringLiteral("enableRbacAuthorization"), false).ok());
    QVERIFY(cp.keyVaultDeletePolicy(idOf(w, "kv1"), w.resolvePrincipal(QStringLiteral("sami:vm1"))).ok());
    r = get();
    QCOMPARE(r.status, 403);
    msg = r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
    QCOMPARE(r.json()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("innererror"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("AccessDenied"));
    QVERIFY(msg.contains(QStringLiteral("does not have secrets get permission on key vault 'kv1;location=eastus'")));
    QVERIFY(
        cp.keyVaultSetPolicy(idOf(w, "kv1"), w.resolvePrincipal(QStringLiteral("sami:vm1")), {QStringLiteral("get")})
            .ok());
    QCOMPARE(get().status, 200);
}

// C16: Key Vault reference not resolved: the app sees the literal text
void TstRealWorldCases::c16()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"identity","name":"ua","resourceGroup":"rg1"},
                   {"type":"webapp","name":"web1","resourceGroup":"rg1",
                    "appSettings":{"DB":"@Microsoft.KeyVault(VaultName=kv1;SecretName=db)",
                                   "TYPO":"@Microsoft.KeyVault(SecretUri=https://kv1.vault.azure.net/secrets/dbb/)",
                                   "BAD":"@Microsoft.KeyVault(SecretName=db)"}},
                   {"type":"webapp","name":"web2","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua"]},
                    "appSettings":{"DB":"@Microsoft.KeyVault(VaultName=kv1;SecretName=db)"}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]}],
      "roleAssignments":[{"principal":"uami:ua","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J");
    const QString web = idOf(w, "web1");
    const QString literal = QStringLiteral("@Microsoft.KeyVault(VaultName=kv1;SecretName=db)");
    auto status = [&](const QString &site, const QString &name) {
        const QJsonArray refs = w.controlPlane().listKeyVaultReferences(site).body.toArray();
        for (const QJsonValue &v : refs) {
            if (v.toObject().value(QStringLiteral("name")).toString() == name)
                return v.toObject().value(QStringLiteral("status")).toString();
        }
        return QString();
    };
    QCOMPARE(w.environment(web).value(QStringLiteral("DB")), literal);
    QCOMPARE(status(web, QStringLiteral("DB")), QStringLiteral("MSINotEnabled"));
    QCOMPARE(status(web, QStringLiteral("BAD")), QStringLiteral("InvalidSyntax"));
    ControlPlane cp = w.controlPlane();
    QVERIFY(cp.assignIdentity(web).ok());
    QCOMPARE(status(web, QStringLiteral("DB")), QStringLiteral("AccessToKeyVaultDenied"));
    QCOMPARE(w.environment(web).value(QStringLiteral("DB")), literal);
    QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:web1")),
                                     QStringLiteral("Key Vault Secrets User"),
                                     idOf(w, "kv1"),
                                     {},
                                     {},
                                     {}})
                .ok());
    QCOMPARE(status(web, QStringLiteral("DB")), QStringLiteral("AccessToKeyVaultDenied")); // remembered until restart
    QVERIFY(cp.restartSite(web).ok());
    QCOMPARE(status(web, QStringLiteral("DB")), QStringLiteral("Resolved"));
    QCOMPARE(w.environment(web).value(QStringLiteral("DB")), QStringLiteral("pw"));
    QCOMPARE(status(web, QStringLiteral("TYPO")), QStringLiteral("SecretNotFound"));
    // UAMI only and no keyVaultReferenceIdentity: the platform uses the (missing) SAMI
    QCOMPARE(status(idOf(w, "web2"), QStringLiteral("DB")), QStringLiteral("MSINotEnabled"));
    QVERIFY(cp.setProperty(idOf(w, "web2"), QStringLiteral("keyVaultReferenceIdentity"), idOf(w, "ua")).ok());
    QCOMPARE(status(idOf(w, "web2"), QStringLiteral("DB")), QStringLiteral("Resolved"));
}

// C17: SAMI recreated: orphaned assignment, RoleAssignmentUpdateNotPermitted
void TstRealWorldCases::c17()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":60},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"webapp","name":"W","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]}]})J");
    ControlPlane cp = w.controlPlane();
    const QString kv = idOf(w, "kv1");
    const QString name =
        w.deriveId({QStringLiteral("guid(kv, SecretsUser, W)")}); // deterministic, without the principal
    const QString p1 = w.resolvePrincipal(QStringLiteral("sami:W"));
    QVERIFY(cp.createRoleAssignment({p1, QStringLiteral("Key Vault Secrets User"), kv, {}, name, {}}).ok());
    w.advance(60);
    const char *get =
        R"J({"operation":"keyvault.getSecret","endpoint":"https://kv1.vault.azure.net/","credential":{"type":"DefaultAzureCredential"},"params":{"name":"db"}})J";
    QCOMPARE(runStep(w, "W", get).status, 200);
    // delete and recreate W
    QVERIFY(cp.deleteResource(idOf(w, "W")).ok());
    QVERIFY(cp.createResource(QStringLiteral("webapp"), QStringLiteral("rg1"), QStringLiteral("W")).ok());
    QVERIFY(cp.assignIdentity(idOf(w, "W")).ok());
    const QString p2 = w.resolvePrincipal(QStringLiteral("sami:W"));
    QVERIFY(p2 != p1);
    const StepResult denied = runStep(w, "W", get);
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.errorCode, QStringLiteral("ForbiddenByRbac"));
    RoleAssignmentFilter f;
    f.scope = kv;
    const QJsonArray list = cp.listRoleAssignments(f).body.toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("name")).toString(), name);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("principalName")).toString(),
             QStringLiteral("Identity not found"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("principalType")).toString(), QStringLiteral("Unknown"));
    // redeploying the template that PUTs N for P2
    const ArmResult redeploy =
        cp.createRoleAssignment({p2, QStringLiteral("Key Vault Secrets User"), kv, {}, name, {}});
    QCOMPARE(redeploy.status, 400);
    QCOMPARE(redeploy.code, QStringLiteral("RoleAssignmentUpdateNotPermitted"));
    // fix: delete the orphan and recreate for P2
    QVERIFY(cp.deleteRoleAssignment(name).ok());
    QVERIFY(cp.createRoleAssignment({p2, QStringLiteral("Key Vault Secrets User"), kv, {}, name, {}}).ok());
    QCOMPARE(runStep(w, "W", get).status, 403);
    w.advance(60);
    QCOMPARE(runStep(w, "W", get).status, 200);
}

// C19: wrong audience / resource / scope
void TstRealWorldCases::c19()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "applications":[{"name":"app1","identifierUris":["api://app1"],"appRoles":["Data.Read"]}],
      "resources":[{"type":"vm","name":"vm1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                   {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]}],
      "roleAssignments":[{"principal":"sami:vm1","role":"Key Vault Secrets User","scope":"resource:kv1"},
                         {"principal":"sami:vm1","role":"Reader","scope":"resourceGroup:rg1"}]})J");
    const Origin vm = Origin::resource(idOf(w, "vm1"));
    const QString kvUrl = QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4");
    const QString armToken = accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://management.azure.com/")));
    HttpResponse r = withBearer(w, QStringLiteral("GET"), kvUrl, armToken, vm);
    QCOMPARE(r.status, 401);
    QCOMPARE(
        r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString(),
        QStringLiteral(
            "AKV10022: Invalid audience. Expected https://vault.azure.net, found: https://management.azure.com/."));
    QVERIFY(r.headers.value(QStringLiteral("WWW-Authenticate"))
                .contains(QStringLiteral("resource=\"https://vault.azure.net\"")));
    const QString kvToken =
        accessToken(SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net")));
    QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, kvToken, vm).status, 200);
    const QString storageToken = accessToken(
        SimTest::imds(w, "vm1", QStringLiteral("api-version=2018-02-01&resource=https://storage.azure.com/")));
    r = withBearer(w, QStringLiteral("GET"),
                   QStringLiteral("https://management.azure.com") + idOf(w, "kv1") +
                       QStringLiteral("?api-version=2023-07-01"),
                   storageToken, vm);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
             QStringLiteral("InvalidAuthenticationTokenAudience"));
    QCOMPARE(withBearer(w, QStringLiteral("GET"),
                        QStringLiteral("https://management.azure.com") + idOf(w, "kv1") +
                            QStringLiteral("?api-version=2023-07-01"),
                        armToken, vm)
                 .status,
             200);
    // MI asks for a delegated-style scope
    StepResult s = runStep(
        w, "vm1",
        R"J({"operation":"token.get","credential":{"type":"ManagedIdentityCredential"},"params":{"scope":"api://app1/read"}})J");
    QVERIFY(!s.ok);
    QVERIFY(s.message.contains(QStringLiteral("AADSTS500011")));
    w.directory().grantAppRole(w.resolvePrincipal(QStringLiteral("sami:vm1")),
                               w.resolvePrincipal(QStringLiteral("app:app1")), QStringLiteral("Data.Read"));
    s = runStep(
        w, "vm1",
        R"J({"operation":"token.get","credential":{"type":"ManagedIdentityCredential"},"params":{"scope":"api://app1/.default"}})J");
    QVERIFY(s.ok);
    QCOMPARE(s.value.toObject().value(QStringLiteral("claims")).toObject().value(QStringLiteral("roles")).toArray(),
             QJsonArray{QStringLiteral("Data.Read")});
}

void TstRealWorldCases::audienceTable_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ARM /") << "arm"
                           << "https://management.azure.com/" << true;
    QTest::newRow("ARM no slash") << "arm"
                                  << "https://management.azure.com" << true;
    QTest::newRow("ARM core /") << "arm"
                                << "https://management.core.windows.net/" << true;
    QTest::newRow("ARM core no slash") << "arm"
                                       << "https://management.core.windows.net" << true;
    QTest::newRow("ARM vault") << "arm"
                               << "https://vault.azure.net" << false;
    QTest::newRow("KV") << "kv"
                        << "https://vault.azure.net" << true;
    QTest::newRow("KV /") << "kv"
                          << "https://vault.azure.net/" << true;
    QTest::newRow("KV ARM") << "kv"
                            << "https://management.azure.com/" << false;
    QTest::newRow("KV storage") << "kv"
                                << "https://storage.azure.com/" << false;
    QTest::newRow("storage /") << "storage"
                               << "https://storage.azure.com/" << true;
    QTest::newRow("storage no slash") << "storage"
                                      << "https://storage.azure.com" << true;
    QTest::newRow("storage account") << "storage"
                                     << "https://st1.blob.core.windows.net" << true;
    QTest::newRow("storage other account") << "storage"
                                           << "https://st2.blob.core.windows.net" << false;
    QTest::newRow("storage vault") << "storage"
                                   << "https://vault.azure.net" << false;
    QTest::newRow("cosmos account") << "cosmos"
                                    << "https://cosmos1.documents.azure.com" << true;
    QTest::newRow("cosmos generic") << "cosmos"
                                    << "https://cosmos.azure.com" << true;
    QTest::newRow("cosmos ARM") << "cosmos"
                                << "https://management.azure.com/" << false;
}

void TstRealWorldCases::audienceTable()
{
    QFETCH(QString, service);
    QFETCH(QString, audience);
    QFETCH(bool, accepted);
    World w =
        load(R"J({"resourceGroups":[{"name":"rg1"}],"resources":[{"type":"storage","name":"st1","resourceGroup":"rg1"},
        {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1"}]})J");
    const QStringList audiences = service == QLatin1String("arm")  ? ArmService::audiences()
                                  : service == QLatin1String("kv") ? KeyVaultService::audiences()
                                  : service == QLatin1String("storage")
                                      ? BlobService::audiences(*w.findResource(QStringLiteral("st1")))
                                      : CosmosService::audiences(*w.findResource(QStringLiteral("cosmos1")));
    const IssuedToken t = w.learnerToken(audience);
    QVERIFY(t.isValid());
    const TokenCheck c = w.tokens().verify(t.accessToken, audiences, w.tenantId(), w.now());
    QCOMPARE(c.ok(), accepted);
    if (!accepted)
        QCOMPARE(c.failure, TokenCheck::Failure::Audience);
}

QTEST_GUILESS_MAIN(TstRealWorldCases)
#include "tst_realworldcases.moc"
