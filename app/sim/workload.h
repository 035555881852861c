#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace Keyless::Sim {

// How a workload step authenticates (SDK credential classes, or keys).
struct CredentialSpec {
    enum class Type {
        DefaultAzure,     // DefaultAzureCredential (.NET chain, facts §8.1/§8.4)
        ManagedIdentity,  // ManagedIdentityCredential: system-assigned, or clientId / resourceId / objectId
        Chained,          // ChainedTokenCredential(chain...)
        AzureCli,         // AzureCliCredential: the learner's `az login` (laptop only)
        Environment,      // EnvironmentCredential (always unavailable: the sandbox has no client secrets)
        AccountKey,       // storage/cosmos account key (key field, usually "%SETTING%")
        ConnectionString, // storage/cosmos connection string (connectionString field)
    };
    Type type = Type::DefaultAzure;
    QString clientId;   // ManagedIdentity: user-assigned client id; DefaultAzure: ManagedIdentityClientId
    QString resourceId; // ManagedIdentity / DefaultAzure: ManagedIdentityResourceId
    QString objectId;   // ManagedIdentity: user-assigned object id
    QString key;
    QString connectionString;
    QList<CredentialSpec> chain;

    QJsonObject toJson() const;
    // JSON "type": "DefaultAzureCredential", "ManagedIdentityCredential", "ChainedTokenCredential",
    // "AzureCliCredential", "EnvironmentCredential", "AccountKey", "ConnectionString".
    static CredentialSpec fromJson(const QJsonObject &object, QString *error = nullptr);
    static QString typeName(Type type);
};

// One SDK-like call. Strings in endpoint, params and credential fields may contain %SETTING% which is replaced by the
// app setting / environment value at run time (Key Vault references resolved by the platform first).
struct WorkloadStep {
    QString label;
    // keyvault.getSecret | keyvault.setSecret | keyvault.listSecrets | keyvault.deleteSecret
    // blob.createContainer | blob.upload | blob.download | blob.list | blob.delete
    // cosmos.readItem | cosmos.createItem | cosmos.upsertItem | cosmos.replaceItem | cosmos.deleteItem
    // cosmos.queryItems | cosmos.readMetadata | cosmos.createDatabase | cosmos.createContainer
    // token.get (params.scope) | setting.read (params.name: what the code sees in the environment)
    QString operation;
    CredentialSpec credential;
    bool hasCredential = false;
    // Functions identity-based connection name: reads <connection>__accountEndpoint / __blobServiceUri /
    // __accountName / __vaultUri, __credential, __clientId (or the plain <connection> connection string).
    QString connection;
    QString endpoint; // service URL, e.g. "%COSMOS_ENDPOINT%" or "https://kv1.vault.azure.net/"
    QJsonObject params;

    QJsonObject toJson() const;
    static WorkloadStep fromJson(const QJsonObject &object, QString *error = nullptr);
};

struct Workload {
    QList<WorkloadStep> steps;
    bool isEmpty() const { return steps.isEmpty(); }
    QJsonObject toJson() const;
    // Accepts {"steps": [...]} or a bare array.
    static Workload fromJson(const QJsonValue &value, QString *error = nullptr);
};

} // namespace Keyless::Sim
