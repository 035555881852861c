#include "progress/database.h"
#include "progress/migrations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Keyless::Progress;

namespace {

const QDateTime fixedNow(QDate(2026, 3, 1), QTime(12, 0, 0), Qt::UTC);

QString fixturePath(const QString &name)
{
    return QStringLiteral(KEYLESS_SOURCE_DIR "/tests/progress/fixtures/") + name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// A raw connection that bypasses Database, to inspect or forge files the way another program would.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    bool exec(const QString &sql) const
    {
        QSqlQuery query(db());
        return query.exec(sql);
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }
    QStringList rows(const QString &sql) const
    {
        QSqlQuery query(db());
        QStringList result;
        if (!query.exec(sql))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            result.append(fields.join(u'|'));
        }
        return result;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

// A multi-page database in rollback-journal mode, so all of it is in the main file.
void makeValidDatabase(const QString &path)
{
    RawConnection raw(path);
    raw.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)"));
    raw.exec(QStringLiteral("CREATE INDEX t_text ON t (text)"));
    raw.exec(QStringLiteral("BEGIN"));
    for (int i = 0; i < 400; ++i)
        raw.exec(QStringLiteral("INSERT INTO t (text) VALUES ('row %1 %2')").arg(i).arg(QString(60, u'x')));
    raw.exec(QStringLiteral("COMMIT"));
    raw.exec(QStringLiteral("PRAGMA user_version = 1"));
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshFileIsConfigured();
    void durability_data();
    void durability();
    void emptyFileCountsAsNew();
    void connectionsAreNamed();
    void inMemory();
    void migrationsAreOrdered();
    void migrateToEachVersion_data();
    void migrateToEachVersion();
    void fixtureSchemaMatchesMigrations_data();
    void fixtureSchemaMatchesMigrations();
    void fixturesMigrateWithDataIntact_data();
    void fixturesMigrateWithDataIntact();
    void totalsAreBackfilled_data();
    void totalsAreBackfilled();
    void failedMigrationRollsBackItsStep();
    void newerSchemaIsRefusedUntouched_data();
    void newerSchemaIsRefusedUntouched();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void corruptFileWithoutRecovery();
    void unusableFolderFallsBackToMemory_data();
    void unusableFolderFallsBackToMemory();
    void readOnlyProgressIsShownFromACopy_data();
    void readOnlyProgressIsShownFromACopy();
    void folderGivenAsTheFileIsSaidPlainly();
    void transactionRollsBackUnlessCommitted();
    void errorHelperReportsContext();

private:
    QTemporaryDir m_dir;
};

void TestDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestDatabase::freshFileIsConfigured()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.sqlite"));
    Database db([] { return fixedNow; });
    const OpenResult result = db.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.inMemory);
    QCOMPARE(result.path, path);
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.warning.isEmpty());
    QVERIFY(result.backupPath.isEmpty()); // nothing to back up in a new file
    QCOMPARE(result.versionBefore, 0);
    QCOMPARE(result.versionAfter, Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::busyTimeoutMs);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), 1); // NORMAL
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::durability_data()
{
    QTest::addColumn<int>("durability");
    QTest::addColumn<int>("synchronous");
    QTest::newRow("normal") << int(OpenOptions::Durability::Normal) << 1;
    QTest::newRow("full") << int(OpenOptions::Durability::Full) << 2;
}

void TestDatabase::durability()
{
    QFETCH(int, durability);
    QFETCH(int, synchronous);
    Database db;
    OpenOptions options;
    options.durability = OpenOptions::Durability(durability);
    QVERIFY(db.open(m_dir.filePath(QStringLiteral("durability.sqlite")), options).ok);
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous")).toInt(), synchronous);
}

void TestDatabase::emptyFileCountsAsNew()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(writeAll(path, {}));
    Database db;
    const OpenResult result = db.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(result.movedAsidePath.isEmpty());
    QCOMPARE(result.versionAfter, Database::latestSchemaVersion());
}

void TestDatabase::connectionsAreNamed()
{
    QString first;
    {
        Database a;
        Database b;
        QVERIFY(a.open(m_dir.filePath(QStringLiteral("named.sqlite"))).ok);
        QVERIFY(b.open(m_dir.filePath(QStringLiteral("named.sqlite"))).ok);
        QVERIFY(a.connectionName() != b.connectionName());
        QVERIFY(QSqlDatabase::contains(a.connectionName()));
        QVERIFY(!QSqlDatabase::contains(QLatin1String(QSqlDatabase::defaultConnection)));
        first = a.connectionName();
    }
    QVERIFY(!QSqlDatabase::contains(first)); // removed with its Database
}

void TestDatabase::inMemory()
{
    Database db;
    const OpenResult result = db.openInMemory();
    QVERIFY(result.ok);
    QVERIFY(result.inMemory);
    QVERIFY(db.isInMemory());
    QCOMPARE(result.versionAfter, Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
}

void TestDatabase::migrationsAreOrdered()
{
    const QList<Migration> &steps = migrations();
    QVERIFY(!steps.isEmpty());
    for (int i = 0; i < steps.size(); ++i) {
        QCOMPARE(steps.at(i).version, i + 1);
        QVERIFY(!steps.at(i).summary.isEmpty());
        QVERIFY(!steps.at(i).statements.isEmpty());
    }
    QCOMPARE(Database::latestSchemaVersion(), int(steps.size()));
}

void TestDatabase::migrateToEachVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestDatabase::migrateToEachVersion()
{
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("step-%1.sqlite").arg(version));
    {
        Database db;
        OpenOptions options;
        options.targetVersion = version;
        const OpenResult result = db.open(path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.versionAfter, version);
    }
    // And from there to the latest, taking a backup first when there is anything to migrate.
    Database db([] { return fixedNow; });
    const OpenResult result = db.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.versionBefore, version);
    QCOMPARE(result.versionAfter, Database::latestSchemaVersion());
    QCOMPARE(result.backupPath.isEmpty(), version == Database::latestSchemaVersion());
    if (!result.backupPath.isEmpty()) {
        QCOMPARE(result.backupPath, path + QStringLiteral(".v%1-backup-20260301-120000").arg(version));
        RawConnection backup(result.backupPath);
        QCOMPARE(backup.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
    }
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(RawConnection(path).rows(QStringLiteral("PRAGMA foreign_key_check")), QStringList());
}

void TestDatabase::fixtureSchemaMatchesMigrations_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("v1") << 1;
    QTest::newRow("v2") << 2;
}

void TestDatabase::fixtureSchemaMatchesMigrations()
{
    // A committed fixture must be what the migrations create, or it tests nothing.
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("schema-v%1.sqlite").arg(version));
    {
        Database db;
        OpenOptions options;
        options.targetVersion = version;
        QVERIFY(db.open(path, options).ok);
    }
    const QString sql = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY type, name");
    RawConnection created(path);
    RawConnection fixture(fixturePath(QStringLiteral("progress-v%1.sqlite").arg(version)));
    QCOMPARE(fixture.rows(sql), created.rows(sql));
    QCOMPARE(fixture.scalar(QStringLiteral("PRAGMA user_version")).toInt(), version);
}

void TestDatabase::fixturesMigrateWithDataIntact_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("rows");
    const QString v1LabAttempts =
        QStringLiteral("SELECT id, lab_id, seed, started_at, finished_at, day,"
                       " completion_percent, score, hints_used FROM lab_attempts ORDER BY id");
    const QString v1Tasks =
        QStringLiteral("SELECT attempt_id, task_id, passed, message, checked_at FROM lab_task_results"
                       " ORDER BY attempt_id, task_id");
    for (int version : {1, 2}) {
        const auto row = [version](const char *table) -> QTestData & {
            return QTest::addRow("v%d %s", version, table) << version;
        };
        row("settings") << QStringLiteral("SELECT key, value, updated_at FROM settings ORDER BY key") << 2;
        row("section_reads") << QStringLiteral("SELECT * FROM section_reads ORDER BY id") << 3;
        row("question_attempts") << QStringLiteral("SELECT * FROM question_attempts ORDER BY id")
                                 << (version == 1 ? 4 : 5);
        row("review_cards") << QStringLiteral("SELECT * FROM review_cards ORDER BY card_id") << 2;
        row("review_log") << QStringLiteral("SELECT * FROM review_log ORDER BY id") << 3;
        row("lab_attempts") << v1LabAttempts << (version == 1 ? 2 : 3);
        row("lab_task_results") << v1Tasks << 4;
    }
    QTest::addRow("v2 lab_attempts v2 columns")
        << 2 << QStringLiteral("SELECT id, lab_format_version, max_score FROM lab_attempts ORDER BY id") << 3;
    QTest::addRow("v2 lab_task_results points")
        << 2 << QStringLiteral("SELECT attempt_id, task_id, points FROM lab_task_results ORDER BY 1, 2") << 4;
    QTest::addRow("v2 lab_commands") << 2 << QStringLiteral("SELECT * FROM lab_commands ORDER BY attempt_id, seq") << 4;
}

void TestDatabase::fixturesMigrateWithDataIntact()
{
    QFETCH(int, version);
    QFETCH(QString, sql);
    QFETCH(int, rows);
    const QString fixture = fixturePath(QStringLiteral("progress-v%1.sqlite").arg(version));
    const QString path =
        m_dir.filePath(QStringLiteral("fixture-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Database db([] { return fixedNow; });
    const OpenResult result = db.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.versionBefore, version);
    QCOMPARE(result.versionAfter, Database::latestSchemaVersion());
    QVERIFY(QFile::exists(result.backupPath));

    RawConnection original(fixture);
    const QStringList before = original.rows(sql);
    QCOMPARE(before.size(), rows);
    RawConnection migrated(path);
    QCOMPARE(migrated.rows(sql), before);
    RawConnection backup(result.backupPath);
    QCOMPARE(backup.rows(sql), before);
}

void TestDatabase::totalsAreBackfilled_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("from v1 fixture") << 1;
    QTest::newRow("from v2 fixture") << 2;
}

void TestDatabase::totalsAreBackfilled()
{
    // Migration 3 computes the dashboard totals from the rows already there; they must equal a full recount.
    QFETCH(int, version);
    const QString path = m_dir.filePath(QStringLiteral("totals-v%1.sqlite").arg(version));
    QVERIFY(QFile::copy(fixturePath(QStringLiteral("progress-v%1.sqlite").arg(version)), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    {
        Database db;
        QVERIFY(db.open(path).ok);
    }
    RawConnection raw(path);
    const QStringList objectives =
        raw.rows(QStringLiteral("SELECT objective_id, attempts, correct FROM objective_totals ORDER BY 1"));
    QVERIFY(!objectives.isEmpty());
    QCOMPARE(objectives,
             raw.rows(QStringLiteral(
                 "SELECT objective_id, COUNT(*), SUM(correct) FROM question_attempts GROUP BY 1 ORDER BY 1")));
    QCOMPARE(
        raw.rows(QStringLiteral("SELECT day, sections_read, question_attempts, reviews, lab_commands, seconds_on_task,"
                                " question_ms FROM daily_activity ORDER BY day")),
        raw.rows(QStringLiteral(
            "SELECT day, SUM(s), SUM(q), SUM(r), SUM(c), SUM(t), SUM(m) FROM ("
            " SELECT day, 1 AS s, 0 AS q, 0 AS r, 0 AS c, seconds_on_task AS t, 0 AS m FROM section_reads"
            " UNION ALL SELECT day, 0, 1, 0, 0, 0, time_taken_ms FROM question_attempts"
            " UNION ALL SELECT day, 0, 0, 1, 0, 0, 0 FROM review_log"
            " UNION ALL SELECT day, 0, 0, 0, 1, 0, 0 FROM lab_commands) GROUP BY day ORDER BY day")));
}

void TestDatabase::failedMigrationRollsBackItsStep()
{
    // A v1 file that already has a table migration 2 wants to create: step 2 fails half-way.
    const QString path = m_dir.filePath(QStringLiteral("bad-step.sqlite"));
    {
        Database db;
        OpenOptions options;
        options.targetVersion = 1;
        QVERIFY(db.open(path, options).ok);
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE lab_commands (x)")));
    }
    Database db;
    OpenOptions options;
    options.fallbackToMemory = false;
    const OpenResult result = db.open(path, options);
    QVERIFY(!result.ok);
    QVERIFY(result.error.contains(QLatin1String("lab_commands")));
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), 1);
    // The ALTER TABLE statements before the failing one were rolled back with it.
    QCOMPARE(raw.scalar(QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('lab_attempts')"
                                       " WHERE name = 'lab_format_version'"))
                 .toInt(),
             0);
}

void TestDatabase::newerSchemaIsRefusedUntouched_data()
{
    QTest::addColumn<bool>("fallback");
    QTest::addColumn<bool>("wal");
    QTest::newRow("app: falls back to memory") << true << false;
    QTest::newRow("cli: fails") << false << false;
    QTest::newRow("newer file in WAL mode") << true << true;
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    QFETCH(bool, fallback);
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        RawConnection raw(path);
        if (wal)
            raw.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        raw.exec(QStringLiteral("CREATE TABLE future (x)"));
        raw.exec(QStringLiteral("INSERT INTO future VALUES (1)"));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1));
    }
    const QByteArray bytes = readAll(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    Database db;
    OpenOptions options;
    options.fallbackToMemory = fallback;
    const OpenResult result = db.open(path, options);
    QCOMPARE(result.ok, fallback);
    QCOMPARE(result.inMemory, fallback);
    QVERIFY(result.refusedNewer);
    QCOMPARE(result.versionBefore, Database::latestSchemaVersion() + 1);
    QVERIFY(result.error.contains(QLatin1String("newer version of Keyless")));
    QCOMPARE(result.warning.isEmpty(), !fallback);
    QVERIFY(result.backupPath.isEmpty());
    db.close();
    QCOMPARE(readAll(path), bytes);
    QStringList filesAfter = QDir(dir.path()).entryList(QDir::Files);
    filesAfter.removeAll(QStringLiteral("newer.sqlite-shm")); // SQLite's shared-memory index, not data
    QCOMPARE(filesAfter, filesBefore);
}

void TestDatabase::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("text file") << QStringLiteral("text");
    QTest::newRow("random bytes") << QStringLiteral("random");
    QTest::newRow("overwritten pages") << QStringLiteral("pages");
    QTest::newRow("truncated") << QStringLiteral("truncated");
}

void TestDatabase::corruptFileIsMovedAside()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    QByteArray bytes;
    if (kind == QLatin1String("text")) {
        bytes = "This is my shopping list, not a database.\n";
    } else if (kind == QLatin1String("random")) {
        QRandomGenerator random(6);
        bytes.resize(8192);
        for (char &c : bytes)
            c = char(random.bounded(256));
    } else {
        makeValidDatabase(path);
        bytes = readAll(path);
        QVERIFY(bytes.size() > 4 * 4096);
        if (kind == QLatin1String("pages"))
            bytes.replace(4096, 2 * 4096, QByteArray(2 * 4096, char(0x5a)));
        else
            bytes.truncate(3 * 4096 + 100);
    }
    QVERIFY(writeAll(path, bytes));

    Database db([] { return fixedNow; });
    const OpenResult result = db.open(path);
    QVERIFY2(result.ok, qPrintable(result.error));
    QVERIFY(!result.inMemory);
    QVERIFY(result.corrupt);
    const QString aside = path + QStringLiteral(".corrupt-20260301-120000");
    QCOMPARE(result.movedAsidePath, aside);
    QCOMPARE(readAll(aside), bytes); // kept exactly as found
    QVERIFY(result.warning.contains(QDir::toNativeSeparators(aside)));
    QCOMPARE(result.warningSentence.text(), result.warning);
    QCOMPARE(result.versionAfter, Database::latestSchemaVersion());
    QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestDatabase::corruptFileWithoutRecovery()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("progress.sqlite"));
    QVERIFY(writeAll(path, "not sqlite"));
    Database db;
    OpenOptions options;
    options.recoverCorrupt = false;
    options.fallbackToMemory = false;
    const OpenResult result = db.open(path, options);
    QVERIFY(!result.ok);
    QVERIFY(result.corrupt);
    QVERIFY(result.movedAsidePath.isEmpty());
    QCOMPARE(readAll(path), QByteArray("not sqlite"));
}

void TestDatabase::unusableFolderFallsBackToMemory_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("needsNonRoot");
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    QVERIFY(writeAll(file, "x"));
    QTest::newRow("parent is a file") << file + QStringLiteral("/sub/progress.sqlite")
                                      << QStringLiteral("a-file is a file, not a folder") << false;
    // /proc refuses new files even to root, so this row runs in containers too.
    QTest::newRow("read-only folder (/proc)")
        << QStringLiteral("/proc/progress.sqlite") << QStringLiteral("read-only") << false;
    const QString readOnly = m_dir.filePath(QStringLiteral("read-only"));
    QDir().mkpath(readOnly);
    QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner);
    QTest::newRow("read-only folder (chmod 555)")
        << readOnly + QStringLiteral("/progress.sqlite") << QStringLiteral("read-only") << true;
}

void TestDatabase::unusableFolderFallsBackToMemory()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(bool, needsNonRoot);
    if (needsNonRoot && ::geteuid() == 0)
        QSKIP("root can write into a chmod 555 folder");
    Database db;
    const OpenResult result = db.open(path);
    QVERIFY(result.ok);
    QVERIFY(result.inMemory);
    QVERIFY(db.isInMemory());
    QVERIFY(result.path.isEmpty());
    QCOMPARE(result.requestedPath, path);
    QVERIFY2(result.error.contains(message), qPrintable(result.error));
    QVERIFY(result.warning.contains(QLatin1String("not being saved")));
    // the same sentences, to be read again in another language
    QCOMPARE(result.errorSentence.text(), result.error);
    QCOMPARE(result.warningSentence.text(), result.warning);
    QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('k', 'v', 0)")));
    QVERIFY(!QFile::exists(path));
}

// QA: with a read-only folder the app opened an empty in-memory store, so the learner's progress vanished from
// every page. Now a private copy is opened: what the file holds is shown, nothing is written back.
void TestDatabase::readOnlyProgressIsShownFromACopy_data()
{
    QTest::addColumn<bool>("folderReadOnly"); // else the file itself is read-only
    QTest::newRow("read-only folder") << true;
    QTest::newRow("read-only file") << false;
}

void TestDatabase::readOnlyProgressIsShownFromACopy()
{
    QFETCH(bool, folderReadOnly);
    if (::geteuid() == 0)
        QSKIP("root can write into read-only files and folders");
    const QString folder = m_dir.filePath(folderReadOnly ? QStringLiteral("ro-folder") : QStringLiteral("ro-file"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/progress.sqlite");
    {
        Database writer;
        QVERIFY(writer.open(path).ok);
        QVERIFY(writer.exec(QStringLiteral("INSERT INTO settings VALUES ('earlier', 'work', 0)")));
    }
    const QByteArray before = readAll(path);
    if (folderReadOnly)
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    else
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    const QStringList filesBefore = QDir(folder).entryList(QDir::Files);
    {
        Database db;
        const OpenResult result = db.open(path);
        QVERIFY(result.ok);
        QVERIFY(result.inMemory);
        QVERIFY(db.isInMemory());
        QVERIFY2(result.error.contains(QLatin1String("read-only")), qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("The progress in it is shown, but what you do now is not kept.")),
                 qPrintable(result.error));
        QVERIFY(result.warning.startsWith(QLatin1String("Progress is not being saved: ")));
        QCOMPARE(result.errorSentence.text(), result.error);
        QCOMPARE(result.warningSentence.text(), result.warning);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'earlier'")).toString(),
                 QStringLiteral("work"));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('now', 'lost', 0)")));
    }
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(readAll(path), before); // never written back
    QCOMPARE(QDir(folder).entryList(QDir::Files), filesBefore);
    // The app-less callers that cannot fall back to memory still fail, unless they ask for the copy (export).
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    OpenOptions strict;
    strict.fallbackToMemory = false;
    Database refused;
    QVERIFY(!refused.open(path, strict).ok);
    strict.readOnlyCopy = true;
    Database exporter;
    QVERIFY(exporter.open(path, strict).ok);
    QCOMPARE(exporter.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'now'")).toInt(), 0);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// QA: "--db <folder>" said "unable to open database file Error opening database".
void TestDatabase::folderGivenAsTheFileIsSaidPlainly()
{
    const QString folder = m_dir.filePath(QStringLiteral("a-folder"));
    QVERIFY(QDir().mkpath(folder));
    Database db;
    OpenOptions strict;
    strict.fallbackToMemory = false;
    const OpenResult result = db.open(folder, strict);
    QVERIFY(!result.ok);
    QCOMPARE(result.error, QStringLiteral("%1 is a folder, not a progress file: give a file path, for example %2.")
                               .arg(QDir::toNativeSeparators(folder),
                                    QDir::toNativeSeparators(folder + QStringLiteral("/progress.sqlite"))));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QDir(folder).isEmpty());
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db;
    QVERIFY(db.openInMemory().ok);
    {
        Database::Transaction transaction(db);
        QVERIFY(transaction.isActive());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('dropped', 'v', 0)")));
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'dropped'")).toInt(), 0);
    {
        Database::Transaction transaction(db);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO settings VALUES ('kept', 'v', 0)")));
        QVERIFY(transaction.commit());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit());
    }
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'kept'")).toInt(), 1);
}

void TestDatabase::errorHelperReportsContext()
{
    Database db;
    QVERIFY(db.openInMemory().ok);
    QSqlQuery query = db.prepare(QStringLiteral("INSERT INTO review_log (card_id, grade, reviewed_at, day,"
                                                " ease_after, interval_after, due_day_after)"
                                                " VALUES ('missing-card', 3, 0, 0, 2.5, 1, 1)"));
    QVERIFY(!db.exec(query, QStringLiteral("log review")));
    QCOMPARE(db.lastError().context, QStringLiteral("log review"));
    QVERIFY2(db.lastError().message.contains(QLatin1String("FOREIGN KEY")), qPrintable(db.lastError().message));
    QVERIFY(db.lastError().text().startsWith(QLatin1String("log review: ")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
