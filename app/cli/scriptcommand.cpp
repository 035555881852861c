#include "cli/headless.h"

#include <QTextStream>

namespace Keyless::Cli {

int runScriptCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(invocation)
    Q_UNUSED(out)
    err << "keyless script: not available yet\n";
    return 2;
}

} // namespace Keyless::Cli
