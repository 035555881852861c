#include "sim/authorization.h"

#include "sim/armid.h"
#include "sim/clock.h"

#include <QStringBuilder>
#include <QVarLengthArray>

#include <algorithm>

namespace Keyless::Sim {

Authorization::Authorization()
{
    for (const RoleDefinition &d : RoleDefinition::builtIns())
        addDefinition(d);
}

const RoleDefinition *Authorization::definition(const QString &guid) const
{
    auto it = m_definitions.constFind(guid);
    if (it == m_definitions.constEnd())
        it = m_definitions.constFind(guid.toLower());
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
    m_grants[0].clear();
    m_grants[1].clear();
}

QHash<QString, bool> &Authorization::grantsMemo(const QString &operation, bool dataAction) const
{
    QHash<QString, QHash<QString, bool>> &memo = m_grants[dataAction ? 1 : 0];
    if (memo.size() > 1024) // operations are a small fixed vocabulary; this only guards odd callers
        memo.clear();
    return memo[operation];
}

bool Authorization::grants(QHash<QString, bool> &memo, const RoleDefinition &definition, const QString &operation,
                           bool dataAction)
{
    const auto it = memo.constFind(definition.name);
    if (it != memo.constEnd())
        return *it;
    const bool granted = definition.grants(operation, dataAction);
    memo.insert(definition.name, granted);
    return granted;
}

void Authorization::add(const RoleAssignment &assignment)
{
    remove(assignment.name);
    RoleAssignment a = assignment;
    a.roleDefinitionId = a.roleDefinitionId.toLower();
    m_assignments.insert(a.name, a);
    m_index[a.principalId][ArmId::key(a.scope)].append({a.name, a.id(), a.roleDefinitionId, a.scope, a.effectiveAt});
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
            sit->removeIf([&name](const Indexed &x) { return x.name == name; });
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
    const QList<Indexed> entries = pit->value(ArmId::key(scope));
    for (const Indexed &e : entries) {
        const RoleAssignment *a = find(e.name);
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
    for (const QList<Indexed> &entries : *pit) {
        for (const Indexed &e : entries)
            list.append(m_assignments.value(e.name));
    }
    std::sort(list.begin(), list.end(), [](const RoleAssignment &a, const RoleAssignment &b) {
        return a.scope != b.scope ? a.scope < b.scope : a.name < b.name;
    });
    return list;
}

static QStringView shortScope(const QString &scope)
{
    // "rg1", "kv1", "subscription" — what a sentence needs
    QStringView v(scope);
    while (v.endsWith(QLatin1Char('/')))
        v.chop(1);
    if (v.isEmpty())
        return u"/";
    if (v.count(QLatin1Char('/')) == 2 && v.startsWith(QLatin1String("/subscriptions/"), Qt::CaseInsensitive))
        return u"subscription";
    return v.mid(v.lastIndexOf(QLatin1Char('/')) + 1);
}

static bool grantsSomeDataAction(const RoleDefinition &def)
{
    for (const Permission &perm : def.permissions) {
        if (!perm.dataActions.isEmpty())
            return true;
    }
    return false;
}

AccessDecision Authorization::check(const AccessRequest &request, qint64 now) const
{
    AccessDecision d;
    d.principalId = request.principalId;
    d.groupIds = request.groupIds;
    d.action = request.action;
    d.dataAction = request.dataAction;
    d.scope = request.scope;

    // Candidate scopes of one principal: those equal to the target or above it. A principal with few assignment
    // scopes is checked by prefix comparison over its own scopes; one with many by hashing the target's ancestor
    // prefixes (raw views into one lower-cased key, no allocation). Either way the cost does not grow with the
    // total number of assignments.
    // Callers ask about the same resource again and again: keep the last normalised scope.
    if (request.scope != m_lastScope) {
        m_lastScope = request.scope;
        m_lastScopeKey = ArmId::key(request.scope);
    }
    const QString key = m_lastScopeKey;
    d.considered.reserve(4);
    QVarLengthArray<qsizetype, 24> cuts;
    cuts.append(key.size());
    for (qsizetype pos = key.size(); (pos = key.lastIndexOf(QLatin1Char('/'), pos - 1)) > 0;)
        cuts.append(pos);
    auto coversTarget = [&key](const QString &scopeKey) {
        if (scopeKey.size() == 1)
            return true; // "/"
        return key.startsWith(scopeKey) &&
               (key.size() == scopeKey.size() || key.at(scopeKey.size()) == QLatin1Char('/'));
    };
    QVarLengthArray<std::pair<qsizetype, const QList<Indexed> *>, 16> hits; // (scope length, assignments)
    QHash<QString, bool> &granted = grantsMemo(request.action, request.dataAction);
    for (int pi = -1; pi < int(request.groupIds.size()); ++pi) {
        const QString &p = pi < 0 ? request.principalId : request.groupIds.at(pi);
        const auto pit = m_index.constFind(p);
        if (pit == m_index.constEnd())
            continue;
        hits.clear();
        if (pit->size() <= 16) {
            for (auto it = pit->constBegin(); it != pit->constEnd(); ++it) {
                if (coversTarget(it.key()))
                    hits.append({it.key().size(), &it.value()});
            }
            // most specific scope first, as the ancestor walk below yields them (QHash order is per process)
            std::sort(hits.begin(), hits.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        } else {
            for (int ci = 0; ci <= int(cuts.size()); ++ci) {
                const QString s =
                    ci < int(cuts.size()) ? QString::fromRawData(key.constData(), cuts.at(ci)) : QStringLiteral("/");
                const auto sit = pit->constFind(s);
                if (sit != pit->constEnd())
                    hits.append({s.size(), &*sit});
            }
        }
        for (const auto &hit : hits) {
            for (const Indexed &entry : *hit.second) {
                const Indexed &a = entry;
                const RoleDefinition *def = definition(a.roleDefinitionId);
                ConsideredAssignment c;
                c.assignmentId = entry.id;
                c.roleName = def ? def->roleName : a.roleDefinitionId;
                c.scope = a.scope;
                c.principalId = p;
                c.viaGroup = pi >= 0;
                if (!def) {
                    c.reason =
                        QStringLiteral("role definition ") % a.roleDefinitionId % QStringLiteral(" does not exist");
                } else if (!grants(granted, *def, request.action, request.dataAction)) {
                    if (request.dataAction && !grantsSomeDataAction(*def))
                        c.reason = def->roleName % QStringLiteral(" grants no data actions");
                    else
                        c.reason = def->roleName % QStringLiteral(" does not include ") % request.action;
                } else if (now < a.effectiveAt) {
                    c.pending = true;
                    c.reason = def->roleName %
                               QStringLiteral(" would allow it but is still propagating (in effect at ") %
                               Clock::iso(a.effectiveAt) % QLatin1Char(')');
                } else {
                    c.matched = true;
                    c.reason = def->roleName % QStringLiteral(" at ") % shortScope(a.scope) %
                               QStringLiteral(" allows ") % request.action;
                    if (!d.allowed) {
                        d.allowed = true;
                        d.matchedAssignmentId = c.assignmentId;
                        d.explanation = QStringLiteral("allowed: ") % c.reason %
                                        (c.viaGroup ? QStringLiteral(" (through a group)") : QString());
                    }
                }
                d.pendingPropagation = d.pendingPropagation || c.pending;
                d.considered.append(std::move(c));
            }
        }
    }
    if (d.allowed)
        return d;
    const QString needed = QStringLiteral("needed ") %
                           (request.dataAction ? QStringLiteral("data action ") : QStringLiteral("action ")) %
                           request.action % QStringLiteral(" on ") % request.scope;
    if (d.considered.isEmpty()) {
        d.explanation =
            QStringLiteral("denied: no role assignment for this principal at this scope or above; ") + needed;
        return d;
    }
    QString text = QStringLiteral("denied: ");
    for (const ConsideredAssignment &c : std::as_const(d.considered))
        text += c.roleName % QStringLiteral(" at ") % shortScope(c.scope) % QStringLiteral(": ") % c.reason %
                QStringLiteral("; ");
    d.explanation = text + needed;
    return d;
}

} // namespace Keyless::Sim
