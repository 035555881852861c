#include "shell/azcommands.h"

#include "shell/azcli.h"
#include "shell/azoutput.h"
#include "shell/session.h"
#include "sim/controlplane.h"
#include "sim/httpmessage.h"
#include "sim/resource.h"
#include "sim/world.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Keyless::Shell {

namespace {

using Kind = AzArgument::Kind;
enum Flags { Optional = 0, Required = 1 };

// "--resource-group -g" → an argument.
AzArgument arg(const char *options, const char *help, int flags = Optional, Kind kind = Kind::Value,
               QStringList choices = {}, const char *defaultValue = "")
{
    AzArgument a;
    a.options = QString::fromUtf8(options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    a.help = QString::fromUtf8(help);
    a.required = flags & Required;
    a.kind = kind;
    a.choices = std::move(choices);
    a.defaultValue = QString::fromUtf8(defaultValue);
    return a;
}

AzArgument rg(int flags = Required)
{
    return arg("--resource-group -g",
               "Name of resource group. You can configure the default group using `az configure --defaults "
               "group=<name>`.",
               flags);
}

AzArgument name(const char *help, int flags = Required)
{
    return arg("--name -n", help, flags);
}

AzArgument location()
{
    return arg("--location -l",
               "Location. Values from: `az account list-locations`. You can configure the default location using `az "
               "configure --defaults location=<location>`.");
}

AzArgument ids()
{
    return arg("--ids",
               "One or more resource IDs (space-delimited). It should be a complete resource ID containing all "
               "information of 'Resource Id' arguments.",
               Optional, Kind::List);
}

QStringList trueFalse()
{
    return {QStringLiteral("false"), QStringLiteral("true")};
}

AzExample example(const char *summary, const char *command)
{
    return {QString::fromUtf8(summary), QString::fromUtf8(command)};
}

// ARM failures print as azure-core's HttpResponseError does; 404 exits with 3 (ResourceNotFoundError).
AzResult fromArm(const Sim::ArmResult &r)
{
    if (r.ok())
        return r.body.isNull() || r.body.isUndefined() ? AzResult::none() : AzResult::of(r.body);
    if (r.code == QLatin1String("NotLoggedIn"))
        return AzResult::fail(r.message, 1);
    return AzResult::fail(QStringLiteral("(%1) %2\nCode: %1\nMessage: %2").arg(r.code, r.message),
                          r.status == 404 ? 3 : 1);
}

// A data-plane error body ({"error":{"code","message","innererror"}}) the way az prints it.
AzResult fromHttp(const Sim::HttpResponse &response)
{
    if (response.noResponse())
        return AzResult::fail(response.networkError, 1);
    const QJsonObject error = response.json().value(QStringLiteral("error")).toObject();
    QString code = error.value(QStringLiteral("code")).toString();
    QString message = error.value(QStringLiteral("message")).toString();
    if (code.isEmpty()) {
        // Storage answers XML (<Error><Code>…</Code><Message>…</Message></Error>); the storage SDK's
        // message, which az prints, ends with "ErrorCode:<code>".
        static const QRegularExpression xmlCode(QStringLiteral("<Code>([^<]*)</Code>"));
        static const QRegularExpression xmlMessage(QStringLiteral("<Message>([^<]*)"));
        code = xmlCode.match(response.text()).captured(1);
        message = xmlMessage.match(response.text()).captured(1).trimmed();
        if (!code.isEmpty())
            return AzResult::fail(QStringLiteral("%1\nErrorCode:%2").arg(message, code),
                                  response.status == 404 ? 3 : 1);
    }
    if (code.isEmpty()) {
        code = Sim::HttpResponse::reasonPhrase(response.status);
        message = response.text();
    }
    QString text = QStringLiteral("(%1) %2\nCode: %1\nMessage: %2").arg(code, message);
    const QJsonObject inner = error.value(QStringLiteral("innererror")).toObject();
    if (!inner.isEmpty())
        text += QStringLiteral("\nInner error: {\n    \"code\": \"%1\"\n}")
                    .arg(inner.value(QStringLiteral("code")).toString());
    return AzResult::fail(text, response.status == 404 ? 3 : 1);
}

QString iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00"));
}

struct Env {
    AzCall &call;
    Session &session;
    Sim::World &world;

    explicit Env(AzCall &c)
        : call(c)
        , session(*c.session)
        , world(c.session->world())
    {
    }
    QString v(const char *dest) const { return call.args.value(QString::fromLatin1(dest)); }
    QStringList list(const char *dest) const { return call.args.list(QString::fromLatin1(dest)); }
    bool has(const char *dest) const { return call.args.has(QString::fromLatin1(dest)); }
    bool isTrue(const char *dest) const
    {
        return has(dest) && v(dest).compare(QLatin1String("false"), Qt::CaseInsensitive) != 0;
    }
    QString resourceId(const QString &type, const QString &group, const QString &resourceName) const
    {
        return QStringLiteral("%1/resourceGroups/%2/providers/%3/%4")
            .arg(world.subscriptionScope(), group, type, resourceName);
    }
    // -g/-n or --ids
    QString targetId(const QString &type) const
    {
        if (has("ids"))
            return list("ids").value(0);
        return resourceId(type, v("resource-group"), v("name"));
    }
    // A resource found by name (for commands whose -g is optional).
    const Sim::Resource *find(const QString &type, const QString &resourceName) const
    {
        const Sim::Resource *r = world.findResource(resourceName, type);
        if (r && has("resource-group") && r->resourceGroup.compare(v("resource-group"), Qt::CaseInsensitive) != 0)
            return nullptr;
        return r;
    }
};

AzResult requireIdsOrName(const Env &e)
{
    if (!e.has("ids") && (!e.has("name") || !e.has("resource-group")))
        return AzResult::fail(QStringLiteral("(--resource-group --name | --ids) are required"), 2);
    return {};
}

QJsonObject subscriptionJson(Sim::World &world, const Session::AzProfile &p)
{
    QJsonObject user;
    if (p.managedIdentity) {
        user.insert(QStringLiteral("assignedIdentityInfo"), p.assignedIdentityInfo);
        user.insert(QStringLiteral("name"), p.userName);
        user.insert(QStringLiteral("type"), QStringLiteral("servicePrincipal"));
    } else {
        user.insert(QStringLiteral("name"), p.userName);
        user.insert(QStringLiteral("type"), QStringLiteral("user"));
    }
    return QJsonObject{{QStringLiteral("environmentName"), QStringLiteral("AzureCloud")},
                       {QStringLiteral("homeTenantId"), world.tenantId()},
                       {QStringLiteral("id"), world.subscriptionId()},
                       {QStringLiteral("isDefault"), true},
                       {QStringLiteral("managedByTenants"), QJsonArray()},
                       {QStringLiteral("name"), world.subscriptionName()},
                       {QStringLiteral("state"), QStringLiteral("Enabled")},
                       {QStringLiteral("tenantId"), world.tenantId()},
                       {QStringLiteral("user"), user}};
}

// ---------------------------------------------------------------- account, login

AzResult login(AzCall &call)
{
    Env e(call);
    Session::AzProfile &p = e.session.profile();
    if (!e.has("identity")) {
        if (!e.session.location().isEmpty())
            return AzResult::fail(QStringLiteral("Interactive login is not available inside a resource here; use 'az "
                                                 "login --identity' to sign in with the resource's managed identity."));
        e.world.setLearnerSignedIn(true);
        return AzResult::of(QJsonArray{subscriptionJson(e.world, e.session.profile())});
    }
    if (e.has("tenant"))
        return AzResult::fail(QStringLiteral("usage error: '--tenant' is not applicable to managed identity "
                                             "accounts; only user and service principal accounts support it."),
                              2);
    QString selector;
    QString info = QStringLiteral("MSI");
    QString userName = QStringLiteral("systemAssignedIdentity");
    const auto choose = [&](const char *dest, const QString &param, const QString &prefix) {
        if (!e.has(dest))
            return;
        selector = QStringLiteral("&%1=%2").arg(param, QString::fromLatin1(QUrl::toPercentEncoding(e.v(dest))));
        info = prefix + e.v(dest);
        userName = QStringLiteral("userAssignedIdentity");
    };
    choose("client-id", QStringLiteral("client_id"), QStringLiteral("MSIClient-"));
    choose("object-id", QStringLiteral("object_id"), QStringLiteral("MSIObject-"));
    choose("resource-id", QStringLiteral("msi_res_id"), QStringLiteral("MSIResource-"));
    if (e.has("username")) {
        call.warn(QStringLiteral("Passing the managed identity ID with --username is deprecated and will be removed "
                                 "in a future release. Please use --client-id, --object-id or --resource-id instead."));
        const QString u = e.v("username");
        const QString param =
            u.startsWith(QLatin1Char('/')) ? QStringLiteral("msi_res_id") : QStringLiteral("client_id");
        selector = QStringLiteral("&%1=%2").arg(param, QString::fromLatin1(QUrl::toPercentEncoding(u)));
        info = (u.startsWith(QLatin1Char('/')) ? QStringLiteral("MSIResource-") : QStringLiteral("MSIClient-")) + u;
        userName = QStringLiteral("userAssignedIdentity");
    }
    Session::AzProfile candidate;
    candidate.signedIn = true;
    candidate.managedIdentity = true;
    candidate.identitySelector = selector;
    candidate.assignedIdentityInfo = info;
    candidate.userName = userName;
    const Session::AzProfile saved = p;
    p = candidate;
    const Session::Token token = e.session.accessToken(QStringLiteral("https://management.core.windows.net/"));
    if (!token.error.isEmpty()) {
        p = saved;
        return AzResult::fail(token.error);
    }
    // The token's oid is who az acts as from now on.
    const QStringList parts = token.accessToken.split(QLatin1Char('.'));
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts.value(1).toLatin1(), QByteArray::Base64UrlEncoding))
            .object();
    p.objectId = claims.value(QStringLiteral("oid")).toString();
    Sim::RoleAssignmentFilter filter;
    filter.assignee = p.objectId;
    filter.all = true;
    const Sim::ArmResult assignments = e.world.controlPlane().listRoleAssignments(filter);
    if (assignments.ok() && assignments.body.toArray().isEmpty() && !e.has("allow-no-subscriptions")) {
        p = saved;
        return AzResult::fail(QStringLiteral("No access was configured for the VM, hence no subscriptions were found. "
                                             "If this is expected, use '--allow-no-subscriptions' to have tenant level "
                                             "access."));
    }
    return AzResult::of(QJsonArray{subscriptionJson(e.world, p)});
}

AzResult logout(AzCall &call)
{
    Env e(call);
    Session::AzProfile &p = e.session.profile();
    if (!p.signedIn)
        return AzResult::fail(QStringLiteral("There are no active accounts."));
    if (e.session.location().isEmpty() && !p.managedIdentity)
        e.world.setLearnerSignedIn(false);
    p = Session::AzProfile();
    return AzResult::none();
}

AzResult accountShow(AzCall &call)
{
    Env e(call);
    return AzResult::of(subscriptionJson(e.world, e.session.profile()));
}

AzResult accountList(AzCall &call)
{
    Env e(call);
    return AzResult::of(QJsonArray{subscriptionJson(e.world, e.session.profile())});
}

AzResult accountSet(AzCall &call)
{
    Env e(call);
    if (!e.session.isKnownSubscription(e.v("subscription")))
        return AzResult::fail(
            QStringLiteral("The subscription of '%1' doesn't exist in cloud 'AzureCloud'.").arg(e.v("subscription")));
    return AzResult::none();
}

AzResult getAccessToken(AzCall &call)
{
    Env e(call);
    int given = int(e.has("resource")) + int(e.has("resource-type")) + int(e.has("scope"));
    if (given > 1)
        return AzResult::fail(QStringLiteral("usage error: --resource/--resource-type/--scope are mutually "
                                             "exclusive"),
                              2);
    QString resource = e.v("resource");
    if (e.has("resource-type")) {
        static const QHash<QString, QString> types = {
            {QStringLiteral("arm"), QStringLiteral("https://management.core.windows.net/")},
            {QStringLiteral("ms-graph"), QStringLiteral("https://graph.microsoft.com/")},
            {QStringLiteral("aad-graph"), QStringLiteral("https://graph.windows.net/")},
            {QStringLiteral("batch"), QStringLiteral("https://batch.core.windows.net/")},
            {QStringLiteral("data-lake"), QStringLiteral("https://datalake.azure.net/")},
            {QStringLiteral("media"), QStringLiteral("https://rest.media.azure.net")},
            {QStringLiteral("oss-rdbms"), QStringLiteral("https://ossrdbms-aad.database.windows.net")},
        };
        resource = types.value(e.v("resource-type"));
    }
    if (e.has("scope")) {
        resource = e.list("scope").value(0);
        if (resource.endsWith(QLatin1String("/.default")))
            resource.chop(9);
    }
    if (resource.isEmpty())
        resource = QStringLiteral("https://management.core.windows.net/");
    Session::AzProfile &p = e.session.profile();
    if (!p.managedIdentity) {
        const Sim::ArmResult r = e.world.controlPlane().getAccessToken(resource);
        if (r.code == QLatin1String("invalid_resource"))
            return AzResult::fail(r.message);
        return fromArm(r);
    }
    if (e.has("tenant"))
        return AzResult::fail(QStringLiteral("usage error: --tenant can't be used with a managed identity account."),
                              2);
    const Session::Token token = e.session.accessToken(resource);
    if (!token.error.isEmpty())
        return AzResult::fail(token.error);
    return AzResult::of(
        QJsonObject{{QStringLiteral("accessToken"), token.accessToken},
                    {QStringLiteral("expiresOn"), QDateTime::fromSecsSinceEpoch(token.expiresOn, Qt::UTC)
                                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.000000"))},
                    {QStringLiteral("expires_on"), token.expiresOn},
                    {QStringLiteral("subscription"), e.world.subscriptionId()},
                    {QStringLiteral("tenant"), e.world.tenantId()},
                    {QStringLiteral("tokenType"), QStringLiteral("Bearer")}});
}

// ---------------------------------------------------------------- ad

QJsonObject userJson(const Sim::Principal &p)
{
    return QJsonObject{
        {QStringLiteral("@odata.context"), QStringLiteral("https://graph.microsoft.com/v1.0/$metadata#users/$entity")},
        {QStringLiteral("businessPhones"), QJsonArray()},
        {QStringLiteral("displayName"), p.displayName},
        {QStringLiteral("givenName"), QJsonValue::Null},
        {QStringLiteral("id"), p.objectId},
        {QStringLiteral("jobTitle"), QJsonValue::Null},
        {QStringLiteral("mail"), QJsonValue::Null},
        {QStringLiteral("mobilePhone"), QJsonValue::Null},
        {QStringLiteral("officeLocation"), QJsonValue::Null},
        {QStringLiteral("preferredLanguage"), QJsonValue::Null},
        {QStringLiteral("surname"), QJsonValue::Null},
        {QStringLiteral("userPrincipalName"), p.userPrincipalName}};
}

AzResult signedInUser(AzCall &call)
{
    Env e(call);
    if (e.session.profile().managedIdentity)
        return AzResult::fail(QStringLiteral("/me request is only valid with delegated authentication flow."));
    const Sim::Principal *p = e.world.learner();
    if (!p)
        return AzResult::fail(QStringLiteral("Please run 'az login' to setup account."));
    return AzResult::of(userJson(*p));
}

// The service principal as az ad sp show / list print it.
QJsonObject spJson(const Sim::Principal &p)
{
    QJsonArray alternative;
    if (!p.managedIdentityResourceId.isEmpty())
        alternative = {p.systemAssigned ? QStringLiteral("isExplicit=False") : QStringLiteral("isExplicit=True"),
                       p.managedIdentityResourceId};
    return QJsonObject{
        {QStringLiteral("accountEnabled"), true},
        {QStringLiteral("alternativeNames"), alternative},
        {QStringLiteral("appId"), p.appId},
        {QStringLiteral("displayName"), p.displayName},
        {QStringLiteral("id"), p.objectId},
        {QStringLiteral("servicePrincipalNames"), QJsonArray{p.appId}},
        {QStringLiteral("servicePrincipalType"), p.servicePrincipalType},
    };
}

AzResult spShow(AzCall &call)
{
    Env e(call);
    const QString id = e.v("id");
    const Sim::Principal *found = nullptr;
    const QList<Sim::Principal> principals = e.world.directory().principals();
    for (const Sim::Principal &p : principals) {
        if (p.type != Sim::PrincipalType::ServicePrincipal)
            continue;
        if (p.objectId.compare(id, Qt::CaseInsensitive) == 0 || p.appId.compare(id, Qt::CaseInsensitive) == 0)
            found = &p;
    }
    if (!found)
        return AzResult::fail(QStringLiteral("Service principal '%1' doesn't exist").arg(id), 3);
    return AzResult::of(spJson(*found));
}

// azure-cli's list_sps: --display-name is the Graph filter startswith(displayName,'…'); with no filter and no
// --all, the first 100 and a warning when there are more (role/custom.py). Matching the prefix without case is an
// assumption (no source found for Graph's case rule on startswith).
AzResult spList(AzCall &call)
{
    Env e(call);
    const QString prefix = e.v("display-name");
    const bool filtered = e.has("display-name");
    QJsonArray out;
    const QList<Sim::Principal> principals = e.world.directory().principals();
    for (const Sim::Principal &p : principals) {
        if (p.type == Sim::PrincipalType::ServicePrincipal &&
            (!filtered || p.displayName.startsWith(prefix, Qt::CaseInsensitive)))
            out.append(spJson(p));
    }
    if (!filtered && !e.isTrue("all") && out.size() > 100) {
        e.call.warn(QStringLiteral("The result is not complete. You can still use '--all' to get all of them with long "
                                   "latency expected, or provide a filter through command arguments"));
        while (out.size() > 100)
            out.removeLast();
    }
    return AzResult::of(out);
}

// ---------------------------------------------------------------- generic resources

// --tags key[=value] ...: the tags to set, as az reads them ("" alone clears them); none when the flag is not given.
std::optional<QMap<QString, QString>> tagsArgument(const Env &e)
{
    if (!e.has("tags"))
        return std::nullopt;
    QMap<QString, QString> tags;
    for (const QString &item : e.list("tags")) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        tags.insert(eq < 0 ? item : item.left(eq), eq < 0 ? QString() : item.mid(eq + 1));
    }
    return tags;
}

QJsonObject tagsProperty(const Env &e)
{
    QJsonObject properties;
    if (const auto tags = tagsArgument(e)) {
        QJsonObject json;
        for (auto it = tags->cbegin(); it != tags->cend(); ++it)
            json.insert(it.key(), it.value());
        properties.insert(QStringLiteral("tags"), json);
    }
    return properties;
}

AzResult createResource(Env &e, const QString &type, const QJsonObject &properties = {})
{
    return fromArm(
        e.session.controlPlane().createResource(type, e.v("resource-group"), e.v("name"), properties, e.v("location")));
}

AzResult showResource(Env &e, const QString &type)
{
    return fromArm(e.session.controlPlane().showResource(e.targetId(type)));
}

AzResult listResources(Env &e, const QString &type)
{
    return fromArm(e.session.controlPlane().listResources(e.v("resource-group"), type));
}

AzResult deleteResource(Env &e, const QString &type)
{
    const Sim::ArmResult r = e.session.controlPlane().deleteResource(e.targetId(type));
    if (!r.ok())
        return fromArm(r);
    return AzResult::none();
}

// az prints most resources with their ARM properties lifted to the top level, so that `az cosmosdb show --query
// disableLocalAuth`, `az storage account show --query allowSharedKeyAccess` and `az webapp show --query
// defaultHostName` work. Key Vault keeps them nested (`az keyvault show --query properties.enableRbacAuthorization`),
// as do resource groups. An array is flattened item by item.
QJsonValue flattenProperties(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(flattenProperties(item));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    const QJsonObject props = o.take(QStringLiteral("properties")).toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// Flattens the ARM body az prints for user-assigned identities (properties lifted to the top).
QJsonValue flattenIdentity(const QJsonValue &body)
{
    const auto flatten = [](QJsonObject o) {
        const QJsonObject props = o.take(QStringLiteral("properties")).toObject();
        o.insert(QStringLiteral("clientId"), props.value(QStringLiteral("clientId")));
        o.insert(QStringLiteral("principalId"), props.value(QStringLiteral("principalId")));
        o.insert(QStringLiteral("tenantId"), props.value(QStringLiteral("tenantId")));
        o.insert(QStringLiteral("systemData"), QJsonValue::Null);
        return o;
    };
    if (body.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : body.toArray())
            out.append(flatten(v.toObject()));
        return out;
    }
    return flatten(body.toObject());
}

AzResult mapValue(AzResult r, const std::function<QJsonValue(const QJsonValue &)> &f)
{
    if (r.hasValue)
        r.value = f(r.value);
    return r;
}

// `az vm identity assign` prints {systemAssignedIdentity, userAssignedIdentities} (facts §9.2), not the ARM block.
QJsonValue vmIdentityShape(const QJsonValue &identity)
{
    const QJsonObject o = identity.toObject();
    const QJsonValue principal = o.value(QStringLiteral("principalId"));
    return QJsonObject{
        {QStringLiteral("systemAssignedIdentity"), principal.isString() ? principal : QJsonValue(QString())},
        {QStringLiteral("userAssignedIdentities"), o.value(QStringLiteral("userAssignedIdentities")).isObject()
                                                       ? o.value(QStringLiteral("userAssignedIdentities"))
                                                       : QJsonValue(QJsonObject())}};
}

// webapp/functionapp/vm identity assign|show|remove
AzResult identityAssign(AzCall &call, const QString &type, bool vm)
{
    Env e(call);
    if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
        return bad;
    const QString id = e.targetId(type);
    QStringList identities = e.has("identities") ? e.list("identities") : QStringList{QStringLiteral("[system]")};
    Sim::ControlPlane cp = e.session.controlPlane();
    Sim::ArmResult r = cp.assignIdentity(id, identities);
    if (!r.ok())
        return fromArm(r);
    const QString principalId = r.body.toObject().value(QStringLiteral("principalId")).toString();
    if (vm)
        r.body = vmIdentityShape(r.body);
    if (e.has("role") || e.has("scope")) {
        if (!e.has("scope"))
            return AzResult::fail(QStringLiteral("usage error: please use --scope to specify the scope of the role "
                                                 "assignment."),
                                  2);
        Sim::RoleAssignmentSpec spec;
        spec.assignee = r.body.toObject()
                            .value(vm ? QStringLiteral("systemAssignedIdentity") : QStringLiteral("principalId"))
                            .toString();
        spec.role = e.has("role") ? e.v("role") : QStringLiteral("Contributor");
        spec.scope = e.v("scope");
        spec.principalType = QStringLiteral("ServicePrincipal");
        const Sim::ArmResult ra = cp.createRoleAssignment(spec);
        if (!ra.ok())
            return fromArm(ra);
    }
    return fromArm(r);
}

AzResult identityShow(AzCall &call, const QString &type)
{
    Env e(call);
    if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
        return bad;
    const Sim::ArmResult r = e.session.controlPlane().showIdentity(e.targetId(type));
    if (r.ok() && (r.body.isNull() || r.body.toObject().isEmpty()))
        return AzResult::none(); // az prints nothing when the resource has no identity
    return fromArm(r);
}

AzResult identityRemove(AzCall &call, const QString &type)
{
    Env e(call);
    if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
        return bad;
    return fromArm(e.session.controlPlane().removeIdentity(e.targetId(type), e.list("identities")));
}

// ---------------------------------------------------------------- app service

AzResult appSettingsList(Env &e)
{
    return fromArm(e.session.controlPlane().listAppSettings(e.targetId(Sim::ResourceType::site())));
}

AzResult appSettingsSet(Env &e)
{
    QMap<QString, QString> settings;
    for (const QString &pair : e.list("settings")) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return AzResult::fail(QStringLiteral("usage error: --settings expects KEY=VALUE pairs, got '%1'").arg(pair),
                                  2);
        settings.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return fromArm(e.session.controlPlane().setAppSettings(e.targetId(Sim::ResourceType::site()), settings));
}

AzResult appSettingsDelete(Env &e)
{
    return fromArm(
        e.session.controlPlane().deleteAppSettings(e.targetId(Sim::ResourceType::site()), e.list("setting-names")));
}

AzResult createSite(AzCall &call, bool functionApp)
{
    Env e(call);
    if (functionApp) {
        if (!e.has("plan") && !e.has("consumption-plan-location") && !e.has("flexconsumption-location"))
            return AzResult::fail(QStringLiteral("usage error: --plan NAME_OR_ID | --consumption-plan-location "
                                                 "LOCATION | --flexconsumption-location LOCATION"),
                                  2);
        const Sim::Resource *storage =
            e.world.findResource(e.v("storage-account"), Sim::ResourceType::storageAccount());
        if (!storage)
            return AzResult::fail(QStringLiteral("Storage account '%1' not found.").arg(e.v("storage-account")), 3);
    } else if (!e.session.interpreter().hasVariable(QStringLiteral("__plan_") + e.v("plan").toLower()) &&
               !e.v("plan").startsWith(QLatin1Char('/'))) {
        // Plans are remembered by `az appservice plan create` in this console.
        return AzResult::fail(QStringLiteral("The plan '%1' doesn't exist in the resource group '%2'.")
                                  .arg(e.v("plan"), e.v("resource-group")),
                              3);
    }
    QJsonObject props{{QStringLiteral("kind"), functionApp ? QStringLiteral("functionapp") : QStringLiteral("app")}};
    const QString location = e.has("consumption-plan-location") ? e.v("consumption-plan-location") : e.v("location");
    Sim::ControlPlane cp = e.session.controlPlane();
    Sim::ArmResult r = cp.createResource(functionApp ? QStringLiteral("functionapp") : QStringLiteral("webapp"),
                                         e.v("resource-group"), e.v("name"), props, location);
    if (!r.ok())
        return fromArm(r);
    const QString id = r.body.toObject().value(QStringLiteral("id")).toString();
    if (e.has("assign-identity")) {
        QStringList identities = e.list("assign-identity");
        if (identities.isEmpty())
            identities = {QStringLiteral("[system]")};
        const Sim::ArmResult a = cp.assignIdentity(id, identities);
        if (!a.ok())
            return fromArm(a);
        if (e.has("scope")) {
            Sim::RoleAssignmentSpec spec;
            spec.assignee = a.body.toObject().value(QStringLiteral("principalId")).toString();
            spec.role = e.has("role") ? e.v("role") : QStringLiteral("Contributor");
            spec.scope = e.v("scope");
            spec.principalType = QStringLiteral("ServicePrincipal");
            const Sim::ArmResult ra = cp.createRoleAssignment(spec);
            if (!ra.ok())
                return fromArm(ra);
        }
        r = cp.showResource(id);
    }
    if (functionApp)
        call.warn(QStringLiteral("Application Insights \"%1\" was not created: this console simulates no monitoring.")
                      .arg(e.v("name")));
    return mapValue(fromArm(r), flattenProperties);
}

AzResult planCreate(AzCall &call)
{
    Env e(call);
    const Sim::ResourceGroup *g = e.world.resourceGroup(e.v("resource-group"));
    if (!g)
        return AzResult::fail(QStringLiteral("(ResourceGroupNotFound) Resource group '%1' could not be found.\nCode: "
                                             "ResourceGroupNotFound\nMessage: Resource group '%1' could not be found.")
                                  .arg(e.v("resource-group")),
                              3);
    e.session.interpreter().setVariable(QStringLiteral("__plan_") + e.v("name").toLower(), e.v("resource-group"));
    const QString sku = e.has("sku") ? e.v("sku").toUpper() : QStringLiteral("B1");
    static const QHash<QString, QString> tiers = {{QStringLiteral("F1"), QStringLiteral("Free")},
                                                  {QStringLiteral("B1"), QStringLiteral("Basic")},
                                                  {QStringLiteral("S1"), QStringLiteral("Standard")},
                                                  {QStringLiteral("P1V2"), QStringLiteral("PremiumV2")},
                                                  {QStringLiteral("P1V3"), QStringLiteral("PremiumV3")}};
    return AzResult::of(QJsonObject{
        {QStringLiteral("id"), e.resourceId(QStringLiteral("Microsoft.Web/serverfarms"), g->name, e.v("name"))},
        {QStringLiteral("kind"), e.has("is-linux") ? QStringLiteral("linux") : QStringLiteral("app")},
        {QStringLiteral("location"), e.has("location") ? e.v("location") : g->location},
        {QStringLiteral("name"), e.v("name")},
        {QStringLiteral("reserved"), e.has("is-linux")},
        {QStringLiteral("resourceGroup"), g->name},
        {QStringLiteral("sku"), QJsonObject{{QStringLiteral("capacity"), 1},
                                            {QStringLiteral("name"), sku},
                                            {QStringLiteral("tier"), tiers.value(sku, QStringLiteral("Basic"))}}},
        {QStringLiteral("type"), QStringLiteral("Microsoft.Web/serverfarms")}});
}

// ---------------------------------------------------------------- vm

AzResult vmCreate(AzCall &call)
{
    Env e(call);
    if (!e.has("image") && !e.has("attach-os-disk"))
        return AzResult::fail(QStringLiteral("usage error: --image IMAGE | --attach-os-disk DISK"), 2);
    Sim::ControlPlane cp = e.session.controlPlane();
    const Sim::ArmResult r =
        cp.createResource(QStringLiteral("vm"), e.v("resource-group"), e.v("name"), {}, e.v("location"));
    if (!r.ok())
        return fromArm(r);
    const QJsonObject created = r.body.toObject();
    const QString id = created.value(QStringLiteral("id")).toString();
    QJsonObject out{{QStringLiteral("fqdns"), QString()},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("location"), created.value(QStringLiteral("location"))},
                    {QStringLiteral("macAddress"), QStringLiteral("00-0D-3A-12-34-56")},
                    {QStringLiteral("powerState"), QStringLiteral("VM running")},
                    {QStringLiteral("privateIpAddress"), QStringLiteral("10.0.0.4")},
                    {QStringLiteral("publicIpAddress"), QStringLiteral("20.62.0.4")},
                    {QStringLiteral("resourceGroup"), created.value(QStringLiteral("resourceGroup"))},
                    {QStringLiteral("zones"), QString()}};
    if (e.has("assign-identity")) {
        QStringList identities = e.list("assign-identity");
        if (identities.isEmpty())
            identities = {QStringLiteral("[system]")};
        const Sim::ArmResult a = cp.assignIdentity(id, identities);
        if (!a.ok())
            return fromArm(a);
        out.insert(QStringLiteral("identity"), vmIdentityShape(a.body));
        if (e.has("scope")) {
            Sim::RoleAssignmentSpec spec;
            spec.assignee = a.body.toObject().value(QStringLiteral("principalId")).toString();
            spec.role = e.has("role") ? e.v("role") : QStringLiteral("Contributor");
            spec.scope = e.v("scope");
            spec.principalType = QStringLiteral("ServicePrincipal");
            const Sim::ArmResult ra = cp.createRoleAssignment(spec);
            if (!ra.ok())
                return fromArm(ra);
        } else if (identities.contains(QStringLiteral("[system]"))) {
            call.warn(QStringLiteral("No access was given yet to the '%1', because '--scope' was not provided. You "
                                     "should setup by creating a role assignment, e.g. 'az role assignment create "
                                     "--assignee <principal-id> --role contributor -g %2' would let it access the "
                                     "current resource group. To get the pricipal id, run 'az vm show -g %2 -n %1 "
                                     "--query \"identity.principalId\" -otsv'")
                          .arg(e.v("name"), e.v("resource-group")));
        }
    }
    return AzResult::of(out);
}

// ---------------------------------------------------------------- keyvault

AzResult keyvaultCreate(AzCall &call)
{
    Env e(call);
    QJsonObject props;
    props.insert(QStringLiteral("enableRbacAuthorization"),
                 !e.has("enable-rbac-authorization") || e.isTrue("enable-rbac-authorization"));
    return createResource(e, QStringLiteral("keyvault"), props);
}

// `az … update` for the one boolean property a flag controls: set it when the flag is given, then show the
// resource as ARM returns it.
AzResult updateBooleanProperty(Env &e, const QString &resourceId, const char *flag, const QString &property)
{
    Sim::ControlPlane cp = e.session.controlPlane();
    if (e.has(flag)) {
        const Sim::ArmResult r = cp.setProperty(resourceId, property, e.isTrue(flag));
        if (!r.ok())
            return fromArm(r);
    }
    return fromArm(cp.showResource(resourceId));
}

const Sim::Resource *vaultByName(Env &e, const QString &vault, AzResult &error)
{
    const Sim::Resource *r = e.find(Sim::ResourceType::keyVault(), vault);
    if (!r)
        error = AzResult::fail(QStringLiteral("The Vault '%1' not found within subscription.").arg(vault), 3);
    return r;
}

AzResult keyvaultShow(AzCall &call)
{
    Env e(call);
    AzResult error;
    const Sim::Resource *vault = vaultByName(e, e.v("name"), error);
    if (!vault)
        return error;
    return fromArm(e.session.controlPlane().showResource(vault->id));
}

AzResult keyvaultUpdate(AzCall &call)
{
    Env e(call);
    AzResult error;
    const Sim::Resource *vault = vaultByName(e, e.v("name"), error);
    if (!vault)
        return error;
    return updateBooleanProperty(e, vault->id, "enable-rbac-authorization", QStringLiteral("enableRbacAuthorization"));
}

QString resolveObjectId(Env &e, AzResult &error)
{
    if (e.has("object-id"))
        return e.v("object-id");
    const QString wanted = e.has("spn") ? e.v("spn") : e.v("upn");
    const QList<Sim::Principal> principals = e.world.directory().principals();
    for (const Sim::Principal &p : principals) {
        if (p.appId.compare(wanted, Qt::CaseInsensitive) == 0 ||
            p.userPrincipalName.compare(wanted, Qt::CaseInsensitive) == 0)
            return p.objectId;
    }
    error = AzResult::fail(e.has("spn") ? QStringLiteral("Unable to find service principal with spn '%1'").arg(wanted)
                                        : QStringLiteral("Unable to find user with upn '%1'").arg(wanted));
    return {};
}

// The CLI itself refuses, before any request (facts §6.5): a plain error, not an ARM error block (QA: it printed
// "(BadRequest) …" with Code and Message).
AzResult rbacVaultRefusesPolicies()
{
    return AzResult::fail(QStringLiteral("Cannot set policies to a vault with '--enable-rbac-authorization' specified"),
                          1);
}

AzResult keyvaultSetPolicy(AzCall &call)
{
    Env e(call);
    if (!e.has("object-id") && !e.has("spn") && !e.has("upn"))
        return AzResult::fail(QStringLiteral("usage error: --object-id OBJECT_ID | --spn SPN | --upn UPN"), 2);
    AzResult error;
    const Sim::Resource *vault = vaultByName(e, e.v("name"), error);
    if (!vault)
        return error;
    const QString objectId = resolveObjectId(e, error);
    if (objectId.isEmpty())
        return error;
    if (vault->enableRbacAuthorization)
        return rbacVaultRefusesPolicies();
    return fromArm(e.session.controlPlane().keyVaultSetPolicy(vault->id, objectId, e.list("secret-permissions"),
                                                              e.list("key-permissions"),
                                                              e.list("certificate-permissions")));
}

AzResult keyvaultDeletePolicy(AzCall &call)
{
    Env e(call);
    if (!e.has("object-id") && !e.has("spn") && !e.has("upn"))
        return AzResult::fail(QStringLiteral("usage error: --object-id OBJECT_ID | --spn SPN | --upn UPN"), 2);
    AzResult error;
    const Sim::Resource *vault = vaultByName(e, e.v("name"), error);
    if (!vault)
        return error;
    const QString objectId = resolveObjectId(e, error);
    if (objectId.isEmpty())
        return error;
    if (vault->enableRbacAuthorization)
        return rbacVaultRefusesPolicies();
    return fromArm(e.session.controlPlane().keyVaultDeletePolicy(vault->id, objectId));
}

// Key Vault data plane: the CLI's SDK call with the signed-in identity's token.
AzResult vaultRequest(Env &e, const QString &method, const QString &vaultName, const QString &path,
                      const QByteArray &body, Sim::HttpResponse &response)
{
    const Sim::Resource *vault = e.world.findResource(vaultName, Sim::ResourceType::keyVault());
    if (!vault)
        return AzResult::fail(QStringLiteral("Failed to resolve '%1.vault.azure.net': the vault does not exist. "
                                             "Check the name with 'az keyvault list'.")
                                  .arg(vaultName));
    const Session::Token token = e.session.accessToken(QStringLiteral("https://vault.azure.net"));
    if (!token.error.isEmpty())
        return AzResult::fail(token.error);
    Sim::HttpRequest request = Sim::HttpRequest::withBody(
        method, QStringLiteral("https://%1%2api-version=7.4").arg(vault->hostName(), path), body);
    request.headers.set(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token.accessToken);
    response = e.session.send(request);
    if (!response.ok())
        return fromHttp(response);
    return {};
}

QJsonObject secretShape(const QJsonObject &s)
{
    const QJsonObject a = s.value(QStringLiteral("attributes")).toObject();
    const QString id = s.value(QStringLiteral("id")).toString();
    const QStringList parts = QUrl(id).path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QJsonObject attributes{{QStringLiteral("created"), iso(a.value(QStringLiteral("created")).toInteger())},
                           {QStringLiteral("enabled"), a.value(QStringLiteral("enabled")).toBool(true)},
                           {QStringLiteral("expires"), QJsonValue::Null},
                           {QStringLiteral("notBefore"), QJsonValue::Null},
                           {QStringLiteral("recoverableDays"), a.contains(QStringLiteral("recoverableDays"))
                                                                   ? a.value(QStringLiteral("recoverableDays"))
                                                                   : QJsonValue(90)},
                           {QStringLiteral("recoveryLevel"),
                            a.value(QStringLiteral("recoveryLevel")).toString(QStringLiteral("Recoverable+Purgeable"))},
                           {QStringLiteral("updated"), iso(a.value(QStringLiteral("updated")).toInteger())}};
    QJsonObject out{{QStringLiteral("attributes"), attributes},
                    {QStringLiteral("contentType"), s.contains(QStringLiteral("contentType"))
                                                        ? s.value(QStringLiteral("contentType"))
                                                        : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("kid"), QJsonValue::Null},
                    {QStringLiteral("managed"), QJsonValue::Null},
                    {QStringLiteral("name"), parts.value(1)},
                    {QStringLiteral("tags"),
                     s.contains(QStringLiteral("tags")) ? s.value(QStringLiteral("tags")) : QJsonValue(QJsonObject())}};
    if (s.contains(QStringLiteral("value")))
        out.insert(QStringLiteral("value"), s.value(QStringLiteral("value")));
    return out;
}

AzResult secretSet(AzCall &call)
{
    Env e(call);
    QString value = e.v("value");
    if (e.has("file")) {
        if (!e.session.interpreter().hasFile(e.v("file")))
            return AzResult::fail(QStringLiteral("[Errno 2] No such file or directory: '%1'").arg(e.v("file")));
        value = e.session.interpreter().readFile(e.v("file"));
    } else if (!e.has("value")) {
        return AzResult::fail(QStringLiteral("usage error: --value VALUE | --file PATH"), 2);
    }
    QJsonObject body{{QStringLiteral("value"), value}};
    if (e.has("content-type"))
        body.insert(QStringLiteral("contentType"), e.v("content-type"));
    Sim::HttpResponse response;
    const AzResult error =
        vaultRequest(e, QStringLiteral("PUT"), e.v("vault-name"), QStringLiteral("/secrets/%1?").arg(e.v("name")),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), response);
    if (!error.error.isEmpty())
        return error;
    return AzResult::of(secretShape(response.json()));
}

AzResult secretShow(AzCall &call)
{
    Env e(call);
    QString vault = e.v("vault-name");
    QString secret = e.v("name");
    QString version = e.v("version");
    if (e.has("id")) {
        const QUrl url(e.v("id"));
        vault = url.host().section(QLatin1Char('.'), 0, 0);
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        secret = parts.value(1);
        version = parts.value(2);
    } else if (!e.has("vault-name") || !e.has("name")) {
        return AzResult::fail(QStringLiteral("the following arguments are required: --vault-name, --name/-n (or --id)"),
                              2);
    }
    Sim::HttpResponse response;
    const AzResult error = vaultRequest(
        e, QStringLiteral("GET"), vault,
        QStringLiteral("/secrets/%1%2?").arg(secret, version.isEmpty() ? QString() : QLatin1Char('/') + version), {},
        response);
    if (!error.error.isEmpty())
        return error;
    return AzResult::of(secretShape(response.json()));
}

AzResult secretList(AzCall &call)
{
    Env e(call);
    Sim::HttpResponse response;
    const AzResult error =
        vaultRequest(e, QStringLiteral("GET"), e.v("vault-name"), QStringLiteral("/secrets?"), {}, response);
    if (!error.error.isEmpty())
        return error;
    QJsonArray out;
    for (const QJsonValue &v : response.json().value(QStringLiteral("value")).toArray()) {
        QJsonObject s = secretShape(v.toObject());
        s.remove(QStringLiteral("kid"));
        out.append(s);
    }
    return AzResult::of(out);
}

AzResult secretDelete(AzCall &call)
{
    Env e(call);
    Sim::HttpResponse response;
    const AzResult error = vaultRequest(e, QStringLiteral("DELETE"), e.v("vault-name"),
                                        QStringLiteral("/secrets/%1?").arg(e.v("name")), {}, response);
    if (!error.error.isEmpty())
        return error;
    QJsonObject s = secretShape(response.json());
    s.insert(QStringLiteral("deletedDate"), iso(e.world.now()));
    s.insert(QStringLiteral("recoveryId"),
             QStringLiteral("https://%1.vault.azure.net/deletedsecrets/%2").arg(e.v("vault-name"), e.v("name")));
    s.insert(QStringLiteral("scheduledPurgeDate"), iso(e.world.now() + 90 * 86400));
    return AzResult::of(s);
}

// ---------------------------------------------------------------- storage

const Sim::Resource *storageAccount(Env &e, AzResult &error)
{
    const QString account = e.has("account-name") ? e.v("account-name") : e.v("name");
    const Sim::Resource *r = e.world.findResource(account, Sim::ResourceType::storageAccount());
    if (!r)
        error = AzResult::fail(QStringLiteral("The storage account '%1' was not found. Check the name with 'az storage "
                                              "account list -o table'.")
                                   .arg(account),
                               3);
    return r;
}

// Authorization for a blob request: --auth-mode login (Entra token), or key (given, or looked up via listKeys).
bool blobAuthorization(Env &e, const Sim::Resource &account, Sim::HttpRequest &request, AzResult &error, bool &login)
{
    QString mode = e.v("auth-mode");
    if (mode.isEmpty() && e.session.interpreter().environment().contains(QStringLiteral("AZURE_STORAGE_AUTH_MODE")))
        mode = e.session.interpreter().environment().value(QStringLiteral("AZURE_STORAGE_AUTH_MODE"));
    login = mode == QLatin1String("login");
    if (login) {
        const Session::Token token = e.session.accessToken(QStringLiteral("https://storage.azure.com/"));
        if (!token.error.isEmpty()) {
            error = AzResult::fail(token.error);
            return false;
        }
        request.headers.set(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token.accessToken);
        return true;
    }
    QString key = e.v("account-key");
    if (key.isEmpty()) {
        if (mode.isEmpty())
            e.call.warn(QStringLiteral("\nThere are no credentials provided in your command and environment, we will "
                                       "query for account key for your storage account.\nIt is recommended to provide "
                                       "--connection-string, --account-key or --sas-token in your command as "
                                       "credentials."));
        const Sim::ArmResult keys = e.session.controlPlane().listStorageKeys(account.id);
        if (!keys.ok()) {
            error = fromArm(keys);
            return false;
        }
        key = keys.body.toArray().at(0).toObject().value(QStringLiteral("value")).toString();
    }
    request.headers.set(QStringLiteral("Authorization"), QStringLiteral("SharedKey %1:%2").arg(account.name, key));
    return true;
}

AzResult blobError(const Sim::HttpResponse &response, bool login)
{
    if (login && response.status == 403 && response.text().contains(QLatin1String("AuthorizationPermissionMismatch")))
        return AzResult::fail(
            QStringLiteral("\nYou do not have the required permissions needed to perform this operation.\nDepending "
                           "on your operation, you may need to be assigned one of the following roles:\n    \"Storage "
                           "Blob Data Owner\"\n    \"Storage Blob Data Contributor\"\n    \"Storage Blob Data "
                           "Reader\"\n    \"Storage Queue Data Contributor\"\n    \"Storage Queue Data Reader\"\n    "
                           "\"Storage Table Data Contributor\"\n    \"Storage Table Data Reader\"\n\nIf you want to "
                           "use the old authentication method and allow querying for the right account key, please "
                           "use the \"--auth-mode\" parameter and \"key\" value.\n"));
    return fromHttp(response);
}

AzResult blobCall(Env &e, const QString &method, const QString &path, const QByteArray &body,
                  Sim::HttpResponse &response, const Sim::HttpHeaders &extraHeaders = {})
{
    AzResult error;
    const Sim::Resource *account = storageAccount(e, error);
    if (!account)
        return error;
    Sim::HttpRequest request =
        Sim::HttpRequest::withBody(method, QStringLiteral("https://%1%2").arg(account->hostName(), path), body,
                                   QStringLiteral("application/octet-stream"));
    request.headers.set(QStringLiteral("x-ms-version"), QStringLiteral("2022-11-02"));
    request.headers.set(QStringLiteral("x-ms-blob-type"), QStringLiteral("BlockBlob"));
    for (const auto &[header, value] : extraHeaders.entries())
        request.headers.set(header, value);
    bool login = false;
    if (!blobAuthorization(e, *account, request, error, login))
        return error;
    response = e.session.send(request);
    if (!response.ok() && response.status != 0)
        return blobError(response, login);
    if (response.noResponse())
        return fromHttp(response);
    return {};
}

AzResult containerCreate(AzCall &call)
{
    Env e(call);
    Sim::HttpResponse response;
    const AzResult error =
        blobCall(e, QStringLiteral("PUT"), QStringLiteral("/%1?restype=container").arg(e.v("name")), {}, response);
    if (!error.error.isEmpty()) {
        if (error.error.contains(QLatin1String("ContainerAlreadyExists")))
            return AzResult::of(QJsonObject{{QStringLiteral("created"), false}});
        return error;
    }
    return AzResult::of(QJsonObject{{QStringLiteral("created"), true}});
}

QStringList xmlValues(const QString &xml, const QString &tag)
{
    QStringList values;
    const QRegularExpression re(QStringLiteral("<%1>([^<]*)</%1>").arg(tag));
    auto it = re.globalMatch(xml);
    while (it.hasNext())
        values.append(it.next().captured(1));
    return values;
}

AzResult containerList(AzCall &call)
{
    Env e(call);
    Sim::HttpResponse response;
    const AzResult error = blobCall(e, QStringLiteral("GET"), QStringLiteral("/?comp=list"), {}, response);
    if (!error.error.isEmpty())
        return error;
    QJsonArray out;
    const QString xml = response.text();
    static const QRegularExpression container(QStringLiteral("<Container>(.*?)</Container>"));
    auto it = container.globalMatch(xml);
    while (it.hasNext()) {
        const QString inner = it.next().captured(1);
        out.append(
            QJsonObject{{QStringLiteral("deleted"), QJsonValue::Null},
                        {QStringLiteral("encryptionScope"), QJsonValue::Null},
                        {QStringLiteral("immutableStorageWithVersioningEnabled"), false},
                        {QStringLiteral("metadata"), QJsonValue::Null},
                        {QStringLiteral("name"), xmlValues(inner, QStringLiteral("Name")).value(0)},
                        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("hasImmutabilityPolicy"), false},
                                                                   {QStringLiteral("hasLegalHold"), false},
                                                                   {QStringLiteral("publicAccess"), QJsonValue::Null}}},
                        {QStringLiteral("version"), QJsonValue::Null}});
    }
    return AzResult::of(out);
}

AzResult blobUpload(AzCall &call)
{
    Env e(call);
    QByteArray data;
    if (e.has("data")) {
        data = e.v("data").toUtf8();
    } else if (e.has("file")) {
        if (!e.session.interpreter().hasFile(e.v("file")))
            return AzResult::fail(QStringLiteral("[Errno 2] No such file or directory: '%1'").arg(e.v("file")));
        data = e.session.interpreter().readFile(e.v("file")).toUtf8();
    } else {
        return AzResult::fail(QStringLiteral("usage error: --file PATH | --data DATA"), 2);
    }
    QString blobName = e.v("name");
    if (blobName.isEmpty())
        blobName = e.v("file").section(QLatin1Char('/'), -1);
    // Without --overwrite, az uploads only if the blob does not exist yet, and says how to replace it (azure-cli
    // issues #21477 and #25019 quote the message).
    const bool overwrite = e.isTrue("overwrite");
    Sim::HttpHeaders conditions;
    if (!overwrite)
        conditions.set(QStringLiteral("If-None-Match"), QStringLiteral("*"));
    Sim::HttpResponse response;
    AzResult error = blobCall(e, QStringLiteral("PUT"), QStringLiteral("/%1/%2").arg(e.v("container-name"), blobName),
                              data, response, conditions);
    if (!error.error.isEmpty()) {
        if (!overwrite && error.error.contains(QLatin1String("ErrorCode:BlobAlreadyExists")))
            error.error += QStringLiteral("\nIf you want to overwrite the existing one, please add --overwrite in "
                                          "your command.");
        return error;
    }
    return AzResult::of(
        QJsonObject{{QStringLiteral("client_request_id"), QJsonValue::Null},
                    {QStringLiteral("content_md5"),
                     QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toBase64())},
                    {QStringLiteral("date"), iso(e.world.now())},
                    {QStringLiteral("encryption_key_sha256"), QJsonValue::Null},
                    {QStringLiteral("encryption_scope"), QJsonValue::Null},
                    {QStringLiteral("etag"), response.headers.value(QStringLiteral("ETag"))},
                    {QStringLiteral("last_modified"), iso(e.world.now())},
                    {QStringLiteral("request_server_encrypted"), true},
                    {QStringLiteral("version"), QStringLiteral("2022-11-02")},
                    {QStringLiteral("version_id"), QJsonValue::Null}});
}

AzResult blobDownload(AzCall &call)
{
    Env e(call);
    Sim::HttpResponse response;
    const AzResult error = blobCall(e, QStringLiteral("GET"),
                                    QStringLiteral("/%1/%2").arg(e.v("container-name"), e.v("name")), {}, response);
    if (!error.error.isEmpty())
        return error;
    if (e.has("file"))
        e.session.interpreter().writeFile(e.v("file"), response.text());
    else
        e.call.context->out(response.text());
    return AzResult::of(QJsonObject{
        {QStringLiteral("container"), e.v("container-name")},
        {QStringLiteral("content"), QString()},
        {QStringLiteral("deleted"), false},
        {QStringLiteral("metadata"), QJsonObject()},
        {QStringLiteral("name"), e.v("name")},
        {QStringLiteral("properties"), QJsonObject{{QStringLiteral("blobType"), QStringLiteral("BlockBlob")},
                                                   {QStringLiteral("contentLength"), qint64(response.body.size())}}},
        {QStringLiteral("snapshot"), QJsonValue::Null},
        {QStringLiteral("tags"), QJsonValue::Null},
        {QStringLiteral("versionId"), QJsonValue::Null}});
}

AzResult blobList(AzCall &call)
{
    Env e(call);
    Sim::HttpResponse response;
    const AzResult error =
        blobCall(e, QStringLiteral("GET"), QStringLiteral("/%1?restype=container&comp=list").arg(e.v("container-name")),
                 {}, response);
    if (!error.error.isEmpty())
        return error;
    QJsonArray out;
    static const QRegularExpression blob(QStringLiteral("<Blob>(.*?)</Blob>"));
    auto it = blob.globalMatch(response.text());
    while (it.hasNext()) {
        const QString inner = it.next().captured(1);
        out.append(
            QJsonObject{{QStringLiteral("container"), e.v("container-name")},
                        {QStringLiteral("content"), QString()},
                        {QStringLiteral("deleted"), QJsonValue::Null},
                        {QStringLiteral("metadata"), QJsonObject()},
                        {QStringLiteral("name"), xmlValues(inner, QStringLiteral("Name")).value(0)},
                        {QStringLiteral("properties"),
                         QJsonObject{{QStringLiteral("blobType"), QStringLiteral("BlockBlob")},
                                     {QStringLiteral("contentLength"),
                                      xmlValues(inner, QStringLiteral("Content-Length")).value(0).toLongLong()}}},
                        {QStringLiteral("snapshot"), QJsonValue::Null},
                        {QStringLiteral("tags"), QJsonValue::Null},
                        {QStringLiteral("versionId"), QJsonValue::Null}});
    }
    return AzResult::of(out);
}

AzResult storageAccountCreate(AzCall &call)
{
    Env e(call);
    QJsonObject props;
    if (e.has("allow-shared-key-access"))
        props.insert(QStringLiteral("allowSharedKeyAccess"), e.isTrue("allow-shared-key-access"));
    return mapValue(createResource(e, QStringLiteral("storage"), props), flattenProperties);
}

AzResult storageAccountUpdate(AzCall &call)
{
    Env e(call);
    AzResult error;
    const Sim::Resource *account = storageAccount(e, error);
    if (!account)
        return error;
    return mapValue(
        updateBooleanProperty(e, account->id, "allow-shared-key-access", QStringLiteral("allowSharedKeyAccess")),
        flattenProperties);
}

AzResult storageKeysList(AzCall &call)
{
    Env e(call);
    AzResult error;
    const Sim::Resource *account = storageAccount(e, error);
    if (!account)
        return error;
    return fromArm(e.session.controlPlane().listStorageKeys(account->id));
}

// ---------------------------------------------------------------- cosmos

const Sim::Resource *cosmosAccount(Env &e, AzResult &error)
{
    const QString accountName = e.has("account-name") ? e.v("account-name") : e.v("name");
    const Sim::Resource *r = e.find(Sim::ResourceType::cosmosAccount(), accountName);
    if (!r)
        error = AzResult::fail(QStringLiteral("(ResourceNotFound) The Resource "
                                              "'Microsoft.DocumentDB/databaseAccounts/%1' under resource group '%2' "
                                              "was not found.\nCode: ResourceNotFound")
                                   .arg(accountName, e.v("resource-group")),
                               3);
    return r;
}


AzResult cosmosCreate(AzCall &call)
{
    Env e(call);
    QJsonObject props;
    if (e.has("disable-local-auth"))
        props.insert(QStringLiteral("disableLocalAuth"), e.isTrue("disable-local-auth"));
    // azure-cli's create and update end with client.get(...), so they print what `cosmosdb show` prints.
    return mapValue(createResource(e, QStringLiteral("cosmosdb"), props), flattenProperties);
}

AzResult cosmosUpdate(AzCall &call)
{
    Env e(call);
    AzResult error;
    const Sim::Resource *account = cosmosAccount(e, error);
    if (!account)
        return error;
    return mapValue(
        updateBooleanProperty(e, account->id, "disable-local-auth", QStringLiteral("disableLocalAuth")),
        flattenProperties);
}

template <typename F> AzResult withCosmos(AzCall &call, F f)
{
    Env e(call);
    AzResult error;
    const Sim::Resource *account = cosmosAccount(e, error);
    if (!account)
        return error;
    return f(e, account->id);
}

// ---------------------------------------------------------------- role

// az resolves a role name before it calls ARM and raises CLIError "Role '<role>' doesn't exist.", which exits 1
// (azure-cli core util.handle_exception: 3 is only for ResourceNotFoundError); it is not an ARM error with a code (QA:
// list and delete printed "(RoleDefinitionDoesNotExist)", and all three exited 3).
bool isUnknownRole(const Sim::ArmResult &r)
{
    return !r.ok() && r.code == QLatin1String("RoleDefinitionDoesNotExist");
}

AzResult unknownRole(const QString &role)
{
    return AzResult::fail(QStringLiteral("Role '%1' doesn't exist.").arg(role), 1);
}

AzResult roleAssignmentCreate(AzCall &call)
{
    Env e(call);
    if (!e.has("assignee") && !e.has("assignee-object-id"))
        return AzResult::fail(QStringLiteral("usage error: --assignee STRING | --assignee-object-id GUID"), 2);
    Sim::RoleAssignmentSpec spec;
    spec.assignee = e.has("assignee-object-id") ? e.v("assignee-object-id") : e.v("assignee");
    spec.role = e.v("role");
    spec.scope = e.v("scope");
    spec.principalType = e.v("assignee-principal-type");
    spec.description = e.v("description");
    spec.name = e.v("name");
    const Sim::ArmResult r = e.session.controlPlane().createRoleAssignment(spec);
    if (!r.ok() && r.code == QLatin1String("PrincipalNotFound") && !e.has("assignee-object-id"))
        return AzResult::fail(QStringLiteral("Cannot find user or service principal in graph database for '%1'. If "
                                             "the assignee is an appId, make sure the corresponding service principal "
                                             "is created with 'az ad sp create --id %1'.")
                                  .arg(spec.assignee));
    if (isUnknownRole(r))
        return unknownRole(spec.role);
    AzResult out = fromArm(r);
    if (out.hasValue) {
        QJsonObject o = out.value.toObject();
        o.remove(QStringLiteral("principalName"));
        o.remove(QStringLiteral("roleDefinitionName"));
        out.value = o;
    }
    return out;
}

Sim::RoleAssignmentFilter roleFilter(const Env &e)
{
    Sim::RoleAssignmentFilter f;
    f.assignee = e.v("assignee");
    f.scope =
        e.has("scope")
            ? e.v("scope")
            : (e.has("resource-group")
                   ? QStringLiteral("%1/resourceGroups/%2").arg(e.world.subscriptionScope(), e.v("resource-group"))
                   : QString());
    f.role = e.v("role");
    f.all = e.has("all");
    f.includeInherited = e.has("include-inherited");
    f.includeGroups = e.has("include-groups");
    return f;
}

AzResult roleAssignmentList(AzCall &call)
{
    Env e(call);
    const Sim::ArmResult listed = e.session.controlPlane().listRoleAssignments(roleFilter(e));
    if (isUnknownRole(listed))
        return unknownRole(e.v("role"));
    AzResult r = fromArm(listed);
    r.tableTransform = QStringLiteral("[].{Principal: principalName, Role: roleDefinitionName, Scope: scope}");
    return r;
}

AzResult roleAssignmentDelete(AzCall &call)
{
    Env e(call);
    Sim::ControlPlane cp = e.session.controlPlane();
    if (e.has("ids")) {
        for (const QString &id : e.list("ids")) {
            const Sim::ArmResult r = cp.deleteRoleAssignment(id);
            if (!r.ok())
                return fromArm(r);
        }
        return AzResult::none();
    }
    if (!e.has("assignee") && !e.has("role") && !e.has("scope") && !e.has("resource-group"))
        return AzResult::fail(QStringLiteral("Please provide at least one of these parameters: --ids, --assignee, "
                                             "--role, --resource-group, --scope"),
                              2);
    const Sim::ArmResult r = cp.deleteRoleAssignments(roleFilter(e));
    if (isUnknownRole(r))
        return unknownRole(e.v("role"));
    if (!r.ok())
        return fromArm(r);
    if (r.body.isArray() && r.body.toArray().isEmpty())
        call.warn(QStringLiteral("No matched assignments were found to delete"));
    return AzResult::none();
}

AzResult roleDefinitionList(AzCall &call)
{
    Env e(call);
    return fromArm(e.session.controlPlane().listRoleDefinitions(e.v("name"), e.isTrue("custom-role-only")));
}

// ---------------------------------------------------------------- rest

AzResult rest(AzCall &call)
{
    Env e(call);
    QString url = e.v("url");
    if (url.startsWith(QLatin1Char('/')))
        url = QStringLiteral("https://management.azure.com") + url;
    url.replace(QLatin1String("{subscriptionId}"), e.world.subscriptionId());
    const QUrl parsed(url);
    const QString host = parsed.host().toLower();
    const QString method = e.v("method").toUpper();
    if (host == QLatin1String("graph.microsoft.com")) {
        const QString path = parsed.path();
        if (method == QLatin1String("GET") &&
            (path == QLatin1String("/v1.0/me") || path == QLatin1String("/beta/me"))) {
            if (e.session.profile().managedIdentity)
                return AzResult::fail(
                    QStringLiteral("Bad Request({\"error\":{\"code\":\"BadRequest\",\"message\":\"/me "
                                   "request is only valid with delegated authentication "
                                   "flow.\"}})"));
            const Sim::Principal *p = e.world.learner();
            if (!p || !e.session.profile().signedIn)
                return AzResult::fail(QStringLiteral("Please run 'az login' to setup account."));
            return AzResult::of(userJson(*p));
        }
        return AzResult::fail(QStringLiteral("This console simulates only the Graph call 'GET "
                                             "https://graph.microsoft.com/v1.0/me'."));
    }
    const QString resource = e.has("resource") ? e.v("resource") : QStringLiteral("https://management.azure.com/");
    const Session::Token token = e.session.accessToken(resource);
    if (!token.error.isEmpty())
        return AzResult::fail(token.error);
    Sim::HttpRequest request = Sim::HttpRequest::withBody(method, url, e.v("body").toUtf8());
    request.headers.set(QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token.accessToken);
    const Sim::HttpResponse response = e.session.send(request);
    if (response.noResponse())
        return AzResult::fail(response.networkError);
    if (!response.ok())
        return AzResult::fail(
            QStringLiteral("%1(%2)").arg(Sim::HttpResponse::reasonPhrase(response.status), response.text()));
    const QJsonDocument doc = QJsonDocument::fromJson(response.body);
    if (doc.isNull()) {
        call.context->out(response.text());
        return AzResult::none();
    }
    return AzResult::of(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
}

// ---------------------------------------------------------------- registration

void add(AzCli &az, const char *commandName, const char *summary, QList<AzArgument> arguments,
         QList<AzExample> examples, AzHandler handler)
{
    AzCommand c;
    c.name = QString::fromUtf8(commandName);
    c.summary = QString::fromUtf8(summary);
    c.arguments = std::move(arguments);
    c.examples = std::move(examples);
    c.handler = std::move(handler);
    az.addCommand(std::move(c));
}

// az resource list: the generic ARM resource list (Resources - List, GenericResourceExpanded), filtered as
// azure-cli's _list_resources_odata_filter_builder does. Properties are not expanded by default.
AzResult resourceList(AzCall &c)
{
    Env e(c);
    const QString type = e.v("resource-type");
    const QString tag = e.v("tag");
    if (e.has("tag")) {
        for (const char *other : {"resource-group", "resource-type", "name", "location"}) {
            if (!e.has(other))
                continue;
            const QString option = QLatin1String(other);
            QString message = QStringLiteral("you cannot use '--tag' with '--%1'").arg(option);
            if (option == QLatin1String("resource-group") || option == QLatin1String("location"))
                message += QStringLiteral("(If the default value for %1 is set, please use 'az configure --defaults "
                                          "%2=\"\"' command to clear it first)")
                               .arg(option == QLatin1String("location") ? option : QStringLiteral("resource group"),
                                    option == QLatin1String("location") ? option : QStringLiteral("group"));
            return AzResult::fail(message);
        }
    }
    static const QRegularExpression typeShape(QStringLiteral("[^/]+/[^/]+"));
    if (e.has("resource-type") && !typeShape.match(type).hasMatch())
        return AzResult::fail(
            QStringLiteral("Malformed resource-type: --resource-type=<namespace>/<resource-type> expected."));
    if (e.has("resource-group")) {
        const Sim::ArmResult group = e.session.controlPlane().showResourceGroup(e.v("resource-group"));
        if (!group.ok())
            return fromArm(group);
    }
    const Sim::ArmResult all = e.session.controlPlane().listResources(e.v("resource-group"), {});
    if (!all.ok())
        return fromArm(all);
    const QString tagName = tag.section(QLatin1Char('='), 0, 0);
    const bool tagHasValue = tag.contains(QLatin1Char('='));
    const QString tagValue = tag.section(QLatin1Char('='), 1);
    QJsonArray out;
    for (const QJsonValue &v : all.body.toArray()) {
        const QJsonObject r = v.toObject();
        auto differs = [&r](const char *key, const QString &wanted) {
            return r.value(QLatin1String(key)).toString().compare(wanted, Qt::CaseInsensitive) != 0;
        };
        if ((e.has("resource-type") && differs("type", type)) || (e.has("name") && differs("name", e.v("name"))) ||
            (e.has("location") && differs("location", e.v("location"))))
            continue;
        const QJsonObject tags = r.value(QStringLiteral("tags")).toObject();
        if (!tagName.isEmpty() && (!tags.contains(tagName) || (tagHasValue && tags.value(tagName) != tagValue)))
            continue;
        QJsonObject o{{QStringLiteral("id"), r.value(QStringLiteral("id"))},
                      {QStringLiteral("identity"), r.value(QStringLiteral("identity"))},
                      {QStringLiteral("kind"), r.contains(QStringLiteral("kind")) ? r.value(QStringLiteral("kind"))
                                                                                  : QJsonValue(QJsonValue::Null)},
                      {QStringLiteral("location"), r.value(QStringLiteral("location"))},
                      {QStringLiteral("managedBy"), QJsonValue::Null},
                      {QStringLiteral("name"), r.value(QStringLiteral("name"))},
                      {QStringLiteral("plan"), QJsonValue::Null},
                      {QStringLiteral("properties"), QJsonValue::Null},
                      {QStringLiteral("resourceGroup"), r.value(QStringLiteral("resourceGroup"))},
                      {QStringLiteral("sku"), QJsonValue::Null},
                      {QStringLiteral("tags"), tags},
                      {QStringLiteral("type"), r.value(QStringLiteral("type"))}};
        if (!r.contains(QStringLiteral("identity")))
            o.insert(QStringLiteral("identity"), QJsonValue::Null);
        out.append(o);
    }
    AzResult result = AzResult::of(out);
    // azure-cli's transform_resource_list: Status is ' ' when properties are not expanded.
    result.tableTransform =
        QStringLiteral("[].{Name: name, ResourceGroup: resourceGroup, Location: location, Type: type, Status: ' '}");
    return result;
}


void registerSiteCommands(AzCli &az, const char *group, bool functionApp)
{
    const QString g = QString::fromLatin1(group);
    const auto n = [&g](const char *suffix) {
        return (g + QLatin1Char(' ') + QString::fromLatin1(suffix)).toUtf8();
    };
    const QString type = Sim::ResourceType::site();
    const char *appName = functionApp ? "Name of the function app." : "Name of the web app.";
    const QList<AzArgument> target = {rg(Optional), name(appName, Optional), ids(),
                                      arg("--slot -s", "The name of the slot. Default to the productions slot if not "
                                                       "specified.")};
    const QByteArray exampleApp = functionApp ? "MyFunctionApp" : "MyWebapp";

    if (functionApp) {
        add(az, n("create").constData(), "Create a function app.",
            {rg(), name("Name of the new function app."),
             arg("--storage-account -s",
                 "Provide a string value of a Storage Account in the provided Resource Group. "
                 "Or Resource ID of a Storage Account in a different Resource Group.",
                 Required),
             arg("--consumption-plan-location -c", "Geographic location where function app will be hosted. Use `az "
                                                   "functionapp list-consumption-locations` to view available "
                                                   "locations."),
             arg("--flexconsumption-location", "Geographic location where function app will be hosted (Flex "
                                               "Consumption)."),
             arg("--plan -p", "Name or resource id of the function app service plan."),
             arg("--runtime", "The functions runtime stack."), arg("--runtime-version", "The version of the runtime."),
             arg("--functions-version", "The functions app version."), arg("--os-type", "Set the OS type for the app."),
             arg("--assign-identity",
                 "Accept system or user assigned identities separated by spaces. Use '[system]' "
                 "to refer system assigned identity, or a resource id to refer user assigned "
                 "identity.",
                 Optional, Kind::OptionalList),
             arg("--role", "Role name or id the system assigned identity will have."),
             arg("--scope", "Scope the system assigned identity can access."), location()},
            {example("Create a basic function app.",
                     "az functionapp create -g MyResourceGroup -p MyPlan -n MyUniqueAppName -s MyStorageAccount")},
            [](AzCall &c) { return createSite(c, true); });
    } else {
        add(az, n("create").constData(), "Create a web app.",
            {rg(), name("Name of the new web app."),
             arg("--plan -p", "Name or resource id of the app service plan. Use 'appservice plan create' to get one.",
                 Required),
             arg("--runtime -r", "Canonicalized web runtime in the format of Framework:Version, e.g. \"PHP:7.2\"."),
             arg("--assign-identity",
                 "Accept system or user assigned identities separated by spaces. Use '[system]' "
                 "to refer system assigned identity, or a resource id to refer user assigned "
                 "identity.",
                 Optional, Kind::OptionalList),
             arg("--role", "Role name or id the system assigned identity will have."),
             arg("--scope", "Scope the system assigned identity can access.")},
            {example("Create a web app with the default configuration.",
                     "az webapp create -g MyResourceGroup -p MyPlan -n MyUniqueAppName")},
            [](AzCall &c) { return createSite(c, false); });
    }
    add(az, n("show").constData(), functionApp ? "Get the details of a function app." : "Get the details of a web app.",
        target,
        {example(
            "Get the details of an app. (autogenerated)",
            ("az " + g.toUtf8() + " show --name " + exampleApp + " --resource-group MyResourceGroup").constData())},
        [type](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return mapValue(showResource(e, type), flattenProperties);
        });
    add(az, n("list").constData(), functionApp ? "List function apps." : "List web apps.", {rg(Optional)}, {},
        [type, functionApp](AzCall &c) {
            Env e(c);
            return mapValue(listResources(e, type), [functionApp](const QJsonValue &v) {
                QJsonArray out;
                for (const QJsonValue &item : v.toArray()) {
                    const bool isFunction =
                        item.toObject().value(QStringLiteral("kind")).toString().contains(QLatin1String("functionapp"));
                    if (isFunction == functionApp)
                        out.append(flattenProperties(item));
                }
                return QJsonValue(out);
            });
        });
    add(az, n("delete").constData(), functionApp ? "Delete a function app." : "Delete a web app.", target, {},
        [type](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return deleteResource(e, type);
        });
    add(az, n("restart").constData(), functionApp ? "Restart a function app." : "Restart a web app.", target, {},
        [type](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            const Sim::ArmResult r = e.session.controlPlane().restartSite(e.targetId(type));
            return r.ok() ? AzResult::none() : fromArm(r);
        });

    az.addGroup(g + QStringLiteral(" identity"), QStringLiteral("Manage web app's managed identity."));
    QList<AzArgument> assignArgs = target;
    assignArgs << arg("--identities",
                      "Space-separated identities to assign. Use '[system]' to refer to the system "
                      "assigned identity, or a resource id to refer to a user assigned identity.",
                      Optional, Kind::List)
               << arg("--role", "Role name or id the managed identity will be assigned.")
               << arg("--scope", "The scope the managed identity has access to.");
    add(az, n("identity assign").constData(), "Assign managed identity to the web app.", assignArgs,
        {example("assign local identity and assign a reader role to the current resource group.",
                 ("az " + g.toUtf8() + " identity assign -g MyResourceGroup -n " + exampleApp +
                  " --role reader --scope "
                  "/subscriptions/db5eb68e-73e2-4fa8-b18a-46cd1be4cce5/resourcegroups/MyResourceGroup")
                     .constData()),
         example("enable identity for the web app.",
                 ("az " + g.toUtf8() + " identity assign -g MyResourceGroup -n " + exampleApp).constData())},
        [type](AzCall &c) { return identityAssign(c, type, false); });
    add(az, n("identity show").constData(), "Display web app's managed identity.", target,
        {example("Display a web app's managed identity. (autogenerated)",
                 ("az " + g.toUtf8() + " identity show --name " + exampleApp + " --resource-group MyResourceGroup")
                     .constData())},
        [type](AzCall &c) { return identityShow(c, type); });
    QList<AzArgument> removeArgs = target;
    removeArgs << arg("--identities",
                      "Space-separated identities to remove. Use '[system]' to refer to the system "
                      "assigned identity. Default: '[system]'.",
                      Optional, Kind::List);
    add(az, n("identity remove").constData(), "Disable web app's managed identity.", removeArgs,
        {example("Disable web app's system managed identity",
                 ("az " + g.toUtf8() + " identity remove --name " + exampleApp + " --resource-group MyResourceGroup")
                     .constData())},
        [type](AzCall &c) { return identityRemove(c, type); });

    az.addGroup(g + QStringLiteral(" config"), QStringLiteral("Configure a web app."));
    az.addGroup(g + QStringLiteral(" config appsettings"), QStringLiteral("Configure web app settings. Updating or "
                                                                          "removing application settings will cause "
                                                                          "an app recycle."));
    add(az, n("config appsettings list").constData(), "Get the details of a web app's settings.", target,
        {example(
            "Get the details of a web app's settings. (autogenerated)",
            ("az " + g.toUtf8() + " config appsettings list --name " + exampleApp + " --resource-group MyResourceGroup")
                .constData())},
        [](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return appSettingsList(e);
        });
    QList<AzArgument> setArgs = target;
    setArgs << arg("--settings", "Space-separated appsettings in KEY=VALUE format. Use @{file} to load from a file.",
                   Optional, Kind::List)
            << arg("--slot-settings",
                   "Space-separated slot appsettings in a format of either `<name>=<value>` or "
                   "`@<json_file>`.",
                   Optional, Kind::List);
    add(az, n("config appsettings set").constData(), "Set a web app's settings.", setArgs,
        {example("Set the default NodeJS version to 6.9.1 for a web app.",
                 ("az " + g.toUtf8() + " config appsettings set -g MyResourceGroup -n " + exampleApp +
                  " --settings WEBSITE_NODE_DEFAULT_VERSION=6.9.1")
                     .constData())},
        [](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            if (!e.has("settings") && !e.has("slot-settings"))
                return AzResult::fail(QStringLiteral("usage error: --settings |--slot-settings"), 2);
            return appSettingsSet(e);
        });
    QList<AzArgument> deleteArgs = target;
    deleteArgs << arg("--setting-names", "Space-separated appsettings names.", Required, Kind::List);
    add(az, n("config appsettings delete").constData(), "Delete web app settings.", deleteArgs,
        {example("Delete web app settings. (autogenerated)",
                 ("az " + g.toUtf8() + " config appsettings delete --name " + exampleApp +
                  " --resource-group MyResourceGroup --setting-names {setting-names}")
                     .constData())},
        [](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return appSettingsDelete(e);
        });
}

} // namespace

void registerAzCommands(AzCli &az)
{
    // --- login / account / ad
    add(az, "login", "Log in to Azure.",
        {arg("--identity -i", "Log in using managed identity.", Optional, Kind::Flag),
         arg("--client-id", "Client ID of the user-assigned managed identity."),
         arg("--object-id", "Object ID of the user-assigned managed identity."),
         arg("--resource-id", "Resource ID of the user-assigned managed identity."),
         arg("--username -u", "User name, service principal client ID, or managed identity ID."),
         arg("--password -p", "User password or service principal secret."),
         arg("--tenant -t", "The Microsoft Entra tenant, must be provided when using a service principal."),
         arg("--use-device-code", "Use CLI's old authentication flow based on device code.", Optional, Kind::Flag),
         arg("--allow-no-subscriptions", "Support accessing tenants without subscriptions.", Optional, Kind::Flag)},
        {example("Log in interactively.", "az login"),
         example("Log in with a system-assigned managed identity.", "az login --identity"),
         example("Log in with a user-assigned managed identity's client ID.",
                 "az login --identity --client-id 00000000-0000-0000-0000-000000000000")},
        login);
    add(az, "logout", "Log out to remove access to Azure subscriptions.",
        {arg("--username", "Account user, if missing, logout the current active account.")}, {}, logout);
    az.addGroup(QStringLiteral("account"), QStringLiteral("Manage Azure subscription information."));
    add(az, "account show", "Get the details of a subscription.", {arg("--name -n", "Name or ID of subscription.")},
        {example("Get the details of the current subscription.", "az account show")}, accountShow);
    add(az, "account list", "Get a list of subscriptions for the logged in account.",
        {arg("--all", "List all subscriptions from all clouds, rather than just 'Enabled' ones.", Optional, Kind::Flag),
         arg("--refresh", "Retrieve up-to-date subscriptions from server.", Optional, Kind::Flag)},
        {example("Get a list of subscriptions for the logged in account.", "az account list")}, accountList);
    add(az, "account set", "Set a subscription to be the current active subscription.",
        {arg("--subscription -s --name -n", "Name or ID of subscription.", Required)},
        {example("Set a subscription to be the current active subscription.", "az account set --subscription "
                                                                              "MySubscription")},
        accountSet);
    add(az, "account get-access-token", "Get a token for utilities to access Azure.",
        {arg("--resource", "Azure resource endpoints in Microsoft Entra v1.0."),
         arg("--resource-type", "Type of well-known resource.", Optional, Kind::Value,
             {QStringLiteral("aad-graph"), QStringLiteral("arm"), QStringLiteral("batch"), QStringLiteral("data-lake"),
              QStringLiteral("media"), QStringLiteral("ms-graph"), QStringLiteral("oss-rdbms")}),
         arg("--scope", "Space-separated scopes in Microsoft Entra v2.0. Default to Azure Resource Manager.", Optional,
             Kind::List),
         arg("--tenant -t", "Tenant ID for which the token is acquired."),
         arg("--name -n", "Name or ID of subscription to get the access token for.")},
        {example("Get an access token for the current account.", "az account get-access-token"),
         example("Get an access token for Microsoft Graph.", "az account get-access-token --resource-type ms-graph")},
        getAccessToken);
    az.addGroup(QStringLiteral("ad"), QStringLiteral("Manage Microsoft Entra ID (formerly known as Azure Active "
                                                     "Directory, Azure AD, AAD) entities needed for Azure role-based "
                                                     "access control (Azure RBAC) through Microsoft Graph API."));
    az.addGroup(QStringLiteral("ad signed-in-user"), QStringLiteral("Show graph information about current signed-in "
                                                                    "user in CLI."));
    add(az, "ad signed-in-user show", "Get the details for the currently logged-in user.", {},
        {example("Get the details for the currently logged-in user.", "az ad signed-in-user show")}, signedInUser);
    az.addGroup(QStringLiteral("ad sp"), QStringLiteral("Manage Microsoft Entra service principals."));
    add(az, "ad sp show", "Get the details of a service principal.",
        {arg("--id", "Service principal name, or object id.", Required)},
        {example("Get the details of a service principal with appId.",
                 "az ad sp show --id 00000000-0000-0000-0000-000000000000")},
        spShow);
    add(az, "ad sp list", "List service principals.",
        {arg("--display-name", "Object's display name or its prefix."),
         arg("--all", "List all entities, expect long delay if under a big organization.", Optional, Kind::Flag)},
        {example("List the service principals whose display name starts with a prefix.",
                 "az ad sp list --display-name my-identity")},
        spList);

    // --- ad group (Graph): membership changes reach tokens only when they are reissued (facts §1.8, C14)
    az.addGroup(QStringLiteral("ad group"), QStringLiteral("Manage Microsoft Entra groups."));
    az.addGroup(QStringLiteral("ad group member"), QStringLiteral("Manage Microsoft Entra group membership."));
    const auto findGroup = [](Env &e, const QString &group) -> const Sim::Principal * {
        if (const Sim::Principal *p = e.world.principal(group); p && p->type == Sim::PrincipalType::Group)
            return p;
        return e.world.directory().findByDisplayName(group, Sim::PrincipalType::Group);
    };
    const auto groupJson = [](const Sim::Principal &g) {
        return QJsonObject{{QStringLiteral("displayName"), g.displayName},
                           {QStringLiteral("id"), g.objectId},
                           {QStringLiteral("mailEnabled"), false},
                           {QStringLiteral("mailNickname"), g.displayName},
                           {QStringLiteral("securityEnabled"), true}};
    };
    add(az, "ad group create", "Create a group in the directory.",
        {arg("--display-name", "Object's display name or its prefix.", Required),
         arg("--mail-nickname", "Mail nickname.", Required), arg("--description", "Group description.")},
        {example("Create a group in the directory.",
                 "az ad group create --display-name MyDisplay --mail-nickname MyDisplay")},
        [](AzCall &c) {
            Env e(c);
            return fromArm(e.session.controlPlane().createGroup(e.v("display-name")));
        });
    add(az, "ad group show", "Get the details of a group.",
        {arg("--group -g", "Group's object id or display name(prefix also works if there is a unique match).",
             Required)},
        {example("Get the details of a group.", "az ad group show --group MyGroup")},
        [findGroup, groupJson](AzCall &c) {
            Env e(c);
            const Sim::Principal *g = findGroup(e, e.v("group"));
            if (!g)
                return AzResult::fail(QStringLiteral("Group '%1' doesn't exist").arg(e.v("group")), 3);
            return AzResult::of(groupJson(*g));
        });
    add(az, "ad group member add", "Add a member to a group.",
        {arg("--group -g", "Group's object id or display name(prefix also works if there is a unique match).",
             Required),
         arg("--member-id", "The object ID of the contact, group, user, or service principal.", Required)},
        {example("Add a member to a group.", "az ad group member add --group MyGroup --member-id {memberId}")},
        [](AzCall &c) {
            Env e(c);
            const Sim::ArmResult r = e.session.controlPlane().addGroupMember(e.v("group"), e.v("member-id"));
            return r.ok() ? AzResult::none() : fromArm(r);
        });
    add(az, "ad group member remove", "Remove a member from a group.",
        {arg("--group -g", "Group's object id or display name(prefix also works if there is a unique match).",
             Required),
         arg("--member-id", "The object ID of the contact, group, user, or service principal.", Required)},
        {example("Remove a member from a group.", "az ad group member remove --group MyGroup --member-id {memberId}")},
        [](AzCall &c) {
            Env e(c);
            const Sim::ArmResult r = e.session.controlPlane().removeGroupMember(e.v("group"), e.v("member-id"));
            return r.ok() ? AzResult::none() : fromArm(r);
        });
    add(az, "ad group member list", "Get the members of a group.",
        {arg("--group -g", "Group's object id or display name(prefix also works if there is a unique match).",
             Required)},
        {example("Get the members of a group.", "az ad group member list --group MyGroup")}, [findGroup](AzCall &c) {
            Env e(c);
            const Sim::Principal *g = findGroup(e, e.v("group"));
            if (!g)
                return AzResult::fail(QStringLiteral("Group '%1' doesn't exist").arg(e.v("group")), 3);
            QJsonArray out;
            for (const QString &id : e.world.directory().members(g->objectId)) {
                const Sim::Principal *m = e.world.principal(id);
                out.append(QJsonObject{{QStringLiteral("displayName"), m ? m->displayName : QString()},
                                       {QStringLiteral("id"), id}});
            }
            return AzResult::of(out);
        });

    // --- group
    az.addGroup(QStringLiteral("group"), QStringLiteral("Manage resource groups and template deployments."));
    add(az, "group create", "Create a new resource group.",
        {arg("--name --resource-group -n -g", "Name of the new resource group.", Required),
         arg("--location -l",
             "Location. Values from: `az account list-locations`. You can configure the default "
             "location using `az configure --defaults location=<location>`.",
             Required),
         arg("--tags", "Space-separated tags: key[=value] [key[=value] ...]. Use \"\" to clear existing tags.",
             Optional, Kind::List),
         arg("--managed-by", "The ID of the resource that manages this resource group.")},
        {example("Create a new resource group in the West US region.", "az group create -l westus -n MyResourceGroup")},
        [](AzCall &c) {
            Env e(c);
            return fromArm(e.session.controlPlane().createResourceGroup(e.v("name"), e.v("location"), tagsArgument(e)));
        });
    add(az, "group show", "Gets a resource group.",
        {arg("--name --resource-group -n -g",
             "Name of resource group. You can configure the default group using `az "
             "configure --defaults group=<name>`.",
             Required)},
        {example("Gets a resource group. (autogenerated)", "az group show --name MyResourceGroup")}, [](AzCall &c) {
            Env e(c);
            return fromArm(e.session.controlPlane().showResourceGroup(e.v("name")));
        });
    add(az, "group list", "List resource groups.",
        {arg("--tag", "A single tag in 'key[=value]' format. Use \"\" to clear existing tags.")},
        {example("List all resource groups located in the West US region.",
                 "az group list --query \"[?location=='westus']\"")},
        [](AzCall &c) {
            Env e(c);
            AzResult r = fromArm(e.session.controlPlane().listResourceGroups());
            r.tableTransform =
                QStringLiteral("[].{Name: name, Location: location, Status: properties.provisioningState}");
            return r;
        });
    az.addGroup(QStringLiteral("resource"), QStringLiteral("Manage Azure resources."));
    add(az, "resource list", "List resources.",
        {rg(Optional), name("The resource name. (Ex: myC)", Optional),
         arg("--resource-type", "The resource type (Ex: 'resC'). Can also accept namespace/type format (Ex: "
                                "'Microsoft.Provider/resC')"),
         arg("--location -l", "Location. Values from: `az account list-locations`."),
         arg("--tag", "A single tag in 'key[=value]' format.")},
        {example("List all the resources in a resource group.", "az resource list --resource-group MyResourceGroup"),
         example("List all the virtual machines.", "az resource list --resource-type Microsoft.Compute/virtualMachines")},
        resourceList);
    add(az, "group delete", "Delete a resource group.",
        {arg("--name --resource-group -n -g",
             "Name of resource group. You can configure the default group using `az "
             "configure --defaults group=<name>`.",
             Required),
         arg("--yes -y", "Do not prompt for confirmation.", Optional, Kind::Flag),
         arg("--no-wait", "Do not wait for the long-running operation to finish.", Optional, Kind::Flag)},
        {example("Delete a resource group.", "az group delete -n MyResourceGroup")}, [](AzCall &c) {
            Env e(c);
            if (!e.has("yes")) {
                c.warn(QStringLiteral("Unable to prompt for confirmation as no tty available. Use --yes."));
                return AzResult::fail(QStringLiteral("Operation cancelled."));
            }
            const Sim::ArmResult r = e.session.controlPlane().deleteResourceGroup(e.v("name"));
            return r.ok() ? AzResult::none() : fromArm(r);
        });

    // --- identity
    const QString uami = Sim::ResourceType::userAssignedIdentity();
    az.addGroup(QStringLiteral("identity"), QStringLiteral("Manage Managed Identity."));
    add(az, "identity create", "Create Identities.",
        {name("The name of the identity resource."), rg(), location(),
         arg("--tags", "Space-separated tags: key[=value] [key[=value] ...].", Optional, Kind::List)},
        {example("Create an identity.", "az identity create --name MyIdentity --resource-group MyResourceGroup")},
        [](AzCall &c) {
            Env e(c);
            return mapValue(createResource(e, QStringLiteral("identity"), tagsProperty(e)), flattenIdentity);
        });
    add(az, "identity show", "Show the details of an identity.",
        {name("The name of the identity resource.", Optional), rg(Optional), ids()},
        {example("Show an identity.", "az identity show --name MyIdentity --resource-group MyResourceGroup")},
        [uami](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return mapValue(showResource(e, uami), flattenIdentity);
        });
    add(az, "identity list", "List all managed identities in a resource group or subscription.", {rg(Optional)},
        {example("List identities in a resource group.", "az identity list -g MyResourceGroup")}, [uami](AzCall &c) {
            Env e(c);
            return mapValue(listResources(e, uami), flattenIdentity);
        });
    add(az, "identity delete", "Delete an identity.",
        {name("The name of the identity resource.", Optional), rg(Optional), ids()},
        {example("Delete an identity.", "az identity delete --name MyIdentity --resource-group MyResourceGroup")},
        [uami](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return deleteResource(e, uami);
        });

    // --- vm
    const QString vmType = Sim::ResourceType::virtualMachine();
    az.addGroup(QStringLiteral("vm"), QStringLiteral("Manage Linux or Windows virtual machines."));
    add(az, "vm create", "Create an Azure Virtual Machine.",
        {name("Name of the virtual machine."), rg(),
         arg("--image", "The name of the operating system image as a URN "
                        "alias, URN, custom image name or ID, custom image "
                        "version ID, or VHD blob URI."),
         arg("--attach-os-disk", "Attach an existing OS disk to the VM."), location(),
         arg("--size", "The VM size to be created."), arg("--admin-username", "Username for the VM."),
         arg("--admin-password", "Password for the VM if authentication type is 'Password'."),
         arg("--authentication-type", "Type of authentication to use with the VM.", Optional, Kind::Value,
             {QStringLiteral("all"), QStringLiteral("password"), QStringLiteral("ssh")}),
         arg("--generate-ssh-keys", "Generate SSH public and private key files if missing.", Optional, Kind::Flag),
         arg("--public-ip-address", "Name of the public IP address when creating one (default) or referencing an "
                                    "existing one."),
         arg("--assign-identity",
             "Accept system or user assigned identities separated by spaces. Use '[system]' to "
             "refer system assigned identity, or a resource id to refer user assigned identity.",
             Optional, Kind::OptionalList),
         arg("--role", "Role name or id the system assigned identity will have."),
         arg("--scope", "Scope the system assigned identity can access.")},
        {example("Create a VM with a system assigned identity. The VM will have a 'Contributor' role with access to a "
                 "storage account.",
                 "az vm create -n MyVm -g rg1 --image Ubuntu2204 --assign-identity --scope "
                 "/subscriptions/99999999-1bf0-4dda-aec3-cb9272f09590/MyResourceGroup/myRG/providers/"
                 "Microsoft.Storage/storageAccounts/storage1 --generate-ssh-keys")},
        vmCreate);
    const QList<AzArgument> vmTarget = {rg(Optional), name("The name of the Virtual Machine.", Optional), ids()};
    add(az, "vm show", "Get the details of a VM.", vmTarget,
        {example("Show information about a VM.", "az vm show --resource-group MyResourceGroup --name MyVm")},
        [vmType](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            return showResource(e, vmType);
        });
    add(az, "vm list", "List details of Virtual Machines.", {rg(Optional)}, {example("List all VMs.", "az vm list")},
        [vmType](AzCall &c) {
            Env e(c);
            return listResources(e, vmType);
        });
    add(az, "vm delete", "Delete a VM.",
        QList<AzArgument>(vmTarget) << arg("--yes -y", "Do not prompt for confirmation.", Optional, Kind::Flag),
        {example("Delete a VM without a prompt for confirmation.", "az vm delete -g MyResourceGroup -n MyVm --yes")},
        [vmType](AzCall &c) {
            Env e(c);
            if (const AzResult bad = requireIdsOrName(e); !bad.error.isEmpty())
                return bad;
            if (!e.has("yes")) {
                c.warn(QStringLiteral("Unable to prompt for confirmation as no tty available. Use --yes."));
                return AzResult::fail(QStringLiteral("Operation cancelled."));
            }
            return deleteResource(e, vmType);
        });
    az.addGroup(QStringLiteral("vm identity"), QStringLiteral("Manage service identities of a VM."));
    add(az, "vm identity assign", "Enable managed service identity on a VM.",
        QList<AzArgument>(vmTarget)
            << arg("--identities",
                   "Space-separated identities to assign. Use '[system]' to refer to the system "
                   "assigned identity, or a resource id to refer to a user assigned identity.",
                   Optional, Kind::List)
            << arg("--role", "Role name or id the system assigned identity will have.")
            << arg("--scope", "Scope that the system assigned identity can access."),
        {example("Enable the system assigned identity on a VM with the 'Reader' role.",
                 "az vm identity assign -g MyResourceGroup -n MyVm --role Reader --scope "
                 "/subscriptions/db5eb68e-73e2-4fa8-b18a-0123456789999/resourceGroups/MyResourceGroup")},
        [vmType](AzCall &c) { return identityAssign(c, vmType, true); });
    add(az, "vm identity show", "Display VM's managed identity info.", vmTarget,
        {example("Display VM's managed identity info.", "az vm identity show --name MyVirtualMachine --resource-group "
                                                        "MyResourceGroup")},
        [vmType](AzCall &c) { return identityShow(c, vmType); });
    add(az, "vm identity remove", "Remove managed service identities from a VM.",
        QList<AzArgument>(vmTarget) << arg("--identities",
                                           "Space-separated identities to remove. Use '[system]' to "
                                           "refer to the system assigned identity.",
                                           Optional, Kind::List),
        {example("Remove the system assigned identity", "az vm identity remove -g MyResourceGroup -n MyVm")},
        [vmType](AzCall &c) { return identityRemove(c, vmType); });

    // --- app service
    az.addGroup(QStringLiteral("appservice"), QStringLiteral("Manage App Service plans."));
    az.addGroup(QStringLiteral("appservice plan"), QStringLiteral("Manage app service plans."));
    add(az, "appservice plan create", "Create an app service plan.",
        {name("Name of the new app service plan."), rg(),
         arg("--sku",
             "The pricing tiers, e.g., F1(Free), D1(Shared), B1(Basic Small), B2(Basic Medium), B3(Basic "
             "Large), S1(Standard Small), P1V2(Premium V2 Small), P1V3(Premium V3 Small).",
             Optional, Kind::Value, {}, "B1"),
         arg("--is-linux", "Host web app on Linux worker.", Optional, Kind::Flag), location()},
        {example("Create a basic app service plan.", "az appservice plan create -g MyResourceGroup -n MyPlan")},
        planCreate);
    az.addGroup(QStringLiteral("webapp"), QStringLiteral("Manage web apps."));
    registerSiteCommands(az, "webapp", false);
    az.addGroup(QStringLiteral("functionapp"), QStringLiteral("Manage function apps. To install the Azure Functions "
                                                              "Core tools see https://github.com/Azure/"
                                                              "azure-functions-core-tools"));
    registerSiteCommands(az, "functionapp", true);

    // --- key vault
    az.addGroup(QStringLiteral("keyvault"), QStringLiteral("Manage KeyVault keys, secrets, and certificates."));
    add(az, "keyvault create", "Create a Vault or HSM.",
        {name("Name of the Vault."), rg(), location(),
         arg("--enable-rbac-authorization",
             "Property that controls how data actions are authorized. When true, the "
             "key vault will use Role Based Access Control (RBAC) for authorization "
             "of data actions, and the access policies specified in vault properties "
             "will be ignored.",
             Optional, Kind::Value, trueFalse(), "true"),
         arg("--sku", "Required. SKU details.", Optional, Kind::Value,
             {QStringLiteral("premium"), QStringLiteral("standard")}, "standard")},
        {example("Create a key vault with network ACLs specified.",
                 "az keyvault create --location westus2 --name MyKeyVault --resource-group MyResourceGroup")},
        keyvaultCreate);
    add(az, "keyvault show", "Show details of a Vault or HSM.", {name("Name of the Vault."), rg(Optional)},
        {example("Show details of a key vault.", "az keyvault show --name MyKeyVault")}, keyvaultShow);
    add(az, "keyvault list", "List Vaults and/or HSMs.", {rg(Optional)}, {}, [](AzCall &c) {
        Env e(c);
        return listResources(e, Sim::ResourceType::keyVault());
    });
    add(az, "keyvault update", "Update the properties of a Vault.",
        {name("Name of the Vault."), rg(Optional),
         arg("--enable-rbac-authorization", "Property that controls how data actions are authorized.", Optional,
             Kind::Value, trueFalse())},
        {example("Switch a vault to the Azure RBAC permission model.",
                 "az keyvault update --name MyKeyVault --resource-group MyResourceGroup --enable-rbac-authorization "
                 "true")},
        keyvaultUpdate);
    const QStringList secretPermissions = {
        QStringLiteral("all"),     QStringLiteral("backup"),  QStringLiteral("delete"),
        QStringLiteral("get"),     QStringLiteral("list"),    QStringLiteral("purge"),
        QStringLiteral("recover"), QStringLiteral("restore"), QStringLiteral("set")};
    add(az, "keyvault set-policy", "Update security policy settings for a Key Vault.",
        {name("Name of the Vault."), rg(Optional),
         arg("--object-id", "A GUID that identifies the principal that will receive permissions."),
         arg("--spn", "Name of a service principal that will receive permissions."),
         arg("--upn", "Name of a user principal that will receive permissions."),
         arg("--secret-permissions", "Space-separated list of secret permissions to assign.", Optional, Kind::List,
             secretPermissions),
         arg("--key-permissions", "Space-separated list of key permissions to assign.", Optional, Kind::List),
         arg("--certificate-permissions", "Space-separated list of certificate permissions to assign.", Optional,
             Kind::List)},
        {example("Assign secret permissions to a managed identity.",
                 "az keyvault set-policy -n MyVault --object-id {GUID} --secret-permissions get list")},
        keyvaultSetPolicy);
    add(az, "keyvault delete-policy", "Delete security policy settings for a Key Vault.",
        {name("Name of the Vault."), rg(Optional),
         arg("--object-id", "A GUID that identifies the principal that will receive permissions."),
         arg("--spn", "Name of a service principal that will receive permissions."),
         arg("--upn", "Name of a user principal that will receive permissions.")},
        {example("Delete the access policy of a managed identity.",
                 "az keyvault delete-policy -n MyVault --object-id {GUID}")},
        keyvaultDeletePolicy);
    az.addGroup(QStringLiteral("keyvault secret"), QStringLiteral("Manage secrets."));
    add(az, "keyvault secret set", "Create a secret (if one doesn't exist) or update a secret in a KeyVault.",
        {name("Name of the secret."), arg("--vault-name", "Name of the Key Vault.", Required),
         arg("--value", "Plain text secret value. Cannot be used with '--file' or '--encoding'."),
         arg("--file -f", "Source file for secret. Use in conjunction with '--encoding'."),
         arg("--content-type", "Type of the secret value such as a password.")},
        {example("Create or update a secret.", "az keyvault secret set --vault-name MyVault --name MySecret --value "
                                               "MyValue")},
        secretSet);
    add(az, "keyvault secret show", "Get a specified secret from a given key vault.",
        {name("Name of the secret. Required if --id is not specified.", Optional),
         arg("--vault-name", "Name of the Key Vault. Required if --id is not specified."),
         arg("--version -v", "The secret version. If omitted, uses the latest version."),
         arg("--id", "Id of the secret. If specified all other 'Id' arguments should be omitted.")},
        {example("Get a secret's value.", "az keyvault secret show --vault-name MyVault --name MySecret --query "
                                          "value -o tsv")},
        secretShow);
    add(az, "keyvault secret list", "List secrets in a specified key vault.",
        {arg("--vault-name", "Name of the Key Vault.", Required)},
        {example("List the secrets of a vault.", "az keyvault secret list --vault-name MyVault")}, secretList);
    add(az, "keyvault secret delete", "Delete all versions of a secret.",
        {name("Name of the secret."), arg("--vault-name", "Name of the Key Vault.", Required)},
        {example("Delete a secret.", "az keyvault secret delete --vault-name MyVault --name MySecret")}, secretDelete);

    // --- storage
    az.addGroup(QStringLiteral("storage"), QStringLiteral("Manage Azure Cloud Storage resources."));
    az.addGroup(QStringLiteral("storage account"), QStringLiteral("Manage storage accounts."));
    add(az, "storage account create", "Create a storage account.",
        {name("The storage account name."), rg(), location(),
         arg("--sku", "The storage account SKU.", Optional, Kind::Value, {}, "Standard_RAGRS"),
         arg("--kind", "Indicate the type of storage account.", Optional, Kind::Value, {}, "StorageV2"),
         arg("--allow-shared-key-access",
             "Indicate whether the storage account permits requests to be authorized "
             "with the account access key via Shared Key.",
             Optional, Kind::Value, trueFalse())},
        {example("Create a storage account 'mystorageaccount' in resource group 'MyResourceGroup' in the West US "
                 "region with locally redundant storage.",
                 "az storage account create -n mystorageaccount -g MyResourceGroup -l westus --sku Standard_LRS")},
        storageAccountCreate);
    add(az, "storage account show", "Show storage account properties.",
        {name("The storage account name.", Optional), rg(Optional), ids()},
        {example("Show properties for a storage account by resource ID.",
                 "az storage account show --ids /subscriptions/{SubID}/resourceGroups/{ResourceGroup}/providers/"
                 "Microsoft.Storage/storageAccounts/{StorageAccount}")},
        [](AzCall &c) {
            Env e(c);
            if (e.has("ids"))
                return mapValue(fromArm(e.session.controlPlane().showResource(e.list("ids").value(0))),
                                flattenProperties);
            AzResult error;
            const Sim::Resource *account = storageAccount(e, error);
            if (!account)
                return error;
            return mapValue(fromArm(e.session.controlPlane().showResource(account->id)), flattenProperties);
        });
    add(az, "storage account list", "List storage accounts.", {rg(Optional)}, {}, [](AzCall &c) {
        Env e(c);
        return mapValue(listResources(e, Sim::ResourceType::storageAccount()), flattenProperties);
    });
    add(az, "storage account update", "Update the properties of a storage account.",
        {name("The storage account name."), rg(Optional),
         arg("--allow-shared-key-access",
             "Indicate whether the storage account permits requests to be authorized "
             "with the account access key via Shared Key.",
             Optional, Kind::Value, trueFalse())},
        {example("Disallow Shared Key authorization.",
                 "az storage account update -n mystorageaccount -g MyResourceGroup --allow-shared-key-access false")},
        storageAccountUpdate);
    az.addGroup(QStringLiteral("storage account keys"), QStringLiteral("Manage storage account keys."));
    add(az, "storage account keys list",
        "List the access keys or Kerberos keys (if active directory enabled) for a "
        "storage account.",
        {arg("--account-name -n", "The storage account name.", Required), rg(Optional)},
        {example("List the access keys for a storage account.",
                 "az storage account keys list -g MyResourceGroup -n MyStorageAccount")},
        storageKeysList);
    const QList<AzArgument> storageAuth = {
        arg("--account-name", "Storage account name. Related environment variable: AZURE_STORAGE_ACCOUNT.", Required),
        arg("--account-key", "Storage account key. Must be used in conjunction with storage account name. "
                             "Environment variable: AZURE_STORAGE_KEY."),
        arg("--auth-mode",
            "The mode in which to run the command. \"login\" mode will directly use your login "
            "credentials for the authentication. The legacy \"key\" mode will attempt to query for an "
            "account key if no authentication parameters for the account are provided. Environment "
            "variable: AZURE_STORAGE_AUTH_MODE.",
            Optional, Kind::Value, {QStringLiteral("key"), QStringLiteral("login")})};
    az.addGroup(QStringLiteral("storage container"), QStringLiteral("Manage blob storage containers."));
    add(az, "storage container create", "Create a container in a storage account.",
        QList<AzArgument>{name("The container name.")} + storageAuth,
        {example(
            "Create a storage container in a storage account.",
            "az storage container create -n mystoragecontainer --account-name mystorageaccount --auth-mode login")},
        containerCreate);
    add(az, "storage container list", "List containers in a storage account.", storageAuth,
        {example("List containers in a storage account.", "az storage container list --account-name "
                                                          "mystorageaccount --auth-mode login")},
        containerList);
    az.addGroup(QStringLiteral("storage blob"), QStringLiteral("Manage object storage for unstructured data (blobs)."));
    const AzArgument containerName = arg("--container-name -c", "The container name.", Required);
    add(az, "storage blob upload", "Upload a file to a storage blob.",
        QList<AzArgument>{containerName, name("The blob name.", Optional),
                          arg("--file -f", "Path of the file to upload as the blob content."),
                          arg("--data", "The blob data to upload."),
                          arg("--overwrite", "Whether the blob to be uploaded should overwrite the current data.",
                              Optional, Kind::Flag)} +
            storageAuth,
        {example("Upload to a blob.", "az storage blob upload -f /path/to/file -c mycontainer -n MyBlob "
                                      "--account-name mystorageaccount --auth-mode login")},
        blobUpload);
    add(az, "storage blob download", "Download a blob to a file path.",
        QList<AzArgument>{containerName, name("The blob name."), arg("--file -f", "Path of file to write out to.")} +
            storageAuth,
        {example("Download a blob.", "az storage blob download -c mycontainer -n MyBlob -f /path/to/file "
                                     "--account-name mystorageaccount --auth-mode login")},
        blobDownload);
    add(az, "storage blob list", "List blobs in a given container.", QList<AzArgument>{containerName} + storageAuth,
        {example("List all storage blobs in a container whose names start with 'foo'; will match names such as "
                 "'foo', 'foobar', and 'foo/bar'",
                 "az storage blob list -c mycontainer --prefix foo --account-name mystorageaccount --auth-mode login")},
        blobList);

    // --- cosmos db
    az.addGroup(QStringLiteral("cosmosdb"), QStringLiteral("Manage Azure Cosmos DB database accounts."));
    add(az, "cosmosdb create", "Creates a new Azure Cosmos DB database account.",
        {name("Name of the Cosmos DB database account."), rg(),
         arg("--disable-local-auth",
             "Disable local auth and ensure only MSI and AAD can be used exclusively for "
             "authentication.",
             Optional, Kind::Value, trueFalse()),
         arg("--locations", "Add a location to the Cosmos DB database account.", Optional, Kind::List)},
        {example("Creates a new Azure Cosmos DB database account.",
                 "az cosmosdb create --name MyCosmosDBDatabaseAccount --resource-group MyResourceGroup")},
        cosmosCreate);
    add(az, "cosmosdb show", "Get the details of an Azure Cosmos DB database account.",
        {name("Name of the Cosmos DB database account."), rg()},
        {example("Get the details of an Azure Cosmos DB database account.",
                 "az cosmosdb show --name MyCosmosDBDatabaseAccount --resource-group MyResourceGroup")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return mapValue(fromArm(e.session.controlPlane().showResource(id)), flattenProperties);
            });
        });
    add(az, "cosmosdb list", "List Azure Cosmos DB database accounts.", {rg(Optional)},
        {example("List Azure Cosmos DB database accounts.", "az cosmosdb list --resource-group MyResourceGroup")},
        [](AzCall &c) {
            Env e(c);
            if (e.has("resource-group")) {
                const Sim::ArmResult group = e.session.controlPlane().showResourceGroup(e.v("resource-group"));
                if (!group.ok())
                    return fromArm(group);
            }
            return mapValue(listResources(e, Sim::ResourceType::cosmosAccount()), flattenProperties);
        });
    add(az, "cosmosdb update", "Update an Azure Cosmos DB database account.",
        {name("Name of the Cosmos DB database account."), rg(),
         arg("--disable-local-auth",
             "Disable local auth and ensure only MSI and AAD can be used exclusively for "
             "authentication.",
             Optional, Kind::Value, trueFalse())},
        {example("Disable key-based authentication.",
                 "az cosmosdb update --name MyAccount --resource-group MyResourceGroup --disable-local-auth true")},
        cosmosUpdate);
    az.addGroup(QStringLiteral("cosmosdb keys"), QStringLiteral("Manage Azure Cosmos DB keys."));
    add(az, "cosmosdb keys list", "List the access keys or connection strings for a Azure Cosmos DB database account.",
        {name("Name of the Cosmos DB database account."), rg(),
         arg("--type", "The type of account key.", Optional, Kind::Value,
             {QStringLiteral("connection-strings"), QStringLiteral("keys"), QStringLiteral("read-only-keys")}, "keys")},
        {example("List the access keys for an Azure Cosmos DB database account.",
                 "az cosmosdb keys list --name MyCosmosDBDatabaseAccount --resource-group MyResourceGroup")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return fromArm(e.session.controlPlane().listCosmosKeys(id, e.v("type")));
            });
        });
    az.addGroup(QStringLiteral("cosmosdb sql"), QStringLiteral("Manage SQL resources of Azure Cosmos DB account."));
    az.addGroup(QStringLiteral("cosmosdb sql database"), QStringLiteral("Manage Azure Cosmos DB SQL databases."));
    const AzArgument accountName = arg("--account-name -a", "Cosmosdb account name.", Required);
    add(az, "cosmosdb sql database create", "Create an SQL database under an Azure Cosmos DB account.",
        {accountName, rg(), name("Database name.")},
        {example("Create an SQL database under an Azure Cosmos DB account.",
                 "az cosmosdb sql database create --account-name MyAccount --name MyDatabase --resource-group "
                 "MyResourceGroup")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return fromArm(e.session.controlPlane().createCosmosDatabase(id, e.v("name")));
            });
        });
    az.addGroup(QStringLiteral("cosmosdb sql container"), QStringLiteral("Manage Azure Cosmos DB SQL containers."));
    add(az, "cosmosdb sql container create", "Create an SQL container under an Azure Cosmos DB SQL database.",
        {accountName, rg(), arg("--database-name -d", "Database name.", Required), name("Container name."),
         arg("--partition-key-path -p", "Partition Key Path, e.g., '/address/zipcode'.", Required)},
        {example("Create an Azure Cosmos DB SQL container.",
                 "az cosmosdb sql container create -g MyResourceGroup -a MyAccount -d MyDatabase -n MyContainer "
                 "--partition-key-path \"/my/path\"")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return fromArm(e.session.controlPlane().createCosmosContainer(id, e.v("database-name"), e.v("name"),
                                                                              e.v("partition-key-path")));
            });
        });
    az.addGroup(QStringLiteral("cosmosdb sql role"), QStringLiteral("Manage Azure Cosmos DB SQL role resources."));
    az.addGroup(QStringLiteral("cosmosdb sql role definition"),
                QStringLiteral("Manage Azure Cosmos DB SQL role definitions."));
    add(az, "cosmosdb sql role definition list", "List all SQL role definitions under an Azure Cosmos DB account.",
        {accountName, rg()},
        {example("List all SQL role definitions under an Azure Cosmos DB account.",
                 "az cosmosdb sql role definition list --account-name MyAccount --resource-group MyResourceGroup")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return fromArm(e.session.controlPlane().listCosmosSqlRoleDefinitions(id));
            });
        });
    az.addGroup(QStringLiteral("cosmosdb sql role assignment"),
                QStringLiteral("Manage Azure Cosmos DB SQL role assignments."));
    add(az, "cosmosdb sql role assignment create", "Create a SQL role assignment under an Azure Cosmos DB account.",
        {accountName, rg(),
         arg("--scope -s", "Data plane resource path at which this Role Assignment is being granted.", Required),
         arg("--principal-id -p", "AAD Object ID of the principal to which this Role Assignment is being granted.",
             Required),
         arg("--role-definition-id -d", "Unique ID for the associated Role Definition."),
         arg("--role-definition-name -n", "Unique Name for the associated Role Definition."),
         arg("--role-assignment-id -i", "Optional for Create. Unique ID for the Role Assignment. If not provided, a "
                                        "new GUID will be used."),
         arg("--no-wait", "Do not wait for the long-running operation to finish.", Optional, Kind::Flag)},
        {example("Create a SQL role assignment under an Azure Cosmos DB account using Role Definition Name",
                 "az cosmosdb sql role assignment create --account-name MyAccount --resource-group MyResourceGroup "
                 "--role-assignment-id cb8ed2d7-2371-4e3c-bd31-6cc1560e84f8 --role-definition-name \"Cosmos DB "
                 "Built-in Data Contributor\" --scope \"/\" --principal-id 6328f5f7-dbf7-4244-bba8-fbb9d8066506")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                // azure-cli cli_cosmosdb_sql_role_assignment_create (cosmosdb/custom.py): a CLIError (exit 1) for
                // both or neither, and a name is looked up in the account's role definitions first.
                if (e.has("role-definition-id") && e.has("role-definition-name"))
                    return AzResult::fail(
                        QStringLiteral("Can only provide one out of role_definition_id and role_definition_name."));
                if (!e.has("role-definition-id") && !e.has("role-definition-name"))
                    return AzResult::fail(QStringLiteral(
                        "Providing one out of role_definition_id and role_definition_name is required."));
                QString role = e.v("role-definition-id");
                if (e.has("role-definition-name")) {
                    const Sim::ArmResult defs = e.session.controlPlane().listCosmosSqlRoleDefinitions(id);
                    if (!defs.ok())
                        return fromArm(defs);
                    for (const QJsonValue &d : defs.body.toArray()) {
                        if (d.toObject()
                                .value(QStringLiteral("roleName"))
                                .toString()
                                .compare(e.v("role-definition-name"), Qt::CaseInsensitive) == 0)
                            role = d.toObject().value(QStringLiteral("id")).toString();
                    }
                    if (role.isEmpty())
                        return AzResult::fail(QStringLiteral("No Role Definition found with name [%1].")
                                                  .arg(e.v("role-definition-name")));
                }
                return fromArm(e.session.controlPlane().createCosmosSqlRoleAssignment(
                    id, e.v("principal-id"), role, e.v("scope"), e.v("role-assignment-id")));
            });
        });
    add(az, "cosmosdb sql role assignment list", "List all SQL role assignments under an Azure Cosmos DB account.",
        {accountName, rg()},
        {example("List all SQL role assignments under an Azure Cosmos DB account.",
                 "az cosmosdb sql role assignment list --account-name MyAccount --resource-group MyResourceGroup")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return fromArm(e.session.controlPlane().listCosmosSqlRoleAssignments(id));
            });
        });
    add(az, "cosmosdb sql role assignment show",
        "Show the properties of a SQL role assignment under an Azure Cosmos DB account.",
        {accountName, rg(), arg("--role-assignment-id -i", "Unique ID for the Role Assignment.", Required)},
        {example("Show the properties of a SQL role assignment under an Azure Cosmos DB account.",
                 "az cosmosdb sql role assignment show --account-name MyAccount --resource-group MyResourceGroup "
                 "--role-assignment-id cb8ed2d7-2371-4e3c-bd31-6cc1560e84f8")},
        [](AzCall &c) {
            return withCosmos(c, [](Env &e, const QString &id) {
                return fromArm(e.session.controlPlane().showCosmosSqlRoleAssignment(id, e.v("role-assignment-id")));
            });
        });
    add(az, "cosmosdb sql role assignment delete", "Delete a SQL role assignment under an Azure Cosmos DB account.",
        {accountName, rg(), arg("--role-assignment-id -i", "Unique ID for the Role Assignment.", Required),
         arg("--yes -y", "Do not prompt for confirmation.", Optional, Kind::Flag),
         arg("--no-wait", "Do not wait for the long-running operation to finish.", Optional, Kind::Flag)},
        {example("Delete a SQL role assignment under an Azure Cosmos DB account.",
                 "az cosmosdb sql role assignment delete --account-name MyAccount --resource-group MyResourceGroup "
                 "--role-assignment-id cb8ed2d7-2371-4e3c-bd31-6cc1560e84f8")},
        [](AzCall &c) {
            return withCosmos(c, [&c](Env &e, const QString &id) {
                if (!e.has("yes")) {
                    c.warn(QStringLiteral("Unable to prompt for confirmation as no tty available. Use --yes."));
                    return AzResult::fail(QStringLiteral("Operation cancelled."));
                }
                const Sim::ArmResult r =
                    e.session.controlPlane().deleteCosmosSqlRoleAssignment(id, e.v("role-assignment-id"));
                return r.ok() ? AzResult::none() : fromArm(r);
            });
        });

    // --- role
    az.addGroup(QStringLiteral("role"), QStringLiteral("Manage Azure role-based access control (Azure RBAC)."));
    az.addGroup(QStringLiteral("role assignment"), QStringLiteral("Manage role assignments."));
    add(az, "role assignment create", "Create a new role assignment for a user, group, or service principal.",
        {arg("--role", "Role name or id.", Required),
         arg("--scope",
             "Scope at which the role assignment or definition applies to, e.g., "
             "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333, "
             "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/myGroup, or "
             "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/myGroup/providers/"
             "Microsoft.Compute/virtualMachines/myVM.",
             Required),
         arg("--assignee", "Represent a user, group, or service principal. supported format: object id, user sign-in "
                           "name, or service principal name."),
         arg("--assignee-object-id", "Use this parameter instead of '--assignee' to bypass Graph API invocation in "
                                     "case of insufficient privileges. This parameter only works with object ids for "
                                     "users, groups, service principals, and managed identities."),
         arg("--assignee-principal-type",
             "Use with --assignee-object-id to avoid errors caused by propagation latency "
             "in Microsoft Graph.",
             Optional, Kind::Value,
             {QStringLiteral("ForeignGroup"), QStringLiteral("Group"), QStringLiteral("ServicePrincipal"),
              QStringLiteral("User")}),
         arg("--description", "Description of role assignment."),
         arg("--name", "A GUID for the role assignment. It must be unique and different for each role assignment. If "
                       "omitted, a new GUID is generated.")},
        {example("Assign a role to a managed identity by its principal (object) id, at a storage account.",
                 "az role assignment create --assignee-object-id 00000000-0000-0000-0000-000000000000 --role "
                 "\"Storage Blob Data Contributor\" --scope /subscriptions/00000000-0000-0000-0000-000000000000/"
                 "resourcegroups/{resourceGroupName}/providers/Microsoft.Storage/storageAccounts/{storageAccountName} "
                 "--assignee-principal-type ServicePrincipal")},
        roleAssignmentCreate);
    add(az, "role assignment list", "List role assignments.",
        {arg("--assignee", "Represent a user, group, or service principal. supported format: object id, user sign-in "
                           "name, or service principal name."),
         arg("--role", "Role name or id."),
         arg("--scope", "Scope at which the role assignment or definition applies "
                        "to."),
         rg(Optional), arg("--all", "Show all assignments under the current subscription.", Optional, Kind::Flag),
         arg("--include-inherited", "Include assignments applied on parent scopes.", Optional, Kind::Flag),
         arg("--include-groups",
             "Include extra assignments to the groups of which the user is a member "
             "(transitively).",
             Optional, Kind::Flag)},
        {example("List role assignments at the subscription scope.", "az role assignment list --scope "
                                                                     "/subscriptions/00000000-0000-0000-0000-"
                                                                     "000000000000")},
        roleAssignmentList);
    add(az, "role assignment delete", "Delete role assignments.",
        {arg("--ids", "Space-separated role assignment ids.", Optional, Kind::List),
         arg("--assignee", "Represent a user, group, or service principal. supported format: object id, user sign-in "
                           "name, or service principal name."),
         arg("--role", "Role name or id."),
         arg("--scope", "Scope at which the role assignment or definition applies to."), rg(Optional),
         arg("--yes -y", "Currently no-op.", Optional, Kind::Flag)},
        {example("Delete role assignments by assignee and role.",
                 "az role assignment delete --assignee 00000000-0000-0000-0000-000000000000 --role \"Storage Account "
                 "Key Operator Service Role\"")},
        roleAssignmentDelete);
    az.addGroup(QStringLiteral("role definition"), QStringLiteral("Manage role definitions."));
    add(az, "role definition list", "List role definitions.",
        {arg("--name -n", "Matches the role definition's name (GUID) or roleName (e.g. 'Reader') property."),
         arg("--custom-role-only", "Custom roles only(vs. build-in ones).", Optional, Kind::Value, trueFalse(),
             "false"),
         arg("--scope", "Scope at which the role assignment or definition applies to."), rg(Optional)},
        {example("List all role definitions", "az role definition list --query \"[].{Name:roleName, ID:name}\" -o "
                                              "table")},
        roleDefinitionList);

    // --- rest
    add(az, "rest", "Invoke a custom request.",
        {arg("--url --uri -u",
             "Request URL. If it doesn't start with a host, CLI assumes it as an Azure resource ID "
             "and prefixes it with the ARM endpoint of the current cloud.",
             Required),
         arg("--method -m", "HTTP request method.", Optional, Kind::Value,
             {QStringLiteral("delete"), QStringLiteral("get"), QStringLiteral("head"), QStringLiteral("options"),
              QStringLiteral("patch"), QStringLiteral("post"), QStringLiteral("put")},
             "get"),
         arg("--body -b", "Request body."),
         arg("--headers",
             "Space-separated headers in KEY=VALUE format or JSON "
             "string.",
             Optional, Kind::List),
         arg("--resource", "Resource url for which CLI should acquire a token from AAD in order to access the "
                           "service.")},
        {example("Get Audit log through Microsoft Graph", "az rest --method get --url "
                                                          "https://graph.microsoft.com/beta/auditLogs/directoryAudits"),
         example("Get the signed-in user.", "az rest --method get --url https://graph.microsoft.com/v1.0/me")},
        rest);
}

} // namespace Keyless::Shell
