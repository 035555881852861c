#include "shell/session.h"
#include "sim/world.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyless;

// Golden folders: tests/shell/cases/<name>/script.sh runs in a fresh sandbox world (or world.json next to
// it); the terminal transcript (stdout and stderr interleaved) must equal expected.txt and the exit status
// the number in `status` (0 when the file is absent). One row per folder, no code per case.
class TestGolden : public QObject
{
    Q_OBJECT

private slots:
    void cases_data();
    void cases();
};

static QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestGolden::cases_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(QStringLiteral(KEYLESS_SOURCE_DIR "/tests/shell/cases"));
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(names.size() >= 10, "the golden suite lost its cases");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

void TestGolden::cases()
{
    QFETCH(QString, folder);
    const QDir dir(folder);
    const QString script = readText(dir.filePath(QStringLiteral("script.sh")));
    QVERIFY2(!script.isEmpty(), "script.sh is missing or empty");
    QVERIFY2(QFile::exists(dir.filePath(QStringLiteral("expected.txt"))), "expected.txt is missing");

    Sim::World world;
    if (QFile::exists(dir.filePath(QStringLiteral("world.json")))) {
        const QJsonObject json =
            QJsonDocument::fromJson(readText(dir.filePath(QStringLiteral("world.json"))).toUtf8()).object();
        const Sim::WorldLoadResult loaded = Sim::World::fromJson(json);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
        world = loaded.world;
    }
    Shell::Session session(world);
    const Shell::RunResult result = session.run(script);
    const QString expected = readText(dir.filePath(QStringLiteral("expected.txt")));
    const QString statusText = readText(dir.filePath(QStringLiteral("status"))).trimmed();
    const int expectedStatus = statusText.isEmpty() ? 0 : statusText.toInt();
    if (result.text() != expected && qEnvironmentVariableIsSet("KEYLESS_UPDATE_GOLDEN")) {
        QFile out(dir.filePath(QStringLiteral("expected.txt")));
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(result.text().toUtf8());
    }
    QCOMPARE(result.text(), expected);
    QCOMPARE(result.exitStatus, expectedStatus);
}

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
