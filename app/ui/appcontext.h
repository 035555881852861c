#pragma once

#include "progress/sentence.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace Keyless::Progress {
class ProgressStore;
}
namespace Keyless::Content {
class ContentLibrary;
}

namespace Keyless::Ui {

class LabLibrary;
class UiState;
class Navigator;

// What every page gets: the services the application owns, passed explicitly (no singletons).
// Pointers are owned by GuiApplication and outlive every page.
struct AppContext {
    QString databasePath;     // the progress file in use (empty for an in-memory store)
    // Why the store could not be opened on disk (progress is not saved); something the learner must know although
    // saving works (a damaged file moved aside). In the language of the moment they are shown.
    Progress::Sentence databaseWarning;
    Progress::Sentence databaseNotice;
    QString language;         // UI language code, e.g. "en", "de"
    QStringList extraLabDirs; // from --labs
    UiState *uiState = nullptr;
    Navigator *navigator = nullptr;
    Progress::ProgressStore *progress = nullptr;
    Content::ContentLibrary *content = nullptr;
    LabLibrary *labs = nullptr; // the labs of extraLabDirs and the bundled pack; MainWindow makes one if null
    QSettings *settings = nullptr; // this machine's view state that pages keep (e.g. the export folder); may be null
};

} // namespace Keyless::Ui
