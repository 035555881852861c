#include "sim/roledefinition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace Keyless::Sim {

// ASCII fast path: operation names are ASCII; QChar::toLower is a table lookup call per character.
static inline char16_t foldCase(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    return c.toLower().unicode();
}

bool operationMatches(const QString &pattern, const QString &operation)
{
    // Iterative glob with backtracking on the last '*': linear in practice for RBAC patterns.
    const QStringView p(pattern);
    const QStringView s(operation);
    qsizetype pi = 0, si = 0, star = -1, mark = 0;
    while (si < s.size()) {
        if (pi < p.size() && p.at(pi) == QLatin1Char('*')) {
            star = pi++;
            mark = si;
        } else if (pi < p.size() && foldCase(p.at(pi)) == foldCase(s.at(si))) {
            ++pi;
            ++si;
        } else if (star >= 0) {
            pi = star + 1;
            si = ++mark;
        } else {
            return false;
        }
    }
    while (pi < p.size() && p.at(pi) == QLatin1Char('*'))
        ++pi;
    return pi == p.size();
}

static bool anyMatches(const QStringList &patterns, const QString &op, QString *matched)
{
    for (const QString &pattern : patterns) {
        if (operationMatches(pattern, op)) {
            if (matched)
                *matched = pattern;
            return true;
        }
    }
    return false;
}

QString RoleDefinition::id() const
{
    return QStringLiteral("/providers/Microsoft.Authorization/roleDefinitions/") + name;
}

bool RoleDefinition::grants(const QString &operation, bool dataAction, QString *matchedPattern) const
{
    for (const Permission &p : permissions) {
        const QStringList &allow = dataAction ? p.dataActions : p.actions;
        const QStringList &deny = dataAction ? p.notDataActions : p.notActions;
        if (anyMatches(allow, operation, matchedPattern) && !anyMatches(deny, operation, nullptr))
            return true;
    }
    return false;
}

static QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonObject RoleDefinition::toJson() const
{
    QJsonArray perms;
    for (const Permission &p : permissions) {
        perms.append(QJsonObject{{QStringLiteral("actions"), QJsonArray::fromStringList(p.actions)},
                                 {QStringLiteral("notActions"), QJsonArray::fromStringList(p.notActions)},
                                 {QStringLiteral("dataActions"), QJsonArray::fromStringList(p.dataActions)},
                                 {QStringLiteral("notDataActions"), QJsonArray::fromStringList(p.notDataActions)}});
    }
    return {{QStringLiteral("assignableScopes"), QJsonArray::fromStringList(assignableScopes)},
            {QStringLiteral("description"), description},
            {QStringLiteral("id"), id()},
            {QStringLiteral("name"), name},
            {QStringLiteral("permissions"), perms},
            {QStringLiteral("roleName"), roleName},
            {QStringLiteral("roleType"), roleType},
            {QStringLiteral("type"), QStringLiteral("Microsoft.Authorization/roleDefinitions")}};
}

RoleDefinition RoleDefinition::fromJson(const QJsonObject &o)
{
    // Accepts the ARM shape and the az "role definition create" shape (Name, Actions, DataActions ... at top level).
    RoleDefinition d;
    d.name = o.value(QStringLiteral("name")).toString(o.value(QStringLiteral("Id")).toString());
    d.roleName = o.value(QStringLiteral("roleName")).toString(o.value(QStringLiteral("Name")).toString());
    d.roleType = o.value(QStringLiteral("roleType")).toString(QStringLiteral("CustomRole"));
    d.description = o.value(QStringLiteral("description")).toString(o.value(QStringLiteral("Description")).toString());
    const QJsonValue scopes = o.contains(QStringLiteral("assignableScopes"))
                                  ? o.value(QStringLiteral("assignableScopes"))
                                  : o.value(QStringLiteral("AssignableScopes"));
    if (scopes.isArray())
        d.assignableScopes = strings(scopes);
    if (o.contains(QStringLiteral("permissions"))) {
        for (const QJsonValue &v : o.value(QStringLiteral("permissions")).toArray()) {
            const QJsonObject p = v.toObject();
            d.permissions.append(
                {strings(p.value(QStringLiteral("actions"))), strings(p.value(QStringLiteral("notActions"))),
                 strings(p.value(QStringLiteral("dataActions"))), strings(p.value(QStringLiteral("notDataActions")))});
        }
    } else {
        d.permissions.append(
            {strings(o.value(QStringLiteral("Actions"))), strings(o.value(QStringLiteral("NotActions"))),
             strings(o.value(QStringLiteral("DataActions"))), strings(o.value(QStringLiteral("NotDataActions")))});
    }
    return d;
}

const QList<RoleDefinition> &RoleDefinition::builtIns()
{
    static const QList<RoleDefinition> roles = [] {
        QList<RoleDefinition> out;
        QFile f(QStringLiteral(":/keyless/sim/builtinroles.json"));
        if (f.open(QIODevice::ReadOnly)) {
            const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
            for (const QJsonValue &v : root.value(QStringLiteral("roleDefinitions")).toArray())
                out.append(fromJson(v.toObject()));
        }
        return out;
    }();
    return roles;
}

} // namespace Keyless::Sim
