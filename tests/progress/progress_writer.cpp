// Test helper for tst_progresscrash: records progress in a loop and prints one line per committed write, so
// the test knows exactly what was acknowledged when it SIGKILLs this process.
//   progress_writer DB loop       write until killed
//   progress_writer DB count N    write N times, then exit 0
// Output lines: "open <schema version>", "ack <question attempt id>", "cmd <lab attempt id> <seq>",
// "lab <id>" for a whole lab attempt (5 task results + 10 commands in one transaction).
#include "progress/progressstore.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Keyless::Progress;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const bool loop = args.at(2) == QLatin1String("loop");
    const int count = loop ? -1 : args.value(3).toInt();

    QTextStream out(stdout);
    QTextStream err(stderr);
    ProgressStore store;
    OpenOptions options;
    options.fallbackToMemory = false;
    const OpenResult opened = store.open(args.at(1), options);
    if (!opened.ok) {
        err << "open failed: " << opened.error << Qt::endl;
        return 1;
    }
    out << "open " << opened.versionAfter << Qt::endl;

    const WriteResult lab =
        store.startLabAttempt({QStringLiteral("crash-lab"), 2, QCoreApplication::applicationPid(), {}});
    if (!lab) {
        err << lab.error << Qt::endl;
        return 1;
    }
    for (int i = 0; loop || i < count; ++i) {
        QuestionAttempt attempt;
        attempt.questionId = QStringLiteral("q-%1").arg(i % 17);
        attempt.objectiveId = QStringLiteral("objective-%1").arg(i % 3);
        attempt.answer = QStringLiteral("answer %1 from %2").arg(i).arg(QCoreApplication::applicationPid());
        attempt.correct = i % 2 == 0;
        attempt.timeTakenMs = i;
        const WriteResult written = store.recordQuestionAttempt(attempt);
        if (!written) {
            err << written.error << Qt::endl;
            return 1;
        }
        out << "ack " << written.id << Qt::endl; // Qt::endl flushes: the line is out before the next write
        if (i % 4 == 0) {
            const WriteResult command = store.appendLabCommand(
                lab.id, {0, CommandSource::Console, QStringLiteral("az identity show -n id%1").arg(i), i * 1000, {}});
            if (!command) {
                err << command.error << Qt::endl;
                return 1;
            }
            out << "cmd " << lab.id << ' ' << command.id << Qt::endl;
        }
        if (i % 7 == 3) {
            LabAttempt whole;
            whole.labId = QStringLiteral("crash-whole");
            whole.seed = i;
            for (int t = 0; t < 5; ++t)
                whole.tasks.append({QStringLiteral("task-%1").arg(t), t % 2 == 0, 1, {}, {}});
            for (int c = 0; c < 10; ++c)
                whole.commands.append({0, CommandSource::Console, QStringLiteral("az step %1").arg(c), c * 100, {}});
            const WriteResult recorded = store.recordLabAttempt(whole);
            if (!recorded) {
                err << recorded.error << Qt::endl;
                return 1;
            }
            out << "lab " << recorded.id << Qt::endl;
        }
    }
    return 0;
}
