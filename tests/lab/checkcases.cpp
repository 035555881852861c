// Data for tst_labchecks, kept out of the moc-scanned file: moc's preprocessor does not
// understand raw string literals.
#include "checkcases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// rg1 with a function app (SAMI on), a Cosmos DB account, a storage account, a vault and a UAMI.
QJsonObject checksBaseWorld()
{
    return QJsonDocument::fromJson(R"json({
      "seed": "checks",
      "settings": {"propagationDelaySeconds": 600},
      "resourceGroups": [{"name": "rg1"}],
      "resources": [
        {"type": "identity", "name": "id1", "resourceGroup": "rg1"},
        {"type": "functionapp", "name": "func1", "resourceGroup": "rg1", "identity": {"type": "SystemAssigned"},
         "appSettings": {"A": "1", "Conn": "DefaultEndpointsProtocol=https;AccountName=st1;AccountKey=abc==;EndpointSuffix=core.windows.net",
                         "Ref": "@Microsoft.KeyVault(VaultName=kv1;SecretName=s)",
                         "KeyVaultUri": "https://kv1.vault.azure.net/", "AZURE_KEY_VAULT_ENDPOINT": "https://kv1.vault.azure.net/",
                         "ApiKey": "hunter2", "DB_PASSWORD": "hunter2", "COSMOS_ACCOUNT_KEY": "hunter2", "APIKey": "hunter2",
                         "Monkey": "m1"},
         "workload": {"steps": [{"label": "read", "operation": "keyvault.getSecret",
                                 "credential": {"type": "DefaultAzureCredential"},
                                 "endpoint": "https://kv1.vault.azure.net/", "params": {"name": "s"}}]}},
        {"type": "webapp", "name": "web1", "resourceGroup": "rg1"},
        {"type": "cosmosdb", "name": "cosmos1", "resourceGroup": "rg1",
         "databases": [{"name": "shop", "containers": [{"name": "orders", "items": []}]}]},
        {"type": "storage", "name": "st1", "resourceGroup": "rg1", "containers": [{"name": "c1", "blobs": []}]},
        {"type": "keyvault", "name": "kv1", "resourceGroup": "rg1", "secrets": [{"name": "s", "value": "v"}]}
      ]})json")
        .object();
}

QJsonObject roleAssignments(const char *json)
{
    return QJsonObject{{QStringLiteral("roleAssignments"), QJsonDocument::fromJson(json).array()}};
}

void addCheckCases()
{
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("check");
    QTest::addColumn<bool>("passes");
    QTest::addColumn<QString>("feedback");

    const QJsonObject none;
    QTest::newRow("identity system on") << none
                                        << QStringLiteral(
                                               R"({"check":"identity-enabled","resource":"func1","kind":"system"})")
                                        << true << QString();
    QTest::newRow("identity system off") << none
                                         << QStringLiteral(
                                                R"({"check":"identity-enabled","resource":"web1","kind":"system"})")
                                         << false << QStringLiteral("web1 has no system-assigned managed identity");
    QTest::newRow("identity user missing")
        << none << QStringLiteral(R"({"check":"identity-enabled","resource":"func1","kind":"user","identity":"id1"})")
        << false << QStringLiteral("id1 is not attached to func1");

    const QJsonObject contributor =
        roleAssignments(R"([{"principal":"sami:func1","role":"Contributor","scope":"resourceGroup:rg1"}])");
    QTest::newRow("least privilege: Contributor too broad")
        << contributor
        << QStringLiteral(
               R"({"check":"least-privilege","principal":"sami:func1","roles":["Storage Blob Data Reader"],"scope":"resource:st1"})")
        << false
        << QStringLiteral("Contributor is a control-plane role: it may change or delete every resource in that scope "
                          "and list its keys, yet it grants no data actions");
    const QJsonObject owner = roleAssignments(R"([{"principal":"sami:func1","role":"Owner","scope":"subscription"},
                                                  {"principal":"sami:func1","role":"Storage Blob Data Reader","scope":"resource:st1"}])");
    QTest::newRow("least privilege: Owner too broad")
        << owner
        << QStringLiteral(
               R"({"check":"least-privilege","principal":"sami:func1","roles":["Storage Blob Data Reader"],"scope":"resource:st1"})")
        << false << QStringLiteral("holds Owner at the subscription");
    const QJsonObject wideReader = roleAssignments(
        R"([{"principal":"sami:func1","role":"Storage Blob Data Reader","scope":"resourceGroup:rg1"}])");
    QTest::newRow("least privilege: scope too broad")
        << wideReader
        << QStringLiteral(
               R"({"check":"least-privilege","principal":"sami:func1","roles":["Storage Blob Data Reader"],"scope":"resource:st1/blobServices/default/containers/c1"})")
        << false << QStringLiteral("at resource group rg1, broader than needed");
    const QJsonObject narrowReader = roleAssignments(
        R"([{"principal":"sami:func1","role":"Storage Blob Data Reader","scope":"resource:st1/blobServices/default/containers/c1"}])");
    QTest::newRow("least privilege: narrow ok")
        << narrowReader
        << QStringLiteral(
               R"({"check":"least-privilege","principal":"sami:func1","roles":["Storage Blob Data Reader"],"scope":"resource:st1"})")
        << true << QString();
    QTest::newRow("least privilege: nothing granted")
        << none
        << QStringLiteral(
               R"({"check":"least-privilege","principal":"sami:func1","roles":["Storage Blob Data Reader"],"scope":"resource:st1"})")
        << false << QStringLiteral("has not been granted Storage Blob Data Reader");
    QTest::newRow("least privilege: no Azure RBAC wanted, none held")
        << none
        << QStringLiteral(
               R"({"check":"least-privilege","principal":"sami:func1","roles":[],"scope":"resource:cosmos1"})")
        << true << QString();

    QTest::newRow("role assignment within")
        << narrowReader
        << QStringLiteral(
               R"({"check":"role-assignment","principal":"sami:func1","role":"Storage Blob Data Reader","scope":"resource:st1"})")
        << true << QString();
    QTest::newRow("role assignment exact fails on child")
        << narrowReader
        << QStringLiteral(
               R"({"check":"role-assignment","principal":"sami:func1","role":"Storage Blob Data Reader","scope":"resource:st1","match":"exact"})")
        << false << QStringLiteral("which is not exactly st1");
    QTest::newRow("role assignment covering inherits")
        << wideReader
        << QStringLiteral(
               R"({"check":"role-assignment","principal":"sami:func1","role":"Storage Blob Data Reader","scope":"resource:st1","match":"covering"})")
        << true << QString();
    QTest::newRow("role assignment missing")
        << none
        << QStringLiteral(
               R"({"check":"role-assignment","principal":"sami:func1","role":"Key Vault Secrets User","scope":"resource:kv1"})")
        << false << QStringLiteral("has no Key Vault Secrets User role assignment at or within kv1");
    QTest::newRow("role assignment for SAMI that is off")
        << none
        << QStringLiteral(
               R"({"check":"role-assignment","principal":"sami:web1","role":"Reader","scope":"resource:kv1"})")
        << false << QStringLiteral("web1 has no system-assigned managed identity, so nothing can be granted");

    const QJsonObject iamOnCosmos = roleAssignments(
        R"([{"principal":"sami:func1","role":"DocumentDB Account Contributor","scope":"resource:cosmos1"}])");
    QTest::newRow("cosmos: Azure RBAC instead of data plane")
        << iamOnCosmos << QStringLiteral(R"({"check":"cosmos-data-role","account":"cosmos1","principal":"sami:func1"})")
        << false
        << QStringLiteral("through Azure RBAC (az role assignment create / Access control (IAM)). That is the control "
                          "plane. Cosmos DB for NoSQL authorizes data requests");
    QTest::newRow("cosmos: nothing")
        << none << QStringLiteral(R"({"check":"cosmos-data-role","account":"cosmos1","principal":"sami:func1"})")
        << false << QStringLiteral("has no Cosmos DB data-plane role assignment");

    QTest::newRow("keyvault: no role")
        << none << QStringLiteral(R"({"check":"keyvault-permission","vault":"kv1","principal":"sami:func1"})") << false
        << QStringLiteral("needs a data role such as Key Vault Secrets User");
    const QJsonObject secretsUser = roleAssignments(
        R"([{"principal":"sami:func1","role":"Key Vault Secrets User","scope":"resource:kv1/secrets/s"}])");
    QTest::newRow("keyvault: secret scope")
        << secretsUser
        << QStringLiteral(R"({"check":"keyvault-permission","vault":"kv1","principal":"sami:func1","secret":"s"})")
        << true << QString();
    QTest::newRow("keyvault: secret scope does not cover the vault")
        << secretsUser << QStringLiteral(R"({"check":"keyvault-permission","vault":"kv1","principal":"sami:func1"})")
        << false << QStringLiteral("may not get secrets of kv1");
    const QJsonObject kvReader =
        roleAssignments(R"([{"principal":"sami:func1","role":"Key Vault Reader","scope":"resource:kv1"}])");
    QTest::newRow("keyvault: Key Vault Reader reads no values")
        << kvReader << QStringLiteral(R"({"check":"keyvault-permission","vault":"kv1","principal":"sami:func1"})")
        << false
        << QStringLiteral("Control-plane roles such as Contributor or Key Vault Reader do not read secret values");

    QTest::newRow("setting present") << none
                                     << QStringLiteral(R"({"check":"app-setting","resource":"func1","name":"a"})")
                                     << true << QString();
    QTest::newRow("setting absent fails")
        << none << QStringLiteral(R"({"check":"app-setting","resource":"func1","name":"A","state":"absent"})") << false
        << QStringLiteral("func1 still has the app setting A");
    QTest::newRow("setting equals")
        << none
        << QStringLiteral(R"({"check":"app-setting","resource":"func1","name":"A","state":"equals","value":"2"})")
        << false << QStringLiteral("is \"1\", expected \"2\"");
    QTest::newRow("setting matches")
        << none
        << QStringLiteral(
               R"({"check":"app-setting","resource":"func1","name":"Ref","state":"matches","value":"^@Microsoft\\.KeyVault\\("})")
        << true << QString();
    // QA: the feedback quoted a password back; a secret-looking value is described, not quoted.
    QTest::newRow("setting matches fails without quoting a secret")
        << none
        << QStringLiteral(
               R"({"check":"app-setting","resource":"func1","name":"Conn","state":"matches","value":"^@Microsoft\\.KeyVault\\("})")
        << false
        << QStringLiteral("The app setting Conn of func1 (a value not shown here) does not have the expected form.");
    // QA (stop 18): "key" inside KeyVaultUri hid the vault's address, which is no secret, as "a value not shown here".
    const auto settingIs = [](const char *name) {
        return QStringLiteral(R"({"check":"app-setting","resource":"func1","name":"%1","state":"equals","value":"x"})")
            .arg(QLatin1String(name));
    };
    for (const char *name : {"KeyVaultUri", "AZURE_KEY_VAULT_ENDPOINT", "Monkey"}) {
        QTest::addRow("setting %s is quoted", name)
            << none << settingIs(name) << false
            << QStringLiteral("The app setting %1 of func1 is \"%2\", expected \"x\".")
                   .arg(QLatin1String(name),
                        QLatin1String(qstrcmp(name, "Monkey") == 0 ? "m1" : "https://kv1.vault.azure.net/"));
    }
    for (const char *name : {"ApiKey", "APIKey", "DB_PASSWORD", "COSMOS_ACCOUNT_KEY"}) {
        QTest::addRow("setting %s is not quoted", name)
            << none << settingIs(name) << false
            << QStringLiteral("The app setting %1 of func1 is a value not shown here, expected \"x\".")
                   .arg(QLatin1String(name));
    }
    QTest::newRow("secret in settings") << none
                                        << QStringLiteral(R"({"check":"no-secret-in-settings","resource":"func1"})")
                                        << false << QStringLiteral("Conn holds a connection string with AccountKey=");
    QTest::newRow("no secret in settings")
        << none << QStringLiteral(R"({"check":"no-secret-in-settings","resource":"web1"})") << true << QString();

    QTest::newRow("property default")
        << none
        << QStringLiteral(
               R"({"check":"resource-property","resource":"cosmos1","property":"disableLocalAuth","equals":true})")
        << false << QStringLiteral("disableLocalAuth of cosmos1 is false, expected true");
    QTest::newRow("property kv rbac")
        << none
        << QStringLiteral(
               R"({"check":"resource-property","resource":"kv1","property":"enableRbacAuthorization","equals":true})")
        << true << QString();

    QTest::newRow("invoke denied") << none << QStringLiteral(R"({"check":"invoke-succeeds","resource":"func1"})")
                                   << false << QStringLiteral("Invoking func1 fails at \"read\" with 403");
    QTest::newRow("invoke works") << secretsUserOnVault()
                                  << QStringLiteral(R"({"check":"invoke-succeeds","resource":"func1","output":"v"})")
                                  << true << QString();
    QTest::newRow("invoke without code") << none << QStringLiteral(R"({"check":"invoke-succeeds","resource":"web1"})")
                                         << false << QStringLiteral("web1 has no code to invoke");
}

CheckCase checkCase(Case which)
{
    switch (which) {
    case Case::KeyVaultSecretsUser:
        return {
            R"({"check":"role-assignment","principal":"sami:func1","role":"Key Vault Secrets User","scope":"resource:kv1"})",
            R"({"check":"keyvault-permission","vault":"kv1","principal":"sami:func1"})"};
    case Case::Orphans:
        return {R"({"check":"no-orphaned-assignments","scope":"resource:kv1"})", nullptr};
    case Case::Trace:
        return {R"({"check":"trace-contains","errorCode":"ForbiddenByRbac"})",
                R"({"check":"trace-lacks","errorCode":"ForbiddenByRbac"})"};
    case Case::TokenIssued:
        return {R"({"check":"trace-contains","kind":"TokenRequest","from":"func1","to":"msi:func1","status":200})",
                nullptr};
    case Case::Invoke:
        return {R"({"check":"invoke-succeeds","resource":"func1"})", nullptr};
    }
    return {};
}

QJsonObject secretsUserOnVault()
{
    return roleAssignments(R"([{"principal":"sami:func1","role":"Key Vault Secrets User","scope":"resource:kv1"}])");
}
