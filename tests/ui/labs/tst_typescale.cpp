// The lab workspace in presenter mode and zoomed (the classroom projector): monospace text (console,
// inspector) grows with the type scale like the rest. No timers: the UiState changes are applied and
// checked at once.
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labsession.h"
#include "ui/labs/consolewidget.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labworkspace.h"
#include "ui/study/appearance.h"
#include "ui/uistate.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

using namespace Keyless;
using namespace Keyless::Ui;
using namespace Keyless::Ui::Labs;

class TestTypeScale final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<LabWorkspace> openWorkspace(UiState &state, const QSize &size)
    {
        auto w = std::make_unique<LabWorkspace>(m_registry, nullptr, &state);
        w->resize(size);
        w->openLab(m_catalog->find(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return {};
        return w;
    }

    static void typeCommand(LabWorkspace &w, const QString &command)
    {
        QLineEdit *input = w.console()->input();
        input->setFocus();
        QTest::keyClicks(input, command);
        QTest::keyClick(input, Qt::Key_Return);
    }

    static QString appName(LabWorkspace &w) { return w.session()->names().value(QStringLiteral("app")); }

    // The monospace widgets of the workspace, by name.
    static QList<QWidget *> monospaceWidgets(LabWorkspace &w)
    {
        return {w.console()->output(), w.console()->input(),
                w.console()->findChild<QLabel *>(QStringLiteral("consolePrompt")),
                w.flowView()->findChild<QPlainTextEdit *>(QStringLiteral("inspectorHttp")),
                w.flowView()->findChild<QLabel *>(QStringLiteral("inspectorRawToken"))};
    }

private slots:
    void initTestCase()
    {
        m_catalog = std::make_unique<Lab::LabCatalog>(m_registry);
        m_catalog->addBundled();
        QVERIFY(m_catalog->find(QStringLiteral("func-cosmos-no-secret")));
    }

    void monospaceFollowsTypeScale_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<int>("zoom");
        QTest::newRow("presenter on") << true << 0;
        QTest::newRow("zoom in") << false << 3;
        QTest::newRow("zoom out") << false << -2;
        QTest::newRow("presenter zoomed") << true << 2;
    }

    // The console and the inspector kept the system's fixed font size: F11 and Ctrl+= left them small (QA).
    void monospaceFollowsTypeScale()
    {
        QFETCH(bool, presenter);
        QFETCH(int, zoom);
        UiState state;
        state.setAnimationSpeed(1e6);
        Appearance appearance(state);
        auto w = openWorkspace(state, QSize(1280, 720));
        QVERIFY(w);
        typeCommand(*w, QStringLiteral("az functionapp identity assign -g rg-orders -n ") + appName(*w));
        w->runWorkload(appName(*w));
        w->flowView()->player()->goTo(0);

        const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
        const QList<QWidget *> widgets = monospaceWidgets(*w);
        QList<double> before;
        QList<int> lineHeights;
        for (QWidget *widget : widgets) {
            QVERIFY(widget);
            QCOMPARE(widget->font().family(), mono);
            QCOMPARE(widget->font().pointSizeF(), QApplication::font().pointSizeF());
            before << widget->font().pointSizeF();
            lineHeights << widget->fontMetrics().height();
        }
        QVERIFY(w->console()->output()->toPlainText().contains(QStringLiteral("$ az functionapp identity assign")));

        state.setPresenterMode(presenter);
        state.setZoomSteps(zoom);
        QCoreApplication::processEvents();
        const double expected = appearance.effectiveFont().pointSizeF();
        const bool grows = expected > before.first();
        QCOMPARE(grows, presenter || zoom > 0);
        QCOMPARE(QApplication::font().pointSizeF(), expected);
        for (qsizetype i = 0; i < widgets.size(); ++i) {
            QWidget *widget = widgets.at(i);
            const QString what = widget->objectName();
            QVERIFY2(qFuzzyCompare(widget->font().pointSizeF(), expected),
                     qPrintable(QStringLiteral("%1: %2 pt, the app %3 pt")
                                    .arg(what)
                                    .arg(widget->font().pointSizeF())
                                    .arg(expected)));
            QCOMPARE(widget->font().family(), mono);
            QVERIFY2(grows ? widget->fontMetrics().height() > lineHeights.at(i)
                           : widget->fontMetrics().height() < lineHeights.at(i),
                     qPrintable(what));
        }
        // What was printed before the switch is drawn in the new size too, not only new lines.
        QCOMPARE(w->console()->output()->document()->defaultFont().pointSizeF(), expected);
        // Back to normal: the monospace size is the application's again.
        state.setPresenterMode(false);
        state.setZoomSteps(0);
        QCoreApplication::processEvents();
        for (qsizetype i = 0; i < widgets.size(); ++i)
            QCOMPARE(widgets.at(i)->font().pointSizeF(), before.at(i));
    }

private:
    Lab::CheckRegistry m_registry = Lab::CheckRegistry::builtIn();
    std::unique_ptr<Lab::LabCatalog> m_catalog;
};

QTEST_MAIN(TestTypeScale)
#include "tst_typescale.moc"
