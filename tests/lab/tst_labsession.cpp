// The engine API the lab workspace uses: live completion after every command (signal), hints and
// their penalty, instant reset, attempts that replay, names that differ per seed.
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labdefinition.h"
#include "lab/labloader.h"
#include "lab/labsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace Keyless::Lab;

namespace {

const char *const TinyLab = R"({
  "format": 1, "id": "tiny", "title": "Tiny {{app}}", "summary": "s", "level": "beginner", "minutes": 5,
  "story": "Fix {{app}}.",
  "names": {"app": {"prefix": "app-", "length": 4}},
  "scoring": {"hintPenalty": 0.25},
  "world": {"settings": {"propagationDelaySeconds": 0}, "resourceGroups": [{"name": "rg1"}],
            "resources": [{"type": "webapp", "name": "{{app}}", "resourceGroup": "rg1", "appSettings": {"A": "1"}}]},
  "tasks": [
    {"id": "identity", "title": "Identity", "instructions": "i", "points": 40, "hints": ["first {{app}}", "second"],
     "checks": [{"check": "identity-enabled", "resource": "{{app}}", "kind": "system"}]},
    {"id": "settings", "title": "Settings", "instructions": "i", "points": 60,
     "checks": [{"check": "app-setting", "resource": "{{app}}", "name": "A", "state": "absent", "weight": 1},
                {"check": "app-setting", "resource": "{{app}}", "name": "B", "weight": 2}]}
  ],
  "solution": ["az webapp identity assign -g rg1 -n {{app}}",
               "az webapp config appsettings delete -g rg1 -n {{app}} --setting-names A",
               "az webapp config appsettings set -g rg1 -n {{app}} --settings B=2"]
})";

// A Cosmos DB data role plus "no Azure RBAC role at all" (the data plane has its own roles), as in the
// headline lab; `identity` and `contributor` say how the app starts.
QByteArray grantLab(bool identity, bool contributor)
{
    QByteArray json = R"({
  "format": 1, "id": "grant", "title": "Grant", "summary": "s", "level": "beginner", "minutes": 5, "story": "s",
  "names": {"app": {"prefix": "app-", "length": 4}, "cosmos": {"prefix": "cosmos-", "length": 4}},
  "world": {"settings": {"propagationDelaySeconds": 0}, "resourceGroups": [{"name": "rg1"}],
            "resources": [{"type": "Microsoft.DocumentDB/databaseAccounts", "name": "{{cosmos}}", "resourceGroup": "rg1",
                           "databases": [{"name": "shop", "containers": [{"name": "orders", "partitionKey": "/id"}]}]},
                          {"type": "Microsoft.Web/sites", "kind": "functionapp", "name": "{{app}}", "resourceGroup": "rg1"
                           IDENTITY}]
            ROLES},
  "tasks": [
    {"id": "grant", "title": "Grant", "instructions": "i", "points": 30,
     "checks": [{"check": "cosmos-data-role", "account": "{{cosmos}}", "principal": "sami:{{app}}",
                 "role": "Cosmos DB Built-in Data Contributor", "scope": "/dbs/shop", "match": "within", "weight": 2},
                {"check": "least-privilege", "principal": "sami:{{app}}", "roles": [], "scope": "resource:{{cosmos}}"}]}
  ],
  "solution": ["az functionapp identity assign -g rg1 -n {{app}}"]
})";
    json.replace("IDENTITY", identity ? R"(, "identity": {"type": "SystemAssigned"})" : "");
    json.replace(
        "ROLES",
        contributor
            ? R"(, "roleAssignments": [{"principal": "sami:{{app}}", "role": "Contributor", "scope": "resourceGroup:rg1"}])"
            : "");
    return json;
}

} // namespace

class TestLabSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void completionIsLiveAfterEveryCommand();
    void partialCreditUsesWeights();
    void hintsAreOrderedAndCostPoints();
    void resetIsInstantAndComplete();
    void attemptRoundTripsThroughJson();
    void aReplayDoesNotRunTheJqFiltersTheLogSaysWereStopped();
    void namesDifferPerSeed();
    void lastTraceIsTheLastCommandsEvents();
    void completionComesFromTheConsole();
    void failingFaultMakesTheLabUnusable();
    void feedbackSaysEachThingOnce();
    void checksTrueAtTheStartEarnNothing();
    void constraintsWithoutASubjectEarnNothing_data();
    void constraintsWithoutASubjectEarnNothing();
    void headlineLabFinishesWhateverWasInvokedBefore_data();
    void headlineLabFinishesWhateverWasInvokedBefore();
    void theLearnersOwnCallsEarnNoAppPoints_data();
    void theLearnersOwnCallsEarnNoAppPoints();

private:
    std::unique_ptr<LabSession> session(quint64 seed = 1) const
    {
        return std::make_unique<LabSession>(m_lab, m_registry, seed);
    }
    CheckRegistry m_registry = CheckRegistry::builtIn();
    std::shared_ptr<const LabDefinition> m_lab;
};

void TestLabSession::initTestCase()
{
    const LabLoadResult result = LabLoader(m_registry).loadData(QByteArray(TinyLab), QStringLiteral("tiny.json"));
    QVERIFY2(result.ok(), result.issues.isEmpty() ? "" : qPrintable(result.issues.first().toString()));
    m_lab = result.lab;
}

void TestLabSession::completionIsLiveAfterEveryCommand()
{
    auto s = session();
    QSignalSpy spy(s.get(), &LabSession::checksReevaluated);
    QSignalSpy commands(s.get(), &LabSession::commandFinished);
    QCOMPARE(s->completion(), 0.0);
    const QStringList solution = s->lab().solution;
    QList<double> completions;
    for (const QString &line : solution) {
        const CommandOutcome outcome = s->runCommand(s->resolve(line));
        QVERIFY2(outcome.exitStatus == 0, qPrintable(outcome.output));
        completions << s->completion();
    }
    QCOMPARE(spy.count(), 3);
    QCOMPARE(commands.count(), 3);
    // identity (40) → + A absent (60 × 1/3 = 20) → + B (60 × 2/3 = 40)
    QCOMPARE(completions, (QList<double>{40.0, 60.0, 100.0}));
    const auto last = spy.last().at(0).value<LabEvaluation>();
    QVERIFY(last.allPassed());
    QCOMPARE(last.score, 100.0);
}

void TestLabSession::partialCreditUsesWeights()
{
    auto s = session();
    s->runCommand(s->resolve(QStringLiteral("az webapp config appsettings set -g rg1 -n {{app}} --settings B=2")));
    const TaskResult *task = s->evaluation().task(QStringLiteral("settings"));
    QVERIFY(task);
    QVERIFY(!task->passed);
    QCOMPARE(task->fraction, 2.0 / 3.0);
    QCOMPARE(task->earned, 40.0);
    QVERIFY(task->feedback().contains(QLatin1String("still has the app setting A")));
    QCOMPARE(s->evaluation().passedTasks, 0);
}

void TestLabSession::hintsAreOrderedAndCostPoints()
{
    auto s = session();
    QSignalSpy spy(s.get(), &LabSession::hintRevealed);
    const QString app = s->names().value(QStringLiteral("app"));
    QCOMPARE(s->revealHint(QStringLiteral("identity")), QStringLiteral("first ") + app);
    QCOMPARE(s->revealHint(QStringLiteral("identity")), QStringLiteral("second"));
    QCOMPARE(s->revealHint(QStringLiteral("identity")), QString());
    QCOMPARE(s->revealHint(QStringLiteral("nope")), QString());
    QCOMPARE(spy.count(), 2);
    QCOMPARE(s->hintsUsed(QStringLiteral("identity")), 2);
    QCOMPARE(s->revealedHints(QStringLiteral("identity")).size(), 2);
    for (const QString &line : s->lab().solution)
        s->runCommand(s->resolve(line));
    // 40 × (1 − 2 × 0.25) + 60; completion ignores hints.
    QCOMPARE(s->evaluation().score, 80.0);
    QCOMPARE(s->completion(), 100.0);
    QCOMPARE(s->evaluation().task(QStringLiteral("identity"))->hintsUsed, 2);
}

void TestLabSession::resetIsInstantAndComplete()
{
    auto s = session();
    const QJsonObject initial = s->world().toJson();
    for (const QString &line : s->lab().solution)
        s->runCommand(s->resolve(line));
    QVERIFY(s->evaluation().allPassed());
    s->revealHint(QStringLiteral("identity"));
    QSignalSpy resets(s.get(), &LabSession::worldReset);
    QSignalSpy evaluations(s.get(), &LabSession::checksReevaluated);
    s->reset();
    QCOMPARE(resets.count(), 1);
    QCOMPARE(evaluations.count(), 1);
    QCOMPARE(s->world().toJson(), initial);
    QCOMPARE(s->completion(), 0.0);
    QVERIFY(s->commandLog().isEmpty());
    QVERIFY(s->lastTrace().isEmpty());
    QCOMPARE(s->hintsUsed(QStringLiteral("identity")), 1); // seen hints stay seen
    // Console variables are forgotten too, as in a fresh terminal.
    s->runCommand(QStringLiteral("x=1"));
    s->reset();
    QCOMPARE(s->runCommand(QStringLiteral("echo \"[$x]\"")).standardOutput, QStringLiteral("[]\n"));
}

void TestLabSession::attemptRoundTripsThroughJson()
{
    auto s = session(77);
    s->runCommand(s->resolve(s->lab().solution.first()));
    QVERIFY(!s->revealHint(QStringLiteral("identity")).isEmpty());
    const LabAttempt attempt = s->attempt();
    QCOMPARE(attempt.labId, QStringLiteral("tiny"));
    QCOMPARE(attempt.seed, quint64(77));
    QCOMPARE(attempt.commands.size(), 2);
    QCOMPARE(attempt.commands.last(), QStringLiteral("# keyless:hint identity"));
    const LabAttempt back = LabAttempt::fromJson(attempt.toJson());
    QCOMPARE(back.toJson(), attempt.toJson());
    const auto replayed = LabSession::replay(m_lab, m_registry, back);
    QCOMPARE(replayed->world().toJson(), s->world().toJson());
    QCOMPARE(replayed->evaluation().toJson(), s->evaluation().toJson());
    QCOMPARE(replayed->names().values(), s->names().values());
    QCOMPARE(replayed->hintsUsed(QStringLiteral("identity")), 1);
    // The command log alone (as the progress store keeps it) restores the hints too.
    LabAttempt logOnly = attempt;
    logOnly.hintsUsed.clear();
    QCOMPARE(LabSession::replay(m_lab, m_registry, logOnly)->evaluation().toJson(), s->evaluation().toJson());
}

// QA: a resumed lab ran each endless jq filter of its log again, 5 s apiece before the window showed. The log notes the
// filters the console stopped, and the replay answers them as they were answered, without running them: a quick
// filter here, so that running it would show in the world.
void TestLabSession::aReplayDoesNotRunTheJqFiltersTheLogSaysWereStopped()
{
    LabAttempt attempt;
    attempt.labId = QStringLiteral("tiny");
    attempt.seed = 1;
    attempt.commands = {QStringLiteral("az group create -l eastus -n \"rg$(jq -n 2)\" -o none"),
                        QStringLiteral("# keyless:jq-stopped 1")};
    const auto replayed = LabSession::replay(m_lab, m_registry, attempt);
    QVERIFY(replayed->world().resourceGroup(QStringLiteral("rg")));
    QVERIFY(!replayed->world().resourceGroup(QStringLiteral("rg2")));
    QCOMPARE(replayed->commandLog(), attempt.commands); // noted again: the next resume skips it too
}

void TestLabSession::completionComesFromTheConsole()
{
    auto s = session();
    QVERIFY(s->completions(QStringLiteral("az gro")).contains(QStringLiteral("group")));
}

void TestLabSession::namesDifferPerSeed()
{
    auto a = session(1);
    auto b = session(2);
    QVERIFY(a->names().value(QStringLiteral("app")) != b->names().value(QStringLiteral("app")));
    QVERIFY(a->world().findResource(a->names().value(QStringLiteral("app"))));
    QVERIFY(!a->world().findResource(b->names().value(QStringLiteral("app"))));
    QVERIFY(a->resolve(a->lab().title).startsWith(QLatin1String("Tiny app-")));
    QVERIFY(a->world().tenantId() != b->world().tenantId()); // the world seed follows the attempt seed
}

void TestLabSession::lastTraceIsTheLastCommandsEvents()
{
    auto s = session();
    const CommandOutcome first = s->runCommand(s->resolve(s->lab().solution.first()));
    QVERIFY(first.traceEnd > first.traceBegin);
    QCOMPARE(s->lastTrace().size(), first.traceEnd - first.traceBegin);
    const CommandOutcome echo = s->runCommand(QStringLiteral("echo hi"));
    QCOMPARE(echo.traceBegin, echo.traceEnd);
    QVERIFY(s->lastTrace().isEmpty());
}

// Pins: a fault command that failed was only a warning, and the lab was graded in a world it did not set up.
void TestLabSession::failingFaultMakesTheLabUnusable()
{
    QCOMPARE(session()->setupError(), QString());
    QVERIFY(session()->isUsable());
    QByteArray json(TinyLab);
    json.replace(R"("tasks": [)",
                 R"("faults": [{"id": "break-it", "description": "d", "commands": ["no-such-command {{app}}"]}],
  "tasks": [)");
    const LabLoadResult loaded = LabLoader(m_registry).loadData(json, QStringLiteral("tiny-fault.json"));
    QVERIFY2(loaded.ok(), loaded.issues.isEmpty() ? "" : qPrintable(loaded.issues.first().toString()));
    LabSession broken(loaded.lab, m_registry, 1);
    QVERIFY(!broken.isUsable());
    QVERIFY2(broken.setupError().startsWith(QLatin1String("fault break-it: \"no-such-command {{app}}\" failed (127)")),
             qPrintable(broken.setupError()));
}

// Pins: one task's feedback repeated the same line three times.
void TestLabSession::feedbackSaysEachThingOnce()
{
    TaskResult task;
    task.checks = {CheckResult{QStringLiteral("a"), false, QStringLiteral("same"), 1.0},
                   CheckResult{QStringLiteral("b"), false, QStringLiteral("other"), 1.0},
                   CheckResult{QStringLiteral("c"), false, QStringLiteral("same"), 1.0},
                   CheckResult{QStringLiteral("d"), true, QString(), 1.0},
                   CheckResult{QStringLiteral("e"), false, QStringLiteral("same"), 1.0}};
    QCOMPARE(task.feedback(), QStringLiteral("same\nother"));
}

// Pins: a check already true in the initial world ("A" present would be; here "B" absent) gave partial credit.
void TestLabSession::checksTrueAtTheStartEarnNothing()
{
    QByteArray json(TinyLab);
    json.replace(R"("name": "B", "weight": 2})", R"("name": "B", "state": "absent", "weight": 2})");
    const LabLoadResult loaded = LabLoader(m_registry).loadData(json, QStringLiteral("tiny-vacuous.json"));
    QVERIFY2(loaded.ok(), loaded.issues.isEmpty() ? "" : qPrintable(loaded.issues.first().toString()));
    LabSession s(loaded.lab, m_registry, 1);
    QVERIFY(s.baseline().task(QStringLiteral("settings"))->checks.at(1).passed); // B is absent at the start
    const TaskResult *settings = s.evaluation().task(QStringLiteral("settings"));
    QVERIFY(!settings->checks.at(1).passed);
    QCOMPARE(settings->fraction, 0.0);
    QCOMPARE(s.evaluation().score, 0.0);
    // QA (stop 19): it did not say which check it held back.
    QVERIFY2(
        settings->feedback().contains(QStringLiteral("The app setting B of %1 is absent — true already when the lab "
                                                     "started, so it counts once the rest of this task is done.")
                                          .arg(s.names().value(QStringLiteral("app")))),
        qPrintable(settings->feedback()));
    // Once the learner's change completes the task, the check counts again.
    s.runCommand(s.resolve(QStringLiteral("az webapp config appsettings delete -g rg1 -n {{app}} --setting-names A")));
    settings = s.evaluation().task(QStringLiteral("settings"));
    QVERIFY(settings->passed);
    QCOMPARE(settings->fraction, 1.0);
}

// Pins: in the headline lab, turning the identity on gave 10 of the 30 points of "grant data access":
// "no role is too broad" held only because the identity had just come into being.
void TestLabSession::constraintsWithoutASubjectEarnNothing_data()
{
    QTest::addColumn<bool>("identity");
    QTest::addColumn<bool>("contributor");
    QTest::addColumn<QStringList>("commands");
    QTest::addColumn<bool>("constraintCounts");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("feedback");

    const QString assign = QStringLiteral("az functionapp identity assign -g rg1 -n {{app}}");
    const QString principal =
        QStringLiteral("p=$(az functionapp identity show -g rg1 -n {{app}} --query principalId -o tsv)");
    const QString dataRole = QStringLiteral("az cosmosdb sql role assignment create -a {{cosmos}} -g rg1 -s /dbs/shop "
                                            "-p $p -d 00000000-0000-0000-0000-000000000002");
    const QString removeContributor =
        QStringLiteral("az role assignment delete --assignee $p --role Contributor --scope "
                       "$(az group show -n rg1 --query id -o tsv)");
    QTest::newRow("identity just turned on: nothing to judge")
        << false << false << QStringList{assign} << false << 0.0
        << QStringLiteral("The principal holds only the allowed roles, none at a scope broader than needed — true for "
                          "now only because there was nothing to judge when the lab started");
    QTest::newRow("a real violation fixed still counts")
        << true << true << QStringList{principal, removeContributor} << true << 1.0 / 3.0 << QString();
    QTest::newRow("the whole task done") << false << false << QStringList{assign, principal, dataRole} << true << 1.0
                                         << QString();
}

void TestLabSession::constraintsWithoutASubjectEarnNothing()
{
    QFETCH(bool, identity);
    QFETCH(bool, contributor);
    QFETCH(QStringList, commands);
    QFETCH(bool, constraintCounts);
    QFETCH(double, fraction);
    QFETCH(QString, feedback);

    const LabLoadResult loaded =
        LabLoader(m_registry).loadData(grantLab(identity, contributor), QStringLiteral("grant.json"));
    QVERIFY2(loaded.ok(), loaded.issues.isEmpty() ? "" : qPrintable(loaded.issues.first().toString()));
    LabSession s(loaded.lab, m_registry, 1);
    QCOMPARE(s.evaluation().score, 0.0);
    for (const QString &command : std::as_const(commands))
        s.runCommand(s.resolve(command));
    const TaskResult *grant = s.evaluation().task(QStringLiteral("grant"));
    QVERIFY(grant);
    QCOMPARE(grant->checks.at(1).passed, constraintCounts);
    QCOMPARE(grant->fraction, fraction);
    QCOMPARE(s.evaluation().score, 30.0 * fraction);
    if (!feedback.isEmpty())
        QVERIFY2(grant->feedback().contains(feedback), qPrintable(grant->feedback()));
}

// QA: invoking the function before the fix wrote order-1001 with the key; after the fix the same order is
// upserted again and Cosmos DB answers 200 (replaced), not 201 — the last task stayed at 7/20 for good.
void TestLabSession::headlineLabFinishesWhateverWasInvokedBefore_data()
{
    QTest::addColumn<int>("invokesBefore");
    QTest::addColumn<int>("invokesAfter");
    QTest::newRow("the solution as written") << 0 << 0;
    QTest::newRow("invoked with the key first") << 1 << 0;
    QTest::newRow("invoked twice first, and again after") << 2 << 1;
}

void TestLabSession::headlineLabFinishesWhateverWasInvokedBefore()
{
    QFETCH(int, invokesBefore);
    QFETCH(int, invokesAfter);
    LabCatalog catalog(m_registry);
    catalog.addBundled();
    const auto lab = catalog.find(QStringLiteral("func-cosmos-no-secret"));
    QVERIFY(lab);
    LabSession s(lab, m_registry, lab->defaultSeed);
    const QString invoke = s.resolve(QStringLiteral("invoke {{app}}"));
    for (int i = 0; i < invokesBefore; ++i)
        QCOMPARE(s.runCommand(invoke).exitStatus, 0); // the key still works
    // The solution as one script, as `keyless lab check` runs it.
    QCOMPARE(s.runCommand(s.resolve(lab->solution.join(QLatin1Char('\n')))).exitStatus, 0);
    for (int i = 0; i < invokesAfter; ++i)
        QCOMPARE(s.runCommand(invoke).exitStatus, 0);
    const LabEvaluation &e = s.evaluation();
    QString failing;
    for (const TaskResult &t : e.tasks) {
        if (!t.passed)
            failing += t.taskId + QStringLiteral(": ") + t.feedback() + QLatin1Char('\n');
    }
    QVERIFY2(e.allPassed(), qPrintable(failing));
    QCOMPARE(e.score, 100.0);
}

// QA: a learner who granted themselves a data role and read the secret, or reproduced a failure with their own az,
// earned the points of tasks about the app's calls (trace checks without "from"). Those count the workloads' calls
// only; the learner's laptop counts where a check names it.
void TestLabSession::theLearnersOwnCallsEarnNoAppPoints_data()
{
    QTest::addColumn<QString>("labId");
    QTest::addColumn<QString>("taskId");
    QTest::addColumn<QString>("commands");
    QTest::newRow("reads the secret itself")
        << QStringLiteral("appservice-keyvault") << QStringLiteral("read-from-code")
        << QStringLiteral("ME=$(az ad signed-in-user show --query id -o tsv)\n"
                          "KV=$(az keyvault show -n {{vault}} --query id -o tsv)\n"
                          "az role assignment create --assignee-object-id $ME --assignee-principal-type User "
                          "--role \"Key Vault Secrets User\" --scope $KV -o none\nsleep 600\n"
                          "az keyvault secret show --vault-name {{vault}} -n db-password -o none");
}

void TestLabSession::theLearnersOwnCallsEarnNoAppPoints()
{
    QFETCH(QString, labId);
    QFETCH(QString, taskId);
    QFETCH(QString, commands);
    LabCatalog catalog(m_registry);
    catalog.addBundled();
    const auto lab = catalog.find(labId);
    QVERIFY(lab);
    LabSession s(lab, m_registry, lab->defaultSeed);
    const CommandOutcome outcome = s.runCommand(s.resolve(commands));
    QVERIFY2(outcome.exitStatus == 0, qPrintable(outcome.output));
    const TaskResult *task = s.evaluation().task(taskId);
    QVERIFY(task);
    QCOMPARE(task->earned, 0.0);
}

QTEST_GUILESS_MAIN(TestLabSession)
#include "tst_labsession.moc"
