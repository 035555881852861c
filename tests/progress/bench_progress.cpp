// bench_progress: acknowledged writes and the dashboard query, each against a baseline measured in the same run.
//   ./bench_progress            (QBENCHMARK figures per function, plus a summary line per figure)
// Targets from issue #6: < 0.5 ms per acknowledged write, < 50 ms for the dashboard on 100,000 attempts.
// KEYLESS_BENCH_DIR chooses the folder (default: a temporary folder; use the disk the app data lives on).
#include "progress/progressstore.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>

Q_LOGGING_CATEGORY(lcBench, "keyless.progress.bench")

using namespace Keyless::Progress;

namespace {

const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);

double selectOneMs(Database &db, int iterations)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < iterations; ++i) {
        QSqlQuery query = db.prepare(QStringLiteral("SELECT 1"));
        db.exec(query, QStringLiteral("select 1"));
        query.next();
    }
    return timer.nsecsElapsed() / 1e6 / iterations;
}

} // namespace

class BenchProgress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baselineSelectOne();
    void baselineEmptyCommit();
    void acknowledgedWrite();
    void tenThousandWrites_data();
    void tenThousandWrites();
    void dashboardOn100kAttempts();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProgressStore> m_dashboardStore;
    bool m_dashboardReported = false;
    double m_selectOneMs = 0;
    double m_emptyCommitMs = 0;
};

void BenchProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString base = qEnvironmentVariable("KEYLESS_BENCH_DIR");
    m_dir = base.isEmpty() ? std::make_unique<QTemporaryDir>()
                           : std::make_unique<QTemporaryDir>(base + QStringLiteral("/bench-progress-XXXXXX"));
    QVERIFY(m_dir->isValid());
}

void BenchProgress::baselineSelectOne()
{
    ProgressStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("baseline.sqlite"))).ok);
    QBENCHMARK
    {
        QSqlQuery query = store.database().prepare(QStringLiteral("SELECT 1"));
        store.database().exec(query, QStringLiteral("select 1"));
        query.next();
    }
    m_selectOneMs = selectOneMs(store.database(), 10000);
}

void BenchProgress::baselineEmptyCommit()
{
    // BEGIN IMMEDIATE + COMMIT with nothing in it: what durability alone costs on this disk.
    ProgressStore store;
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("baseline.sqlite"))).ok);
    QBENCHMARK
    {
        Database::Transaction transaction(store.database());
        QVERIFY(transaction.commit());
    }
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 2000; ++i) {
        Database::Transaction transaction(store.database());
        transaction.commit();
    }
    m_emptyCommitMs = timer.nsecsElapsed() / 1e6 / 2000;
}

void BenchProgress::acknowledgedWrite()
{
    ProgressStore store;
    store.setClock([] { return start; });
    QVERIFY(store.open(m_dir->filePath(QStringLiteral("writes-qbench.sqlite"))).ok);
    int i = 0;
    QBENCHMARK
    {
        const WriteResult written = store.recordQuestionAttempt({0,
                                                                 QStringLiteral("q%1").arg(i % 500),
                                                                 QStringLiteral("o%1").arg(i % 12),
                                                                 QStringLiteral("b"),
                                                                 i % 3 != 0,
                                                                 900,
                                                                 {}});
        ++i;
        if (!written)
            QFAIL(qPrintable(written.error));
    }
}

void BenchProgress::tenThousandWrites_data()
{
    QTest::addColumn<int>("durability");
    QTest::newRow("normal (default)") << int(OpenOptions::Durability::Normal);
    QTest::newRow("full") << int(OpenOptions::Durability::Full);
}

void BenchProgress::tenThousandWrites()
{
    // Timed by hand, not with QBENCHMARK: Qt may call a benchmark function more than once, and the figure
    // asked for is exactly 10,000 writes into one growing file.
    QFETCH(int, durability);
    ProgressStore store;
    store.setClock([] { return start; });
    OpenOptions options;
    options.durability = OpenOptions::Durability(durability);
    const QString path = m_dir->filePath(QStringLiteral("writes-%1.sqlite").arg(durability));
    QVERIFY(store.open(path, options).ok);
    const int writes = 10000;
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (int i = 0; i < writes; ++i) {
        const WriteResult written = store.recordQuestionAttempt({0,
                                                                 QStringLiteral("q%1").arg(i % 500),
                                                                 QStringLiteral("o%1").arg(i % 12),
                                                                 QStringLiteral("b"),
                                                                 i % 3 != 0,
                                                                 900,
                                                                 {}});
        if (!written)
            QFAIL(qPrintable(written.error));
    }
    const double perWrite = timer.nsecsElapsed() / 1e6 / writes;
    const double perWriteCpu = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / writes;
    qCInfo(lcBench,
           "%s: 10000 acknowledged writes, %.4f ms each wall, %.4f ms CPU (target < 0.5 ms); baselines in this run: "
           "SELECT 1 %.4f ms (ratio %.1f), empty commit %.4f ms (ratio %.1f)",
           QTest::currentDataTag(), perWrite, perWriteCpu, m_selectOneMs, perWrite / m_selectOneMs, m_emptyCommitMs,
           perWrite / m_emptyCommitMs);
    QCOMPARE(store.questionAttempts(QStringLiteral("q0")).size(), writes / 500);
}

void BenchProgress::dashboardOn100kAttempts()
{
    // Qt may run a QBENCHMARK function more than once: build the 100,000-attempt file only the first time.
    if (!m_dashboardStore) {
        m_dashboardStore = std::make_unique<ProgressStore>();
        ProgressStore &store = *m_dashboardStore;
        Database &db = store.database();
        QVERIFY(store.open(m_dir->filePath(QStringLiteral("dashboard.sqlite"))).ok);
        // Bulk setup in one transaction (not measured): 100,000 answers over 200 days, 40 objectives, plus reads,
        // reviews and lab attempts with command logs.
        Database::Transaction transaction(db);
        QSqlQuery insert = db.prepare(QStringLiteral("INSERT INTO question_attempts (question_id, objective_id, "
                                                     "answer, correct, time_taken_ms, answered_at, day)"
                                                     " VALUES (?, ?, 'a', ?, ?, ?, ?)"));
        for (int i = 0; i < 100000; ++i) {
            const QDateTime at = start.addSecs(qint64(i) * 170);
            insert.bindValue(0, QStringLiteral("q%1").arg(i % 600));
            insert.bindValue(1, QStringLiteral("objective-%1").arg(i % 40));
            insert.bindValue(2, i % 4 != 0 ? 1 : 0);
            insert.bindValue(3, 1000 + i % 30000);
            insert.bindValue(4, at.toMSecsSinceEpoch());
            insert.bindValue(5, at.date().toJulianDay());
            QVERIFY(db.exec(insert, QStringLiteral("bulk answers")));
        }
        QSqlQuery read = db.prepare(QStringLiteral("INSERT INTO section_reads (lesson_id, section_id, read_at, day, "
                                                   "seconds_on_task) VALUES (?, ?, ?, ?, 60)"));
        for (int i = 0; i < 2000; ++i) {
            const QDateTime at = start.addSecs(qint64(i) * 8000);
            read.bindValue(0, QStringLiteral("lesson-%1").arg(i % 10));
            read.bindValue(1, QStringLiteral("section-%1").arg(i % 25));
            read.bindValue(2, at.toMSecsSinceEpoch());
            read.bindValue(3, at.date().toJulianDay());
            QVERIFY(db.exec(read, QStringLiteral("bulk reads")));
        }
        QVERIFY(transaction.commit());
        for (int i = 0; i < 500; ++i)
            QVERIFY(
                store.recordReview(QStringLiteral("card-%1").arg(i % 50), ReviewGrade::Good, start.addDays(i % 200)));
        for (int lab = 0; lab < 60; ++lab) {
            LabAttempt attempt;
            attempt.labId = QStringLiteral("lab-%1").arg(lab % 7);
            attempt.startedAt = start.addDays(lab * 3);
            attempt.score = {double(lab % 101), double(lab % 10), 10, lab % 3};
            for (int c = 0; c < 40; ++c)
                attempt.commands.append(
                    {0, CommandSource::Console, QStringLiteral("az vm list"), c * 1000, attempt.startedAt});
            QVERIFY(store.recordLabAttempt(attempt));
        }
        db.exec(QStringLiteral("ANALYZE"));
    }
    ProgressStore &store = *m_dashboardStore;
    Database &db = store.database();

    const QDate from = start.date();
    const QDate to = start.date().addDays(199);
    DashboardFigures figures;
    QBENCHMARK
    {
        figures = store.dashboard(from, to);
    }
    QVERIFY2(figures.ok(), qPrintable(figures.error));
    int answers = 0;
    for (const ObjectiveAccuracy &objective : figures.objectives)
        answers += objective.attempts;
    QCOMPARE(answers, 100000);

    if (m_dashboardReported)
        return;
    m_dashboardReported = true;
    // Wall time and this process's CPU time: on a shared, loaded machine the second shows the query's own cost.
    const int runs = 20;
    QElapsedTimer timer;
    const std::clock_t cpuStart = std::clock();
    timer.start();
    for (int i = 0; i < runs; ++i)
        figures = store.dashboard(from, to);
    const double dashboardMs = timer.nsecsElapsed() / 1e6 / runs;
    const double dashboardCpuMs = 1000.0 * double(std::clock() - cpuStart) / CLOCKS_PER_SEC / runs;
    const double baseline = selectOneMs(db, 10000);
    qCInfo(lcBench,
           "dashboard on 100000 attempts (%lld days of activity): %.2f ms wall, %.2f ms CPU (target < 50 ms); "
           "SELECT 1 baseline %.4f ms (ratio %.0f)",
           qlonglong(figures.activity.size()), dashboardMs, dashboardCpuMs, baseline, dashboardMs / baseline);

    // Opening runs quick_check over the whole file: what a start-up with 100,000 attempts costs.
    QElapsedTimer openTimer;
    openTimer.start();
    ProgressStore reopened;
    QVERIFY(reopened.open(m_dashboardStore->openResult().path).ok);
    qCInfo(lcBench, "open with quick_check on the 100000-attempt file: %.1f ms", openTimer.nsecsElapsed() / 1e6);
}

void BenchProgress::cleanupTestCase()
{
    m_dashboardStore.reset();
    m_dir.reset();
}

QTEST_GUILESS_MAIN(BenchProgress)
#include "bench_progress.moc"
