#include "sim/authorization.h"

#include "sim/armid.h"
#include "sim/clock.h"

#include <algorithm>

namespace Keyless::Sim {

Authorization::Authorization()
{
    for (const RoleDefinition &d : RoleDefinition::builtIns())
        addDefinition(d);
}

const RoleDefinition *Authorization::definition(const QString &guid) const
{
    auto it = m_definitions.constFind(guid.toLower());
    return it == m_definitions.constEnd() ? nullptr : &*it;
}

const RoleDefinition *Authorization::findDefinition(const QString &nameOrId) const
{
    QString s = nameOrId.trimmed();
    if (const int slash = int(s.lastIndexOf(QLatin1Char('/')));
        slash >= 0 && s.contains(QLatin1String("roleDefinitions"), Qt::CaseInsensitive))
        s = s.mid(slash + 1);
    if (const RoleDefinition *d = definition(s))
        return d;
    const QString guid = m_definitionsByName.value(s.toLower());
    return guid.isEmpty() ? nullptr : definition(guid);
}

QList<RoleDefinition> Authorization::definitions() const
{
    QList<RoleDefinition> list = m_definitions.values();
    std::sort(list.begin(), list.end(),
              [](const RoleDefinition &a, const RoleDefinition &b) { return a.roleName < b.roleName; });
    return list;
}

void Authorization::addDefinition(const RoleDefinition &definition)
{
    RoleDefinition d = definition;
    d.name = d.name.toLower();
    m_definitions.insert(d.name, d);
    m_definitionsByName.insert(d.roleName.toLower(), d.name);
}

void Authorization::add(const RoleAssignment &assignment)
{
    remove(assignment.name);
    m_assignments.insert(assignment.name, assignment);
    m_index[assignment.principalId][ArmId::key(assignment.scope)].append(assignment.name);
}

bool Authorization::remove(const QString &name)
{
    auto it = m_assignments.find(name);
    if (it == m_assignments.end())
        return false;
    auto pit = m_index.find(it->principalId);
    if (pit != m_index.end()) {
        const QString k = ArmId::key(it->scope);
        auto sit = pit->find(k);
        if (sit != pit->end()) {
            sit->removeAll(name);
            if (sit->isEmpty())
                pit->erase(sit);
        }
        if (pit->isEmpty())
            m_index.erase(pit);
    }
    m_assignments.erase(it);
    return true;
}

const RoleAssignment *Authorization::find(const QString &name) const
{
    auto it = m_assignments.constFind(name.toLower());
    if (it == m_assignments.constEnd())
        it = m_assignments.constFind(name);
    return it == m_assignments.constEnd() ? nullptr : &*it;
}

const RoleAssignment *Authorization::findSame(const QString &principalId, const QString &roleGuid,
                                              const QString &scope) const
{
    const auto pit = m_index.constFind(principalId);
    if (pit == m_index.constEnd())
        return nullptr;
    const QStringList names = pit->value(ArmId::key(scope));
    for (const QString &n : names) {
        const RoleAssignment *a = find(n);
        if (a && a->roleDefinitionId.compare(roleGuid, Qt::CaseInsensitive) == 0)
            return a;
    }
    return nullptr;
}

QList<RoleAssignment> Authorization::assignments() const
{
    QList<RoleAssignment> list = m_assignments.values();
    std::sort(list.begin(), list.end(), [](const RoleAssignment &a, const RoleAssignment &b) {
        const QString ka = ArmId::key(a.scope), kb = ArmId::key(b.scope);
        return ka != kb ? ka < kb : a.name < b.name;
    });
    return list;
}

QList<RoleAssignment> Authorization::assignmentsFor(const QString &principalId) const
{
    QList<RoleAssignment> list;
    const auto pit = m_index.constFind(principalId);
    if (pit == m_index.constEnd())
        return list;
    for (const QStringList &names : *pit) {
        for (const QString &n : names)
            list.append(m_assignments.value(n));
    }
    std::sort(list.begin(), list.end(), [](const RoleAssignment &a, const RoleAssignment &b) {
        return a.scope != b.scope ? a.scope < b.scope : a.name < b.name;
    });
    return list;
}

static QString shortScope(const QString &scope)
{
    // "rg1", "kv1", "subscription" — what a sentence needs
    const QStringList parts = scope.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() == 2 && parts.first().compare(QLatin1String("subscriptions"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("subscription");
    return parts.isEmpty() ? QStringLiteral("/") : parts.last();
}

AccessDecision Authorization::check(const AccessRequest &request, qint64 now) const
{
    AccessDecision d;
    d.principalId = request.principalId;
    d.groupIds = request.groupIds;
    d.action = request.action;
    d.dataAction = request.dataAction;
    d.scope = request.scope;

    const QStringList scopes = ArmId::ancestorKeys(request.scope);
    QStringList principals{request.principalId};
    principals += request.groupIds;
    QStringList notes;
    for (const QString &p : principals) {
        const auto pit = m_index.constFind(p);
        if (pit == m_index.constEnd())
            continue;
        for (const QString &s : scopes) {
            const auto sit = pit->constFind(s);
            if (sit == pit->constEnd())
                continue;
            for (const QString &name : *sit) {
                const RoleAssignment &a = *m_assignments.constFind(name);
                const RoleDefinition *def = definition(a.roleDefinitionId);
                ConsideredAssignment c;
                c.assignmentId = a.id();
                c.roleName = def ? def->roleName : a.roleDefinitionId;
                c.scope = a.scope;
                c.principalId = a.principalId;
                c.viaGroup = p != request.principalId;
                const bool grants = def && def->grants(request.action, request.dataAction);
                if (!def) {
                    c.reason = QStringLiteral("role definition %1 does not exist").arg(a.roleDefinitionId);
                } else if (!grants) {
                    bool hasData = false;
                    for (const Permission &perm : def->permissions)
                        hasData = hasData || !perm.dataActions.isEmpty();
                    if (request.dataAction && !hasData)
                        c.reason = QStringLiteral("%1 grants no data actions").arg(def->roleName);
                    else
                        c.reason = QStringLiteral("%1 does not include %2").arg(def->roleName, request.action);
                } else if (now < a.effectiveAt) {
                    c.pending = true;
                    c.reason = QStringLiteral("%1 would allow it but is still propagating (in effect at %2)")
                                   .arg(def->roleName, Clock::iso(a.effectiveAt));
                } else {
                    c.matched = true;
                    c.reason =
                        QStringLiteral("%1 at %2 allows %3").arg(def->roleName, shortScope(a.scope), request.action);
                }
                if (c.matched && !d.allowed) {
                    d.allowed = true;
                    d.matchedAssignmentId = c.assignmentId;
                }
                d.pendingPropagation = d.pendingPropagation || c.pending;
                notes << (c.matched ? c.reason
                                    : c.roleName + QStringLiteral(" at ") + shortScope(a.scope) + QStringLiteral(": ") +
                                          c.reason);
                d.considered.append(c);
            }
        }
    }
    const QString needed = QStringLiteral("needed %1 %2 on %3")
                               .arg(request.dataAction ? QStringLiteral("data action") : QStringLiteral("action"),
                                    request.action, request.scope);
    if (d.allowed) {
        for (const ConsideredAssignment &c : d.considered) {
            if (c.matched) {
                d.explanation = QStringLiteral("allowed: ") + c.reason +
                                (c.viaGroup ? QStringLiteral(" (through a group)") : QString());
                break;
            }
        }
    } else if (d.considered.isEmpty()) {
        d.explanation =
            QStringLiteral("denied: no role assignment for this principal at this scope or above; ") + needed;
    } else {
        d.explanation = QStringLiteral("denied: ") + notes.join(QStringLiteral("; ")) + QStringLiteral("; ") + needed;
    }
    return d;
}

} // namespace Keyless::Sim
