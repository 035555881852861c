#pragma once

#include "lab/labdefinition.h"
#include "lab/labissue.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Keyless::Lab {

class CheckRegistry;

// The outcome of loading one lab file: a definition when the file is valid, and every issue found
// (a lab with any issue is rejected as a whole; the caller keeps going with other labs).
struct LabLoadResult {
    std::shared_ptr<const LabDefinition> lab;
    LabIssues issues;

    bool ok() const { return lab != nullptr && issues.isEmpty(); }
};

// Reads and validates lab files (format v1, see labs/README.md). Defensive: a lab file is
// untrusted input from an instructor's pack, so nothing in it can crash or hang the app: the size
// is capped, every field is type-checked, checks and their parameters are looked up in the
// registry, names of resources are checked against the initial world, the world is built once by
// app/sim and the solution and fault scripts are parsed by app/shell.
class LabLoader final
{
public:
    static constexpr qsizetype MaxFileSize = 512 * 1024;
    static constexpr int FormatVersion = 1;

    // How much of a lab is checked. WithoutWorld checks everything but the initial world (building it is
    // most of the cost of loading): a list of labs uses it, and checkWorld() finishes the job when the lab is
    // opened. A lab that passes both has exactly the issues (none) of a lab loaded with All.
    enum class Checks { All, WithoutWorld };

    explicit LabLoader(const CheckRegistry &registry);

    LabLoadResult loadFile(const QString &path, Checks checks = Checks::All) const;
    // `fileName` is only used in issues.
    LabLoadResult loadData(const QByteArray &data, const QString &fileName, Checks checks = Checks::All) const;
    // The world checks loadData(All) would have reported for `lab`, loaded from `data` with WithoutWorld.
    LabIssues checkWorld(const LabDefinition &lab, const QByteArray &data) const;

private:
    const CheckRegistry &m_registry;
};

} // namespace Keyless::Lab
