#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// `keyless script` end to end through the real binary: file and stdin input, exit statuses, --seed.
class TestScriptCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void runsFile();
    void runsStdinAndStopsUnderSetE();
    void seedChangesIds();
    void rejectsBadUsage();

private:
    struct Run {
        QString out;
        QString err;
        int status = -1;
    };
    Run keyless(const QStringList &args, const QByteArray &input = {});
    QString m_binary;
    QTemporaryDir m_dir;
};

void TestScriptCommand::initTestCase()
{
    m_binary = QStringLiteral(KEYLESS_BINARY_DIR "/app/keyless");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    QVERIFY(m_dir.isValid());
}

TestScriptCommand::Run TestScriptCommand::keyless(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.start(m_binary, QStringList{QStringLiteral("script")} + args);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return {QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()),
            process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1};
}

void TestScriptCommand::runsFile()
{
    const QString path = m_dir.filePath(QStringLiteral("lab.sh"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("az group create -n rg1 -l eastus --query name -o tsv\n"
               "az identity create -g rg1 -n id1 --query name -o tsv\n"
               "az grop list\n");
    file.close();
    const Run run = keyless({path});
    QCOMPARE(run.out, QStringLiteral("rg1\nid1\n"));
    QCOMPARE(run.err, QStringLiteral("ERROR: 'grop' is misspelled or not recognized by the system.\nDid you mean "
                                     "'group' ?\n"));
    QCOMPARE(run.status, 2);
    // Deterministic: the same script prints the same thing again.
    const Run again = keyless({path});
    QCOMPARE(again.out, run.out);
}

void TestScriptCommand::runsStdinAndStopsUnderSetE()
{
    const Run run = keyless({QStringLiteral("-")}, "set -e\necho before\naz group show -n nope -o none\necho after\n");
    QCOMPARE(run.out, QStringLiteral("before\n"));
    QVERIFY2(run.err.startsWith(QStringLiteral("ERROR: (ResourceGroupNotFound)")), qPrintable(run.err));
    QCOMPARE(run.status, 3);
}

void TestScriptCommand::seedChangesIds()
{
    const QByteArray script = "az account show --query id -o tsv\n";
    const Run a = keyless({QStringLiteral("--seed"), QStringLiteral("1")}, script);
    const Run b = keyless({QStringLiteral("--seed"), QStringLiteral("2")}, script);
    const Run a2 = keyless({QStringLiteral("--seed"), QStringLiteral("1")}, script);
    QCOMPARE(a.status, 0);
    QCOMPARE(a.out.size(), 37); // a GUID and a newline
    QVERIFY(a.out != b.out);
    QCOMPARE(a.out, a2.out);
}

void TestScriptCommand::rejectsBadUsage()
{
    const Run missing = keyless({m_dir.filePath(QStringLiteral("nope.sh"))});
    QCOMPARE(missing.status, 2);
    QVERIFY2(missing.err.contains(QStringLiteral("cannot read")), qPrintable(missing.err));
    const Run badSeed = keyless({QStringLiteral("--seed"), QStringLiteral("x")}, "true\n");
    QCOMPARE(badSeed.status, 2);
    QVERIFY2(badSeed.err.contains(QStringLiteral("--seed needs a non-negative integer")), qPrintable(badSeed.err));
    const Run badLab = keyless({QStringLiteral("--lab"), QStringLiteral("no-such-lab")}, "true\n");
    QCOMPARE(badLab.status, 2);
    QVERIFY2(badLab.err.contains(QStringLiteral("no lab file or bundled lab named 'no-such-lab'")),
             qPrintable(badLab.err));
    // An unknown option names the command it belongs to, like lab and progress do.
    const Run badOption = keyless({QStringLiteral("--bogus")}, "true\n");
    QCOMPARE(badOption.status, 2);
    QVERIFY2(badOption.err.startsWith(QStringLiteral("keyless script: Unknown option 'bogus'.")),
             qPrintable(badOption.err));
}

QTEST_GUILESS_MAIN(TestScriptCommand)
#include "tst_scriptcommand.moc"
