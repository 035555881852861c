#pragma once

#include "progress/database.h"
#include "progress/records.h"

#include <QHash>
#include <QLockFile>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace Keyless::Progress {

struct DueCount {
    QDate day;
    int cards = 0;
};

// The cards due for review, or why they could not be read (then none): a store that cannot be read has not
// "no cards due".
struct DueCards {
    QList<ReviewCard> cards;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// The learner's progress, as the UI and the headless commands see it. Every record… method returns only
// after its own transaction has committed (WriteResult::ok()), so what the UI reports as saved survives a
// killed process. Read methods return empty values on error and leave the reason in lastError(); dueCards() and
// dashboard() also say so in their result, where empty would mean something (no cards due).
class ProgressStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressStore)

public:
    using Clock = Database::Clock;

    static constexpr const char *examOutlineKey = "exam_outline_id";
    static constexpr const char *contentLanguageKey = "content_language";

    explicit ProgressStore(QObject *parent = nullptr);
    ~ProgressStore() override;

    // The clock used for invalid timestamps in records and for moved-aside file names.
    void setClock(Clock clock);

    // <AppDataLocation>/progress.sqlite
    static QString defaultPath();
    // Opens `path` (empty: defaultPath()). Never leaves the store unusable: on failure the result says so and
    // the store runs in memory (unless options.fallbackToMemory is false).
    OpenResult open(const QString &path = {}, const OpenOptions &options = {});
    OpenResult openInMemory();
    const OpenResult &openResult() const { return m_openResult; }
    bool isOpen() const { return m_database && m_database->isOpen(); }
    bool isInMemory() const { return m_openResult.inMemory; }
    Database &database() { return *m_database; }
    SqlError lastError() const { return m_database->lastError(); }

    // Moves the file (and its -wal/-shm) aside as <path>.reset-<timestamp>. Refused while a store holds it open:
    // an open store marks its file with <path>.lock (QLockFile), so a reset from the command line cannot pull the file
    // from under a running window, which went on writing into the moved file (QA).
    struct ResetResult {
        QString movedTo;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };
    static ResetResult moveAside(const QString &path, const QDateTime &now);

    // ---- lessons ----
    WriteResult recordSectionRead(const SectionRead &read);
    QList<SectionRead> sectionReads(const QString &lessonId);
    QStringList sectionsRead(const QString &lessonId); // distinct, sorted
    // Every lesson's distinct sections read, in one query (a table of contents needs them all at once).
    QHash<QString, QStringList> sectionsReadByLesson();

    // ---- practice questions (one row per attempt, never updated) ----
    WriteResult recordQuestionAttempt(const QuestionAttempt &attempt);
    QList<QuestionAttempt> questionAttempts(const QString &questionId = {});

    // ---- spaced review (SM-2, see ReviewScheduler) ----
    // Adds a card that has never been reviewed, due on `due` (default: today); an existing card is kept as is.
    WriteResult addReviewCard(const QString &cardId, const QDate &due = {});
    // Schedules the card (creating it if unknown) and appends the review log; returns the log row's id.
    WriteResult recordReview(const QString &cardId, ReviewGrade grade, const QDateTime &reviewedAt = {});
    std::optional<ReviewCard> reviewCard(const QString &cardId);
    // The ids of every card the scheduler knows (cards are registered when the review first opens).
    QSet<QString> reviewCardIds();
    // Cards due on or before `day`, the most overdue first; limit < 0: all.
    DueCards dueCards(const QDate &day, int limit = -1);
    // Cards falling due on each day in [from, to]; cards overdue before `from` count on `from`.
    QList<DueCount> dueCountsPerDay(const QDate &from, const QDate &to);
    QList<ReviewLogEntry> reviewLog(const QString &cardId);

    // ---- labs ----
    WriteResult startLabAttempt(const LabAttemptStart &start);
    // Appends one command (seq = previous + 1) and returns its seq. Call it after each command has run so a
    // resumed lab replays exactly what the learner did.
    WriteResult appendLabCommand(qint64 attemptId, const LabCommand &command);
    // Inserts or replaces the latest result of one task.
    WriteResult recordTaskResult(qint64 attemptId, const TaskResult &result);
    WriteResult updateLabScore(qint64 attemptId, const LabScore &score);
    WriteResult finishLabAttempt(qint64 attemptId, const LabScore &score, const QDateTime &finishedAt = {});
    // A whole attempt in one transaction (for `keyless lab check --db`): the attempt, its task results and its
    // command log (seq renumbered 1…n). Returns the attempt id; print it only when ok().
    WriteResult recordLabAttempt(const LabAttempt &attempt);
    // With tasks and the command log.
    std::optional<LabAttempt> labAttempt(qint64 attemptId);
    // The newest unfinished attempt of the lab, with its command log: replay it to resume.
    std::optional<LabAttempt> resumableLabAttempt(const QString &labId);
    // Newest first, with tasks but without commands.
    QList<LabAttempt> labAttempts(const QString &labId = {});

    // ---- settings that travel with progress ----
    WriteResult setSetting(const QString &key, const QString &value);
    QString setting(const QString &key, const QString &fallback = {});
    // Where the learner was in an area (e.g. "lessons": the lesson last open), to come back to at the next start.
    // Shown nowhere else, so saving one does not emit changed() (every page would refresh on a lesson switch).
    WriteResult setResumePoint(const QString &area, const QString &value);
    QString resumePoint(const QString &area);
    WriteResult setExamOutlineId(const QString &outlineId);
    QString examOutlineId();
    WriteResult setContentLanguage(const QString &language);
    QString contentLanguage();

    // ---- dashboard ----
    // Completion per lesson and lab, accuracy per objective, and activity per day in [from, to].
    DashboardFigures dashboard(const QDate &from, const QDate &to);

Q_SIGNALS:
    // Emitted after every committed write.
    void changed();
    // SQLite refused a read or a write after the store opened (a full disk, a file made read-only or removed under
    // it): what the learner does from now on may not be saved. `message` is SQLite's. Not for a refused argument.
    void storageFailed(const QString &message);

private:
    QDateTime now() const;
    QDateTime orNow(const QDateTime &time) const { return time.isValid() ? time : now(); }
    WriteResult failure(const QString &what);
    void listenForStorageErrors();
    WriteResult committed(qint64 id);
    bool writeSetting(const QString &key, const QString &value);
    bool insertCommand(qint64 attemptId, int seq, const LabCommand &command);
    bool insertTaskResult(qint64 attemptId, const TaskResult &result);
    bool readTasksAndCommands(LabAttempt &attempt, bool withCommands);

    Clock m_clock;
    std::unique_ptr<Database> m_database;
    OpenResult m_openResult;
    std::unique_ptr<QLockFile> m_inUse; // <path>.lock while a file is open
};

} // namespace Keyless::Progress
