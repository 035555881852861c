// The keyless executable's command line, driven through QProcess as a user would.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <ctime>
#include <sys/types.h>

class TestCommandLine final : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run keyless(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // headless paths must not need one
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KEYLESS_BINARY_DIR "/app/keyless"), arguments);
        if (!process.waitForFinished(30000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    // The window offscreen, with its settings and data in `dir` (not the user's).
    static QProcessEnvironment windowEnvironment(const QTemporaryDir &dir)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        return env;
    }

private slots:
    // --measure-startup opens the main window (offscreen here), prints how long its first paint took after the
    // process started and the moment of that paint on CLOCK_BOOTTIME, and exits by itself.
    void measureStartupPrintsTheFirstPaintAndExits()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess process;
        process.setProcessEnvironment(windowEnvironment(dir));
        timespec now{};
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double launched = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1.0e6;
        process.start(
            QStringLiteral(KEYLESS_BINARY_DIR "/app/keyless"),
            {QStringLiteral("--measure-startup"), QStringLiteral("--db"), dir.filePath(QStringLiteral("p.sqlite"))});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        clock_gettime(CLOCK_BOOTTIME, &now);
        const double finished = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1.0e6;
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("^startup: ([0-9]+\\.[0-9]) ms\npainted at: ([0-9]+\\.[0-9]{3}) ms\n$"))
                .match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        const double ms = match.captured(1).toDouble();
        const double paintedAt = match.captured(2).toDouble();
        QVERIFY2(ms > 0 && ms < finished - launched + 10.0, qPrintable(out)); // + the 10 ms tick of the process start
        QVERIFY2(paintedAt > launched && paintedAt < finished, qPrintable(out));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("p.sqlite"))));
    }

    // QA: --measure-startup with a command was silently ignored; it only times the window.
    void measureStartupWithACommandIsAnError()
    {
        const Run run = keyless({QStringLiteral("--measure-startup"), QStringLiteral("lab"), QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("keyless: --measure-startup times the main window; it does not go "
                                                   "with a command ('lab').")),
                 qPrintable(run.err));
    }

    void version()
    {
        const Run run = keyless({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("keyless " KEYLESS_VERSION));
    }

    // The build tree's RUNPATH held empty entries (CMake's room for the install RUNPATH), and an empty entry is the
    // working directory: keyless started in a folder holding a file named like one of its libraries loaded that file
    // ("libQt6Core.so.6: file too short", or someone else's code). The jq worker it starts is checked alike.
    void librariesDoNotLoadFromTheWorkingDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const char *name : {"libQt6Core.so.6", "libstdc++.so.6", "libjq.so.1", "libonig.so.5"}) {
            QFile fake(dir.filePath(QString::fromLatin1(name)));
            QVERIFY(fake.open(QIODevice::WriteOnly));
            fake.write("not a library\n");
        }
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(dir.path());
        process.start(QStringLiteral(KEYLESS_BINARY_DIR "/app/keyless"),
                      {QStringLiteral("script"), QStringLiteral("-")});
        QVERIFY(process.waitForStarted());
        process.write("echo '{\"a\": 41}' | jq -c '.a + 1'\n");
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()), QStringLiteral("42\n"));
        QVERIFY2(!err.contains(QStringLiteral("shared librar")), qPrintable(err));
    }

    void help()
    {
        const Run run = keyless({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("--db <path>")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--lang <code>")));
        QVERIFY(run.out.contains(QStringLiteral("script [--lab LAB]")));
        QVERIFY(run.out.contains(QStringLiteral("lab list")));
        QVERIFY(run.out.contains(QStringLiteral("progress export")));
        // QA: the usage line said "<executable_name>".
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: keyless [options]")), qPrintable(run.out.left(80)));
    }

    // --lang applies to the headless commands too (their strings were extracted under another context than the
    // one they were looked up in, and no translator was installed).
    void headlessCommandsSpeakTheChosenLanguage()
    {
        const Run german = keyless({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("lab"),
                                    QStringLiteral("check"), QStringLiteral("no-such-lab")});
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.contains(QStringLiteral("kein Lab mit der ID „no-such-lab“")), qPrintable(german.err));
        const Run region = keyless({QStringLiteral("--lang"), QStringLiteral("de_DE"), QStringLiteral("lab"),
                                    QStringLiteral("check"), QStringLiteral("no-such-lab")});
        QVERIFY2(region.err.contains(QStringLiteral("kein Lab mit der ID")), qPrintable(region.err));
        // QA: "--lang" after the subcommand was refused as an unknown option of that subcommand.
        for (const QStringList &after :
             {QStringList{QStringLiteral("--lang"), QStringLiteral("de")}, QStringList{QStringLiteral("--lang=de")}}) {
            const Run late = keyless(QStringList{QStringLiteral("lab"), QStringLiteral("check"),
                                                 QStringLiteral("no-such-lab")} +
                                     after);
            QCOMPARE(late.exitCode, 2);
            QVERIFY2(late.err.contains(QStringLiteral("kein Lab mit der ID „no-such-lab“")), qPrintable(late.err));
        }
        const Run english = keyless({QStringLiteral("lab"), QStringLiteral("check"), QStringLiteral("no-such-lab")});
        QVERIFY2(english.err.contains(QStringLiteral("no lab with id 'no-such-lab'")), qPrintable(english.err));
    }

    // QA: a SIGTERM killed the app on the spot (a temporary copy of a read-only progress file stayed in /tmp). SIGTERM,
    // SIGINT and SIGHUP close the window as Quit does: it exits normally, having saved the window's place.
    void terminationSignalsCloseTheWindow_data()
    {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("after"); // ms after the progress file appeared (0: while the window is still built)
        QTest::newRow("SIGTERM") << int(SIGTERM) << 1500;
        QTest::newRow("SIGINT") << int(SIGINT) << 1500;
        QTest::newRow("SIGHUP") << int(SIGHUP) << 1500;
        QTest::newRow("SIGTERM during the start") << int(SIGTERM) << 0;
    }

    void terminationSignalsCloseTheWindow()
    {
        QFETCH(int, signal);
        QFETCH(int, after);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess process;
        process.setProcessEnvironment(windowEnvironment(dir));
        process.start(QStringLiteral(KEYLESS_BINARY_DIR "/app/keyless"),
                      {QStringLiteral("--db"), dir.filePath(QStringLiteral("p.sqlite"))});
        QVERIFY(process.waitForStarted());
        // The window saves its place (mainWindow/geometry) when it is closed, in the settings under XDG_CONFIG_HOME.
        const auto placeSaved = [&dir] {
            QDirIterator files(dir.filePath(QStringLiteral("config")), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                if (file.open(QIODevice::ReadOnly) && file.readAll().contains("[mainWindow]"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(dir.filePath(QStringLiteral("p.sqlite"))), 20000);
        QTest::qWait(after);
        QVERIFY(!placeSaved());
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY(process.waitForFinished(20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(placeSaved(), "the window's place was not saved");
    }

    // QA: a progress file that cannot be opened made `lab check` exit 1, which says that a task does not pass; it
    // could not do what it was asked, which is 2.
    void labCheckWithAnUnopenableDatabaseIsAnError()
    {
        QTemporaryDir dir;
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const Run check =
            keyless({QStringLiteral("--db"), blocker.fileName() + QStringLiteral("/p.sqlite"), QStringLiteral("lab"),
                     QStringLiteral("check"), QStringLiteral("func-cosmos-no-secret")});
        QCOMPARE(check.exitCode, 2);
        QVERIFY2(check.err.contains(QStringLiteral("cannot open the progress database")), qPrintable(check.err));
        QCOMPARE(check.out, QString()); // nothing that reads as a result
    }

    // Headless English has its plural forms too: "(s)" is for translators, not for learners.
    void headlessEnglishSpeaksInPlurals()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("p.sqlite"));
        const Run check = keyless({QStringLiteral("--db"), db, QStringLiteral("lab"), QStringLiteral("check"),
                                   QStringLiteral("func-cosmos-no-secret")});
        QCOMPARE(check.exitCode, 0);
        const QString out = dir.filePath(QStringLiteral("export.json"));
        const Run exported = keyless({QStringLiteral("--db"), db, QStringLiteral("progress"), QStringLiteral("export"),
                                      QStringLiteral("--output"), out});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^exported \\d+ records to ")).match(exported.out).hasMatch(),
                 qPrintable(exported.out));
        QVERIFY(QFile::exists(out));
    }

    // QA: "--db <folder>" printed SQLite's "unable to open database file" twice (a log line, then the error).
    void aFolderAsTheDatabaseIsSaidOnce_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<int>("status"); // lab check's 1 says that a task does not pass
        QTest::newRow("progress export") << QStringList{QStringLiteral("progress"), QStringLiteral("export")} << 1;
        QTest::newRow("lab check") << QStringList{QStringLiteral("lab"), QStringLiteral("check"),
                                                  QStringLiteral("func-cosmos-no-secret")}
                                   << 2;
    }

    void aFolderAsTheDatabaseIsSaidOnce()
    {
        QFETCH(QStringList, command);
        QFETCH(int, status);
        QTemporaryDir dir;
        const Run run = keyless(QStringList{QStringLiteral("--db"), dir.path()} + command);
        QCOMPARE(run.exitCode, status);
        const QStringList lines = run.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.first().contains(QStringLiteral("%1 is a folder, not a progress file: give a file path, for "
                                                       "example %1/progress.sqlite.")
                                            .arg(dir.path())),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("unable to open database file")));
    }

    // QA: "keyless lab --help" said "Unknown option 'help'".
    void everyCommandHasHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("lab --help") << QStringList{QStringLiteral("lab"), QStringLiteral("--help")}
                                    << QStringLiteral("usage: keyless lab list");
        QTest::newRow("lab -h") << QStringList{QStringLiteral("lab"), QStringLiteral("-h")}
                                << QStringLiteral("usage: keyless lab list");
        QTest::newRow("lab check --help") << QStringList{QStringLiteral("lab"), QStringLiteral("check"),
                                                         QStringLiteral("--help")}
                                          << QStringLiteral("keyless lab check LAB");
        QTest::newRow("progress --help") << QStringList{QStringLiteral("progress"), QStringLiteral("--help")}
                                         << QStringLiteral("usage: keyless progress export");
        QTest::newRow("script --help") << QStringList{QStringLiteral("script"), QStringLiteral("--help")}
                                       << QStringLiteral("usage: keyless script");
    }

    void everyCommandHasHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Run run = keyless(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(usage), qPrintable(run.out + run.err));
        QCOMPARE(run.err, QString());
    }

    void badInvocationFailsClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")}
                                        << QStringLiteral("Unknown option 'frobnicate'");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("deploy")}
                                         << QStringLiteral("'deploy' is not a keyless command");
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("--db")} << QStringLiteral("Missing value after '--db'");
        QTest::newRow("unknown language") << QStringList{QStringLiteral("--lang"), QStringLiteral("xx"),
                                                         QStringLiteral("lab"), QStringLiteral("list")}
                                          << QStringLiteral("unknown language 'xx' (available: en, de, es)");
        QTest::newRow("unknown language after the command")
            << QStringList{QStringLiteral("lab"), QStringLiteral("list"), QStringLiteral("--lang=xx")}
            << QStringLiteral("unknown language 'xx' (available: en, de, es)");
        QTest::newRow("missing language after the command")
            << QStringList{QStringLiteral("lab"), QStringLiteral("list"), QStringLiteral("--lang")}
            << QStringLiteral("Missing value after '--lang'");
    }

    void badInvocationFailsClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = keyless(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("keyless --help")));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
