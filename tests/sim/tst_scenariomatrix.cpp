// One row per line of the facts' §10 simulator scenario matrix (managed-identity-facts.md).
#include "sim/jwt.h"
#include "simtestutil.h"

#include <algorithm>
#include <functional>

using namespace SimTest;

class TstScenarioMatrix : public QObject
{
    Q_OBJECT
private slots:
    void matrix_data();
    void matrix();
};

namespace {
World sandbox();
QString tokenFor(World &w, const char *vm, const char *resource);
const char *daqVault();
} // namespace

void TstScenarioMatrix::matrix_data()
{
    QTest::addColumn<int>("row");
    const char *names[] = {"01 laptop, not logged in: DAC fails",
                           "02 laptop, az login: user token",
                           "03 VM without identity: Identity not found",
                           "04 VM without Metadata header",
                           "05 VM SAMI + 2 UAMIs: SAMI is default",
                           "06 VM 2 UAMIs: must specify",
                           "07 VM 1 UAMI: that UAMI",
                           "08 App Service SAMI: 200 JSON",
                           "09 App Service AZURE_CLIENT_ID not attached",
                           "10 ARM token against Key Vault: AKV10022",
                           "11 RBAC vault, Key Vault Reader: no values, list ok",
                           "12 Secrets User 1 min ago: propagation",
                           "13 policy get only: list denied",
                           "14 KV reference, SAMI off: literal, MSINotEnabled",
                           "15 Storage Owner without data role",
                           "16 allowSharedKeyAccess=false: KeyBasedAuthenticationNotPermitted",
                           "17 Cosmos DocumentDB Account Contributor only: 5301 readMetadata",
                           "18 Cosmos Data Contributor creates a database: 5300",
                           "19 Cosmos Data Reader on c1 queries c2: 5301",
                           "20 Cosmos disableLocalAuth: 401 for keys",
                           "21 MI added to a group: cached token hides it",
                           "22 SAMI off and on: new principal, orphaned assignments",
                           "23 role assignment without --scope",
                           "24 IMDS hammered: 429"};
    int row = 1;
    for (const char *n : names)
        QTest::newRow(n) << row++;
}

void TstScenarioMatrix::matrix()
{
    QFETCH(int, row);
    World w = sandbox();
    const Origin vmSami = Origin::resource(idOf(w, "vm-sami"));
    const QString v = QStringLiteral("api-version=2018-02-01&resource=https://vault.azure.net");
    const QString kvUrl = QStringLiteral("https://kv-rbac.vault.azure.net/secrets/db?api-version=7.4");
    ControlPlane cp = w.controlPlane();
    switch (row) {
    case 1: {
        w.setLearnerSignedIn(false);
        const StepResult r = runLocal(w, daqVault());
        QCOMPARE(r.errorCode, QStringLiteral("CredentialUnavailableException"));
        QVERIFY(r.message.startsWith(
            QStringLiteral("DefaultAzureCredential failed to retrieve a token from the included credentials.")));
        QVERIFY(r.message.contains(QStringLiteral(
            "\n- ManagedIdentityCredential authentication unavailable. No Managed Identity endpoint found.")));
        QVERIFY(r.message.contains(QStringLiteral("\n- Please run 'az login' to set up account")));
        QStringList order;
        for (const CredentialAttempt &a : r.attempts)
            order << a.credential;
        QCOMPARE(order,
                 (QStringList{QStringLiteral("EnvironmentCredential"), QStringLiteral("WorkloadIdentityCredential"),
                              QStringLiteral("ManagedIdentityCredential"), QStringLiteral("VisualStudioCredential"),
                              QStringLiteral("AzureCliCredential"), QStringLiteral("AzurePowerShellCredential"),
                              QStringLiteral("AzureDeveloperCliCredential")}));
        break;
    }
    case 2: {
        const StepResult r = runLocal(w, daqVault());
        QVERIFY(r.ok);
        const QJsonObject c = r.value.toObject().value(QStringLiteral("claims")).toObject();
        QCOMPARE(r.value.toObject().value(QStringLiteral("credential")).toString(),
                 QStringLiteral("AzureCliCredential"));
        QCOMPARE(c.value(QStringLiteral("aud")).toString(), QStringLiteral("https://vault.azure.net"));
        QCOMPARE(c.value(QStringLiteral("idtyp")).toString(), QStringLiteral("user"));
        QVERIFY(c.contains(QStringLiteral("upn")));
        break;
    }
    case 3: {
        const HttpResponse r = SimTest::imds(w, "vm-none", v);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.text(), QStringLiteral(R"({"error":"invalid_request","error_description":"Identity not found"})"));
        break;
    }
    case 4: {
        const HttpResponse r = SimTest::imds(w, "vm-sami", v, false);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("Required metadata header not specified"));
        break;
    }
    case 5:
        QCOMPARE(Jwt::decode(tokenFor(w, "vm-all", "https://vault.azure.net"))
                     .payload.value(QStringLiteral("oid"))
                     .toString(),
                 w.resolvePrincipal(QStringLiteral("sami:vm-all")));
        break;
    case 6: {
        const HttpResponse r = SimTest::imds(w, "vm-two", v);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("Multiple user assigned identities exist, please specify the clientId / resourceId of "
                                "the identity in the token request"));
        break;
    }
    case 7:
        QCOMPARE(Jwt::decode(tokenFor(w, "vm-one", "https://vault.azure.net"))
                     .payload.value(QStringLiteral("oid"))
                     .toString(),
                 w.resolvePrincipal(QStringLiteral("uami:ua")));
        break;
    case 8: {
        const HttpResponse r =
            appServiceToken(w, "web-sami", QStringLiteral("resource=https://vault.azure.net&api-version=2019-08-01"));
        QCOMPARE(r.status, 200);
        QCOMPARE(QStringList(r.json().keys()),
                 (QStringList{QStringLiteral("access_token"), QStringLiteral("client_id"), QStringLiteral("expires_on"),
                              QStringLiteral("resource"), QStringLiteral("token_type")}));
        break;
    }
    case 9: {
        QMap<QString, QString> env = w.environment(idOf(w, "web-sami"));
        env.insert(QStringLiteral("AZURE_CLIENT_ID"), w.findResource(QStringLiteral("ub"))->clientId);
        const Workload wl = Workload::fromJson(QJsonDocument::fromJson(QByteArray("[") + daqVault() + "]").array());
        const StepResult r = WorkloadRunner(w).run(wl, Origin::resource(idOf(w, "web-sami")), env).steps.value(0);
        QCOMPARE(r.errorCode, QStringLiteral("CredentialUnavailableException"));
        QVERIFY(r.message.contains(QStringLiteral("ManagedIdentityCredential authentication unavailable. The requested "
                                                  "identity has not been assigned to this resource.")));
        QVERIFY(r.message.contains(QStringLiteral("Status: 400 (Bad Request)")));
        break;
    }
    case 10: {
        const HttpResponse r = withBearer(w, QStringLiteral("GET"), kvUrl,
                                          tokenFor(w, "vm-sami", "https://management.azure.com/"), vmSami);
        QCOMPARE(r.status, 401);
        QVERIFY(r.text().contains(QStringLiteral(
            "AKV10022: Invalid audience. Expected https://vault.azure.net, found: https://management.azure.com/.")));
        break;
    }
    case 11: {
        QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:vm-sami")),
                                         QStringLiteral("Key Vault Reader"),
                                         idOf(w, "kv-rbac"),
                                         {},
                                         {},
                                         {}})
                    .ok());
        w.advance(600);
        const QString t = tokenFor(w, "vm-sami", "https://vault.azure.net");
        const HttpResponse r = withBearer(w, QStringLiteral("GET"), kvUrl, t, vmSami);
        QCOMPARE(r.status, 403);
        QVERIFY(r.text().contains(QStringLiteral("ForbiddenByRbac")));
        QVERIFY(r.text().contains(QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));
        const HttpResponse list =
            withBearer(w, QStringLiteral("GET"),
                       QStringLiteral("https://kv-rbac.vault.azure.net/secrets?api-version=7.4"), t, vmSami);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.json().value(QStringLiteral("value")).toArray().size(), 1);
        QVERIFY(!list.text().contains(QStringLiteral("\"value\":\"pw\"")));
        break;
    }
    case 12: {
        QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:vm-sami")),
                                         QStringLiteral("Key Vault Secrets User"),
                                         idOf(w, "kv-rbac"),
                                         {},
                                         {},
                                         {}})
                    .ok());
        w.advance(60);
        const QString t = tokenFor(w, "vm-sami", "https://vault.azure.net");
        QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, t, vmSami).status, 403);
        w.advance(540);
        QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, t, vmSami).status, 200);
        break;
    }
    case 13: {
        const HttpResponse r = withBearer(w, QStringLiteral("GET"),
                                          QStringLiteral("https://kv-policy.vault.azure.net/secrets?api-version=7.4"),
                                          tokenFor(w, "vm-sami", "https://vault.azure.net"), vmSami);
        QCOMPARE(r.status, 403);
        QVERIFY(r.text().contains(
            QStringLiteral("does not have secrets list permission on key vault 'kv-policy;location=eastus'")));
        QVERIFY(r.text().contains(QStringLiteral("\"innererror\":{\"code\":\"AccessDenied\"}")));
        QCOMPARE(withBearer(w, QStringLiteral("GET"),
                            QStringLiteral("https://kv-policy.vault.azure.net/secrets/db?api-version=7.4"),
                            tokenFor(w, "vm-sami", "https://vault.azure.net"), vmSami)
                     .status,
                 200);
        break;
    }
    case 14: {
        QCOMPARE(w.environment(idOf(w, "web-none")).value(QStringLiteral("SECRET")),
                 QStringLiteral("@Microsoft.KeyVault(SecretUri=https://kv-rbac.vault.azure.net/secrets/db/)"));
        QCOMPARE(cp.listKeyVaultReferences(idOf(w, "web-none"))
                     .body.toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("MSINotEnabled"));
        break;
    }
    case 15: {
        QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:vm-sami")),
                                         QStringLiteral("Owner"),
                                         idOf(w, "st1"),
                                         {},
                                         {},
                                         {}})
                    .ok());
        const StepResult r = runStep(
            w, "vm-sami",
            R"J({"operation":"blob.list","endpoint":"https://st1.blob.core.windows.net/","params":{"container":"docs"}})J");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode, QStringLiteral("AuthorizationPermissionMismatch"));
        break;
    }
    case 16: {
        QVERIFY(cp.setProperty(idOf(w, "st1"), QStringLiteral("properties.allowSharedKeyAccess"), false).ok());
        const StepResult r = runStep(
            w, "web-sami",
            R"J({"operation":"blob.download","credential":{"type":"ConnectionString","connectionString":"%STORAGE%"},
            "params":{"container":"docs","blob":"a.txt"}})J");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode, QStringLiteral("KeyBasedAuthenticationNotPermitted"));
        QVERIFY(
            r.message.startsWith(QStringLiteral("Key based authentication is not permitted on this storage account.")));
        break;
    }
    case 17: {
        QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("sami:web-sami")),
                                         QStringLiteral("DocumentDB Account Contributor"),
                                         idOf(w, "cosmos1"),
                                         {},
                                         {},
                                         {}})
                    .ok());
        w.advance(600);
        const StepResult r = runStep(
            w, "web-sami", R"J({"operation":"cosmos.readItem","endpoint":"https://cosmos1.documents.azure.com:443/",
            "params":{"database":"db1","container":"c1","id":"1"}})J");
        QCOMPARE(r.subStatus, 5301);
        QVERIFY(
            r.message.contains(QStringLiteral("[Microsoft.DocumentDB/databaseAccounts/readMetadata] on resource [/]")));
        // The trace names the refusal beside its status, which the flow view shows before it (QA: "403 403.5301").
        for (const TraceEvent &e : w.trace().events()) {
            if (e.status == 403 && e.toId.contains(QLatin1String("cosmos1"), Qt::CaseInsensitive))
                QCOMPARE(e.errorCode, QStringLiteral("Forbidden (substatus 5301)"));
        }
        QVERIFY(std::any_of(w.trace().events().cbegin(), w.trace().events().cend(), [](const TraceEvent &e) {
            return e.kind == TraceKind::Response && e.errorCode == QLatin1String("Forbidden (substatus 5301)");
        }));
        break;
    }
    case 18: {
        QVERIFY(cp.createCosmosSqlRoleAssignment(
                      idOf(w, "cosmos1"), w.resolvePrincipal(QStringLiteral("sami:web-sami")),
                      QStringLiteral("00000000-0000-0000-0000-000000000002"), QStringLiteral("/"))
                    .ok());
        w.advance(600);
        const StepResult r = runStep(
            w, "web-sami",
            R"J({"operation":"cosmos.createDatabase","endpoint":"https://cosmos1.documents.azure.com:443/","params":{"database":"db2"}})J");
        QCOMPARE(r.status, 403);
        QCOMPARE(r.subStatus, 5300);
        QVERIFY(r.message.contains(QStringLiteral("cannot be authorized by AAD token in data plane")));
        break;
    }
    case 19: {
        QVERIFY(cp.createCosmosSqlRoleAssignment(
                      idOf(w, "cosmos1"), w.resolvePrincipal(QStringLiteral("sami:web-sami")),
                      QStringLiteral("Cosmos DB Built-in Data Reader"), QStringLiteral("/dbs/db1/colls/c1"))
                    .ok());
        w.advance(600);
        StepResult r = runStep(
            w, "web-sami",
            R"J({"operation":"cosmos.queryItems","endpoint":"https://cosmos1.documents.azure.com:443/","params":{"database":"db1","container":"c2"}})J");
        QCOMPARE(r.subStatus, 5301);
        QVERIFY(r.message.contains(QStringLiteral("[Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/"
                                                  "executeQuery] on resource [dbs/db1/colls/c2]")));
        r = runStep(
            w, "web-sami",
            R"J({"operation":"cosmos.queryItems","endpoint":"https://cosmos1.documents.azure.com:443/","params":{"database":"db1","container":"c1","query":"SELECT * FROM c WHERE c.kind = 'a'"}})J");
        QVERIFY(r.ok);
        QCOMPARE(r.value.toArray().size(), 1);
        break;
    }
    case 20: {
        QVERIFY(cp.setProperty(idOf(w, "cosmos1"), QStringLiteral("disableLocalAuth"), true).ok());
        const StepResult r = runStep(
            w, "web-sami",
            R"J({"operation":"cosmos.readItem","credential":{"type":"ConnectionString","connectionString":"%COSMOS%"},
            "params":{"database":"db1","container":"c1","id":"1"}})J");
        QCOMPARE(r.status, 401);
        QVERIFY(r.message.contains(
            QStringLiteral("Local Authorization is disabled. Use an AAD token to authorize all requests.")));
        break;
    }
    case 21: {
        const QString t0 = tokenFor(w, "vm-sami", "https://vault.azure.net");
        QVERIFY(cp.createGroup(QStringLiteral("kv-readers")).ok());
        QVERIFY(cp.createRoleAssignment({w.resolvePrincipal(QStringLiteral("group:kv-readers")),
                                         QStringLiteral("Key Vault Secrets User"),
                                         idOf(w, "kv-rbac"),
                                         {},
                                         {},
                                         {}})
                    .ok());
        QVERIFY(
            cp.addGroupMember(QStringLiteral("kv-readers"), w.resolvePrincipal(QStringLiteral("sami:vm-sami"))).ok());
        w.advance(3600); // long after RBAC propagation
        const QString t1 = tokenFor(w, "vm-sami", "https://vault.azure.net");
        QCOMPARE(t1, t0); // the endpoint's cache hands out the same token
        QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, t1, vmSami).status, 403);
        w.advance(86700);
        QCOMPARE(withBearer(w, QStringLiteral("GET"), kvUrl, tokenFor(w, "vm-sami", "https://vault.azure.net"), vmSami)
                     .status,
                 200);
        break;
    }
    case 22: {
        const QString p1 = w.resolvePrincipal(QStringLiteral("sami:vm-sami"));
        QVERIFY(cp.createRoleAssignment({p1, QStringLiteral("Reader"), idOf(w, "kv-rbac"), {}, {}, {}}).ok());
        QVERIFY(cp.removeIdentity(idOf(w, "vm-sami")).ok());
        QVERIFY(cp.assignIdentity(idOf(w, "vm-sami")).ok());
        const QString p2 = w.resolvePrincipal(QStringLiteral("sami:vm-sami"));
        QVERIFY(p1 != p2);
        RoleAssignmentFilter f;
        f.assignee = p1;
        f.all = true;
        const QJsonArray orphans = cp.listRoleAssignments(f).body.toArray();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.at(0).toObject().value(QStringLiteral("principalName")).toString(),
                 QStringLiteral("Identity not found"));
        f.assignee = p2;
        QCOMPARE(cp.listRoleAssignments(f).body.toArray().size(), 0);
        break;
    }
    case 23: {
        const ArmResult r = cp.createRoleAssignment(
            {w.resolvePrincipal(QStringLiteral("sami:vm-sami")), QStringLiteral("Reader"), {}, {}, {}, {}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.message, QStringLiteral("--scope is required"));
        break;
    }
    case 24: {
        int throttled = 0;
        for (int i = 0; i < 25; ++i)
            throttled += SimTest::imds(w, "vm-sami", v).status == 429 ? 1 : 0;
        QCOMPARE(throttled, 5);
        break;
    }
    default:
        QFAIL("no such row");
    }
}

namespace {
World sandbox()
{
    return load(R"J({"seed":"matrix","resourceGroups":[{"name":"rg1"}],
      "resources":[
        {"type":"identity","name":"ua","resourceGroup":"rg1"},{"type":"identity","name":"ub","resourceGroup":"rg1"},
        {"type":"vm","name":"vm-none","resourceGroup":"rg1"},
        {"type":"vm","name":"vm-sami","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
        {"type":"vm","name":"vm-all","resourceGroup":"rg1","identity":{"type":"SystemAssigned, UserAssigned","userAssignedIdentities":["ua","ub"]}},
        {"type":"vm","name":"vm-two","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua","ub"]}},
        {"type":"vm","name":"vm-one","resourceGroup":"rg1","identity":{"type":"UserAssigned","userAssignedIdentities":["ua"]}},
        {"type":"webapp","name":"web-sami","resourceGroup":"rg1","identity":{"type":"SystemAssigned"},
         "appSettings":{"STORAGE":"{connectionString:st1}","COSMOS":"{connectionString:cosmos1}"}},
        {"type":"webapp","name":"web-none","resourceGroup":"rg1",
         "appSettings":{"SECRET":"@Microsoft.KeyVault(SecretUri=https://kv-rbac.vault.azure.net/secrets/db/)"}},
        {"type":"keyvault","name":"kv-rbac","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}]},
        {"type":"keyvault","name":"kv-policy","resourceGroup":"rg1","secrets":[{"name":"db","value":"pw"}],
         "properties":{"enableRbacAuthorization":false,"accessPolicies":[{"objectId":"sami:vm-sami","permissions":{"secrets":["get"]}}]}},
        {"type":"storage","name":"st1","resourceGroup":"rg1","containers":[{"name":"docs","blobs":[{"name":"a.txt","content":"hello"}]}]},
        {"type":"cosmosdb","name":"cosmos1","resourceGroup":"rg1","databases":[{"name":"db1","containers":[
            {"name":"c1","items":[{"id":"1","kind":"a"},{"id":"2","kind":"b"}]},{"name":"c2","items":[{"id":"9"}]}]}]}
      ]})J");
}

QString tokenFor(World &w, const char *vm, const char *resource)
{
    return accessToken(SimTest::imds(w, vm,
                                     QStringLiteral("api-version=2018-02-01&resource=") +
                                         QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(resource)))));
}

const char *daqVault()
{
    return R"J({"operation":"token.get","credential":{"type":"DefaultAzureCredential"},"params":{"scope":"https://vault.azure.net/.default"}})J";
}
} // namespace

QTEST_GUILESS_MAIN(TstScenarioMatrix)
#include "tst_scenariomatrix.moc"
