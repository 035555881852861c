#include "sim/principal.h"

#include <QJsonArray>

namespace Keyless::Sim {

QString principalTypeName(PrincipalType type)
{
    switch (type) {
    case PrincipalType::User:
        return QStringLiteral("User");
    case PrincipalType::Group:
        return QStringLiteral("Group");
    case PrincipalType::ServicePrincipal:
        return QStringLiteral("ServicePrincipal");
    }
    return QStringLiteral("Unknown");
}

QJsonObject Principal::toJson() const
{
    QJsonObject o{{QStringLiteral("objectId"), objectId},
                  {QStringLiteral("displayName"), displayName},
                  {QStringLiteral("type"), principalTypeName(type)}};
    if (!appId.isEmpty())
        o.insert(QStringLiteral("appId"), appId);
    if (!servicePrincipalType.isEmpty())
        o.insert(QStringLiteral("servicePrincipalType"), servicePrincipalType);
    if (!userPrincipalName.isEmpty())
        o.insert(QStringLiteral("userPrincipalName"), userPrincipalName);
    if (!managedIdentityResourceId.isEmpty())
        o.insert(QStringLiteral("alternativeNames"), QJsonArray{managedIdentityResourceId});
    if (!identifierUris.isEmpty())
        o.insert(QStringLiteral("identifierUris"), QJsonArray::fromStringList(identifierUris));
    if (!appRoles.isEmpty())
        o.insert(QStringLiteral("appRoles"), QJsonArray::fromStringList(appRoles));
    return o;
}

Principal Principal::fromJson(const QJsonObject &o)
{
    Principal p;
    p.objectId = o.value(QStringLiteral("objectId")).toString();
    p.displayName = o.value(QStringLiteral("displayName")).toString();
    const QString type = o.value(QStringLiteral("type")).toString();
    p.type = type == QLatin1String("Group")              ? PrincipalType::Group
             : type == QLatin1String("ServicePrincipal") ? PrincipalType::ServicePrincipal
                                                         : PrincipalType::User;
    p.appId = o.value(QStringLiteral("appId")).toString();
    p.servicePrincipalType = o.value(QStringLiteral("servicePrincipalType")).toString();
    p.userPrincipalName = o.value(QStringLiteral("userPrincipalName")).toString();
    const QJsonArray alt = o.value(QStringLiteral("alternativeNames")).toArray();
    if (!alt.isEmpty())
        p.managedIdentityResourceId = alt.first().toString();
    for (const QJsonValue &v : o.value(QStringLiteral("identifierUris")).toArray())
        p.identifierUris << v.toString();
    for (const QJsonValue &v : o.value(QStringLiteral("appRoles")).toArray())
        p.appRoles << v.toString();
    p.systemAssigned = o.value(QStringLiteral("systemAssigned")).toBool();
    return p;
}

} // namespace Keyless::Sim
