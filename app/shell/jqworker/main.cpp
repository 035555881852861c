// keyless-jq: runs the console's `jq` filters for JqRunner, one request after another, in a process of its own, so
// that a filter that never ends, eats all memory or trips libjq can be stopped without the app (see jqrunner.h).
// Protocol on stdin/stdout: frames of a quint64 length and a QDataStream (see jqprotocol.h).
#include "shell/jqengine.h"
#include "shell/jqprotocol.h"

#include <QByteArray>
#include <QDataStream>
#include <QHash>

#include <cstdio>
#include <cstdlib>

namespace {

bool readExactly(char *data, size_t size)
{
    while (size > 0) {
        const size_t n = std::fread(data, 1, size, stdin);
        if (n == 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

// jq's `env` and `$ENV` read this process's environment: it is the console's, never the machine's.
void useEnvironment(const QHash<QString, QString> &environment)
{
    clearenv();
    for (auto it = environment.begin(); it != environment.end(); ++it)
        setenv(it.key().toUtf8().constData(), it.value().toUtf8().constData(), 1);
}

} // namespace

int main()
{
    using namespace Keyless::Shell;
    clearenv();
    JqEngine engine;
    while (true) {
        quint64 length = 0;
        if (!readExactly(reinterpret_cast<char *>(&length), sizeof length) || length > JqProtocol::MaxFrame)
            return 0; // the app closed the pipe (or is not speaking this protocol)
        QByteArray frame(qsizetype(length), Qt::Uninitialized);
        if (!readExactly(frame.data(), size_t(length)))
            return 0;
        JqProtocol::Request request;
        if (!JqProtocol::decode(frame, request))
            return 2;
        useEnvironment(request.environment);
        const JqEngine::Result result = engine.run(request.args, request.input);
        const QByteArray reply = JqProtocol::encode(JqProtocol::Reply{result.out, result.err, result.status});
        const quint64 replyLength = quint64(reply.size());
        if (std::fwrite(&replyLength, sizeof replyLength, 1, stdout) != 1 ||
            std::fwrite(reply.constData(), 1, size_t(reply.size()), stdout) != size_t(reply.size()) ||
            std::fflush(stdout) != 0)
            return 0;
    }
}
