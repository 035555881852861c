#pragma once

#include <QString>
#include <QStringList>

namespace Keyless::Progress {
struct OpenResult;
}

namespace Keyless::Ui {

struct AppContext;

struct GuiOptions {
    QString databasePath;        // --db (empty: the progress store's default in AppDataLocation)
    QString language;            // --lang (empty: saved choice, else the system language)
    QStringList labDirs;         // --labs
    bool measureStartup = false; // --measure-startup: print ms until the first paint, then exit
};

// What the main window's banner must say about the progress store just opened.
void setStoreStatus(AppContext &context, const Progress::OpenResult &opened);

// Creates the QApplication, builds the application services (progress store, content library, translations,
// appearance) and the main window, then runs the event loop. Returns the exit status.
int runGui(int &argc, char **argv, const GuiOptions &options);

} // namespace Keyless::Ui
