#include "ui/mainwindow.h"

#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/labs/elidedlabel.h"
#include "ui/labs/labpages.h"
#include "ui/study/appearance.h"
#include "ui/study/settingsdialog.h"
#include "ui/study/studypages.h"
#include "ui/study/welcomedialog.h"
#include "ui/uistate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyless::Ui {

namespace {
const auto geometryKey = QStringLiteral("mainWindow/geometry");
const auto stateKey = QStringLiteral("mainWindow/state");
const auto pageKey = QStringLiteral("mainWindow/page");
} // namespace

MainWindow::MainWindow(AppContext &context, QSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Shown only when the progress store fell back to memory: the learner must know nothing is saved.
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("databaseBanner"));
    m_banner->setWordWrap(true);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->setFrameShape(QFrame::Box);
    m_banner->setVisible(!context.databaseWarning.isEmpty() || !context.databaseNotice.isEmpty());
    outer->addWidget(m_banner);

    auto *row = new QWidget(central);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    outer->addWidget(row, 1);

    m_navigation = new QListWidget(row);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFixedWidth(160);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);

    m_pages = new QStackedWidget(row);
    m_pages->setObjectName(QStringLiteral("pages"));
    // An explicit minimum: a page with a wide toolbar must not force the window wider than the user wants.
    m_pages->setMinimumSize(320, 240);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    // Pages are built when first shown (or asked for through the Navigator): startup pays only for the page the
    // learner sees, not for the lab catalog, the flow diagram and the charts as well.
    addPage(Navigator::Page::Lessons, QT_TR_NOOP("Lessons"), &Study::createLessonsPage);
    addPage(Navigator::Page::Flow, QT_TR_NOOP("Flow"), &Labs::createFlowPage);
    addPage(Navigator::Page::Labs, QT_TR_NOOP("Labs"), &Labs::createLabsPage);
    addPage(Navigator::Page::Practice, QT_TR_NOOP("Practice"), &Study::createPracticePage);
    addPage(Navigator::Page::Progress, QT_TR_NOOP("Progress"), &Study::createProgressPage);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= int(m_entries.size()))
            return;
        ensurePage(static_cast<Navigator::Page>(row));
        m_pages->setCurrentIndex(row);
    });
    // A page chosen with the mouse takes the keyboard focus (where it names a focus proxy: the flow view for
    // its arrow keys); arrowing through the list with the keyboard leaves the focus in the list.
    connect(m_navigation, &QListWidget::itemClicked, this, [this] {
        if (QWidget *page = m_pages->currentWidget(); page && page->focusProxy())
            page->setFocus(Qt::MouseFocusReason);
    });
    if (context.navigator) {
        connect(context.navigator, &Navigator::pageNeeded, this, [this](Navigator::Page page) { ensurePage(page); });
        connect(context.navigator, &Navigator::pageRequested, this, &MainWindow::showPage);
        connect(context.navigator, &Navigator::lessonRequested, this, [this] { showPage(Navigator::Page::Lessons); });
        connect(context.navigator, &Navigator::labRequested, this, [this] { showPage(Navigator::Page::Labs); });
        connect(context.navigator, &Navigator::flowStepRequested, this, [this] { showPage(Navigator::Page::Flow); });
    }

    m_storeStatus = new Labs::ElidedLabel(statusBar());
    m_storeStatus->setObjectName(QStringLiteral("storeStatus"));
    statusBar()->addWidget(m_storeStatus, 1);

    if (context.progress) {
        // QA: with the file made read-only while Keyless ran, answers looked saved and were lost without a word.
        connect(context.progress, &Progress::ProgressStore::storageFailed, this, [this](const QString &message) {
            // The first error is the cause; a failed COMMIT is followed by ROLLBACK's "no transaction is active" (QA).
            if (!m_storageError.isEmpty())
                return;
            m_storageError = message;
            m_banner->setVisible(true);
            retranslate();
        });
    }

    createActions();
    createMenus();
    retranslate();
    if (context.uiState) {
        connect(context.uiState, &UiState::presenterModeChanged, this, &MainWindow::applyPresenterMode);
        connect(context.uiState, &UiState::themeChanged, this, [this](UiState::Theme theme) {
            (theme == UiState::Theme::Dark    ? m_themeDarkAction
             : theme == UiState::Theme::Light ? m_themeLightAction
                                              : m_themeSystemAction)
                ->setChecked(true);
        });
    }

    restoreState();
    if (context.uiState && context.uiState->presenterMode())
        applyPresenterMode(true);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Navigator::Page page, const char *title, PageFactory create)
{
    const int index = m_pages->addWidget(new QWidget(m_pages)); // a placeholder until the page is first needed
    Q_ASSERT(index == static_cast<int>(page));
    new QListWidgetItem(m_navigation);

    auto *action = new QAction(this);
    action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, page] {
        showPage(page);
        // As a click on the page's entry does: the page's own control takes the keyboard where it names one.
        if (QWidget *shown = m_pages->currentWidget(); shown && shown->focusProxy())
            shown->setFocus(Qt::ShortcutFocusReason);
    });
    addAction(action);
    m_entries.append({page, title, action, create, nullptr});
}

QWidget *MainWindow::ensurePage(Navigator::Page page)
{
    PageEntry &entry = m_entries[static_cast<int>(page)];
    if (!entry.widget) {
        const int index = static_cast<int>(page);
        QWidget *placeholder = m_pages->widget(index);
        const bool current = m_pages->currentIndex() == index;
        entry.widget = entry.create(m_context, m_pages);
        m_pages->insertWidget(index, entry.widget);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        if (current)
            m_pages->setCurrentIndex(index);
    }
    return entry.widget;
}

void MainWindow::createActions()
{
    UiState *state = m_context.uiState;

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    // The platform's key for Quit; some platforms (offscreen, a bare X server's theme) have none.
    const QKeySequence quit(QKeySequence::Quit);
    m_quitAction->setShortcut(quit.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q) : quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_presenterAction = new QAction(this);
    m_presenterAction->setObjectName(QStringLiteral("presenterAction"));
    m_presenterAction->setCheckable(true);
    m_presenterAction->setShortcut(QKeySequence(Qt::Key_F11));
    m_presenterAction->setChecked(state && state->presenterMode());
    connect(m_presenterAction, &QAction::toggled, this, [state](bool on) {
        if (state)
            state->setPresenterMode(on);
    });

    // Ctrl+= is what most keyboards type for "zoom in"; Ctrl++ (the standard key) works as well.
    m_zoomInAction = new QAction(this);
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    m_zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    connect(m_zoomInAction, &QAction::triggered, this, [state] {
        if (state)
            state->setZoomSteps(std::min(state->zoomSteps() + 1, 24));
    });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(m_zoomOutAction, &QAction::triggered, this, [state] {
        if (state)
            state->setZoomSteps(std::max(state->zoomSteps() - 1, -6));
    });
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setObjectName(QStringLiteral("zoomResetAction"));
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [state] {
        if (state)
            state->setZoomSteps(0);
    });
    // Saved when it changes, as a theme is (QA: zoom was lost on restart unless something else saved the settings).
    if (state)
        connect(state, &UiState::zoomStepsChanged, this, [this, state] { saveUiState(*state, m_settings); });
    // Zoom, presenter, settings and quit must work with the menu bar hidden (presenter mode): keep them on the window
    // (QA: Ctrl+Q did nothing in presenter mode).
    addActions({m_presenterAction, m_zoomInAction, m_zoomOutAction, m_zoomResetAction, m_settingsAction, m_quitAction});

    m_themeGroup = new QActionGroup(this);
    const auto themeAction = [this, state](UiState::Theme theme, const char *name) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        action->setCheckable(true);
        action->setChecked(state && state->theme() == theme);
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, state, theme] {
            if (!state)
                return;
            state->setTheme(theme);
            saveUiState(*state, m_settings);
        });
        return action;
    };
    m_themeSystemAction = themeAction(UiState::Theme::System, "themeSystemAction");
    m_themeLightAction = themeAction(UiState::Theme::Light, "themeLightAction");
    m_themeDarkAction = themeAction(UiState::Theme::Dark, "themeDarkAction");

    m_welcomeAction = new QAction(this);
    connect(m_welcomeAction, &QAction::triggered, this, &MainWindow::showWelcome);
    m_aboutAction = new QAction(this);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = new QAction(this);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_presenterAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_zoomOutAction);
    m_toolBar->addAction(m_zoomInAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_settingsAction);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_presenterAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_zoomInAction);
    m_viewMenu->addAction(m_zoomOutAction);
    m_viewMenu->addAction(m_zoomResetAction);
    m_viewMenu->addSeparator();
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeMenu->addActions(m_themeGroup->actions());

    m_goMenu = menuBar()->addMenu(QString());
    for (const PageEntry &entry : std::as_const(m_entries))
        m_goMenu->addAction(entry.action);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_welcomeAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Keyless"));
    m_navigation->setAccessibleName(tr("Navigation"));
    for (int i = 0; i < m_entries.size(); ++i) {
        const QString title = tr(m_entries.at(i).title);
        QListWidgetItem *item = m_navigation->item(i);
        item->setText(title);
        item->setData(Qt::AccessibleTextRole, title);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(i + 1));
        m_entries.at(i).action->setText(title);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_presenterAction->setText(tr("&Presenter mode"));
    m_presenterAction->setToolTip(tr("Presenter mode: full screen and large type for a projector (F11)"));
    m_zoomInAction->setText(tr("Zoom &in"));
    m_zoomInAction->setToolTip(tr("Larger text (Ctrl+=)"));
    m_zoomOutAction->setText(tr("Zoom &out"));
    m_zoomOutAction->setToolTip(tr("Smaller text (Ctrl+-)"));
    m_zoomResetAction->setText(tr("&Actual size"));
    m_themeSystemAction->setText(tr("Follow the &system"));
    m_themeLightAction->setText(tr("&Light"));
    m_themeDarkAction->setText(tr("&Dark"));
    m_welcomeAction->setText(tr("&Welcome"));
    m_aboutAction->setText(tr("&About Keyless"));
    m_aboutQtAction->setText(tr("About &Qt"));
    m_toolBar->setWindowTitle(tr("Main toolbar"));
    if (!m_storageError.isEmpty()) {
        // Worse than any start-up notice: it replaces it.
        m_banner->setText(tr("Keyless can no longer use its progress file: %1. What you do from now on may "
                             "not be saved: check the disk and the file, then restart Keyless.")
                              .arg(m_storageError));
        m_banner->setAccessibleName(tr("Warning"));
    } else if (!m_context.databaseWarning.isEmpty()) {
        m_banner->setText(
            tr("Your progress cannot be saved in this session: %1").arg(m_context.databaseWarning.text()));
        m_banner->setAccessibleName(tr("Warning"));
    } else if (!m_context.databaseNotice.isEmpty()) {
        m_banner->setText(m_context.databaseNotice.text()); // the progress store's sentence, in today's language
        m_banner->setAccessibleName(tr("Notice"));
    }
    const QString file = QDir::toNativeSeparators(m_context.databasePath);
    m_storeStatus->setText(m_context.databaseWarning.isEmpty() && m_storageError.isEmpty() && !file.isEmpty()
                               ? tr("Progress is saved in %1").arg(file)
                               : tr("Progress is not saved"));
    m_storeStatus->setToolTip(m_storeStatus->text());
    updateNavigationWidth();
}

// Escape leaves presenter mode when no control had a use for it: a drop-down's list closes (QA: with a shortcut it
// left presenter mode too), the lesson search clears first, and a dialog keeps its own Escape.
void MainWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && !(event->modifiers() & ~Qt::KeypadModifier) && m_context.uiState &&
        m_context.uiState->presenterMode()) {
        m_context.uiState->setPresenterMode(false);
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        updateNavigationWidth();
    QMainWindow::changeEvent(event);
}

void MainWindow::updateNavigationWidth()
{
    if (!m_navigation)
        return;
    const QFontMetrics metrics(m_navigation->font());
    int widest = 0;
    for (int i = 0; i < m_navigation->count(); ++i)
        widest = std::max(widest, metrics.horizontalAdvance(m_navigation->item(i)->text()));
    m_navigation->setFixedWidth(std::max(160, widest + 3 * metrics.averageCharWidth() + 24));
}

void MainWindow::applyPresenterMode(bool on)
{
    m_presenterAction->setChecked(on);
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    if (on) {
        if (!isFullScreen()) {
            m_wasMaximized = isMaximized();
            showFullScreen();
        }
    } else if (isFullScreen()) {
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
}

void MainWindow::showSettings()
{
    if (!m_context.uiState)
        return;
    SettingsDialog dialog(*m_context.uiState, m_settings, m_context.databasePath, this);
    dialog.exec();
}

void MainWindow::showWelcomeIfFirstRun()
{
    if (m_settings.value(SettingsKeys::welcomeShown(), false).toBool())
        return;
    m_settings.setValue(SettingsKeys::welcomeShown(), true);
    showWelcome();
}

void MainWindow::showWelcome()
{
    auto *dialog = new WelcomeDialog(m_context.databaseWarning.isEmpty(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        showPage(Navigator::Page::Lessons);
        if (m_context.navigator)
            m_context.navigator->requestLesson(QString()); // empty: the first lesson
    });
    dialog->open();
}

Navigator::Page MainWindow::currentPage() const
{
    return static_cast<Navigator::Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Navigator::Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

QWidget *MainWindow::page(Navigator::Page page)
{
    return ensurePage(page);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::saveState()
{
    // Full screen is a presenter-mode state, not a geometry to come back to.
    if (!isFullScreen())
        m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, QMainWindow::saveState());
    m_settings.setValue(pageKey, m_pages->currentIndex());
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(geometryKey).toByteArray())) {
        // The first start: 1200x800, or less on a small screen with room left for a title bar and a panel (QA: on a
        // 1280x800 projector the window ran past the bottom and hid its status bar).
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1200, 800);
        resize(QSize(1200, 800).boundedTo(available * 0.9));
    }
    QMainWindow::restoreState(m_settings.value(stateKey).toByteArray());
    const int page = m_settings.value(pageKey, 0).toInt();
    m_navigation->setCurrentRow(page >= 0 && page < m_pages->count() ? page : 0);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Keyless"),
                       tr("<h3>Keyless %1</h3>"
                          "<p>A study and lab simulator for Azure managed identities: lessons, an animated "
                          "authentication flow and hands-on labs against a simulated Microsoft Entra ID, "
                          "entirely offline.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(KEYLESS_VERSION)));
}

} // namespace Keyless::Ui
