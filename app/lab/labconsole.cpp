#include "lab/labconsole.h"

#include "lab/labsession.h"
#include "shell/commandcontext.h"
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

CommandOutcome LabConsole::run(const QString &text, const QList<int> &skipJqFilters)
{
    CommandOutcome outcome;
    const QStringList lines = text.split(QLatin1Char('\n'));
    int nextLine = 0; // commands arrive in script order: look for each one from where the previous one was
    m_impl->shell.setCommandObserver([&outcome, &lines, &nextLine](const Shell::CommandRecord &record) {
        if (record.nestingLevel != 0)
            return;
        const QString first = record.source.section(QLatin1Char('\n'), 0, 0).trimmed();
        int line = 0;
        for (int i = nextLine; i < lines.size() && !first.isEmpty(); ++i) {
            if (lines.at(i).contains(first)) {
                line = i + 1;
                nextLine = i;
                break;
            }
        }
        if (record.exitStatus != 0 && outcome.failedCommand.isEmpty()) {
            outcome.failedCommand = record.source.trimmed();
            outcome.failedStatus = record.exitStatus;
            outcome.failedLine = line;
        }
    });
    m_impl->shell.interpreter().skipJqFilters(skipJqFilters);
    const Shell::RunResult result = m_impl->shell.run(text);
    m_impl->shell.setCommandObserver({});
    outcome.limitedJqFilters = m_impl->shell.interpreter().limitedJqFilters();
    outcome.command = text;
    outcome.exitStatus = result.exitStatus;
    outcome.output = result.text();
    outcome.standardOutput = result.stdoutText();
    outcome.standardError = result.stderrText();
    outcome.chunks = result.output;
    return outcome;
}

} // namespace Keyless::Lab
