#pragma once

#include "sim/world.h"

#include <QList>
#include <QString>

#include <memory>

namespace Keyless::Lab {

struct CommandOutcome;

// The one place app/lab talks to app/shell: a console session bound to a world the lab owns.
class LabConsole final
{
public:
    explicit LabConsole(const Sim::World &world);
    ~LabConsole();
    LabConsole(const LabConsole &) = delete;
    LabConsole &operator=(const LabConsole &) = delete;

    Sim::World &world();
    const Sim::World &world() const;
    // Replaces the world and forgets console state (variables, files), as a fresh terminal would.
    void reset(const Sim::World &world);

    // Runs console text (one line or a script) and reports its output and exit status. The jq filters numbered in
    // `skipJqFilters` are answered as stopped without running (a replay of a run that reported them limited).
    CommandOutcome run(const QString &text, const QList<int> &skipJqFilters = {});
    // Tab completion for the last word of `line` (commands, az groups and flags, $VARS, resource names).
    QStringList completions(const QString &line) const;

private:
    struct Private;
    std::unique_ptr<Private> m_impl;
};

} // namespace Keyless::Lab
