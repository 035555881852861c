#include "progress/database.h"

#include "progress/migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QThread>

Q_LOGGING_CATEGORY(lcDatabase, "keyless.progress.database")

namespace Keyless::Progress {

namespace {

// Copies a database file to `copy` (a path in a private folder; empty when there is none), with its -wal file: recent
// writes may still sit there, where a read-only folder never let SQLite fold them in. The copies are the owner's to
// write, whatever the original's permissions were.
bool copyWithWal(const QString &path, const QString &copy)
{
    bool copied = !copy.isEmpty() && QFile::copy(path, copy);
    if (copied && QFileInfo::exists(path + QStringLiteral("-wal")))
        copied = QFile::copy(path + QStringLiteral("-wal"), copy + QStringLiteral("-wal"));
    for (const QString &file : {copy, copy + QStringLiteral("-wal")}) {
        if (copied && QFileInfo::exists(file))
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    }
    return copied;
}

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Keyless::Progress::Database", text, disambiguation, n);
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("keyless-progress-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Creates the folder if needed and proves it writable by creating a file in it: QFileInfo::isWritable()
// says yes for root on a read-only mount, and SQLite needs to create the -wal and -shm files beside the db.
// A free function: lupdate files its texts under the namespace's context, not the Database one tr() uses.
// error and warning as read now, and the sentences that say them again in another language later.
void setError(OpenResult &result, Sentence sentence)
{
    result.error = sentence.text();
    result.errorSentence = std::move(sentence);
}

void setWarning(OpenResult &result, Sentence sentence)
{
    result.warning = sentence.text();
    result.warningSentence = std::move(sentence);
}

Sentence folderProblem(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return Sentence([file = QDir::toNativeSeparators(info.absoluteFilePath()),
                         example = QDir::toNativeSeparators(
                             QDir(info.absoluteFilePath()).filePath(QStringLiteral("progress.sqlite")))] {
            return QCoreApplication::translate("Keyless::Progress",
                                               "%1 is a folder, not a progress file: give a file path, for example %2.")
                .arg(file, example);
        });
    const QString folder = info.absolutePath();
    if (!QDir().mkpath(folder)) {
        // Say what is in the way when it is a file where a folder should be.
        for (QFileInfo up(folder); !up.isRoot() && !up.absoluteFilePath().isEmpty();
             up = QFileInfo(up.absolutePath())) {
            if (up.exists()) {
                if (!up.isDir())
                    return Sentence([file = QDir::toNativeSeparators(up.absoluteFilePath())] {
                        return QCoreApplication::translate(
                                   "Keyless::Progress",
                                   "%1 is a file, not a folder: the progress file cannot be created under it.")
                            .arg(file);
                    });
                break;
            }
        }
        return Sentence([native = QDir::toNativeSeparators(folder)] {
            return QCoreApplication::translate("Keyless::Progress",
                                               "The folder %1 does not exist and cannot be created.")
                .arg(native);
        });
    }
    QTemporaryFile probe(folder + QStringLiteral("/.keyless-write-test-XXXXXX"));
    if (!probe.open())
        return Sentence([native = QDir::toNativeSeparators(folder)] {
            return QCoreApplication::translate("Keyless::Progress", "The folder %1 is read-only.").arg(native);
        });
    if (info.exists() && !info.isWritable())
        return Sentence([file = QDir::toNativeSeparators(info.absoluteFilePath())] {
            return QCoreApplication::translate("Keyless::Progress", "The file %1 is read-only.").arg(file);
        });
    return {};
}

} // namespace

int Database::latestSchemaVersion()
{
    return int(migrations().size());
}

Database::Database(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
    , m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

void Database::recordError(const QString &context, const QString &message)
{
    m_lastError = {context, message};
    qCWarning(lcDatabase, "%s: %s", qUtf8Printable(context), qUtf8Printable(message));
    if (m_errorListener)
        m_errorListener(m_lastError);
}

QSqlQuery Database::prepare(const QString &sql)
{
    if (!m_db.isOpen()) {
        recordError(sql, tr("the progress database is not open"));
        return QSqlQuery();
    }
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        recordError(QStringLiteral("prepare"), query.lastError().text() + QStringLiteral(" [") + sql + u']');
    return query;
}

QSqlQuery &Database::cached(const QString &sql)
{
    auto found = m_cache.find(sql);
    if (found != m_cache.end())
        return *found->second;
    auto query = std::make_unique<QSqlQuery>(prepare(sql));
    QSqlQuery &result = *query;
    if (m_db.isOpen() && result.lastError().type() == QSqlError::NoError)
        m_cache.emplace(sql, std::move(query));
    else
        m_failedPrepare = std::move(query); // kept alive for the caller; exec() on it reports the error
    return result;
}

bool Database::exec(QSqlQuery &query, const QString &context)
{
    if (!m_db.isOpen()) {
        recordError(context, tr("the progress database is not open"));
        return false;
    }
    if (query.exec())
        return true;
    recordError(context, query.lastError().text());
    return false;
}

bool Database::exec(const QString &sql)
{
    if (!m_db.isOpen()) {
        recordError(sql, tr("the progress database is not open"));
        return false;
    }
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    recordError(sql, query.lastError().text());
    return false;
}

QVariant Database::scalar(const QString &sql)
{
    if (!m_db.isOpen()) {
        recordError(sql, tr("the progress database is not open"));
        return {};
    }
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        recordError(sql, query.lastError().text());
        return {};
    }
    if (!query.next()) {
        recordError(sql, tr("no result row"));
        return {};
    }
    return query.value(0);
}

int Database::schemaVersion()
{
    return scalar(QStringLiteral("PRAGMA user_version")).toInt();
}

Database::Transaction::Transaction(Database &db)
    : m_db(db)
{
    QSqlQuery &begin = m_db.cached(QStringLiteral("BEGIN IMMEDIATE"));
    m_active = m_db.exec(begin, QStringLiteral("BEGIN IMMEDIATE"));
}

Database::Transaction::~Transaction()
{
    if (m_active)
        m_db.exec(m_db.cached(QStringLiteral("ROLLBACK")), QStringLiteral("ROLLBACK"));
}

bool Database::Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec(m_db.cached(QStringLiteral("COMMIT")), QStringLiteral("COMMIT")))
        return false; // still active: the destructor rolls back
    m_active = false;
    return true;
}

bool Database::openConnection(const QString &name)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(name);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    if (!m_db.open()) {
        recordError(QStringLiteral("open"), m_db.lastError().text());
        closeConnection();
        return false;
    }
    // Set explicitly as well: the pragma is what the tests read back.
    return exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs));
}

void Database::closeConnection()
{
    m_cache.clear();
    m_failedPrepare.reset();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::close()
{
    closeConnection();
    m_copyFolder.reset();
    m_path.clear();
    m_inMemory = false;
}

Database::Check Database::checkIntegrity(bool full, QString *detail)
{
    // A file that is not SQLite at all fails on the first read ("file is not a database").
    QSqlQuery query(m_db);
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"))) {
        // SQLite's own words ("file is not a database"), without Qt's "Unable to execute statement".
        const QSqlError error = query.lastError();
        *detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
        return Check::Unreadable;
    }
    QStringList problems;
    while (query.next()) {
        // A row may hold several problems, one a line, after a "*** in database main ***" that says nothing here.
        for (const QString &line : query.value(0).toString().split(u'\n', Qt::SkipEmptyParts)) {
            if (!line.startsWith(QLatin1String("*** in database")))
                problems.append(line.trimmed());
        }
    }
    if (problems == QStringList{QStringLiteral("ok")})
        return Check::Ok;
    if (problems.isEmpty())
        problems.append(QStringLiteral("malformed"));
    // The first problem says enough; integrity_check may list a hundred.
    *detail = problems.size() > 1
                  ? tr("%1, and %n more problem(s)", nullptr, int(problems.size() - 1)).arg(problems.first())
                  : problems.value(0);
    return Check::Corrupt;
}

bool Database::configure(OpenOptions::Durability durability)
{
    if (!m_inMemory) {
        // Two programs opening a new file at once: the switch to WAL needs the file to itself for a moment, and SQLite
        // answers "database is locked" at once rather than wait its busy timeout (the two could deadlock). Try again
        // for as long as that timeout (the concurrent-writers test failed one run in three on a quiet machine).
        QString mode;
        QElapsedTimer waited;
        waited.start();
        for (;;) {
            QSqlQuery query(m_db);
            if (query.exec(QStringLiteral("PRAGMA journal_mode = WAL")) && query.next()) {
                mode = query.value(0).toString();
                break;
            }
            const QSqlError error = query.lastError();
            if (error.nativeErrorCode() != QLatin1String("5") || waited.elapsed() > busyTimeoutMs) { // SQLITE_BUSY
                recordError(QStringLiteral("PRAGMA journal_mode = WAL"), error.text());
                return false;
            }
            query.finish();
            QThread::msleep(5);
        }
        if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            if (!m_lastError.isError())
                recordError(QStringLiteral("PRAGMA journal_mode"), tr("WAL mode refused (got '%1')").arg(mode));
            return false;
        }
    }
    const QString synchronous =
        durability == OpenOptions::Durability::Full ? QStringLiteral("FULL") : QStringLiteral("NORMAL");
    return exec(QStringLiteral("PRAGMA synchronous = ") + synchronous) &&
           exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

QString Database::asideName(const QString &path, const QString &tag) const
{
    const QString stamp = m_clock().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString candidate = QStringLiteral("%1.%2-%3").arg(path, tag, stamp);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1.%2-%3-%4").arg(path, tag, stamp).arg(n);
    return candidate;
}

bool Database::migrate(int from, int to, OpenResult &result)
{
    if (from > 0 && from < to && !m_inMemory) {
        // VACUUM INTO writes a consistent copy even while another process has the file open in WAL mode.
        const QString backup = asideName(m_path, QStringLiteral("v%1-backup").arg(from));
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(backup);
        if (!exec(query, QStringLiteral("backup before migrating")))
            return false;
        result.backupPath = backup;
    }
    for (const Migration &step : migrations()) {
        if (step.version <= from || step.version > to)
            continue;
        Transaction transaction(*this);
        if (!transaction.isActive())
            return false;
        // Another process may have migrated while we waited for the write lock.
        if (schemaVersion() >= step.version)
            continue;
        for (const QString &statement : step.statements) {
            if (!exec(statement))
                return false;
        }
        if (!exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !transaction.commit())
            return false;
        qCDebug(lcDatabase, "migrated %s to schema v%d (%s)", qUtf8Printable(m_path), step.version,
                qUtf8Printable(step.summary));
    }
    return true;
}

OpenResult Database::fallBack(OpenResult result, const OpenOptions &options)
{
    closeConnection();
    m_path.clear();
    if (!options.fallbackToMemory) {
        result.ok = false;
        return result;
    }
    const OpenResult memory = openInMemory(options);
    result.ok = memory.ok;
    result.inMemory = true;
    result.path.clear();
    result.versionAfter = memory.versionAfter;
    setWarning(result, Sentence([error = result.errorSentence] {
                   return tr("Progress is not being saved: %1").arg(error.text());
               }));
    return result;
}

OpenResult Database::openCopy(const QString &path, OpenResult result, const OpenOptions &options)
{
    auto folder = std::make_unique<QTemporaryDir>();
    const QString copy = folder->isValid() ? folder->filePath(QStringLiteral("progress.sqlite")) : QString();
    if (!copyWithWal(path, copy))
        return fallBack(result, options);
    OpenOptions inner = options;
    inner.fallbackToMemory = false;
    inner.readOnlyCopy = false;
    inner.recoverCorrupt = false; // a damaged original is not moved aside from here
    const OpenResult opened = open(copy, inner);
    if (!opened.ok) {
        result.corrupt = opened.corrupt;
        result.refusedNewer = opened.refusedNewer;
        return fallBack(result, options);
    }
    m_copyFolder = std::move(folder);
    m_inMemory = true; // nothing reaches the learner's file
    qCWarning(lcDatabase, "%s is not writable (%s); working on a copy in %s", qUtf8Printable(path),
              qUtf8Printable(result.error), qUtf8Printable(copy));
    result.ok = true;
    result.inMemory = true;
    result.path.clear();
    result.versionBefore = opened.versionBefore;
    result.versionAfter = opened.versionAfter;
    setError(result, Sentence([error = result.errorSentence] {
                 return error.text() + QLatin1Char(' ') +
                        tr("The progress in it is shown, but what you do now is not kept.");
             }));
    setWarning(result, Sentence([error = result.errorSentence] {
                   return tr("Progress is not being saved: %1").arg(error.text());
               }));
    return result;
}

OpenResult Database::openInMemory(const OpenOptions &options)
{
    close();
    OpenResult result;
    result.requestedPath = QStringLiteral(":memory:");
    m_inMemory = true;
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    if (!openConnection(QStringLiteral(":memory:")) || !configure(options.durability) || !migrate(0, target, result)) {
        setError(result, m_lastError.text());
        closeConnection();
        return result;
    }
    result.ok = true;
    result.inMemory = true;
    result.versionAfter = schemaVersion();
    return result;
}

OpenResult Database::openSalvaged(const QString &path)
{
    OpenResult result = openInMemory();
    result.requestedPath = path;
    if (!result.ok)
        return result;
    // Read from a copy: reading a damaged file in WAL mode may still write beside it (its -shm), and it stays the
    // learner's to keep or to send.
    const QTemporaryDir folder;
    const QString copy = folder.isValid() ? folder.filePath(QStringLiteral("damaged.sqlite")) : QString();
    if (!copyWithWal(path, copy)) {
        close();
        result.ok = false;
        setError(result, cannotBeOpened(QDir::toNativeSeparators(path), tr("it cannot be copied to be read")));
        return result;
    }
    result.salvagedRecords = salvage(copy);
    return result;
}

Sentence Database::cannotBeOpened(const QString &nativePath, const QString &message)
{
    return Sentence([nativePath, message] { return tr("%1 cannot be opened: %2").arg(nativePath, message); });
}

// Every SQLite database file starts with these 16 bytes (sqlite.org/fileformat.html, "The Database Header").
bool Database::hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3", 16);
}

OpenResult Database::open(const QString &path, const OpenOptions &options)
{
    close();
    m_lastError = {};
    OpenResult result;
    result.requestedPath = path;
    const int target = options.targetVersion < 0 ? latestSchemaVersion() : options.targetVersion;
    const QString nativePath = QDir::toNativeSeparators(path);

    if (Sentence problem = folderProblem(path); !problem.isEmpty()) {
        setError(result, std::move(problem));
        // A read-only place still holds the learner's progress: show it from a private copy.
        if ((options.fallbackToMemory || options.readOnlyCopy) && QFileInfo(path).isFile() &&
            QFileInfo(path).isReadable())
            return openCopy(path, result, options);
        return fallBack(result, options);
    }

    const bool existed = QFileInfo(path).size() > 0;
    if (!openConnection(path)) {
        setError(result, cannotBeOpened(nativePath, m_lastError.message));
        return fallBack(result, options);
    }
    m_path = path;

    if (existed) {
        QString detail;
        if (checkIntegrity(options.fullIntegrityCheck, &detail) != Check::Ok) {
            closeConnection();
            result.corrupt = true;
            if (options.recoverCorrupt && !options.recoverForeignFiles && !hasSqliteHeader(path)) {
                setError(result, Sentence([nativePath] {
                             return tr("%1 is not a Keyless progress file (it is not an SQLite database). It was left "
                                       "as it is.")
                                 .arg(nativePath);
                         }));
                return fallBack(result, options);
            }
            if (!options.recoverCorrupt) {
                setError(result, Sentence([nativePath, detail] {
                             return tr("%1 is damaged or is not a Keyless progress file (SQLite: %2). It was left as "
                                       "it is.")
                                 .arg(nativePath, detail);
                         }));
                return fallBack(result, options);
            }
            const QString aside = asideName(path, QStringLiteral("corrupt"));
            const bool moved = QFile::rename(path, aside);
            // The -wal and -shm files belong to the broken file; keep them with it.
            for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFileInfo::exists(path + suffix))
                    QFile::rename(path + suffix, aside + suffix);
            }
            if (!moved) {
                setError(result, Sentence([nativePath] {
                             return tr("%1 is damaged and cannot be moved aside.").arg(nativePath);
                         }));
                return fallBack(result, options);
            }
            qCWarning(lcDatabase, "%s failed its integrity check (%s); moved to %s", qUtf8Printable(path),
                      qUtf8Printable(detail), qUtf8Printable(aside));
            result.movedAsidePath = aside;
            setWarning(result, Sentence([native = QDir::toNativeSeparators(aside)] {
                           return tr("Your progress file was damaged. It was moved to %1 and a new one was started.")
                               .arg(native);
                       }));
            if (!openConnection(path)) {
                setError(result, cannotBeOpened(nativePath, m_lastError.message));
                return fallBack(result, options);
            }
        }
    }

    // Read the version before anything writes: a newer file must stay byte-for-byte as it is.
    result.versionBefore = schemaVersion();
    if (m_lastError.isError()) {
        setError(result, Sentence([nativePath, message = m_lastError.message] {
                     return tr("%1 cannot be read: %2").arg(nativePath, message);
                 }));
        return fallBack(result, options);
    }
    if (result.versionBefore > latestSchemaVersion()) {
        result.refusedNewer = true;
        setError(result, Sentence([nativePath, version = result.versionBefore] {
                     return tr("%1 was written by a newer version of Keyless (progress format %2; this version "
                               "understands up to %3). It was left unchanged.")
                         .arg(nativePath)
                         .arg(version)
                         .arg(latestSchemaVersion());
                 }));
        return fallBack(result, options);
    }

    if (!configure(options.durability) || !migrate(result.versionBefore, target, result)) {
        setError(result, Sentence([nativePath, message = m_lastError.text()] {
                     return tr("%1 cannot be prepared: %2").arg(nativePath, message);
                 }));
        return fallBack(result, options);
    }
    result.ok = true;
    result.path = path;
    result.versionAfter = schemaVersion();
    if (!result.movedAsidePath.isEmpty()) {
        result.salvagedRecords = salvage(result.movedAsidePath);
        if (result.salvagedRecords > 0)
            setWarning(result, Sentence([native = QDir::toNativeSeparators(result.movedAsidePath),
                                         records = result.salvagedRecords] {
                           return tr("Your progress file was damaged. It was moved to %1 and a new one was started "
                                     "with the %n record(s) that could still be read from it.",
                                     nullptr, records)
                               .arg(native);
                       }));
    }
    return result;
}

int Database::salvage(const QString &damagedPath)
{
    // The learner's own records, parents before the rows that refer to them. The totals tables are left out:
    // their triggers rebuild them from these inserts.
    static const QStringList tables{QStringLiteral("settings"),          QStringLiteral("section_reads"),
                                    QStringLiteral("question_attempts"), QStringLiteral("review_cards"),
                                    QStringLiteral("review_log"),        QStringLiteral("lab_attempts"),
                                    QStringLiteral("lab_task_results"),  QStringLiteral("lab_commands")};
    struct Rows {
        QString table;
        QStringList columns;
        QList<QVariantList> values;
    };
    QList<Rows> readable;
    // First read everything that can be read, outside any transaction: a corrupt page fails the statement that
    // meets it, and inside a write transaction it would fail the COMMIT too.
    {
        QSqlQuery attach(m_db);
        attach.prepare(QStringLiteral("ATTACH DATABASE ? AS damaged"));
        attach.addBindValue(damagedPath);
        if (!attach.exec()) {
            qCWarning(lcDatabase, "cannot read %s back: %s", qUtf8Printable(damagedPath),
                      qUtf8Printable(attach.lastError().text()));
            return 0;
        }
        for (const QString &table : tables) {
            // The columns both files have: the damaged one may be of an older schema.
            const auto columnsOf = [this, &table](const QString &schema) {
                QStringList names;
                QSqlQuery info(m_db);
                if (info.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table))) {
                    while (info.next())
                        names << info.value(1).toString();
                }
                return names;
            };
            const QStringList old = columnsOf(QStringLiteral("damaged"));
            Rows rows{table, {}, {}};
            for (const QString &column : columnsOf(QStringLiteral("main"))) {
                if (old.contains(column))
                    rows.columns << column;
            }
            if (rows.columns.isEmpty())
                continue;
            QSqlQuery read(m_db);
            read.setForwardOnly(true);
            // Row by row: the first unreadable page ends this table; the rows before it are kept.
            if (read.exec(
                    QStringLiteral("SELECT %1 FROM damaged.%2").arg(rows.columns.join(QStringLiteral(", ")), table))) {
                while (read.next()) {
                    QVariantList row;
                    for (int i = 0; i < rows.columns.size(); ++i)
                        row << read.value(i);
                    rows.values << row;
                }
            }
            if (read.lastError().isValid())
                qCWarning(lcDatabase, "salvaging %s stopped after %d rows: %s", qUtf8Printable(table),
                          int(rows.values.size()), qUtf8Printable(read.lastError().databaseText()));
            read.finish();
            if (!rows.values.isEmpty())
                readable << rows;
        }
        QSqlQuery detach(m_db);
        detach.exec(QStringLiteral("DETACH DATABASE damaged"));
    }
    if (readable.isEmpty())
        return 0;
    int copied = 0;
    Transaction transaction(*this);
    if (!transaction.isActive())
        return 0;
    for (const Rows &rows : std::as_const(readable)) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), rows.columns.size());
        QSqlQuery write(m_db);
        if (!write.prepare(
                QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) VALUES (%3)")
                    .arg(rows.table, rows.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
            continue;
        for (const QVariantList &row : rows.values) {
            for (int i = 0; i < row.size(); ++i)
                write.bindValue(i, row.at(i));
            // A row that breaks a constraint (its parent was on a lost page) is skipped.
            if (write.exec() && write.numRowsAffected() > 0)
                ++copied;
        }
    }
    if (!transaction.commit())
        return 0;
    qCWarning(lcDatabase, "salvaged %d records from %s", copied, qUtf8Printable(damagedPath));
    return copied;
}

} // namespace Keyless::Progress
