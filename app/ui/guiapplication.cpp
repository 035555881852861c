#include "ui/guiapplication.h"

#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/uistate.h"

#include <QApplication>
#include <QSettings>

namespace Keyless::Ui {

int runGui(const GuiOptions &options)
{
    QSettings settings;
    UiState uiState;
    Navigator navigator;

    AppContext context;
    context.databasePath = options.databasePath;
    context.language = options.language;
    context.extraLabDirs = options.labDirs;
    context.uiState = &uiState;
    context.navigator = &navigator;

    MainWindow window(context, settings);
    window.show();
    return QApplication::exec();
}

} // namespace Keyless::Ui
