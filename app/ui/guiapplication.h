#pragma once

#include <QString>
#include <QStringList>

namespace Keyless::Ui {

struct GuiOptions {
    QString databasePath;   // --db (empty: the platform's app-data folder)
    QString language;       // --lang (empty: system / saved choice)
    QStringList labDirs;    // --labs
    bool measureStartup = false; // --measure-startup
};

// Builds the application services and the main window, then runs the event loop.
// Requires a QApplication to exist. Returns the exit status.
int runGui(const GuiOptions &options);

} // namespace Keyless::Ui
