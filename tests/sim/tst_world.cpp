// The world as a value: JSON loading and errors, copies, lifecycle rules, workloads (identity-based connections,
// Key Vault reference refresh), determinism and a golden trace.
#include "sim/jwt.h"
#include "simtestutil.h"

#include <QFile>

using namespace SimTest;

class TstWorld : public QObject
{
    Q_OBJECT
private slots:
    void nameRulesTakeTheWholeName_data();
    void nameRulesTakeTheWholeName();
    void defaultSandbox();
    void loadErrors_data();
    void loadErrors();
    void toJsonIsStable();
    void copyIsIndependent();
    void userAssignedSurvivesAndIsShared();
    void systemAssignedDiesWithResource();
    void identityJsonShapes();
    void functionsIdentityConnection();
    void referenceRefreshAfter24h();
    void keyPlaceholders();
    void httpInvokeRunsWorkload();
    void determinism();
    void credentialAttemptComesBeforeItsTokenRequest_data();
    void credentialAttemptComesBeforeItsTokenRequest();
    void hopTimesIncreaseDeterministically();
    void goldenTrace();
};

namespace {
const char *appWorld();
} // namespace

void TstWorld::defaultSandbox()
{
    World w;
    QCOMPARE(w.directory().domain, QStringLiteral("contoso.onmicrosoft.com"));
    QCOMPARE(w.subscriptionName(), QStringLiteral("Keyless Sandbox"));
    QCOMPARE(w.settings().location, QStringLiteral("eastus"));
    QCOMPARE(w.learner()->userPrincipalName, QStringLiteral("learner@contoso.onmicrosoft.com"));
    QCOMPARE(w.now(), Clock::DefaultStart);
    RoleAssignmentFilter f;
    f.assignee = w.learnerId();
    const QJsonArray owner = w.controlPlane().listRoleAssignments(f).body.toArray();
    QCOMPARE(owner.size(), 1);
    QCOMPARE(owner.at(0).toObject().value(QStringLiteral("roleDefinitionName")).toString(), QStringLiteral("Owner"));
    QCOMPARE(owner.at(0).toObject().value(QStringLiteral("scope")).toString(), w.subscriptionScope());
    // ids are GUIDs derived from the seed
    QCOMPARE(World().tenantId(), w.tenantId());
    WorldSettings other;
    other.seed = QStringLiteral("other");
    QVERIFY(World(other).tenantId() != w.tenantId());
}

void TstWorld::loadErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown type") << QByteArray(R"({"resources":[{"type":"Microsoft.Nope/things","name":"x"}]})")
                                  << "resources[0].type: unknown resource type 'Microsoft.Nope/things'";
    QTest::newRow("missing name") << QByteArray(R"({"resources":[{"type":"vm"}]})") << "resources[0].name: missing";
    QTest::newRow("unknown principal")
        << QByteArray(
               R"({"resources":[{"type":"keyvault","name":"kv1"}],"roleAssignments":[{"principal":"sami:ghost","role":"Reader","scope":"resource:kv1"}]})")
        << "roleAssignments[0].principal: unknown principal 'sami:ghost'";
    QTest::newRow("unknown scope")
        << QByteArray(R"({"roleAssignments":[{"principal":"learner","role":"Reader","scope":"resource:nope"}]})")
        << "roleAssignments[0].scope: unknown scope 'resource:nope'";
    QTest::newRow("bad setting") << QByteArray(R"({"settings":{"propagationDelaySeconds":"soon"}})")
                                 << "settings.propagationDelaySeconds: expected a non-negative number";
    // Regression: a startTime past the clock's end (or a double past qint64) was taken as is.
    QTest::newRow("startTime past the clock's end")
        << QByteArray(R"({"settings":{"startTime":1e20}})")
        << "settings.startTime: expected ISO 8601 time or Unix seconds before 9999-01-01T00:00:00Z";
    QTest::newRow("startTime in year 10000")
        << QByteArray(R"({"settings":{"startTime":253402300800}})")
        << "settings.startTime: expected ISO 8601 time or Unix seconds before 9999-01-01T00:00:00Z";
    QTest::newRow("bad uami")
        << QByteArray(
               R"({"resources":[{"type":"vm","name":"vm1","identity":{"type":"UserAssigned","userAssignedIdentities":["nope"]}}]})")
        << "resources[0].identity: Identity operation";
}

void TstWorld::loadErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const WorldLoadResult r = World::fromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!r.ok());
    QVERIFY2(r.errors.first().startsWith(error), qPrintable(r.errors.join(QLatin1Char('|'))));
}

void TstWorld::toJsonIsStable()
{
    World w = load(appWorld());
    const QJsonObject a = w.toJson();
    QCOMPARE(load(appWorld()).toJson(), a);
    QVERIFY(a.value(QStringLiteral("resources")).toArray().size() == 3);
    // fromJson accepts its own output's sections: identities keep their principal ids through name references
    const QJsonArray resources = a.value(QStringLiteral("resources")).toArray();
    bool sawFunc = false;
    for (const QJsonValue &v : resources) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("func1")) {
            sawFunc = true;
            QCOMPARE(v.toObject()
                         .value(QStringLiteral("identity"))
                         .toObject()
                         .value(QStringLiteral("principalId"))
                         .toString(),
                     w.resolvePrincipal(QStringLiteral("sami:func1")));
        }
    }
    QVERIFY(sawFunc);
}

void TstWorld::copyIsIndependent()
{
    World w = load(appWorld());
    World copy = w;
    QVERIFY(copy.controlPlane().deleteResource(idOf(copy, "kv1")).ok());
    copy.advance(100);
    QVERIFY(!copy.findResource(QStringLiteral("kv1")));
    QVERIFY(w.findResource(QStringLiteral("kv1")));
    QCOMPARE(w.now() + 100, copy.now());
    QVERIFY(copy.trace().size() > w.trace().size());
}

void TstWorld::userAssignedSurvivesAndIsShared()
{
    World w = load(
        R"J({"resourceGroups":[{"name":"rg1"}],"resources":[{"type":"identity","name":"shared","resourceGroup":"rg1"},
        {"type":"vm","name":"vm1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["shared"]}},
        {"type":"functionapp","name":"f1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["shared"]}}]})J");
    const QString oid = w.resolvePrincipal(QStringLiteral("uami:shared"));
    QCOMPARE(w.identitiesOf(idOf(w, "vm1")).first()->objectId, oid);
    QCOMPARE(w.identitiesOf(idOf(w, "f1")).first()->objectId, oid);
    QVERIFY(w.controlPlane().deleteResource(idOf(w, "vm1")).ok());
    QVERIFY(w.directory().contains(oid));
    QCOMPARE(w.principal(oid)->displayName, QStringLiteral("shared"));
    QCOMPARE(w.principal(oid)->servicePrincipalType, QStringLiteral("ManagedIdentity"));
    QVERIFY(w.controlPlane().deleteResource(idOf(w, "shared")).ok());
    QVERIFY(!w.directory().contains(oid));
    QVERIFY(w.identitiesOf(idOf(w, "f1")).isEmpty()); // dangling attachment
}

void TstWorld::systemAssignedDiesWithResource()
{
    World w = load(appWorld());
    const QString oid = w.resolvePrincipal(QStringLiteral("sami:func1"));
    const Principal *p = w.principal(oid);
    QCOMPARE(p->displayName, QStringLiteral("func1"));
    QVERIFY(p->systemAssigned);
    QCOMPARE(p->managedIdentityResourceId, idOf(w, "func1"));
    QVERIFY(w.controlPlane().deleteResource(idOf(w, "func1")).ok());
    QVERIFY(!w.directory().contains(oid));
    RoleAssignmentFilter f;
    f.assignee = oid;
    f.all = true;
    QVERIFY(!w.controlPlane().listRoleAssignments(f).body.toArray().isEmpty()); // never deleted with the principal
}

void TstWorld::identityJsonShapes()
{
    World w =
        load(R"J({"resourceGroups":[{"name":"rg1"}],"resources":[{"type":"identity","name":"u1","resourceGroup":"rg1"},
        {"type":"webapp","name":"web1","resourceGroup":"rg1"}]})J");
    ControlPlane cp = w.controlPlane();
    QCOMPARE(cp.showIdentity(idOf(w, "web1")).body.toObject(),
             (QJsonObject{{QStringLiteral("type"), QStringLiteral("None")}}));
    QJsonObject o = cp.assignIdentity(idOf(w, "web1")).body.toObject();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned"));
    QVERIFY(o.value(QStringLiteral("userAssignedIdentities")).isNull());
    QCOMPARE(o.value(QStringLiteral("tenantId")).toString(), w.tenantId());
    o = cp.assignIdentity(idOf(w, "web1"), {QStringLiteral("u1")}).body.toObject();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("SystemAssigned, UserAssigned"));
    const QJsonObject ua = o.value(QStringLiteral("userAssignedIdentities")).toObject().value(idOf(w, "u1")).toObject();
    QCOMPARE(ua.value(QStringLiteral("clientId")).toString(), w.findResource(QStringLiteral("u1"))->clientId);
    const QJsonObject uami = cp.showResource(idOf(w, "u1")).body.toObject();
    QCOMPARE(uami.value(QStringLiteral("type")).toString(),
             QStringLiteral("Microsoft.ManagedIdentity/userAssignedIdentities"));
    QCOMPARE(uami.value(QStringLiteral("properties")).toObject().value(QStringLiteral("principalId")).toString(),
             w.findResource(QStringLiteral("u1"))->principalId);
    o = cp.removeIdentity(idOf(w, "web1")).body.toObject();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("UserAssigned"));
    QVERIFY(o.value(QStringLiteral("principalId")).isNull());
}

void TstWorld::functionsIdentityConnection()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
      "resources":[{"type":"identity","name":"u1","resourceGroup":"rg1"},
        {"type":"functionapp","name":"f1","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["u1"]},
         "appSettings":{"CosmosDb__accountEndpoint":"https://cosmos1.documents.azure.com:443/","CosmosDb__credential":"managedidentity"}},
        {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1","databases":[{"name":"db","containers":[{"name":"c"}]}],
         "sqlRoleAssignments":[{"principal":"uami:u1","roleDefinitionId":"00000000-0000-0000-0000-000000000002","scope":"/dbs/db"}]}]})J");
    const char *step =
        R"J({"operation":"cosmos.createItem","connection":"CosmosDb","params":{"database":"db","container":"c","item":{"id":"1"}}})J";
    StepResult r = runStep(w, "f1", step);
    QCOMPARE(r.status, 0); // no __clientId: the system-assigned identity was asked for, and there is none
    QVERIFY(r.message.contains(QStringLiteral("Unable to load the proper Managed Identity.")));
    QVERIFY(w.controlPlane()
                .setAppSettings(idOf(w, "f1"), {{QStringLiteral("CosmosDb__clientId"),
                                                 w.findResource(QStringLiteral("u1"))->clientId}})
                .ok());
    r = runStep(w, "f1", step);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.attempts.first().credential, QStringLiteral("ManagedIdentityCredential"));
}

void TstWorld::referenceRefreshAfter24h()
{
    World w = load(appWorld());
    const QString site = idOf(w, "func1");
    QCOMPARE(w.environment(site).value(QStringLiteral("PW")), QStringLiteral("pw"));
    // a new secret version is picked up only on refresh (within 24 h) or restart
    HttpRequest put = HttpRequest::withBody(QStringLiteral("PUT"),
                                            QStringLiteral("https://kv1.vault.azure.net/secrets/db?api-version=7.4"),
                                            R"({"value":"pw2"})");
    put.headers.set(QStringLiteral("Authorization"),
                    QStringLiteral("Bearer ") + w.learnerToken(QStringLiteral("https://vault.azure.net")).accessToken);
    QVERIFY(w.controlPlane()
                .createRoleAssignment(
                    {w.learnerId(), QStringLiteral("Key Vault Secrets Officer"), idOf(w, "kv1"), {}, {}, {}})
                .ok());
    w.advance(60); // propagation
    QCOMPARE(w.send(put).status, 200);
    QCOMPARE(w.environment(site).value(QStringLiteral("PW")), QStringLiteral("pw"));
    w.advance(86400 - 60);
    QCOMPARE(w.environment(site).value(QStringLiteral("PW")), QStringLiteral("pw2"));
}

void TstWorld::keyPlaceholders()
{
    World w =
        load(R"J({"resourceGroups":[{"name":"rg1"}],"resources":[{"type":"storage","name":"st1","resourceGroup":"rg1"},
        {"type":"cosmosdb","name":"c1","resourceGroup":"rg1"},
        {"type":"webapp","name":"web1","resourceGroup":"rg1","appSettings":{"A":"{connectionString:st1}","B":"{primaryKey:c1}","C":"{connectionString:c1}","S":"{subscriptionId}"}}]})J");
    const QMap<QString, QString> env = w.environment(idOf(w, "web1"));
    QCOMPARE(
        env.value(QStringLiteral("A")),
        QStringLiteral("DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=%1;EndpointSuffix=core.windows.net")
            .arg(w.findResource(QStringLiteral("st1"))->storageKeys.first()));
    QCOMPARE(env.value(QStringLiteral("B")), w.findResource(QStringLiteral("c1"))->cosmosKeys.first());
    QCOMPARE(env.value(QStringLiteral("C")),
             QStringLiteral("AccountEndpoint=https://c1.documents.azure.com:443/;AccountKey=%1;")
                 .arg(w.findResource(QStringLiteral("c1"))->cosmosKeys.first()));
    QCOMPARE(env.value(QStringLiteral("S")), w.subscriptionId());
}

void TstWorld::httpInvokeRunsWorkload()
{
    World w = load(appWorld());
    const HttpResponse r = w.send(HttpRequest::get(QStringLiteral("https://func1.azurewebsites.net/api/orders")));
    QCOMPARE(r.status, 200);
    QVERIFY(r.json().value(QStringLiteral("ok")).toBool());
    // the data-plane request carries how it authenticated (lab trace checks)
    bool bearer = false;
    for (const TraceEvent &e : w.trace().events())
        bearer = bearer || (e.kind == TraceKind::ResourceRequest &&
                            e.details.value(QStringLiteral("auth")).toString() == QLatin1String("bearer"));
    QVERIFY(bearer);
}

void TstWorld::determinism()
{
    auto scenario = [] {
        World w = load(appWorld());
        const WorkloadResult r = WorkloadRunner(w).run(idOf(w, "func1"));
        w.advance(90000);
        WorkloadRunner(w).run(idOf(w, "func1"));
        return QJsonDocument(w.trace().toJson()).toJson(QJsonDocument::Compact) +
               QJsonDocument(w.toJson()).toJson(QJsonDocument::Compact);
    };
    const QByteArray a = scenario();
    QCOMPARE(scenario(), a);
    QVERIFY(a.contains("\"kind\":\"TokenIssued\""));
}

// QA: the flow showed the credential attempt after the token request it caused. The SDK tries the credential
// first; the attempt is recorded before its hops and completed with its outcome afterwards. (QA, later: it then read
// "token acquired" at step 1, before the request; an attempt whose token comes in the following hops "requests a
// token".)
void TstWorld::credentialAttemptComesBeforeItsTokenRequest_data()
{
    QTest::addColumn<QString>("credential");
    QTest::addColumn<QString>("attempted"); // the attempt that sends the token request
    QTest::addColumn<QString>("summary");
    QTest::newRow("managed identity") << "ManagedIdentityCredential"
                                      << "ManagedIdentityCredential"
                                      << "ManagedIdentityCredential: requests a token";
    // DefaultAzureCredential tries EnvironmentCredential and WorkloadIdentityCredential first (facts §8.1).
    QTest::newRow("default chain") << "DefaultAzureCredential"
                                   << "ManagedIdentityCredential"
                                   << "ManagedIdentityCredential: requests a token";
}

void TstWorld::credentialAttemptComesBeforeItsTokenRequest()
{
    QFETCH(QString, credential);
    QFETCH(QString, attempted);
    QFETCH(QString, summary);
    World w = load(QStringLiteral(R"J({"seed":"order","settings":{"propagationDelaySeconds":0},
      "resourceGroups":[{"name":"rg1"}],
      "resources":[
        {"type":"functionapp","name":"func1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"},
         "workload":{"steps":[{"label":"read secret","operation":"keyvault.getSecret","credential":{"type":"%1"},
            "endpoint":"https://kv1.vault.azure.net/","params":{"name":"db"}}]}},
        {"type":"keyvault","name":"kv1","resourceGroup":"rg1","properties":{"enableRbacAuthorization":true},
         "secrets":[{"name":"db","value":"x"}]}],
      "roleAssignments":[{"principal":"sami:func1","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J")
                       .arg(credential)
                       .toUtf8()
                       .constData());
    const WorkloadResult r = WorkloadRunner(w).run(idOf(w, "func1"));
    QVERIFY(r.ok());
    int attempt = -1;
    int request = -1;
    for (int i = 0; i < r.trace.size(); ++i) {
        const TraceEvent &e = r.trace.at(i);
        if (e.kind == TraceKind::CredentialAttempt && e.to == attempted)
            attempt = i;
        if (e.kind == TraceKind::TokenRequest && request < 0)
            request = i;
    }
    QVERIFY(attempt >= 0);
    QVERIFY(request >= 0);
    QCOMPARE(request, attempt + 1);
    // Completed in place: the outcome is the final one, and no "trying" event is left behind.
    QCOMPARE(r.trace.at(attempt).summary, summary);
    QVERIFY(r.trace.at(attempt).errorCode.isEmpty());
    for (const TraceEvent &e : r.trace)
        QVERIFY2(!e.summary.endsWith(QLatin1String(": trying")), qPrintable(e.summary));
    for (int i = 0; i < r.trace.size(); ++i)
        QCOMPARE(r.trace.at(i).seq, r.trace.first().seq + i);
}

// QA: every hop showed 0.000 s. Each recorded hop takes Trace::HopLatencyMs of simulated time; the seconds clock
// (token times, propagation) does not move, and after `advance` the hops continue from the new clock.
void TstWorld::hopTimesIncreaseDeterministically()
{
    auto run = [] {
        World w = load(appWorld());
        WorkloadRunner(w).run(idOf(w, "func1"));
        w.advance(600);
        WorkloadRunner(w).run(idOf(w, "func1"));
        return w.trace().events();
    };
    const QList<TraceEvent> events = run();
    QVERIFY(events.size() > 10);
    const qint64 start = Clock::DefaultStart * 1000;
    QCOMPARE(events.first().timeMs, start);
    bool advanced = false;
    for (int i = 1; i < events.size(); ++i) {
        const TraceEvent &e = events.at(i);
        const TraceEvent &before = events.at(i - 1);
        QVERIFY2(e.timeMs > before.timeMs, qPrintable(QString::number(i)));
        QVERIFY(e.timeMs >= e.time * 1000);
        if (e.time == before.time) {
            QCOMPARE(e.timeMs - before.timeMs, Trace::HopLatencyMs);
        } else {
            QCOMPARE(e.timeMs, e.time * 1000); // the first hop after the clock moved starts at the new second
            advanced = true;
        }
    }
    QVERIFY(advanced);
    QCOMPARE(events.first().time, Clock::DefaultStart);
    const QList<TraceEvent> again = run();
    QCOMPARE(again.size(), events.size());
    for (int i = 0; i < events.size(); ++i)
        QCOMPARE(again.at(i).timeMs, events.at(i).timeMs);
    // The JSON form keeps the milliseconds.
    QCOMPARE(TraceEvent::fromJson(events.last().toJson()).timeMs, events.last().timeMs);
}

void TstWorld::goldenTrace()
{
    World w = load(appWorld());
    const WorkloadResult r = WorkloadRunner(w).run(idOf(w, "func1"));
    const QByteArray actual = QJsonDocument(r.toJson()).toJson(QJsonDocument::Indented);
    const QString path = QStringLiteral(KEYLESS_SOURCE_DIR "/tests/sim/golden/func_cosmos_keyvault.json");
    if (qEnvironmentVariableIsSet("KEYLESS_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
    }
    QFile f(path);
    QVERIFY2(f.open(QIODevice::ReadOnly), "golden file missing: run with KEYLESS_UPDATE_GOLDEN=1");
    QCOMPARE(QString::fromUtf8(actual), QString::fromUtf8(f.readAll()));
}

namespace {
const char *appWorld()
{
    return R"J({"seed":"golden","settings":{"propagationDelaySeconds":60},"resourceGroups":[{"name":"rg1"}],
      "resources":[
        {"type":"functionapp","name":"func1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"},
         "appSettings":{"COSMOS":"https://cosmos1.documents.azure.com:443/","PW":"@Microsoft.KeyVault(VaultName=kv1;SecretName=db)"},
         "workload":{"steps":[
           {"label":"read setting","operation":"setting.read","params":{"name":"PW"}},
           {"label":"create order","operation":"cosmos.createItem","credential":{"type":"DefaultAzureCredential"},"endpoint":"%COSMOS%",
            "params":{"database":"shop","container":"orders","item":{"id":"1","total":5}}},
           {"label":"read secret","operation":"keyvault.getSecret","credential":{"type":"ManagedIdentityCredential"},
            "endpoint":"https://kv1.vault.azure.net/","params":{"name":"db"}}]}},
        {"type":"keyvault","name":"kv1","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]},
        {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1","databases":[{"name":"shop","containers":[{"name":"orders"}]}],
         "sqlRoleAssignments":[{"principal":"sami:func1","roleDefinitionId":"00000000-0000-0000-0000-000000000002","scope":"/"}]}],
      "roleAssignments":[{"principal":"sami:func1","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J";
}
} // namespace

QTEST_GUILESS_MAIN(TstWorld)
// The rules hold for the whole name: a final newline is not allowed by a "$" (QA: "kvnl\n" became a vault).
void TstWorld::nameRulesTakeTheWholeName_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("vault") << ResourceType::keyVault() << QStringLiteral("kvnl") << true;
    QTest::newRow("vault, a final newline") << ResourceType::keyVault() << QStringLiteral("kvnl\n") << false;
    QTest::newRow("vault, a newline inside") << ResourceType::keyVault() << QStringLiteral("kv\nnl") << false;
    QTest::newRow("storage") << ResourceType::storageAccount() << QStringLiteral("stnl") << true;
    QTest::newRow("storage, a final newline") << ResourceType::storageAccount() << QStringLiteral("stnl\n") << false;
    QTest::newRow("another type is not checked") << ResourceType::site() << QStringLiteral("Any_Name") << true;
}

void TstWorld::nameRulesTakeTheWholeName()
{
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ControlPlane::nameRuleFailure(type, name).ok(), valid);
}

#include "tst_world.moc"
