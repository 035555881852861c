// keyless --measure-startup against a minimal Qt Widgets window built in the same tree, both run as
// fresh processes, offscreen, with empty settings and a fresh progress file. The figure to report is the
// ratio of the medians (target: Keyless within 1.5x of the minimal window), in two measures: the programs' own
// "startup:" (from the process start in /proc, rounded down to a 10 ms tick: 0-10 ms too long for both) and
// from just before this launcher starts the process to the "painted at:" moment both print (exact; it adds
// the fork and exec, alike for both). Those are warm starts (everything in the page cache, as when a program is
// started again and again); coldRatioOfMedians empties the page cache before each start, as the first start after a
// boot, which reads the programs, their libraries and fonts from the disk (it needs root, else it is skipped).
#include "ui/study/startupclock.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <unistd.h>

class BenchStartup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void keylessStartup()
    {
        QBENCHMARK
        {
            QVERIFY(run(QStringLiteral(KEYLESS_EXE), keylessArguments()).ownMs > 0);
        }
    }

    void minimalWindowStartup()
    {
        QBENCHMARK
        {
            QVERIFY(run(QStringLiteral(MINIMAL_EXE), {}).ownMs > 0);
        }
    }

    void coldRatioOfMedians()
    {
        QFile dropCaches(QStringLiteral("/proc/sys/vm/drop_caches"));
        if (!dropCaches.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            QSKIP("emptying the page cache needs root (/proc/sys/vm/drop_caches)");
        const auto coldRun = [this, &dropCaches](const QString &program, const QStringList &arguments) {
            ::sync(); // dirty pages are not dropped
            dropCaches.write("3\n");
            return run(program, arguments);
        };
        QList<double> keylessExact, minimalExact;
        for (int i = 0; i < 9; ++i) {
            const Timing minimal = coldRun(QStringLiteral(MINIMAL_EXE), {});
            const Timing keyless = coldRun(QStringLiteral(KEYLESS_EXE), keylessArguments());
            QVERIFY(minimal.exactMs > 0 && keyless.exactMs > 0);
            minimalExact << minimal.exactMs;
            keylessExact << keyless.exactMs;
        }
        const double ke = median(keylessExact);
        const double me = median(minimalExact);
        qInfo("cold start (page cache emptied before each), median of 9, from the launch: keyless %.1f ms, minimal "
              "window %.1f ms, ratio %.2f",
              ke, me, ke / me);
    }

    void ratioOfMedians()
    {
        QList<double> keylessOwn, minimalOwn, keylessExact, minimalExact;
        for (int i = 0; i < 9; ++i) { // interleaved so that machine load hits both alike
            const Timing minimal = run(QStringLiteral(MINIMAL_EXE), {});
            const Timing keyless = run(QStringLiteral(KEYLESS_EXE), keylessArguments());
            QVERIFY(minimal.ownMs > 0 && keyless.ownMs > 0 && minimal.exactMs > 0 && keyless.exactMs > 0);
            minimalOwn << minimal.ownMs;
            keylessOwn << keyless.ownMs;
            minimalExact << minimal.exactMs;
            keylessExact << keyless.exactMs;
        }
        const double k = median(keylessOwn);
        const double m = median(minimalOwn);
        const double ke = median(keylessExact);
        const double me = median(minimalExact);
        qInfo("startup to first paint, median of 9: keyless %.1f ms, minimal window %.1f ms, ratio %.2f "
              "(as printed, from the process start rounded down to 10 ms)",
              k, m, k / m);
        qInfo("                        exact, from the launch: keyless %.1f ms, minimal window %.1f ms, ratio %.2f", ke,
              me, ke / me);
    }

private:
    QStringList keylessArguments() const
    {
        return {QStringLiteral("--measure-startup"), QStringLiteral("--db"),
                m_dir.filePath(QStringLiteral("p.sqlite"))};
    }

    struct Timing {
        double ownMs = -1;   // what the program printed
        double exactMs = -1; // from just before the launch to the first paint, on CLOCK_BOOTTIME
    };

    Timing run(const QString &program, const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A desktop-sized screen: on offscreen's default 800x600 one Keyless would open smaller than its 1200x800 (it
        // keeps room on a small screen) and paint less than the minimal window's 1200x800.
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("offscreen:configfile=" KEYLESS_SOURCE_DIR "/tests/ui/study/screen-1920x1080.json"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=false"));
        process.setProcessEnvironment(env);
        const double launched = Keyless::Ui::StartupClock::bootTimeMs();
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return {};
        static const QRegularExpression own(QStringLiteral("startup: ([0-9.]+) ms"));
        static const QRegularExpression painted(QStringLiteral("painted at: ([0-9.]+) ms"));
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const auto ownMatch = own.match(out);
        const auto paintedMatch = painted.match(out);
        Timing timing;
        if (ownMatch.hasMatch())
            timing.ownMs = ownMatch.captured(1).toDouble();
        if (paintedMatch.hasMatch())
            timing.exactMs = paintedMatch.captured(1).toDouble() - launched;
        return timing;
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
