#include "cli/headless.h"

#include <QTextStream>

namespace Keyless::Cli {

QStringList headlessCommandNames()
{
    return {QStringLiteral("script"), QStringLiteral("lab"), QStringLiteral("progress")};
}

bool isHeadlessCommand(const QString &name)
{
    return headlessCommandNames().contains(name);
}

int runHeadless(const QString &name, const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    if (name == QLatin1String("script"))
        return runScriptCommand(invocation, out, err);
    if (name == QLatin1String("lab"))
        return runLabCommand(invocation, out, err);
    if (name == QLatin1String("progress"))
        return runProgressCommand(invocation, out, err);
    err << "keyless: unknown command '" << name << "'\n";
    return 2;
}

} // namespace Keyless::Cli
