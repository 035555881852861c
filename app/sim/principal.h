#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Keyless::Sim {

enum class PrincipalType { User, Group, ServicePrincipal };

QString principalTypeName(PrincipalType type); // "User", "Group", "ServicePrincipal"

// An Entra directory object. A managed identity is a ServicePrincipal with servicePrincipalType "ManagedIdentity":
// objectId = principal id, appId = client id, displayName = resource name (SAMI) or identity name (UAMI), and
// alternativeNames carry the ARM id (facts §1.2).
struct Principal {
    QString objectId;
    QString appId;
    QString displayName;
    PrincipalType type = PrincipalType::User;
    QString servicePrincipalType;      // "ManagedIdentity", "Application" (service principals only)
    QString userPrincipalName;         // users
    QString managedIdentityResourceId; // xms_mirid: hosting resource (SAMI) or the UAMI resource
    bool systemAssigned = false;
    QStringList identifierUris; // application service principals exposing an API ("api://app1")
    QStringList appRoles;       // app roles this API defines (values), applications only

    bool isManagedIdentity() const { return servicePrincipalType == QLatin1String("ManagedIdentity"); }
    QJsonObject toJson() const;
    static Principal fromJson(const QJsonObject &object);
};

} // namespace Keyless::Sim
