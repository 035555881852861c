#include "lab/labsession.h"

#include "lab/checkcontext.h"
#include "lab/labconsole.h"
#include "lab/labworld.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace Keyless::Lab {

namespace {

// What a check checks, in a few words for the learner: an app setting by its name and state, any other check by what
// its kind checks.
QString whatIsChecked(const CheckSpec &spec, const CheckRegistry::Kind *kind, const LabNames &names)
{
    if (spec.check == QLatin1String("app-setting")) {
        const QJsonObject params = names.apply(spec.params);
        const QString state = params.value(QStringLiteral("state")).toString(QStringLiteral("present"));
        const QString is = state == QLatin1String("absent")    ? QStringLiteral("is absent")
                           : state == QLatin1String("present") ? QStringLiteral("is present")
                                                               : QStringLiteral("has the expected value");
        return QStringLiteral("The app setting %1 of %2 %3")
            .arg(params.value(QStringLiteral("name")).toString(), params.value(QStringLiteral("resource")).toString(),
                 is);
    }
    QString what = kind ? kind->description : spec.check;
    if (what.endsWith(QLatin1Char('.')))
        what.chop(1);
    return what;
}

} // namespace

Q_LOGGING_CATEGORY(lcLabSession, "keyless.lab.session")

LabSession::LabSession(std::shared_ptr<const LabDefinition> lab, const CheckRegistry &registry, quint64 seed,
                       QObject *parent)
    : QObject(parent)
    , m_lab(std::move(lab))
    , m_registry(registry)
    , m_seed(seed)
{
    LabInstance instance = LabWorld::instantiate(*m_lab, m_seed);
    m_names = instance.names;
    m_errors = instance.errors;
    m_console = std::make_unique<LabConsole>(instance.world);
    for (const LabFault &fault : m_lab->faults) {
        for (const QString &command : fault.commands) {
            const CommandOutcome outcome = m_console->run(m_names.apply(command));
            // Faults break things, so a failing command is normal (an invoke that gets 403); a usage
            // error (2), a missing resource (3) or an unknown command (127) means the lab is wrong.
            if (outcome.exitStatus == 2 || outcome.exitStatus == 3 || outcome.exitStatus == 127) {
                m_errors << QStringLiteral("fault %1: \"%2\" failed (%3): %4")
                                .arg(fault.id, command)
                                .arg(outcome.exitStatus)
                                .arg(outcome.output.trimmed());
            }
        }
    }
    m_initial = m_console->world();
    m_traceBegin = m_initial.trace().size();
    m_lastBegin = m_lastEnd = m_traceBegin;
    for (const QString &error : std::as_const(m_errors))
        qCWarning(lcLabSession) << m_lab->id << error;
    m_baseline = evaluate(*m_lab, m_registry, m_names, m_console->world(), m_traceBegin, m_hints);
    m_evaluation = evaluate(*m_lab, m_registry, m_names, m_console->world(), m_traceBegin, m_hints, &m_baseline);
}

LabSession::~LabSession() = default;

std::unique_ptr<LabSession> LabSession::replay(std::shared_ptr<const LabDefinition> lab, const CheckRegistry &registry,
                                               const LabAttempt &attempt,
                                               const std::function<void(const CommandOutcome &)> &replayed)
{
    auto session = std::make_unique<LabSession>(std::move(lab), registry, attempt.seed);
    const QString hintPrefix = hintMarker(QString());
    const QString jqPrefix = jqStoppedMarker({});
    for (qsizetype i = 0; i < attempt.commands.size(); ++i) {
        const QString &command = attempt.commands.at(i);
        if (command.startsWith(hintPrefix)) {
            session->revealHint(command.mid(hintPrefix.size()).trimmed());
        } else if (!command.startsWith(jqPrefix)) { // a jq marker is read with the command before it
            QList<int> stopped;
            const QString next = attempt.commands.value(i + 1);
            if (next.startsWith(jqPrefix)) {
                for (const QString &number : next.mid(jqPrefix.size()).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    stopped << number.toInt();
            }
            const CommandOutcome outcome = session->runCommand(command, stopped);
            if (replayed)
                replayed(outcome);
        }
    }
    for (auto it = attempt.hintsUsed.cbegin(); it != attempt.hintsUsed.cend(); ++it) {
        if (it.value() > session->m_hints.value(it.key()))
            session->m_hints[it.key()] = it.value();
    }
    session->reevaluate();
    return session;
}

const Sim::World &LabSession::world() const
{
    return m_console->world();
}

QList<Sim::TraceEvent> LabSession::lastTrace() const
{
    return m_console->world().trace().events().mid(m_lastBegin, m_lastEnd - m_lastBegin);
}

QList<Sim::TraceEvent>
LabSession::lastTraceWhere(const std::function<bool(const QList<Sim::TraceEvent> &)> &wanted) const
{
    const QList<Sim::TraceEvent> &events = m_console->world().trace().events();
    for (auto it = m_commandTraces.crbegin(); it != m_commandTraces.crend(); ++it) {
        const QList<Sim::TraceEvent> part = events.mid(it->first, it->second - it->first);
        if (wanted(part))
            return part;
    }
    return {};
}

CommandOutcome LabSession::runCommand(const QString &text)
{
    return runCommand(text, {});
}

CommandOutcome LabSession::runCommand(const QString &text, const QList<int> &skipJqFilters)
{
    const int before = m_console->world().trace().size();
    CommandOutcome outcome = m_console->run(text, skipJqFilters);
    outcome.command = text;
    outcome.traceBegin = before;
    outcome.traceEnd = m_console->world().trace().size();
    m_lastBegin = outcome.traceBegin;
    m_lastEnd = outcome.traceEnd;
    m_commandTraces.append({outcome.traceBegin, outcome.traceEnd});
    m_commands << text;
    if (!outcome.limitedJqFilters.isEmpty())
        m_commands << jqStoppedMarker(outcome.limitedJqFilters);
    Q_EMIT commandFinished(outcome);
    reevaluate();
    return outcome;
}

QString LabSession::hintMarker(const QString &taskId)
{
    return QStringLiteral("# keyless:hint ") + taskId;
}

QString LabSession::jqStoppedMarker(const QList<int> &filters)
{
    QStringList numbers;
    for (const int number : filters)
        numbers << QString::number(number);
    return QStringLiteral("# keyless:jq-stopped ") + numbers.join(QLatin1Char(' '));
}

bool LabSession::isMarker(const QString &entry)
{
    return entry.startsWith(hintMarker(QString())) || entry.startsWith(jqStoppedMarker({}));
}

QStringList LabSession::completions(const QString &line) const
{
    return m_console->completions(line);
}

QString LabSession::revealHint(const QString &taskId)
{
    const LabTask *task = m_lab->task(taskId);
    if (!task)
        return {};
    const int used = m_hints.value(taskId);
    if (used >= task->hints.size())
        return {};
    m_hints[taskId] = used + 1;
    m_commands << hintMarker(taskId);
    const QString hint = resolve(task->hints.at(used));
    Q_EMIT hintRevealed(taskId, hint);
    reevaluate();
    return hint;
}

QStringList LabSession::revealedHints(const QString &taskId) const
{
    const LabTask *task = m_lab->task(taskId);
    if (!task)
        return {};
    QStringList result;
    for (int i = 0; i < m_hints.value(taskId) && i < task->hints.size(); ++i)
        result << resolve(task->hints.at(i));
    return result;
}

void LabSession::reset()
{
    m_console->reset(m_initial);
    m_commands.clear();
    m_commandTraces.clear();
    m_lastBegin = m_lastEnd = m_traceBegin;
    Q_EMIT worldReset();
    reevaluate();
}

LabAttempt LabSession::attempt() const
{
    return LabAttempt{m_lab->id, m_seed, m_commands, m_hints};
}

void LabSession::reevaluate()
{
    m_evaluation = evaluate(*m_lab, m_registry, m_names, m_console->world(), m_traceBegin, m_hints, &m_baseline);
    Q_EMIT checksReevaluated(m_evaluation);
}

LabEvaluation LabSession::evaluate(const LabDefinition &lab, const CheckRegistry &registry, const LabNames &names,
                                   const Sim::World &world, int traceBegin, const QMap<QString, int> &hints,
                                   const LabEvaluation *baseline)
{
    LabEvaluation evaluation;
    QHash<QString, Sim::WorkloadResult> invocations;
    const CheckContext context{world, traceBegin, &invocations};
    double progress = 0.0;
    for (const LabTask &task : lab.tasks) {
        TaskResult result;
        result.taskId = task.id;
        result.title = names.apply(task.title);
        result.points = task.points;
        result.hintsUsed = hints.value(task.id);
        bool allPassed = true;
        for (const CheckSpec &spec : task.checks) {
            CheckResult check;
            check.check = spec.check;
            check.weight = spec.weight;
            const CheckRegistry::Kind *kind = registry.find(spec.check);
            if (!kind) {
                check.feedback = QStringLiteral("unknown check \"%1\"").arg(spec.check);
            } else {
                CheckSpec resolved = spec;
                resolved.params = names.apply(spec.params);
                const CheckOutcome outcome = kind->evaluate(resolved, context);
                check.passed = outcome.passed;
                check.subjectMissing = outcome.subjectMissing;
                if (!outcome.passed)
                    check.feedback = spec.feedback.isEmpty() ? outcome.feedback : names.apply(spec.feedback);
            }
            allPassed = allPassed && check.passed;
            result.checks << check;
        }
        // A check that was already true at the start (a key-based invoke that works, a trace that lacks
        // nothing) says nothing about the learner's work: it counts only once the whole task passes. Nor
        // does a constraint that holds only because its subject has just come into being (no role is too
        // broad for an identity that was only now turned on): it was no violation that got fixed.
        const TaskResult *before = baseline ? baseline->task(task.id) : nullptr;
        if (!allPassed && before && before->checks.size() == result.checks.size()) {
            for (qsizetype i = 0; i < result.checks.size(); ++i) {
                CheckResult &check = result.checks[i];
                const CheckResult &start = before->checks.at(i);
                if (!check.passed)
                    continue;
                // Each says which check it holds back (QA: "This was already true…" alone, in a list of feedback).
                const CheckSpec &spec = task.checks.at(i);
                const CheckRegistry::Kind *kind = registry.find(spec.check);
                if (start.passed) {
                    check.passed = false;
                    check.feedback = QStringLiteral("%1 — true already when the lab started, so it counts once the "
                                                    "rest of this task is done.")
                                         .arg(whatIsChecked(spec, kind, names));
                } else if (start.subjectMissing && kind && kind->constrains(spec)) {
                    check.passed = false;
                    check.feedback = QStringLiteral("%1 — true for now only because there was nothing to judge when "
                                                    "the lab started; it counts once the rest of this task is done.")
                                         .arg(whatIsChecked(spec, kind, names));
                }
            }
        }
        double total = 0.0;
        double passed = 0.0;
        for (const CheckResult &check : std::as_const(result.checks)) {
            total += check.weight;
            if (check.passed)
                passed += check.weight;
        }
        result.fraction = total > 0.0 ? passed / total : 0.0;
        result.passed = allPassed;
        const double penalty = qMax(0.0, 1.0 - lab.hintPenalty * result.hintsUsed);
        result.earned = task.points * result.fraction * penalty;
        progress += task.points * result.fraction;
        evaluation.maxScore += task.points;
        evaluation.score += result.earned;
        if (result.passed)
            ++evaluation.passedTasks;
        evaluation.tasks << result;
    }
    if (evaluation.maxScore > 0) {
        evaluation.completion = 100.0 * progress / evaluation.maxScore;
    } else if (!evaluation.tasks.isEmpty()) {
        evaluation.completion = 100.0 * evaluation.passedTasks / evaluation.tasks.size();
    }
    return evaluation;
}

} // namespace Keyless::Lab
