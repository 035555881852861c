#include "ui/mainwindow.h"

#include "ui/appcontext.h"
#include "ui/labs/labpages.h"
#include "ui/study/studypages.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

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
    setWindowTitle(tr("Keyless"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setSelectionMode(QAbstractItemView::SingleSelection);
    m_navigation->setFixedWidth(160);
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPage(Navigator::Page::Lessons, tr("Lessons"), Study::createLessonsPage(context, m_pages));
    addPage(Navigator::Page::Flow, tr("Flow"), Labs::createFlowPage(context, m_pages));
    addPage(Navigator::Page::Labs, tr("Labs"), Labs::createLabsPage(context, m_pages));
    addPage(Navigator::Page::Practice, tr("Practice"), Study::createPracticePage(context, m_pages));
    addPage(Navigator::Page::Progress, tr("Progress"), Study::createProgressPage(context, m_pages));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    if (context.navigator)
        connect(context.navigator, &Navigator::pageRequested, this, &MainWindow::showPage);

    createMenus();
    statusBar()->showMessage(context.databaseWarning.isEmpty() ? tr("Ready") : context.databaseWarning);

    restoreState();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Navigator::Page page, const QString &title, QWidget *widget)
{
    const int index = m_pages->addWidget(widget);
    Q_ASSERT(index == static_cast<int>(page));
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(index + 1));

    auto *action = new QAction(title, this);
    action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + index)));
    connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
    addAction(action);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addActions(actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Keyless"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

Navigator::Page MainWindow::currentPage() const
{
    return static_cast<Navigator::Page>(m_pages->currentIndex());
}

void MainWindow::showPage(Navigator::Page page)
{
    m_navigation->setCurrentRow(static_cast<int>(page));
}

QWidget *MainWindow::page(Navigator::Page page) const
{
    return m_pages->widget(static_cast<int>(page));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::saveState()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, QMainWindow::saveState());
    m_settings.setValue(pageKey, m_pages->currentIndex());
    m_settings.sync();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings.value(geometryKey).toByteArray()))
        resize(1200, 800);
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
