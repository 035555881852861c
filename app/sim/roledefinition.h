#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Sim {

struct Permission {
    QStringList actions;
    QStringList notActions;
    QStringList dataActions;
    QStringList notDataActions;
};

// An Azure RBAC role definition (facts §4.2). Built-ins come from the data file :/keyless/sim/builtinroles.json.
struct RoleDefinition {
    QString name; // GUID
    QString roleName;
    QString roleType = QStringLiteral("CustomRole"); // "BuiltInRole" / "CustomRole"
    QString description;
    QList<Permission> permissions;
    QStringList assignableScopes = {QStringLiteral("/")};

    QString id() const; // "/providers/Microsoft.Authorization/roleDefinitions/<guid>"
    // Effective permission: some permission block has a matching action/dataAction not removed by its Not*.
    bool grants(const QString &operation, bool dataAction, QString *matchedPattern = nullptr) const;
    QJsonObject toJson() const;
    static RoleDefinition fromJson(const QJsonObject &object);

    // Built-in definitions, parsed once from the embedded resource.
    static const QList<RoleDefinition> &builtIns();
};

// Operation wildcard matching as ARM does it: case-insensitive, '*' matches any run of characters (including '/').
bool operationMatches(const QString &pattern, const QString &operation);

} // namespace Keyless::Sim
