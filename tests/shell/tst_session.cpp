#include "shell/azcli.h"
#include "shell/session.h"
#include "sim/clock.h"
#include "sim/resource.h"
#include "sim/world.h"

#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace Keyless;

// The Session API the lab engine and the UI use: command log with simulated time, completion, world swap,
// and help on every az group and command.
class TestSession : public QObject
{
    Q_OBJECT

private slots:
    void commandLogUsesSimulatedTime();
    void completions();
    void setWorldForgetsResourceSignIns();
    void helpOnEveryGroupAndCommand();
    void everyRequiredArgumentIsReported();
    void updatePrintsWhatShowPrints_data();
    void updatePrintsWhatShowPrints();
    void sleepRefusesWhatDoesNotFit_data();
    void sleepRefusesWhatDoesNotFit();
    void clockStopsAtItsEnd();
    void lengthOfAVariable_data();
    void queriesReachPropertiesWhereAzPutsThem_data();
    void queriesReachPropertiesWhereAzPutsThem();
    void lengthOfAVariable();
    void realCommandsNotSimulatedSaySo_data();
    void realCommandsNotSimulatedSaySo();
    void anUnknownRoleIsAzsOwnError_data();
    void anUnknownRoleIsAzsOwnError();
    void textStaysWithinItsLimits_data();
    void textStaysWithinItsLimits();
    void storedTextAndOutputStayWithinTheirLimits();
    void outputPastTheLimitShowsWhatFits();
    void anRbacVaultRefusesPoliciesInTheCli_data();
    void anRbacVaultRefusesPoliciesInTheCli();
    void namesFollowArmsRule_data();
    void namesFollowArmsRule();
};

namespace {
// A group with one resource of each kind the output-shape tests look at; fn1 has the app setting A=0.
QString oneOfEachResource()
{
    return QStringLiteral("az group create -n rg1 -l eastus -o none\n"
                          "az cosmosdb create -n cosmos1 -g rg1 -o none\n"
                          "az keyvault create -n kv1 -g rg1 -o none\n"
                          "az storage account create -n st1 -g rg1 -o none\n"
                          "az functionapp create -n fn1 -g rg1 -s st1 -c eastus -o none --only-show-errors\n"
                          "az functionapp config appsettings set -n fn1 -g rg1 --settings A=0 -o none");
}
} // namespace

void TestSession::commandLogUsesSimulatedTime()
{
    Sim::World world;
    Shell::Session session(world);
    QList<Shell::CommandRecord> log;
    session.setCommandObserver([&log](const Shell::CommandRecord &r) {
        if (r.nestingLevel == 0)
            log.append(r);
    });
    const qint64 start = world.now();
    session.run(QStringLiteral("az group create -n rg1 -l eastus -o none\nsleep 90\nX=$(az group show -n rg1 --query "
                               "name -o tsv)"));
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.at(0).argv.mid(0, 3),
             (QStringList{QStringLiteral("az"), QStringLiteral("group"), QStringLiteral("create")}));
    QCOMPARE(log.at(0).simulatedTime.toSecsSinceEpoch(), start);
    QCOMPARE(log.at(2).simulatedTime.toSecsSinceEpoch(), start + 90);
    QCOMPARE(world.now(), start + 90);
    QCOMPARE(session.interpreter().variable(QStringLiteral("X")), QStringLiteral("rg1"));
}

void TestSession::completions()
{
    Sim::World world;
    Shell::Session session(world);
    session.run(QStringLiteral("az group create -n rg-one -l eastus -o none; MYVAR=1"));
    QVERIFY(session.completions(QStringLiteral("a")).contains(QStringLiteral("az")));
    QCOMPARE(session.completions(QStringLiteral("az gr")), QStringList{QStringLiteral("group")});
    QVERIFY(session.completions(QStringLiteral("az group ")).contains(QStringLiteral("create")));
    QVERIFY(session.completions(QStringLiteral("az group create --lo")).contains(QStringLiteral("--location")));
    QCOMPARE(session.completions(QStringLiteral("az group show -n rg-")), QStringList{QStringLiteral("rg-one")});
    QCOMPARE(session.completions(QStringLiteral("echo $MYV")), QStringList{QStringLiteral("$MYVAR")});
}

void TestSession::setWorldForgetsResourceSignIns()
{
    Sim::World first;
    Shell::Session session(first);
    session.run(QStringLiteral("az group create -n rg1 -l eastus -o none; X=kept"));
    Sim::World second;
    session.setWorld(second);
    QCOMPARE(session.run(QStringLiteral("az group show -n rg1 -o none")).exitStatus, 3);
    QCOMPARE(session.run(QStringLiteral("echo $X")).stdoutText(), QStringLiteral("kept\n"));
    session.setWorld(first, true);
    QCOMPARE(session.run(QStringLiteral("echo \"[$X]\"")).stdoutText(), QStringLiteral("[]\n"));
    QCOMPARE(session.run(QStringLiteral("az group show -n rg1 -o none")).exitStatus, 0);
}

void TestSession::helpOnEveryGroupAndCommand()
{
    Sim::World world;
    Shell::Session session(world);
    const QStringList groups = session.az().groupNames();
    QVERIFY(groups.size() >= 25);
    for (const QString &group : groups) {
        const Shell::RunResult r = session.run(QStringLiteral("az %1 --help").arg(group));
        QCOMPARE(r.exitStatus, 0);
        QVERIFY2(r.stdoutText().contains(QStringLiteral("    az %1 : ").arg(group)), qPrintable(group));
    }
    const QStringList commands = session.az().commandNames();
    QVERIFY(commands.size() >= 70);
    for (const QString &command : commands) {
        const Shell::RunResult r = session.run(QStringLiteral("az %1 -h").arg(command));
        QCOMPARE(r.exitStatus, 0);
        QVERIFY2(r.stdoutText().contains(QStringLiteral("Global Arguments")), qPrintable(command));
        QVERIFY2(!session.az().command(command)->summary.isEmpty(), qPrintable(command));
        // An example does what its summary says (QA: "with description and condition" stood over a command with
        // neither flag).
        for (const Shell::AzExample &example : session.az().command(command)->examples) {
            for (const char *flag : {"description", "condition", "tags"}) {
                if (example.summary.contains(QLatin1String(flag), Qt::CaseInsensitive))
                    QVERIFY2(example.command.contains(QStringLiteral("--") + QLatin1String(flag)),
                             qPrintable(command + QStringLiteral(": ") + example.summary));
            }
        }
    }
}

void TestSession::everyRequiredArgumentIsReported()
{
    // Running each command bare names all its required arguments, in az's words, with exit status 2.
    Sim::World world;
    Shell::Session session(world);
    for (const QString &name : session.az().commandNames()) {
        const Shell::AzCommand *command = session.az().command(name);
        QStringList required;
        for (const Shell::AzArgument &a : command->arguments) {
            if (a.required)
                required.append(a.options.join(QLatin1Char('/')));
        }
        if (required.isEmpty())
            continue;
        const Shell::RunResult r = session.run(QStringLiteral("az ") + name);
        QCOMPARE(r.exitStatus, 2);
        QVERIFY2(r.stderrText().startsWith(QStringLiteral("ERROR: the following arguments are required: ") +
                                           required.join(QStringLiteral(", "))),
                 qPrintable(name + QStringLiteral(": ") + r.stderrText()));
    }
}

// Every command that changes a resource and prints it prints the shape its show/list prints: azure-cli's
// cli_cosmosdb_create/update end with `client.get(...)` (cosmosdb/custom.py), appsettings set/delete print the
// list, and identity assign prints the identity block that identity show prints.
void TestSession::updatePrintsWhatShowPrints_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("show");
    QTest::newRow("cosmosdb update") << QStringLiteral("az cosmosdb update -n cosmos1 -g rg1 --disable-local-auth true")
                                     << QStringLiteral("az cosmosdb show -n cosmos1 -g rg1");
    QTest::newRow("cosmosdb create") << QStringLiteral("az cosmosdb create -n cosmos2 -g rg1 --disable-local-auth true")
                                     << QStringLiteral("az cosmosdb show -n cosmos2 -g rg1");
    QTest::newRow("keyvault update") << QStringLiteral("az keyvault update -n kv1 -g rg1 --enable-rbac-authorization false")
                                     << QStringLiteral("az keyvault show -n kv1 -g rg1");
    QTest::newRow("keyvault set-policy")
        << QStringLiteral("az keyvault update -n kv1 -g rg1 --enable-rbac-authorization false -o none && az keyvault "
                          "set-policy -n kv1 -g rg1 --object-id $(az ad signed-in-user show --query id -o tsv) "
                          "--secret-permissions get list")
        << QStringLiteral("az keyvault show -n kv1 -g rg1");
    QTest::newRow("storage account update")
        << QStringLiteral("az storage account update -n st1 -g rg1 --allow-shared-key-access false")
        << QStringLiteral("az storage account show -n st1 -g rg1");
    QTest::newRow("appsettings set") << QStringLiteral("az functionapp config appsettings set -n fn1 -g rg1 --settings A=1")
                                     << QStringLiteral("az functionapp config appsettings list -n fn1 -g rg1");
    QTest::newRow("appsettings delete")
        << QStringLiteral("az webapp config appsettings delete -n fn1 -g rg1 --setting-names A")
        << QStringLiteral("az webapp config appsettings list -n fn1 -g rg1");
    QTest::newRow("identity assign") << QStringLiteral("az functionapp identity assign -n fn1 -g rg1")
                                     << QStringLiteral("az functionapp identity show -n fn1 -g rg1");
}

void TestSession::updatePrintsWhatShowPrints()
{
    QFETCH(QString, change);
    QFETCH(QString, show);
    Sim::World world;
    Shell::Session session(world);
    const Shell::RunResult setup = session.run(oneOfEachResource());
    QVERIFY2(setup.exitStatus == 0, qPrintable(setup.text()));
    const Shell::RunResult changed = session.run(change);
    QVERIFY2(changed.exitStatus == 0, qPrintable(changed.text()));
    const Shell::RunResult shown = session.run(show);
    QVERIFY2(shown.exitStatus == 0, qPrintable(shown.text()));
    QJsonParseError error;
    const QJsonDocument a = QJsonDocument::fromJson(changed.stdoutText().toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(changed.stdoutText()));
    const QJsonDocument b = QJsonDocument::fromJson(shown.stdoutText().toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(shown.stdoutText()));
    QVERIFY(!a.isEmpty());
    QCOMPARE(a, b);
}

// Regression: huge sleeps returned 0 without moving the clock (a double cast past qint64), or moved it to year 12026
// where HTTP dates no longer parse. One sleep waits at most Interpreter::MaxSleepSeconds (365 days).
void TestSession::sleepRefusesWhatDoesNotFit_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("advanced"); // seconds
    QTest::newRow("int64 max") << QStringLiteral("sleep 9223372036854775807") << 1 << qint64(0);
    QTest::newRow("exponent") << QStringLiteral("sleep 1e23") << 1 << qint64(0);
    QTest::newRow("10,000 years") << QStringLiteral("sleep 315360000000") << 1 << qint64(0);
    QTest::newRow("366 days") << QStringLiteral("sleep 366d") << 1 << qint64(0);
    QTest::newRow("two halves too many") << QStringLiteral("sleep 200d 200d") << 1 << qint64(0);
    QTest::newRow("negative") << QStringLiteral("sleep -1") << 1 << qint64(0);
    QTest::newRow("365 days fit") << QStringLiteral("sleep 365d") << 0 << qint64(365) * 86400;
    QTest::newRow("hours and minutes") << QStringLiteral("sleep 1h 30m") << 0 << qint64(5400);
}

void TestSession::sleepRefusesWhatDoesNotFit()
{
    QFETCH(QString, command);
    QFETCH(int, status);
    QFETCH(qint64, advanced);
    Sim::World world;
    Shell::Session session(world);
    const qint64 start = world.now();
    const Shell::RunResult r = session.run(command);
    QCOMPARE(r.exitStatus, status);
    QCOMPARE(world.now() - start, advanced);
    if (status != 0)
        QVERIFY2(r.stderrText().startsWith(QLatin1String("sleep: invalid time interval")), qPrintable(r.text()));
}

// The clock ends at 9999-01-01: a sleep that would pass it is refused, advance() saturates, and a token issued at
// the end still gets a valid Cosmos request through (the date header keeps its four-digit year).
void TestSession::clockStopsAtItsEnd()
{
    Sim::World world;
    world.clock().setNow(Sim::Clock::MaxSeconds - 60);
    Shell::Session session(world);
    const Shell::RunResult r = session.run(QStringLiteral("sleep 120"));
    QCOMPARE(r.exitStatus, 1);
    QVERIFY2(r.stderrText().contains(QLatin1String("9999-01-01")), qPrintable(r.text()));
    QCOMPARE(world.now(), Sim::Clock::MaxSeconds - 60);
    world.advance(std::numeric_limits<qint64>::max());
    QCOMPARE(world.now(), Sim::Clock::MaxSeconds);
    QCOMPARE(Sim::Clock::httpDate(world.now()), QStringLiteral("Fri, 01 Jan 9999 00:00:00 GMT"));

    // An hour before the end a token-authorized data-plane round trip still works.
    Sim::World late;
    late.clock().setNow(Sim::Clock::MaxSeconds - 3600);
    Shell::Session lateSession(late);
    const Shell::RunResult blob = lateSession.run(QStringLiteral(
        "az group create -n rg1 -l eastus -o none\n"
        "az storage account create -n stdata -g rg1 -o none\n"
        "az storage container create --account-name stdata --name reports -o none\n"
        "me=$(az ad signed-in-user show --query id -o tsv)\n"
        "az role assignment create --assignee-object-id $me --assignee-principal-type User --role \"Storage Blob "
        "Data Contributor\" --scope $(az storage account show -n stdata --query id -o tsv) -o none\n"
        "sleep 10m\n"
        "echo hi > a.txt\n"
        "az storage blob upload --account-name stdata -c reports -n a.txt -f a.txt --auth-mode login -o none"));
    QVERIFY2(blob.exitStatus == 0, qPrintable(blob.text()));
}

// QA: "${#var}" stopped the whole script; a learner checks a token's length with it ("echo ${#token}").
void TestSession::lengthOfAVariable_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("output");
    QTest::newRow("plain") << QStringLiteral("t=abcdef; echo ${#t}") << QStringLiteral("6\n");
    QTest::newRow("quoted, in text") << QStringLiteral("t=abc; echo \"len=${#t}.\"") << QStringLiteral("len=3.\n");
    QTest::newRow("unset") << QStringLiteral("echo ${#nothing}") << QStringLiteral("0\n");
    QTest::newRow("empty") << QStringLiteral("e=; echo ${#e}") << QStringLiteral("0\n");
    QTest::newRow("not a name") << QStringLiteral("echo ${#1x}") << QString();
}

void TestSession::lengthOfAVariable()
{
    QFETCH(QString, script);
    QFETCH(QString, output);
    Sim::World world;
    Shell::Session session(world);
    const Shell::RunResult r = session.run(script);
    if (output.isEmpty()) {
        QCOMPARE(r.exitStatus, 2);
        QVERIFY2(r.stderrText().contains(QLatin1String("bad substitution")), qPrintable(r.text()));
        return;
    }
    QCOMPARE(r.exitStatus, 0);
    QCOMPARE(r.text(), output);
}

// QA: `az storage account show` nested allowSharedKeyAccess under "properties", so the everyday
// `--query allowSharedKeyAccess` printed nothing. az lifts the ARM properties of most resources to the top
// (`az webapp show --query defaultHostName`, `az cosmosdb show --query disableLocalAuth`), Key Vault and resource
// groups excepted (`az keyvault show --query properties.enableRbacAuthorization`, facts §az).
void TestSession::queriesReachPropertiesWhereAzPutsThem_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("output");
    QTest::newRow("storage account show")
        << QStringLiteral("az storage account show -n st1 -g rg1 --query allowSharedKeyAccess") << QStringLiteral("true");
    QTest::newRow("storage account update")
        << QStringLiteral("az storage account update -n st1 -g rg1 --allow-shared-key-access false --query allowSharedKeyAccess")
        << QStringLiteral("false");
    QTest::newRow("storage account list")
        << QStringLiteral("az storage account list --query \"[0].primaryEndpoints.blob\" -o tsv")
        << QStringLiteral("https://st1.blob.core.windows.net/");
    QTest::newRow("functionapp show") << QStringLiteral("az functionapp show -n fn1 -g rg1 --query defaultHostName -o tsv")
                                      << QStringLiteral("fn1.azurewebsites.net");
    QTest::newRow("functionapp list") << QStringLiteral("az functionapp list --query \"[0].state\" -o tsv")
                                      << QStringLiteral("Running");
    QTest::newRow("cosmosdb show") << QStringLiteral("az cosmosdb show -n cosmos1 -g rg1 --query disableLocalAuth")
                                   << QStringLiteral("false");
    QTest::newRow("keyvault stays nested")
        << QStringLiteral("az keyvault show -n kv1 -g rg1 --query properties.enableRbacAuthorization") << QStringLiteral("true");
    QTest::newRow("group stays nested")
        << QStringLiteral("az group show -n rg1 --query properties.provisioningState -o tsv") << QStringLiteral("Succeeded");
}

void TestSession::queriesReachPropertiesWhereAzPutsThem()
{
    QFETCH(QString, command);
    QFETCH(QString, output);
    Sim::World world;
    Shell::Session session(world);
    const Shell::RunResult setup = session.run(oneOfEachResource());
    QVERIFY2(setup.exitStatus == 0, qPrintable(setup.text()));
    const Shell::RunResult r = session.run(command);
    QVERIFY2(r.exitStatus == 0, qPrintable(r.text()));
    QCOMPARE(r.stdoutText().trimmed(), output);
}

// Real az commands from the reference that the console does not run say so, instead of az's "misspelled" (QA: a
// learner copying `az role definition create` from the docs was sent looking for a typo). A true typo still gets it.
void TestSession::realCommandsNotSimulatedSaySo_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("error");
    QTest::newRow("role definition create")
        << QStringLiteral("az role definition create --role-definition @role.json")
        << QStringLiteral("ERROR: 'az role definition create' is a real Azure CLI command, but Keyless does not "
                          "simulate it.\nRun 'az role definition --help' to see the commands this console runs.\n");
    QTest::newRow("group not simulated")
        << QStringLiteral("az containerapp identity assign -g rg1 -n app1 --system-assigned")
        << QStringLiteral("ERROR: 'az containerapp identity assign' is a real Azure CLI command, but Keyless does not "
                          "simulate it.\nRun 'az --help' to see the commands this console runs.\n");
    QTest::newRow("cosmos exists")
        << QStringLiteral("az cosmosdb sql role assignment exists -a cosmos1 -g rg1 -i 1")
        << QStringLiteral(
               "ERROR: 'az cosmosdb sql role assignment exists' is a real Azure CLI command, but Keyless "
               "does not simulate it.\nRun 'az cosmosdb sql role assignment --help' to see the commands this "
               "console runs.\n");
    QTest::newRow("with --help") << QStringLiteral("az identity federated-credential create --help")
                                 << QStringLiteral("ERROR: 'az identity federated-credential create' is a real Azure "
                                                   "CLI command, but Keyless does not simulate it.\nRun 'az identity "
                                                   "--help' to see the commands this console runs.\n");
    QTest::newRow("a typo is still a typo")
        << QStringLiteral("az role definition craete")
        << QStringLiteral("ERROR: 'craete' is misspelled or not recognized by the system.\nRun 'az role definition "
                          "--help' to see the available commands.\n");
}

void TestSession::realCommandsNotSimulatedSaySo()
{
    QFETCH(QString, command);
    QFETCH(QString, error);
    Sim::World world;
    Shell::Session session(world);
    const Shell::RunResult r = session.run(command);
    QCOMPARE(r.stderrText(), error);
    QCOMPARE(r.stdoutText(), QString());
    QCOMPARE(r.exitStatus, 2);
}

// az resolves --role itself and raises CLIError "Role 'X' doesn't exist.": exit 1, as azure-cli's
// util.handle_exception gives every error but ResourceNotFoundError (3). List and delete printed an ARM error block
// "(RoleDefinitionDoesNotExist)" instead, and all three exited 3.
void TestSession::anUnknownRoleIsAzsOwnError_data()
{
    QTest::addColumn<QString>("command");
    const QString scope = QStringLiteral(" --scope /subscriptions/00000000-0000-0000-0000-000000000000");
    QTest::newRow("create") << QStringLiteral("az role assignment create --assignee-object-id "
                                              "11111111-1111-1111-1111-111111111111 --assignee-principal-type "
                                              "ServicePrincipal --role \"Cosmos Writer\"") +
                                   scope;
    QTest::newRow("list") << QStringLiteral("az role assignment list --role \"Cosmos Writer\"");
    QTest::newRow("delete") << QStringLiteral("az role assignment delete --role \"Cosmos Writer\"") + scope;
}

void TestSession::anUnknownRoleIsAzsOwnError()
{
    QFETCH(QString, command);
    Sim::World world;
    Shell::Session session(world);
    const Shell::RunResult r = session.run(command);
    QCOMPARE(r.stderrText(), QStringLiteral("ERROR: Role 'Cosmos Writer' doesn't exist.\n"));
    QCOMPARE(r.exitStatus, 1);
}

// A script cannot grow a text until the process runs out of memory (QA: 28 lines of X=$X$X ended in std::bad_alloc):
// a word, a pipe, a $(…) and a file keep at most Interpreter::MaxTextLength characters, and refuse with a message.
void TestSession::textStaysWithinItsLimits_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("printed");
    // 2^22 characters exactly: X=a, then 22 doublings.
    QString full = QStringLiteral("X=a\n");
    for (int i = 0; i < 22; ++i)
        full += QStringLiteral("X=$X$X\n");
    QTest::newRow("a word at the limit") << full + QStringLiteral("echo ${#X}") << QString()
                                         << QStringLiteral("4194304\n");
    QTest::newRow("one doubling more") << full + QStringLiteral("X=$X$X\necho ${#X} $?")
                                       << QStringLiteral("keyless: a word longer than 4194304 characters: refused\n")
                                       << QStringLiteral("4194304 1\n");
    QTest::newRow("a command line of many words")
        << full + QStringLiteral("echo $X $X $X $X $X $X $X $X $X $X > /dev/null; echo $?")
        << QStringLiteral("keyless: a command line longer than 8388608 characters: refused\n") << QStringLiteral("1\n");
    QTest::newRow("a pipe") << full + QStringLiteral("printf '%s%s' \"$X\" a | wc -c")
                            << QStringLiteral(
                                   "keyless: a pipe carries at most 4194304 characters: the rest was dropped\n")
                            << QStringLiteral("4194304\n");
    QTest::newRow("a pipe of two") << full + QStringLiteral("printf '%s' \"$X\" > f\ncat f f | wc -c")
                                   << QStringLiteral(
                                          "keyless: a pipe carries at most 4194304 characters: the rest was dropped\n")
                                   << QStringLiteral("4194304\n");
    QTest::newRow("a file appended to") << full + QStringLiteral("printf '%s' \"$X\" > f\necho b >> f; echo $?")
                                        << QStringLiteral("keyless: a text of 4194306 characters is longer than the "
                                                          "console keeps (4194304)\n")
                                        << QStringLiteral("1\n");
    QTest::newRow("a command substitution")
        << full + QStringLiteral("Y=$(cat f f)\necho ${#Y} $?")
        << QStringLiteral("keyless: $(…) keeps at most 4194304 characters of output\n") << QStringLiteral("0 1\n");
}

void TestSession::textStaysWithinItsLimits()
{
    QFETCH(QString, script);
    QFETCH(QString, error);
    QFETCH(QString, printed);
    Sim::World world;
    Shell::Session session(world);
    if (qstrcmp(QTest::currentDataTag(), "a command substitution") == 0)
        session.interpreter().writeFile(QStringLiteral("f"), QString(3 << 20, QLatin1Char('x')));
    const Shell::RunResult r = session.run(script);
    QVERIFY2(r.stderrText().endsWith(error) || (error.isEmpty() && r.stderrText().isEmpty()),
             qPrintable(r.stderrText().left(400)));
    QCOMPARE(r.stdoutText(), printed);
}

// All variables and files together keep at most MaxStoredText characters, and one run prints at most MaxRunOutput.
void TestSession::storedTextAndOutputStayWithinTheirLimits()
{
    Sim::World world;
    Shell::Session session(world);
    Shell::Interpreter &shell = session.interpreter();
    shell.setVariable(QStringLiteral("X"), QString(Shell::Interpreter::MaxTextLength, QLatin1Char('x')));
    // X and 6 copies, with the session's own few variables, stay under the limit; one copy more does not.
    const qsizetype copies = Shell::Interpreter::MaxStoredText / Shell::Interpreter::MaxTextLength - 2;
    QString script;
    for (qsizetype i = 1; i <= copies; ++i)
        script += QStringLiteral("Y%1=$X\n").arg(i);
    const Shell::RunResult filled = session.run(script);
    QCOMPARE(filled.stderrText(), QString());
    QCOMPARE(filled.exitStatus, 0);
    const Shell::RunResult over = session.run(QStringLiteral("Z=$X"));
    QCOMPARE(over.exitStatus, 1);
    QVERIFY2(over.stderrText().startsWith(QLatin1String("keyless: variables and files already hold 2936")),
             qPrintable(over.stderrText()));
    QVERIFY2(over.stderrText().endsWith(QLatin1String(" characters; the console keeps at most 33554432\n")),
             qPrintable(over.stderrText()));
    QVERIFY(!shell.hasVariable(QStringLiteral("Z")));
    // Replacing a big value by another of the same size still fits.
    QCOMPARE(session.run(QStringLiteral("Y1=$X")).exitStatus, 0);

    const qsizetype line = Shell::Interpreter::MaxTextLength + 1; // echo adds a newline
    const Shell::RunResult printed = session.run(QStringLiteral("echo $X\necho $X\necho $X\necho $X\necho $X"));
    QCOMPARE(printed.stdoutText().size(), (Shell::Interpreter::MaxRunOutput / line) * line);
    QCOMPARE(printed.stderrText(),
             QStringLiteral("keyless: more than 16777216 characters of output: the rest is not shown\n"));
}

// QA: `jq -n '[range(2e6)]'` (one write of 20 MB) showed nothing but the note. What fits is shown, to a whole line.
void TestSession::outputPastTheLimitShowsWhatFits()
{
    Sim::World world;
    Shell::Session session(world);
    QString lines;
    for (qsizetype i = 0; i < Shell::Interpreter::MaxTextLength / 2; ++i)
        lines += QStringLiteral("a\n");
    session.interpreter().setVariable(QStringLiteral("X"), lines);
    const Shell::RunResult r =
        session.run(QStringLiteral("echo \"$X\"\necho \"$X\"\necho \"$X\"\necho \"$X\"\necho \"$X\""));
    const QString out = r.stdoutText();
    QCOMPARE(out.size(), Shell::Interpreter::MaxRunOutput - 1); // three whole writes, the fourth to its last whole line
    QVERIFY(out.endsWith(QStringLiteral("a\n")));
    QCOMPARE(r.stderrText(),
             QStringLiteral("keyless: more than 16777216 characters of output: the rest is not shown\n"));
}

// Facts §6.5: on an RBAC vault the CLI refuses access policies itself, with a plain error (QA: it printed an ARM
// "(BadRequest)" block with Code and Message).
void TestSession::anRbacVaultRefusesPoliciesInTheCli_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("set-policy") << QStringLiteral(
        "az keyvault set-policy -n kv1 --object-id $ME --secret-permissions get");
    QTest::newRow("delete-policy") << QStringLiteral("az keyvault delete-policy -n kv1 --object-id $ME");
}

void TestSession::anRbacVaultRefusesPoliciesInTheCli()
{
    QFETCH(QString, command);
    Sim::World world;
    Shell::Session session(world);
    QCOMPARE(session
                 .run(QStringLiteral("az group create -n rg1 -l eastus -o none\naz keyvault create -n kv1 -g rg1 -o "
                                     "none\nME=$(az ad signed-in-user show --query id -o tsv)"))
                 .exitStatus,
             0);
    const Shell::RunResult r = session.run(command);
    QCOMPARE(r.stderrText(),
             QStringLiteral("ERROR: Cannot set policies to a vault with '--enable-rbac-authorization' specified\n"));
    QCOMPARE(r.exitStatus, 1);
}

// ARM refuses names its type does not allow, with its code and message, as `az` prints them:
// - storage accounts (azure-docs, error-storage-account-name): 3 to 24 lower-case letters and digits. QA: any name was
//   taken, and one that is no DNS label failed much later, as a token error for "https://";
// - key vaults, as a deployment printed it (Azure/azure-dev issue 3496): 3-24 letters, digits and hyphens, a letter
//   first, a letter or digit last, no two hyphens in a row (azure-docs common-error-codes).
void TestSession::namesFollowArmsRule_data()
{
    QTest::addColumn<QString>("command"); // the create command without its name
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    const QString storage = QStringLiteral("az storage account create -g rg1 -o none -n ");
    const QString vault = QStringLiteral("az keyvault create -g rg1 -o none -n ");
    const auto addStorage = [&](const char *tag, const QString &name, bool valid) {
        QTest::addRow("storage: %s", tag) << storage << Sim::ResourceType::storageAccount() << name << valid;
    };
    const auto addVault = [&](const char *tag, const QString &name, bool valid) {
        QTest::addRow("vault: %s", tag) << vault << Sim::ResourceType::keyVault() << name << valid;
    };
    addStorage("upper case and underscore", QStringLiteral("ST_bad"), false);
    addStorage("two characters", QStringLiteral("ab"), false);
    addStorage("25 characters", QString(25, QLatin1Char('a')), false);
    addStorage("a hyphen", QStringLiteral("st-reports"), false);
    addStorage("three", QStringLiteral("st1"), true);
    addStorage("24", QString(24, QLatin1Char('z')), true);
    addVault("a digit first", QStringLiteral("1kv-orders"), false);
    addVault("a hyphen last", QStringLiteral("kv-orders-"), false);
    addVault("two hyphens", QStringLiteral("kv--orders"), false);
    addVault("an underscore", QStringLiteral("kv_orders"), false);
    addVault("two characters", QStringLiteral("kv"), false);
    addVault("25 characters", QStringLiteral("k") + QString(24, QLatin1Char('v')), false);
    addVault("three, a digit last", QStringLiteral("kv1"), true);
    addVault("upper case and hyphens", QStringLiteral("KV-Orders-2"), true);
    addVault("24", QStringLiteral("k") + QString(23, QLatin1Char('v')), true);
}

void TestSession::namesFollowArmsRule()
{
    QFETCH(QString, command);
    QFETCH(QString, type);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    Sim::World world;
    Shell::Session session(world);
    const Shell::RunResult r =
        session.run(QStringLiteral("az group create -n rg1 -l eastus -o none\n") + command + name);
    const bool isVault = type == Sim::ResourceType::keyVault();
    const QString code = isVault ? QStringLiteral("VaultNameNotValid") : QStringLiteral("AccountNameInvalid");
    const QString message =
        isVault ? QStringLiteral("The vault name '%1' is invalid. A vault's name must be between 3-24 alphanumeric "
                                 "characters. The name must begin with a letter, end with a letter or digit, and not "
                                 "contain consecutive hyphens. Follow this link for more information: "
                                 "https://go.microsoft.com/fwlink/?linkid=2147742")
                      .arg(name)
                : QStringLiteral("%1 is not a valid storage account name. Storage account name must be between 3 and "
                                 "24 characters in length and use numbers and lower-case letters only.")
                      .arg(name);
    QCOMPARE(r.exitStatus, valid ? 0 : 1);
    QCOMPARE(r.stderrText(),
             valid ? QString() : QStringLiteral("ERROR: (%1) %2\nCode: %1\nMessage: %2\n").arg(code, message));
    QCOMPARE(world.findResource(name, type) != nullptr, valid);
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
