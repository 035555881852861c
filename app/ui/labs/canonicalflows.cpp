#include "ui/labs/canonicalflows.h"

#include "sim/resource.h"
#include "sim/workloadrunner.h"
#include "sim/world.h"
#include "ui/labs/simflow.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCanonicalFlows, "keyless.ui.flow.canonical")

namespace Keyless::Ui::Labs {

namespace {

FlowTrace run(const QByteArray &json, const QString &appName, const char *title)
{
    Sim::WorldLoadResult loaded = Sim::World::fromJson(QJsonDocument::fromJson(json).object());
    if (!loaded.ok())
        qCWarning(lcCanonicalFlows) << "canonical world has errors:" << loaded.errors;
    Sim::World &world = loaded.world;
    const Sim::Resource *app = world.findResource(appName);
    if (!app)
        return {};
    const Sim::WorkloadResult result = Sim::WorkloadRunner(world).run(app->id);
    FlowTrace trace = flowTraceFromSim(result.trace);
    trace.title = QCoreApplication::translate("Keyless::Ui::Labs::CanonicalFlows", title);
    return trace;
}

} // namespace

QByteArray canonicalImdsWorld()
{
    return QByteArrayLiteral(R"({
  "seed": "canonical-imds",
  "settings": { "propagationDelaySeconds": 0 },
  "resourceGroups": [ { "name": "rg-demo", "location": "eastus" } ],
  "resources": [
    { "type": "Microsoft.Compute/virtualMachines", "name": "vm-demo", "resourceGroup": "rg-demo",
      "identity": { "type": "SystemAssigned" },
      "workload": { "steps": [
        { "label": "read report", "operation": "blob.download",
          "credential": { "type": "ManagedIdentityCredential" },
          "endpoint": "https://stdemo.blob.core.windows.net/",
          "params": { "container": "reports", "blob": "q3.csv" } } ] } },
    { "type": "Microsoft.Storage/storageAccounts", "name": "stdemo", "resourceGroup": "rg-demo",
      "containers": [ { "name": "reports", "blobs": [ { "name": "q3.csv", "content": "region,total\neast,42\n" } ] } ] }
  ],
  "roleAssignments": [
    { "principal": "sami:vm-demo", "role": "Storage Blob Data Reader",
      "scope": "resource:stdemo/blobServices/default/containers/reports" }
  ]
})");
}

QByteArray canonicalAppServiceWorld()
{
    return QByteArrayLiteral(R"({
  "seed": "canonical-appservice",
  "settings": { "propagationDelaySeconds": 0 },
  "resourceGroups": [ { "name": "rg-demo", "location": "eastus" } ],
  "resources": [
    { "type": "Microsoft.Web/sites", "kind": "functionapp", "name": "func-demo", "resourceGroup": "rg-demo",
      "identity": { "type": "SystemAssigned" },
      "appSettings": { "VAULT_URI": "https://kv-demo.vault.azure.net/" },
      "workload": { "steps": [
        { "label": "read secret", "operation": "keyvault.getSecret",
          "credential": { "type": "ManagedIdentityCredential" },
          "endpoint": "%VAULT_URI%", "params": { "name": "db-password" } } ] } },
    { "type": "Microsoft.KeyVault/vaults", "name": "kv-demo", "resourceGroup": "rg-demo",
      "properties": { "enableRbacAuthorization": true },
      "secrets": [ { "name": "db-password", "value": "correct-horse" } ] }
  ],
  "roleAssignments": [
    { "principal": "sami:func-demo", "role": "Key Vault Secrets User", "scope": "resource:kv-demo" }
  ]
})");
}

FlowTrace canonicalImdsFlow()
{
    return run(canonicalImdsWorld(), QStringLiteral("vm-demo"),
               QT_TRANSLATE_NOOP("Keyless::Ui::Labs::CanonicalFlows", "VM → IMDS → Microsoft Entra ID → Storage"));
}

FlowTrace canonicalAppServiceFlow()
{
    return run(canonicalAppServiceWorld(), QStringLiteral("func-demo"),
               QT_TRANSLATE_NOOP("Keyless::Ui::Labs::CanonicalFlows",
                                 "Function App → identity endpoint → Microsoft Entra ID → Key Vault"));
}

} // namespace Keyless::Ui::Labs
