#pragma once

#include "lab/labissue.h"
#include "lab/labloader.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Keyless::Lab {

class CheckRegistry;

// Every lab the app can offer: the ones bundled as Qt resources (":/labs/<id>.json") and those in
// extra folders (an instructor's pack). Bad files are reported in issues() and skipped; a lab in a
// later folder with the id of an earlier one is reported as a duplicate and skipped too.
//
// Validation::Full checks each lab completely while adding it (`keyless lab check`, tests). Deferred
// leaves out building each lab's initial world, which is most of the cost, so that listing labs is
// cheap (the app's lab browser); validated() finishes the checks of one lab before it is opened.
class LabCatalog final
{
public:
    enum class Validation { Full, Deferred };

    explicit LabCatalog(const CheckRegistry &registry, Validation validation = Validation::Full);

    static QString bundledPrefix() { return QStringLiteral(":/labs"); }

    void addBundled();
    // Loads every *.json in `directory` (not recursive; lab.schema.json is not a lab).
    void addFolder(const QString &directory);
    void addFile(const QString &path);

    const QList<std::shared_ptr<const LabDefinition>> &labs() const { return m_labs; }
    std::shared_ptr<const LabDefinition> find(const QString &id) const;
    // The lab, fully checked: with Deferred its world is built and checked on the first call; a lab that
    // fails leaves labs() and its issues are appended to issues() (the same ones Full would report).
    // Null for an unknown id or a failed lab.
    std::shared_ptr<const LabDefinition> validated(const QString &id);
    QStringList ids() const;
    const LabIssues &issues() const { return m_issues; }

private:
    void add(LabLoadResult result, const QString &path, QByteArray unchecked);

    const CheckRegistry &m_registry;
    Validation m_validation = Validation::Full;
    LabLoader m_loader;
    QList<std::shared_ptr<const LabDefinition>> m_labs;
    QHash<QString, QByteArray> m_unchecked; // id -> file contents, for labs whose world is not checked yet
    LabIssues m_issues;
};

} // namespace Keyless::Lab
