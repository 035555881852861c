#include "lab/labconsole.h"

#include "lab/labsession.h"
#include "shell/session.h"

namespace Keyless::Lab {

struct LabConsole::Private {
    explicit Private(const Sim::World &initial)
        : world(initial)
        , shell(world)
    {
    }

    Sim::World world; // declared before shell: the session keeps a reference to it
    Shell::Session shell;
};

LabConsole::LabConsole(const Sim::World &world)
    : m_impl(std::make_unique<Private>(world))
{
}

LabConsole::~LabConsole() = default;

Sim::World &LabConsole::world()
{
    return m_impl->world;
}

const Sim::World &LabConsole::world() const
{
    return m_impl->world;
}

void LabConsole::reset(const Sim::World &world)
{
    m_impl->world = world;
    m_impl->shell.setWorld(m_impl->world, true);
}

QStringList LabConsole::completions(const QString &line) const
{
    return m_impl->shell.completions(line);
}

CommandOutcome LabConsole::run(const QString &text)
{
    const Shell::RunResult result = m_impl->shell.run(text);
    CommandOutcome outcome;
    outcome.command = text;
    outcome.exitStatus = result.exitStatus;
    outcome.output = result.text();
    outcome.standardOutput = result.stdoutText();
    outcome.standardError = result.stderrText();
    return outcome;
}

} // namespace Keyless::Lab
