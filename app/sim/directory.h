#pragma once

#include "sim/principal.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Keyless::Sim {

// The Entra tenant: users, groups (members may be users, service principals or groups) and service principals.
// Deleted principals are gone from here; role assignments that point at them stay (and list as "Unknown").
class Directory
{
public:
    QString tenantId;
    QString domain = QStringLiteral("contoso.onmicrosoft.com");

    void add(const Principal &principal); // replaces an object with the same objectId
    bool remove(const QString &objectId); // also drops its memberships

    const Principal *find(const QString &objectId) const;
    const Principal *findByAppId(const QString &appId) const;
    const Principal *findUser(const QString &userPrincipalName) const; // case-insensitive
    const Principal *findByDisplayName(const QString &name, PrincipalType type) const;
    bool contains(const QString &objectId) const { return m_principals.contains(objectId); }
    QList<Principal> principals() const; // sorted by displayName, objectId

    bool addMember(const QString &groupId, const QString &memberId);
    bool removeMember(const QString &groupId, const QString &memberId);
    QStringList members(const QString &groupId) const; // direct members, sorted
    // Groups the object belongs to, transitively (nested groups), sorted: what a token's groups claim would carry.
    QStringList groupsOf(const QString &objectId) const;

    // Application grants: the MI (objectId) holds app role `role` on the API service principal `resourceId`.
    void grantAppRole(const QString &objectId, const QString &resourceId, const QString &role);
    QStringList appRolesOf(const QString &objectId, const QString &resourceId) const;

private:
    QHash<QString, Principal> m_principals;
    QHash<QString, QString> m_byAppId;
    QHash<QString, QSet<QString>> m_members;  // group -> members
    QHash<QString, QSet<QString>> m_memberOf; // member -> groups
    QHash<QString, QStringList> m_appRoles;   // objectId + '|' + resource -> roles
};

} // namespace Keyless::Sim
