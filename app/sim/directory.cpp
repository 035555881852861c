#include "sim/directory.h"

#include <algorithm>

namespace Keyless::Sim {

void Directory::add(const Principal &principal)
{
    if (const Principal *old = find(principal.objectId); old && !old->appId.isEmpty())
        m_byAppId.remove(old->appId.toLower());
    m_principals.insert(principal.objectId, principal);
    if (!principal.appId.isEmpty())
        m_byAppId.insert(principal.appId.toLower(), principal.objectId);
}

bool Directory::remove(const QString &objectId)
{
    auto it = m_principals.find(objectId);
    if (it == m_principals.end())
        return false;
    if (!it->appId.isEmpty())
        m_byAppId.remove(it->appId.toLower());
    m_principals.erase(it);
    const QSet<QString> groups = m_memberOf.take(objectId);
    for (const QString &g : groups)
        m_members[g].remove(objectId);
    const QSet<QString> members = m_members.take(objectId);
    for (const QString &m : members)
        m_memberOf[m].remove(objectId);
    return true;
}

const Principal *Directory::find(const QString &objectId) const
{
    auto it = m_principals.constFind(objectId);
    if (it == m_principals.constEnd()) {
        // object ids are GUIDs: tolerate upper-case input
        it = m_principals.constFind(objectId.toLower());
        if (it == m_principals.constEnd())
            return nullptr;
    }
    return &*it;
}

const Principal *Directory::findByAppId(const QString &appId) const
{
    const QString oid = m_byAppId.value(appId.toLower());
    return oid.isEmpty() ? nullptr : find(oid);
}

const Principal *Directory::findUser(const QString &upn) const
{
    for (const Principal &p : m_principals) {
        if (p.type == PrincipalType::User && p.userPrincipalName.compare(upn, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const Principal *Directory::findByDisplayName(const QString &name, PrincipalType type) const
{
    const Principal *best = nullptr;
    for (const Principal &p : m_principals) {
        if (p.type == type && p.displayName.compare(name, Qt::CaseInsensitive) == 0) {
            if (!best || p.objectId < best->objectId)
                best = &p;
        }
    }
    return best;
}

QList<Principal> Directory::principals() const
{
    QList<Principal> list = m_principals.values();
    std::sort(list.begin(), list.end(), [](const Principal &a, const Principal &b) {
        return a.displayName != b.displayName ? a.displayName < b.displayName : a.objectId < b.objectId;
    });
    return list;
}

bool Directory::addMember(const QString &groupId, const QString &memberId)
{
    const Principal *g = find(groupId);
    if (!g || g->type != PrincipalType::Group || !contains(memberId) || groupId == memberId)
        return false;
    m_members[groupId].insert(memberId);
    m_memberOf[memberId].insert(groupId);
    return true;
}

bool Directory::removeMember(const QString &groupId, const QString &memberId)
{
    const bool removed = m_members[groupId].remove(memberId);
    m_memberOf[memberId].remove(groupId);
    return removed;
}

QStringList Directory::members(const QString &groupId) const
{
    QStringList list = m_members.value(groupId).values();
    list.sort();
    return list;
}

QStringList Directory::groupsOf(const QString &objectId) const
{
    QSet<QString> seen;
    QStringList pending{objectId};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        const QSet<QString> groups = m_memberOf.value(current);
        for (const QString &g : groups) {
            if (!seen.contains(g)) {
                seen.insert(g);
                pending.append(g);
            }
        }
    }
    QStringList list = seen.values();
    list.sort();
    return list;
}

void Directory::grantAppRole(const QString &objectId, const QString &resourceId, const QString &role)
{
    QStringList &roles = m_appRoles[objectId + QLatin1Char('|') + resourceId];
    if (!roles.contains(role))
        roles.append(role);
}

QStringList Directory::appRolesOf(const QString &objectId, const QString &resourceId) const
{
    return m_appRoles.value(objectId + QLatin1Char('|') + resourceId);
}

} // namespace Keyless::Sim
