#include "cli/headless.h"

#include <QTextStream>

namespace Keyless::Cli {

int runLabCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    Q_UNUSED(invocation)
    Q_UNUSED(out)
    err << "keyless lab: not available yet\n";
    return 2;
}

} // namespace Keyless::Cli
