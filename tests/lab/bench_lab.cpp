// Lab engine figures (issue: each under 5 ms). Baselines in the same run: parsing the same files
// with QJsonDocument alone (the floor of any loader) and one console command without re-evaluation.
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labsession.h"
#include "lab/labworld.h"
#include "shell/session.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace Keyless::Lab;

class BenchLab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void baselineJsonParseAllLabs();
    void baselineBuildAllWorlds();
    void loadAndValidateAllLabs();
    void listAllLabs();
    void reset_data();
    void reset();
    void reevaluateAllChecks_data();
    void reevaluateAllChecks();
    void baselineCommandOnly_data();
    void baselineCommandOnly();
    void commandThenReevaluate_data();
    void commandThenReevaluate();

private:
    void labRows();
    CheckRegistry m_registry = CheckRegistry::builtIn();
    LabCatalog m_catalog{m_registry};
    QList<QByteArray> m_files;
};

void BenchLab::initTestCase()
{
    const QDir dir(QStringLiteral(KEYLESS_SOURCE_DIR "/labs"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        if (name == QLatin1String("lab.schema.json"))
            continue;
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_files << file.readAll();
    }
    m_catalog.addFolder(dir.path());
    QVERIFY(m_catalog.issues().isEmpty());
    QCOMPARE(m_catalog.labs().size(), 7);
}

void BenchLab::labRows()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : m_catalog.ids())
        QTest::newRow(qPrintable(id)) << id;
}

void BenchLab::baselineJsonParseAllLabs()
{
    QBENCHMARK
    {
        for (const QByteArray &data : std::as_const(m_files))
            QVERIFY(QJsonDocument::fromJson(data).isObject());
    }
}

void BenchLab::baselineBuildAllWorlds()
{
    // What app/sim needs to build the seven initial worlds (validation builds each once).
    QBENCHMARK
    {
        for (const auto &lab : m_catalog.labs())
            QVERIFY(LabWorld::instantiate(*lab, lab->defaultSeed).errors.isEmpty());
    }
}

void BenchLab::loadAndValidateAllLabs()
{
    const LabLoader loader(m_registry);
    QBENCHMARK
    {
        for (const QByteArray &data : std::as_const(m_files))
            QVERIFY(loader.loadData(data, QStringLiteral("bench.json")).ok());
    }
}

void BenchLab::listAllLabs()
{
    // What the lab browser needs (LabCatalog::Validation::Deferred): everything but the initial worlds.
    const LabLoader loader(m_registry);
    QBENCHMARK
    {
        for (const QByteArray &data : std::as_const(m_files))
            QVERIFY(loader.loadData(data, QStringLiteral("bench.json"), LabLoader::Checks::WithoutWorld).ok());
    }
}

void BenchLab::reset_data()
{
    labRows();
}

void BenchLab::reset()
{
    QFETCH(QString, id);
    LabSession session(m_catalog.find(id), m_registry, 1);
    session.runCommand(session.resolve(session.lab().solution.join(QLatin1Char('\n'))));
    QBENCHMARK
    {
        session.reset();
    }
}

void BenchLab::reevaluateAllChecks_data()
{
    labRows();
}

void BenchLab::reevaluateAllChecks()
{
    QFETCH(QString, id);
    LabSession session(m_catalog.find(id), m_registry, 1);
    session.runCommand(session.resolve(session.lab().solution.join(QLatin1Char('\n'))));
    QBENCHMARK
    {
        const LabEvaluation evaluation =
            LabSession::evaluate(session.lab(), m_registry, session.names(), session.world(), session.traceBegin(), {});
        QVERIFY(evaluation.allPassed());
    }
}

void BenchLab::baselineCommandOnly_data()
{
    labRows();
}

void BenchLab::baselineCommandOnly()
{
    // The console alone: the same command on a plain shell session over a copy of the same world.
    QFETCH(QString, id);
    LabSession session(m_catalog.find(id), m_registry, 1);
    session.runCommand(session.resolve(session.lab().solution.join(QLatin1Char('\n'))));
    Keyless::Sim::World world = session.world();
    Keyless::Shell::Session shell(world);
    const QString command = QStringLiteral("az group list -o none");
    QBENCHMARK
    {
        shell.run(command);
    }
}

void BenchLab::commandThenReevaluate_data()
{
    labRows();
}

void BenchLab::commandThenReevaluate()
{
    // What the lab workspace pays per console entry: the command plus re-evaluating every check.
    QFETCH(QString, id);
    LabSession session(m_catalog.find(id), m_registry, 1);
    session.runCommand(session.resolve(session.lab().solution.join(QLatin1Char('\n'))));
    const QString command = QStringLiteral("az group list -o none");
    QBENCHMARK
    {
        session.runCommand(command);
    }
    QVERIFY(session.evaluation().allPassed());
}

QTEST_GUILESS_MAIN(BenchLab)
#include "bench_lab.moc"
