#include "sim/controlplane.h"

#include "sim/armid.h"
#include "sim/identityendpoint.h"
#include "sim/ids.h"
#include "sim/keyvaultreference.h"
#include "sim/world.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

namespace Keyless::Sim {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}

bool isGuid(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

const QString kCosmosReader = QStringLiteral("00000000-0000-0000-0000-000000000001");
const QString kCosmosContributor = QStringLiteral("00000000-0000-0000-0000-000000000002");
} // namespace

QJsonObject ArmResult::errorJson() const
{
    return {
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

ArmResult ArmResult::success(const QJsonValue &body, int status)
{
    ArmResult r;
    r.status = status;
    r.body = body;
    return r;
}

ArmResult ArmResult::failure(int status, const QString &code, const QString &message)
{
    ArmResult r;
    r.status = status;
    r.code = code;
    r.message = message;
    return r;
}

ControlPlane::ControlPlane(World &world, const QString &callerObjectId)
    : m_world(&world)
    , m_caller(callerObjectId)
{
}

ArmResult ControlPlane::authorize(const QString &action, const QString &scope, const QString &displayScope) const
{
    AccessRequest req;
    req.principalId = m_caller;
    req.groupIds = m_world->directory().groupsOf(m_caller);
    req.action = action;
    req.scope = scope;
    const AccessDecision d = m_world->authorization().check(req, m_world->now());
    if (d.allowed)
        return ArmResult::success({});
    const Principal *p = m_world->principal(m_caller);
    const QString client = p && !p->userPrincipalName.isEmpty() ? p->userPrincipalName : m_caller;
    TraceEvent ev;
    ev.kind = TraceKind::AuthorizationDecision;
    ev.from = QStringLiteral("arm");
    ev.to = QStringLiteral("arm");
    ev.status = 403;
    ev.errorCode = QStringLiteral("AuthorizationFailed");
    ev.summary = QStringLiteral("ARM denied %1").arg(action);
    ev.explanation = d.explanation;
    ev.details = TraceDetails::later([d] { return d.toJson(); });
    m_world->record(ev);
    return ArmResult::failure(
        403, QStringLiteral("AuthorizationFailed"),
        QStringLiteral("The client '%1' with object id '%2' does not have authorization to perform action '%3' over "
                       "scope '%4' or the scope is invalid. If access was recently granted, please refresh your "
                       "credentials.")
            .arg(client, m_caller, action, displayScope.isEmpty() ? scope : displayScope));
}

void ControlPlane::recordOperation(const QString &method, const QString &path, const ArmResult &result,
                                   const QString &explanation) const
{
    TraceEvent ev;
    ev.kind = TraceKind::ControlPlane;
    ev.from = QStringLiteral("laptop");
    ev.to = QStringLiteral("arm");
    ev.method = method;
    ev.url = QStringLiteral("https://management.azure.com") + path;
    ev.status = result.status;
    ev.errorCode = result.code;
    ev.summary = method + QLatin1Char(' ') + path + QStringLiteral(" -> ") + QString::number(result.status) +
                 (result.code.isEmpty() ? QString() : QLatin1Char(' ') + result.code);
    ev.explanation = result.ok() ? explanation : result.message;
    m_world->record(ev);
}

static QJsonObject tagsJson(const QMap<QString, QString> &tags)
{
    QJsonObject json;
    for (auto it = tags.cbegin(); it != tags.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

// ---------------------------------------------------------------- resource groups

ArmResult ControlPlane::createResourceGroup(const QString &name, const QString &location,
                                            const std::optional<QMap<QString, QString>> &tags)
{
    const QString id = ArmId::resourceGroup(m_world->subscriptionId(), name);
    ArmResult r = authorize(s("Microsoft.Resources/subscriptions/resourceGroups/write"), id);
    if (r.ok()) {
        ResourceGroup g;
        g.name = name;
        g.location = location;
        if (const ResourceGroup *old = m_world->resourceGroup(name))
            g = *old;
        if (tags)
            g.tags = *tags;
        m_world->putResourceGroup(g);
        r = showResourceGroup(name);
    }
    recordOperation(s("PUT"), id, r, QStringLiteral("Resource group %1 created.").arg(name));
    return r;
}

ArmResult ControlPlane::showResourceGroup(const QString &name) const
{
    const ResourceGroup *g = m_world->resourceGroup(name);
    if (!g)
        return ArmResult::failure(404, s("ResourceGroupNotFound"),
                                  QStringLiteral("Resource group '%1' could not be found.").arg(name));
    return ArmResult::success(
        QJsonObject{{s("id"), g->id},
                    {s("location"), g->location},
                    {s("managedBy"), QJsonValue::Null},
                    {s("name"), g->name},
                    {s("properties"), QJsonObject{{s("provisioningState"), s("Succeeded")}}},
                    {s("tags"), g->tags.isEmpty() ? QJsonValue(QJsonValue::Null) : tagsJson(g->tags)},
                    {s("type"), s("Microsoft.Resources/resourceGroups")}});
}

ArmResult ControlPlane::listResourceGroups() const
{
    QJsonArray a;
    const QList<ResourceGroup> groups = m_world->resourceGroups();
    for (const ResourceGroup &g : groups)
        a.append(showResourceGroup(g.name).body);
    return ArmResult::success(a);
}

ArmResult ControlPlane::deleteResourceGroup(const QString &name)
{
    const ResourceGroup *g = m_world->resourceGroup(name);
    if (!g)
        return ArmResult::failure(404, s("ResourceGroupNotFound"),
                                  QStringLiteral("Resource group '%1' could not be found.").arg(name));
    const QString id = g->id;
    ArmResult r = authorize(s("Microsoft.Resources/subscriptions/resourceGroups/delete"), id);
    if (r.ok()) {
        QStringList ids;
        const auto all = m_world->resources();
        for (const Resource *res : all) {
            if (res->resourceGroup.compare(name, Qt::CaseInsensitive) == 0)
                ids << res->id;
        }
        for (const QString &rid : ids)
            deleteResource(rid);
        m_world->eraseResourceGroup(name);
        r = ArmResult::success({});
    }
    recordOperation(s("DELETE"), id, r, QStringLiteral("Resource group %1 deleted.").arg(name));
    return r;
}

// ---------------------------------------------------------------- resources

static void applyProperties(Resource &res, const QJsonObject &p)
{
    if (p.contains(QStringLiteral("enableRbacAuthorization")))
        res.enableRbacAuthorization = p.value(QStringLiteral("enableRbacAuthorization")).toBool();
    if (p.contains(QStringLiteral("allowSharedKeyAccess")))
        res.allowSharedKeyAccess = p.value(QStringLiteral("allowSharedKeyAccess")).toBool(true);
    if (p.contains(QStringLiteral("disableLocalAuth")))
        res.disableLocalAuth = p.value(QStringLiteral("disableLocalAuth")).toBool();
    if (p.contains(QStringLiteral("keyVaultReferenceIdentity")))
        res.keyVaultReferenceIdentity = p.value(QStringLiteral("keyVaultReferenceIdentity")).toString();
    if (p.contains(QStringLiteral("kind")))
        res.kind = p.value(QStringLiteral("kind")).toString();
    if (p.value(QStringLiteral("tags")).isObject()) { // a PUT's tags replace the resource's
        res.tags.clear();
        const QJsonObject tags = p.value(QStringLiteral("tags")).toObject();
        for (auto it = tags.begin(); it != tags.end(); ++it)
            res.tags.insert(it.key(), it.value().toString());
    }
}

// The names ARM refuses outright, with its codes and messages. A storage account's name is a DNS label of its
// endpoints (azure-docs error-storage-account-name; QA: any name was taken, and an invalid one failed much later as a
// token error). A key vault's is too: VaultNameNotValid with ARM's message as a deployment prints it (Azure/azure-dev
// issue 3496; the rule also in azure-docs key-vault/general/common-error-codes).
ArmResult ControlPlane::nameRuleFailure(const QString &type, const QString &name)
{
    // Anchored whole: "$" alone also matched before a final newline (QA: "kvnl\n" was taken as a name).
    static const QRegularExpression storageName(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9]{3,24}")));
    static const QRegularExpression vaultName(QRegularExpression::anchoredPattern(
        QStringLiteral("(?=[A-Za-z0-9-]{3,24}\\z)[A-Za-z](?!.*--)[A-Za-z0-9-]*[A-Za-z0-9]")));
    if (type.compare(ResourceType::storageAccount(), Qt::CaseInsensitive) == 0 && !storageName.match(name).hasMatch())
        return ArmResult::failure(400, s("AccountNameInvalid"),
                                  QStringLiteral("%1 is not a valid storage account name. Storage account name must be "
                                                 "between 3 and 24 characters in length and use numbers and lower-case "
                                                 "letters only.")
                                      .arg(name));
    if (type.compare(ResourceType::keyVault(), Qt::CaseInsensitive) == 0 && !vaultName.match(name).hasMatch())
        return ArmResult::failure(400, s("VaultNameNotValid"),
                                  QStringLiteral("The vault name '%1' is invalid. A vault's name must be between 3-24 "
                                                 "alphanumeric characters. The name must begin with a letter, end with "
                                                 "a letter or digit, and not contain consecutive hyphens. Follow this "
                                                 "link for more information: "
                                                 "https://go.microsoft.com/fwlink/?linkid=2147742")
                                      .arg(name));
    return {};
}

ArmResult ControlPlane::createResource(const QString &typeOrAlias, const QString &resourceGroup, const QString &name,
                                       const QJsonObject &properties, const QString &location)
{
    const QString type = ResourceType::canonical(typeOrAlias);
    if (type.isEmpty())
        return ArmResult::failure(400, s("InvalidResourceType"),
                                  QStringLiteral("The resource type '%1' could not be found.").arg(typeOrAlias));
    const ResourceGroup *g = m_world->resourceGroup(resourceGroup);
    if (!g)
        return ArmResult::failure(404, s("ResourceGroupNotFound"),
                                  QStringLiteral("Resource group '%1' could not be found.").arg(resourceGroup));
    const QString id = ArmId::resource(m_world->subscriptionId(), g->name, type, name);
    ArmResult r = authorize(type + s("/write"), id);
    if (!r.ok()) {
        recordOperation(s("PUT"), id, r, {});
        return r;
    }
    if (r = nameRuleFailure(type, name); !r.ok()) {
        recordOperation(s("PUT"), id, r, {});
        return r;
    }
    Resource res;
    const bool exists = m_world->resource(id) != nullptr;
    if (exists) {
        res = *m_world->resource(id);
    } else {
        res.id = id;
        res.name = name;
        res.type = type;
        res.resourceGroup = g->name;
        res.location = location.isEmpty() ? g->location : location;
        const QString k = ArmId::key(id);
        if (res.isSite()) {
            res.kind = typeOrAlias.compare(s("functionapp"), Qt::CaseInsensitive) == 0 ? s("functionapp") : s("app");
            res.identityHeader = m_world->deriveId({s("identity-header"), k, s("0")});
        } else if (res.isStorageAccount()) {
            res.storageKeys = {Ids::base64(m_world->seed(), {s("storage-key1"), k}, 64),
                               Ids::base64(m_world->seed(), {s("storage-key2"), k}, 64)};
        } else if (res.isCosmosAccount()) {
            res.cosmosKeys = {Ids::base64(m_world->seed(), {s("cosmos-primary"), k}, 64),
                              Ids::base64(m_world->seed(), {s("cosmos-secondary"), k}, 64),
                              Ids::base64(m_world->seed(), {s("cosmos-primary-ro"), k}, 64),
                              Ids::base64(m_world->seed(), {s("cosmos-secondary-ro"), k}, 64)};
        } else if (res.isUserAssignedIdentity()) {
            const Principal p = m_world->makeUserAssignedIdentity(res, m_world->nextGeneration(id));
            m_world->directory().add(p);
            res.principalId = p.objectId;
            res.clientId = p.appId;
        }
    }
    applyProperties(res, properties);
    m_world->putResource(res);
    r = ArmResult::success(resourceJson(id), exists ? 200 : 201);
    recordOperation(s("PUT"), id, r, QStringLiteral("%1 %2 %3.").arg(type, name, exists ? s("updated") : s("created")));
    return r;
}

ArmResult ControlPlane::showResource(const QString &id) const
{
    const Resource *res = m_world->resource(id);
    if (!res) {
        return ArmResult::failure(
            404, s("ResourceNotFound"),
            QStringLiteral("The Resource '%1' under resource group '%2' was not found.")
                .arg(ArmId::providerType(id) + QLatin1Char('/') + id.section(QLatin1Char('/'), -1),
                     ArmId::resourceGroupOf(id)));
    }
    return ArmResult::success(resourceJson(id));
}

ArmResult ControlPlane::listResources(const QString &resourceGroup, const QString &type) const
{
    QJsonArray a;
    const auto all = m_world->resources(type);
    for (const Resource *res : all) {
        if (resourceGroup.isEmpty() || res->resourceGroup.compare(resourceGroup, Qt::CaseInsensitive) == 0)
            a.append(resourceJson(res->id));
    }
    return ArmResult::success(a);
}

ArmResult ControlPlane::deleteResource(const QString &id)
{
    const Resource *res = m_world->resource(id);
    if (!res)
        return showResource(id);
    ArmResult r = authorize(res->type + s("/delete"), res->id);
    if (r.ok()) {
        // A SAMI dies with its resource; a UAMI's principal dies with the identity resource. Role assignments stay
        // (orphaned, "Identity not found"), resources that had the UAMI attached keep a dangling reference.
        if (res->identity.systemAssigned)
            m_world->directory().remove(res->identity.principalId);
        if (res->isUserAssignedIdentity())
            m_world->directory().remove(res->principalId);
        const QString displayId = res->id;
        m_world->eraseResource(displayId);
        r = ArmResult::success({});
        recordOperation(s("DELETE"), displayId, r,
                        QStringLiteral("Deleted; its role assignments are kept (orphaned)."));
        return r;
    }
    recordOperation(s("DELETE"), id, r, {});
    return r;
}

ArmResult ControlPlane::setProperty(const QString &id, const QString &path, const QJsonValue &value)
{
    Resource *res = m_world->mutableResource(id);
    if (!res)
        return showResource(id);
    ArmResult r = authorize(res->type + s("/write"), res->id);
    if (!r.ok())
        return r;
    QString p = path;
    if (p.startsWith(s("properties."), Qt::CaseInsensitive))
        p = p.mid(11);
    res = m_world->mutableResource(id);
    const auto asBool = [&value]() {
        return value.isBool() ? value.toBool() : value.toString().compare(s("true"), Qt::CaseInsensitive) == 0;
    };
    if (p.compare(s("enableRbacAuthorization"), Qt::CaseInsensitive) == 0 && res->isKeyVault()) {
        res->enableRbacAuthorization = asBool();
    } else if (p.compare(s("allowSharedKeyAccess"), Qt::CaseInsensitive) == 0 && res->isStorageAccount()) {
        res->allowSharedKeyAccess = asBool();
    } else if (p.compare(s("disableLocalAuth"), Qt::CaseInsensitive) == 0 && res->isCosmosAccount()) {
        res->disableLocalAuth = asBool();
    } else if (p.compare(s("keyVaultReferenceIdentity"), Qt::CaseInsensitive) == 0 && res->isSite()) {
        res->keyVaultReferenceIdentity = value.toString();
        res->references.clear();
    } else if (p.startsWith(s("tags."), Qt::CaseInsensitive)) {
        res->tags.insert(p.mid(5), value.toVariant().toString());
    } else {
        return ArmResult::failure(400, s("InvalidRequestContent"),
                                  QStringLiteral("The property '%1' cannot be set on %2.").arg(path, res->type));
    }
    r = ArmResult::success(resourceJson(id));
    recordOperation(s("PATCH"), res->id, r, QStringLiteral("%1 set to %2.").arg(path, value.toVariant().toString()));
    return r;
}

// ---------------------------------------------------------------- identities

QString ControlPlane::resolveIdentityRef(const QString &computeId, const QString &ref) const
{
    if (ref.startsWith(QLatin1Char('/')))
        return ref;
    const Resource *compute = m_world->resource(computeId);
    for (const Resource *u : m_world->resources(ResourceType::userAssignedIdentity())) {
        if (u->name.compare(ref, Qt::CaseInsensitive) == 0 &&
            (!compute || u->resourceGroup.compare(compute->resourceGroup, Qt::CaseInsensitive) == 0))
            return u->id;
    }
    if (const Resource *u = m_world->findResource(ref, ResourceType::userAssignedIdentity()))
        return u->id;
    return {};
}

ArmResult ControlPlane::assignIdentity(const QString &id, const QStringList &identities)
{
    const Resource *res = m_world->resource(id);
    if (!res)
        return showResource(id);
    ArmResult r = authorize(res->type + s("/write"), res->id);
    if (!r.ok())
        return r;
    const QString resId = res->id;
    bool system = identities.isEmpty();
    QStringList uamis;
    for (const QString &ref : identities) {
        if (ref.compare(s("[system]"), Qt::CaseInsensitive) == 0) {
            system = true;
            continue;
        }
        const QString uid = resolveIdentityRef(resId, ref);
        const Resource *u = uid.isEmpty() ? nullptr : m_world->resource(uid);
        if (!u || !u->isUserAssignedIdentity())
            return ArmResult::failure(
                400, s("FailedIdentityOperation"),
                QStringLiteral(
                    "Identity operation for resource '%1' failed: the user assigned identity '%2' was not found.")
                    .arg(resId, ref));
        ArmResult ok = authorize(s("Microsoft.ManagedIdentity/userAssignedIdentities/assign/action"), u->id);
        if (!ok.ok())
            return ok;
        uamis << u->id;
    }
    Resource *m = m_world->mutableResource(resId);
    if (system && !m->identity.systemAssigned) {
        const int gen = m_world->nextGeneration(resId);
        const Principal p = m_world->makeSystemIdentity(*m, gen);
        m_world->directory().add(p);
        m->identity.systemAssigned = true;
        m->identity.principalId = p.objectId;
        m->identity.clientId = p.appId;
        m->identity.tenantId = m_world->tenantId();
        m->identity.generation = gen;
    }
    for (const QString &u : uamis) {
        bool present = false;
        for (const QString &have : m->identity.userAssigned)
            present = present || ArmId::key(have) == ArmId::key(u);
        if (!present)
            m->identity.userAssigned.append(u);
        m->identity.attachedPrincipals.insert(ArmId::key(u), m_world->resource(u)->principalId);
    }
    if (m->isSite()) {
        m->identityHeader =
            m_world->deriveId({s("identity-header"), ArmId::key(resId), QString::number(m_world->now())});
        m->references.clear();
    }
    r = ArmResult::success(identityJson(resId));
    recordOperation(s("PATCH"), resId, r,
                    QStringLiteral("Identity is now %1.").arg(m_world->resource(resId)->identity.typeString()));
    return r;
}

ArmResult ControlPlane::removeIdentity(const QString &id, const QStringList &identities)
{
    const Resource *res = m_world->resource(id);
    if (!res)
        return showResource(id);
    ArmResult r = authorize(res->type + s("/write"), res->id);
    if (!r.ok())
        return r;
    const QString resId = res->id;
    bool system = identities.isEmpty();
    QStringList uamis;
    for (const QString &ref : identities) {
        if (ref.compare(s("[system]"), Qt::CaseInsensitive) == 0)
            system = true;
        else
            uamis << ArmId::key(resolveIdentityRef(resId, ref));
    }
    Resource *m = m_world->mutableResource(resId);
    if (system && m->identity.systemAssigned) {
        // The service principal is deleted; assignments that point at it become orphans.
        m_world->directory().remove(m->identity.principalId);
        m->identity.systemAssigned = false;
        m->identity.principalId.clear();
        m->identity.clientId.clear();
        m->identity.tenantId.clear();
    }
    m->identity.userAssigned.removeIf([&uamis](const QString &u) { return uamis.contains(ArmId::key(u)); });
    for (const QString &u : uamis)
        m->identity.attachedPrincipals.remove(u);
    if (m->isSite())
        m->references.clear();
    r = ArmResult::success(identityJson(resId));
    recordOperation(s("PATCH"), resId, r,
                    QStringLiteral("Identity is now %1.").arg(m_world->resource(resId)->identity.typeString()));
    return r;
}

ArmResult ControlPlane::showIdentity(const QString &id) const
{
    if (!m_world->resource(id))
        return showResource(id);
    return ArmResult::success(identityJson(id));
}

QJsonObject ControlPlane::identityJson(const QString &id) const
{
    const Resource *res = m_world->resource(id);
    if (!res || res->identity.isNone())
        return {{s("type"), s("None")}};
    QJsonObject o{{s("type"), res->identity.typeString()}};
    if (res->identity.systemAssigned) {
        o.insert(s("principalId"), res->identity.principalId);
        o.insert(s("tenantId"), res->identity.tenantId);
    } else {
        o.insert(s("principalId"), QJsonValue::Null);
        o.insert(s("tenantId"), QJsonValue::Null);
    }
    if (res->identity.userAssigned.isEmpty()) {
        o.insert(s("userAssignedIdentities"), QJsonValue::Null);
    } else {
        QJsonObject uamis;
        for (const QString &u : res->identity.userAssigned) {
            const Resource *ur = m_world->resource(u);
            const QString attached = res->identity.attachedPrincipals.value(ArmId::key(u));
            if (ur && !attached.isEmpty() && attached != ur->principalId)
                ur = nullptr; // recreated since it was attached: the attachment is stale
            uamis.insert(u, ur ? QJsonObject{{s("clientId"), ur->clientId}, {s("principalId"), ur->principalId}}
                               : QJsonObject{{s("clientId"), QJsonValue::Null}, {s("principalId"), QJsonValue::Null}});
        }
        o.insert(s("userAssignedIdentities"), uamis);
    }
    return o;
}

QJsonObject ControlPlane::resourceJson(const QString &id) const
{
    const Resource *res = m_world->resource(id);
    if (!res)
        return {};
    const QJsonObject tags = tagsJson(res->tags);
    QJsonObject o{{s("id"), res->id},
                  {s("name"), res->name},
                  {s("type"), res->type},
                  {s("location"), res->location},
                  {s("resourceGroup"), res->resourceGroup},
                  {s("tags"), tags}};
    QJsonObject props;
    if (res->isSite()) {
        o.insert(s("kind"), res->kind);
        props.insert(s("defaultHostName"), res->hostName());
        props.insert(s("state"), s("Running"));
        props.insert(s("keyVaultReferenceIdentity"),
                     res->keyVaultReferenceIdentity.isEmpty() ? s("SystemAssigned") : res->keyVaultReferenceIdentity);
    } else if (res->isKeyVault()) {
        QJsonArray policies;
        for (const AccessPolicy &p : res->accessPolicies)
            policies.append(p.toJson());
        props.insert(s("accessPolicies"), policies);
        props.insert(s("enableRbacAuthorization"), res->enableRbacAuthorization);
        props.insert(s("tenantId"), m_world->tenantId());
        props.insert(s("vaultUri"), res->endpointUrl());
        props.insert(s("sku"), QJsonObject{{s("family"), s("A")}, {s("name"), s("standard")}});
    } else if (res->isStorageAccount()) {
        props.insert(s("allowSharedKeyAccess"), res->allowSharedKeyAccess);
        props.insert(s("primaryEndpoints"), QJsonObject{{s("blob"), res->endpointUrl()}});
    } else if (res->isCosmosAccount()) {
        props.insert(s("disableLocalAuth"), res->disableLocalAuth);
        props.insert(s("documentEndpoint"), res->endpointUrl());
    } else if (res->isUserAssignedIdentity()) {
        props.insert(s("clientId"), res->clientId);
        props.insert(s("principalId"), res->principalId);
        props.insert(s("tenantId"), m_world->tenantId());
    }
    props.insert(s("provisioningState"), s("Succeeded"));
    o.insert(s("properties"), props);
    if (res->isCompute())
        o.insert(s("identity"), res->identity.isNone() ? QJsonValue(QJsonValue::Null) : QJsonValue(identityJson(id)));
    return o;
}

// ---------------------------------------------------------------- RBAC

static QString principalTypeOf(const Principal *p)
{
    return p ? principalTypeName(p->type) : QStringLiteral("Unknown");
}

QJsonObject ControlPlane::roleAssignmentJson(const QString &name) const
{
    const RoleAssignment *a = m_world->authorization().find(name);
    if (!a)
        return {};
    const RoleDefinition *def = m_world->authorization().definition(a->roleDefinitionId);
    const Principal *p = m_world->principal(a->principalId);
    QJsonObject o{
        {s("condition"), QJsonValue::Null},
        {s("conditionVersion"), QJsonValue::Null},
        // ARM leaves createdBy null and names the caller in updatedBy (facts §4.3, §9.4: real CLI output).
        {s("createdBy"), QJsonValue::Null},
        {s("createdOn"), Clock::armIso(a->createdAt)},
        {s("delegatedManagedIdentityResourceId"), QJsonValue::Null},
        {s("description"), a->description.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a->description)},
        {s("id"), a->id()},
        {s("name"), a->name},
        {s("principalId"), a->principalId},
        {s("principalType"), p ? a->principalType : s("Unknown")},
        {s("roleDefinitionId"), QStringLiteral("/subscriptions/%1/providers/Microsoft.Authorization/roleDefinitions/%2")
                                    .arg(m_world->subscriptionId(), a->roleDefinitionId)},
        {s("scope"), a->scope},
        {s("type"), s("Microsoft.Authorization/roleAssignments")},
        {s("updatedBy"), a->createdBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(a->createdBy)},
        {s("updatedOn"), Clock::armIso(a->createdAt)}};
    const QString rg = ArmId::resourceGroupOf(a->scope);
    o.insert(s("resourceGroup"), rg.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(rg));
    // az role assignment list adds these two; an orphan shows as the portal does.
    o.insert(s("principalName"), p ? (p->userPrincipalName.isEmpty() ? (p->appId.isEmpty() ? p->displayName : p->appId)
                                                                     : p->userPrincipalName)
                                   : s("Identity not found"));
    o.insert(s("roleDefinitionName"), def ? def->roleName : QString());
    return o;
}

ArmResult ControlPlane::createRoleAssignment(const RoleAssignmentSpec &spec)
{
    const QString scope = m_world->expandPlaceholders(spec.scope.trimmed());
    if (scope.isEmpty())
        return ArmResult::failure(400, s("MissingScope"), s("--scope is required"));
    if (!scope.startsWith(QLatin1Char('/')))
        return ArmResult::failure(400, s("InvalidScope"), QStringLiteral("The scope '%1' is not valid.").arg(scope));
    // The scope's resource group and resource must exist (children such as secrets or containers are not checked).
    const QString rg = ArmId::resourceGroupOf(scope);
    if (!rg.isEmpty() && !m_world->resourceGroup(rg))
        return ArmResult::failure(404, s("ResourceGroupNotFound"),
                                  QStringLiteral("Resource group '%1' could not be found.").arg(rg));
    const QString provider = ArmId::providerType(scope);
    if (!provider.isEmpty()) {
        const QStringList parts = scope.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        int pi = -1;
        for (int i = 0; i < parts.size() && pi < 0; ++i) {
            if (parts.at(i).compare(QLatin1String("providers"), Qt::CaseInsensitive) == 0)
                pi = i;
        }
        if (pi >= 0 && pi + 3 < parts.size()) {
            const QString top = QLatin1Char('/') + parts.mid(0, pi + 4).join(QLatin1Char('/'));
            if (!m_world->resource(top))
                return ArmResult::failure(
                    404, s("ResourceNotFound"),
                    QStringLiteral("The Resource '%1/%2' under resource group '%3' was not found.")
                        .arg(provider, parts.at(pi + 3), rg));
        }
    }
    const RoleDefinition *def = m_world->authorization().findDefinition(spec.role);
    if (!def)
        return ArmResult::failure(
            404, s("RoleDefinitionDoesNotExist"),
            QStringLiteral("The specified role definition with ID '%1' does not exist.").arg(spec.role));
    // Resolve the assignee like az does: object id, app id (service principal) or user principal name.
    const Principal *p = m_world->principal(spec.assignee);
    if (!p)
        p = m_world->directory().findByAppId(spec.assignee);
    if (!p)
        p = m_world->directory().findUser(spec.assignee);
    if (!p) {
        QString compact = spec.assignee;
        compact.remove(QLatin1Char('-'));
        return ArmResult::failure(
            400, s("PrincipalNotFound"),
            QStringLiteral("Principal %1 does not exist in the directory %2. Check that you have the correct principal "
                           "ID. If you are creating this principal and then immediately assigning a role, this error "
                           "might be related to a replication delay. In this case, set the role assignment "
                           "principalType property to a value, such as ServicePrincipal, User, or Group.  See "
                           "https://aka.ms/docs-principaltype")
                .arg(compact, m_world->tenantId()));
    }
    const QString name = spec.name.isEmpty()
                             ? m_world->deriveId({s("roleAssignment"), ArmId::key(scope), p->objectId, def->name})
                             : spec.name.toLower();
    const QString assignmentPath = scope + s("/providers/Microsoft.Authorization/roleAssignments/") + name;
    ArmResult r = authorize(s("Microsoft.Authorization/roleAssignments/write"), scope, assignmentPath);
    if (!r.ok()) {
        recordOperation(s("PUT"), assignmentPath, r, {});
        return r;
    }
    if (const RoleAssignment *existing = m_world->authorization().find(name)) {
        const bool same = existing->principalId == p->objectId && existing->roleDefinitionId == def->name &&
                          ArmId::key(existing->scope) == ArmId::key(scope);
        r = same ? ArmResult::failure(409, s("RoleAssignmentExists"), s("The role assignment already exists."))
                 : ArmResult::failure(
                       400, s("RoleAssignmentUpdateNotPermitted"),
                       s("Tenant ID, application ID, principal ID, and scope are not allowed to be updated."));
        recordOperation(s("PUT"), assignmentPath, r, {});
        return r;
    }
    if (m_world->authorization().findSame(p->objectId, def->name, scope)) {
        r = ArmResult::failure(409, s("RoleAssignmentExists"), s("The role assignment already exists."));
        recordOperation(s("PUT"), assignmentPath, r, {});
        return r;
    }
    RoleAssignment a;
    a.name = name;
    a.scope = scope;
    a.roleDefinitionId = def->name;
    a.principalId = p->objectId;
    a.principalType = spec.principalType.isEmpty() ? principalTypeOf(p) : spec.principalType;
    a.description = spec.description;
    a.createdBy = m_caller;
    a.createdAt = m_world->now();
    a.effectiveAt = m_world->now() + m_world->settings().propagationDelaySeconds;
    m_world->authorization().add(a);
    r = ArmResult::success(roleAssignmentJson(name), 201);
    r.body = [&] {
        QJsonObject o = roleAssignmentJson(name);
        o.remove(s("principalName"));
        o.remove(s("roleDefinitionName"));
        return o;
    }();
    recordOperation(s("PUT"), assignmentPath, r,
                    QStringLiteral("%1 assigned to %2 at %3; in effect after %4 s of propagation.")
                        .arg(def->roleName, p->displayName, scope)
                        .arg(m_world->settings().propagationDelaySeconds));
    return r;
}

ArmResult ControlPlane::listRoleAssignments(const RoleAssignmentFilter &filter) const
{
    const QString scope =
        filter.scope.isEmpty() ? m_world->subscriptionScope() : m_world->expandPlaceholders(filter.scope);
    QStringList principals;
    if (!filter.assignee.isEmpty()) {
        const QString oid = m_world->resolvePrincipal(filter.assignee);
        principals << (oid.isEmpty() ? filter.assignee.toLower() : oid);
        if (filter.includeGroups && !oid.isEmpty())
            principals += m_world->directory().groupsOf(oid);
    }
    const RoleDefinition *role = filter.role.isEmpty() ? nullptr : m_world->authorization().findDefinition(filter.role);
    if (!filter.role.isEmpty() && !role)
        return ArmResult::failure(404, s("RoleDefinitionDoesNotExist"),
                                  QStringLiteral("Role '%1' doesn't exist.").arg(filter.role));
    const QString scopeKey = ArmId::key(scope);
    const QStringList ancestors = ArmId::ancestorKeys(scope);
    QJsonArray out;
    const QList<RoleAssignment> all = m_world->authorization().assignments();
    for (const RoleAssignment &a : all) {
        const QString k = ArmId::key(a.scope);
        const bool inScope = filter.all
                                 ? ArmId::covers(m_world->subscriptionScope(), a.scope) || k == QLatin1String("/")
                                 : (k == scopeKey || (filter.includeInherited && ancestors.contains(k)));
        if (!inScope)
            continue;
        if (!principals.isEmpty() && !principals.contains(a.principalId))
            continue;
        if (role && a.roleDefinitionId != role->name)
            continue;
        out.append(roleAssignmentJson(a.name));
    }
    return ArmResult::success(out);
}

ArmResult ControlPlane::deleteRoleAssignment(const QString &assignmentId)
{
    const QString name = assignmentId.section(QLatin1Char('/'), -1).toLower();
    const RoleAssignment *a = m_world->authorization().find(name);
    if (!a)
        return ArmResult::failure(404, s("RoleAssignmentNotFound"),
                                  QStringLiteral("The role assignment '%1' is not found.").arg(name));
    const QString path = a->id();
    ArmResult r = authorize(s("Microsoft.Authorization/roleAssignments/delete"), a->scope, path);
    if (r.ok()) {
        r = ArmResult::success(roleAssignmentJson(name));
        m_world->authorization().remove(name);
    }
    recordOperation(s("DELETE"), path, r, QStringLiteral("Role assignment removed."));
    return r;
}

ArmResult ControlPlane::deleteRoleAssignments(const RoleAssignmentFilter &filter)
{
    const ArmResult list = listRoleAssignments(filter);
    if (!list.ok())
        return list;
    QJsonArray deleted;
    for (const QJsonValue &v : list.body.toArray()) {
        const ArmResult r = deleteRoleAssignment(v.toObject().value(s("name")).toString());
        if (!r.ok())
            return r;
        deleted.append(r.body);
    }
    return ArmResult::success(deleted);
}

ArmResult ControlPlane::listRoleDefinitions(const QString &name, bool customOnly) const
{
    QJsonArray out;
    const QList<RoleDefinition> defs = m_world->authorization().definitions();
    for (const RoleDefinition &d : defs) {
        if (customOnly && d.roleType != QLatin1String("CustomRole"))
            continue;
        if (!name.isEmpty() && d.roleName.compare(name, Qt::CaseInsensitive) != 0 && d.name != name.toLower())
            continue;
        out.append(d.toJson());
    }
    return ArmResult::success(out);
}

ArmResult ControlPlane::createRoleDefinition(const QJsonObject &definition)
{
    RoleDefinition d = RoleDefinition::fromJson(definition);
    if (d.roleName.isEmpty())
        return ArmResult::failure(400, s("InvalidRoleDefinition"), s("The role definition has no name."));
    if (d.name.isEmpty() || !isGuid(d.name))
        d.name = m_world->deriveId({s("roleDefinition"), d.roleName});
    d.roleType = s("CustomRole");
    const QString path =
        m_world->subscriptionScope() + s("/providers/Microsoft.Authorization/roleDefinitions/") + d.name;
    ArmResult r = authorize(s("Microsoft.Authorization/roleDefinitions/write"), m_world->subscriptionScope(), path);
    if (r.ok()) {
        // Accepted as written. Cosmos DB data actions (readMetadata ...) in an Azure role are inert: the Cosmos data
        // plane only consults its own SQL role assignments (real-world C01).
        m_world->authorization().addDefinition(d);
        r = ArmResult::success(d.toJson(), 201);
    }
    recordOperation(s("PUT"), path, r, QStringLiteral("Custom role %1 created.").arg(d.roleName));
    return r;
}

// ---------------------------------------------------------------- directory

ArmResult ControlPlane::createGroup(const QString &displayName)
{
    Principal g;
    g.objectId = m_world->deriveId({s("group"), displayName.toLower()});
    g.displayName = displayName;
    g.type = PrincipalType::Group;
    if (const Principal *old = m_world->principal(g.objectId))
        g = *old;
    else
        m_world->directory().add(g);
    ArmResult r = ArmResult::success(QJsonObject{{s("displayName"), g.displayName},
                                                 {s("id"), g.objectId},
                                                 {s("mailNickname"), displayName},
                                                 {s("securityEnabled"), true}},
                                     201);
    recordOperation(s("POST"), s("/graph/groups"), r, QStringLiteral("Group %1 created.").arg(displayName));
    return r;
}

static const Principal *findGroup(const World &world, const QString &group)
{
    if (const Principal *p = world.principal(group); p && p->type == PrincipalType::Group)
        return p;
    return world.directory().findByDisplayName(group, PrincipalType::Group);
}

ArmResult ControlPlane::addGroupMember(const QString &group, const QString &memberObjectId)
{
    const Principal *g = findGroup(*m_world, group);
    if (!g)
        return ArmResult::failure(
            404, s("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                           "objects are not present.")
                .arg(group));
    const QString member = m_world->resolvePrincipal(memberObjectId);
    if (member.isEmpty() || !m_world->directory().contains(member))
        return ArmResult::failure(
            404, s("Request_ResourceNotFound"),
            QStringLiteral("Resource '%1' does not exist or one of its queried reference-property "
                           "objects are not present.")
                .arg(memberObjectId));
    const QString gid = g->objectId;
    m_world->directory().addMember(gid, member);
    ArmResult r = ArmResult::success({}, 204);
    recordOperation(s("POST"), QStringLiteral("/graph/groups/%1/members").arg(gid), r,
                    s("Member added. Tokens already issued keep their old groups claim until they expire."));
    return r;
}

ArmResult ControlPlane::removeGroupMember(const QString &group, const QString &memberObjectId)
{
    const Principal *g = findGroup(*m_world, group);
    if (!g)
        return ArmResult::failure(404, s("Request_ResourceNotFound"),
                                  QStringLiteral("Resource '%1' does not exist.").arg(group));
    const QString gid = g->objectId;
    m_world->directory().removeMember(gid, m_world->resolvePrincipal(memberObjectId));
    ArmResult r = ArmResult::success({}, 204);
    recordOperation(s("DELETE"), QStringLiteral("/graph/groups/%1/members").arg(gid), r, s("Member removed."));
    return r;
}

// ---------------------------------------------------------------- Key Vault

ArmResult ControlPlane::keyVaultSetPolicy(const QString &vaultId, const QString &objectId,
                                          const QStringList &secretPermissions, const QStringList &keyPermissions,
                                          const QStringList &certificatePermissions)
{
    const Resource *v = m_world->resource(vaultId);
    if (!v || !v->isKeyVault())
        return showResource(vaultId);
    if (v->enableRbacAuthorization)
        return ArmResult::failure(400, s("BadRequest"),
                                  s("Cannot set policies to a vault with '--enable-rbac-authorization' specified"));
    ArmResult r = authorize(s("Microsoft.KeyVault/vaults/write"), v->id);
    if (!r.ok())
        return r;
    const QString oid = m_world->resolvePrincipal(objectId).isEmpty() ? objectId : m_world->resolvePrincipal(objectId);
    Resource *m = m_world->mutableResource(vaultId);
    AccessPolicy policy;
    policy.tenantId = m_world->tenantId();
    policy.objectId = oid;
    for (const QString &p : secretPermissions)
        policy.secrets << p.toLower();
    for (const QString &p : keyPermissions)
        policy.keys << p.toLower();
    for (const QString &p : certificatePermissions)
        policy.certificates << p.toLower();
    bool replaced = false;
    for (AccessPolicy &existing : m->accessPolicies) {
        if (existing.objectId == oid) {
            if (!secretPermissions.isEmpty())
                existing.secrets = policy.secrets;
            if (!keyPermissions.isEmpty())
                existing.keys = policy.keys;
            if (!certificatePermissions.isEmpty())
                existing.certificates = policy.certificates;
            replaced = true;
        }
    }
    if (!replaced)
        m->accessPolicies.append(policy);
    r = ArmResult::success(resourceJson(vaultId));
    recordOperation(s("PUT"), m->id + s("/accessPolicies/add"), r,
                    QStringLiteral("Access policy for %1: secrets [%2].").arg(oid, policy.secrets.join(s(", "))));
    return r;
}

ArmResult ControlPlane::keyVaultDeletePolicy(const QString &vaultId, const QString &objectId)
{
    const Resource *v = m_world->resource(vaultId);
    if (!v || !v->isKeyVault())
        return showResource(vaultId);
    if (v->enableRbacAuthorization)
        return ArmResult::failure(400, s("BadRequest"),
                                  s("Cannot set policies to a vault with '--enable-rbac-authorization' specified"));
    ArmResult r = authorize(s("Microsoft.KeyVault/vaults/write"), v->id);
    if (!r.ok())
        return r;
    const QString oid = m_world->resolvePrincipal(objectId).isEmpty() ? objectId : m_world->resolvePrincipal(objectId);
    Resource *m = m_world->mutableResource(vaultId);
    m->accessPolicies.removeIf([&oid](const AccessPolicy &p) { return p.objectId == oid; });
    r = ArmResult::success(resourceJson(vaultId));
    recordOperation(s("PUT"), m->id + s("/accessPolicies/remove"), r, s("Access policy removed."));
    return r;
}

// ---------------------------------------------------------------- keys

ArmResult ControlPlane::listStorageKeys(const QString &accountId) const
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isStorageAccount())
        return showResource(accountId);
    ArmResult r = authorize(s("Microsoft.Storage/storageAccounts/listkeys/action"), a->id);
    if (!r.ok())
        return r;
    QJsonArray keys;
    for (int i = 0; i < a->storageKeys.size(); ++i)
        keys.append(QJsonObject{{s("keyName"), QStringLiteral("key%1").arg(i + 1)},
                                {s("permissions"), s("FULL")},
                                {s("value"), a->storageKeys.at(i)}});
    r = ArmResult::success(keys);
    recordOperation(s("POST"), a->id + s("/listKeys"), r, s("Account keys listed (a control-plane action)."));
    return r;
}

ArmResult ControlPlane::listCosmosKeys(const QString &accountId, const QString &type) const
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    const QString action = type == QLatin1String("read-only-keys")
                               ? s("Microsoft.DocumentDB/databaseAccounts/readonlykeys/action")
                           : type == QLatin1String("connection-strings")
                               ? s("Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action")
                               : s("Microsoft.DocumentDB/databaseAccounts/listKeys/action");
    ArmResult r = authorize(action, a->id);
    if (!r.ok())
        return r;
    QJsonObject body;
    if (type == QLatin1String("read-only-keys")) {
        body = {{s("primaryReadonlyMasterKey"), a->cosmosKeys.value(2)},
                {s("secondaryReadonlyMasterKey"), a->cosmosKeys.value(3)}};
    } else if (type == QLatin1String("connection-strings")) {
        // One per key, in key order, as real az output shows them (and terraform-provider-azurerm maps them by
        // these descriptions): primary and secondary, read-write then read-only.
        static const char *const descriptions[] = {"Primary SQL Connection String", "Secondary SQL Connection String",
                                                   "Primary Read-Only SQL Connection String",
                                                   "Secondary Read-Only SQL Connection String"};
        QJsonArray cs;
        for (int i = 0; i < 4; ++i)
            cs.append(QJsonObject{
                {s("connectionString"),
                 QStringLiteral("AccountEndpoint=%1;AccountKey=%2;").arg(a->endpointUrl(), a->cosmosKeys.value(i))},
                {s("description"), s(descriptions[i])}});
        body = {{s("connectionStrings"), cs}};
    } else {
        body = {{s("primaryMasterKey"), a->cosmosKeys.value(0)},
                {s("primaryReadonlyMasterKey"), a->cosmosKeys.value(2)},
                {s("secondaryMasterKey"), a->cosmosKeys.value(1)},
                {s("secondaryReadonlyMasterKey"), a->cosmosKeys.value(3)}};
    }
    r = ArmResult::success(body);
    recordOperation(s("POST"), a->id + s("/listKeys"), r, s("Account keys listed (a control-plane action)."));
    return r;
}

// ---------------------------------------------------------------- Cosmos DB management + data-plane RBAC admin

ArmResult ControlPlane::putChild(const QString &parentId, const QString &childPath, const QString &action,
                                 const QString &explanation, const std::function<QJsonObject(Resource &)> &create)
{
    const QString path = m_world->resource(parentId)->id + childPath;
    ArmResult r = authorize(action, path);
    if (r.ok()) {
        QJsonObject body = create(*m_world->mutableResource(parentId));
        body.insert(s("id"), path);
        r = ArmResult::success(body);
    }
    recordOperation(s("PUT"), path, r, explanation);
    return r;
}

ArmResult ControlPlane::createCosmosDatabase(const QString &accountId, const QString &database)
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    return putChild(accountId, s("/sqlDatabases/") + database,
                    s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/write"),
                    s("Database created through ARM (a management operation)."), [&](Resource &m) {
                        if (!m.databases.contains(database))
                            m.databases.insert(database, CosmosDatabase{database, {}});
                        return QJsonObject{{s("name"), database},
                                           {s("resource"), QJsonObject{{s("id"), database}}},
                                           {s("type"), s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases")}};
                    });
}

ArmResult ControlPlane::createCosmosContainer(const QString &accountId, const QString &database,
                                              const QString &container, const QString &partitionKeyPath)
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    if (!a->databases.contains(database))
        return ArmResult::failure(404, s("NotFound"), QStringLiteral("Database '%1' was not found.").arg(database));
    return putChild(
        accountId, s("/sqlDatabases/") + database + s("/containers/") + container,
        s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/write"),
        s("Container created through ARM (a management operation)."), [&](Resource &m) {
            CosmosDatabase &db = m.databases[database];
            if (!db.containers.contains(container)) {
                CosmosContainer c;
                c.name = container;
                c.partitionKeyPath = partitionKeyPath.isEmpty() ? s("/id") : partitionKeyPath;
                db.containers.insert(container, c);
            }
            return QJsonObject{
                {s("name"), container},
                {s("resource"),
                 QJsonObject{{s("id"), container},
                             {s("partitionKey"),
                              QJsonObject{{s("paths"), QJsonArray{db.containers.value(container).partitionKeyPath}},
                                          {s("kind"), s("Hash")}}}}},
                {s("type"), s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers")}};
        });
}

static QString cosmosRelativeScope(const Resource &account, const QString &scope)
{
    QString sc = scope.trimmed();
    if (sc.startsWith(account.id, Qt::CaseInsensitive))
        sc = sc.mid(account.id.size());
    if (sc.isEmpty())
        sc = QStringLiteral("/");
    return sc;
}

static bool validCosmosScope(const QString &scope)
{
    static const QRegularExpression re(QStringLiteral("^/$|^/dbs/[^/]+$|^/dbs/[^/]+/colls/[^/]+$"));
    return re.match(scope).hasMatch();
}

ArmResult ControlPlane::createCosmosSqlRoleAssignment(const QString &accountId, const QString &principalId,
                                                      const QString &roleDefinition, const QString &scope,
                                                      const QString &assignmentId)
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    const QString rel = cosmosRelativeScope(*a, scope);
    if (!validCosmosScope(rel))
        return ArmResult::failure(400, s("BadRequest"),
                                  QStringLiteral("The scope '%1' is not valid: use '/', '/dbs/<database>' or "
                                                 "'/dbs/<database>/colls/<container>'.")
                                      .arg(scope));
    // az sends --principal-id as given (no client-side check); the service refuses what is not an object id.
    // [U] the service's exact text for a non-GUID principal id is not in the facts: this one says what to give.
    if (!isGuid(principalId))
        return ArmResult::failure(400, s("BadRequest"),
                                  QStringLiteral("The principal ID '%1' is not valid: give the object (principal) ID "
                                                 "of a user, group or service principal, a GUID.")
                                      .arg(principalId));
    QString roleId = roleDefinition.section(QLatin1Char('/'), -1).toLower();
    if (!isGuid(roleId)) {
        roleId.clear();
        if (roleDefinition.compare(s("Cosmos DB Built-in Data Reader"), Qt::CaseInsensitive) == 0)
            roleId = kCosmosReader;
        else if (roleDefinition.compare(s("Cosmos DB Built-in Data Contributor"), Qt::CaseInsensitive) == 0)
            roleId = kCosmosContributor;
        for (const SqlRoleDefinition &d : a->sqlRoleDefinitions) {
            if (d.roleName.compare(roleDefinition, Qt::CaseInsensitive) == 0)
                roleId = d.id;
        }
    }
    bool known = roleId == kCosmosReader || roleId == kCosmosContributor;
    for (const SqlRoleDefinition &d : a->sqlRoleDefinitions)
        known = known || d.id == roleId;
    if (!known)
        return ArmResult::failure(
            404, s("NotFound"),
            QStringLiteral("The SQL role definition '%1' does not exist in account %2.").arg(roleDefinition, a->name));
    const QString path0 = a->id + s("/sqlRoleAssignments/");
    ArmResult r = authorize(s("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/write"), a->id);
    if (!r.ok()) {
        recordOperation(s("PUT"), path0, r, {});
        return r;
    }
    SqlRoleAssignment sa;
    sa.id = assignmentId.isEmpty()
                ? m_world->deriveId({s("sqlRoleAssignment"), ArmId::key(a->id), principalId.toLower(), roleId, rel})
                : assignmentId.toLower();
    sa.principalId = principalId.toLower();
    sa.roleDefinitionId = roleId;
    sa.scope = rel;
    sa.createdAt = m_world->now();
    sa.effectiveAt = m_world->now() + m_world->settings().propagationDelaySeconds;
    Resource *m = m_world->mutableResource(accountId);
    m->sqlRoleAssignments.removeIf([&sa](const SqlRoleAssignment &x) { return x.id == sa.id; });
    m->sqlRoleAssignments.append(sa);
    const QString path = path0 + sa.id;
    QJsonObject body{{s("id"), path},
                     {s("name"), sa.id},
                     {s("principalId"), sa.principalId},
                     {s("resourceGroup"), m->resourceGroup},
                     {s("roleDefinitionId"), m->id + s("/sqlRoleDefinitions/") + roleId},
                     {s("scope"), rel == QLatin1String("/") ? m->id : m->id + rel},
                     {s("type"), s("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments")}};
    r = ArmResult::success(body, 201);
    recordOperation(s("PUT"), path, r, QStringLiteral("Cosmos DB data-plane role %1 assigned at %2.").arg(roleId, rel));
    return r;
}

ArmResult ControlPlane::listCosmosSqlRoleAssignments(const QString &accountId) const
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    QJsonArray out;
    for (const SqlRoleAssignment &sa : a->sqlRoleAssignments) {
        out.append(QJsonObject{{s("id"), a->id + s("/sqlRoleAssignments/") + sa.id},
                               {s("name"), sa.id},
                               {s("principalId"), sa.principalId},
                               {s("resourceGroup"), a->resourceGroup},
                               {s("roleDefinitionId"), a->id + s("/sqlRoleDefinitions/") + sa.roleDefinitionId},
                               {s("scope"), sa.scope == QLatin1String("/") ? a->id : a->id + sa.scope},
                               {s("type"), s("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments")}});
    }
    return ArmResult::success(out);
}

ArmResult ControlPlane::showCosmosSqlRoleAssignment(const QString &accountId, const QString &assignmentId) const
{
    const ArmResult all = listCosmosSqlRoleAssignments(accountId);
    if (!all.ok())
        return all;
    const QString id = assignmentId.section(QLatin1Char('/'), -1).toLower();
    for (const QJsonValue &item : all.body.toArray()) {
        if (item.toObject().value(s("name")).toString() == id)
            return ArmResult::success(item.toObject());
    }
    return sqlRoleAssignmentNotFound(id);
}

ArmResult ControlPlane::sqlRoleAssignmentNotFound(const QString &id)
{
    return ArmResult::failure(404, s("NotFound"),
                              QStringLiteral("The SQL role assignment '%1' was not found.").arg(id));
}

ArmResult ControlPlane::deleteCosmosSqlRoleAssignment(const QString &accountId, const QString &assignmentId)
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    ArmResult r = authorize(s("Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments/delete"), a->id);
    if (!r.ok())
        return r;
    const QString id = assignmentId.section(QLatin1Char('/'), -1).toLower();
    Resource *m = m_world->mutableResource(accountId);
    const qsizetype removed = m->sqlRoleAssignments.removeIf([&id](const SqlRoleAssignment &x) { return x.id == id; });
    r = removed ? ArmResult::success({}) : sqlRoleAssignmentNotFound(id);
    recordOperation(s("DELETE"), m->id + s("/sqlRoleAssignments/") + id, r,
                    s("Cosmos DB data-plane assignment removed."));
    return r;
}

ArmResult ControlPlane::listCosmosSqlRoleDefinitions(const QString &accountId) const
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    QList<SqlRoleDefinition> defs;
    defs.append({kCosmosReader,
                 s("Cosmos DB Built-in Data Reader"),
                 s("BuiltInRole"),
                 {s("Microsoft.DocumentDB/databaseAccounts/readMetadata"),
                  s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/executeQuery"),
                  s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/readChangeFeed"),
                  s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/read")},
                 {s("/")}});
    defs.append({kCosmosContributor,
                 s("Cosmos DB Built-in Data Contributor"),
                 s("BuiltInRole"),
                 {s("Microsoft.DocumentDB/databaseAccounts/readMetadata"),
                  s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/*"),
                  s("Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers/items/*")},
                 {s("/")}});
    defs += a->sqlRoleDefinitions;
    QJsonArray out;
    for (const SqlRoleDefinition &d : defs) {
        QJsonArray scopes;
        for (const QString &sc : d.assignableScopes)
            scopes.append(sc == QLatin1String("/") ? a->id : a->id + sc);
        out.append(QJsonObject{
            {s("assignableScopes"), scopes},
            {s("id"), a->id + s("/sqlRoleDefinitions/") + d.id},
            {s("name"), d.id},
            {s("permissions"), QJsonArray{QJsonObject{{s("dataActions"), QJsonArray::fromStringList(d.dataActions)},
                                                      {s("notDataActions"), QJsonArray()}}}},
            {s("resourceGroup"), a->resourceGroup},
            {s("roleName"), d.roleName},
            {s("type"), s("Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions")},
            {s("typePropertiesType"), d.type}});
    }
    return ArmResult::success(out);
}

ArmResult ControlPlane::createCosmosSqlRoleDefinition(const QString &accountId, const QJsonObject &body)
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isCosmosAccount())
        return showResource(accountId);
    ArmResult r = authorize(s("Microsoft.DocumentDB/databaseAccounts/sqlRoleDefinitions/write"), a->id);
    if (!r.ok())
        return r;
    SqlRoleDefinition d;
    d.roleName = body.value(s("RoleName")).toString(body.value(s("roleName")).toString());
    d.id = body.value(s("Id")).toString(m_world->deriveId({s("sqlRoleDefinition"), ArmId::key(a->id), d.roleName}));
    const QJsonArray perms = body.value(s("Permissions")).toArray().isEmpty() ? body.value(s("permissions")).toArray()
                                                                              : body.value(s("Permissions")).toArray();
    for (const QJsonValue &p : perms) {
        const QJsonObject po = p.toObject();
        const QJsonArray actions = po.value(s("DataActions")).toArray().isEmpty()
                                       ? po.value(s("dataActions")).toArray()
                                       : po.value(s("DataActions")).toArray();
        for (const QJsonValue &x : actions)
            d.dataActions << x.toString();
        const QJsonArray notActions = po.value(s("NotDataActions")).toArray();
        if (!notActions.isEmpty())
            return ArmResult::failure(400, s("BadRequest"),
                                      s("NotDataActions are not supported in Cosmos DB SQL role definitions."));
    }
    Resource *m = m_world->mutableResource(accountId);
    m->sqlRoleDefinitions.removeIf([&d](const SqlRoleDefinition &x) { return x.id == d.id; });
    m->sqlRoleDefinitions.append(d);
    r = ArmResult::success(QJsonObject{{s("id"), m->id + s("/sqlRoleDefinitions/") + d.id},
                                       {s("name"), d.id},
                                       {s("roleName"), d.roleName}},
                           201);
    recordOperation(s("PUT"), m->id + s("/sqlRoleDefinitions/") + d.id, r,
                    s("Custom Cosmos DB data-plane role created."));
    return r;
}

ArmResult ControlPlane::createBlobContainer(const QString &accountId, const QString &container)
{
    const Resource *a = m_world->resource(accountId);
    if (!a || !a->isStorageAccount())
        return showResource(accountId);
    return putChild(accountId, s("/blobServices/default/containers/") + container,
                    s("Microsoft.Storage/storageAccounts/blobServices/containers/write"),
                    s("Container created through ARM."), [&](Resource &m) {
                        if (!m.containers.contains(container))
                            m.containers.insert(container, BlobContainer{container, {}});
                        return QJsonObject{{s("name"), container},
                                           {s("type"), s("Microsoft.Storage/storageAccounts/blobServices/containers")}};
                    });
}

// ---------------------------------------------------------------- app settings

ArmResult ControlPlane::listAppSettings(const QString &siteId) const
{
    const Resource *site = m_world->resource(siteId);
    if (!site || !site->isSite())
        return showResource(siteId);
    ArmResult r = authorize(s("Microsoft.Web/sites/config/list/action"), site->id);
    if (!r.ok())
        return r;
    QJsonArray out;
    for (auto it = site->appSettings.cbegin(); it != site->appSettings.cend(); ++it)
        out.append(QJsonObject{{s("name"), it.key()}, {s("slotSetting"), false}, {s("value"), it.value()}});
    return ArmResult::success(out);
}

ArmResult ControlPlane::setAppSettings(const QString &siteId, const QMap<QString, QString> &settings)
{
    const Resource *site = m_world->resource(siteId);
    if (!site || !site->isSite())
        return showResource(siteId);
    ArmResult r = authorize(s("Microsoft.Web/sites/config/write"), site->id);
    if (!r.ok())
        return r;
    Resource *m = m_world->mutableResource(siteId);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        m->appSettings.insert(it.key(), it.value());
    m->references.clear(); // a config change makes the platform fetch references again
    r = listAppSettings(siteId);
    recordOperation(s("PUT"), m->id + s("/config/appsettings"), r,
                    QStringLiteral("App settings set: %1.").arg(QStringList(settings.keys()).join(s(", "))));
    return r;
}

ArmResult ControlPlane::deleteAppSettings(const QString &siteId, const QStringList &names)
{
    const Resource *site = m_world->resource(siteId);
    if (!site || !site->isSite())
        return showResource(siteId);
    ArmResult r = authorize(s("Microsoft.Web/sites/config/write"), site->id);
    if (!r.ok())
        return r;
    Resource *m = m_world->mutableResource(siteId);
    for (const QString &n : names)
        m->appSettings.remove(n);
    m->references.clear();
    r = listAppSettings(siteId);
    recordOperation(s("PUT"), m->id + s("/config/appsettings"), r,
                    QStringLiteral("App settings deleted: %1.").arg(names.join(s(", "))));
    return r;
}

ArmResult ControlPlane::restartSite(const QString &siteId)
{
    const Resource *site = m_world->resource(siteId);
    if (!site || !site->isSite())
        return showResource(siteId);
    ArmResult r = authorize(s("Microsoft.Web/sites/restart/action"), site->id);
    if (!r.ok())
        return r;
    Resource *m = m_world->mutableResource(siteId);
    m->references.clear();
    r = ArmResult::success({});
    recordOperation(s("POST"), m->id + s("/restart"), r,
                    s("Restarted: Key Vault references are fetched again. The identity endpoint's token cache is not "
                      "cleared."));
    return r;
}

ArmResult ControlPlane::listKeyVaultReferences(const QString &siteId)
{
    const Resource *site = m_world->resource(siteId);
    if (!site || !site->isSite())
        return showResource(siteId);
    const QString id = site->id;
    const QStringList names = site->appSettings.keys();
    QJsonArray out;
    for (const QString &n : names) {
        const QString value = m_world->resource(id)->appSettings.value(n);
        const KeyVaultReference ref = KeyVaultReference::parse(value);
        if (!ref.isReference)
            continue;
        const ReferenceResolution res = m_world->resolveReference(id, n);
        out.append(QJsonObject{{s("name"), n},
                               {s("reference"), value},
                               {s("status"), res.status},
                               {s("vaultName"), ref.vaultName},
                               {s("secretName"), ref.secretName},
                               {s("secretVersion"), ref.version},
                               {s("identityType"), res.identity},
                               {s("details"), res.details}});
    }
    return ArmResult::success(out);
}

ArmResult ControlPlane::getAccessToken(const QString &resource)
{
    const QString resourceUri = resource.isEmpty() ? s("https://management.core.windows.net/") : resource;
    if (!m_world->learnerSignedIn())
        return ArmResult::failure(401, s("NotLoggedIn"), s("Please run 'az login' to setup account."));
    const QString unknown = IdentityEndpoint::unknownResourceError(*m_world, resourceUri);
    if (!unknown.isEmpty())
        return ArmResult::failure(400, s("invalid_resource"), unknown);
    const IssuedToken t = m_world->learnerToken(resourceUri);
    return ArmResult::success(QJsonObject{
        {s("accessToken"), t.accessToken},
        {s("expiresOn"),
         QDateTime::fromSecsSinceEpoch(t.expiresOn, QTimeZone::utc()).toString(s("yyyy-MM-dd HH:mm:ss.000000"))},
        {s("expires_on"), t.expiresOn},
        {s("subscription"), m_world->subscriptionId()},
        {s("tenant"), m_world->tenantId()},
        {s("tokenType"), s("Bearer")}});
}

} // namespace Keyless::Sim
