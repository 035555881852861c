#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Keyless::Shell {

class Interpreter;

enum class Channel { Stdout, Stderr };

// One piece of terminal output, in the order it was written.
struct OutputChunk {
    Channel channel = Channel::Stdout;
    QString text;
};

using Writer = std::function<void(const QString &)>;

// What a command sees when it runs: its arguments (without its own name), standard input from a pipe,
// the exported environment (plus NAME=value prefixes of this command), and where to write.
struct CommandContext {
    QString name;
    QStringList args;
    QString input;
    bool inputIsPipe = false; // false: stdin is the (empty) terminal
    QHash<QString, QString> environment;
    Writer out;
    Writer err;
    Interpreter *shell = nullptr;

    void print(const QString &line) const { out(line + QLatin1Char('\n')); }
    void printError(const QString &line) const { err(line + QLatin1Char('\n')); }
};

// Returns the command's exit status.
using CommandFunction = std::function<int(CommandContext &)>;

// One executed simple command, for the lab's command log and the UI.
struct CommandRecord {
    QString source;          // the command as written in the script (before expansion)
    QStringList argv;        // after expansion; empty for a bare assignment
    QDateTime simulatedTime; // when it started, on the simulated clock
    int exitStatus = 0;
    int nestingLevel = 0; // 0: typed at the prompt / in the script; >0: inside $(…) or exec
    QString location;     // empty on the learner's machine; a resource id inside `exec`
};

} // namespace Keyless::Shell
