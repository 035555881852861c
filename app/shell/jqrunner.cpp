#include "shell/jqrunner.h"

#include "shell/jqengine.h"
#include "shell/jqprotocol.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace Keyless::Shell {

namespace {
// jq's usual output for a filter that is stopped from outside is none at all; the console says why.
QString stoppedAfter(int milliseconds)
{
    return QStringLiteral("jq: error: the filter was stopped after %1 s: the console lets a command run no longer\n")
        .arg(milliseconds / 1000.0, 0, 'g', 3);
}
} // namespace

JqRunner::JqRunner() = default;

JqRunner::~JqRunner()
{
    stopWorker();
}

QString JqRunner::workerPath()
{
    if (QCoreApplication::instance()) {
        const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/keyless-jq");
        if (QFileInfo(beside).isExecutable())
            return beside;
    }
    return QStringLiteral(KEYLESS_JQ_WORKER);
}

qint64 JqRunner::workerProcessId() const
{
    return m_worker && m_worker->state() == QProcess::Running ? m_worker->processId() : 0;
}

bool JqRunner::ensureWorker(QString *error)
{
    if (m_worker && m_worker->state() == QProcess::Running)
        return true;
    stopWorker();
    const QString program = workerPath();
    if (!QFileInfo(program).isExecutable()) {
        *error =
            QStringLiteral("jq: error: the jq worker %1 is missing; build Keyless again (scripts/run)\n").arg(program);
        return false;
    }
    m_worker = std::make_unique<QProcess>();
    m_worker->setProgram(program);
    m_worker->setProcessEnvironment(QProcessEnvironment()); // nothing of the machine's: each request brings its own
    m_worker->setProcessChannelMode(QProcess::SeparateChannels);
#if defined(Q_OS_UNIX) && !defined(KEYLESS_SANITIZE)
    // A filter that builds an enormous value fails in the worker, not in the machine (sanitizers map far more).
    m_worker->setChildProcessModifier([] {
        const rlimit limit{rlim_t(2) << 30, rlim_t(2) << 30};
        ::setrlimit(RLIMIT_AS, &limit);
    });
#endif
    m_worker->start(QIODevice::ReadWrite);
    if (!m_worker->waitForStarted(5000)) {
        *error =
            QStringLiteral("jq: error: the jq worker %1 did not start: %2\n").arg(program, m_worker->errorString());
        stopWorker();
        return false;
    }
    return true;
}

void JqRunner::stopWorker(Stop how)
{
    if (!m_worker)
        return;
    if (m_worker->state() != QProcess::NotRunning) {
        if (how == Stop::Politely)
            m_worker->closeWriteChannel(); // a worker between requests ends by itself
        if (how == Stop::Now || !m_worker->waitForFinished(200)) {
            m_worker->kill();
            m_worker->waitForFinished(2000);
        }
    }
    m_worker.reset();
}

JqRunner::Result JqRunner::run(const QStringList &args, const QString &input,
                               const QHash<QString, QString> &environment)
{
    Result result;
    if (!ensureWorker(&result.err)) {
        result.status = 2;
        return result;
    }
    const QByteArray request = JqProtocol::encode(JqProtocol::Request{args, input, environment});
    const quint64 length = quint64(request.size());
    m_worker->write(reinterpret_cast<const char *>(&length), sizeof length);
    m_worker->write(request);

    const auto failed = [&result](const QString &message) {
        result.err = message;
        result.status = 5;
        result.limited = true;
        return result;
    };
    QDeadlineTimer deadline(m_timeLimitMs);
    QByteArray reply; // the frame read so far: its length, then its data
    quint64 replyLength = 0;
    while (true) {
        reply += m_worker->readAllStandardOutput();
        if (replyLength == 0 && reply.size() >= qsizetype(sizeof replyLength))
            std::memcpy(&replyLength, reply.constData(), sizeof replyLength);
        if (replyLength > 0 && reply.size() >= qsizetype(sizeof replyLength + replyLength))
            break;
        if (m_worker->state() != QProcess::Running) {
            stopWorker(Stop::Now);
            return failed(QStringLiteral("jq: error: jq ended abnormally on this filter; nothing else was lost\n"));
        }
        if (deadline.hasExpired()) {
            stopWorker(Stop::Now);
            return stoppedResult();
        }
        m_worker->waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
    }
    JqProtocol::Reply decoded;
    if (!JqProtocol::decode(reply.mid(sizeof replyLength, qsizetype(replyLength)), decoded)) {
        stopWorker(Stop::Now);
        return failed(QStringLiteral("jq: error: the jq worker's answer could not be read\n"));
    }
    // The engine keeps the output that went past its limit (and says so): the filter was cut, not done.
    return {decoded.out, decoded.err, decoded.status, decoded.out.size() > JqEngine::MaxOutput};
}

JqRunner::Result JqRunner::stoppedResult() const
{
    return {QString(), stoppedAfter(m_timeLimitMs), 5, true};
}

} // namespace Keyless::Shell
