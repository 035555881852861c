#pragma once

#include <QStringList>

class QTextStream;

namespace Keyless::Cli {

// The subcommands that run without a display. main() asks isHeadlessCommand() before it creates any
// GUI object, then calls runHeadless() on a QCoreApplication.
bool isHeadlessCommand(const QString &name);
QStringList headlessCommandNames();

// `args` are the words after the subcommand name (e.g. for `keyless lab check x` it is {"check", "x"}).
// `globalDb` is the value of the top-level `--db` option (empty when not given); `labDirs` the values of
// the top-level `--labs` option (a subcommand may add its own).
// Returns the process exit status.
struct Invocation {
    QStringList args;
    QString globalDb;
    QString language;
    QStringList labDirs;
};
int runHeadless(const QString &name, const Invocation &invocation, QTextStream &out, QTextStream &err);

// One entry point per subcommand; each lives in its own file.
int runScriptCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runLabCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);
int runProgressCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace Keyless::Cli
