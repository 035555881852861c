#include "shell/interpreter.h"
#include "shell/jqrunner.h"

#include <QElapsedTimer>
#include <QTest>

#include <chrono>
#include <csignal>
#include <sys/types.h>
#include <thread>

using Keyless::Shell::Interpreter;
using Keyless::Shell::JqRunner;

// The console's jq runs in the keyless-jq worker: a filter that never ends is stopped at the time limit, a worker
// that dies is jq's error, and either way the next jq runs (QA: `jq input` ended the app, `repeat(1)` froze it).
class TestJqRunner final : public QObject
{
    Q_OBJECT

private slots:
    void aFilterThatNeverEndsIsStopped_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::newRow("a long loop") << QStringLiteral("last(range(1e12))");
        QTest::newRow("endless recursion") << QStringLiteral("def f: f; f");
        QTest::newRow("an enormous array") << QStringLiteral("[range(1e12)] | length");
    }

    void aFilterThatNeverEndsIsStopped()
    {
        QFETCH(QString, filter);
        JqRunner jq;
        // The worker starts (and, in a sanitizer build, sets itself up) under the default limit; then the short one.
        QVERIFY(jq.run({QStringLiteral(".")}, QStringLiteral("1")).status == 0);
        jq.setTimeLimit(400);
        const qint64 worker = jq.workerProcessId();
        QVERIFY(worker > 0);
        QElapsedTimer clock;
        clock.start();
        const JqRunner::Result stopped = jq.run({filter}, QStringLiteral("1"));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(stopped.status, 5);
        QCOMPARE(stopped.out, QString());
        QCOMPARE(stopped.err, QStringLiteral("jq: error: the filter was stopped after 0.4 s: the console lets a "
                                             "command run no longer\n"));
        QVERIFY(stopped.limited);
        QCOMPARE(jq.workerProcessId(), 0); // stopped with its worker
        jq.setTimeLimit(JqRunner::DefaultTimeLimitMs); // a new worker starts for the next filter
        const JqRunner::Result next =
            jq.run({QStringLiteral("-c"), QStringLiteral(".a")}, QStringLiteral("{\"a\":[1]}"));
        QCOMPARE(next.out, QStringLiteral("[1]\n"));
        QCOMPARE(next.status, 0);
        QVERIFY(!next.limited);
        QVERIFY(jq.workerProcessId() != worker);
    }

    void aWorkerThatDiesIsJqsErrorAndTheNextRuns()
    {
        JqRunner jq;
        jq.setTimeLimit(10000);
        QVERIFY(jq.run({QStringLiteral(".")}, QStringLiteral("1")).status == 0);
        const qint64 worker = jq.workerProcessId();
        QVERIFY(worker > 0);
        // As the kernel's out-of-memory killer would: the worker dies during a filter.
        std::thread killer([worker] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            ::kill(pid_t(worker), SIGKILL);
        });
        const JqRunner::Result killed = jq.run({QStringLiteral("last(range(1e12))")}, QStringLiteral("1"));
        killer.join();
        QCOMPARE(killed.status, 5);
        QCOMPARE(killed.err, QStringLiteral("jq: error: jq ended abnormally on this filter; nothing else was lost\n"));
        QVERIFY(killed.limited);
        QCOMPARE(jq.run({QStringLiteral("-r"), QStringLiteral(".")}, QStringLiteral("\"on\"")).out,
                 QStringLiteral("on\n"));
    }

    // Output that never ends is cut at the engine's limit; the console's own pipe limit then applies as always.
    void endlessOutputEnds()
    {
        JqRunner jq;
        jq.setTimeLimit(30000);
        const JqRunner::Result r = jq.run({QStringLiteral("-c"), QStringLiteral("repeat(1)")}, QStringLiteral("1"));
        QCOMPARE(r.status, 5);
        QCOMPARE(r.err, QStringLiteral("jq: error: more than 16 MiB of output; the rest was not printed\n"));
        QVERIFY(r.out.startsWith(QStringLiteral("1\n1\n")));
        QVERIFY(r.limited); // cut, not done: a replay need not wait for it again
    }

    // QA: a resumed lab ran each endless filter of its log again, 5 s apiece before the window showed. The console
    // numbers the filters of a run that did not end, and a replay that names them answers them without running them.
    void aReplayDoesNotRunTheFiltersThatWereStopped()
    {
        const QString script = QStringLiteral("jq -n 1; X=$(jq -n 'last(range(1e12))'); echo \"[$X] $?\"; jq -n 3");
        Interpreter first;
        QCOMPARE(first.run(QStringLiteral("jq -n 0")).stdoutText(), QStringLiteral("0\n")); // starts the worker
        first.jqRunner().setTimeLimit(400);
        const auto ran = first.run(script);
        QCOMPARE(ran.stdoutText(), QStringLiteral("1\n[] 5\n3\n"));
        QCOMPARE(first.limitedJqFilters(), QList<int>{2});

        Interpreter replay;
        QCOMPARE(replay.run(QStringLiteral("jq -n 0")).stdoutText(), QStringLiteral("0\n"));
        const qint64 worker = replay.jqRunner().workerProcessId();
        replay.skipJqFilters(first.limitedJqFilters());
        const auto replayed = replay.run(script);
        QCOMPARE(replayed.stdoutText(), ran.stdoutText());
        QCOMPARE(replayed.stderrText(), replay.jqRunner().stoppedResult().err);
        QCOMPARE(replay.limitedJqFilters(), QList<int>{2});    // noted again, for the next replay
        QCOMPARE(replay.jqRunner().workerProcessId(), worker); // the filter did not run: its worker was not stopped
        // The numbers were for that run alone.
        QCOMPARE(replay.run(QStringLiteral("jq -n 1; jq -n 2")).stdoutText(), QStringLiteral("1\n2\n"));
        QVERIFY(replay.limitedJqFilters().isEmpty());
    }

    // Through the console: the message, and the command after it.
    void theConsoleGoesOn()
    {
        Interpreter shell;
        const auto result = shell.run(QStringLiteral("echo 1 | jq input; echo after $?"));
        QCOMPARE(result.stdoutText(), QStringLiteral("after 5\n"));
        QCOMPARE(result.stderrText(), QStringLiteral("jq: error (at <stdin>:1): break\n"));
    }
};

QTEST_GUILESS_MAIN(TestJqRunner)
#include "tst_jqrunner.moc"
