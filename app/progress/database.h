#pragma once

#include "progress/sentence.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <map>
#include <memory>

namespace Keyless::Progress {

// The last SQL failure of a Database: which step failed and SQLite's message.
struct SqlError {
    QString context;
    QString message;
    bool isError() const { return !message.isEmpty(); }
    QString text() const { return context.isEmpty() ? message : context + QStringLiteral(": ") + message; }
};

struct OpenOptions {
    // Stop migrating at this version (tests build older-schema files with it); -1 means the latest.
    int targetVersion = -1;
    // PRAGMA integrity_check instead of the faster quick_check at open.
    bool fullIntegrityCheck = false;
    // When the file cannot be used, open an in-memory database instead (the app) or fail (the CLI).
    bool fallbackToMemory = true;
    // Normal (WAL + synchronous=NORMAL): a commit survives a killed process, and the file never corrupts, but a
    // power cut may drop the last few commits. Full (synchronous=FULL): also survives a power cut, at an fsync
    // per commit (see bench_progress for the cost).
    enum class Durability { Normal, Full };
    Durability durability = Durability::Normal;
    // Move a damaged file aside and start a new one (the app); false: fail and leave it (export).
    bool recoverCorrupt = true;
    // Also when the file is not an SQLite database at all. The app's own default file may be moved aside; a file the
    // learner named with --db is left as it is (QA: `--db notes.txt` renamed the notes to notes.txt.corrupt-…).
    bool recoverForeignFiles = true;
    // When the file is there but cannot be written, work on a private copy of it (implied by fallbackToMemory):
    // what it holds can still be shown or exported, and nothing is written back.
    bool readOnlyCopy = false;
};

// What happened at open, for the UI banner and the CLI's messages.
struct OpenResult {
    bool ok = false;        // a usable database is open (maybe in memory)
    bool inMemory = false;  // nothing will be saved to disk
    QString path;           // the file in use; empty when in memory
    QString requestedPath;  // the file that was asked for
    QString error;          // why the requested file is not in use (empty when it is)
    QString warning;        // one sentence for the user; empty when all is well
    Sentence errorSentence; // error and warning, in the language of the moment they are read
    Sentence warningSentence;
    QString movedAsidePath;    // where a corrupt file was moved to
    int salvagedRecords = 0;   // records read back from that file into the new one
    QString backupPath;        // the copy taken before migrating
    bool refusedNewer = false; // the file's schema is newer than this program's
    bool corrupt = false;      // the file failed its integrity check
    int versionBefore = 0;     // user_version found in the file (0: new file)
    int versionAfter = 0;      // user_version after migrating
};

// Owns one *named* QSQLITE connection (never the default one, so several stores and the tests can coexist
// in one process). Opening configures WAL, foreign keys and a busy timeout, checks integrity, moves a
// corrupt file aside, refuses a newer schema without touching it, copies the file aside and then runs each
// pending migration in its own transaction. Single-threaded, like QSqlDatabase itself.
class Database final
{
public:
    // Whether `path` starts as every SQLite database file does.
    static bool hasSqliteHeader(const QString &path);
    using Clock = std::function<QDateTime()>;

    // `clock` names the moved-aside and backup files; defaults to the wall clock.
    explicit Database(Clock clock = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    static int latestSchemaVersion();
    static constexpr int busyTimeoutMs = 5000;

    OpenResult open(const QString &path, const OpenOptions &options = {});
    OpenResult openInMemory(const OpenOptions &options = {});
    // An in-memory database holding the records that can still be read from the damaged file at `path`, read from a
    // private copy: the file is left as it is. For an export of a file open() refused as damaged (the app moves such a
    // file aside and salvages it the same way). salvagedRecords says how many.
    OpenResult openSalvaged(const QString &path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    bool isInMemory() const { return m_inMemory; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }
    int schemaVersion();

    // A query prepared on this connection; a prepare failure is reported through lastError().
    QSqlQuery prepare(const QString &sql);
    // The same, prepared once and kept for the life of the connection: for the statements every write runs
    // (preparing an INSERT also compiles its triggers). Bind all values before each exec(); finish() a SELECT.
    QSqlQuery &cached(const QString &sql);
    // The one error helper: runs `query`, and on failure records and logs `context` + SQLite's message.
    bool exec(QSqlQuery &query, const QString &context);
    bool exec(const QString &sql);
    // The first column of the first row of `sql`, or an invalid QVariant on error.
    QVariant scalar(const QString &sql);
    SqlError lastError() const { return m_lastError; }
    // Called with each error recorded from now on (the store tells the window; open() reports its own).
    using ErrorListener = std::function<void(const SqlError &)>;
    void setErrorListener(ErrorListener listener) { m_errorListener = std::move(listener); }

    // RAII write transaction. BEGIN IMMEDIATE takes the write lock up front, so two processes wait for
    // each other through the busy timeout instead of failing with SQLITE_BUSY half-way. Rolls back
    // unless commit() succeeded.
    class Transaction final
    {
    public:
        explicit Transaction(Database &db);
        ~Transaction();
        Q_DISABLE_COPY_MOVE(Transaction)
        bool isActive() const { return m_active; }
        bool commit();

    private:
        Database &m_db;
        bool m_active = false;
    };

private:
    enum class Check { Ok, Corrupt, Unreadable };
    bool openConnection(const QString &name);
    void closeConnection();
    Check checkIntegrity(bool full, QString *detail);
    bool configure(OpenOptions::Durability durability);
    bool migrate(int from, int to, OpenResult &result);
    QString asideName(const QString &path, const QString &tag) const;
    OpenResult fallBack(OpenResult result, const OpenOptions &options);
    static Sentence cannotBeOpened(const QString &nativePath, const QString &message);
    // `path` cannot be written: opens a private copy of it instead (shown, never written back).
    OpenResult openCopy(const QString &path, OpenResult result, const OpenOptions &options);
    // Copies the records that can still be read from a damaged file into the open one; returns how many.
    int salvage(const QString &damagedPath);
    void recordError(const QString &context, const QString &message);

    Clock m_clock;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_path;
    bool m_inMemory = false;
    std::unique_ptr<QTemporaryDir> m_copyFolder; // holds the copy openCopy() works on
    SqlError m_lastError;
    ErrorListener m_errorListener;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_cache;
    std::unique_ptr<QSqlQuery> m_failedPrepare;
};

} // namespace Keyless::Progress
