#pragma once

#include "lab/checkregistry.h"
#include "lab/labdefinition.h"
#include "lab/labnames.h"
#include "lab/labresult.h"
#include "shell/commandcontext.h"
#include "sim/trace.h"
#include "sim/world.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace Keyless::Lab {

class LabConsole;

// What one console entry did.
struct CommandOutcome {
    QString command;
    int exitStatus = 0;
    QString output; // stdout and stderr interleaved, as a terminal shows them
    QString standardOutput;
    QString standardError;
    QList<Shell::OutputChunk> chunks; // both channels in the order they were written
    // The first top-level command that exited non-zero (empty when none did), its status and its line in the
    // script (1-based; 0 when it could not be placed). A parse error is not a command: see exitStatus and stderr.
    QString failedCommand;
    int failedStatus = 0;
    int failedLine = 0;
    int traceBegin = 0; // the events this command added: world().trace().events()[traceBegin, traceEnd)
    int traceEnd = 0;
    // Its jq filters that did not end by themselves (stopped at the time limit, …), by number in the command
    // (Shell::Interpreter::limitedJqFilters); the log notes them after the command (LabSession::jqStoppedMarker).
    QList<int> limitedJqFilters;
};

// One running lab: the world for a seed (randomised names, faults applied), the console that changes
// it, and the evaluation of every check after every command. This is the engine the lab workspace
// drives; the headless `keyless lab check` uses it too.
//
// Contract: the world only changes through runCommand() (and reset()); after each runCommand() every
// check is re-evaluated and checksReevaluated() is emitted before runCommand() returns. reset()
// restores the world right after the faults (a copy, so it is instant), clears the command log and
// re-evaluates; hints already revealed stay revealed (they were seen).
class LabSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabSession)

public:
    LabSession(std::shared_ptr<const LabDefinition> lab, const CheckRegistry &registry, quint64 seed,
               QObject *parent = nullptr);
    ~LabSession() override;

    // Replays an attempt (lab id must match `lab`): the same seed, the same commands, the same hints
    // (hint markers in the command log reveal hints; attempt.hintsUsed is honoured as well). `replayed` is handed
    // each command's outcome in order, markers left out (the workspace shows them as they were first printed).
    static std::unique_ptr<LabSession> replay(std::shared_ptr<const LabDefinition> lab, const CheckRegistry &registry,
                                              const LabAttempt &attempt,
                                              const std::function<void(const CommandOutcome &)> &replayed = {});

    const LabDefinition &lab() const { return *m_lab; }
    quint64 seed() const { return m_seed; }
    const LabNames &names() const { return m_names; }
    // A lab text (story, instructions, hint) with this instance's names filled in.
    QString resolve(const QString &text) const { return m_names.apply(text); }

    // Problems building the world or applying faults (a fault command that exits 2, 3 or 127). The
    // loader cannot see them: a fault may use a command the console does not have yet.
    const QStringList &errors() const { return m_errors; }
    // The first of errors(), or "" when the lab set up cleanly. A lab whose world or faults failed is
    // unusable: its checks would grade a world the author did not intend (`lab check` exits 2, the UI
    // shows this instead of the workspace).
    QString setupError() const { return m_errors.value(0); }
    bool isUsable() const { return m_errors.isEmpty(); }

    const Sim::World &world() const;
    // Index of the first trace event the learner produced (events before it come from the faults).
    int traceBegin() const { return m_traceBegin; }
    // The events of the most recent command, for the flow view.
    QList<Sim::TraceEvent> lastTrace() const;
    // The events of the most recent command whose events satisfy `wanted` (a resumed lab shows the last run its
    // replay made, not an empty flow), or none.
    QList<Sim::TraceEvent> lastTraceWhere(const std::function<bool(const QList<Sim::TraceEvent> &)> &wanted) const;

    CommandOutcome runCommand(const QString &text);
    // Console entries in order, including one hintMarker() per revealed hint and a jqStoppedMarker() after a command
    // whose jq filters did not end, so that the log alone replays the attempt (hints included) and a replay answers
    // those filters as stopped instead of waiting for them again.
    const QStringList &commandLog() const { return m_commands; }
    // "# keyless:hint <taskId>": a shell comment, so running it as a command changes nothing.
    static QString hintMarker(const QString &taskId);
    // "# keyless:jq-stopped 1 3": the numbers of the previous entry's jq filters that did not end by themselves.
    static QString jqStoppedMarker(const QList<int> &filters);
    // A hint or jq marker: an entry of the log that is not a command the learner ran.
    static bool isMarker(const QString &entry);

    // Tab completion for the console (commands, az groups and flags, $VARIABLES, resource names).
    QStringList completions(const QString &line) const;

    const LabEvaluation &evaluation() const { return m_evaluation; }
    double completion() const { return m_evaluation.completion; }

    // Reveals the next hint of a task and returns it (resolved), or "" when none is left.
    QString revealHint(const QString &taskId);
    int hintsUsed(const QString &taskId) const { return m_hints.value(taskId); }
    QStringList revealedHints(const QString &taskId) const;

    void reset();
    LabAttempt attempt() const;

    // Evaluates every task of `lab` against a world; `names` resolves the checks' {{placeholders}}.
    // With a `baseline` (the evaluation of the world the learner started in), a check that already
    // passed at the start earns nothing until its whole task passes: doing nothing scores 0.
    static LabEvaluation evaluate(const LabDefinition &lab, const CheckRegistry &registry, const LabNames &names,
                                  const Sim::World &world, int traceBegin, const QMap<QString, int> &hints,
                                  const LabEvaluation *baseline = nullptr);
    // The raw evaluation of the world right after the faults (no baseline applied).
    const LabEvaluation &baseline() const { return m_baseline; }

Q_SIGNALS:
    void checksReevaluated(const Keyless::Lab::LabEvaluation &evaluation);
    void commandFinished(const Keyless::Lab::CommandOutcome &outcome);
    void hintRevealed(const QString &taskId, const QString &hint);
    void worldReset();

private:
    CommandOutcome runCommand(const QString &text, const QList<int> &skipJqFilters);
    void reevaluate();

    std::shared_ptr<const LabDefinition> m_lab;
    const CheckRegistry &m_registry;
    quint64 m_seed = 1;
    LabNames m_names;
    QStringList m_errors;
    Sim::World m_initial; // after faults: what reset() returns to
    std::unique_ptr<LabConsole> m_console;
    int m_traceBegin = 0;
    int m_lastBegin = 0;
    int m_lastEnd = 0;
    QList<std::pair<int, int>> m_commandTraces; // each command's [begin, end) in the world's trace
    QStringList m_commands;
    QMap<QString, int> m_hints;
    LabEvaluation m_baseline;
    LabEvaluation m_evaluation;
};

} // namespace Keyless::Lab
