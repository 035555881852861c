#pragma once

#include <QStringList>

#include <memory>

namespace Keyless::Lab {
class CheckRegistry;
class LabCatalog;
} // namespace Keyless::Lab

namespace Keyless::Ui {

// The labs the app offers (the bundled pack, then the --labs folders; the first of an id wins), loaded
// once, on first use, and shared by the pages: the Labs page lists and opens them, the Progress page
// names them. The catalog defers each lab's world checks to its first opening (LabCatalog::validated),
// so showing the list of labs does not build seven simulated clouds.
class LabLibrary final
{
public:
    explicit LabLibrary(QStringList extraFolders = {});
    ~LabLibrary();
    LabLibrary(const LabLibrary &) = delete;
    LabLibrary &operator=(const LabLibrary &) = delete;

    const Lab::CheckRegistry &registry() const { return *m_registry; }
    Lab::LabCatalog &catalog(); // loads the labs on the first call
    bool isLoaded() const { return m_catalog != nullptr; }

private:
    QStringList m_folders;
    std::unique_ptr<Lab::CheckRegistry> m_registry;
    std::unique_ptr<Lab::LabCatalog> m_catalog;
};

} // namespace Keyless::Ui
