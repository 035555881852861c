// `keyless lab list` and `keyless lab check`, as instructors use them before class.
#include "cli/headless.h"
#include "progress/progressstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using Keyless::Cli::Invocation;

namespace {

struct Run {
    int status = 0;
    QString out;
    QString err;
};

Run lab(const QStringList &args, const QString &globalDb = {}, const QStringList &labDirs = {})
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Invocation invocation;
    invocation.args = args;
    invocation.globalDb = globalDb;
    invocation.labDirs = labDirs;
    run.status = Keyless::Cli::runLabCommand(invocation, out, err);
    out.flush();
    err.flush();
    return run;
}

Run script(const QStringList &args)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Invocation invocation;
    invocation.args = args;
    run.status = Keyless::Cli::runScriptCommand(invocation, out, err);
    out.flush();
    err.flush();
    return run;
}

QString source(const char *relative)
{
    return QStringLiteral(KEYLESS_SOURCE_DIR "/") + QLatin1String(relative);
}

} // namespace

class TestLabCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void listShowsBundledLabs();
    void listReportsBrokenFilesAndKeepsGoodOnes();
    void checkSolutionPasses();
    void checkWrongSolutionFailsWithFeedback();
    void checkInvalidLabExitsTwo();
    void checkUnknownIdExitsTwo();
    void checkJson();
    void checkFailingFaultExitsTwo();
    void checkInvalidLabJsonListsErrors();
    void globalLabsFolderIsUsed();
    void defaultSeedIsTheScriptCommands();
    void checkRecordsAttempt();
    void usageErrors();
    void checkSaysWhyTwoLabsAreRefused();
    void checkReportsFailingSolutionScript_data();
    void checkReportsFailingSolutionScript();
    void scriptStartsFromTheLabsFaults();
};

void TestLabCommand::listShowsBundledLabs()
{
    const Run run = lab({QStringLiteral("list")});
    QCOMPARE(run.status, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 7);
    bool found = false;
    for (const QString &line : lines) {
        const QStringList fields = line.split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 4); // id, title, level, minutes
        QVERIFY(fields.at(3).toInt() > 0);
        if (fields.at(0) == QLatin1String("func-cosmos-no-secret")) {
            found = true;
            QCOMPARE(fields.at(2), QStringLiteral("intermediate"));
        }
    }
    QVERIFY(found);
}

void TestLabCommand::listReportsBrokenFilesAndKeepsGoodOnes()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(source("tests/lab/invalid/control-valid.json"), dir.filePath(QStringLiteral("good.json"))));
    QVERIFY(QFile::copy(source("tests/lab/invalid/wrong-type.json"), dir.filePath(QStringLiteral("bad.json"))));
    const Run run = lab({QStringLiteral("list"), QStringLiteral("--labs"), dir.path()});
    QCOMPARE(run.status, 2);
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 8);
    QVERIFY(run.out.contains(QLatin1String("broken-lab\tBroken\tbeginner\t5")));
    QVERIFY2(run.err.contains(dir.filePath(QStringLiteral("bad.json")) + QLatin1Char(':')), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("/tasks/0/points: expected a number, found a string")));
}

void TestLabCommand::checkSolutionPasses()
{
    const Run run = lab({QStringLiteral("check"), QStringLiteral("func-cosmos-no-secret")});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out.count(QLatin1String("PASS  ")), 5);
    QVERIFY(!run.out.contains(QLatin1String("FAIL")));
    QVERIFY(run.out.contains(QLatin1String("completion 100%, score 100/100, 5 of 5 tasks passed")));
    // A lab file path works as well as an id.
    QCOMPARE(lab({QStringLiteral("check"), source("labs/vm-storage-imds.json")}).status, 0);
}

void TestLabCommand::checkWrongSolutionFailsWithFeedback()
{
    const Run run = lab({QStringLiteral("check"), QStringLiteral("func-cosmos-no-secret"), QStringLiteral("--solution"),
                         source("tests/lab/func-cosmos-no-secret/wrong-azure-rbac.sh")});
    QCOMPARE(run.status, 1);
    QVERIFY(run.out.contains(QLatin1String("FAIL  grant-data-role")));
    QVERIFY(run.out.contains(QLatin1String("That is the control plane.")));
    QVERIFY(run.out.contains(QLatin1String("PASS  enable-identity")));
    QVERIFY(!run.out.contains(QLatin1String("completion 100%")));
}

void TestLabCommand::checkInvalidLabExitsTwo()
{
    const QString path = source("tests/lab/invalid/unknown-check.json");
    const Run run = lab({QStringLiteral("check"), path});
    QCOMPARE(run.status, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(path + QStringLiteral(":37:20: /tasks/0/checks/0/check: unknown check")),
             qPrintable(run.err));
}

void TestLabCommand::checkUnknownIdExitsTwo()
{
    const Run run = lab({QStringLiteral("check"), QStringLiteral("no-such-lab")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(QLatin1String("no lab with id 'no-such-lab'")));
    // With --json the error is JSON on stdout too, for scripts.
    const Run json = lab({QStringLiteral("check"), QStringLiteral("no-such-lab"), QStringLiteral("--json")});
    QCOMPARE(json.status, 2);
    QJsonParseError parse{};
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &parse).object();
    QCOMPARE(parse.error, QJsonParseError::NoError);
    const QJsonArray errors = object.value(QLatin1String("errors")).toArray();
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.last()
                .toObject()
                .value(QLatin1String("message"))
                .toString()
                .contains(QLatin1String("no lab with id 'no-such-lab'")));
}

void TestLabCommand::checkJson()
{
    const Run run = lab({QStringLiteral("check"), QStringLiteral("appservice-keyvault"), QStringLiteral("--json"),
                         QStringLiteral("--seed"), QStringLiteral("5")});
    QCOMPARE(run.status, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("lab")).toString(), QStringLiteral("appservice-keyvault"));
    // Pins: the seed was written as the string "5".
    QVERIFY(json.value(QLatin1String("seed")).isDouble());
    QCOMPARE(json.value(QLatin1String("seed")).toInteger(), 5);
    QVERIFY(json.value(QLatin1String("allPassed")).toBool());
    QCOMPARE(json.value(QLatin1String("completion")).toDouble(), 100.0);
    QCOMPARE(json.value(QLatin1String("tasks")).toArray().size(), 4);
    QVERIFY(json.value(QLatin1String("names"))
                .toObject()
                .value(QLatin1String("app"))
                .toString()
                .startsWith(QLatin1String("app-portal-")));
}

// Pins: a fault command that failed printed a warning and the lab still passed 100/100.
void TestLabCommand::checkFailingFaultExitsTwo()
{
    QFile control(source("tests/lab/invalid/control-valid.json"));
    QVERIFY(control.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(control.readAll()).object();
    json.insert(QStringLiteral("faults"),
                QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("break-it")},
                                       {QStringLiteral("description"), QStringLiteral("d")},
                                       {QStringLiteral("commands"), QJsonArray{QStringLiteral("no-such-command x")}}}});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("faulty.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    const Run run = lab({QStringLiteral("check"), path});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.contains(QLatin1String("fault break-it: \"no-such-command x\" failed (127)")),
             qPrintable(run.err));
    QVERIFY(!run.out.contains(QLatin1String("PASS")));
}

// Pins: `lab check bad.json --json` printed nothing on stdout.
void TestLabCommand::checkInvalidLabJsonListsErrors()
{
    const QString path = source("tests/lab/invalid/unknown-check.json");
    const Run run = lab({QStringLiteral("check"), path, QStringLiteral("--json")});
    QCOMPARE(run.status, 2);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray errors = json.value(QLatin1String("errors")).toArray();
    QCOMPARE(errors.size(), 1);
    const QJsonObject first = errors.first().toObject();
    QCOMPARE(first.value(QLatin1String("file")).toString(), path);
    QCOMPARE(first.value(QLatin1String("line")).toInt(), 37);
    QCOMPARE(first.value(QLatin1String("column")).toInt(), 20);
    QCOMPARE(first.value(QLatin1String("pointer")).toString(), QStringLiteral("/tasks/0/checks/0/check"));
    QVERIFY(first.value(QLatin1String("message")).toString().startsWith(QLatin1String("unknown check")));
}

// Pins: the top-level `keyless --labs DIR` was ignored by `lab list` and `lab check`.
void TestLabCommand::globalLabsFolderIsUsed()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(source("tests/lab/invalid/control-valid.json"), dir.filePath(QStringLiteral("good.json"))));
    const Run list = lab({QStringLiteral("list")}, {}, {dir.path()});
    QCOMPARE(list.status, 0);
    QCOMPARE(list.out.trimmed().split(QLatin1Char('\n')).size(), 8);
    QVERIFY(list.out.contains(QLatin1String("broken-lab\tBroken\tbeginner\t5")));
    // Given both ways, the folder is read once (no duplicate-id issue).
    const Run both = lab({QStringLiteral("list"), QStringLiteral("--labs"), dir.path()}, {}, {dir.path()});
    QVERIFY2(both.status == 0, qPrintable(both.err));
    QCOMPARE(both.out.trimmed().split(QLatin1Char('\n')).size(), 8);
    QVERIFY(lab({QStringLiteral("check"), QStringLiteral("broken-lab")}).err.contains(QLatin1String("no lab with id")));
    QVERIFY(!lab({QStringLiteral("check"), QStringLiteral("broken-lab")}, {}, {dir.path()})
                 .err.contains(QLatin1String("no lab with id")));
}

// Pins: `lab check` used seed 1 while `keyless script --lab` uses 0, so the names differed.
void TestLabCommand::defaultSeedIsTheScriptCommands()
{
    const Run run = lab({QStringLiteral("check"), QStringLiteral("vm-storage-imds"), QStringLiteral("--json")});
    QCOMPARE(run.status, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("seed")).toInteger(-1), 0);
    QVERIFY(lab({QStringLiteral("check"), QStringLiteral("vm-storage-imds")})
                .out.startsWith(QLatin1String("vm-storage-imds (seed 0)\n")));
}

void TestLabCommand::checkRecordsAttempt()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("progress.sqlite"));
    const Run run =
        lab({QStringLiteral("check"), QStringLiteral("troubleshoot-recreated-app"), QStringLiteral("--db"), db});
    QVERIFY2(run.status == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.endsWith(QLatin1String("recorded attempt 1\n")), qPrintable(run.out));
    Keyless::Progress::ProgressStore store;
    QVERIFY(store.open(db).ok);
    const auto attempt = store.labAttempt(1);
    QVERIFY(attempt.has_value());
    QCOMPARE(attempt->labId, QStringLiteral("troubleshoot-recreated-app"));
    QCOMPARE(attempt->tasks.size(), 4);
    QCOMPARE(attempt->commands.size(), 1);
    QCOMPARE(attempt->score.completionPercent, 100.0);
    // The top-level --db works too, and a second attempt gets the next id.
    QVERIFY(lab({QStringLiteral("check"), QStringLiteral("troubleshoot-recreated-app")}, db)
                .out.endsWith(QLatin1String("recorded attempt 2\n")));
    // With --json stdout stays one JSON document, and it names the attempt.
    const Run json = lab({QStringLiteral("check"), QStringLiteral("troubleshoot-recreated-app"),
                          QStringLiteral("--json"), QStringLiteral("--db"), db});
    QCOMPARE(json.status, 0);
    QJsonParseError parse{};
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &parse).object();
    QVERIFY2(parse.error == QJsonParseError::NoError, qPrintable(json.out));
    QCOMPARE(object.value(QLatin1String("recordedAttempt")).toInteger(), 3);
}

void TestLabCommand::usageErrors()
{
    QCOMPARE(lab({}).status, 2);
    QCOMPARE(lab({QStringLiteral("frobnicate")}).status, 2);
    QCOMPARE(lab({QStringLiteral("check")}).status, 2);
    const Run run = lab(
        {QStringLiteral("check"), QStringLiteral("vm-storage-imds"), QStringLiteral("--seed"), QStringLiteral("x")});
    QCOMPARE(run.status, 2);
    QVERIFY(run.err.contains(QLatin1String("--seed")));
}

// Regression: `keyless lab check A B` printed only the usage text.
void TestLabCommand::checkSaysWhyTwoLabsAreRefused()
{
    const Run run = lab({QStringLiteral("check"), QStringLiteral("vm-storage-imds"), QStringLiteral("func-cosmos-no-secret")});
    QCOMPARE(run.status, 2);
    QVERIFY2(run.err.startsWith(QLatin1String(
                 "keyless lab check: one lab at a time, got 2: vm-storage-imds func-cosmos-no-secret\n")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("usage: keyless lab list")));
    QVERIFY(run.out.isEmpty());
    const Run none = lab({QStringLiteral("check")});
    QVERIFY2(none.err.startsWith(QLatin1String("keyless lab check: which lab?")), qPrintable(none.err));
}

// Regression: a solution script that failed (syntax error, failing az command) showed only in --json as
// scriptExitStatus; the text output names the status, the first failing command and its line, and its message.
// The exit code stays the checks' (1: a task failed), as the usage documents.
void TestLabCommand::checkReportsFailingSolutionScript_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("summary"); // the line after the check results
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax error") << QStringLiteral("az group list -o none\necho (oops\n")
                                  << QStringLiteral("solution script: exit status 2\n")
                                  << QStringLiteral("keyless: line 2: ");
    QTest::newRow("failing az command")
        << QStringLiteral("# nothing yet\naz group show -n no-such-group -o none\n")
        << QStringLiteral("solution script: exit status 3; first failing command at line 2 (exit 3): az group show -n "
                          "no-such-group -o none\n")
        << QStringLiteral("ERROR: (ResourceGroupNotFound)");
    QTest::newRow("set -e stops at the failure")
        << QStringLiteral("set -e\naz group show -n no-such-group -o none\necho never\n")
        << QStringLiteral("solution script: exit status 3; first failing command at line 2 (exit 3): az group show -n "
                          "no-such-group -o none\n")
        << QStringLiteral("ERROR: (ResourceGroupNotFound)");
}

void TestLabCommand::checkReportsFailingSolutionScript()
{
    QFETCH(QString, script);
    QFETCH(QString, summary);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("solution.sh")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(script.toUtf8());
    file.close();
    const Run run = lab({QStringLiteral("check"), QStringLiteral("vm-storage-imds"), QStringLiteral("--solution"),
                         file.fileName()});
    QCOMPARE(run.status, 1);
    const qsizetype at = run.out.indexOf(QLatin1String("solution script: "));
    QVERIFY2(at > 0, qPrintable(run.out));
    QCOMPARE(run.out.mid(at, summary.size()), summary);
    QVERIFY2(run.out.mid(at + summary.size()).trimmed().startsWith(message), qPrintable(run.out));
    // The solution of the lab itself passes and prints no such line.
    const Run good = lab({QStringLiteral("check"), QStringLiteral("vm-storage-imds")});
    QCOMPARE(good.status, 0);
    QVERIFY2(!good.out.contains(QLatin1String("solution script:")), qPrintable(good.out));
}

QTEST_GUILESS_MAIN(TestLabCommand)
// QA: `keyless script --lab` started from the lab's world before its faults, so in a troubleshooting lab the broken
// app worked (200) where the app and `lab check` see a 403: the world the learner starts in, faults applied.
void TestLabCommand::scriptStartsFromTheLabsFaults()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("invoke.sh"));
    QFile commands(file);
    QVERIFY(commands.open(QIODevice::WriteOnly));
    commands.write("invoke app-signer-r29ze\n");
    commands.close();
    const Run run = script({QStringLiteral("--lab"), QStringLiteral("troubleshoot-recreated-app"), file});
    QCOMPARE(run.status, 1);
    QVERIFY2(run.out.contains(QStringLiteral("FAILED 403 ForbiddenByRbac")), qPrintable(run.out + run.err));
}

#include "tst_labcommand.moc"
