// Loading is defensive: every kind of broken lab file is rejected with file, position and what is
// wrong (golden folder tests/lab/invalid/: <kind>.json + <kind>.expected), good labs still load.
#include "lab/checkregistry.h"
#include "lab/jsonsourcemap.h"
#include "lab/labcatalog.h"
#include "lab/labloader.h"
#include "lab/labnames.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyless::Lab;

class TestLabLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invalidFiles_data();
    void invalidFiles();
    void everyInvalidKindHasAFile();
    void oversizedFileIsRejectedWithoutParsing();
    void missingFileIsReported();
    void bundledLabsLoad();
    void folderWithBadAndGoodLabsKeepsTheGoodOne();
    void duplicateIdsAreReported();
    void aLabFolderThatIsNone_data();
    void aLabFolderThatIsNone();
    void anEmptyFileIsSaidToBeEmpty_data();
    void anEmptyFileIsSaidToBeEmpty();
    void deferredCatalogReportsTheSameIssues_data();
    void deferredCatalogReportsTheSameIssues();
    void sourceMapFindsPointers();
    void sourceMapCountsCharactersNotBytes();
    void namesAreDeterministicPerSeed();
    void namesAreSubstitutedEverywhere();

private:
    static QString invalidDir() { return QStringLiteral(KEYLESS_SOURCE_DIR "/tests/lab/invalid"); }
    CheckRegistry m_registry = CheckRegistry::builtIn();
};

void TestLabLoader::initTestCase()
{
    QVERIFY(QDir(invalidDir()).exists());
}

void TestLabLoader::invalidFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonObject>("expected");
    const QDir dir(invalidDir());
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(QFileInfo(name).completeBaseName() + QStringLiteral(".expected")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
        QTest::newRow(qPrintable(QFileInfo(name).completeBaseName())) << dir.filePath(name) << expected;
    }
}

void TestLabLoader::invalidFiles()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, expected);
    const LabLoader loader(m_registry);
    const LabLoadResult result = loader.loadFile(path);
    if (expected.value(QLatin1String("valid")).toBool()) {
        QVERIFY2(result.ok(), result.issues.isEmpty() ? "" : qPrintable(result.issues.first().toString()));
        return;
    }
    QVERIFY(!result.ok());
    QVERIFY(result.lab == nullptr);
    // Exactly one defect per file, so exactly one issue: a second one would mean cascading noise.
    QCOMPARE(result.issues.size(), 1);
    const LabIssue &issue = result.issues.first();
    QCOMPARE(issue.file, path);
    QVERIFY2(issue.message.contains(expected.value(QLatin1String("message")).toString()), qPrintable(issue.toString()));
    if (expected.contains(QLatin1String("pointer")))
        QCOMPARE(issue.pointer, expected.value(QLatin1String("pointer")).toString());
    if (expected.contains(QLatin1String("line")))
        QCOMPARE(issue.line, expected.value(QLatin1String("line")).toInt());
    if (expected.contains(QLatin1String("column")))
        QCOMPARE(issue.column, expected.value(QLatin1String("column")).toInt());
    QVERIFY2(issue.line > 0 && issue.column > 0, qPrintable(issue.toString()));
    QVERIFY(issue.toString().startsWith(path + QStringLiteral(":%1:%2: ").arg(issue.line).arg(issue.column)));
}

void TestLabLoader::everyInvalidKindHasAFile()
{
    // The kinds of validation error the issue names; each must have its broken file.
    const QStringList kinds{QStringLiteral("syntax-error"),        QStringLiteral("unknown-check"),
                            QStringLiteral("dangling-resource"),   QStringLiteral("wrong-type"),
                            QStringLiteral("unparsable-solution"), QStringLiteral("invalid-world")};
    for (const QString &kind : kinds)
        QVERIFY2(QFile::exists(invalidDir() + QLatin1Char('/') + kind + QStringLiteral(".json")), qPrintable(kind));
}

void TestLabLoader::oversizedFileIsRejectedWithoutParsing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    // Valid JSON, so only the size can reject it.
    file.write("{\"story\": \"");
    file.write(QByteArray(LabLoader::MaxFileSize, 'a'));
    file.write("\"}");
    file.close();
    const LabLoadResult result = LabLoader(m_registry).loadFile(path);
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.first().message.contains(QLatin1String("larger than the limit of 512 KiB")));
    QCOMPARE(result.issues.first().file, path);
}

void TestLabLoader::missingFileIsReported()
{
    const LabLoadResult result = LabLoader(m_registry).loadFile(QStringLiteral("/nonexistent/lab.json"));
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.first().message.startsWith(QLatin1String("cannot open")));
}

void TestLabLoader::bundledLabsLoad()
{
    LabCatalog catalog(m_registry);
    catalog.addBundled();
    for (const LabIssue &issue : catalog.issues())
        qWarning("%s", qPrintable(issue.toString()));
    QVERIFY(catalog.issues().isEmpty());
    const QStringList expected{
        QStringLiteral("appservice-keyvault"),
        QStringLiteral("func-cosmos-no-secret"),
        QStringLiteral("shared-uami-storage"),
        QStringLiteral("troubleshoot-contributor-not-enough"),
        QStringLiteral("troubleshoot-propagation-cache"),
        QStringLiteral("troubleshoot-recreated-app"),
        QStringLiteral("vm-storage-imds"),
    };
    QStringList ids = catalog.ids();
    ids.sort();
    QCOMPARE(ids, expected);
    // The bundled copies are the files in labs/ (the resource list in CMake is complete).
    LabCatalog folder(m_registry);
    folder.addFolder(QStringLiteral(KEYLESS_SOURCE_DIR "/labs"));
    QVERIFY(folder.issues().isEmpty());
    QCOMPARE(folder.labs().size(), catalog.labs().size());
}

void TestLabLoader::folderWithBadAndGoodLabsKeepsTheGoodOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(
        QFile::copy(invalidDir() + QStringLiteral("/control-valid.json"), dir.filePath(QStringLiteral("good.json"))));
    QVERIFY(
        QFile::copy(invalidDir() + QStringLiteral("/unknown-check.json"), dir.filePath(QStringLiteral("bad.json"))));
    QVERIFY(
        QFile::copy(invalidDir() + QStringLiteral("/syntax-error.json"), dir.filePath(QStringLiteral("worse.json"))));
    LabCatalog catalog(m_registry);
    catalog.addFolder(dir.path());
    QCOMPARE(catalog.ids(), QStringList{QStringLiteral("broken-lab")});
    QCOMPARE(catalog.issues().size(), 2);
    QVERIFY(catalog.issues().at(0).file.endsWith(QLatin1String("bad.json")));
    QVERIFY(catalog.issues().at(1).file.endsWith(QLatin1String("worse.json")));
}

void TestLabLoader::duplicateIdsAreReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QFile::copy(QStringLiteral(KEYLESS_SOURCE_DIR "/labs/vm-storage-imds.json"),
                        dir.filePath(QStringLiteral("my-copy.json"))));
    LabCatalog catalog(m_registry);
    catalog.addBundled();
    catalog.addFolder(dir.path());
    QCOMPARE(catalog.labs().size(), 7);
    QCOMPARE(catalog.issues().size(), 1);
    // QA: it named the bundled lab by its resource path (":/labs/vm-storage-imds.json").
    QCOMPARE(catalog.issues().first().message,
             QStringLiteral("a lab with id \"vm-storage-imds\" is already loaded from the labs that come with Keyless; "
                            "this one is skipped"));
    QVERIFY(catalog.find(QStringLiteral("vm-storage-imds"))->sourcePath.startsWith(QLatin1String(":/labs/")));
}

void TestLabLoader::aLabFolderThatIsNone_data()
{
    QTest::addColumn<QString>("entry"); // under a temporary folder; "file.json" is created as a file
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << "nothing-here"
                             << "lab folder does not exist";
    // QA: keyless lab list --labs /etc/passwd said the folder did not exist.
    QTest::newRow("a file") << "file.json"
                            << "not a lab folder: it is a file";
}

void TestLabLoader::aLabFolderThatIsNone()
{
    QFETCH(QString, entry);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("file.json")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    LabCatalog catalog(m_registry);
    catalog.addFolder(dir.filePath(entry));
    QCOMPARE(catalog.issues().size(), 1);
    QCOMPARE(catalog.issues().first().file, dir.filePath(entry));
    QCOMPARE(catalog.issues().first().message, message);
}

// QA: an empty lab file was "JSON syntax error: illegal value" at 1:1.
void TestLabLoader::anEmptyFileIsSaidToBeEmpty_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n  \n\t\n");
}

void TestLabLoader::anEmptyFileIsSaidToBeEmpty()
{
    QFETCH(QByteArray, data);
    const LabLoadResult result = LabLoader(m_registry).loadData(data, QStringLiteral("empty.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.first().message,
             QStringLiteral("the file is empty: a lab is a JSON object (see labs/README.md)"));
    QCOMPARE(result.issues.first().file, QStringLiteral("empty.json"));
}

void TestLabLoader::deferredCatalogReportsTheSameIssues_data()
{
    invalidFiles_data();
}

// The app lists labs without building their worlds (Validation::Deferred); once every lab has been opened
// the issues must be the very ones a full load reports, or a broken instructor's lab would read differently.
void TestLabLoader::deferredCatalogReportsTheSameIssues()
{
    QFETCH(QString, path);
    QFETCH(QJsonObject, expected);
    LabCatalog full(m_registry);
    full.addFile(path);
    LabCatalog deferred(m_registry, LabCatalog::Validation::Deferred);
    deferred.addFile(path);
    const bool worldDefect = full.issues().size() == 1 && deferred.issues().isEmpty();
    const QStringList listed = deferred.ids();
    for (const QString &id : listed) {
        const auto lab = deferred.validated(id);
        QCOMPARE(bool(lab), expected.value(QLatin1String("valid")).toBool());
        QCOMPARE(bool(lab), full.find(id) != nullptr);
        QVERIFY(deferred.validated(id) == lab); // checked once; a failed lab stays failed
    }
    QCOMPARE(deferred.ids(), full.ids());
    QStringList fullIssues;
    for (const LabIssue &issue : full.issues())
        fullIssues << issue.toString();
    QStringList deferredIssues;
    for (const LabIssue &issue : deferred.issues())
        deferredIssues << issue.toString();
    QCOMPARE(deferredIssues, fullIssues);
    // The world defects are exactly the ones the listing leaves for later.
    const QString kind = QFileInfo(path).completeBaseName();
    QCOMPARE(worldDefect,
             kind.startsWith(QLatin1String("dangling-")) || kind.startsWith(QLatin1String("invalid-world")));
}

void TestLabLoader::sourceMapFindsPointers()
{
    const QByteArray text = "{\n  \"a\": [1, {\"b~/c\": \"x\\\"y\"}],\n  \"d\": {\"e\": true}\n}";
    const JsonSourceMap map(text);
    QCOMPARE(map.position(QStringLiteral("/a")).line, 2);
    QCOMPARE(map.position(QStringLiteral("/a")).column, 8);
    QCOMPARE(map.position(QStringLiteral("/a/1/b~0~1c")).column, 21);
    QCOMPARE(map.position(QStringLiteral("/d/e")).line, 3);
    QCOMPARE(map.position(QStringLiteral("/d/e")).column, 14);
    // Unknown pointers fall back to the nearest ancestor that exists.
    QCOMPARE(map.position(QStringLiteral("/d/missing")).column, map.position(QStringLiteral("/d")).column);
    QCOMPARE(map.position(QString()).line, 1);
}

void TestLabLoader::sourceMapCountsCharactersNotBytes()
{
    const QByteArray text = QStringLiteral("{\"t\": \"\u00e9\u00e9\", \"u\": 1}").toUtf8();
    QCOMPARE(JsonSourceMap(text).position(QStringLiteral("/u")).column, 18);
}

void TestLabLoader::namesAreDeterministicPerSeed()
{
    const QList<NameRule> rules{{QStringLiteral("app"), QStringLiteral("func-"), 5},
                                {QStringLiteral("st"), QStringLiteral("st"), 8}};
    const LabNames a(rules, 42);
    const LabNames b(rules, 42);
    const LabNames c(rules, 43);
    QCOMPARE(a.values(), b.values());
    QVERIFY(a.value(QStringLiteral("app")) != c.value(QStringLiteral("app")));
    QVERIFY(a.value(QStringLiteral("app")).startsWith(QLatin1String("func-")));
    QCOMPARE(a.value(QStringLiteral("app")).size(), 10);
    QCOMPARE(a.value(QStringLiteral("st")).size(), 10);
    static const QRegularExpression allowed(QStringLiteral("^[a-z0-9-]+$"));
    QVERIFY(allowed.match(a.value(QStringLiteral("st"))).hasMatch());
    // Pinned: a replay on another machine or Qt build must produce the same names.
    QCOMPARE(LabNames(rules, 1).value(QStringLiteral("app")), LabNames(rules, 1).value(QStringLiteral("app")));
}

void TestLabLoader::namesAreSubstitutedEverywhere()
{
    const LabNames names({{QStringLiteral("app"), QStringLiteral("a-"), 3}}, 7);
    const QString app = names.value(QStringLiteral("app"));
    QCOMPARE(names.apply(QStringLiteral("{{app}} and {{ app }} and {{other}}")),
             app + QStringLiteral(" and ") + app + QStringLiteral(" and {{other}}"));
    const QJsonObject object{{QStringLiteral("k-{{app}}"), QJsonArray{QStringLiteral("{{app}}"), 3}}};
    const QJsonObject applied = names.apply(object);
    QCOMPARE(applied.value(QStringLiteral("k-") + app).toArray().at(0).toString(), app);
    QCOMPARE(applied.value(QStringLiteral("k-") + app).toArray().at(1).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestLabLoader)
#include "tst_labloader.moc"
