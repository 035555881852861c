#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Sim {

// One assignment the evaluator looked at, and what it concluded.
struct ConsideredAssignment {
    QString assignmentId;
    QString roleName;
    QString scope;
    QString principalId;
    bool viaGroup = false; // reached through a group the token/principal carries
    bool matched = false;  // grants the needed operation and is in effect
    bool pending = false;  // would grant it but is still propagating
    QString reason;        // "grants no data actions", "NotDataActions excludes ...", "propagating until ..."
};

// Result of an authorization check: not just allow/deny, but why.
struct AccessDecision {
    bool allowed = false;
    QString system = QStringLiteral("AzureRBAC"); // "AzureRBAC", "KeyVaultAccessPolicy", "CosmosDataPlaneRBAC"
    QString principalId;
    QStringList groupIds;
    QString action;
    bool dataAction = false;
    QString scope;
    QList<ConsideredAssignment> considered;
    QString matchedAssignmentId;
    bool pendingPropagation = false; // denied now, but an assignment that would allow it is propagating
    QString explanation;             // "denied: Contributor at rg1 grants no data actions; needed ..."

    QJsonObject toJson() const;
};

} // namespace Keyless::Sim
