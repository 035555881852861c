#include "progress/progressstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyless::Progress;

namespace {

const QDateTime fixedNow(QDate(2026, 3, 10), QTime(9, 0, 0), Qt::UTC);

QDateTime at(int day, int hour, int minute = 0, int offsetSeconds = 0)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, minute), Qt::OffsetFromUTC, offsetSeconds);
}

LabCommand command(const QString &text, qint64 simulatedMs, CommandSource source = CommandSource::Console)
{
    LabCommand c;
    c.command = text;
    c.simulatedMs = simulatedMs;
    c.source = source;
    c.recordedAt = fixedNow;
    return c;
}

} // namespace

class TestProgressStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultPathIsInAppData();
    void invalidInputIsRejected_data();
    void invalidInputIsRejected();
    void sectionReads();
    void questionAttemptsAreNeverOverwritten();
    void missingTimeUsesClock();
    void changedIsEmittedAfterCommit();
    void reviewScheduling();
    void dueCards_data();
    void dueCards();
    void dueCountsPerDay();
    void labAttemptLifecycle();
    void resumableAttemptReplaysCommandLog();
    void recordWholeLabAttempt();
    void labWritesToUnknownAttemptFail_data();
    void labWritesToUnknownAttemptFail();
    void settings_data();
    void settings();
    void resumePointIsSavedQuietly();
    void storageFailureIsSignalled();
    void dashboard();
    void dashboardDayIsTheLearnersLocalDay();
    void dashboardTotalsMatchARecount();
    void dataSurvivesReopen();
    void damagedFileGivesBackWhatCanBeRead();
    void aNamedFileThatIsNoDatabaseIsLeftAsItIs_data();
    void aNamedFileThatIsNoDatabaseIsLeftAsItIs();
    void inMemoryStoreWorks();
    void unopenedStoreFailsSafely();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgressStore> m_store;
};

void TestProgressStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestProgressStore::init()
{
    m_store = std::make_unique<ProgressStore>();
    m_store->setClock([] { return fixedNow; });
    const OpenResult opened = m_store->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(opened.ok && !opened.inMemory, qPrintable(opened.error));
}

void TestProgressStore::cleanup()
{
    m_store.reset();
}

void TestProgressStore::defaultPathIsInAppData()
{
    QVERIFY(ProgressStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    QVERIFY(ProgressStore::defaultPath().endsWith(QLatin1String("/progress.sqlite")));
}

void TestProgressStore::invalidInputIsRejected_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("section read without lesson") << 0;
    QTest::newRow("section read without section") << 1;
    QTest::newRow("question attempt without question") << 2;
    QTest::newRow("review without card") << 3;
    QTest::newRow("lab attempt without lab") << 4;
    QTest::newRow("lab completion over 100") << 5;
    QTest::newRow("empty command") << 6;
    QTest::newRow("setting without key") << 7;
    QTest::newRow("task result without task") << 8;
}

void TestProgressStore::invalidInputIsRejected()
{
    QFETCH(int, which);
    QSignalSpy changed(m_store.get(), &ProgressStore::changed);
    WriteResult result;
    switch (which) {
    case 0:
        result = m_store->recordSectionRead({0, {}, QStringLiteral("s"), {}, 1});
        break;
    case 1:
        result = m_store->recordSectionRead({0, QStringLiteral("l"), {}, {}, 1});
        break;
    case 2:
        result = m_store->recordQuestionAttempt({});
        break;
    case 3:
        result = m_store->recordReview({}, ReviewGrade::Good);
        break;
    case 4:
        result = m_store->startLabAttempt({});
        break;
    case 5: {
        LabAttempt attempt;
        attempt.labId = QStringLiteral("lab");
        attempt.score.completionPercent = 101;
        result = m_store->recordLabAttempt(attempt);
        break;
    }
    case 6:
        result = m_store->appendLabCommand(1, command({}, 0));
        break;
    case 7:
        result = m_store->setSetting({}, QStringLiteral("v"));
        break;
    case 8:
        result = m_store->recordTaskResult(1, {});
        break;
    }
    QVERIFY(!result.ok());
    QVERIFY(!result);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(result.id, 0);
    QCOMPARE(changed.count(), 0);
}

void TestProgressStore::sectionReads()
{
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("intro"), at(1, 10), 30}));
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("types"), at(1, 11), 45}));
    const WriteResult again =
        m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("intro"), at(2, 9), 10});
    QVERIFY(again);
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("rbac"), QStringLiteral("scopes"), at(2, 10), -5}));
    QCOMPARE(m_store->sectionsRead(QStringLiteral("mi")),
             (QStringList{QStringLiteral("intro"), QStringLiteral("types")}));
    const QList<SectionRead> reads = m_store->sectionReads(QStringLiteral("mi"));
    QCOMPARE(reads.size(), 3);
    QCOMPARE(reads.last().id, again.id);
    QCOMPARE(reads.last().readAt, at(2, 9));
    QCOMPARE(reads.last().secondsOnTask, 10);
    QCOMPARE(m_store->sectionReads(QStringLiteral("rbac")).first().secondsOnTask, 0); // negative time clamped
    QVERIFY(m_store->sectionsRead(QStringLiteral("unknown")).isEmpty());

    // The whole table of contents in one query: the same answer as asking lesson by lesson.
    const QHash<QString, QStringList> all = m_store->sectionsReadByLesson();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.value(QStringLiteral("mi")), m_store->sectionsRead(QStringLiteral("mi")));
    QCOMPARE(all.value(QStringLiteral("rbac")), QStringList{QStringLiteral("scopes")});
    QVERIFY(!all.contains(QStringLiteral("unknown")));
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("rbac"), QStringLiteral("roles"), at(3, 10), 5}));
    QCOMPARE(m_store->sectionsReadByLesson().value(QStringLiteral("rbac")),
             (QStringList{QStringLiteral("roles"), QStringLiteral("scopes")})); // the cached query runs again
}

void TestProgressStore::questionAttemptsAreNeverOverwritten()
{
    QuestionAttempt first{0,        QStringLiteral("q1"), QStringLiteral("obj-a"), QStringLiteral("b"), false, 1200,
                          at(1, 10)};
    QuestionAttempt second{
        0, QStringLiteral("q1"), QStringLiteral("obj-a"), QStringLiteral("Schlüssel, \"c\""), true, 800, at(1, 11)};
    const WriteResult a = m_store->recordQuestionAttempt(first);
    const WriteResult b = m_store->recordQuestionAttempt(second);
    QVERIFY(a && b);
    QVERIFY(b.id > a.id);
    QVERIFY(m_store->recordQuestionAttempt({0, QStringLiteral("q2"), {}, {}, true, 5, at(1, 12)}));
    const QList<QuestionAttempt> attempts = m_store->questionAttempts(QStringLiteral("q1"));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.at(0).id, a.id);
    QCOMPARE(attempts.at(0).correct, false);
    QCOMPARE(attempts.at(1).answer, second.answer);
    QCOMPARE(attempts.at(1).timeTakenMs, 800);
    QCOMPARE(attempts.at(1).answeredAt, second.answeredAt);
    QCOMPARE(attempts.at(1).objectiveId, QStringLiteral("obj-a"));
    QCOMPARE(m_store->questionAttempts().size(), 3);
}

void TestProgressStore::missingTimeUsesClock()
{
    QVERIFY(m_store->recordQuestionAttempt({0, QStringLiteral("q"), {}, QStringLiteral("a"), true, 1, {}}));
    QCOMPARE(m_store->questionAttempts().first().answeredAt, fixedNow);
}

void TestProgressStore::changedIsEmittedAfterCommit()
{
    QSignalSpy changed(m_store.get(), &ProgressStore::changed);
    QVERIFY(m_store->recordQuestionAttempt({0, QStringLiteral("q"), {}, QStringLiteral("a"), true, 1, {}}));
    QVERIFY(m_store->setContentLanguage(QStringLiteral("de")));
    QVERIFY(m_store->recordReview(QStringLiteral("card"), ReviewGrade::Good));
    QCOMPARE(changed.count(), 3);
}

void TestProgressStore::reviewScheduling()
{
    const QString card = QStringLiteral("card-imds");
    QVERIFY(m_store->addReviewCard(card, QDate(2026, 3, 1)));
    QVERIFY(m_store->addReviewCard(card, QDate(2026, 4, 1))); // existing card kept as is
    QCOMPARE(m_store->reviewCard(card)->state.due, QDate(2026, 3, 1));
    QVERIFY(!m_store->reviewCard(card)->lastReviewedAt.isValid());

    const WriteResult first = m_store->recordReview(card, ReviewGrade::Good, at(1, 10));
    QVERIFY(first);
    QCOMPARE(m_store->reviewCard(card)->state.due, QDate(2026, 3, 2)); // I(1) = 1
    QVERIFY(m_store->recordReview(card, ReviewGrade::Good, at(2, 10)));
    QCOMPARE(m_store->reviewCard(card)->state.due, QDate(2026, 3, 8)); // I(2) = 6
    QVERIFY(m_store->recordReview(card, ReviewGrade::Again, at(8, 10)));
    const ReviewCard lapsed = *m_store->reviewCard(card);
    QCOMPARE(lapsed.state.repetitions, 0);
    QCOMPARE(lapsed.state.lapses, 1);
    QCOMPARE(lapsed.state.due, QDate(2026, 3, 9));
    QCOMPARE(lapsed.lastReviewedAt, at(8, 10));

    const QList<ReviewLogEntry> log = m_store->reviewLog(card);
    QCOMPARE(log.size(), 3);
    QCOMPARE(log.first().id, first.id);
    QCOMPARE(log.at(1).after.intervalDays, 6);
    QCOMPARE(log.at(2).grade, ReviewGrade::Again);

    // An unknown card is created by its first review.
    QVERIFY(m_store->recordReview(QStringLiteral("new"), ReviewGrade::Easy, at(1, 10)));
    QCOMPARE(m_store->reviewCard(QStringLiteral("new"))->state.ease, 2.6);
    QVERIFY(!m_store->reviewCard(QStringLiteral("never")).has_value());
}

void TestProgressStore::dueCards_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("before all") << QDate(2026, 2, 28) << -1 << QStringList();
    QTest::newRow("first day") << QDate(2026, 3, 1) << -1 << QStringList{QStringLiteral("b"), QStringLiteral("c")};
    QTest::newRow("most overdue first") << QDate(2026, 3, 5) << -1
                                        << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
    QTest::newRow("limit") << QDate(2026, 3, 5) << 1 << QStringList{QStringLiteral("b")};
}

void TestProgressStore::dueCards()
{
    QFETCH(QDate, day);
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    QVERIFY(m_store->addReviewCard(QStringLiteral("a"), QDate(2026, 3, 5)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("c"), QDate(2026, 3, 1)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("b"), QDate(2026, 3, 1)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("later"), QDate(2026, 6, 1)));
    QStringList ids;
    for (const ReviewCard &card : m_store->dueCards(day, limit).cards)
        ids.append(card.cardId);
    QCOMPARE(ids, expected);
}

void TestProgressStore::dueCountsPerDay()
{
    QVERIFY(m_store->addReviewCard(QStringLiteral("overdue"), QDate(2026, 2, 20)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("today"), QDate(2026, 3, 10)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("in two days 1"), QDate(2026, 3, 12)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("in two days 2"), QDate(2026, 3, 12)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("beyond"), QDate(2026, 3, 20)));
    const QList<DueCount> counts = m_store->dueCountsPerDay(QDate(2026, 3, 10), QDate(2026, 3, 16));
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.at(0).day, QDate(2026, 3, 10));
    QCOMPARE(counts.at(0).cards, 2); // overdue folds into the first day
    QCOMPARE(counts.at(1).day, QDate(2026, 3, 12));
    QCOMPARE(counts.at(1).cards, 2);
}

void TestProgressStore::labAttemptLifecycle()
{
    const WriteResult started = m_store->startLabAttempt({QStringLiteral("fn-cosmos"), 3, 4242, at(1, 10)});
    QVERIFY(started);
    QVERIFY(started.id > 0);
    for (int i = 0; i < 3; ++i) {
        const WriteResult appended =
            m_store->appendLabCommand(started.id, command(QStringLiteral("cmd %1").arg(i), i * 60000));
        QVERIFY2(appended, qPrintable(appended.error));
        QCOMPARE(appended.id, i + 1); // seq
    }
    QVERIFY(m_store->recordTaskResult(started.id,
                                      {QStringLiteral("t1"), false, 0, QStringLiteral("no role"), at(1, 10, 5)}));
    QVERIFY(m_store->recordTaskResult(started.id, {QStringLiteral("t1"), true, 5, {}, at(1, 10, 9)})); // replaces
    QVERIFY(
        m_store->recordTaskResult(started.id, {QStringLiteral("t2"), false, 0, QStringLiteral("403"), at(1, 10, 9)}));
    QVERIFY(m_store->updateLabScore(started.id, {50, 5, 10, 1}));

    std::optional<LabAttempt> attempt = m_store->labAttempt(started.id);
    QVERIFY(attempt);
    QCOMPARE(attempt->labId, QStringLiteral("fn-cosmos"));
    QCOMPARE(attempt->labFormatVersion, 3);
    QCOMPARE(attempt->seed, 4242);
    QCOMPARE(attempt->startedAt, at(1, 10));
    QVERIFY(!attempt->isFinished());
    QCOMPARE(attempt->score.completionPercent, 50.0);
    QCOMPARE(attempt->score.hintsUsed, 1);
    QCOMPARE(attempt->tasks.size(), 2);
    QCOMPARE(attempt->tasks.at(0).passed, true);
    QCOMPARE(attempt->tasks.at(0).points, 5.0);
    QCOMPARE(attempt->tasks.at(1).message, QStringLiteral("403"));
    QCOMPARE(attempt->commands.size(), 3);

    QVERIFY(m_store->finishLabAttempt(started.id, {100, 10, 10, 2}, at(1, 11)));
    attempt = m_store->labAttempt(started.id);
    QVERIFY(attempt->isFinished());
    QCOMPARE(attempt->finishedAt, at(1, 11));
    QCOMPARE(attempt->score.score, 10.0);
    QCOMPARE(attempt->score.hintsUsed, 2);
    QVERIFY(!m_store->resumableLabAttempt(QStringLiteral("fn-cosmos")).has_value());
}

void TestProgressStore::resumableAttemptReplaysCommandLog()
{
    const qint64 old = m_store->startLabAttempt({QStringLiteral("vm-kv"), 1, 1, at(1, 9)}).id;
    QVERIFY(m_store->appendLabCommand(old, command(QStringLiteral("az vm identity assign -g rg -n vm"), 0)));
    const qint64 newer = m_store->startLabAttempt({QStringLiteral("vm-kv"), 1, 2, at(2, 9)}).id;
    const QList<LabCommand> log{
        command(QStringLiteral("az vm identity assign -g rg -n vm"), 1000),
        command(QStringLiteral("az role assignment create --role \"Key Vault Secrets User\" --assignee $id"), 65000,
                CommandSource::Ui),
        command(QStringLiteral("sleep 300"), 365000),
    };
    for (const LabCommand &c : log)
        QVERIFY(m_store->appendLabCommand(newer, c));
    QVERIFY(m_store->startLabAttempt({QStringLiteral("other-lab"), 1, 3, at(3, 9)}));

    const std::optional<LabAttempt> resumable = m_store->resumableLabAttempt(QStringLiteral("vm-kv"));
    QVERIFY(resumable);
    QCOMPARE(resumable->id, newer);
    QCOMPARE(resumable->seed, 2);
    QCOMPARE(resumable->commands.size(), log.size());
    for (int i = 0; i < log.size(); ++i) {
        QCOMPARE(resumable->commands.at(i).seq, i + 1);
        QCOMPARE(resumable->commands.at(i).command, log.at(i).command);
        QCOMPARE(resumable->commands.at(i).simulatedMs, log.at(i).simulatedMs);
        QCOMPARE(resumable->commands.at(i).source, log.at(i).source);
        QCOMPARE(resumable->commands.at(i).recordedAt, fixedNow);
    }
    const QList<LabAttempt> attempts = m_store->labAttempts(QStringLiteral("vm-kv"));
    QCOMPARE(attempts.size(), 2);
    QCOMPARE(attempts.first().id, newer); // newest first
    QVERIFY(attempts.first().commands.isEmpty());
    QCOMPARE(m_store->labAttempts().size(), 3);
}

void TestProgressStore::recordWholeLabAttempt()
{
    LabAttempt attempt;
    attempt.labId = QStringLiteral("fn-cosmos");
    attempt.labFormatVersion = 2;
    attempt.seed = 99;
    attempt.startedAt = at(4, 8);
    attempt.finishedAt = at(4, 8, 1);
    attempt.score = {75, 3, 4, 0};
    attempt.tasks = {{QStringLiteral("a"), true, 1, {}, at(4, 8, 1)},
                     {QStringLiteral("b"), false, 0, QStringLiteral("x"), {}}};
    attempt.commands = {command(QStringLiteral("one"), 0), command(QStringLiteral("two"), 10)};
    attempt.commands[0].seq = 17; // renumbered from 1
    const WriteResult recorded = m_store->recordLabAttempt(attempt);
    QVERIFY2(recorded, qPrintable(recorded.error));
    const std::optional<LabAttempt> stored = m_store->labAttempt(recorded.id);
    QVERIFY(stored);
    QCOMPARE(stored->finishedAt, attempt.finishedAt);
    QCOMPARE(stored->score.maxScore, 4.0);
    QCOMPARE(stored->tasks.size(), 2);
    QCOMPARE(stored->tasks.at(1).checkedAt, fixedNow);
    QCOMPARE(stored->commands.size(), 2);
    QCOMPARE(stored->commands.at(0).seq, 1);
    QCOMPARE(stored->commands.at(1).command, QStringLiteral("two"));

    // One failing part (a task without id violates NOT NULL) rolls the whole attempt back.
    LabAttempt broken = attempt;
    broken.tasks.append({QString(), true, 0, {}, {}});
    const int before = m_store->labAttempts().size();
    QVERIFY(!m_store->recordLabAttempt(broken));
    QCOMPARE(m_store->labAttempts().size(), before);
}

void TestProgressStore::labWritesToUnknownAttemptFail_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("append command") << 0;
    QTest::newRow("task result") << 1;
    QTest::newRow("score") << 2;
    QTest::newRow("finish") << 3;
}

void TestProgressStore::labWritesToUnknownAttemptFail()
{
    QFETCH(int, which);
    const qint64 unknown = 12345;
    WriteResult result;
    switch (which) {
    case 0:
        result = m_store->appendLabCommand(unknown, command(QStringLiteral("az login"), 0));
        break;
    case 1:
        result = m_store->recordTaskResult(unknown, {QStringLiteral("t"), true, 1, {}, {}});
        break;
    case 2:
        result = m_store->updateLabScore(unknown, {10, 1, 1, 0});
        break;
    case 3:
        result = m_store->finishLabAttempt(unknown, {10, 1, 1, 0});
        break;
    }
    QVERIFY(!result);
    QVERIFY(!result.error.isEmpty());
}

void TestProgressStore::settings_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("exam outline") << QString::fromLatin1(ProgressStore::examOutlineKey) << QStringLiteral("az-204-2024")
                                  << QStringLiteral("az-204-2025");
    QTest::newRow("content language") << QString::fromLatin1(ProgressStore::contentLanguageKey) << QStringLiteral("en")
                                      << QStringLiteral("de");
    QTest::newRow("empty value") << QStringLiteral("other") << QStringLiteral("x") << QString();
}

void TestProgressStore::settings()
{
    QFETCH(QString, key);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QCOMPARE(m_store->setting(key, QStringLiteral("fallback")), QStringLiteral("fallback"));
    QVERIFY(m_store->setSetting(key, first));
    QCOMPARE(m_store->setting(key), first);
    QVERIFY(m_store->setSetting(key, second));
    QCOMPARE(m_store->setting(key, QStringLiteral("fallback")), second.isNull() ? QStringLiteral("") : second);
    if (key == QLatin1String(ProgressStore::examOutlineKey))
        QCOMPARE(m_store->examOutlineId(), second);
    if (key == QLatin1String(ProgressStore::contentLanguageKey))
        QCOMPARE(m_store->contentLanguage(), second);
}

void TestProgressStore::resumePointIsSavedQuietly()
{
    QSignalSpy changed(m_store.get(), &ProgressStore::changed);
    QCOMPARE(m_store->resumePoint(QStringLiteral("lessons")), QString());
    QVERIFY(m_store->setResumePoint(QStringLiteral("lessons"), QStringLiteral("token-flow")));
    QVERIFY(m_store->setResumePoint(QStringLiteral("lessons"), QStringLiteral("rbac")));
    QCOMPARE(m_store->resumePoint(QStringLiteral("lessons")), QStringLiteral("rbac"));
    QCOMPARE(m_store->resumePoint(QStringLiteral("labs")), QString()); // one area each
    QCOMPARE(changed.count(), 0);                                      // nothing the pages show changed
    QVERIFY(!m_store->setResumePoint(QString(), QStringLiteral("x")).ok());
    // It travels with the progress file: a second store on the same file reads it.
    ProgressStore other;
    QVERIFY(!other.open(m_store->openResult().path).inMemory);
    QCOMPARE(other.resumePoint(QStringLiteral("lessons")), QStringLiteral("rbac"));
}

// QA: with the file made read-only under a running Keyless, every write failed in the log only. SQLite's query_only
// refuses writes on this very connection, as a read-only file or a full disk would.
void TestProgressStore::storageFailureIsSignalled()
{
    QSignalSpy failed(m_store.get(), &ProgressStore::storageFailed);
    QVERIFY(!m_store->setSetting({}, QStringLiteral("v")).ok()); // a refused argument is no storage failure
    QCOMPARE(failed.count(), 0);
    QSqlQuery pragma(QSqlDatabase::database(m_store->database().connectionName()));
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = ON")));
    const WriteResult lost = m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("a"), {}, 5});
    QVERIFY(!lost.ok());
    QVERIFY(failed.count() >= 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("readonly")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA query_only = OFF")));
    failed.clear();
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("a"), {}, 5}).ok());
    QCOMPARE(failed.count(), 0);

    // A file deleted under the open store (its folder removed): SQLite writes on into nothing, the store says so.
    {
        QTemporaryDir folder;
        ProgressStore doomed;
        QVERIFY(!doomed.open(folder.filePath(QStringLiteral("p.sqlite"))).inMemory);
        QSignalSpy gone(&doomed, &ProgressStore::storageFailed);
        QVERIFY(folder.remove());
        const WriteResult lostWrite = doomed.recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("a"), {}, 5});
        QVERIFY(!lostWrite.ok());
        QCOMPARE(gone.count(), 1);
        QVERIFY2(
            gone.first().first().toString().endsWith(QStringLiteral("was deleted or moved while Keyless had it open")),
            qPrintable(gone.first().first().toString()));
    }

    // What open() finds wrong it says in its result, not with this signal.
    QTemporaryDir dir;
    QFile damaged(dir.filePath(QStringLiteral("damaged.sqlite")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(QByteArray("SQLite format 3") + QByteArray(1, '\0') + QByteArray(4096, 'x'));
    damaged.close();
    ProgressStore other;
    QSignalSpy otherFailed(&other, &ProgressStore::storageFailed);
    const OpenResult opened = other.open(damaged.fileName());
    QVERIFY(opened.corrupt);
    QCOMPARE(otherFailed.count(), 0);
}

void TestProgressStore::dashboard()
{
    // Lessons: "mi" 2 distinct sections (one read twice), "rbac" 1.
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("a"), at(1, 10), 60}));
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("b"), at(1, 11), 30}));
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("a"), at(3, 11), 10}));
    QVERIFY(m_store->recordSectionRead({0, QStringLiteral("rbac"), QStringLiteral("a"), at(3, 12), 5}));
    // Objectives: o1 3 of 4 correct, o2 0 of 1.
    const QList<QuestionAttempt> attempts{{0, QStringLiteral("q1"), QStringLiteral("o1"), {}, true, 2000, at(1, 12)},
                                          {0, QStringLiteral("q1"), QStringLiteral("o1"), {}, false, 1000, at(1, 12)},
                                          {0, QStringLiteral("q2"), QStringLiteral("o1"), {}, true, 1500, at(3, 12)},
                                          {0, QStringLiteral("q3"), QStringLiteral("o1"), {}, true, 500, at(3, 12)},
                                          {0, QStringLiteral("q4"), QStringLiteral("o2"), {}, false, 4000, at(5, 12)}};
    for (const QuestionAttempt &a : attempts)
        QVERIFY(m_store->recordQuestionAttempt(a));
    QVERIFY(m_store->recordReview(QStringLiteral("c1"), ReviewGrade::Good, at(3, 13))); // due 3/4
    QVERIFY(m_store->addReviewCard(QStringLiteral("c2"), QDate(2026, 3, 10)));
    QVERIFY(m_store->addReviewCard(QStringLiteral("c3"), QDate(2026, 3, 11)));
    // Labs: lab1 two attempts, one finished at 100 %; lab2 one at 40 %.
    const qint64 l1 = m_store->startLabAttempt({QStringLiteral("lab1"), 1, 1, at(1, 14)}).id;
    QVERIFY(m_store->appendLabCommand(l1, {0, CommandSource::Console, QStringLiteral("x"), 0, at(1, 14)}));
    QVERIFY(m_store->finishLabAttempt(l1, {100, 8, 10, 0}, at(1, 15)));
    QVERIFY(m_store->startLabAttempt({QStringLiteral("lab1"), 1, 2, at(3, 14)}));
    const qint64 l2 = m_store->startLabAttempt({QStringLiteral("lab2"), 1, 3, at(5, 14)}).id;
    QVERIFY(m_store->updateLabScore(l2, {40, 2, 5, 3}));
    QVERIFY(m_store->appendLabCommand(l2, {0, CommandSource::Ui, QStringLiteral("y"), 0, at(5, 14)}));
    QVERIFY(m_store->appendLabCommand(l2, {0, CommandSource::Ui, QStringLiteral("z"), 0, at(5, 15)}));

    const DashboardFigures figures = m_store->dashboard(QDate(2026, 3, 1), QDate(2026, 3, 4));
    QVERIFY2(figures.ok(), qPrintable(figures.error));

    QCOMPARE(figures.lessons.size(), 2);
    QCOMPARE(figures.lessons.at(0).lessonId, QStringLiteral("mi"));
    QCOMPARE(figures.lessons.at(0).sectionsRead, 2);
    QCOMPARE(figures.lessons.at(0).secondsOnTask, 100);
    QCOMPARE(figures.lessons.at(0).lastReadAt, at(3, 11));
    QCOMPARE(figures.lessons.at(0).completionPercent(4), 50.0);
    QCOMPARE(figures.lessons.at(0).completionPercent(1), 100.0);
    QCOMPARE(figures.lessons.at(1).sectionsRead, 1);

    QCOMPARE(figures.labs.size(), 2);
    QCOMPARE(figures.labs.at(0).labId, QStringLiteral("lab1"));
    QCOMPARE(figures.labs.at(0).attempts, 2);
    QCOMPARE(figures.labs.at(0).finishedAttempts, 1);
    QCOMPARE(figures.labs.at(0).bestCompletionPercent, 100.0);
    QCOMPARE(figures.labs.at(0).bestScore, 8.0);
    QCOMPARE(figures.labs.at(0).lastStartedAt, at(3, 14));
    QCOMPARE(figures.labs.at(1).bestCompletionPercent, 40.0);
    QCOMPARE(figures.labs.at(1).finishedAttempts, 0);

    QCOMPARE(figures.objectives.size(), 2);
    QCOMPARE(figures.objectives.at(0).objectiveId, QStringLiteral("o1"));
    QCOMPARE(figures.objectives.at(0).attempts, 4);
    QCOMPARE(figures.objectives.at(0).correct, 3);
    QCOMPARE(figures.objectives.at(0).accuracy(), 0.75);
    QCOMPARE(figures.objectives.at(1).accuracy(), 0.0);

    // Activity only within [3/1, 3/4]: day 1 and day 3; day 5 is outside.
    QCOMPARE(figures.activity.size(), 2);
    const DayActivity &day1 = figures.activity.at(0);
    QCOMPARE(day1.day, QDate(2026, 3, 1));
    QCOMPARE(day1.sectionsRead, 2);
    QCOMPARE(day1.questionAttempts, 2);
    QCOMPARE(day1.reviews, 0);
    QCOMPARE(day1.labCommands, 1);
    QCOMPARE(day1.secondsOnTask, 90 + 3);
    const DayActivity &day3 = figures.activity.at(1);
    QCOMPARE(day3.day, QDate(2026, 3, 3));
    QCOMPARE(day3.sectionsRead, 2);
    QCOMPARE(day3.questionAttempts, 2);
    QCOMPARE(day3.reviews, 1);
    QCOMPARE(day3.labCommands, 0);
    QCOMPARE(day3.secondsOnTask, 15 + 2);

    QCOMPARE(figures.cardsDueToday, 2); // c1 (3/4) and c2 (3/10); clock says 3/10

    const DashboardFigures later = m_store->dashboard(QDate(2026, 3, 5), QDate(2026, 3, 5));
    QCOMPARE(later.activity.size(), 1);
    QCOMPARE(later.activity.first().labCommands, 2);
    QCOMPARE(later.activity.first().questionAttempts, 1);
}

void TestProgressStore::dashboardDayIsTheLearnersLocalDay()
{
    // 00:30 on 3 March at UTC+2 is still 2 March in UTC: the learner saw 3 March, so it counts there.
    QVERIFY(m_store->recordQuestionAttempt(
        {0, QStringLiteral("q"), QStringLiteral("o"), {}, true, 0, at(3, 0, 30, 2 * 3600)}));
    const DashboardFigures figures = m_store->dashboard(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QCOMPARE(figures.activity.size(), 1);
    QCOMPARE(figures.activity.first().day, QDate(2026, 3, 3));
}

void TestProgressStore::dashboardTotalsMatchARecount()
{
    // The dashboard reads totals kept by triggers; after many mixed writes they must equal a recount of the rows.
    QRandomGenerator random(42);
    const qint64 lab = m_store->startLabAttempt({QStringLiteral("lab"), 1, 1, at(1, 8)}).id;
    for (int i = 0; i < 300; ++i) {
        const QDateTime when = at(1 + int(random.bounded(20)), int(random.bounded(24)), int(random.bounded(60)));
        switch (random.bounded(4)) {
        case 0:
            QVERIFY(m_store->recordQuestionAttempt({0, QStringLiteral("q%1").arg(random.bounded(9)),
                                                    QStringLiteral("o%1").arg(random.bounded(5)), QStringLiteral("x"),
                                                    random.bounded(2) == 1, random.bounded(90000), when}));
            break;
        case 1:
            QVERIFY(m_store->recordSectionRead(
                {0, QStringLiteral("l"), QStringLiteral("s%1").arg(i), when, int(random.bounded(600))}));
            break;
        case 2:
            QVERIFY(m_store->recordReview(QStringLiteral("c%1").arg(random.bounded(7)),
                                          ReviewGrade(1 + random.bounded(4)), when));
            break;
        case 3:
            QVERIFY(m_store->appendLabCommand(lab, {0, CommandSource::Console, QStringLiteral("az"), i, when}));
            break;
        }
    }
    const DashboardFigures figures = m_store->dashboard(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY(figures.ok());

    Database &db = m_store->database();
    QSqlQuery objectives = db.prepare(
        QStringLiteral("SELECT objective_id, COUNT(*), SUM(correct) FROM question_attempts GROUP BY 1 ORDER BY 1"));
    QVERIFY(db.exec(objectives, QStringLiteral("recount objectives")));
    int row = 0;
    while (objectives.next()) {
        QVERIFY(row < figures.objectives.size());
        QCOMPARE(figures.objectives.at(row).objectiveId, objectives.value(0).toString());
        QCOMPARE(figures.objectives.at(row).attempts, objectives.value(1).toInt());
        QCOMPARE(figures.objectives.at(row).correct, objectives.value(2).toInt());
        ++row;
    }
    QCOMPARE(row, figures.objectives.size());

    QSqlQuery days = db.prepare(
        QStringLiteral("SELECT day, SUM(s), SUM(q), SUM(r), SUM(c), SUM(t) + SUM(m) / 1000 FROM ("
                       " SELECT day, 1 AS s, 0 AS q, 0 AS r, 0 AS c, seconds_on_task AS t, 0 AS m FROM section_reads"
                       " UNION ALL SELECT day, 0, 1, 0, 0, 0, time_taken_ms FROM question_attempts"
                       " UNION ALL SELECT day, 0, 0, 1, 0, 0, 0 FROM review_log"
                       " UNION ALL SELECT day, 0, 0, 0, 1, 0, 0 FROM lab_commands) GROUP BY day ORDER BY day"));
    QVERIFY(db.exec(days, QStringLiteral("recount days")));
    row = 0;
    while (days.next()) {
        QVERIFY(row < figures.activity.size());
        const DayActivity &day = figures.activity.at(row);
        QCOMPARE(day.day, QDate::fromJulianDay(days.value(0).toLongLong()));
        QCOMPARE(day.sectionsRead, days.value(1).toInt());
        QCOMPARE(day.questionAttempts, days.value(2).toInt());
        QCOMPARE(day.reviews, days.value(3).toInt());
        QCOMPARE(day.labCommands, days.value(4).toInt());
        QCOMPARE(day.secondsOnTask, days.value(5).toLongLong());
        ++row;
    }
    QCOMPARE(row, figures.activity.size());
    QVERIFY(row > 10);
}

void TestProgressStore::dataSurvivesReopen()
{
    const QString path = m_store->openResult().path;
    const WriteResult written =
        m_store->recordQuestionAttempt({0, QStringLiteral("q"), {}, QStringLiteral("a"), true, 1, {}});
    QVERIFY(written);
    QVERIFY(m_store->setExamOutlineId(QStringLiteral("az-204")));
    m_store.reset();
    ProgressStore reopened;
    QVERIFY(reopened.open(path).ok);
    QCOMPARE(reopened.questionAttempts().size(), 1);
    QCOMPARE(reopened.questionAttempts().first().id, written.id);
    QCOMPARE(reopened.examOutlineId(), QStringLiteral("az-204"));
}

// QA: `keyless --db notes.txt` renamed the learner's notes to notes.txt.corrupt-… and put a new database in their
// place. A file named with --db that is no SQLite database at all is left exactly as it is, and progress is kept in
// memory, as `keyless progress export` already did; an SQLite file that is damaged is still recovered.
void TestProgressStore::aNamedFileThatIsNoDatabaseIsLeftAsItIs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QByteArray random(8192, Qt::Uninitialized);
    QRandomGenerator generator(11);
    for (char &c : random)
        c = char(generator.bounded(256));
    QTest::newRow("text") << QByteArray("notes\nbuy milk\n");
    QTest::newRow("random bytes") << random;
    QTest::newRow("an SQLite header cut short") << QByteArray("SQLite form");
}

void TestProgressStore::aNamedFileThatIsNoDatabaseIsLeftAsItIs()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    ProgressStore store;
    const OpenResult opened = store.open(path);
    QVERIFY(opened.ok);
    QVERIFY(opened.inMemory);
    QVERIFY(opened.movedAsidePath.isEmpty());
    QVERIFY2(opened.error.contains(QStringLiteral("is not a Keyless progress file (it is not an SQLite database)")),
             qPrintable(opened.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

// QA: a damaged file was moved aside whole and the learner started from nothing, though most of it was readable.
// Here one page of an index and the settings table's only page are broken: every attempt, read, review and lab
// record comes back, the broken settings do not, and the dashboard totals are rebuilt from what came back.
void TestProgressStore::damagedFileGivesBackWhatCanBeRead()
{
    const QString path = m_dir.filePath(QStringLiteral("damaged.sqlite"));
    int pageSize = 0;
    int indexPage = 0;
    int settingsPage = 0;
    {
        ProgressStore store;
        store.setClock([] { return fixedNow; });
        QVERIFY(store.open(path).ok);
        for (int i = 0; i < 400; ++i)
            QVERIFY(store.recordQuestionAttempt({0, QStringLiteral("q%1").arg(i % 37), QStringLiteral("o%1").arg(i % 5),
                                                 QStringLiteral("x"), i % 3 == 0, 1000 + i, at(1 + i % 9, 10)}));
        for (int i = 0; i < 20; ++i)
            QVERIFY(store.recordSectionRead({0, QStringLiteral("l%1").arg(i % 4), QStringLiteral("s%1").arg(i), at(2, 9), 30}));
        QVERIFY(store.recordReview(QStringLiteral("card-1"), ReviewGrade::Good, at(3, 9)));
        const qint64 lab = store.startLabAttempt({QStringLiteral("func-cosmos-no-secret"), 1, 1, at(4, 8)}).id;
        QVERIFY(store.appendLabCommand(lab, {0, CommandSource::Console, QStringLiteral("az login --identity"), 1, at(4, 8)}));
        QVERIFY(store.setSetting(QStringLiteral("lost"), QStringLiteral("on a broken page")));
        Database &db = store.database();
        pageSize = db.scalar(QStringLiteral("PRAGMA page_size")).toInt();
        indexPage = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'question_attempts_by_question'"))
                        .toInt();
        settingsPage = db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'settings'")).toInt();
    } // closing checkpoints the WAL into the file
    QVERIFY(pageSize > 0 && indexPage > 1 && settingsPage > 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    for (const int page : {indexPage, settingsPage}) {
        QVERIFY(file.seek(qint64(page - 1) * pageSize));
        file.write(QByteArray(pageSize, char(0x5a)));
    }
    file.close();

    ProgressStore store;
    store.setClock([] { return fixedNow; });
    const OpenResult opened = store.open(path);
    QVERIFY2(opened.ok && !opened.inMemory, qPrintable(opened.error));
    QVERIFY(opened.corrupt);
    QVERIFY(QFile::exists(opened.movedAsidePath));
    QCOMPARE(opened.salvagedRecords, 400 + 20 + 1 + 1 + 1 + 1); // attempts, reads, card, its review, lab, command
    QVERIFY2(opened.warning.contains(QStringLiteral("a new one was started with the 424 record")),
             qPrintable(opened.warning));
    QCOMPARE(store.questionAttempts().size(), 400);
    QCOMPARE(store.questionAttempts(QStringLiteral("q5")).size(), 11);
    QCOMPARE(store.sectionReads(QStringLiteral("l1")).size(), 5);
    QVERIFY(store.reviewCard(QStringLiteral("card-1")));
    QCOMPARE(store.reviewLog(QStringLiteral("card-1")).size(), 1);
    QCOMPARE(store.setting(QStringLiteral("lost")), QString());
    const DashboardFigures figures = store.dashboard(QDate(2026, 3, 1), QDate(2026, 3, 31));
    QVERIFY(figures.ok());
    int attempts = 0;
    for (const auto &objective : figures.objectives)
        attempts += objective.attempts;
    QCOMPARE(attempts, 400);
    QCOMPARE(store.database().scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestProgressStore::inMemoryStoreWorks()
{
    ProgressStore memory;
    const OpenResult opened = memory.openInMemory();
    QVERIFY(opened.ok);
    QVERIFY(memory.isInMemory());
    QVERIFY(memory.recordQuestionAttempt({0, QStringLiteral("q"), {}, QStringLiteral("a"), true, 1, {}}));
    QCOMPARE(memory.questionAttempts().size(), 1);
}

void TestProgressStore::unopenedStoreFailsSafely()
{
    // A page that outlives a failed start-up must get errors and empty answers, not a crash.
    ProgressStore store;
    QVERIFY(!store.isOpen());
    QSignalSpy changed(&store, &ProgressStore::changed);
    const WriteResult answer =
        store.recordQuestionAttempt({0, QStringLiteral("q"), {}, QStringLiteral("a"), true, 1, {}});
    QVERIFY(!answer);
    QVERIFY2(answer.error.contains(QLatin1String("not open")), qPrintable(answer.error));
    QVERIFY(!store.recordSectionRead({0, QStringLiteral("l"), QStringLiteral("s"), {}, 1}));
    QVERIFY(!store.recordReview(QStringLiteral("c"), ReviewGrade::Good));
    QVERIFY(!store.startLabAttempt({QStringLiteral("lab"), 1, 1, {}}));
    QVERIFY(!store.setContentLanguage(QStringLiteral("de")));
    QCOMPARE(changed.count(), 0);
    QVERIFY(store.questionAttempts().isEmpty());
    const DueCards due = store.dueCards(QDate(2026, 3, 1));
    QVERIFY(due.cards.isEmpty());
    QVERIFY2(due.error.contains(QLatin1String("not open")), qPrintable(due.error)); // not "none due"
    QVERIFY(!store.resumableLabAttempt(QStringLiteral("lab")).has_value());
    QCOMPARE(store.contentLanguage(), QString());
    QVERIFY(!store.dashboard(QDate(2026, 3, 1), QDate(2026, 3, 2)).ok());
}

QTEST_GUILESS_MAIN(TestProgressStore)
#include "tst_progressstore.moc"
