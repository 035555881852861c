#include "lab/labcatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Keyless::Lab {

LabCatalog::LabCatalog(const CheckRegistry &registry, Validation validation)
    : m_registry(registry)
    , m_validation(validation)
    , m_loader(registry)
{
}

void LabCatalog::addBundled()
{
    addFolder(bundledPrefix());
}

void LabCatalog::addFolder(const QString &directory)
{
    const QDir dir(directory);
    if (!dir.exists()) {
        // QDir::exists() is false for a file too, which is no missing folder (QA: --labs /etc/passwd).
        m_issues << LabIssue{directory, 0, 0, QString(),
                             QFileInfo::exists(directory) ? QStringLiteral("not a lab folder: it is a file")
                                                          : QStringLiteral("lab folder does not exist")};
        return;
    }
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &file : files) {
        if (file == QLatin1String("lab.schema.json"))
            continue;
        addFile(dir.filePath(file));
    }
}

void LabCatalog::addFile(const QString &path)
{
    if (m_validation == Validation::Full) {
        add(m_loader.loadFile(path), path, {});
        return;
    }
    // The file is read here (not by the loader) so that the world is checked later against these very bytes,
    // with the same line and column numbers, even if the file changes in between.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_issues << LabIssue{path, 0, 0, QString(), QStringLiteral("cannot open: %1").arg(file.errorString())};
        return;
    }
    QByteArray data = file.read(LabLoader::MaxFileSize + 1);
    LabLoadResult result = m_loader.loadData(data, path, LabLoader::Checks::WithoutWorld);
    add(std::move(result), path, std::move(data));
}

void LabCatalog::add(LabLoadResult result, const QString &path, QByteArray unchecked)
{
    if (!result.ok()) {
        m_issues << result.issues;
        return;
    }
    if (find(result.lab->id)) {
        // A bundled lab's path is a resource path (":/labs/…"), which means nothing to the learner (QA).
        const QString first = find(result.lab->id)->sourcePath;
        const QString where =
            first.startsWith(QLatin1String(":/")) ? QStringLiteral("the labs that come with Keyless") : first;
        m_issues << LabIssue{path, 0, 0, QStringLiteral("/id"),
                             QStringLiteral("a lab with id \"%1\" is already loaded from %2; this one is skipped")
                                 .arg(result.lab->id, where)};
        return;
    }
    if (!unchecked.isNull())
        m_unchecked.insert(result.lab->id, std::move(unchecked));
    m_labs << result.lab;
}

std::shared_ptr<const LabDefinition> LabCatalog::validated(const QString &id)
{
    std::shared_ptr<const LabDefinition> lab = find(id);
    if (!lab)
        return nullptr;
    const auto pending = m_unchecked.constFind(id);
    if (pending == m_unchecked.cend())
        return lab;
    const LabIssues issues = m_loader.checkWorld(*lab, *pending);
    m_unchecked.erase(pending);
    if (issues.isEmpty())
        return lab;
    m_issues << issues;
    m_labs.removeOne(lab);
    return nullptr;
}

std::shared_ptr<const LabDefinition> LabCatalog::find(const QString &id) const
{
    for (const auto &lab : m_labs) {
        if (lab->id == id)
            return lab;
    }
    return nullptr;
}

QStringList LabCatalog::ids() const
{
    QStringList result;
    for (const auto &lab : m_labs)
        result << lab->id;
    return result;
}

} // namespace Keyless::Lab
