#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;

namespace Keyless::Shell {

// The console's `jq`: the real jq 1.6 (libjq), run by the keyless-jq worker process next to the app. A filter can
// run for ever (`repeat(1)`, `last(range(1e12))`), take all memory (`[range(1e10)]`) or trip an assertion in libjq;
// in the app's own process each of these froze or ended the app (QA). The worker is started once and kept; a filter
// that outlives the time limit is stopped with its worker (the next `jq` starts a new one), a worker that dies is
// reported as jq's error, and the console goes on. jq's `env` sees the console's environment, not the machine's.
class JqRunner final
{
public:
    struct Result {
        QString out;
        QString err;
        int status = 0;
        // The filter did not end by itself: stopped at the time limit, cut at the output limit, or its worker died.
        bool limited = false;
    };

    static constexpr int DefaultTimeLimitMs = 5000;

    JqRunner();
    ~JqRunner();
    JqRunner(const JqRunner &) = delete;
    JqRunner &operator=(const JqRunner &) = delete;

    // `args` are jq's own command-line arguments (options, filter, optional file contents already read).
    Result run(const QStringList &args, const QString &input, const QHash<QString, QString> &environment = {});
    // What run() answers for a filter stopped at the time limit, without running one.
    Result stoppedResult() const;

    void setTimeLimit(int milliseconds) { m_timeLimitMs = milliseconds; }
    int timeLimit() const { return m_timeLimitMs; }
    // The worker's process id while one runs (tests: a stopped filter takes its worker with it), else 0.
    qint64 workerProcessId() const;
    // Next to the running program, else where the build put it.
    static QString workerPath();

private:
    bool ensureWorker(QString *error);
    enum class Stop { Politely, Now }; // Politely: close its input and let it end; Now: kill it
    void stopWorker(Stop how = Stop::Politely);

    std::unique_ptr<QProcess> m_worker;
    int m_timeLimitMs = DefaultTimeLimitMs;
};

} // namespace Keyless::Shell
