// World::fromJson / toJson and WorldSettings JSON (format documented in app/sim/README.md).
#include "sim/armid.h"
#include "sim/controlplane.h"
#include "sim/ids.h"
#include "sim/world.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Keyless::Sim {

namespace {
QString s(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

QJsonObject WorldSettings::toJson() const
{
    return {{s("propagationDelaySeconds"), propagationDelaySeconds},
            {s("managedIdentityTokenLifetimeSeconds"), managedIdentityTokenLifetimeSeconds},
            {s("userTokenLifetimeSeconds"), userTokenLifetimeSeconds},
            {s("referenceRefreshSeconds"), referenceRefreshSeconds},
            {s("imdsRequestsPerSecond"), imdsRequestsPerSecond},
            {s("startTime"), Clock::iso(startTime)},
            {s("location"), location},
            {s("tenantDomain"), tenantDomain},
            {s("subscriptionName"), subscriptionName},
            {s("learnerUserPrincipalName"), learnerUserPrincipalName},
            {s("learnerDisplayName"), learnerDisplayName},
            {s("learnerSignedIn"), learnerSignedIn}};
}

WorldSettings WorldSettings::fromJson(const QJsonObject &o, QStringList *errors)
{
    WorldSettings w;
    auto num = [&](const char *key, qint64 &target) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble() || v.toDouble() < 0) {
            if (errors)
                *errors << QStringLiteral("settings.%1: expected a non-negative number").arg(QLatin1String(key));
            return;
        }
        target = qint64(v.toDouble());
    };
    num("propagationDelaySeconds", w.propagationDelaySeconds);
    num("managedIdentityTokenLifetimeSeconds", w.managedIdentityTokenLifetimeSeconds);
    num("userTokenLifetimeSeconds", w.userTokenLifetimeSeconds);
    num("referenceRefreshSeconds", w.referenceRefreshSeconds);
    qint64 rate = w.imdsRequestsPerSecond;
    num("imdsRequestsPerSecond", rate);
    w.imdsRequestsPerSecond = int(rate);
    if (o.contains(s("startTime"))) {
        const QJsonValue v = o.value(s("startTime"));
        // A double past the clock's end is refused before it is cast (a cast out of range is undefined).
        const bool inRange = !v.isDouble() || (v.toDouble() >= 0 && v.toDouble() <= double(Clock::MaxSeconds));
        w.startTime = !inRange ? -1 : v.isDouble() ? qint64(v.toDouble()) : Clock::parseIso(v.toString(), -1);
        if (w.startTime < 0 || w.startTime > Clock::MaxSeconds) {
            if (errors)
                *errors << QStringLiteral("settings.startTime: expected ISO 8601 time or Unix seconds before %1")
                               .arg(Clock::iso(Clock::MaxSeconds));
            w.startTime = Clock::DefaultStart;
        }
    }
    w.location = o.value(s("location")).toString(w.location);
    w.tenantDomain = o.value(s("tenantDomain")).toString(w.tenantDomain);
    w.subscriptionName = o.value(s("subscriptionName")).toString(w.subscriptionName);
    w.learnerUserPrincipalName = o.value(s("learnerUserPrincipalName")).toString(w.learnerUserPrincipalName);
    w.learnerDisplayName = o.value(s("learnerDisplayName")).toString(w.learnerDisplayName);
    w.learnerSignedIn = o.value(s("learnerSignedIn")).toBool(w.learnerSignedIn);
    return w;
}

WorldLoadResult World::fromJson(const QJsonObject &object)
{
    QStringList errors;
    WorldSettings settings = WorldSettings::fromJson(object.value(s("settings")).toObject(), &errors);
    if (object.contains(s("seed")))
        settings.seed = object.value(s("seed")).toVariant().toString();
    const qint64 delay = settings.propagationDelaySeconds;
    settings.propagationDelaySeconds = 0; // seeded state is in effect at start
    World w(settings);
    ControlPlane cp = w.controlPlane();
    auto fail = [&errors](const QString &where, const QString &what) {
        errors << where + QStringLiteral(": ") + what;
    };

    // users and applications (API service principals)
    const QJsonArray users = object.value(s("users")).toArray();
    for (int i = 0; i < users.size(); ++i) {
        const QJsonObject u = users.at(i).toObject();
        Principal p;
        p.displayName = u.value(s("name")).toString(u.value(s("displayName")).toString());
        p.userPrincipalName =
            u.value(s("userPrincipalName")).toString(p.displayName + QLatin1Char('@') + w.directory().domain);
        p.objectId = u.value(s("objectId")).toString(w.deriveId({s("user"), p.userPrincipalName.toLower()}));
        p.type = PrincipalType::User;
        if (p.displayName.isEmpty())
            fail(QStringLiteral("users[%1]").arg(i), s("a user needs a name"));
        else
            w.directory().add(p);
    }
    const QJsonArray apps = object.value(s("applications")).toArray();
    for (int i = 0; i < apps.size(); ++i) {
        const QJsonObject a = apps.at(i).toObject();
        Principal p;
        p.displayName = a.value(s("name")).toString();
        p.objectId = a.value(s("objectId")).toString(w.deriveId({s("app-principal"), p.displayName.toLower()}));
        p.appId = a.value(s("appId")).toString(w.deriveId({s("app-client"), p.displayName.toLower()}));
        p.type = PrincipalType::ServicePrincipal;
        p.servicePrincipalType = s("Application");
        for (const QJsonValue &v : a.value(s("identifierUris")).toArray())
            p.identifierUris << v.toString();
        for (const QJsonValue &v : a.value(s("appRoles")).toArray())
            p.appRoles << v.toString();
        w.directory().add(p);
    }

    // resource groups (plus any a resource names)
    const QJsonArray groups = object.value(s("resourceGroups")).toArray();
    for (const QJsonValue &v : groups) {
        const QJsonObject g = v.toObject();
        w.putResourceGroup({g.value(s("name")).toString(), g.value(s("location")).toString(), {}, {}});
    }
    const QJsonArray resources = object.value(s("resources")).toArray();
    // UAMIs first: compute resources attach them by name.
    QList<int> order;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < resources.size(); ++i) {
            const bool uami = ResourceType::canonical(resources.at(i).toObject().value(s("type")).toString()) ==
                              ResourceType::userAssignedIdentity();
            if (uami == (pass == 0))
                order.append(i);
        }
    }
    for (int i : order) {
        const QJsonObject ro = resources.at(i).toObject();
        const QString where = QStringLiteral("resources[%1]").arg(i);
        const QString typeText = ro.value(s("type")).toString();
        QString type = ResourceType::canonical(typeText);
        const QString name = ro.value(s("name")).toString();
        QString rg = ro.value(s("resourceGroup")).toString(s("rg-keyless"));
        if (type.isEmpty()) {
            fail(where + s(".type"), QStringLiteral("unknown resource type '%1'").arg(typeText));
            continue;
        }
        if (name.isEmpty()) {
            fail(where + s(".name"), s("missing"));
            continue;
        }
        if (!w.resourceGroup(rg))
            w.putResourceGroup({rg, {}, {}, {}});
        QJsonObject props = ro.value(s("properties")).toObject();
        if (ro.contains(s("kind")))
            props.insert(s("kind"), ro.value(s("kind")));
        else if (typeText.compare(s("functionapp"), Qt::CaseInsensitive) == 0)
            props.insert(s("kind"), s("functionapp"));
        if (ro.contains(s("keyVaultReferenceIdentity"))) {
            const QString kvri = ro.value(s("keyVaultReferenceIdentity")).toString();
            const Resource *u = w.findResource(kvri, ResourceType::userAssignedIdentity());
            props.insert(s("keyVaultReferenceIdentity"), u ? u->id : kvri);
        }
        const ArmResult created = cp.createResource(type, rg, name, props, ro.value(s("location")).toString());
        if (!created.ok()) {
            fail(where, created.message);
            continue;
        }
        const QString id = created.body.toObject().value(s("id")).toString();
        // identity block
        const QJsonObject ident = ro.value(s("identity")).toObject();
        const QString identType = ident.value(s("type")).toString(s("None"));
        QStringList refs;
        if (identType.contains(s("SystemAssigned"), Qt::CaseInsensitive))
            refs << s("[system]");
        const QJsonValue uamis = ident.value(s("userAssignedIdentities"));
        const QStringList uamiRefs = uamis.isArray() ? [&] {
            QStringList l;
            for (const QJsonValue &v : uamis.toArray())
                l << v.toString();
            return l;
        }()
                                                     : uamis.toObject().keys();
        refs += uamiRefs;
        if (!refs.isEmpty()) {
            const ArmResult ar = cp.assignIdentity(id, refs);
            if (!ar.ok())
                fail(where + s(".identity"), ar.message);
        }
        Resource *res = w.mutableResource(id);
        // site data
        const QJsonObject settingsObj = ro.value(s("appSettings")).toObject();
        for (auto it = settingsObj.begin(); it != settingsObj.end(); ++it)
            res->appSettings.insert(it.key(), it.value().toVariant().toString());
        if (ro.contains(s("workload"))) {
            QString err;
            res->workload = Workload::fromJson(ro.value(s("workload")), &err);
            if (!err.isEmpty())
                fail(where + s(".workload"), err);
        }
        // key vault
        for (const QJsonValue &v : props.value(s("accessPolicies")).toArray()) {
            AccessPolicy p = AccessPolicy::fromJson(v.toObject());
            const QString oid = w.resolvePrincipal(p.objectId);
            if (oid.isEmpty()) {
                fail(where + s(".accessPolicies"), QStringLiteral("unknown principal '%1'").arg(p.objectId));
                continue;
            }
            p.objectId = oid;
            p.tenantId = w.tenantId();
            res = w.mutableResource(id);
            res->accessPolicies.append(p);
        }
        res = w.mutableResource(id);
        for (const QJsonValue &v : ro.value(s("secrets")).toArray()) {
            const QJsonObject so = v.toObject();
            const QString sname = so.value(s("name")).toString();
            Secret &sec = res->secrets[sname.toLower()];
            sec.name = sname;
            QStringList values;
            if (so.contains(s("versions"))) {
                for (const QJsonValue &x : so.value(s("versions")).toArray())
                    values << x.toString();
            } else {
                values << so.value(s("value")).toString();
            }
            for (const QString &value : values) {
                SecretVersion sv;
                sv.version = Ids::hex(
                    w.seed(),
                    {s("secret-version"), ArmId::key(id), sname.toLower(), QString::number(sec.versions.size())}, 16);
                sv.value = value;
                sv.created = w.now();
                sv.contentType = so.value(s("contentType")).toString();
                sec.versions.append(sv);
            }
        }
        // storage
        for (const QJsonValue &v : ro.value(s("containers")).toArray()) {
            const QJsonObject co = v.toObject();
            BlobContainer c;
            c.name = co.value(s("name")).toString();
            for (const QJsonValue &b : co.value(s("blobs")).toArray()) {
                Blob blob;
                blob.name = b.toObject().value(s("name")).toString();
                blob.content = b.toObject().value(s("content")).toString().toUtf8();
                blob.contentType = b.toObject().value(s("contentType")).toString(s("text/plain"));
                blob.lastModified = w.now();
                blob.etag = Ids::blobEtag(w.seed(), {s("etag"), res->name, c.name, blob.name});
                c.blobs.insert(blob.name, blob);
            }
            res->containers.insert(c.name, c);
        }
        // cosmos
        for (const QJsonValue &v : ro.value(s("databases")).toArray()) {
            const QJsonObject dbo = v.toObject();
            CosmosDatabase db;
            db.name = dbo.value(s("name")).toString();
            for (const QJsonValue &cv : dbo.value(s("containers")).toArray()) {
                const QJsonObject co = cv.toObject();
                CosmosContainer c;
                c.name = co.value(s("name")).toString();
                c.partitionKeyPath = co.value(s("partitionKey")).toString(s("/id"));
                for (const QJsonValue &item : co.value(s("items")).toArray())
                    c.items.insert(item.toObject().value(s("id")).toString(), item.toObject());
                db.containers.insert(c.name, c);
            }
            res->databases.insert(db.name, db);
        }
        for (const QJsonValue &v : ro.value(s("sqlRoleDefinitions")).toArray()) {
            const ArmResult ar = cp.createCosmosSqlRoleDefinition(id, v.toObject());
            if (!ar.ok())
                fail(where + s(".sqlRoleDefinitions"), ar.message);
        }
    }
    // Key placeholders in app settings, now that every account exists:
    // {primaryKey:<account>}, {connectionString:<account>} (storage or Cosmos DB).
    for (const Resource *site : w.resources(ResourceType::site())) {
        Resource *m = w.mutableResource(site->id);
        for (auto it = m->appSettings.begin(); it != m->appSettings.end(); ++it)
            it.value() = w.expandKeyPlaceholders(it.value());
    }
    // groups after resources: members may be managed identities
    const QJsonArray dirGroups = object.value(s("groups")).toArray();
    for (int i = 0; i < dirGroups.size(); ++i) {
        const QJsonObject g = dirGroups.at(i).toObject();
        const ArmResult gr = cp.createGroup(g.value(s("name")).toString());
        const QString gid = gr.body.toObject().value(s("id")).toString();
        for (const QJsonValue &m : g.value(s("members")).toArray()) {
            const QString oid = w.resolvePrincipal(m.toString());
            if (oid.isEmpty() || !w.directory().addMember(gid, oid))
                fail(QStringLiteral("groups[%1].members").arg(i),
                     QStringLiteral("unknown principal '%1'").arg(m.toString()));
        }
    }
    // Cosmos SQL role assignments (need principals)
    for (int i : order) {
        const QJsonObject ro = resources.at(i).toObject();
        const QJsonArray sqlAssignments = ro.value(s("sqlRoleAssignments")).toArray();
        if (sqlAssignments.isEmpty())
            continue;
        const Resource *acct = w.findResource(ro.value(s("name")).toString(), ResourceType::cosmosAccount());
        if (!acct)
            continue;
        const QString acctId = acct->id;
        for (const QJsonValue &v : sqlAssignments) {
            const QJsonObject a = v.toObject();
            const QString oid =
                w.resolvePrincipal(a.value(s("principal")).toString(a.value(s("principalId")).toString()));
            if (oid.isEmpty()) {
                fail(QStringLiteral("resources[%1].sqlRoleAssignments").arg(i), s("unknown principal"));
                continue;
            }
            const ArmResult ar = cp.createCosmosSqlRoleAssignment(
                acctId, oid, a.value(s("roleDefinitionId")).toString(a.value(s("role")).toString()),
                a.value(s("scope")).toString(s("/")), a.value(s("id")).toString());
            if (!ar.ok())
                fail(QStringLiteral("resources[%1].sqlRoleAssignments").arg(i), ar.message);
        }
    }
    // Azure role assignments
    const QJsonArray assignments = object.value(s("roleAssignments")).toArray();
    for (int i = 0; i < assignments.size(); ++i) {
        const QJsonObject a = assignments.at(i).toObject();
        const QString where = QStringLiteral("roleAssignments[%1]").arg(i);
        const QString principalRef = a.value(s("principal")).toString(a.value(s("principalId")).toString());
        const QString oid = w.resolvePrincipal(principalRef);
        const QString scope = w.resolveScope(a.value(s("scope")).toString());
        if (oid.isEmpty()) {
            fail(where + s(".principal"), QStringLiteral("unknown principal '%1'").arg(principalRef));
            continue;
        }
        if (scope.isEmpty()) {
            fail(where + s(".scope"), QStringLiteral("unknown scope '%1'").arg(a.value(s("scope")).toString()));
            continue;
        }
        if (!w.directory().contains(oid)) {
            // orphaned on purpose (principal id of a deleted identity)
            const RoleDefinition *def = w.authorization().findDefinition(a.value(s("role")).toString());
            if (!def) {
                fail(where + s(".role"), s("unknown role"));
                continue;
            }
            RoleAssignment ra;
            ra.name = a.value(s("name")).toString(w.deriveId({s("roleAssignment"), ArmId::key(scope), oid, def->name}));
            ra.scope = scope;
            ra.roleDefinitionId = def->name;
            ra.principalId = oid;
            ra.createdAt = ra.effectiveAt = w.now();
            w.authorization().add(ra);
            continue;
        }
        RoleAssignmentSpec spec;
        spec.assignee = oid;
        spec.role = a.value(s("role")).toString(a.value(s("roleDefinitionId")).toString());
        spec.scope = scope;
        spec.name = a.value(s("name")).toString();
        spec.description = a.value(s("description")).toString();
        const ArmResult ar = cp.createRoleAssignment(spec);
        if (!ar.ok()) {
            fail(where, ar.message);
            continue;
        }
        if (a.contains(s("ageSeconds"))) {
            // An assignment made ageSeconds before the start: still propagating if younger than the delay.
            const qint64 age = qint64(a.value(s("ageSeconds")).toDouble());
            RoleAssignment ra = *w.authorization().find(ar.body.toObject().value(s("name")).toString());
            ra.createdAt = w.now() - age;
            ra.effectiveAt = ra.createdAt + delay;
            w.authorization().add(ra);
        }
    }
    w.m_settings.propagationDelaySeconds = delay;
    w.m_trace.clear();
    return WorldLoadResult{w, errors};
}

QJsonObject World::toJson() const
{
    ControlPlane cp(const_cast<World &>(*this), m_learnerId);
    QJsonObject o;
    o.insert(s("seed"), m_settings.seed);
    o.insert(s("settings"), m_settings.toJson());
    o.insert(s("clock"), Clock::iso(m_clock.now()));
    o.insert(s("tenantId"), tenantId());
    o.insert(s("subscriptionId"), m_subscriptionId);
    QJsonArray groups;
    for (const ResourceGroup &g : m_groups)
        groups.append(QJsonObject{{s("name"), g.name}, {s("location"), g.location}});
    o.insert(s("resourceGroups"), groups);
    QJsonArray principals;
    const QList<Principal> all = m_directory.principals();
    for (const Principal &p : all) {
        QJsonObject pj = p.toJson();
        if (p.type == PrincipalType::Group)
            pj.insert(s("members"), QJsonArray::fromStringList(m_directory.members(p.objectId)));
        principals.append(pj);
    }
    o.insert(s("directory"), principals);
    QJsonArray resources;
    for (const Resource &r : m_resources) {
        QJsonObject rj = cp.resourceJson(r.id);
        if (r.isCompute() && !r.identity.isNone()) {
            QJsonObject ident{{s("type"), r.identity.typeString()},
                              {s("userAssignedIdentities"), QJsonArray::fromStringList(r.identity.userAssigned)}};
            if (r.identity.systemAssigned) {
                ident.insert(s("principalId"), r.identity.principalId);
                ident.insert(s("clientId"), r.identity.clientId);
            }
            rj.insert(s("identity"), ident);
        }
        if (!r.appSettings.isEmpty()) {
            QJsonObject st;
            for (auto it = r.appSettings.cbegin(); it != r.appSettings.cend(); ++it)
                st.insert(it.key(), it.value());
            rj.insert(s("appSettings"), st);
        }
        if (!r.workload.isEmpty())
            rj.insert(s("workload"), r.workload.toJson());
        if (!r.secrets.isEmpty()) {
            QJsonArray secrets;
            for (const Secret &sec : r.secrets) {
                QJsonArray versions;
                for (const SecretVersion &v : sec.versions)
                    versions.append(v.value);
                secrets.append(
                    QJsonObject{{s("name"), sec.name}, {s("versions"), versions}, {s("deleted"), sec.deleted}});
            }
            rj.insert(s("secrets"), secrets);
        }
        if (!r.containers.isEmpty()) {
            QJsonArray containers;
            for (const BlobContainer &c : r.containers) {
                QJsonArray blobs;
                for (const Blob &b : c.blobs)
                    blobs.append(QJsonObject{{s("name"), b.name},
                                             {s("content"), QString::fromUtf8(b.content)},
                                             {s("contentType"), b.contentType}});
                containers.append(QJsonObject{{s("name"), c.name}, {s("blobs"), blobs}});
            }
            rj.insert(s("containers"), containers);
        }
        if (!r.databases.isEmpty()) {
            QJsonArray dbs;
            for (const CosmosDatabase &d : r.databases) {
                QJsonArray cs;
                for (const CosmosContainer &c : d.containers) {
                    QJsonArray items;
                    for (const QJsonObject &item : c.items)
                        items.append(item);
                    cs.append(
                        QJsonObject{{s("name"), c.name}, {s("partitionKey"), c.partitionKeyPath}, {s("items"), items}});
                }
                dbs.append(QJsonObject{{s("name"), d.name}, {s("containers"), cs}});
            }
            rj.insert(s("databases"), dbs);
        }
        if (!r.sqlRoleAssignments.isEmpty()) {
            QJsonArray sa;
            for (const SqlRoleAssignment &a : r.sqlRoleAssignments)
                sa.append(QJsonObject{{s("id"), a.id},
                                      {s("principalId"), a.principalId},
                                      {s("roleDefinitionId"), a.roleDefinitionId},
                                      {s("scope"), a.scope},
                                      {s("effectiveAt"), Clock::iso(a.effectiveAt)}});
            rj.insert(s("sqlRoleAssignments"), sa);
        }
        resources.append(rj);
    }
    o.insert(s("resources"), resources);
    QJsonArray assignments;
    const QList<RoleAssignment> list = m_authorization.assignments();
    for (const RoleAssignment &a : list) {
        QJsonObject aj = cp.roleAssignmentJson(a.name);
        aj.insert(s("effectiveAt"), Clock::iso(a.effectiveAt));
        assignments.append(aj);
    }
    o.insert(s("roleAssignments"), assignments);
    return o;
}

} // namespace Keyless::Sim
