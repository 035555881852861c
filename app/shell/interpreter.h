#pragma once

#include "shell/ast.h"
#include "shell/commandcontext.h"
#include "shell/jqrunner.h"

#include <QHash>
#include <QMap>

#include <memory>

namespace Keyless::Shell {

struct RunResult {
    QList<OutputChunk> output;
    int exitStatus = 0;

    QString stdoutText() const;
    QString stderrText() const;
    // Both channels interleaved, as a terminal shows them.
    QString text() const;
};

// The bash-subset interpreter. It knows nothing of the simulated cloud: `az`, `curl`, `exec`, … are
// registered by Session; the interpreter provides variables, expansion, control operators, pipes, the
// text builtins (echo, grep, head, wc, jq, …) and a small in-memory file system for redirections and
// `--file` arguments. It is synchronous and deterministic: nothing reads the wall clock.
class Interpreter final
{
public:
    // The most simulated time one `sleep` may wait (365 days); more is refused with an error.
    static constexpr qint64 MaxSleepSeconds = 365LL * 86400;
    // The longest text one word, variable, file, pipe or $(…) may hold (4 Mi characters; a token is about 1,500),
    // the longest command line (two of those), the most all variables and files together may hold, and the most
    // one run may print. Past them the console refuses with a message instead of growing until the process runs
    // out of memory (QA: `X=$X$X` 28 times; 100 words of 4 Mi on one line).
    static constexpr qsizetype MaxTextLength = qsizetype(1) << 22;
    static constexpr qsizetype MaxCommandLine = 2 * MaxTextLength;
    static constexpr qsizetype MaxStoredText = qsizetype(1) << 25;
    static constexpr qsizetype MaxRunOutput = qsizetype(1) << 24;

    struct Hooks {
        std::function<void(qint64 milliseconds)> advanceClock; // `sleep`
        std::function<QDateTime()> now;                        // stamps CommandRecord
        std::function<void(const CommandRecord &)> commandExecuted;
    };

    // A place commands can run in: `exec RESOURCE -- …` runs inside a compute resource with its own
    // environment. An empty location is the learner's own machine.
    struct Scope {
        QString location;
        QHash<QString, QString> environment;
    };

    Interpreter();
    ~Interpreter();
    Interpreter(const Interpreter &) = delete;
    Interpreter &operator=(const Interpreter &) = delete;

    void setHooks(Hooks hooks);

    void registerCommand(const QString &name, CommandFunction function, const QString &summary);
    bool hasCommand(const QString &name) const;
    QStringList commandNames() const; // sorted
    QString commandSummary(const QString &name) const;

    // Runs a script (one line or many) and collects what a terminal would show.
    RunResult run(const QString &script);
    // The same, streaming each chunk as it is written.
    int run(const QString &script, const Writer &out, const Writer &err);

    // Runs `script` / `argv` inside `scope` (used by `exec`). Variables set inside do not leak out.
    int runInScope(const QString &script, const Scope &scope, const CommandContext &caller);
    int runArgvInScope(const QStringList &argv, const Scope &scope, const CommandContext &caller);
    QString location() const; // current scope's location; empty outside any resource

    // Shell variables. Exported ones form the environment of commands.
    QString variable(const QString &name) const;
    bool hasVariable(const QString &name) const;
    void setVariable(const QString &name, const QString &value);
    void exportVariable(const QString &name);
    void unsetVariable(const QString &name);
    QStringList variableNames() const;
    QHash<QString, QString> environment() const;
    int lastStatus() const { return m_lastStatus; }
    bool errexit() const { return m_errexit; }

    // In-memory files ("./local.txt", "/tmp/x"); paths are normalised ("./a" == "a").
    bool hasFile(const QString &path) const;
    QString readFile(const QString &path) const;
    void writeFile(const QString &path, const QString &contents, bool append = false);
    QStringList fileNames() const;
    static QString normalizePath(const QString &path);

    // The console's jq: every filter runs through runJq() (textcommands.cpp).
    JqRunner &jqRunner() { return *m_jq; }
    JqRunner::Result runJq(const QStringList &args, const QString &input, const QHash<QString, QString> &environment);
    // The jq filters of the last top-level run() that did not end by themselves (JqRunner::Result::limited), by their
    // number among its filters (1, 2, …). A run is deterministic, so a replay of it can name them beforehand: they
    // are answered as stopped at once, not after the time limit again (QA: each endless filter in a lab's log held
    // up its resume for 5 s). skipJqFilters() applies to the next top-level run() only.
    const QList<int> &limitedJqFilters() const { return m_jqLimited; }
    void skipJqFilters(const QList<int> &numbers) { m_jqToSkip = numbers; }

    // Runs the simple command `argv` as if typed (used by `exec` and tests).
    int runArgv(const QStringList &argv, const QString &input, bool inputIsPipe, const Writer &out, const Writer &err);

private:
    struct Frame {
        bool exitRequested = false;
        int exitStatus = 0;
        int depth = 0;
    };
    struct Expansion {
        QStringList fields;
        bool ok = true;
    };
    // A sink that keeps the first MaxTextLength characters written to it and notes whether more came.
    struct CappedBuffer {
        QString text;
        bool overflowed = false;
        Writer writer();
    };
    // Stores a variable or a file if the stored text stays within MaxStoredText; else says so on `err`.
    bool storeVariable(const QString &name, const QString &value, const Writer &err);
    bool storeFile(const QString &path, const QString &contents, bool append, const Writer &err);
    bool storeFits(qsizetype oldSize, qsizetype newSize, const Writer &err) const;

    int runText(const QString &script, const Writer &out, const Writer &err, Frame &frame);
    int runList(const AndOrList &list, const Writer &out, const Writer &err, Frame &frame, bool &errexitApplies);
    int runPipeline(const Pipeline &pipeline, const Writer &out, const Writer &err, Frame &frame);
    int runSimple(const SimpleCommand &command, const QString &input, bool inputIsPipe, const Writer &out,
                  const Writer &err, Frame &frame);
    int dispatch(const QStringList &argv, const QHash<QString, QString> &prefix, const QString &input, bool inputIsPipe,
                 const Writer &out, const Writer &err, Frame &frame);
    Expansion expandWord(const Word &word, bool split, const Writer &err, Frame &frame);
    QString commandSubstitution(const QString &script, const Writer &err, Frame &frame);
    void registerBuiltins();
    void record(const QString &source, const QStringList &argv, const QDateTime &start, int status, int depth);
    QDateTime now() const;

    struct Entry {
        CommandFunction function;
        QString summary;
    };
    QMap<QString, Entry> m_commands;
    QHash<QString, QString> m_variables;
    QSet<QString> m_exported;
    QMap<QString, QString> m_files;
    QStringList m_locations;
    Hooks m_hooks;
    std::unique_ptr<JqRunner> m_jq = std::make_unique<JqRunner>();
    int m_jqFilters = 0; // jq filters run in the current top-level run
    QList<int> m_jqLimited;
    QList<int> m_jqToSkip;
    QList<int> m_jqSkipping; // m_jqToSkip, taken by the current top-level run
    int m_lastStatus = 0;
    int m_substitutionStatus = -1; // status of the last $(…) in the current command, -1 if none
    bool m_errexit = false;
    int m_depth = 0;
};

} // namespace Keyless::Shell
