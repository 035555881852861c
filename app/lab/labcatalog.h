#pragma once

#include "lab/labissue.h"
#include "lab/labloader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Keyless::Lab {

class CheckRegistry;

// Every lab the app can offer: the ones bundled as Qt resources (":/labs/<id>.json") and those in
// extra folders (an instructor's pack). Bad files are reported in issues() and skipped; a lab in a
// later folder with the id of an earlier one is reported as a duplicate and skipped too.
class LabCatalog final
{
public:
    explicit LabCatalog(const CheckRegistry &registry);

    static QString bundledPrefix() { return QStringLiteral(":/labs"); }

    void addBundled();
    // Loads every *.json in `directory` (not recursive; lab.schema.json is not a lab).
    void addFolder(const QString &directory);
    void addFile(const QString &path);

    const QList<std::shared_ptr<const LabDefinition>> &labs() const { return m_labs; }
    std::shared_ptr<const LabDefinition> find(const QString &id) const;
    QStringList ids() const;
    const LabIssues &issues() const { return m_issues; }

private:
    const CheckRegistry &m_registry;
    LabLoader m_loader;
    QList<std::shared_ptr<const LabDefinition>> m_labs;
    LabIssues m_issues;
};

} // namespace Keyless::Lab
