#pragma once

#include "sim/accessdecision.h"
#include "sim/roleassignment.h"
#include "sim/roledefinition.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Sim {

struct AccessRequest {
    QString principalId;
    QStringList groupIds; // groups the caller's token carries (fixed at token issue time)
    QString action;       // "Microsoft.KeyVault/vaults/secrets/getSecret/action"
    bool dataAction = false;
    QString scope; // the target, e.g. ".../vaults/kv1/secrets/db"
};

// Azure RBAC: role definitions and assignments, indexed by principal and scope so a decision costs
// O(principals in token x scope depth), independent of how many assignments exist (facts §4.4).
class Authorization
{
public:
    Authorization(); // loads the built-in role definitions

    // Role definitions
    const RoleDefinition *definition(const QString &guid) const;
    // By role name (case-insensitive), GUID or full id ("/subscriptions/x/providers/.../roleDefinitions/<guid>").
    const RoleDefinition *findDefinition(const QString &nameOrId) const;
    QList<RoleDefinition> definitions() const; // sorted by roleName
    void addDefinition(const RoleDefinition &definition);

    // Role assignments
    void add(const RoleAssignment &assignment);
    bool remove(const QString &name);
    const RoleAssignment *find(const QString &name) const;
    const RoleAssignment *findSame(const QString &principalId, const QString &roleGuid, const QString &scope) const;
    QList<RoleAssignment> assignments() const; // sorted by scope key, then name
    QList<RoleAssignment> assignmentsFor(const QString &principalId) const;
    int count() const { return int(m_assignments.size()); }

    AccessDecision check(const AccessRequest &request, qint64 now) const;

private:
    QHash<QString, RoleDefinition> m_definitions; // by guid
    QHash<QString, QString> m_definitionsByName;  // lower roleName -> guid
    QHash<QString, RoleAssignment> m_assignments; // by name
    // An assignment as the evaluator reads it, kept beside the index so that a decision touches no other table;
    // the full id is made once here instead of in every decision.
    struct Indexed {
        QString name;
        QString id;
        QString roleDefinitionId; // lower-case guid
        QString scope;            // display spelling
        qint64 effectiveAt = 0;
    };
    // principalId -> scope key -> assignments
    QHash<QString, QHash<QString, QList<Indexed>>> m_index;
    // Whether a role grants an operation depends on the two alone: action -> role guid -> granted,
    // separately for actions [0] and data actions [1]. Dropped when definitions change.
    mutable QHash<QString, QHash<QString, bool>> m_grants[2];
    mutable QString m_lastScope, m_lastScopeKey; // the last scope asked about and its ArmId::key()
    QHash<QString, bool> &grantsMemo(const QString &operation, bool dataAction) const; // role guid -> granted
    static bool grants(QHash<QString, bool> &memo, const RoleDefinition &definition, const QString &operation,
                       bool dataAction);
};

} // namespace Keyless::Sim
