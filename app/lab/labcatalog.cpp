#include "lab/labcatalog.h"

#include <QDir>

namespace Keyless::Lab {

LabCatalog::LabCatalog(const CheckRegistry &registry)
    : m_registry(registry)
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
        m_issues << LabIssue{directory, 0, 0, QString(), QStringLiteral("lab folder does not exist")};
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
    LabLoadResult result = m_loader.loadFile(path);
    if (!result.ok()) {
        m_issues << result.issues;
        return;
    }
    if (find(result.lab->id)) {
        m_issues << LabIssue{path, 0, 0, QStringLiteral("/id"),
                             QStringLiteral("a lab with id \"%1\" is already loaded from %2; this one is skipped")
                                 .arg(result.lab->id, find(result.lab->id)->sourcePath)};
        return;
    }
    m_labs << result.lab;
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
