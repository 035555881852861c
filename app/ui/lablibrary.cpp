#include "ui/lablibrary.h"

#include "lab/checkregistry.h"
#include "lab/labcatalog.h"

namespace Keyless::Ui {

LabLibrary::LabLibrary(QStringList extraFolders)
    : m_folders(std::move(extraFolders))
    , m_registry(std::make_unique<Lab::CheckRegistry>(Lab::CheckRegistry::builtIn()))
{
}

LabLibrary::~LabLibrary() = default;

Lab::LabCatalog &LabLibrary::catalog()
{
    if (!m_catalog) {
        m_catalog = std::make_unique<Lab::LabCatalog>(*m_registry, Lab::LabCatalog::Validation::Deferred);
        m_catalog->addBundled();
        for (const QString &folder : std::as_const(m_folders))
            m_catalog->addFolder(folder);
    }
    return *m_catalog;
}

} // namespace Keyless::Ui
