#include "sim/workload.h"

#include <QJsonArray>

namespace Keyless::Sim {

namespace {
struct TypeName {
    CredentialSpec::Type type;
    const char *name;
};
constexpr TypeName kTypes[] = {
    {CredentialSpec::Type::DefaultAzure, "DefaultAzureCredential"},
    {CredentialSpec::Type::ManagedIdentity, "ManagedIdentityCredential"},
    {CredentialSpec::Type::Chained, "ChainedTokenCredential"},
    {CredentialSpec::Type::AzureCli, "AzureCliCredential"},
    {CredentialSpec::Type::Environment, "EnvironmentCredential"},
    {CredentialSpec::Type::AccountKey, "AccountKey"},
    {CredentialSpec::Type::ConnectionString, "ConnectionString"},
};
} // namespace

QString CredentialSpec::typeName(Type type)
{
    for (const auto &t : kTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return {};
}

QJsonObject CredentialSpec::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), typeName(type)}};
    auto put = [&o](const char *k, const QString &v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(k), v);
    };
    if (type == Type::DefaultAzure) {
        put("managedIdentityClientId", clientId);
        put("managedIdentityResourceId", resourceId);
    } else {
        put("clientId", clientId);
        put("resourceId", resourceId);
    }
    put("objectId", objectId);
    put("key", key);
    put("connectionString", connectionString);
    if (!chain.isEmpty()) {
        QJsonArray a;
        for (const CredentialSpec &c : chain)
            a.append(c.toJson());
        o.insert(QStringLiteral("credentials"), a);
    }
    return o;
}

CredentialSpec CredentialSpec::fromJson(const QJsonObject &o, QString *error)
{
    CredentialSpec c;
    const QString type = o.value(QStringLiteral("type")).toString(QStringLiteral("DefaultAzureCredential"));
    bool found = false;
    for (const auto &t : kTypes) {
        if (type.compare(QLatin1String(t.name), Qt::CaseInsensitive) == 0) {
            c.type = t.type;
            found = true;
        }
    }
    if (!found && error)
        *error = QStringLiteral("unknown credential type '%1'").arg(type);
    c.clientId =
        o.value(QStringLiteral("clientId")).toString(o.value(QStringLiteral("managedIdentityClientId")).toString());
    c.resourceId =
        o.value(QStringLiteral("resourceId")).toString(o.value(QStringLiteral("managedIdentityResourceId")).toString());
    c.objectId = o.value(QStringLiteral("objectId")).toString();
    c.key = o.value(QStringLiteral("key")).toString();
    c.connectionString = o.value(QStringLiteral("connectionString")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("credentials")).toArray())
        c.chain.append(fromJson(v.toObject(), error));
    return c;
}

QJsonObject WorkloadStep::toJson() const
{
    QJsonObject o{{QStringLiteral("operation"), operation}};
    if (!label.isEmpty())
        o.insert(QStringLiteral("label"), label);
    if (hasCredential)
        o.insert(QStringLiteral("credential"), credential.toJson());
    if (!connection.isEmpty())
        o.insert(QStringLiteral("connection"), connection);
    if (!endpoint.isEmpty())
        o.insert(QStringLiteral("endpoint"), endpoint);
    if (!params.isEmpty())
        o.insert(QStringLiteral("params"), params);
    return o;
}

WorkloadStep WorkloadStep::fromJson(const QJsonObject &o, QString *error)
{
    WorkloadStep s;
    s.label = o.value(QStringLiteral("label")).toString();
    s.operation = o.value(QStringLiteral("operation")).toString();
    if (s.operation.isEmpty() && error)
        *error = QStringLiteral("step without operation");
    if (o.contains(QStringLiteral("credential"))) {
        s.hasCredential = true;
        s.credential = CredentialSpec::fromJson(o.value(QStringLiteral("credential")).toObject(), error);
    }
    s.connection = o.value(QStringLiteral("connection")).toString();
    s.endpoint = o.value(QStringLiteral("endpoint")).toString();
    s.params = o.value(QStringLiteral("params")).toObject();
    return s;
}

QJsonObject Workload::toJson() const
{
    QJsonArray a;
    for (const WorkloadStep &s : steps)
        a.append(s.toJson());
    return {{QStringLiteral("steps"), a}};
}

Workload Workload::fromJson(const QJsonValue &value, QString *error)
{
    Workload w;
    const QJsonArray steps =
        value.isArray() ? value.toArray() : value.toObject().value(QStringLiteral("steps")).toArray();
    for (const QJsonValue &v : steps)
        w.steps.append(WorkloadStep::fromJson(v.toObject(), error));
    return w;
}

} // namespace Keyless::Sim
