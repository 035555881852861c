#include "progress/progressstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcProgress, "keyless.progress.store")

namespace Keyless::Progress {

namespace {

qint64 toMs(const QDateTime &time)
{
    return time.toMSecsSinceEpoch();
}

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

qint64 dayOf(const QDateTime &time)
{
    return time.date().toJulianDay();
}

QDate dateOf(const QVariant &julianDay)
{
    return QDate::fromJulianDay(julianDay.toLongLong());
}

QString sourceName(CommandSource source)
{
    return source == CommandSource::Ui ? QStringLiteral("ui") : QStringLiteral("console");
}

CommandSource sourceFrom(const QString &name)
{
    return name == QLatin1String("ui") ? CommandSource::Ui : CommandSource::Console;
}

const QString cardColumns =
    QStringLiteral("card_id, repetitions, ease, interval_days, lapses, due_day, last_reviewed_at");

ReviewCard cardFrom(const QSqlQuery &query)
{
    ReviewCard card;
    card.cardId = query.value(0).toString();
    card.state.repetitions = query.value(1).toInt();
    card.state.ease = query.value(2).toDouble();
    card.state.intervalDays = query.value(3).toInt();
    card.state.lapses = query.value(4).toInt();
    card.state.due = dateOf(query.value(5));
    card.lastReviewedAt = fromMs(query.value(6));
    return card;
}

const QString attemptColumns = QStringLiteral("id, lab_id, lab_format_version, seed, started_at, finished_at, "
                                              "completion_percent, score, max_score, hints_used");

LabAttempt attemptFrom(const QSqlQuery &query)
{
    LabAttempt attempt;
    attempt.id = query.value(0).toLongLong();
    attempt.labId = query.value(1).toString();
    attempt.labFormatVersion = query.value(2).toInt();
    attempt.seed = query.value(3).toLongLong();
    attempt.startedAt = fromMs(query.value(4));
    attempt.finishedAt = fromMs(query.value(5));
    attempt.score.completionPercent = query.value(6).toDouble();
    attempt.score.score = query.value(7).toDouble();
    attempt.score.maxScore = query.value(8).toDouble();
    attempt.score.hintsUsed = query.value(9).toInt();
    return attempt;
}

} // namespace

ProgressStore::ProgressStore(QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTime(); })
    , m_database(std::make_unique<Database>([this] { return now(); }))
{
}

ProgressStore::~ProgressStore() = default;

void ProgressStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

QDateTime ProgressStore::now() const
{
    return m_clock();
}

QString ProgressStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/progress.sqlite");
}

OpenResult ProgressStore::open(const QString &path, const OpenOptions &options)
{
    OpenOptions opening = options;
    opening.recoverForeignFiles = options.recoverForeignFiles && path.isEmpty(); // only the app's own default file
    m_inUse.reset();
    m_database->setErrorListener({}); // open() reports what went wrong in its result
    m_openResult = m_database->open(path.isEmpty() ? defaultPath() : path, opening);
    listenForStorageErrors();
    if (!m_openResult.inMemory && !m_openResult.path.isEmpty()) {
        // Another window on the same file may hold it already: the mark is shared, not a reason to refuse.
        m_inUse = std::make_unique<QLockFile>(m_openResult.path + QStringLiteral(".lock"));
        if (!m_inUse->tryLock(0))
            m_inUse.reset();
    }
    if (!m_openResult.warning.isEmpty())
        qCWarning(lcProgress, "%s", qUtf8Printable(m_openResult.warning));
    return m_openResult;
}

OpenResult ProgressStore::openInMemory()
{
    m_database->setErrorListener({});
    m_openResult = m_database->openInMemory();
    listenForStorageErrors();
    return m_openResult;
}

ProgressStore::ResetResult ProgressStore::moveAside(const QString &path, const QDateTime &now)
{
    ResetResult result;
    if (!QFileInfo::exists(path)) {
        result.error = tr("There is no progress file at %1.").arg(QDir::toNativeSeparators(path));
        return result;
    }
    // Only ever move a database file: a mistyped --db must not rename a whole folder.
    if (!QFileInfo(path).isFile()) {
        result.error = tr("%1 is not a progress file (it is a folder or a special file); nothing was moved.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    // A file that is no database is not progress to reset (QA: `progress reset --db notes.txt` renamed the notes).
    if (QFileInfo(path).size() > 0 && !Database::hasSqliteHeader(path)) {
        result.error = tr("%1 is not a Keyless progress file (it is not an SQLite database); nothing was moved.")
                           .arg(QDir::toNativeSeparators(path));
        return result;
    }
    QLockFile inUse(path + QStringLiteral(".lock"));
    if (!inUse.tryLock(0) && inUse.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        inUse.getLockInfo(&pid, &host, &app);
        result.error = tr("%1 is open in Keyless (process %2). Close that window first; nothing was moved.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(pid);
        return result;
    }
    const QString stamp = now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = QStringLiteral("%1.reset-%2").arg(path, stamp);
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1.reset-%2-%3").arg(path, stamp).arg(n);
    if (!QFile::rename(path, target)) {
        result.error =
            tr("%1 cannot be moved to %2.").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(target));
        return result;
    }
    // A WAL file may still hold committed transactions: it goes with its database.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    result.movedTo = target;
    return result;
}

void ProgressStore::listenForStorageErrors()
{
    m_database->setErrorListener([this](const SqlError &error) { Q_EMIT storageFailed(error.message); });
}

WriteResult ProgressStore::failure(const QString &what)
{
    WriteResult result;
    result.error = what;
    if (m_database->lastError().isError())
        result.error += QStringLiteral(": ") + m_database->lastError().message;
    return result;
}

WriteResult ProgressStore::committed(qint64 id)
{
    Q_EMIT changed();
    // SQLite writes on into a file deleted under it (its folder removed, say) without an error: the write is then lost
    // at the quit (QA: no word of it). A stat per write says so.
    if (!m_openResult.inMemory && !m_openResult.path.isEmpty() && !QFileInfo::exists(m_openResult.path)) {
        const QString message =
            tr("%1 was deleted or moved while Keyless had it open").arg(QDir::toNativeSeparators(m_openResult.path));
        Q_EMIT storageFailed(message);
        return {id, message};
    }
    return {id, {}};
}

// ---- lessons ----

WriteResult ProgressStore::recordSectionRead(const SectionRead &read)
{
    if (read.lessonId.isEmpty() || read.sectionId.isEmpty())
        return {0, tr("A section read needs a lesson id and a section id.")};
    const QDateTime at = orNow(read.readAt);
    Database::Transaction transaction(*m_database);
    QSqlQuery &query = m_database->cached(
        QStringLiteral("INSERT INTO section_reads (lesson_id, section_id, read_at, day, seconds_on_task)"
                       " VALUES (?, ?, ?, ?, ?)"));
    query.bindValue(0, read.lessonId);
    query.bindValue(1, read.sectionId);
    query.bindValue(2, toMs(at));
    query.bindValue(3, dayOf(at));
    query.bindValue(4, qMax(0, read.secondsOnTask));
    if (!transaction.isActive() || !m_database->exec(query, QStringLiteral("record section read")))
        return failure(tr("The section read was not saved"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit())
        return failure(tr("The section read was not saved"));
    return committed(id);
}

QList<SectionRead> ProgressStore::sectionReads(const QString &lessonId)
{
    QSqlQuery query = m_database->prepare(
        QStringLiteral("SELECT id, lesson_id, section_id, read_at, seconds_on_task FROM section_reads"
                       " WHERE lesson_id = ? ORDER BY read_at, id"));
    query.addBindValue(lessonId);
    QList<SectionRead> reads;
    if (!m_database->exec(query, QStringLiteral("section reads")))
        return reads;
    while (query.next())
        reads.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                      fromMs(query.value(3)), query.value(4).toInt()});
    return reads;
}

QStringList ProgressStore::sectionsRead(const QString &lessonId)
{
    QSqlQuery query = m_database->prepare(
        QStringLiteral("SELECT DISTINCT section_id FROM section_reads WHERE lesson_id = ? ORDER BY section_id"));
    query.addBindValue(lessonId);
    QStringList sections;
    if (!m_database->exec(query, QStringLiteral("sections read")))
        return sections;
    while (query.next())
        sections.append(query.value(0).toString());
    return sections;
}

QHash<QString, QStringList> ProgressStore::sectionsReadByLesson()
{
    QSqlQuery &query = m_database->cached(QStringLiteral(
        "SELECT DISTINCT lesson_id, section_id FROM section_reads ORDER BY lesson_id, section_id"));
    QHash<QString, QStringList> read;
    if (!m_database->exec(query, QStringLiteral("sections read by lesson")))
        return read;
    while (query.next())
        read[query.value(0).toString()].append(query.value(1).toString());
    query.finish();
    return read;
}

// ---- questions ----

WriteResult ProgressStore::recordQuestionAttempt(const QuestionAttempt &attempt)
{
    if (attempt.questionId.isEmpty())
        return {0, tr("A question attempt needs a question id.")};
    const QDateTime at = orNow(attempt.answeredAt);
    Database::Transaction transaction(*m_database);
    QSqlQuery &query = m_database->cached(
        QStringLiteral("INSERT INTO question_attempts"
                       " (question_id, objective_id, answer, correct, time_taken_ms, answered_at, day)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, attempt.questionId);
    query.bindValue(1, attempt.objectiveId.isNull() ? QStringLiteral("") : attempt.objectiveId);
    query.bindValue(2, attempt.answer.isNull() ? QStringLiteral("") : attempt.answer);
    query.bindValue(3, attempt.correct ? 1 : 0);
    query.bindValue(4, qMax<qint64>(0, attempt.timeTakenMs));
    query.bindValue(5, toMs(at));
    query.bindValue(6, dayOf(at));
    if (!transaction.isActive() || !m_database->exec(query, QStringLiteral("record question attempt")))
        return failure(tr("The answer was not saved"));
    const qint64 id = query.lastInsertId().toLongLong();
    if (!transaction.commit())
        return failure(tr("The answer was not saved"));
    return committed(id);
}

QList<QuestionAttempt> ProgressStore::questionAttempts(const QString &questionId)
{
    QString sql = QStringLiteral("SELECT id, question_id, objective_id, answer, correct, time_taken_ms, answered_at"
                                 " FROM question_attempts");
    if (!questionId.isEmpty())
        sql += QStringLiteral(" WHERE question_id = ?");
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery query = m_database->prepare(sql);
    if (!questionId.isEmpty())
        query.addBindValue(questionId);
    QList<QuestionAttempt> attempts;
    if (!m_database->exec(query, QStringLiteral("question attempts")))
        return attempts;
    while (query.next())
        attempts.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                         query.value(3).toString(), query.value(4).toBool(), query.value(5).toLongLong(),
                         fromMs(query.value(6))});
    return attempts;
}

// ---- review ----

WriteResult ProgressStore::addReviewCard(const QString &cardId, const QDate &due)
{
    if (cardId.isEmpty())
        return {0, tr("A review card needs an id.")};
    const CardState state = ReviewScheduler::newCard(due.isValid() ? due : now().date());
    Database::Transaction transaction(*m_database);
    QSqlQuery query = m_database->prepare(
        QStringLiteral("INSERT OR IGNORE INTO review_cards (card_id, repetitions, ease, interval_days, lapses, due_day)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(cardId);
    query.addBindValue(state.repetitions);
    query.addBindValue(state.ease);
    query.addBindValue(state.intervalDays);
    query.addBindValue(state.lapses);
    query.addBindValue(state.due.toJulianDay());
    if (!transaction.isActive() || !m_database->exec(query, QStringLiteral("add review card")) || !transaction.commit())
        return failure(tr("The review card was not saved"));
    return committed(0);
}

WriteResult ProgressStore::recordReview(const QString &cardId, ReviewGrade grade, const QDateTime &reviewedAt)
{
    if (cardId.isEmpty())
        return {0, tr("A review needs a card id.")};
    const QDateTime at = orNow(reviewedAt);
    Database::Transaction transaction(*m_database);
    if (!transaction.isActive())
        return failure(tr("The review was not saved"));

    // Read the state inside the write transaction: another process cannot review the card in between.
    CardState before = ReviewScheduler::newCard(at.date());
    {
        QSqlQuery query =
            m_database->prepare(QStringLiteral("SELECT %1 FROM review_cards WHERE card_id = ?").arg(cardColumns));
        query.addBindValue(cardId);
        if (!m_database->exec(query, QStringLiteral("read review card")))
            return failure(tr("The review was not saved"));
        if (query.next())
            before = cardFrom(query).state;
    }
    const ReviewOutcome outcome = ReviewScheduler::review(before, grade, at.date());
    const CardState &after = outcome.state;

    QSqlQuery &upsert = m_database->cached(
        QStringLiteral("INSERT INTO review_cards (card_id, repetitions, ease, interval_days, lapses, due_day,"
                       " last_reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (card_id) DO UPDATE SET repetitions = excluded.repetitions,"
                       " ease = excluded.ease, interval_days = excluded.interval_days, lapses = excluded.lapses,"
                       " due_day = excluded.due_day, last_reviewed_at = excluded.last_reviewed_at"));
    upsert.bindValue(0, cardId);
    upsert.bindValue(1, after.repetitions);
    upsert.bindValue(2, after.ease);
    upsert.bindValue(3, after.intervalDays);
    upsert.bindValue(4, after.lapses);
    upsert.bindValue(5, after.due.toJulianDay());
    upsert.bindValue(6, toMs(at));
    if (!m_database->exec(upsert, QStringLiteral("schedule review card")))
        return failure(tr("The review was not saved"));

    QSqlQuery &log = m_database->cached(
        QStringLiteral("INSERT INTO review_log (card_id, grade, reviewed_at, day, ease_after, interval_after,"
                       " due_day_after) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    log.bindValue(0, cardId);
    log.bindValue(1, int(grade));
    log.bindValue(2, toMs(at));
    log.bindValue(3, dayOf(at));
    log.bindValue(4, after.ease);
    log.bindValue(5, after.intervalDays);
    log.bindValue(6, after.due.toJulianDay());
    if (!m_database->exec(log, QStringLiteral("log review")))
        return failure(tr("The review was not saved"));
    const qint64 id = log.lastInsertId().toLongLong();
    if (!transaction.commit())
        return failure(tr("The review was not saved"));
    return committed(id);
}

QSet<QString> ProgressStore::reviewCardIds()
{
    QSet<QString> ids;
    QSqlQuery query = m_database->prepare(QStringLiteral("SELECT card_id FROM review_cards"));
    if (!m_database->exec(query, QStringLiteral("review card ids")))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toString());
    return ids;
}

std::optional<ReviewCard> ProgressStore::reviewCard(const QString &cardId)
{
    QSqlQuery query =
        m_database->prepare(QStringLiteral("SELECT %1 FROM review_cards WHERE card_id = ?").arg(cardColumns));
    query.addBindValue(cardId);
    if (!m_database->exec(query, QStringLiteral("review card")) || !query.next())
        return std::nullopt;
    return cardFrom(query);
}

DueCards ProgressStore::dueCards(const QDate &day, int limit)
{
    QSqlQuery query = m_database->prepare(
        QStringLiteral("SELECT %1 FROM review_cards WHERE due_day <= ? ORDER BY due_day, card_id LIMIT ?")
            .arg(cardColumns));
    query.addBindValue(day.toJulianDay());
    query.addBindValue(limit);
    DueCards due;
    if (!m_database->exec(query, QStringLiteral("due cards"))) {
        due.error = m_database->lastError().message;
        return due;
    }
    while (query.next())
        due.cards.append(cardFrom(query));
    return due;
}

QList<DueCount> ProgressStore::dueCountsPerDay(const QDate &from, const QDate &to)
{
    QSqlQuery query =
        m_database->prepare(QStringLiteral("SELECT max(due_day, ?) AS d, COUNT(*) FROM review_cards WHERE due_day <= ?"
                                           " GROUP BY d ORDER BY d"));
    query.addBindValue(from.toJulianDay());
    query.addBindValue(to.toJulianDay());
    QList<DueCount> counts;
    if (!m_database->exec(query, QStringLiteral("due counts")))
        return counts;
    while (query.next())
        counts.append({dateOf(query.value(0)), query.value(1).toInt()});
    return counts;
}

QList<ReviewLogEntry> ProgressStore::reviewLog(const QString &cardId)
{
    QSqlQuery query = m_database->prepare(
        QStringLiteral("SELECT l.id, l.card_id, l.grade, l.reviewed_at, l.ease_after, l.interval_after,"
                       " l.due_day_after FROM review_log l WHERE l.card_id = ? ORDER BY l.id"));
    query.addBindValue(cardId);
    QList<ReviewLogEntry> entries;
    if (!m_database->exec(query, QStringLiteral("review log")))
        return entries;
    while (query.next()) {
        ReviewLogEntry entry;
        entry.id = query.value(0).toLongLong();
        entry.cardId = query.value(1).toString();
        entry.grade = ReviewGrade(query.value(2).toInt());
        entry.reviewedAt = fromMs(query.value(3));
        entry.after.ease = query.value(4).toDouble();
        entry.after.intervalDays = query.value(5).toInt();
        entry.after.due = dateOf(query.value(6));
        entries.append(entry);
    }
    return entries;
}

// ---- labs ----

WriteResult ProgressStore::startLabAttempt(const LabAttemptStart &start)
{
    LabAttempt attempt;
    attempt.labId = start.labId;
    attempt.labFormatVersion = start.labFormatVersion;
    attempt.seed = start.seed;
    attempt.startedAt = start.startedAt;
    return recordLabAttempt(attempt);
}

bool ProgressStore::insertCommand(qint64 attemptId, int seq, const LabCommand &command)
{
    const QDateTime at = orNow(command.recordedAt);
    QSqlQuery &query = m_database->cached(
        QStringLiteral("INSERT INTO lab_commands (attempt_id, seq, source, command, simulated_ms, recorded_at, day)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.bindValue(0, attemptId);
    query.bindValue(1, seq);
    query.bindValue(2, sourceName(command.source));
    query.bindValue(3, command.command);
    query.bindValue(4, command.simulatedMs);
    query.bindValue(5, toMs(at));
    query.bindValue(6, dayOf(at));
    return m_database->exec(query, QStringLiteral("append lab command"));
}

WriteResult ProgressStore::appendLabCommand(qint64 attemptId, const LabCommand &command)
{
    if (command.command.isEmpty())
        return {0, tr("An empty command is not recorded.")};
    Database::Transaction transaction(*m_database);
    if (!transaction.isActive())
        return failure(tr("The command was not saved"));
    int seq = 1;
    {
        QSqlQuery query = m_database->prepare(
            QStringLiteral("SELECT COALESCE(MAX(seq), 0) + 1 FROM lab_commands WHERE attempt_id = ?"));
        query.addBindValue(attemptId);
        if (!m_database->exec(query, QStringLiteral("next command seq")) || !query.next())
            return failure(tr("The command was not saved"));
        seq = query.value(0).toInt();
    }
    if (!insertCommand(attemptId, seq, command) || !transaction.commit())
        return failure(tr("The command was not saved"));
    return committed(seq);
}

bool ProgressStore::insertTaskResult(qint64 attemptId, const TaskResult &result)
{
    QSqlQuery query = m_database->prepare(
        QStringLiteral("INSERT OR REPLACE INTO lab_task_results (attempt_id, task_id, passed, points, message,"
                       " checked_at) VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attemptId);
    query.addBindValue(result.taskId);
    query.addBindValue(result.passed ? 1 : 0);
    query.addBindValue(result.points);
    query.addBindValue(result.message.isNull() ? QStringLiteral("") : result.message);
    query.addBindValue(toMs(orNow(result.checkedAt)));
    return m_database->exec(query, QStringLiteral("record task result"));
}

WriteResult ProgressStore::recordTaskResult(qint64 attemptId, const TaskResult &result)
{
    if (result.taskId.isEmpty())
        return {0, tr("A task result needs a task id.")};
    Database::Transaction transaction(*m_database);
    if (!transaction.isActive() || !insertTaskResult(attemptId, result) || !transaction.commit())
        return failure(tr("The task result was not saved"));
    return committed(attemptId);
}

WriteResult ProgressStore::updateLabScore(qint64 attemptId, const LabScore &score)
{
    if (score.completionPercent < 0 || score.completionPercent > 100)
        return {0, tr("Completion must be between 0 and 100 percent.")};
    Database::Transaction transaction(*m_database);
    QSqlQuery query = m_database->prepare(
        QStringLiteral("UPDATE lab_attempts SET completion_percent = ?, score = ?, max_score = ?, hints_used = ?"
                       " WHERE id = ?"));
    query.addBindValue(score.completionPercent);
    query.addBindValue(score.score);
    query.addBindValue(score.maxScore);
    query.addBindValue(score.hintsUsed);
    query.addBindValue(attemptId);
    if (!transaction.isActive() || !m_database->exec(query, QStringLiteral("update lab score")))
        return failure(tr("The lab score was not saved"));
    if (query.numRowsAffected() != 1)
        return {0, tr("There is no lab attempt %1.").arg(attemptId)};
    if (!transaction.commit())
        return failure(tr("The lab score was not saved"));
    return committed(attemptId);
}

WriteResult ProgressStore::finishLabAttempt(qint64 attemptId, const LabScore &score, const QDateTime &finishedAt)
{
    if (score.completionPercent < 0 || score.completionPercent > 100)
        return {0, tr("Completion must be between 0 and 100 percent.")};
    Database::Transaction transaction(*m_database);
    QSqlQuery query = m_database->prepare(
        QStringLiteral("UPDATE lab_attempts SET completion_percent = ?, score = ?, max_score = ?, hints_used = ?,"
                       " finished_at = ? WHERE id = ?"));
    query.addBindValue(score.completionPercent);
    query.addBindValue(score.score);
    query.addBindValue(score.maxScore);
    query.addBindValue(score.hintsUsed);
    query.addBindValue(toMs(orNow(finishedAt)));
    query.addBindValue(attemptId);
    if (!transaction.isActive() || !m_database->exec(query, QStringLiteral("finish lab attempt")))
        return failure(tr("The lab result was not saved"));
    if (query.numRowsAffected() != 1)
        return {0, tr("There is no lab attempt %1.").arg(attemptId)};
    if (!transaction.commit())
        return failure(tr("The lab result was not saved"));
    return committed(attemptId);
}

WriteResult ProgressStore::recordLabAttempt(const LabAttempt &attempt)
{
    if (attempt.labId.isEmpty())
        return {0, tr("A lab attempt needs a lab id.")};
    if (attempt.score.completionPercent < 0 || attempt.score.completionPercent > 100)
        return {0, tr("Completion must be between 0 and 100 percent.")};
    const QDateTime started = orNow(attempt.startedAt);
    Database::Transaction transaction(*m_database);
    QSqlQuery query = m_database->prepare(
        QStringLiteral("INSERT INTO lab_attempts (lab_id, lab_format_version, seed, started_at, finished_at, day,"
                       " completion_percent, score, max_score, hints_used) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attempt.labId);
    query.addBindValue(attempt.labFormatVersion);
    query.addBindValue(attempt.seed);
    query.addBindValue(toMs(started));
    query.addBindValue(attempt.finishedAt.isValid() ? QVariant(toMs(attempt.finishedAt)) : QVariant());
    query.addBindValue(dayOf(started));
    query.addBindValue(attempt.score.completionPercent);
    query.addBindValue(attempt.score.score);
    query.addBindValue(attempt.score.maxScore);
    query.addBindValue(attempt.score.hintsUsed);
    if (!transaction.isActive() || !m_database->exec(query, QStringLiteral("record lab attempt")))
        return failure(tr("The lab attempt was not saved"));
    const qint64 id = query.lastInsertId().toLongLong();
    for (const TaskResult &task : attempt.tasks) {
        if (!insertTaskResult(id, task))
            return failure(tr("The lab attempt was not saved"));
    }
    int seq = 0;
    for (const LabCommand &command : attempt.commands) {
        if (!insertCommand(id, ++seq, command))
            return failure(tr("The lab attempt was not saved"));
    }
    if (!transaction.commit())
        return failure(tr("The lab attempt was not saved"));
    return committed(id);
}

bool ProgressStore::readTasksAndCommands(LabAttempt &attempt, bool withCommands)
{
    QSqlQuery tasks =
        m_database->prepare(QStringLiteral("SELECT task_id, passed, points, message, checked_at FROM lab_task_results"
                                           " WHERE attempt_id = ? ORDER BY task_id"));
    tasks.addBindValue(attempt.id);
    if (!m_database->exec(tasks, QStringLiteral("lab task results")))
        return false;
    while (tasks.next())
        attempt.tasks.append({tasks.value(0).toString(), tasks.value(1).toBool(), tasks.value(2).toDouble(),
                              tasks.value(3).toString(), fromMs(tasks.value(4))});
    if (!withCommands)
        return true;
    QSqlQuery commands =
        m_database->prepare(QStringLiteral("SELECT seq, source, command, simulated_ms, recorded_at FROM lab_commands"
                                           " WHERE attempt_id = ? ORDER BY seq"));
    commands.addBindValue(attempt.id);
    if (!m_database->exec(commands, QStringLiteral("lab commands")))
        return false;
    while (commands.next())
        attempt.commands.append({commands.value(0).toInt(), sourceFrom(commands.value(1).toString()),
                                 commands.value(2).toString(), commands.value(3).toLongLong(),
                                 fromMs(commands.value(4))});
    return true;
}

std::optional<LabAttempt> ProgressStore::labAttempt(qint64 attemptId)
{
    QSqlQuery query =
        m_database->prepare(QStringLiteral("SELECT %1 FROM lab_attempts WHERE id = ?").arg(attemptColumns));
    query.addBindValue(attemptId);
    if (!m_database->exec(query, QStringLiteral("lab attempt")) || !query.next())
        return std::nullopt;
    LabAttempt attempt = attemptFrom(query);
    query.finish();
    if (!readTasksAndCommands(attempt, true))
        return std::nullopt;
    return attempt;
}

std::optional<LabAttempt> ProgressStore::resumableLabAttempt(const QString &labId)
{
    QSqlQuery query = m_database->prepare(QStringLiteral("SELECT id FROM lab_attempts WHERE lab_id = ? AND"
                                                         " finished_at IS NULL ORDER BY started_at DESC, id DESC"
                                                         " LIMIT 1"));
    query.addBindValue(labId);
    if (!m_database->exec(query, QStringLiteral("resumable lab attempt")) || !query.next())
        return std::nullopt;
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return labAttempt(id);
}

QList<LabAttempt> ProgressStore::labAttempts(const QString &labId)
{
    QString sql = QStringLiteral("SELECT %1 FROM lab_attempts").arg(attemptColumns);
    if (!labId.isEmpty())
        sql += QStringLiteral(" WHERE lab_id = ?");
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC");
    QSqlQuery query = m_database->prepare(sql);
    if (!labId.isEmpty())
        query.addBindValue(labId);
    QList<LabAttempt> attempts;
    if (!m_database->exec(query, QStringLiteral("lab attempts")))
        return attempts;
    while (query.next())
        attempts.append(attemptFrom(query));
    query.finish();
    for (LabAttempt &attempt : attempts) {
        if (!readTasksAndCommands(attempt, false))
            return {};
    }
    return attempts;
}

// ---- settings ----

WriteResult ProgressStore::setSetting(const QString &key, const QString &value)
{
    if (key.isEmpty())
        return {0, tr("A setting needs a key.")};
    if (!writeSetting(key, value))
        return failure(tr("The setting was not saved"));
    return committed(0);
}

bool ProgressStore::writeSetting(const QString &key, const QString &value)
{
    Database::Transaction transaction(*m_database);
    QSqlQuery query = m_database->prepare(
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)"
                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"));
    query.addBindValue(key);
    query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    query.addBindValue(toMs(now()));
    return transaction.isActive() && m_database->exec(query, QStringLiteral("save setting")) && transaction.commit();
}

WriteResult ProgressStore::setResumePoint(const QString &area, const QString &value)
{
    if (area.isEmpty())
        return {0, tr("A setting needs a key.")};
    if (!writeSetting(QStringLiteral("resume/") + area, value))
        return failure(tr("The setting was not saved"));
    return {0, {}};
}

QString ProgressStore::resumePoint(const QString &area)
{
    return setting(QStringLiteral("resume/") + area);
}

QString ProgressStore::setting(const QString &key, const QString &fallback)
{
    QSqlQuery query = m_database->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!m_database->exec(query, QStringLiteral("read setting")) || !query.next())
        return fallback;
    return query.value(0).toString();
}

WriteResult ProgressStore::setExamOutlineId(const QString &outlineId)
{
    return setSetting(QLatin1String(examOutlineKey), outlineId);
}

QString ProgressStore::examOutlineId()
{
    return setting(QLatin1String(examOutlineKey));
}

WriteResult ProgressStore::setContentLanguage(const QString &language)
{
    return setSetting(QLatin1String(contentLanguageKey), language);
}

QString ProgressStore::contentLanguage()
{
    return setting(QLatin1String(contentLanguageKey));
}

// ---- dashboard ----

DashboardFigures ProgressStore::dashboard(const QDate &from, const QDate &to)
{
    DashboardFigures figures;
    // One read transaction: all figures come from the same snapshot even while another process writes.
    if (!m_database->exec(QStringLiteral("BEGIN"))) {
        figures.error = m_database->lastError().text();
        return figures;
    }
    const auto fail = [&] {
        figures.error = m_database->lastError().text();
        m_database->exec(QStringLiteral("ROLLBACK"));
        return figures;
    };

    QSqlQuery lessons = m_database->prepare(
        QStringLiteral("SELECT lesson_id, COUNT(DISTINCT section_id), SUM(seconds_on_task), MAX(read_at)"
                       " FROM section_reads GROUP BY lesson_id ORDER BY lesson_id"));
    if (!m_database->exec(lessons, QStringLiteral("dashboard lessons")))
        return fail();
    while (lessons.next())
        figures.lessons.append({lessons.value(0).toString(), lessons.value(1).toInt(), lessons.value(2).toLongLong(),
                                fromMs(lessons.value(3))});

    QSqlQuery labs = m_database->prepare(
        QStringLiteral("SELECT lab_id, COUNT(*), SUM(finished_at IS NOT NULL), MAX(completion_percent), MAX(score),"
                       " MAX(started_at) FROM lab_attempts GROUP BY lab_id ORDER BY lab_id"));
    if (!m_database->exec(labs, QStringLiteral("dashboard labs")))
        return fail();
    while (labs.next())
        figures.labs.append({labs.value(0).toString(), labs.value(1).toInt(), labs.value(2).toInt(),
                             labs.value(3).toDouble(), labs.value(4).toDouble(), fromMs(labs.value(5))});

    // Running totals kept by triggers (schema v3): independent of how many attempts there are.
    QSqlQuery objectives = m_database->prepare(QStringLiteral(
        "SELECT objective_id, attempts, correct FROM objective_totals WHERE attempts > 0 ORDER BY objective_id"));
    if (!m_database->exec(objectives, QStringLiteral("dashboard objectives")))
        return fail();
    while (objectives.next())
        figures.objectives.append(
            {objectives.value(0).toString(), objectives.value(1).toInt(), objectives.value(2).toInt()});

    QSqlQuery activity = m_database->prepare(
        QStringLiteral("SELECT day, sections_read, question_attempts, reviews, lab_commands,"
                       " seconds_on_task + question_ms / 1000 FROM daily_activity WHERE day BETWEEN ? AND ?"
                       " AND sections_read + question_attempts + reviews + lab_commands > 0 ORDER BY day"));
    activity.addBindValue(from.toJulianDay());
    activity.addBindValue(to.toJulianDay());
    if (!m_database->exec(activity, QStringLiteral("dashboard activity")))
        return fail();
    while (activity.next())
        figures.activity.append({dateOf(activity.value(0)), activity.value(1).toInt(), activity.value(2).toInt(),
                                 activity.value(3).toInt(), activity.value(4).toInt(), activity.value(5).toLongLong()});

    QSqlQuery due = m_database->prepare(QStringLiteral("SELECT COUNT(*) FROM review_cards WHERE due_day <= ?"));
    due.addBindValue(now().date().toJulianDay());
    if (!m_database->exec(due, QStringLiteral("dashboard due cards")) || !due.next())
        return fail();
    figures.cardsDueToday = due.value(0).toInt();

    lessons.finish();
    labs.finish();
    objectives.finish();
    activity.finish();
    due.finish();
    m_database->exec(QStringLiteral("COMMIT"));
    return figures;
}

} // namespace Keyless::Progress
