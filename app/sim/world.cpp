#include "sim/world.h"

#include "sim/armid.h"
#include "sim/controlplane.h"
#include "sim/dataplane.h"
#include "sim/identityendpoint.h"
#include "sim/ids.h"
#include "sim/keyvaultreference.h"
#include "sim/workloadrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace Keyless::Sim {

World::World(const WorldSettings &settings)
    : m_settings(settings)
    , m_clock(settings.startTime)
{
    m_directory.domain = m_settings.tenantDomain;
    m_directory.tenantId = deriveId({QStringLiteral("tenant"), m_settings.tenantDomain});
    m_subscriptionId = deriveId({QStringLiteral("subscription"), m_settings.subscriptionName});
    m_tokens = TokenService(m_settings.seed, m_directory.tenantId);

    Principal learner;
    learner.objectId = deriveId({QStringLiteral("user"), m_settings.learnerUserPrincipalName.toLower()});
    learner.displayName = m_settings.learnerDisplayName;
    learner.userPrincipalName = m_settings.learnerUserPrincipalName;
    learner.type = PrincipalType::User;
    m_directory.add(learner);
    m_learnerId = learner.objectId;

    // The learner is Owner of the sandbox subscription from the start.
    RoleAssignment owner;
    owner.scope = subscriptionScope();
    owner.roleDefinitionId = QStringLiteral("8e3af657-a8ff-443c-a75c-2fe8c4bcb635");
    owner.principalId = m_learnerId;
    owner.principalType = QStringLiteral("User");
    owner.name = deriveId(
        {QStringLiteral("roleAssignment"), ArmId::key(owner.scope), owner.principalId, owner.roleDefinitionId});
    owner.createdAt = m_clock.now();
    owner.effectiveAt = m_clock.now();
    m_authorization.add(owner);
}

QString World::deriveId(const QStringList &parts) const
{
    return Ids::uuid(m_settings.seed, parts);
}

int World::record(TraceEvent event)
{
    event.time = m_clock.now();
    // Never before the clock, never before the previous hop: times are increasing and the same on every run.
    const qint64 clockMs = m_clock.now() * 1000;
    event.timeMs = m_trace.size() == 0
                       ? clockMs
                       : qMax(clockMs, m_trace.events().constLast().timeMs + Trace::HopLatencyMs);
    return m_trace.append(event);
}

void World::completeRecord(int seq, const std::function<void(TraceEvent &)> &complete)
{
    m_trace.amend(seq, complete);
}

QString World::subscriptionScope() const
{
    return ArmId::subscription(m_subscriptionId);
}

const ResourceGroup *World::resourceGroup(const QString &name) const
{
    auto it = m_groups.constFind(name.toLower());
    return it == m_groups.constEnd() ? nullptr : &*it;
}

QList<ResourceGroup> World::resourceGroups() const
{
    return m_groups.values();
}

void World::putResourceGroup(const ResourceGroup &group)
{
    ResourceGroup g = group;
    if (g.location.isEmpty())
        g.location = m_settings.location;
    g.id = ArmId::resourceGroup(m_subscriptionId, g.name);
    m_groups.insert(g.name.toLower(), g);
}

bool World::eraseResourceGroup(const QString &name)
{
    return m_groups.remove(name.toLower()) > 0;
}

const Resource *World::resource(const QString &id) const
{
    auto it = m_resources.constFind(ArmId::key(id));
    return it == m_resources.constEnd() ? nullptr : &*it;
}

Resource *World::mutableResource(const QString &id)
{
    auto it = m_resources.find(ArmId::key(id));
    return it == m_resources.end() ? nullptr : &*it;
}

const Resource *World::findResource(const QString &name, const QString &type) const
{
    if (name.startsWith(QLatin1Char('/')))
        return resource(name);
    const QString t = type.isEmpty() ? QString() : ResourceType::canonical(type);
    for (const Resource &r : m_resources) {
        if (r.name.compare(name, Qt::CaseInsensitive) == 0 && (t.isEmpty() || r.type == t))
            return &r;
    }
    return nullptr;
}

const Resource *World::resourceByHost(const QString &host) const
{
    const QString id = m_byHost.value(host.toLower());
    return id.isEmpty() ? nullptr : resource(id);
}

QList<const Resource *> World::resources(const QString &type) const
{
    const QString t = type.isEmpty() ? QString() : ResourceType::canonical(type);
    QList<const Resource *> out;
    for (const Resource &r : m_resources) {
        if (t.isEmpty() || r.type == t)
            out.append(&r);
    }
    return out;
}

void World::putResource(const Resource &resource)
{
    const QString k = ArmId::key(resource.id);
    if (const Resource *old = this->resource(k); old && !old->hostName().isEmpty())
        m_byHost.remove(old->hostName());
    m_resources.insert(k, resource);
    if (!resource.hostName().isEmpty())
        m_byHost.insert(resource.hostName(), k);
}

bool World::eraseResource(const QString &id)
{
    const QString k = ArmId::key(id);
    auto it = m_resources.find(k);
    if (it == m_resources.end())
        return false;
    if (!it->hostName().isEmpty())
        m_byHost.remove(it->hostName());
    m_resources.erase(it);
    return true;
}

void World::reindex()
{
    m_byHost.clear();
    for (auto it = m_resources.cbegin(); it != m_resources.cend(); ++it) {
        if (!it->hostName().isEmpty())
            m_byHost.insert(it->hostName(), it.key());
    }
}

int World::nextGeneration(const QString &resourceId)
{
    return ++m_generations[ArmId::key(resourceId)];
}

Principal World::makeSystemIdentity(const Resource &resource, int generation) const
{
    const QString k = ArmId::key(resource.id), g = QString::number(generation);
    Principal p;
    p.objectId = deriveId({QStringLiteral("sami-principal"), k, g});
    p.appId = deriveId({QStringLiteral("sami-client"), k, g});
    p.displayName = resource.name;
    p.type = PrincipalType::ServicePrincipal;
    p.servicePrincipalType = QStringLiteral("ManagedIdentity");
    p.managedIdentityResourceId = resource.id;
    p.systemAssigned = true;
    return p;
}

Principal World::makeUserAssignedIdentity(const Resource &identity, int generation) const
{
    const QString k = ArmId::key(identity.id), g = QString::number(generation);
    Principal p;
    p.objectId = deriveId({QStringLiteral("uami-principal"), k, g});
    p.appId = deriveId({QStringLiteral("uami-client"), k, g});
    p.displayName = identity.name;
    p.type = PrincipalType::ServicePrincipal;
    p.servicePrincipalType = QStringLiteral("ManagedIdentity");
    p.managedIdentityResourceId = identity.id;
    return p;
}

QList<const Principal *> World::identitiesOf(const QString &resourceId) const
{
    QList<const Principal *> out;
    const Resource *r = resource(resourceId);
    if (!r)
        return out;
    if (r->identity.systemAssigned) {
        if (const Principal *p = m_directory.find(r->identity.principalId))
            out.append(p);
    }
    for (const QString &uamiId : r->identity.userAssigned) {
        const Resource *u = resource(uamiId);
        const QString attached = r->identity.attachedPrincipals.value(ArmId::key(uamiId));
        if (u && (attached.isEmpty() || attached == u->principalId)) {
            if (const Principal *p = m_directory.find(u->principalId))
                out.append(p);
        }
    }
    return out;
}

QString World::expandPlaceholders(const QString &text) const
{
    QString s = text;
    s.replace(QLatin1String("{subscriptionId}"), m_subscriptionId);
    s.replace(QLatin1String("{tenantId}"), tenantId());
    return s;
}

QString World::connectionString(const QString &accountId) const
{
    const Resource *r = resource(accountId);
    if (r && r->isStorageAccount())
        return QStringLiteral(
                   "DefaultEndpointsProtocol=https;AccountName=%1;AccountKey=%2;EndpointSuffix=core.windows.net")
            .arg(r->name, r->storageKeys.value(0));
    if (r && r->isCosmosAccount())
        return QStringLiteral("AccountEndpoint=%1;AccountKey=%2;").arg(r->endpointUrl(), r->cosmosKeys.value(0));
    return {};
}

QString World::expandKeyPlaceholders(const QString &text) const
{
    static const QRegularExpression re(QStringLiteral("\\{(primaryKey|connectionString):([^}]+)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const Resource *r = findResource(m.captured(2).trimmed());
        QString value = m.captured(0);
        if (r && m.captured(1) == QLatin1String("connectionString"))
            value = connectionString(r->id);
        else if (r && r->isStorageAccount())
            value = r->storageKeys.value(0);
        else if (r && r->isCosmosAccount())
            value = r->cosmosKeys.value(0);
        out += value;
        last = m.capturedEnd();
    }
    return expandPlaceholders(out + text.mid(last));
}

QString World::resolvePrincipal(const QString &reference) const
{
    const QString ref = reference.trimmed();
    const int colon = int(ref.indexOf(QLatin1Char(':')));
    const QString kind = colon > 0 ? ref.left(colon).toLower() : QString();
    const QString name = colon > 0 ? ref.mid(colon + 1) : ref;
    if (ref.compare(QLatin1String("learner"), Qt::CaseInsensitive) == 0)
        return m_learnerId;
    if (kind == QLatin1String("sami")) {
        const Resource *r = findResource(name);
        return r && r->identity.systemAssigned ? r->identity.principalId : QString();
    }
    if (kind == QLatin1String("uami")) {
        const Resource *r = findResource(name, ResourceType::userAssignedIdentity());
        return r ? r->principalId : QString();
    }
    if (kind == QLatin1String("user")) {
        if (const Principal *p = m_directory.findUser(name))
            return p->objectId;
        const Principal *p = m_directory.findByDisplayName(name, PrincipalType::User);
        return p ? p->objectId : QString();
    }
    if (kind == QLatin1String("group")) {
        const Principal *p = m_directory.findByDisplayName(name, PrincipalType::Group);
        return p ? p->objectId : QString();
    }
    if (kind == QLatin1String("app")) {
        const Principal *p = m_directory.findByDisplayName(name, PrincipalType::ServicePrincipal);
        return p ? p->objectId : QString();
    }
    if (const Principal *p = m_directory.find(ref))
        return p->objectId;
    if (const Principal *p = m_directory.findByAppId(ref))
        return p->objectId;
    if (const Principal *p = m_directory.findUser(ref))
        return p->objectId;
    // A GUID that is not (or no longer) in the directory is still a valid reference for orphan scenarios.
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$"));
    return guid.match(ref).hasMatch() ? ref.toLower() : QString();
}

QString World::resolveScope(const QString &reference) const
{
    const QString ref = expandPlaceholders(reference.trimmed());
    if (ref.startsWith(QLatin1Char('/')))
        return ref;
    if (ref.compare(QLatin1String("subscription"), Qt::CaseInsensitive) == 0)
        return subscriptionScope();
    if (ref.startsWith(QLatin1String("resourceGroup:"), Qt::CaseInsensitive)) {
        const ResourceGroup *g = resourceGroup(ref.mid(14));
        return g ? g->id : QString();
    }
    if (ref.startsWith(QLatin1String("resource:"), Qt::CaseInsensitive)) {
        const QString rest = ref.mid(9);
        const int slash = int(rest.indexOf(QLatin1Char('/')));
        const Resource *r = findResource(slash < 0 ? rest : rest.left(slash));
        if (!r)
            return {};
        return slash < 0 ? r->id : r->id + rest.mid(slash);
    }
    return {};
}

QMap<QString, QString> World::environment(const QString &resourceId)
{
    QMap<QString, QString> env;
    const Resource *r = resource(resourceId);
    if (!r)
        return env;
    const QStringList names = r->appSettings.keys();
    for (const QString &name : names) {
        const QString value = r->appSettings.value(name);
        if (r->isSite() && KeyVaultReference::parse(value).isReference)
            env.insert(name, resolveReference(resourceId, name).value);
        else
            env.insert(name, value);
    }
    r = resource(resourceId); // resolution may have detached the map
    if (r->isSite()) {
        env.insert(QStringLiteral("WEBSITE_SITE_NAME"), r->name);
        if (!r->identity.isNone() && !r->appSettings.contains(QStringLiteral("WEBSITE_DISABLE_MSI"))) {
            env.insert(QStringLiteral("IDENTITY_ENDPOINT"), IdentityEndpoint::appServiceEndpoint());
            env.insert(QStringLiteral("IDENTITY_HEADER"), r->identityHeader);
            env.insert(QStringLiteral("MSI_ENDPOINT"), IdentityEndpoint::appServiceEndpoint());
            env.insert(QStringLiteral("MSI_SECRET"), r->identityHeader);
        }
    }
    return env;
}

ReferenceResolution World::resolveReference(const QString &siteId, const QString &settingName)
{
    Resource *site = mutableResource(siteId);
    ReferenceResolution res;
    if (!site)
        return res;
    const QString literal = site->appSettings.value(settingName);
    auto cached = site->references.constFind(settingName);
    if (cached != site->references.constEnd() && now() < cached->resolvedAt + m_settings.referenceRefreshSeconds)
        return *cached;

    res.value = literal;
    res.resolvedAt = now();
    const KeyVaultReference ref = KeyVaultReference::parse(literal);
    const QString idRef = site->keyVaultReferenceIdentity;
    const bool useSystem = idRef.isEmpty() || idRef.compare(QLatin1String("SystemAssigned"), Qt::CaseInsensitive) == 0;
    res.identity = useSystem ? QStringLiteral("SystemAssigned") : idRef;
    const Principal *identity = nullptr;
    if (useSystem) {
        if (site->identity.systemAssigned)
            identity = m_directory.find(site->identity.principalId);
    } else {
        for (const QString &u : site->identity.userAssigned) {
            if (ArmId::key(u) == ArmId::key(idRef)) {
                if (const Resource *ur = resource(u))
                    identity = m_directory.find(ur->principalId);
            }
        }
    }
    TraceEvent ev;
    ev.kind = TraceKind::SettingResolved;
    ev.from = site->name;
    ev.fromId = site->id;
    ev.summary = QStringLiteral("Key Vault reference %1").arg(settingName);
    const Resource *vault = ref.valid ? findResource(ref.vaultName, ResourceType::keyVault()) : nullptr;
    if (!ref.valid) {
        res.status = QStringLiteral("InvalidSyntax");
        res.details = QStringLiteral("The value is not a valid @Microsoft.KeyVault(...) reference.");
    } else if (!identity) {
        res.status = QStringLiteral("MSINotEnabled");
        res.details =
            useSystem ? QStringLiteral("The app has no system-assigned identity to resolve the reference with.")
                      : QStringLiteral("keyVaultReferenceIdentity names an identity that is not attached to the app.");
    } else if (!vault) {
        res.status = QStringLiteral("VaultNotFound");
        res.details = QStringLiteral("No key vault named '%1'.").arg(ref.vaultName);
    } else {
        ev.to = vault->name;
        ev.toId = vault->id;
        TokenService::ManagedIdentityRequest tr;
        tr.identity = identity;
        tr.resource = QStringLiteral("https://vault.azure.net");
        tr.managedIdentityResourceId = identity->managedIdentityResourceId;
        tr.groups = m_directory.groupsOf(identity->objectId);
        tr.now = now();
        tr.lifetime = m_settings.managedIdentityTokenLifetimeSeconds;
        const IssuedToken token = m_tokens.managedIdentityToken(tr);
        const TokenCheck check = m_tokens.verify(token.accessToken, KeyVaultService::audiences(), tenantId(), now());
        const AccessDecision decision =
            KeyVaultService::authorize(*this, *vault, check, QStringLiteral("get"), ref.secretName);
        ev.details.insertLater(QStringLiteral("decision"), [decision] { return QJsonValue(decision.toJson()); });
        ev.details.insert(QStringLiteral("tokenFromCache"), token.fromCache);
        const Secret *secret = nullptr;
        auto sit = vault->secrets.constFind(ref.secretName.toLower());
        if (sit != vault->secrets.constEnd() && !sit->deleted)
            secret = &*sit;
        if (!decision.allowed) {
            res.status = QStringLiteral("AccessToKeyVaultDenied");
            res.details = decision.explanation;
        } else if (!secret || !secret->current()) {
            res.status = QStringLiteral("SecretNotFound");
            res.details = QStringLiteral("No secret named '%1' in %2.").arg(ref.secretName, vault->name);
        } else if (!ref.version.isEmpty() && !secret->version(ref.version)) {
            res.status = QStringLiteral("SecretVersionNotFound");
            res.details = QStringLiteral("Secret '%1' has no version '%2'.").arg(ref.secretName, ref.version);
        } else {
            res.status = QStringLiteral("Resolved");
            res.value = ref.version.isEmpty() ? secret->current()->value : secret->version(ref.version)->value;
        }
    }
    ev.errorCode = res.status == QLatin1String("Resolved") ? QString() : res.status;
    ev.explanation =
        res.status == QLatin1String("Resolved")
            ? QStringLiteral("The platform read the secret with the app's identity (%1).").arg(res.identity)
            : QStringLiteral("Not resolved (%1): %2 The app sees the literal reference text.")
                  .arg(res.status, res.details);
    ev.details.insert(QStringLiteral("setting"), settingName);
    ev.details.insert(QStringLiteral("status"), res.status);
    record(ev);
    site = mutableResource(siteId);
    site->references.insert(settingName, res);
    return res;
}

bool World::imdsAdmit(const QString &vmId)
{
    const QString k = ArmId::key(vmId);
    if (m_imdsWindow.value(k, -1) != now()) {
        m_imdsWindow.insert(k, now());
        m_imdsCount.insert(k, 0);
    }
    return ++m_imdsCount[k] <= m_settings.imdsRequestsPerSecond;
}

QString World::nodeName(const QString &resourceId) const
{
    const Resource *r = resource(resourceId);
    return r ? r->name : QStringLiteral("laptop");
}

IssuedToken World::learnerToken(const QString &resourceUri)
{
    const Principal *user = learner();
    if (!user || !m_settings.learnerSignedIn)
        return {};
    if (!IdentityEndpoint::unknownResourceError(*this, resourceUri).isEmpty())
        return {};
    return m_tokens.userToken(*user, resourceUri, m_directory.groupsOf(user->objectId), now(),
                              m_settings.userTokenLifetimeSeconds);
}

ControlPlane World::controlPlane(const QString &callerObjectId)
{
    return ControlPlane(*this, callerObjectId.isEmpty() ? m_learnerId : callerObjectId);
}

HttpResponse World::send(const HttpRequest &request, const Origin &origin)
{
    const QString host = request.host();
    const Resource *from = origin.isLaptop() ? nullptr : resource(origin.resourceId);
    auto noResponse = [&](const QString &why) {
        TraceEvent ev;
        ev.kind = TraceKind::Response;
        ev.from = from ? from->name : QStringLiteral("laptop");
        ev.fromId = from ? from->id : QString();
        ev.to = host;
        ev.method = request.method;
        ev.url = request.url;
        ev.errorCode = QStringLiteral("NoResponse");
        ev.summary = request.summary() + QStringLiteral(" -> no response");
        ev.explanation = why;
        record(ev);
        return HttpResponse::failure(why);
    };
    if (host == IdentityEndpoint::imdsHost()) {
        if (!from || !from->isVirtualMachine())
            return noResponse(
                QStringLiteral("Connection timed out: 169.254.169.254 (IMDS) is only reachable from inside "
                               "an Azure VM."));
        return IdentityEndpoint::handleImds(*this, *from, request);
    }
    if (host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1")) {
        const QUrl endpoint(IdentityEndpoint::appServiceEndpoint());
        if (from && from->isSite() && !from->identity.isNone() &&
            !from->appSettings.contains(QStringLiteral("WEBSITE_DISABLE_MSI")) &&
            request.parsedUrl().port(80) == endpoint.port() &&
            request.path().compare(endpoint.path(), Qt::CaseInsensitive) == 0)
            return IdentityEndpoint::handleAppService(*this, *from, request);
        return noResponse(QStringLiteral("Connection refused: nothing listens on %1 here.")
                              .arg(request.parsedUrl().toString(QUrl::RemoveQuery | QUrl::RemovePath)));
    }
    if (host == QLatin1String("management.azure.com"))
        return ArmService::handle(*this, request, origin);
    if (const Resource *target = resourceByHost(host)) {
        if (target->isKeyVault())
            return KeyVaultService::handle(*this, *target, request, origin);
        if (target->isStorageAccount())
            return BlobService::handle(*this, *target, request, origin);
        if (target->isCosmosAccount())
            return CosmosService::handle(*this, *target, request, origin);
        if (target->isSite()) {
            // Invoking the app over HTTP runs its code (a Function trigger / a web request).
            const QString siteId = target->id;
            const WorkloadResult result = WorkloadRunner(*this).run(siteId);
            QJsonObject body = result.toJson();
            body.remove(QStringLiteral("trace"));
            return HttpResponse::json(result.ok() ? 200 : 500, body);
        }
    }
    return noResponse(QStringLiteral("Could not resolve host: %1").arg(host));
}

} // namespace Keyless::Sim
