#pragma once

#include "ui/navigator.h"

#include <QList>
#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QSettings;
class QStackedWidget;
class QToolBar;

namespace Keyless::Ui {

struct AppContext;

// The application frame: a navigation sidebar over a stacked page area, a toolbar, a status bar and the
// menus. Pages come from the study and lab sides (studypages.h, labpages.h); the frame only switches
// them. It also owns the window side of presenter mode (full screen, reduced chrome) and the zoom and
// theme actions; the look itself is applied by Appearance (study/appearance.h) from UiState.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` stores window geometry and the last page; it must outlive the window.
    MainWindow(AppContext &context, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Navigator::Page currentPage() const;
    void showPage(Navigator::Page page);
    // The page's widget, built now if it has not been shown yet (pages are built on first use).
    QWidget *page(Navigator::Page page);

    // Shows the first-run welcome unless it was shown before; "start" opens the first lesson.
    void showWelcomeIfFirstRun();
    void showSettings();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    using PageFactory = QWidget *(*)(AppContext &context, QWidget *parent);
    struct PageEntry {
        Navigator::Page page;
        const char *title;
        QAction *action = nullptr;
        PageFactory create = nullptr;
        QWidget *widget = nullptr; // built on first use; a placeholder holds its place in the stack until then
    };

    void addPage(Navigator::Page page, const char *title, PageFactory create);
    QWidget *ensurePage(Navigator::Page page);
    void createActions();
    void createMenus();
    void retranslate();
    void saveState();
    void restoreState();
    void showAbout();
    void showWelcome();
    void applyPresenterMode(bool on);
    void updateNavigationWidth();

    AppContext &m_context;
    QSettings &m_settings;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_storeStatus = nullptr; // a widget of the status bar, not a message: a menu's status tips clear those
    QLabel *m_banner = nullptr;
    QString m_storageError; // SQLite's message once the store failed after it opened
    QToolBar *m_toolBar = nullptr;
    QList<PageEntry> m_entries;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_presenterAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_themeSystemAction = nullptr;
    QAction *m_themeLightAction = nullptr;
    QAction *m_themeDarkAction = nullptr;
    QAction *m_welcomeAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    bool m_wasMaximized = false;
};

} // namespace Keyless::Ui
