#pragma once

#include <QJsonObject>
#include <QString>

namespace Keyless::Sim {

// An Azure RBAC role assignment (facts §4.3). The principal may no longer exist (orphaned: "Identity not found").
struct RoleAssignment {
    QString name;             // GUID, unique in the tenant
    QString scope;            // display spelling
    QString roleDefinitionId; // GUID of the role definition
    QString principalId;
    QString principalType = QStringLiteral("ServicePrincipal"); // as given at creation
    QString description;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 effectiveAt = 0; // createdAt + propagation delay: invisible to decisions before

    QString id() const { return scope + QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/") + name; }
};

} // namespace Keyless::Sim
