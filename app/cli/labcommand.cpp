// `keyless lab list` and `keyless lab check`: how instructors check a lab (pack) before class.
#include "cli/headless.h"
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labloader.h"
#include "lab/labsession.h"
#include "progress/progressstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

namespace Keyless::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyless::Cli", text); // the context lupdate gives tr() in this namespace
}

QString usage()
{
    return tr("usage: keyless lab list [--labs DIR]...\n"
              "       keyless lab check LAB [--solution FILE|-] [--seed N] [--json] [--verbose] [--db PATH] "
              "[--labs DIR]...\n"
              "LAB is a lab file or the id of a bundled lab (or of one in a --labs folder).\n");
}

void printIssues(const Lab::LabIssues &issues, QTextStream &err)
{
    for (const Lab::LabIssue &issue : issues)
        err << issue.toString() << '\n';
}

Lab::LabCatalog catalogFor(const Lab::CheckRegistry &registry, const QStringList &folders)
{
    Lab::LabCatalog catalog(registry);
    catalog.addBundled();
    for (const QString &folder : folders)
        catalog.addFolder(folder);
    return catalog;
}

// The top-level `keyless --labs DIR` folders first, then the subcommand's own `--labs`.
QStringList labFolders(const QCommandLineParser &parser, const Invocation &invocation)
{
    QStringList folders = invocation.labDirs;
    for (const QString &folder : parser.values(QStringLiteral("labs"))) {
        if (!folders.contains(folder))
            folders << folder;
    }
    return folders;
}

QJsonObject issuesJson(const Lab::LabIssues &issues)
{
    QJsonArray errors;
    for (const Lab::LabIssue &issue : issues) {
        errors.append(QJsonObject{{QStringLiteral("file"), issue.file},
                                  {QStringLiteral("line"), issue.line},
                                  {QStringLiteral("column"), issue.column},
                                  {QStringLiteral("pointer"), issue.pointer},
                                  {QStringLiteral("message"), issue.message}});
    }
    return QJsonObject{{QStringLiteral("errors"), errors}};
}

int runList(const QCommandLineParser &parser, const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const Lab::CheckRegistry registry = Lab::CheckRegistry::builtIn();
    const Lab::LabCatalog catalog = catalogFor(registry, labFolders(parser, invocation));
    for (const auto &lab : catalog.labs())
        out << lab->id << '\t' << lab->title << '\t' << lab->level << '\t' << lab->minutes << '\n';
    out.flush();
    // The good labs are listed either way; a broken file makes the status say so (exit 2).
    printIssues(catalog.issues(), err);
    return catalog.issues().isEmpty() ? 0 : 2;
}

QString readScript(const QString &path, QString *error)
{
    if (path == QLatin1String("-")) {
        QTextStream in(stdin);
        return in.readAll();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString percent(double value)
{
    return QString::number(value, 'f', value == qRound(value) ? 0 : 1) + QLatin1Char('%');
}

QString number(double value)
{
    return QString::number(value, 'f', value == qRound(value) ? 0 : 1);
}

// Records the session's attempt in the progress file; returns 0 and sets *id, or 2 after an error: the check could not
// do what it was asked (QA: it exited 1, which says that a task does not pass).
int recordAttempt(const QString &dbPath, const Lab::LabSession &session, qint64 *id, QTextStream &err)
{
    Progress::ProgressStore store;
    Progress::OpenOptions options;
    options.fallbackToMemory = false;
    const Progress::OpenResult opened = store.open(dbPath, options);
    if (!opened.ok) {
        err << tr("keyless lab check: cannot open the progress database: %1\n").arg(opened.error);
        return 2;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const Lab::LabEvaluation &evaluation = session.evaluation();
    Progress::LabAttempt attempt;
    attempt.labId = session.lab().id;
    attempt.labFormatVersion = session.lab().format;
    attempt.seed = qint64(session.seed());
    attempt.startedAt = now;
    attempt.finishedAt = now;
    int hints = 0;
    for (const auto &task : evaluation.tasks) {
        hints += task.hintsUsed;
        attempt.tasks << Progress::TaskResult{task.taskId, task.passed, task.earned, task.feedback(), now};
    }
    attempt.score = Progress::LabScore{evaluation.completion, evaluation.score, double(evaluation.maxScore), hints};
    int seq = 0;
    for (const QString &command : session.commandLog())
        attempt.commands << Progress::LabCommand{++seq, Progress::CommandSource::Console, command, 0, now};
    const Progress::WriteResult written = store.recordLabAttempt(attempt);
    if (!written.ok()) {
        err << tr("keyless lab check: the attempt was not recorded: %1\n").arg(written.error);
        return 2;
    }
    *id = written.id;
    return 0;
}

// "solution script: exit status 2, line 3: keyless: line 3: syntax error ..." -- the first command that failed (or
// the parse error that stopped the script) and what it printed first on stderr.
QString scriptFailureLine(const Lab::CommandOutcome &outcome)
{
    // Its message: the first az ERROR or shell error line, else the first other line that is not a warning.
    QString message;
    for (const QString &raw : outcome.standardError.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("ERROR")) || line.startsWith(QLatin1String("keyless:"))) {
            message = line;
            break;
        }
        if (message.isEmpty() && !line.isEmpty() && !line.startsWith(QLatin1String("WARNING")))
            message = line;
    }
    QString where;
    if (!outcome.failedCommand.isEmpty()) {
        where = outcome.failedLine > 0 ? tr("line %1 (exit %2): %3")
                                             .arg(outcome.failedLine)
                                             .arg(outcome.failedStatus)
                                             .arg(outcome.failedCommand)
                                       : tr("exit %1: %2").arg(outcome.failedStatus).arg(outcome.failedCommand);
    }
    QString text = tr("solution script: exit status %1").arg(outcome.exitStatus);
    if (!where.isEmpty())
        text += tr("; first failing command at %1").arg(where);
    text += QLatin1Char('\n');
    if (!message.isEmpty())
        text += QStringLiteral("      ") + message + QLatin1Char('\n');
    return text;
}

int runCheck(const QCommandLineParser &parser, const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    const QString &globalDb = invocation.globalDb;
    const bool jsonMode = parser.isSet(QStringLiteral("json"));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 2) {
        err << tr("keyless lab check: one lab at a time, got %1: %2\n")
                   .arg(positional.size() - 1)
                   .arg(positional.mid(1).join(QLatin1Char(' ')))
            << usage();
        return 2;
    }
    if (positional.size() != 2) {
        err << tr("keyless lab check: which lab? Give a lab file or id (see keyless lab list)\n") << usage();
        return 2;
    }
    const QString labArgument = positional.at(1);
    const Lab::CheckRegistry registry = Lab::CheckRegistry::builtIn();

    std::shared_ptr<const Lab::LabDefinition> lab;
    if (QFileInfo(labArgument).isFile() || labArgument.endsWith(QLatin1String(".json"))) {
        Lab::LabLoadResult loaded = Lab::LabLoader(registry).loadFile(labArgument);
        if (!loaded.ok()) {
            if (jsonMode) {
                out << QString::fromUtf8(QJsonDocument(issuesJson(loaded.issues)).toJson(QJsonDocument::Indented));
                out.flush();
            }
            printIssues(loaded.issues, err);
            err << tr("keyless lab check: %1 is not a valid lab\n").arg(labArgument);
            return 2;
        }
        lab = loaded.lab;
    } else {
        const Lab::LabCatalog catalog = catalogFor(registry, labFolders(parser, invocation));
        lab = catalog.find(labArgument);
        if (!lab) {
            if (jsonMode) {
                QJsonObject json = issuesJson(catalog.issues());
                QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
                errors.append(QJsonObject{
                    {QStringLiteral("message"), tr("no lab with id '%1' (see keyless lab list)").arg(labArgument)}});
                json.insert(QStringLiteral("errors"), errors);
                out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
                out.flush();
            }
            printIssues(catalog.issues(), err);
            err << tr("keyless lab check: no lab with id '%1' (see keyless lab list)\n").arg(labArgument);
            return 2;
        }
    }

    quint64 seed = lab->defaultSeed;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << tr("keyless lab check: --seed needs a non-negative whole number\n");
            return 2;
        }
    }

    Lab::LabSession session(lab, registry, seed);
    if (!session.isUsable()) {
        // A fault that did not apply leaves a world the checks were not written for: grading it would lie.
        for (const QString &problem : session.errors())
            err << tr("keyless lab check: %1: %2\n").arg(lab->id, problem);
        err << tr("keyless lab check: %1 cannot be used: its setup failed\n").arg(lab->id);
        return 2;
    }

    QString script = lab->solution.join(QLatin1Char('\n'));
    if (parser.isSet(QStringLiteral("solution"))) {
        QString error;
        script = readScript(parser.value(QStringLiteral("solution")), &error);
        if (!error.isEmpty()) {
            err << tr("keyless lab check: %1\n").arg(error);
            return 2;
        }
    }
    // Scripts may use the lab's {{placeholders}}, like the lab's own solution.
    const Lab::CommandOutcome outcome = session.runCommand(session.resolve(script));
    const Lab::LabEvaluation &evaluation = session.evaluation();

    // Recorded before anything is printed, so that --json stays one JSON document that carries the attempt id.
    const QString dbPath = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db")) : globalDb;
    qint64 attemptId = 0;
    if (!dbPath.isEmpty()) {
        if (const int status = recordAttempt(dbPath, session, &attemptId, err); status != 0)
            return status;
    }

    if (jsonMode) {
        QJsonObject names;
        for (auto it = session.names().values().cbegin(); it != session.names().values().cend(); ++it)
            names.insert(it.key(), it.value());
        QJsonObject json = evaluation.toJson();
        json.insert(QStringLiteral("lab"), lab->id);
        json.insert(QStringLiteral("seed"), qint64(seed)); // a number (exact up to 2^53; lab seeds are below 2^31)
        json.insert(QStringLiteral("names"), names);
        json.insert(QStringLiteral("scriptExitStatus"), outcome.exitStatus);
        if (parser.isSet(QStringLiteral("verbose")))
            json.insert(QStringLiteral("console"), outcome.output);
        if (attemptId > 0)
            json.insert(QStringLiteral("recordedAttempt"), attemptId);
        out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        if (parser.isSet(QStringLiteral("verbose")))
            out << outcome.output << (outcome.output.endsWith(QLatin1Char('\n')) ? "" : "\n") << "---\n";
        out << tr("%1 (seed %2)\n").arg(lab->id).arg(seed);
        for (const Lab::TaskResult &task : evaluation.tasks) {
            out << (task.passed ? tr("PASS") : tr("FAIL")) << "  " << task.taskId << "  "
                << tr("%1/%2 points").arg(number(task.earned)).arg(task.points) << "  " << task.title << '\n';
            if (!task.passed) {
                for (const QString &line : task.feedback().split(QLatin1Char('\n')))
                    out << "      " << line << '\n';
            }
        }
        out << tr("completion %1, score %2/%3, %4 of %5 tasks passed\n")
                   .arg(percent(evaluation.completion), number(evaluation.score))
                   .arg(evaluation.maxScore)
                   .arg(evaluation.passedTasks)
                   .arg(evaluation.tasks.size());
        if (attemptId > 0)
            out << tr("recorded attempt %1\n").arg(attemptId);
        // The checks grade the world the script left; a script that failed must not pass unnoticed. (A failure the
        // script goes on from -- a lab's deliberate `invoke` that fails -- is not one.)
        if (outcome.exitStatus != 0)
            out << scriptFailureLine(outcome);
    }
    out.flush();
    return evaluation.allPassed() ? 0 : 1;
}

} // namespace

int runLabCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"), tr("list or check"));
    parser.addOption({QStringLiteral("labs"), tr("Extra folder of lab files (repeatable)."), QStringLiteral("dir")});
    parser.addOption(
        {QStringLiteral("solution"), tr("Script to run instead of the lab's solution."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("seed"), tr("Seed for names and ids (default: the lab's)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    parser.addOption({QStringLiteral("verbose"), tr("Also print the console output of the script.")});
    parser.addOption(
        {QStringLiteral("db"), tr("Record the attempt in this progress database."), QStringLiteral("path")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    if (!parser.parse(QStringList{QStringLiteral("keyless-lab")} + invocation.args)) {
        err << tr("keyless lab: %1\n").arg(parser.errorText()) << usage();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (action == QLatin1String("list") && positional.size() == 1)
        return runList(parser, invocation, out, err);
    if (action == QLatin1String("check"))
        return runCheck(parser, invocation, out, err);
    err << usage();
    return 2;
}

} // namespace Keyless::Cli
