// keyless --measure-startup against a minimal Qt Widgets window built in the same tree, both run as
// fresh processes, offscreen, with empty settings and a fresh progress file. The figure to report is the
// ratio of the medians (target: Keyless within 1.5x of the minimal window).
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

class BenchStartup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keylessStartup()
    {
        QBENCHMARK
        {
            QVERIFY(run(QStringLiteral(KEYLESS_EXE), keylessArguments()) > 0);
        }
    }

    void minimalWindowStartup()
    {
        QBENCHMARK
        {
            QVERIFY(run(QStringLiteral(MINIMAL_EXE), {}) > 0);
        }
    }

    void ratioOfMedians()
    {
        QList<double> keyless;
        QList<double> minimal;
        for (int i = 0; i < 9; ++i) { // interleaved so that machine load hits both alike
            minimal << run(QStringLiteral(MINIMAL_EXE), {});
            keyless << run(QStringLiteral(KEYLESS_EXE), keylessArguments());
        }
        const double k = median(keyless);
        const double m = median(minimal);
        qInfo("startup to first paint, median of 9: keyless %.1f ms, minimal window %.1f ms, ratio %.2f", k, m, k / m);
        QVERIFY(k > 0 && m > 0);
    }

private:
    QStringList keylessArguments() const
    {
        return {QStringLiteral("--measure-startup"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("p.sqlite"))};
    }

    double run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        process.setProcessEnvironment(env);
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return -1;
        static const QRegularExpression line(QStringLiteral("startup: ([0-9.]+) ms"));
        const auto match = line.match(QString::fromUtf8(process.readAllStandardOutput()));
        return match.hasMatch() ? match.captured(1).toDouble() : -1;
    }

    static double median(QList<double> values)
    {
        std::sort(values.begin(), values.end());
        return values.isEmpty() ? 0 : values.at(values.size() / 2);
    }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(BenchStartup)
#include "bench_startup.moc"
