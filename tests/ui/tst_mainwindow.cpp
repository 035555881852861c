#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/uistate.h"

#include <QComboBox>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using Keyless::Ui::AppContext;
using Keyless::Ui::MainWindow;
using Keyless::Ui::Navigator;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_settings->clear();
        m_context.uiState = &m_uiState;
        m_context.navigator = &m_navigator;
    }

    void showsFiveNavigationEntries()
    {
        MainWindow window(m_context, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        const QStringList expected{QStringLiteral("Lessons"), QStringLiteral("Flow"), QStringLiteral("Labs"),
                                   QStringLiteral("Practice"), QStringLiteral("Progress")};
        QStringList titles;
        for (int i = 0; i < navigation->count(); ++i)
            titles << navigation->item(i)->text();
        QCOMPARE(titles, expected);
    }

    void clickingAnEntrySwitchesThePage_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("pageName");
        QTest::newRow("flow") << 1 << QStringLiteral("flowPage");
        QTest::newRow("labs") << 2 << QStringLiteral("labsPage");
        QTest::newRow("practice") << 3 << QStringLiteral("practicePage");
        QTest::newRow("progress") << 4 << QStringLiteral("progressPage");
        QTest::newRow("lessons") << 0 << QStringLiteral("lessonsPage");
    }

    void clickingAnEntrySwitchesThePage()
    {
        QFETCH(int, row);
        QFETCH(QString, pageName);
        MainWindow window(m_context, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(navigation && pages);
        if (row == 0) // start elsewhere so that the click really changes something
            navigation->setCurrentRow(2);

        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());

        QCOMPARE(pages->currentWidget()->objectName(), pageName);
        QVERIFY(pages->currentWidget()->isVisible());
        QCOMPARE(static_cast<int>(window.currentPage()), row);
    }

    void keyboardShortcutsSwitchPages()
    {
        MainWindow window(m_context, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Navigator::Page::Practice);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), Navigator::Page::Flow);
    }

    void navigatorRequestSwitchesPage()
    {
        MainWindow window(m_context, *m_settings);
        emit m_navigator.pageRequested(Navigator::Page::Labs);
        QCOMPARE(window.currentPage(), Navigator::Page::Labs);
    }

    // Startup builds only the page on screen; the others are built when first shown.
    void pagesAreBuiltOnFirstUse()
    {
        MainWindow window(m_context, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("lessonsPage")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("labsPage")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("flowPage")));
        QVERIFY(!window.findChild<QWidget *>(QStringLiteral("progressPage")));
        window.showPage(Navigator::Page::Labs);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QWidget *labs = window.findChild<QWidget *>(QStringLiteral("labsPage"));
        QVERIFY(labs);
        QCOMPARE(pages->currentWidget(), labs);
        QCOMPARE(pages->count(), 5);
        window.showPage(Navigator::Page::Lessons);
        window.showPage(Navigator::Page::Labs);
        QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("labsPage")).size(), 1); // built once
    }

    // A lesson link asks for a lab or a flow step on pages that do not exist yet: they are built first, then the
    // request reaches them.
    void requestsReachPagesNotBuiltYet()
    {
        MainWindow window(m_context, *m_settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        m_navigator.requestLab(QStringLiteral("func-cosmos-no-secret"));
        QCOMPARE(window.currentPage(), Navigator::Page::Labs);
        auto *workspace = window.findChild<QWidget *>(QStringLiteral("labWorkspace"));
        QVERIFY(workspace);
        QVERIFY(workspace->isVisible());

        m_navigator.requestFlowStep(QStringLiteral("appservice"), 3);
        QCOMPARE(window.currentPage(), Navigator::Page::Flow);
        auto *choice = window.findChild<QComboBox *>(QStringLiteral("canonicalFlowBox"));
        QVERIFY(choice);
        QCOMPARE(choice->currentData().toString(), QStringLiteral("appservice"));
    }

    void restoresLastPageAndGeometry()
    {
        {
            MainWindow window(m_context, *m_settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 650);
            window.showPage(Navigator::Page::Progress);
            window.close();
        }
        MainWindow again(m_context, *m_settings);
        QCOMPARE(again.currentPage(), Navigator::Page::Progress);
        QCOMPARE(again.size(), QSize(900, 650));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    Keyless::Ui::UiState m_uiState;
    Navigator m_navigator;
    AppContext m_context;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
