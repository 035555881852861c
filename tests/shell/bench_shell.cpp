#include "shell/session.h"
#include "sim/world.h"

#include <QTest>

using namespace Keyless;

// A 1,000-command lab-style script end to end (fresh world and console each time), against the same
// number of `true` commands as the baseline of the interpreter itself. Issue #4: under 1 s.
class BenchShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baselineTrue();
    void labScript();

private:
    QString m_trueScript;
    QString m_labScript;
    int m_labCommands = 0;
};

void BenchShell::initTestCase()
{
    for (int i = 0; i < 1000; ++i)
        m_trueScript += QStringLiteral("true\n");

    QStringList lines;
    lines << QStringLiteral("set -e") << QStringLiteral("az group create -n rg-bench -l eastus -o none")
          << QStringLiteral("az keyvault create -n kv-bench -g rg-bench -o none")
          << QStringLiteral("kv=$(az keyvault show -n kv-bench --query id -o tsv)");
    int i = 0;
    while (lines.size() < 1000) {
        const QString n = QString::number(i++);
        lines << QStringLiteral("az identity create -g rg-bench -n id%1 --query name -o tsv").arg(n)
              << QStringLiteral("pid%1=$(az identity show -g rg-bench -n id%1 --query principalId -o tsv)").arg(n)
              << QStringLiteral("az role assignment create --assignee-object-id $pid%1 --assignee-principal-type "
                                "ServicePrincipal --role \"Key Vault Secrets User\" --scope $kv -o none")
                     .arg(n)
              << QStringLiteral("echo \"identity $pid%1\" | grep -c identity").arg(n)
              << QStringLiteral("az identity list -g rg-bench --query \"length(@)\"")
              << QStringLiteral("echo '{\"n\": %1}' | jq -r .n").arg(n)
              << QStringLiteral("X%1=done && echo $X%1 || false").arg(n) << QStringLiteral("sleep 1");
    }
    lines = lines.mid(0, 1000);
    m_labCommands = int(lines.size());
    m_labScript = lines.join(QLatin1Char('\n'));
}

void BenchShell::baselineTrue()
{
    QBENCHMARK
    {
        Sim::World world;
        Shell::Session session(world);
        const Shell::RunResult r = session.run(m_trueScript);
        QCOMPARE(r.exitStatus, 0);
    }
}

void BenchShell::labScript()
{
    QCOMPARE(m_labCommands, 1000);
    QBENCHMARK
    {
        Sim::World world;
        Shell::Session session(world);
        const Shell::RunResult r = session.run(m_labScript);
        QCOMPARE(r.exitStatus, 0);
        QVERIFY(r.stderrText().isEmpty());
    }
}

QTEST_GUILESS_MAIN(BenchShell)
#include "bench_shell.moc"
