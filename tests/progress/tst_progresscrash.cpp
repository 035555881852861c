// Durability under SIGKILL and with two writing processes. The writer is a separate executable
// (progress_writer.cpp) that prints a line only after each transaction has committed.
#include "progress/database.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyless::Progress;

namespace {

struct Acknowledged {
    QSet<qint64> attempts;
    QSet<QPair<qint64, qint64>> commands; // (lab attempt, seq)
    QSet<qint64> labs;                    // whole lab attempts
    int lines = 0;
};

// Parses whatever complete lines the writer printed; a line cut off by the kill was never acknowledged.
void parse(const QByteArray &output, Acknowledged &acked)
{
    const QList<QByteArray> lines = output.split('\n');
    for (int i = 0; i + 1 < lines.size(); ++i) { // the last element is after the final newline
        const QList<QByteArray> words = lines.at(i).split(' ');
        if (words.value(0) == "ack" && words.size() == 2) {
            acked.attempts.insert(words.at(1).toLongLong());
            ++acked.lines;
        } else if (words.value(0) == "lab" && words.size() == 2) {
            acked.labs.insert(words.at(1).toLongLong());
        } else if (words.value(0) == "cmd" && words.size() == 3) {
            acked.commands.insert({words.at(1).toLongLong(), words.at(2).toLongLong()});
        }
    }
}

struct Verdict {
    QString integrity;
    int missingAttempts = 0;
    int missingCommands = 0;
    int attemptRows = 0;
    int missingLabs = 0;
    int partialLabs = 0; // a whole-attempt transaction that left only some of its rows
};

Verdict verify(const QString &path, const Acknowledged &acked)
{
    Verdict verdict;
    Database db;
    OpenOptions options;
    options.fallbackToMemory = false;
    options.fullIntegrityCheck = true;
    const OpenResult opened = db.open(path, options);
    if (!opened.ok || !opened.movedAsidePath.isEmpty()) {
        verdict.integrity = QStringLiteral("open: ") + opened.error + opened.movedAsidePath;
        return verdict;
    }
    verdict.integrity = db.scalar(QStringLiteral("PRAGMA integrity_check")).toString();
    QSet<qint64> attempts;
    QSqlQuery query = db.prepare(QStringLiteral("SELECT id FROM question_attempts"));
    db.exec(query, QStringLiteral("ids"));
    while (query.next())
        attempts.insert(query.value(0).toLongLong());
    verdict.attemptRows = int(attempts.size());
    for (qint64 id : acked.attempts)
        verdict.missingAttempts += attempts.contains(id) ? 0 : 1;
    QSet<QPair<qint64, qint64>> commands;
    QSqlQuery commandQuery = db.prepare(QStringLiteral("SELECT attempt_id, seq FROM lab_commands"));
    db.exec(commandQuery, QStringLiteral("commands"));
    while (commandQuery.next())
        commands.insert({commandQuery.value(0).toLongLong(), commandQuery.value(1).toLongLong()});
    for (const auto &command : acked.commands)
        verdict.missingCommands += commands.contains(command) ? 0 : 1;

    QSet<qint64> labs;
    QSqlQuery labQuery =
        db.prepare(QStringLiteral("SELECT a.id, (SELECT COUNT(*) FROM lab_task_results t WHERE t.attempt_id = a.id),"
                                  " (SELECT COUNT(*) FROM lab_commands c WHERE c.attempt_id = a.id)"
                                  " FROM lab_attempts a WHERE a.lab_id = 'crash-whole'"));
    db.exec(labQuery, QStringLiteral("whole labs"));
    while (labQuery.next()) {
        labs.insert(labQuery.value(0).toLongLong());
        if (labQuery.value(1).toInt() != 5 || labQuery.value(2).toInt() != 10)
            ++verdict.partialLabs;
    }
    for (qint64 id : acked.labs)
        verdict.missingLabs += labs.contains(id) ? 0 : 1;
    return verdict;
}

} // namespace

class TestProgressCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killAtRandomMoments();
    void twoConcurrentWriters();
};

void TestProgressCrash::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(QFile::exists(QStringLiteral(PROGRESS_WRITER)), PROGRESS_WRITER);
}

void TestProgressCrash::killAtRandomMoments()
{
    // Seeded so a failure can be replayed: KEYLESS_CRASH_SEED=<seed> ./tst_progresscrash
    const quint32 seed = qEnvironmentVariableIsSet("KEYLESS_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("KEYLESS_CRASH_SEED"))
                             : 20261203u;
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    const int rounds = 24;
    Acknowledged acked;
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.setProcessChannelMode(QProcess::SeparateChannels);
        writer.start(QStringLiteral(PROGRESS_WRITER), {path, QStringLiteral("loop")});
        QVERIFY(writer.waitForStarted());
        // Kill after a random number of acknowledged writes (0: while it is still opening or migrating), then a
        // random few hundred microseconds more, so the kill lands anywhere inside a transaction.
        const int target = round < 2 ? 0 : int(random.bounded(60));
        QByteArray output;
        Acknowledged thisRound;
        while (thisRound.lines < target && writer.state() == QProcess::Running) {
            if (!writer.waitForReadyRead(5000))
                break;
            output += writer.readAllStandardOutput();
            thisRound = {};
            parse(output, thisRound);
        }
        QTest::qWait(0);
        const quint32 extraMicros = random.bounded(800u);
        QElapsedTimer spin;
        spin.start();
        while (spin.nsecsElapsed() < qint64(extraMicros) * 1000) {
        }
        QCOMPARE(writer.state(), QProcess::Running); // it must not have died on its own
        writer.kill();                               // SIGKILL
        QVERIFY(writer.waitForFinished(5000));
        QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
        output += writer.readAllStandardOutput();
        parse(output, acked);

        const Verdict verdict = verify(path, acked);
        const QByteArray where = QStringLiteral("seed %1 round %2").arg(seed).arg(round).toUtf8();
        QVERIFY2(verdict.integrity == QLatin1String("ok"), (where + ' ' + verdict.integrity.toUtf8()).constData());
        QVERIFY2(verdict.missingAttempts == 0, where.constData());
        QVERIFY2(verdict.missingCommands == 0, where.constData());
        QVERIFY2(verdict.missingLabs == 0, where.constData());
        QVERIFY2(verdict.partialLabs == 0, where.constData()); // all of a transaction or none of it
        QVERIFY(verdict.attemptRows >= acked.attempts.size()); // at most one unacknowledged extra per kill
        QVERIFY(verdict.attemptRows <= acked.attempts.size() + round + 1);
    }
    QVERIFY2(acked.attempts.size() > 200, "the writer hardly wrote anything: the test proved little");
    QVERIFY(acked.labs.size() > 20);
}

void TestProgressCrash::twoConcurrentWriters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.sqlite"));
    const int perWriter = 150;
    QProcess first;
    QProcess second;
    first.start(QStringLiteral(PROGRESS_WRITER), {path, QStringLiteral("count"), QString::number(perWriter)});
    second.start(QStringLiteral(PROGRESS_WRITER), {path, QStringLiteral("count"), QString::number(perWriter)});
    QVERIFY(first.waitForFinished(30000));
    QVERIFY(second.waitForFinished(30000));
    QVERIFY2(first.exitCode() == 0, first.readAllStandardError().constData());
    QVERIFY2(second.exitCode() == 0, second.readAllStandardError().constData());

    Acknowledged a;
    Acknowledged b;
    parse(first.readAllStandardOutput(), a);
    parse(second.readAllStandardOutput(), b);
    QCOMPARE(a.attempts.size(), perWriter);
    QCOMPARE(b.attempts.size(), perWriter);
    QVERIFY(!a.attempts.intersects(b.attempts)); // no id handed out twice
    Acknowledged both;
    both.attempts = a.attempts + b.attempts;
    both.commands = a.commands + b.commands;
    both.labs = a.labs + b.labs;
    QCOMPARE(both.commands.size(), a.commands.size() + b.commands.size());
    const Verdict verdict = verify(path, both);
    QCOMPARE(verdict.integrity, QStringLiteral("ok"));
    QCOMPARE(verdict.missingAttempts, 0);
    QCOMPARE(verdict.missingCommands, 0);
    QCOMPARE(verdict.partialLabs, 0);
    QCOMPARE(verdict.missingLabs, 0);
    QCOMPARE(verdict.attemptRows, 2 * perWriter); // no lost writes
}

QTEST_GUILESS_MAIN(TestProgressCrash)
#include "tst_progresscrash.moc"
