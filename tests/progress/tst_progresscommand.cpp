// `keyless progress export|reset` (app/cli/progresscommand.cpp), run in-process.
#include "cli/headless.h"
#include "progress/progressstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace Keyless;

namespace {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run run(const QStringList &args, const QString &globalDb = {})
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    Cli::Invocation invocation;
    invocation.args = args;
    invocation.globalDb = globalDb;
    invocation.language = QStringLiteral("en");
    result.status = Cli::runProgressCommand(invocation, out, err);
    out.flush();
    err.flush();
    return result;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void makeStore(const QString &path, int attempts)
{
    Progress::ProgressStore store;
    QVERIFY(store.open(path).ok);
    for (int i = 0; i < attempts; ++i)
        QVERIFY(store.recordQuestionAttempt(
            {0, QStringLiteral("q%1").arg(i), QStringLiteral("o"), QStringLiteral("answer"), true, 100, {}}));
}

// Garbage over the child pointers of a table's root page: SQLite still opens the file, and quick_check lists every
// pointer that leads nowhere; the table's rows cannot be read, the other tables' can.
void overwriteRootPage(const QString &path, const QString &table)
{
    int root = 0;
    int pageSize = 0;
    {
        Progress::Database db;
        QVERIFY(db.open(path).ok);
        QSqlQuery query = db.prepare(QStringLiteral("SELECT rootpage FROM sqlite_schema WHERE name = ?"));
        query.addBindValue(table);
        QVERIFY(db.exec(query, QStringLiteral("root page")) && query.next());
        root = query.value(0).toInt();
        QSqlQuery size = db.prepare(QStringLiteral("PRAGMA page_size"));
        QVERIFY(db.exec(size, QStringLiteral("page size")) && size.next());
        pageSize = size.value(0).toInt();
    }
    QVERIFY(root > 1 && pageSize > 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(root) * pageSize - 300)); // cells fill a page from its end
    file.write(QByteArray(300, '\xff'));
}

} // namespace

class TestProgressCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void exportJsonToStdout();
    void exportCsvToFile();
    void dbOptionOverridesGlobalDb();
    void exportRefusesUnusableFiles_data();
    void exportRefusesUnusableFiles();
    void exportSalvagesWhatADamagedFileStillHolds();
    void resetNeedsYes();
    void resetMovesTheFileAside();
    void resetRefusesAFileThatIsOpen();
    void resetRefusesAFileThatIsNoDatabase();
    void resetWithoutFile();
    void resetRefusesAFolder();
};

void TestProgressCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestProgressCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList();
    QTest::newRow("unknown action") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("two actions") << QStringList{QStringLiteral("export"), QStringLiteral("reset")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--colour")};
    QTest::newRow("bad format") << QStringList{QStringLiteral("export"), QStringLiteral("--format"),
                                               QStringLiteral("xml")};
    QTest::newRow("reset with export options") << QStringList{QStringLiteral("reset"), QStringLiteral("--yes"),
                                                              QStringLiteral("--format"), QStringLiteral("csv")};
}

void TestProgressCommand::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const Run result = run(args, dir.filePath(QStringLiteral("p.sqlite")));
    QCOMPARE(result.status, 2);
    QVERIFY(!result.err.isEmpty());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("p.sqlite"))));
}

void TestProgressCommand::exportJsonToStdout()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    makeStore(path, 3);
    const Run result = run({QStringLiteral("export"), QStringLiteral("--db"), path});
    QCOMPARE(result.status, 0);
    QVERIFY(result.err.isEmpty());
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("keyless-progress-export"));
    QCOMPARE(
        root.value(QStringLiteral("records")).toObject().value(QStringLiteral("question_attempts")).toArray().size(),
        3);
}

void TestProgressCommand::exportCsvToFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    const QString output = dir.filePath(QStringLiteral("export.csv"));
    makeStore(path, 2);
    const Run result = run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"),
                            QStringLiteral("--output"), output},
                           path);
    QCOMPARE(result.status, 0);
    QVERIFY2(result.out.contains(QLatin1String("exported 2 record(s)")), qPrintable(result.out));
    const QList<QByteArray> lines = readAll(output).split('\n');
    QCOMPARE(lines.size(), 4); // header, two rows, and the empty piece after the last CRLF
    QVERIFY(lines.first().startsWith("record_type,id,"));
    QVERIFY(lines.at(1).startsWith("question_attempts,1,"));
}

void TestProgressCommand::dbOptionOverridesGlobalDb()
{
    QTemporaryDir dir;
    const QString global = dir.filePath(QStringLiteral("global.sqlite"));
    const QString local = dir.filePath(QStringLiteral("local.sqlite"));
    makeStore(global, 1);
    makeStore(local, 4);
    const Run result = run({QStringLiteral("export"), QStringLiteral("--db"), local}, global);
    QCOMPARE(result.status, 0);
    const QJsonObject root = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(
        root.value(QStringLiteral("records")).toObject().value(QStringLiteral("question_attempts")).toArray().size(),
        4);
}

void TestProgressCommand::exportRefusesUnusableFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << QStringLiteral("missing") << QStringLiteral("no progress file");
    // SQLite's own words, not Qt's driver text ("Unable to execute statement").
    QTest::newRow("corrupt") << QStringLiteral("corrupt")
                             << QStringLiteral("is damaged or is not a Keyless progress file (SQLite: file is not a "
                                               "database). It was left as it is.");
    QTest::newRow("truncated") << QStringLiteral("truncated")
                               << QStringLiteral("(SQLite: database disk image is malformed). It was left as it is.");
    QTest::newRow("pages overwritten") << QStringLiteral("pages") << QStringLiteral("(SQLite: On tree page ");
    QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer version");
}

void TestProgressCommand::exportRefusesUnusableFiles()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    if (kind == QLatin1String("corrupt")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("definitely not SQLite");
    } else if (kind == QLatin1String("truncated")) {
        makeStore(path, 40);
        QFile file(path);
        QVERIFY(file.size() > 8192);
        QVERIFY(file.resize(file.size() / 2));
    } else if (kind == QLatin1String("pages")) {
        makeStore(path, 400); // and nothing else: nothing is left to read
        overwriteRootPage(path, QStringLiteral("question_attempts"));
    } else if (kind == QLatin1String("newer")) {
        makeStore(path, 1);
        Progress::Database db;
        QVERIFY(db.open(path).ok);
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 999")));
    }
    const QByteArray before = readAll(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
    const Run result = run({QStringLiteral("export"), QStringLiteral("--db"), path});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(!result.err.contains(QLatin1String("Unable to")), qPrintable(result.err));
    if (kind == QLatin1String("pages")) // the first problem, then how many more: not a page of them
        QVERIFY2(result.err.contains(QRegularExpression(QStringLiteral(": invalid page number -?\\d+, and \\d+ more "
                                                                       "problem.*\\. It was left as it is\\.\\n$"))),
                 qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
    QCOMPARE(readAll(path), before);
    QCOMPARE(QFile::exists(path), kind != QLatin1String("missing"));
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(filesBefore.contains(name) || name.endsWith(QLatin1String("-shm")) ||
                     name.endsWith(QLatin1String("-wal")),
                 qPrintable(name));
}

// QA (stop 19): a progress file with one damaged table was refused whole by export, where the app carried on with the
// records it could still read. Export writes those, says so, and leaves the file as it is.
void TestProgressCommand::exportSalvagesWhatADamagedFileStillHolds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    makeStore(path, 400);
    {
        Progress::ProgressStore store;
        QVERIFY(store.open(path).ok);
        for (int i = 0; i < 3; ++i) {
            Progress::SectionRead read;
            read.lessonId = QStringLiteral("lesson");
            read.sectionId = QStringLiteral("s%1").arg(i);
            read.readAt = QDateTime(QDate(2026, 3, 1), QTime(9, i));
            QVERIFY(store.recordSectionRead(read).ok());
        }
    }
    overwriteRootPage(path, QStringLiteral("question_attempts"));
    const QByteArray before = readAll(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    const Run result = run({QStringLiteral("export"), QStringLiteral("--db"), path});
    QCOMPARE(result.status, 0);
    QVERIFY2(result.err.contains(QLatin1String("is damaged or is not a Keyless progress file (SQLite: On tree page ")),
             qPrintable(result.err));
    QVERIFY2(
        result.err.endsWith(QLatin1String("\nkeyless progress export: exporting what can still be read from it.\n")),
        qPrintable(result.err));
    const QJsonObject records =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(QStringLiteral("records")).toObject();
    QCOMPARE(records.value(QStringLiteral("section_reads")).toArray().size(), 3);
    QCOMPARE(records.value(QStringLiteral("question_attempts")).toArray().size(), 0);
    QCOMPARE(readAll(path), before);
    for (const QString &name : QDir(dir.path()).entryList(QDir::Files))
        QVERIFY2(filesBefore.contains(name) || name.endsWith(QLatin1String("-shm")) ||
                     name.endsWith(QLatin1String("-wal")),
                 qPrintable(name));
}

void TestProgressCommand::resetNeedsYes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    makeStore(path, 1);
    const Run result = run({QStringLiteral("reset"), QStringLiteral("--db"), path});
    QCOMPARE(result.status, 2);
    QVERIFY(result.err.contains(QLatin1String("--yes")));
    QVERIFY(QFile::exists(path));
}

void TestProgressCommand::resetMovesTheFileAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    makeStore(path, 5);
    const Run result = run({QStringLiteral("reset"), QStringLiteral("--yes")}, path);
    QCOMPARE(result.status, 0);
    QVERIFY(!QFile::exists(path));
    const QStringList moved = QDir(dir.path()).entryList({QStringLiteral("p.sqlite.reset-*")}, QDir::Files);
    QVERIFY2(!moved.isEmpty(), qPrintable(QDir(dir.path()).entryList().join(u' ')));
    QVERIFY(result.out.contains(moved.first()));
    // The moved file keeps every answer; a fresh store starts empty.
    Progress::ProgressStore old;
    QVERIFY(old.open(dir.filePath(moved.first())).ok);
    QCOMPARE(old.questionAttempts().size(), 5);
    Progress::ProgressStore fresh;
    QVERIFY(fresh.open(path).ok);
    QVERIFY(fresh.questionAttempts().isEmpty());
}

// QA: a reset while the window had the file open moved it away under the window, which went on writing into the
// moved file; the next start was empty. An open store marks its file, and the reset refuses until it is closed.
void TestProgressCommand::resetRefusesAFileThatIsOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.sqlite"));
    makeStore(path, 2);
    auto window = std::make_unique<Progress::ProgressStore>();
    QVERIFY(window->open(path).ok);
    const Run refused = run({QStringLiteral("reset"), QStringLiteral("--yes")}, path);
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("is open in Keyless (process %1). Close that window first; nothing "
                                                 "was moved.")
                                      .arg(QCoreApplication::applicationPid())),
             qPrintable(refused.err));
    QVERIFY(QFile::exists(path));
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("p.sqlite.reset-*")}, QDir::Files).isEmpty());
    window.reset(); // the window closes
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
    const Run reset = run({QStringLiteral("reset"), QStringLiteral("--yes")}, path);
    QCOMPARE(reset.status, 0);
    QVERIFY(!QFile::exists(path));
}

// QA: `progress reset --db notes.txt` renamed the notes, while export and the window leave such a file as it is.
void TestProgressCommand::resetRefusesAFileThatIsNoDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("notes\n");
    }
    const Run refused = run({QStringLiteral("reset"), QStringLiteral("--yes")}, path);
    QCOMPARE(refused.status, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("is not a Keyless progress file (it is not an SQLite database); "
                                                 "nothing was moved.")),
             qPrintable(refused.err));
    QCOMPARE(readAll(path), QByteArray("notes\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void TestProgressCommand::resetWithoutFile()
{
    QTemporaryDir dir;
    const Run result = run({QStringLiteral("reset"), QStringLiteral("--yes"), QStringLiteral("--db"),
                            dir.filePath(QStringLiteral("none.sqlite"))});
    QCOMPARE(result.status, 1);
    QVERIFY(result.err.contains(QLatin1String("no progress file")));
}

// QA: `progress reset --db SOMEFOLDER --yes` renamed the whole folder.
void TestProgressCommand::resetRefusesAFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(folder));
    QFile keep(folder + QStringLiteral("/notes.txt"));
    QVERIFY(keep.open(QIODevice::WriteOnly));
    keep.write("mine");
    keep.close();
    const Run result = run({QStringLiteral("reset"), QStringLiteral("--yes"), QStringLiteral("--db"), folder});
    QCOMPARE(result.status, 1);
    QVERIFY2(result.err.contains(QLatin1String("is not a progress file")), qPrintable(result.err));
    QVERIFY(QFileInfo(folder).isDir());
    QVERIFY(QFile::exists(folder + QStringLiteral("/notes.txt")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("documents")});
}

QTEST_GUILESS_MAIN(TestProgressCommand)
#include "tst_progresscommand.moc"
