#include "shell/interpreter.h"

#include <QTest>

using namespace Keyless::Shell;

// The text tools behind pipes: real jq (libjq 1.6), grep, head, tail, wc, sort, cut, base64, and the
// interpreter hooks (sleep → clock, command log).
class TestTextCommands : public QObject
{
    Q_OBJECT

private slots:
    void pipes_data();
    void pipes();
    void sleepAdvancesClock();
    void commandLog();
    void scopes();
};

void TestTextCommands::pipes_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    QTest::addColumn<int>("status");

    const QString json = QStringLiteral("J='{\"name\":\"rg1\",\"tags\":{},\"list\":[1,2,3],\"ok\":false}'; ");
    QTest::newRow("jq pretty") << json + QStringLiteral("echo \"$J\" | jq .list") << "[\n  1,\n  2,\n  3\n]\n"
                               << "" << 0;
    QTest::newRow("jq raw") << json + QStringLiteral("echo \"$J\" | jq -r .name") << "rg1\n"
                            << "" << 0;
    // jq 1.6 takes an option after the filter too (QA: `jq .access_token -r` said "Could not open -r").
    QTest::newRow("jq option after the filter") << json + QStringLiteral("echo \"$J\" | jq .name -r") << "rg1\n"
                                                << "" << 0;
    QTest::newRow("jq options around the filter")
        << json + QStringLiteral("echo \"$J\" | jq -c '{n: .name}' -S") << "{\"n\":\"rg1\"}\n"
        << "" << 0;
    QTest::newRow("jq string not raw") << json + QStringLiteral("echo \"$J\" | jq .name") << "\"rg1\"\n"
                                       << "" << 0;
    QTest::newRow("jq compact") << json + QStringLiteral("echo \"$J\" | jq -c '{n: .name, c: (.list|length)}'")
                                << "{\"n\":\"rg1\",\"c\":3}\n"
                                << "" << 0;
    QTest::newRow("jq combined flags") << json + QStringLiteral("echo \"$J\" | jq -rc '.list[]'") << "1\n2\n3\n"
                                       << "" << 0;
    QTest::newRow("jq -e false") << json + QStringLiteral("echo \"$J\" | jq -e .ok") << "false\n"
                                 << "" << 1;
    QTest::newRow("jq -e true") << json + QStringLiteral("echo \"$J\" | jq -e '.list|length > 1'") << "true\n"
                                << "" << 0;
    QTest::newRow("jq -e no output") << json + QStringLiteral("echo \"$J\" | jq -e 'empty'") << ""
                                     << "" << 4;
    QTest::newRow("jq arg") << "echo null | jq -r --arg who me '\"hi \\($who)\"'"
                            << "hi me\n"
                            << "" << 0;
    QTest::newRow("jq null input") << "jq -n '1+1'"
                                   << "2\n"
                                   << "" << 0;
    QTest::newRow("jq several inputs") << "echo '1 2' | jq '.+1'"
                                       << "2\n3\n"
                                       << "" << 0;
    QTest::newRow("jq compile error")
        << "echo '{}' | jq '.a |||'"
        << ""
        << "jq: error: syntax error, unexpected '|' (Unix shell quoting issues?) at <top-level>, line 1:\n"
           ".a |||    \njq: 1 compile error\n"
        << 3;
    QTest::newRow("jq runtime error") << "echo '{\"a\":1}' | jq .a.b"
                                      << ""
                                      << "jq: error (at <stdin>:1): Cannot index number with string \"b\"\n"
                                      << 5;
    // Debian's jq 1.6 ends with 4 here (its main returns JQ_OK_NO_OUTPUT on a parse error).
    QTest::newRow("jq bad input") << "echo 'nope' | jq ."
                                  << ""
                                  << "parse error: Invalid literal at line 2, column 0\n"
                                  << 4;
    // Options and messages as jq 1.6 prints them (QA compared 158 filters with /usr/bin/jq).
    const QString help = QStringLiteral("Use jq --help for help with command-line options,\nor see the jq manpage, or "
                                        "online docs  at https://stedolan.github.io/jq\n");
    QTest::newRow("jq unknown long option") << "echo 1 | jq --foo ."
                                            << "" << QStringLiteral("jq: Unknown option --foo\n") + help << 2;
    QTest::newRow("jq unknown short option") << "echo 1 | jq -Z ."
                                             << "" << QStringLiteral("jq: Unknown option -Z\n") + help << 2;
    QTest::newRow("jq --indent out of range")
        << "echo 1 | jq --indent 9 ."
        << "" << QStringLiteral("jq: --indent takes a number between -1 and 7\n") + help << 2;
    QTest::newRow("jq --indent -1 is a tab") << "echo '[1]' | jq --indent -1 ."
                                             << "[\n\t1\n]\n"
                                             << "" << 0;
    QTest::newRow("jq --indent 0") << "jq -n --indent 0 '[1]'"
                                   << "[1]\n"
                                   << "" << 0;
    QTest::newRow("jq -a") << "echo '\"\u00e9\"' | jq -a ."
                           << "\"\\u00e9\"\n"
                           << "" << 0;
    QTest::newRow("jq -r -a keeps the quotes") << "echo '\"\u00e9\"' | jq -r -a ."
                                               << "\"\\u00e9\"\n"
                                               << "" << 0;
    QTest::newRow("jq colour options") << "echo '{\"a\":1}' | jq -M -C --monochrome-output --color-output -c ."
                                       << "{\"a\":1}\n"
                                       << "" << 0;
    QTest::newRow("jq --version") << "jq --version"
                                  << "jq-1.6\n"
                                  << "" << 0;
    QTest::newRow("jq -n error has no place") << "jq -n '1|.a'"
                                              << ""
                                              << "jq: error (at <unknown>): Cannot index number with string \"a\"\n"
                                              << 5;
    QTest::newRow("jq error that is not a string") << "jq -n '{\"a\":1}|error'"
                                                   << ""
                                                   << "jq: error (at <unknown>) (not a string): {\"a\":1}\n"
                                                   << 5;
    QTest::newRow("jq no filter") << "jq"
                                  << ""
                                  << "jq: error: no filter given; try jq '.'\nUse jq --help for help "
                                     "with command-line options,\nor see the jq manpage, or online docs  "
                                     "at https://stedolan.github.io/jq\n"
                                  << 2;
    // Checked against Debian's jq 1.6: `input` and `inputs` read the inputs the main loop has not taken (QA: `jq input`
    // ended the app), and without a filter piped input goes through `.`.
    QTest::newRow("jq input takes the next input") << "echo '1 2 3' | jq -c '[., input]'"
                                                   << "[1,2]\n"
                                                   << "jq: error (at <stdin>:1): break\n"
                                                   << 5;
    QTest::newRow("jq input with none left") << "echo 1 | jq input"
                                             << ""
                                             << "jq: error (at <stdin>:1): break\n"
                                             << 5;
    QTest::newRow("jq -n inputs") << "echo '1 2 3' | jq -nc '[inputs]'"
                                  << "[1,2,3]\n"
                                  << "" << 0;
    QTest::newRow("jq -n leaves a bad input unread") << "echo nope | jq -n 1"
                                                     << "1\n"
                                                     << "" << 0;
    QTest::newRow("jq -n inputs reaching a bad input")
        << "echo '1 nope' | jq -nc '[inputs]'"
        << ""
        << "jq: error (at <stdin>:1): Invalid literal at line 2, column 0\n"
        << 5;
    QTest::newRow("jq -R -n inputs") << "printf 'a\\nb\\n' | jq -ncR '[inputs]'"
                                     << "[\"a\",\"b\"]\n"
                                     << "" << 0;
    QTest::newRow("jq piped without a filter") << "echo '{\"a\":1}' | jq -c"
                                               << "{\"a\":1}\n"
                                               << "" << 0;
    // No modules to import: jq's own "module not found" (libjq 1.6 failed an assertion and ended the app).
    QTest::newRow("jq import") << "echo 1 | jq 'import \"foo\" as f; .'"
                               << ""
                               << "jq: error: module not found: foo\n\njq: 1 compile error\n"
                               << 3;
    QTest::newRow("jq include") << "echo 1 | jq 'include \"x\"; .'"
                                << ""
                                << "jq: error: module not found: x\n\njq: 1 compile error\n"
                                << 3;
    // jq's `env` is the console's environment, never the machine's (QA: it listed the host's variables).
    QTest::newRow("jq env")
        << "export TOKEN=abc; echo 1 | jq -r '[env.HOME, env.TOKEN, (env|has(\"KEYLESS_TEST_HOST\"))] | @csv'"
        << "\"/home/learner\",\"abc\",false\n"
        << "" << 0;
    QTest::newRow("jq debug") << "echo '{\"a\":[1]}' | jq -c 'debug | .a'"
                              << "[1]\n"
                              << "[\"DEBUG:\",{\"a\":[1]}]\n"
                              << 0;
    QTest::newRow("jq halt_error string") << "jq -n '\"bye\\n\" | halt_error'"
                                          << ""
                                          << "bye\n"
                                          << 5;
    QTest::newRow("jq halt_error value") << "jq -n '{\"a\":1} | halt_error(3)'"
                                         << ""
                                         << "{\"a\":1}\n"
                                         << 3;
    QTest::newRow("jq halt stops one input") << "echo '1 2' | jq '., halt'"
                                             << "1\n2\n"
                                             << "" << 0;
    QTest::newRow("jq the last input's status") << "echo '1 {}' | jq -c '.a'"
                                                << "null\n"
                                                << "jq: error (at <stdin>:1): Cannot index number with string \"a\"\n"
                                                << 0;
    QTest::newRow("jq halt_error on the last input")
        << "echo '1 2' | jq -c 'if .==2 then halt_error(4) else error(\"x\") end'"
        << ""
        << "jq: error (at <stdin>:1): x\n2\n"
        << 4;
    QTest::newRow("jq $ENV follows the environment")
        << "export FOO=1; jq -n -c '$ENV.FOO'; export FOO=2; jq -n -c '$ENV.FOO'"
        << "\"1\"\n\"2\"\n"
        << "" << 0;
    QTest::newRow("jq $ENV") << "echo 1 | jq -r '$ENV.USER'"
                             << "learner\n"
                             << "" << 0;
    QTest::newRow("jq from file") << "echo '[5]' > a.json; jq '.[0]' a.json"
                                  << "5\n"
                                  << "" << 0;
    // jq -R / --raw-input: each line is a JSON string, with -s the whole input is one (checked against jq 1.6).
    QTest::newRow("jq -R lines") << "printf 'a\\n\\nb' | jq -R ."
                                 << "\"a\"\n\"\"\n\"b\"\n"
                                 << "" << 0;
    QTest::newRow("jq -R -s") << "printf 'a\\nb\\n' | jq -Rs ."
                              << "\"a\\nb\\n\"\n"
                              << "" << 0;
    QTest::newRow("jq --raw-input -r") << "printf 'x\\ny\\n' | jq --raw-input -r ascii_upcase"
                                       << "X\nY\n"
                                       << "" << 0;
    QTest::newRow("jq -R fromjson") << "echo '{\"a\":1}' | jq -R 'fromjson|.a'"
                                    << "1\n"
                                    << "" << 0;
    QTest::newRow("jq -R text is not parsed") << "echo 'nope' | jq -cR '[., length]'"
                                              << "[\"nope\",4]\n"
                                              << "" << 0;
    QTest::newRow("jq -R empty input") << "printf '' | jq -R ."
                                       << ""
                                       << "" << 0;
    QTest::newRow("jq -R -s empty input") << "printf '' | jq -Rs ."
                                          << "\"\"\n"
                                          << "" << 0;
    QTest::newRow("jq -R -e no output") << "printf 'a\\n' | jq -Re 'select(. == \"z\")'"
                                        << ""
                                        << "" << 4;
    QTest::newRow("jq -R from file") << "printf 'k=v\\n' > a.txt; jq -R 'split(\"=\")[1]' a.txt"
                                     << "\"v\"\n"
                                     << "" << 0;
    QTest::newRow("jq -n wins over -s") << "echo '1 2' | jq -ns ."
                                        << "null\n"
                                        << "" << 0;
    QTest::newRow("grep") << "printf 'a\\nB\\nab\\n' | grep a"
                          << "a\nab\n"
                          << "" << 0;
    QTest::newRow("grep -i") << "printf 'a\\nB\\nab\\n' | grep -i b"
                             << "B\nab\n"
                             << "" << 0;
    QTest::newRow("grep -v") << "printf 'a\\nB\\nab\\n' | grep -v a"
                             << "B\n"
                             << "" << 0;
    QTest::newRow("grep -c") << "printf 'a\\nB\\nab\\n' | grep -c a"
                             << "2\n"
                             << "" << 0;
    QTest::newRow("grep -c none") << "printf 'a\\n' | grep -c z"
                                  << "0\n"
                                  << "" << 1;
    QTest::newRow("grep -q") << "printf 'a\\n' | grep -q a && echo found"
                             << "found\n"
                             << "" << 0;
    QTest::newRow("grep no match status") << "echo a | grep z"
                                          << ""
                                          << "" << 1;
    QTest::newRow("grep basic plus is literal") << "printf 'a+\\naa\\n' | grep 'a+'"
                                                << "a+\n"
                                                << "" << 0;
    QTest::newRow("grep -E plus") << "printf 'a+\\naa\\nb\\n' | grep -E '^a+$'"
                                  << "aa\n"
                                  << "" << 0;
    QTest::newRow("grep -E alternation") << "printf 'x\\ny\\nz\\n' | grep -E 'x|z'"
                                         << "x\nz\n"
                                         << "" << 0;
    QTest::newRow("grep -o") << "echo 'id: abc-123' | grep -oE '[0-9]+'"
                             << "123\n"
                             << "" << 0;
    QTest::newRow("grep bad option") << "echo a | grep -P a"
                                     << ""
                                     << "grep: option '-P' is not supported in this console (supported: -i -v -c "
                                        "-q -E -F -o -n -w)\n"
                                     << 2;
    QTest::newRow("head -n") << "printf '1\\n2\\n3\\n' | head -n 2"
                             << "1\n2\n"
                             << "" << 0;
    QTest::newRow("head -N") << "printf '1\\n2\\n3\\n' | head -1"
                             << "1\n"
                             << "" << 0;
    QTest::newRow("head -n1") << "printf '1\\n2\\n3\\n' | head -n1"
                              << "1\n"
                              << "" << 0;
    QTest::newRow("tail") << "printf '1\\n2\\n3\\n' | tail -n 1"
                          << "3\n"
                          << "" << 0;
    QTest::newRow("tail +N") << "printf '1\\n2\\n3\\n' | tail -n +2"
                             << "2\n3\n"
                             << "" << 0;
    QTest::newRow("head bad count") << "echo | head -n x"
                                    << ""
                                    << "head: invalid number of lines: 'x'\n"
                                    << 1;
    QTest::newRow("wc -l") << "printf '1\\n2\\n3\\n' | wc -l"
                           << "3\n"
                           << "" << 0;
    QTest::newRow("wc -l empty") << "printf '' | wc -l"
                                 << "0\n"
                                 << "" << 0;
    QTest::newRow("wc all") << "echo 'a b' | wc"
                            << "      1       2       4\n"
                            << "" << 0;
    QTest::newRow("sort") << "printf 'b\\na\\nb\\n' | sort -u"
                          << "a\nb\n"
                          << "" << 0;
    QTest::newRow("cut") << "echo 'a.b.c' | cut -d. -f2"
                         << "b\n"
                         << "" << 0;
    QTest::newRow("base64 round trip") << "echo hi | base64 | base64 -d"
                                       << "hi\n"
                                       << "" << 0;
    QTest::newRow("cat missing file") << "cat nope.txt"
                                      << ""
                                      << "cat: nope.txt: No such file or directory\n"
                                      << 1;
    QTest::newRow("echo to pipe chain") << "echo 'x y z' | wc -w"
                                        << "3\n"
                                        << "" << 0;
}

void TestTextCommands::pipes()
{
    QFETCH(QString, script);
    QFETCH(QString, out);
    QFETCH(QString, err);
    QFETCH(int, status);
    qputenv("KEYLESS_TEST_HOST", "a variable of the machine's"); // which the console's jq must not see
    Interpreter shell;
    const RunResult result = shell.run(script);
    QCOMPARE(result.stdoutText(), out);
    QCOMPARE(result.stderrText(), err);
    QCOMPARE(result.exitStatus, status);
}

void TestTextCommands::sleepAdvancesClock()
{
    Interpreter shell;
    qint64 total = 0;
    Interpreter::Hooks hooks;
    hooks.advanceClock = [&total](qint64 ms) {
        total += ms;
    };
    shell.setHooks(hooks);
    QCOMPARE(shell.run(QStringLiteral("sleep 600; sleep 1.5; sleep 2m")).exitStatus, 0);
    QCOMPARE(total, qint64(600000 + 1500 + 120000));
    const RunResult bad = shell.run(QStringLiteral("sleep soon"));
    QCOMPARE(bad.exitStatus, 1);
    QCOMPARE(bad.stderrText(), QStringLiteral("sleep: invalid time interval 'soon'\n"));
    QCOMPARE(total, qint64(721500));
}

void TestTextCommands::commandLog()
{
    Interpreter shell;
    QList<CommandRecord> records;
    qint64 clock = 0;
    Interpreter::Hooks hooks;
    hooks.advanceClock = [&clock](qint64 ms) {
        clock += ms;
    };
    hooks.now = [&clock] {
        return QDateTime::fromMSecsSinceEpoch(clock, Qt::UTC);
    };
    hooks.commandExecuted = [&records](const CommandRecord &r) {
        records.append(r);
    };
    shell.setHooks(hooks);
    shell.run(QStringLiteral("X=$(echo hi)\nsleep 10 && echo \"$X\" | grep -q z"));
    QCOMPARE(records.size(), 5);
    QCOMPARE(records.at(0).source, QStringLiteral("echo hi"));
    QCOMPARE(records.at(0).nestingLevel, 1);
    QCOMPARE(records.at(1).source, QStringLiteral("X=$(echo hi)"));
    QCOMPARE(records.at(1).nestingLevel, 0);
    QVERIFY(records.at(1).argv.isEmpty());
    QCOMPARE(records.at(2).argv, (QStringList{QStringLiteral("sleep"), QStringLiteral("10")}));
    QCOMPARE(records.at(2).simulatedTime.toMSecsSinceEpoch(), qint64(0));
    QCOMPARE(records.at(3).argv, (QStringList{QStringLiteral("echo"), QStringLiteral("hi")}));
    QCOMPARE(records.at(3).simulatedTime.toMSecsSinceEpoch(), qint64(10000));
    QCOMPARE(records.at(4).exitStatus, 1);
}

void TestTextCommands::scopes()
{
    Interpreter shell;
    shell.registerCommand(
        QStringLiteral("where"),
        [](CommandContext &ctx) {
            ctx.print(ctx.shell->location().isEmpty() ? QStringLiteral("laptop") : ctx.shell->location());
            return 0;
        },
        QString());
    shell.registerCommand(
        QStringLiteral("inside"),
        [](CommandContext &ctx) {
            Interpreter::Scope scope{QStringLiteral("vm1"), {{QStringLiteral("IDENTITY_HEADER"), QStringLiteral("h")}}};
            return ctx.shell->runInScope(ctx.args.join(QLatin1Char(' ')), scope, ctx);
        },
        QString());
    const RunResult result =
        shell.run(QStringLiteral("where; inside 'where; echo $IDENTITY_HEADER; Y=1'; echo \"[$IDENTITY_HEADER$Y]\""));
    QCOMPARE(result.stdoutText(), QStringLiteral("laptop\nvm1\nh\n[]\n"));
}

QTEST_GUILESS_MAIN(TestTextCommands)
#include "tst_textcommands.moc"
