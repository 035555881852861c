// Each declarative check against small worlds: passes when it should, and fails with feedback a
// learner can act on (least privilege explains why Owner/Contributor is too broad; an Azure RBAC
// assignment on a Cosmos DB account explains the two RBAC systems). Cases: checkcases.cpp.
#include "checkcases.h"
#include "lab/checkcontext.h"
#include "lab/checkregistry.h"
#include "sim/controlplane.h"
#include "sim/workloadrunner.h"
#include "sim/world.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Keyless::Lab;
using Keyless::Sim::World;

namespace {

World makeWorld(const QJsonObject &extra = {})
{
    QJsonObject json = checksBaseWorld();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        json.insert(it.key(), it.value());
    auto loaded = World::fromJson(json);
    if (!loaded.ok())
        qWarning("%s", qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    return loaded.world;
}

CheckSpec spec(const char *json)
{
    QJsonObject object = QJsonDocument::fromJson(json).object();
    CheckSpec s;
    s.check = object.take(QStringLiteral("check")).toString();
    s.params = object;
    return s;
}

} // namespace

class TestLabChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baseWorldIsValid();
    void checks_data();
    void checks();
    void pendingAssignmentSaysWait();
    void invokeDoesNotChangeTheWorld();
    void traceChecksSeeOnlyTheLearnersEvents();
    void traceStatusMayBeAList();
    void orphanedAssignmentsAreFound();
    void registryNamesMatchTheSchema();

private:
    CheckOutcome run(const World &world, const CheckSpec &s, int traceBegin = 0) const
    {
        const CheckRegistry::Kind *kind = m_registry.find(s.check);
        if (!kind)
            return {false, QStringLiteral("no such check ") + s.check};
        return kind->evaluate(s, CheckContext{world, traceBegin});
    }
    CheckRegistry m_registry = CheckRegistry::builtIn();
};

void TestLabChecks::baseWorldIsValid()
{
    const auto loaded = World::fromJson(checksBaseWorld());
    QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
    QVERIFY(loaded.world.findResource(QStringLiteral("func1")));
}

void TestLabChecks::checks_data()
{
    addCheckCases();
}

void TestLabChecks::checks()
{
    QFETCH(QJsonObject, extra);
    QFETCH(QString, check);
    QFETCH(bool, passes);
    QFETCH(QString, feedback);
    const World world = makeWorld(extra);
    const CheckOutcome outcome = run(world, spec(check.toUtf8().constData()));
    QVERIFY2(outcome.passed == passes, qPrintable(outcome.feedback));
    if (passes)
        QVERIFY(outcome.feedback.isEmpty());
    else
        QVERIFY2(outcome.feedback.contains(feedback), qPrintable(outcome.feedback));
}

void TestLabChecks::pendingAssignmentSaysWait()
{
    World world = makeWorld();
    Keyless::Sim::RoleAssignmentSpec assignment;
    assignment.assignee = world.resolvePrincipal(QStringLiteral("sami:func1"));
    assignment.role = QStringLiteral("Key Vault Secrets User");
    assignment.scope = world.resolveScope(QStringLiteral("resource:kv1"));
    assignment.principalType = QStringLiteral("ServicePrincipal");
    QVERIFY(world.controlPlane().createRoleAssignment(assignment).ok());
    const CheckCase c = checkCase(Case::KeyVaultSecretsUser);
    const CheckSpec role = spec(c.first);
    const CheckSpec permission = spec(c.second);
    CheckOutcome outcome = run(world, role);
    QVERIFY(!outcome.passed);
    QVERIFY2(outcome.feedback.contains(QLatin1String("still propagating")), qPrintable(outcome.feedback));
    QVERIFY2(outcome.feedback.contains(QLatin1String("in 600 s")), qPrintable(outcome.feedback));
    CheckSpec existing = role;
    existing.params.insert(QStringLiteral("propagated"), false);
    QVERIFY(run(world, existing).passed);
    QVERIFY(!run(world, permission).passed);
    world.advance(600);
    QVERIFY(run(world, role).passed);
    QVERIFY(run(world, permission).passed);
}

void TestLabChecks::invokeDoesNotChangeTheWorld()
{
    const World world = makeWorld(secretsUserOnVault());
    const int events = world.trace().size();
    const qint64 tokens = world.tokens().issuedCount();
    QVERIFY(run(world, spec(checkCase(Case::Invoke).first)).passed);
    QCOMPARE(world.trace().size(), events);
    QCOMPARE(world.tokens().issuedCount(), tokens);
}

void TestLabChecks::traceChecksSeeOnlyTheLearnersEvents()
{
    World world = makeWorld();
    Keyless::Sim::WorkloadRunner(world).run(world.findResource(QStringLiteral("func1"))->id);
    const int afterFirst = world.trace().size();
    QVERIFY(afterFirst > 0);
    const CheckCase c = checkCase(Case::Trace);
    const CheckSpec denied = spec(c.first);
    const CheckSpec lacks = spec(c.second);
    QVERIFY(run(world, denied).passed);
    QVERIFY(!run(world, denied, afterFirst).passed);
    QVERIFY(!run(world, lacks).passed);
    // Pins: trace-lacks passed on an empty trace, so doing nothing earned its points.
    const CheckOutcome nothing = run(world, lacks, afterFirst);
    QVERIFY(!nothing.passed);
    QVERIFY2(nothing.feedback.contains(QLatin1String("nothing to judge")), qPrintable(nothing.feedback));
    World granted = makeWorld(secretsUserOnVault());
    Keyless::Sim::WorkloadRunner(granted).run(granted.findResource(QStringLiteral("func1"))->id);
    QVERIFY(run(granted, lacks).passed); // the app ran, without any 403
    CheckSpec toVault = lacks;
    toVault.params.insert(QStringLiteral("to"), QStringLiteral("nowhere"));
    QVERIFY(!run(granted, toVault).passed); // no call to that target happened at all
    // A request matches together with its response: the token request was answered with 200.
    QVERIFY(run(world, spec(checkCase(Case::TokenIssued).first)).passed);
    QVERIFY(run(world, spec(checkCase(Case::Trace).first)).passed);
}

// QA: the headline lab pinned its final write to 201, but an upsert that replaces the order answers 200 OK
// (Cosmos DB REST: Create Document 201 Created, Replace 200 OK), so a learner who had invoked the app before
// the fix could never finish. "status" may list the codes that count.
void TestLabChecks::traceStatusMayBeAList()
{
    World world = makeWorld();
    Keyless::Sim::WorkloadRunner(world).run(world.findResource(QStringLiteral("func1"))->id);
    CheckSpec token = spec(checkCase(Case::TokenIssued).first);
    QVERIFY(run(world, token).passed);
    token.params.insert(QStringLiteral("status"), QJsonArray{500, 200});
    QVERIFY(run(world, token).passed);
    token.params.insert(QStringLiteral("status"), QJsonArray{500, 503});
    const CheckOutcome none = run(world, token);
    QVERIFY(!none.passed);
    QVERIFY2(none.feedback.contains(QLatin1String("status [500,503]")), qPrintable(none.feedback));
    // The loader accepts a number or a non-empty list of numbers, and says what it wanted otherwise.
    using Type = CheckRegistry::ParamType;
    QVERIFY(CheckRegistry::matchesType(QJsonValue(201), Type::Numbers));
    QVERIFY(CheckRegistry::matchesType(QJsonArray{201, 200}, Type::Numbers));
    QVERIFY(!CheckRegistry::matchesType(QJsonArray{}, Type::Numbers));
    QVERIFY(!CheckRegistry::matchesType(QJsonArray{201, QStringLiteral("200")}, Type::Numbers));
    QVERIFY(!CheckRegistry::matchesType(QStringLiteral("201"), Type::Numbers));
    QCOMPARE(CheckRegistry::typeName(Type::Numbers), QStringLiteral("a number or an array of numbers"));
}

void TestLabChecks::orphanedAssignmentsAreFound()
{
    World world = makeWorld(secretsUserOnVault());
    const CheckSpec s = spec(checkCase(Case::Orphans).first);
    QVERIFY(run(world, s).passed);
    const QString siteId = world.findResource(QStringLiteral("func1"))->id;
    QVERIFY(world.controlPlane().removeIdentity(siteId).ok());
    const CheckOutcome outcome = run(world, s);
    QVERIFY(!outcome.passed);
    QVERIFY2(outcome.feedback.contains(QLatin1String("Identity not found")), qPrintable(outcome.feedback));
    QVERIFY2(outcome.feedback.contains(QLatin1String("Key Vault Secrets User at kv1")), qPrintable(outcome.feedback));
}

void TestLabChecks::registryNamesMatchTheSchema()
{
    // labs/lab.schema.json is what editors validate with: it must offer exactly the registry's checks
    // and parameters.
    QFile file(QStringLiteral(KEYLESS_SOURCE_DIR "/labs/lab.schema.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject schema = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject check =
        schema.value(QLatin1String("definitions")).toObject().value(QLatin1String("check")).toObject();
    QStringList schemaNames;
    const QJsonArray names = check.value(QLatin1String("properties"))
                                 .toObject()
                                 .value(QLatin1String("check"))
                                 .toObject()
                                 .value(QLatin1String("enum"))
                                 .toArray();
    for (const QJsonValue &v : names)
        schemaNames << v.toString();
    QCOMPARE(schemaNames, m_registry.names());
    const QJsonArray variants = check.value(QLatin1String("oneOf")).toArray();
    QCOMPARE(variants.size(), m_registry.kinds().size());
    for (const QJsonValue &variant : variants) {
        const QJsonObject properties = variant.toObject().value(QLatin1String("properties")).toObject();
        const QString name =
            properties.value(QLatin1String("check")).toObject().value(QLatin1String("const")).toString();
        const CheckRegistry::Kind *kind = m_registry.find(name);
        QVERIFY2(kind, qPrintable(name));
        QStringList expected{QStringLiteral("check"), QStringLiteral("feedback"), QStringLiteral("weight")};
        for (const auto &param : kind->params)
            expected << param.name;
        QStringList actual = properties.keys();
        expected.sort();
        actual.sort();
        QVERIFY2(actual == expected, qPrintable(name + QStringLiteral(": ") + actual.join(QLatin1Char(','))));
    }
}

QTEST_GUILESS_MAIN(TestLabChecks)
#include "tst_labchecks.moc"
