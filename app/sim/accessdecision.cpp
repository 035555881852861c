#include "sim/accessdecision.h"

#include <QJsonArray>

namespace Keyless::Sim {

QJsonObject AccessDecision::toJson() const
{
    QJsonArray considered;
    for (const ConsideredAssignment &c : this->considered) {
        QJsonObject o{{QStringLiteral("assignmentId"), c.assignmentId},
                      {QStringLiteral("roleName"), c.roleName},
                      {QStringLiteral("scope"), c.scope},
                      {QStringLiteral("principalId"), c.principalId},
                      {QStringLiteral("viaGroup"), c.viaGroup},
                      {QStringLiteral("matched"), c.matched},
                      {QStringLiteral("pending"), c.pending},
                      {QStringLiteral("reason"), c.reason}};
        considered.append(o);
    }
    QJsonObject o{
        {QStringLiteral("allowed"), allowed},         {QStringLiteral("system"), system},
        {QStringLiteral("principalId"), principalId}, {QStringLiteral("action"), action},
        {QStringLiteral("dataAction"), dataAction},   {QStringLiteral("scope"), scope},
        {QStringLiteral("considered"), considered},   {QStringLiteral("pendingPropagation"), pendingPropagation},
        {QStringLiteral("explanation"), explanation}};
    if (!groupIds.isEmpty())
        o.insert(QStringLiteral("groupIds"), QJsonArray::fromStringList(groupIds));
    if (!matchedAssignmentId.isEmpty())
        o.insert(QStringLiteral("matchedAssignmentId"), matchedAssignmentId);
    return o;
}

} // namespace Keyless::Sim
