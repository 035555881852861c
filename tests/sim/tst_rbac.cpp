// Azure RBAC: built-in role data, wildcard matching, scope inheritance, Not* subtraction, data vs control plane,
// groups, propagation, explanations (facts §4).
#include "sim/armid.h"
#include "sim/authorization.h"
#include "simtestutil.h"

using namespace SimTest;

class TstRbac : public QObject
{
    Q_OBJECT
private slots:
    void builtInRoles_data();
    void builtInRoles();
    void queueAndTableRolesGrantTheirDataActions_data();
    void queueAndTableRolesGrantTheirDataActions();
    void operationMatching_data();
    void operationMatching();
    void evaluation_data();
    void evaluation();
    void groupsCount();
    void propagationDelay();
    void explanationNamesRoleAndAction();
    void ancestorsAndCaseInsensitiveScopes();
    void controlPlaneErrors_data();
    void controlPlaneErrors();
    void listingAndOrphans();
};

void TstRbac::builtInRoles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("guid");
    // GUIDs from facts §4.8 (and §6.2 for Key Vault Contributor)
    QTest::newRow("Owner") << "Owner"
                           << "8e3af657-a8ff-443c-a75c-2fe8c4bcb635";
    QTest::newRow("Contributor") << "Contributor"
                                 << "b24988ac-6180-42a0-ab88-20f7382dd24c";
    QTest::newRow("Reader") << "Reader"
                            << "acdd72a7-3385-48ef-bd42-f606fba81ae7";
    QTest::newRow("UAA") << "User Access Administrator"
                         << "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9";
    QTest::newRow("RBAC Admin") << "Role Based Access Control Administrator"
                                << "f58310d9-a9f6-439a-9e8d-f62e7b41a168";
    QTest::newRow("KV Admin") << "Key Vault Administrator"
                              << "00482a5a-887f-4fb3-b363-3b7fe8e74483";
    QTest::newRow("KV Reader") << "Key Vault Reader"
                               << "21090545-7ca7-4776-b22c-e363652d74d2";
    QTest::newRow("KV Secrets Officer") << "Key Vault Secrets Officer"
                                        << "b86a8fe4-44ce-4948-aee5-eccb2c155cd7";
    QTest::newRow("KV Secrets User") << "Key Vault Secrets User"
                                     << "4633458b-17de-408a-b874-0445c86b69e6";
    QTest::newRow("KV Contributor") << "Key Vault Contributor"
                                    << "f25e0fa2-a7c8-4377-a976-54943a77a395";
    QTest::newRow("Blob Reader") << "Storage Blob Data Reader"
                                 << "2a2b9908-6ea1-4ae2-8e65-a410df84e7d1";
    QTest::newRow("Blob Contributor") << "Storage Blob Data Contributor"
                                      << "ba92f5b4-2d11-453d-a403-e96b0029c9fe";
    QTest::newRow("Blob Owner") << "Storage Blob Data Owner"
                                << "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    QTest::newRow("Queue Contributor") << "Storage Queue Data Contributor"
                                       << "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    // Ids and permissions from azure-docs built-in-roles/storage.md (facts §4.8 lists the ids).
    QTest::newRow("Queue Reader") << "Storage Queue Data Reader"
                                  << "19e7f393-937e-4f77-808e-94535e297925";
    QTest::newRow("Queue Sender") << "Storage Queue Data Message Sender"
                                  << "c6a89b2d-59bc-44d0-9896-0f6e12d7b80a";
    QTest::newRow("Queue Processor") << "Storage Queue Data Message Processor"
                                     << "8a0f0c08-91a1-4084-bc3d-661d67233fed";
    QTest::newRow("Table Contributor") << "Storage Table Data Contributor"
                                       << "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";
    QTest::newRow("Table Reader") << "Storage Table Data Reader"
                                  << "76199698-9eea-4c19-bc75-cec21354c6b6";
    QTest::newRow("Account Contributor") << "Storage Account Contributor"
                                         << "17d1049b-9a84-46fb-8f53-869881c3d3ab";
    QTest::newRow("Cosmos Account Reader") << "Cosmos DB Account Reader Role"
                                           << "fbdf93bf-df7d-467e-a4d2-9458aa1360c8";
    QTest::newRow("DocumentDB Contributor") << "DocumentDB Account Contributor"
                                            << "5bd9cd88-fe45-4216-938b-f97437e15450";
    QTest::newRow("Cosmos Operator") << "Cosmos DB Operator"
                                     << "230815da-be43-4aae-9cb4-875f7bd000aa";
    QTest::newRow("MI Operator") << "Managed Identity Operator"
                                 << "f1a07417-d97a-45cb-824c-7a7467783830";
    QTest::newRow("MI Contributor") << "Managed Identity Contributor"
                                    << "e40ec5ca-96e0-45a2-b4ff-59039f2c2b59";
}

void TstRbac::builtInRoles()
{
    QFETCH(QString, name);
    QFETCH(QString, guid);
    Authorization a;
    const RoleDefinition *byName = a.findDefinition(name);
    QVERIFY2(byName, qPrintable(name));
    QCOMPARE(byName->name, guid);
    QCOMPARE(byName->roleType, QStringLiteral("BuiltInRole"));
    QCOMPARE(a.findDefinition(guid), byName);
    QCOMPARE(
        a.findDefinition(QStringLiteral("/subscriptions/x/providers/Microsoft.Authorization/roleDefinitions/") + guid),
        byName);
}

// The queue roles split the message actions: a sender adds, a processor reads and processes, neither does the other's.
void TstRbac::queueAndTableRolesGrantTheirDataActions_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("dataAction");
    QTest::addColumn<bool>("granted");
    const QString q = QStringLiteral("Microsoft.Storage/storageAccounts/queueServices/queues/messages/");
    const QString t = QStringLiteral("Microsoft.Storage/storageAccounts/tableServices/tables/entities/");
    QTest::newRow("sender adds") << "Storage Queue Data Message Sender" << q + QLatin1String("add/action") << true;
    QTest::newRow("sender cannot read") << "Storage Queue Data Message Sender" << q + QLatin1String("read") << false;
    QTest::newRow("processor processes") << "Storage Queue Data Message Processor"
                                         << q + QLatin1String("process/action") << true;
    QTest::newRow("processor cannot add")
        << "Storage Queue Data Message Processor" << q + QLatin1String("add/action") << false;
    QTest::newRow("reader peeks") << "Storage Queue Data Reader" << q + QLatin1String("read") << true;
    QTest::newRow("reader cannot process")
        << "Storage Queue Data Reader" << q + QLatin1String("process/action") << false;
    QTest::newRow("table contributor updates")
        << "Storage Table Data Contributor" << t + QLatin1String("update/action") << true;
    QTest::newRow("table reader reads") << "Storage Table Data Reader" << t + QLatin1String("read") << true;
    QTest::newRow("account contributor: no data")
        << "Storage Account Contributor"
        << "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read" << false;
    QTest::newRow("table reader cannot write") << "Storage Table Data Reader" << t + QLatin1String("write") << false;
}

void TstRbac::queueAndTableRolesGrantTheirDataActions()
{
    QFETCH(QString, role);
    QFETCH(QString, dataAction);
    QFETCH(bool, granted);
    Authorization a;
    const RoleDefinition *definition = a.findDefinition(role);
    QVERIFY2(definition, qPrintable(role));
    QCOMPARE(definition->grants(dataAction, true), granted);
}

void TstRbac::operationMatching_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star") << "*"
                          << "Microsoft.Storage/storageAccounts/read" << true;
    QTest::newRow("*/read") << "*/read"
                            << "Microsoft.KeyVault/vaults/read" << true;
    QTest::newRow("*/read not write") << "*/read"
                                      << "Microsoft.KeyVault/vaults/write" << false;
    QTest::newRow("case-insensitive") << "Microsoft.DocumentDb/databaseAccounts/*"
                                      << "Microsoft.DocumentDB/databaseAccounts/listKeys/action" << true;
    QTest::newRow("middle wildcard") << "Microsoft.Authorization/*/Write"
                                     << "Microsoft.Authorization/roleAssignments/write" << true;
    QTest::newRow("middle wildcard miss") << "Microsoft.Authorization/*/Write"
                                          << "Microsoft.Authorization/roleAssignments/read" << false;
    QTest::newRow("kv */read data") << "Microsoft.KeyVault/vaults/*/read"
                                    << "Microsoft.KeyVault/vaults/secrets/getSecret/action" << false;
    QTest::newRow("exact") << "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"
                           << "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read" << true;
    QTest::newRow("prefix is not a match")
        << "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"
        << "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/readx" << false;
}

void TstRbac::operationMatching()
{
    QFETCH(QString, pattern);
    QFETCH(QString, operation);
    QFETCH(bool, matches);
    QCOMPARE(operationMatches(pattern, operation), matches);
}

void TstRbac::evaluation_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("assignedAt"); // sub | rg | kv | secret | other-rg
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("dataAction");
    QTest::addColumn<QString>("target"); // kv | secret | rg
    QTest::addColumn<bool>("allowed");
    const QString getSecret = QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action");
    const QString readMeta = QStringLiteral("Microsoft.KeyVault/vaults/secrets/readMetadata/action");
    QTest::newRow("Owner grants no data actions") << "Owner"
                                                  << "sub" << getSecret << true << "secret" << false;
    QTest::newRow("Contributor grants no data actions") << "Contributor"
                                                        << "rg" << getSecret << true << "secret" << false;
    QTest::newRow("Owner writes anything") << "Owner"
                                           << "sub"
                                           << "Microsoft.KeyVault/vaults/write" << false << "kv" << true;
    QTest::newRow("Contributor cannot assign roles (NotActions)")
        << "Contributor"
        << "sub"
        << "Microsoft.Authorization/roleAssignments/write" << false << "rg" << false;
    QTest::newRow("Contributor writes vaults") << "Contributor"
                                               << "rg"
                                               << "Microsoft.KeyVault/vaults/write" << false << "kv" << true;
    QTest::newRow("Reader reads") << "Reader"
                                  << "sub"
                                  << "Microsoft.KeyVault/vaults/read" << false << "kv" << true;
    QTest::newRow("Reader does not write") << "Reader"
                                           << "sub"
                                           << "Microsoft.KeyVault/vaults/write" << false << "kv" << false;
    QTest::newRow("Secrets User inherited from sub") << "Key Vault Secrets User"
                                                     << "sub" << getSecret << true << "secret" << true;
    QTest::newRow("Secrets User inherited from rg") << "Key Vault Secrets User"
                                                    << "rg" << getSecret << true << "secret" << true;
    QTest::newRow("Secrets User at vault") << "Key Vault Secrets User"
                                           << "kv" << getSecret << true << "secret" << true;
    QTest::newRow("Secrets User at the secret") << "Key Vault Secrets User"
                                                << "secret" << getSecret << true << "secret" << true;
    QTest::newRow("child scope does not cover the parent") << "Key Vault Secrets User"
                                                           << "secret" << readMeta << true << "kv" << false;
    QTest::newRow("other resource group does not cover") << "Key Vault Secrets User"
                                                         << "other-rg" << getSecret << true << "secret" << false;
    QTest::newRow("KV Reader reads metadata") << "Key Vault Reader"
                                              << "kv" << readMeta << true << "secret" << true;
    QTest::newRow("KV Reader cannot read values") << "Key Vault Reader"
                                                  << "kv" << getSecret << true << "secret" << false;
    QTest::newRow("KV Secrets Officer reads values") << "Key Vault Secrets Officer"
                                                     << "kv" << getSecret << true << "secret" << true;
    QTest::newRow("KV Contributor: management only") << "Key Vault Contributor"
                                                     << "kv" << getSecret << true << "secret" << false;
    QTest::newRow("data role is not a control-plane role")
        << "Key Vault Secrets User"
        << "kv"
        << "Microsoft.KeyVault/vaults/read" << false << "kv" << false;
}

void TstRbac::evaluation()
{
    QFETCH(QString, role);
    QFETCH(QString, assignedAt);
    QFETCH(QString, action);
    QFETCH(bool, dataAction);
    QFETCH(QString, target);
    QFETCH(bool, allowed);
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"},{"name":"rg2"}],
        "resources":[{"type":"identity","name":"id1","resourceGroup":"rg1"},{"type":"keyvault","name":"kv1","resourceGroup":"rg1"}]})J");
    const QString kv = idOf(w, "kv1");
    const QString secret = kv + QStringLiteral("/secrets/db");
    const QMap<QString, QString> scopes{{QStringLiteral("sub"), w.subscriptionScope()},
                                        {QStringLiteral("rg"), w.resourceGroup(QStringLiteral("rg1"))->id},
                                        {QStringLiteral("other-rg"), w.resourceGroup(QStringLiteral("rg2"))->id},
                                        {QStringLiteral("kv"), kv},
                                        {QStringLiteral("secret"), secret}};
    const QString oid = w.resolvePrincipal(QStringLiteral("uami:id1"));
    RoleAssignmentSpec spec;
    spec.assignee = oid;
    spec.role = role;
    spec.scope = scopes.value(assignedAt);
    QVERIFY(w.controlPlane().createRoleAssignment(spec).ok());
    AccessRequest req;
    req.principalId = oid;
    req.action = action;
    req.dataAction = dataAction;
    req.scope = target == QLatin1String("rg") ? scopes.value(QStringLiteral("rg")) : scopes.value(target);
    const AccessDecision d = w.authorization().check(req, w.now());
    QCOMPARE(d.allowed, allowed);
    QCOMPARE(d.considered.size(), assignedAt == QLatin1String("other-rg") ||
                                          (assignedAt == QLatin1String("secret") && target == QLatin1String("kv"))
                                      ? 0
                                      : 1);
    QVERIFY(d.explanation.startsWith(allowed ? QStringLiteral("allowed: ") : QStringLiteral("denied: ")));
}

void TstRbac::groupsCount()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
        "resources":[{"type":"identity","name":"id1","resourceGroup":"rg1"},{"type":"keyvault","name":"kv1","resourceGroup":"rg1"}],
        "groups":[{"name":"outer","members":[]},{"name":"readers","members":["uami:id1"]}],
        "roleAssignments":[{"principal":"group:outer","role":"Key Vault Secrets User","scope":"resource:kv1"}]})J");
    const QString oid = w.resolvePrincipal(QStringLiteral("uami:id1"));
    const QString outer = w.resolvePrincipal(QStringLiteral("group:outer"));
    const QString readers = w.resolvePrincipal(QStringLiteral("group:readers"));
    // nested: readers is a member of outer
    QVERIFY(w.directory().addMember(outer, readers));
    QCOMPARE(w.directory().groupsOf(oid), (QStringList{outer, readers}.size() == 2 ? [&] { QStringList l{outer, readers}; l.sort(); return l; }() : QStringList()));
    AccessRequest req;
    req.principalId = oid;
    req.action = QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action");
    req.dataAction = true;
    req.scope = idOf(w, "kv1") + QStringLiteral("/secrets/db");
    QVERIFY(!w.authorization().check(req, w.now()).allowed); // token without groups
    req.groupIds = w.directory().groupsOf(oid);
    const AccessDecision d = w.authorization().check(req, w.now());
    QVERIFY(d.allowed);
    QVERIFY(d.considered.first().viaGroup);
    QVERIFY(d.explanation.contains(QStringLiteral("through a group")));
}

void TstRbac::propagationDelay()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":300},"resourceGroups":[{"name":"rg1"}],
        "resources":[{"type":"identity","name":"id1","resourceGroup":"rg1"},{"type":"storage","name":"st1","resourceGroup":"rg1"}]})J");
    const QString oid = w.resolvePrincipal(QStringLiteral("uami:id1"));
    RoleAssignmentSpec spec{oid, QStringLiteral("Storage Blob Data Reader"), idOf(w, "st1"), {}, {}, {}};
    QVERIFY(w.controlPlane().createRoleAssignment(spec).ok());
    AccessRequest req{oid,
                      {},
                      QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"),
                      true,
                      idOf(w, "st1") + QStringLiteral("/blobServices/default/containers/c1")};
    AccessDecision d = w.authorization().check(req, w.now());
    QVERIFY(!d.allowed);
    QVERIFY(d.pendingPropagation);
    QVERIFY(d.considered.first().pending);
    w.advance(299);
    QVERIFY(!w.authorization().check(req, w.now()).allowed);
    w.advance(1);
    d = w.authorization().check(req, w.now());
    QVERIFY(d.allowed);
    QVERIFY(!d.pendingPropagation);
}

void TstRbac::explanationNamesRoleAndAction()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
        "resources":[{"type":"identity","name":"id1","resourceGroup":"rg1"},{"type":"storage","name":"st1","resourceGroup":"rg1"}],
        "roleAssignments":[{"principal":"uami:id1","role":"Contributor","scope":"resourceGroup:rg1"}]})J");
    AccessRequest req{w.resolvePrincipal(QStringLiteral("uami:id1")),
                      {},
                      QStringLiteral("Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read"),
                      true,
                      idOf(w, "st1")};
    const AccessDecision d = w.authorization().check(req, w.now());
    QVERIFY(!d.allowed);
    QCOMPARE(d.explanation,
             QStringLiteral("denied: Contributor at rg1: Contributor grants no data actions; needed data action "
                            "Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read on ") +
                 idOf(w, "st1"));
    QCOMPARE(d.toJson().value(QStringLiteral("considered")).toArray().size(), 1);
}

void TstRbac::ancestorsAndCaseInsensitiveScopes()
{
    QCOMPARE(ArmId::ancestorKeys(
                 QStringLiteral("/subscriptions/S/resourceGroups/RG/providers/Microsoft.KeyVault/vaults/KV")),
             (QStringList{QStringLiteral("/subscriptions/s/resourcegroups/rg/providers/microsoft.keyvault/vaults/kv"),
                          QStringLiteral("/subscriptions/s/resourcegroups/rg/providers/microsoft.keyvault/vaults"),
                          QStringLiteral("/subscriptions/s/resourcegroups/rg/providers/microsoft.keyvault"),
                          QStringLiteral("/subscriptions/s/resourcegroups/rg/providers"),
                          QStringLiteral("/subscriptions/s/resourcegroups/rg"),
                          QStringLiteral("/subscriptions/s/resourcegroups"), QStringLiteral("/subscriptions/s"),
                          QStringLiteral("/subscriptions"), QStringLiteral("/")}));
    QVERIFY(ArmId::covers(QStringLiteral("/subscriptions/s/resourcegroups/rg"),
                          QStringLiteral("/subscriptions/S/resourceGroups/RG/providers/x/y/z")));
    QVERIFY(!ArmId::covers(QStringLiteral("/subscriptions/s/resourcegroups/rg"),
                           QStringLiteral("/subscriptions/s/resourcegroups/rg2")));
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
        "resources":[{"type":"identity","name":"id1","resourceGroup":"rg1"},{"type":"keyvault","name":"kv1","resourceGroup":"rg1"}]})J");
    const QString oid = w.resolvePrincipal(QStringLiteral("uami:id1"));
    // ARM returns "resourcegroups" sometimes: an assignment spelled that way still applies
    RoleAssignmentSpec spec{oid,
                            QStringLiteral("Key Vault Secrets User"),
                            idOf(w, "kv1")
                                .replace(QStringLiteral("resourceGroups"), QStringLiteral("resourcegroups"))
                                .toUpper()
                                .replace(QStringLiteral("/SUBSCRIPTIONS/"), QStringLiteral("/subscriptions/")),
                            {},
                            {},
                            {}};
    QVERIFY(w.controlPlane().createRoleAssignment(spec).ok());
    AccessRequest req{oid,
                      {},
                      QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action"),
                      true,
                      idOf(w, "kv1") + QStringLiteral("/secrets/x")};
    QVERIFY(w.authorization().check(req, w.now()).allowed);
}

void TstRbac::controlPlaneErrors_data()
{
    QTest::addColumn<QString>("caseName");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing scope") << "missing-scope" << 400 << "MissingScope";
    QTest::newRow("principal not found") << "no-principal" << 400 << "PrincipalNotFound";
    QTest::newRow("unknown role") << "no-role" << 404 << "RoleDefinitionDoesNotExist";
    QTest::newRow("duplicate") << "duplicate" << 409 << "RoleAssignmentExists";
    QTest::newRow("same name, other principal") << "update" << 400 << "RoleAssignmentUpdateNotPermitted";
    QTest::newRow("caller lacks roleAssignments/write") << "no-permission" << 403 << "AuthorizationFailed";
    QTest::newRow("resource group missing") << "no-rg" << 404 << "ResourceGroupNotFound";
    QTest::newRow("resource missing") << "no-resource" << 404 << "ResourceNotFound";
}

void TstRbac::controlPlaneErrors()
{
    QFETCH(QString, caseName);
    QFETCH(int, status);
    QFETCH(QString, code);
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
        "resources":[{"type":"identity","name":"id1","resourceGroup":"rg1"},{"type":"identity","name":"id2","resourceGroup":"rg1"},
                     {"type":"keyvault","name":"kv1","resourceGroup":"rg1"}],
        "roleAssignments":[{"principal":"uami:id2","role":"Contributor","scope":"resourceGroup:rg1"}]})J");
    ControlPlane cp = w.controlPlane();
    RoleAssignmentSpec spec{
        w.resolvePrincipal(QStringLiteral("uami:id1")), QStringLiteral("Reader"), idOf(w, "kv1"), {}, {}, {}};
    if (caseName == QLatin1String("missing-scope"))
        spec.scope.clear();
    if (caseName == QLatin1String("no-principal"))
        spec.assignee = QStringLiteral("11111111-2222-4333-8444-555555555555");
    if (caseName == QLatin1String("no-role"))
        spec.role = QStringLiteral("Vault Wizard");
    if (caseName == QLatin1String("duplicate"))
        QVERIFY(cp.createRoleAssignment(spec).ok());
    if (caseName == QLatin1String("update")) {
        spec.name = QStringLiteral("00000000-1111-4222-8333-444444444444");
        QVERIFY(cp.createRoleAssignment(spec).ok());
        spec.assignee = w.resolvePrincipal(QStringLiteral("uami:id2"));
    }
    if (caseName == QLatin1String("no-permission"))
        cp = w.controlPlane(
            w.resolvePrincipal(QStringLiteral("uami:id2"))); // Contributor: NotActions Microsoft.Authorization/*/Write
    if (caseName == QLatin1String("no-rg"))
        spec.scope = w.subscriptionScope() + QStringLiteral("/resourceGroups/nope");
    if (caseName == QLatin1String("no-resource"))
        spec.scope =
            w.resourceGroup(QStringLiteral("rg1"))->id + QStringLiteral("/providers/Microsoft.KeyVault/vaults/nope");
    const ArmResult r = cp.createRoleAssignment(spec);
    QCOMPARE(r.status, status);
    QCOMPARE(r.code, code);
    QVERIFY(!r.message.isEmpty());
    if (code == QLatin1String("PrincipalNotFound"))
        QVERIFY(r.message.startsWith(
            QStringLiteral("Principal 11111111222243338444555555555555 does not exist in the directory ") +
            w.tenantId()));
    if (code == QLatin1String("AuthorizationFailed"))
        QVERIFY(r.message.contains(QStringLiteral("'Microsoft.Authorization/roleAssignments/write' over scope '") +
                                   idOf(w, "kv1") +
                                   QStringLiteral("/providers/Microsoft.Authorization/roleAssignments/")));
    if (code == QLatin1String("RoleAssignmentUpdateNotPermitted"))
        QCOMPARE(r.message,
                 QStringLiteral("Tenant ID, application ID, principal ID, and scope are not allowed to be updated."));
}

void TstRbac::listingAndOrphans()
{
    World w = load(R"J({"settings":{"propagationDelaySeconds":0},"resourceGroups":[{"name":"rg1"}],
        "resources":[{"type":"webapp","name":"web1","resourceGroup":"rg1","identity":{"type":"SystemAssigned"}},
                     {"type":"keyvault","name":"kv1","resourceGroup":"rg1"}],
        "roleAssignments":[{"principal":"sami:web1","role":"Key Vault Secrets User","scope":"resource:kv1"},
                           {"principal":"sami:web1","role":"Reader","scope":"resourceGroup:rg1"}]})J");
    ControlPlane cp = w.controlPlane();
    RoleAssignmentFilter f;
    f.scope = idOf(w, "kv1");
    QCOMPARE(cp.listRoleAssignments(f).body.toArray().size(), 1);
    f.includeInherited = true;
    QCOMPARE(cp.listRoleAssignments(f).body.toArray().size(), 3); // + Reader at rg1 + learner Owner at subscription
    f = {};
    f.all = true;
    f.assignee = w.resolvePrincipal(QStringLiteral("sami:web1"));
    const QJsonArray before = cp.listRoleAssignments(f).body.toArray();
    QCOMPARE(before.size(), 2);
    QCOMPARE(before.at(0).toObject().value(QStringLiteral("principalType")).toString(),
             QStringLiteral("ServicePrincipal"));
    QCOMPARE(before.at(0).toObject().value(QStringLiteral("principalName")).toString(), w.principal(f.assignee)->appId);
    // switch the identity off: the assignments stay, orphaned
    QVERIFY(cp.removeIdentity(idOf(w, "web1")).ok());
    const QJsonArray after = cp.listRoleAssignments(f).body.toArray();
    QCOMPARE(after.size(), 2);
    for (const QJsonValue &v : after) {
        QCOMPARE(v.toObject().value(QStringLiteral("principalType")).toString(), QStringLiteral("Unknown"));
        QCOMPARE(v.toObject().value(QStringLiteral("principalName")).toString(), QStringLiteral("Identity not found"));
    }
    QVERIFY(cp.deleteRoleAssignments(f).ok());
    QCOMPARE(cp.listRoleAssignments(f).body.toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TstRbac)
#include "tst_rbac.moc"
