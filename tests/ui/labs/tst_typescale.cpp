// The lab workspace in presenter mode and zoomed (the classroom projector): monospace text (console,
// inspector) grows with the type scale like the rest, and the resource tree and the flow event list show
// every cell's text in full. No timers: the UiState changes are applied and checked at once.
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labsession.h"
#include "ui/labs/consolewidget.h"
#include "ui/labs/longtextview.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labworkspace.h"
#include "ui/labs/portalview.h"
#include "ui/study/appearance.h"
#include "ui/uistate.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <functional>

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

    // Cells of `view` whose text does not fit where it is drawn: wider than its column (less the tree's
    // indentation and the style's text margins) or, in a wrapping view, taller than its row once wrapped.
    static QStringList cutCells(const QTreeView *view)
    {
        QStringList cut;
        const QAbstractItemModel *model = view->model();
        const QHeaderView *header = view->header();
        const int margins = 2 * (view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1);
        std::function<void(const QModelIndex &, int)> walk = [&](const QModelIndex &parent, int depth) {
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column) {
                    const QModelIndex index = model->index(row, column, parent);
                    const QString text = index.data().toString();
                    if (text.isEmpty() || header->isSectionHidden(column))
                        continue;
                    QFont font = view->font();
                    const QVariant role = index.data(Qt::FontRole);
                    if (role.canConvert<QFont>())
                        font = role.value<QFont>().resolve(font);
                    const QFontMetrics metrics(font);
                    int available = header->sectionSize(column) - margins;
                    if (header->visualIndex(column) == 0)
                        available -= (depth + (view->rootIsDecorated() ? 1 : 0)) * view->indentation();
                    const QSize needed =
                        view->wordWrap()
                            ? metrics.boundingRect(QRect(0, 0, std::max(1, available), 100000), Qt::TextWordWrap, text)
                                  .size()
                            : QSize(metrics.horizontalAdvance(text), metrics.height());
                    const int height = view->visualRect(index).height();
                    if (needed.width() > available || needed.height() > height)
                        cut << QStringLiteral("%1 (needs %2x%3 px, has %4x%5)")
                                   .arg(text)
                                   .arg(needed.width())
                                   .arg(needed.height())
                                   .arg(available)
                                   .arg(height);
                }
                const QModelIndex first = model->index(row, 0, parent);
                if (view->isExpanded(first))
                    walk(first, depth + 1);
            }
        };
        walk({}, 0);
        return cut;
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

    void columnsShowTheirText_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<int>("zoom");
        QTest::addColumn<bool>("switchWhileOpen"); // F11 / Ctrl+= after the lab is on screen
        QTest::addColumn<QSize>("size");
        QTest::newRow("normal") << false << 0 << false << QSize(1280, 720);
        QTest::newRow("presenter") << true << 0 << false << QSize(1280, 720);
        QTest::newRow("presenter switched on") << true << 0 << true << QSize(1280, 720);
        QTest::newRow("zoomed") << false << 4 << true << QSize(1280, 720);
        QTest::newRow("presenter large window") << true << 0 << false << QSize(1600, 1000);
    }

    // Presenter mode cut the tree's Type column ("Resourc…", "Azure Co…") and the event list's Time
    // column ("0.00…") (QA).
    void columnsShowTheirText()
    {
        QFETCH(bool, presenter);
        QFETCH(int, zoom);
        QFETCH(bool, switchWhileOpen);
        QFETCH(QSize, size);
        UiState state;
        state.setAnimationSpeed(1e6);
        if (!switchWhileOpen) {
            state.setPresenterMode(presenter);
            state.setZoomSteps(zoom);
        }
        Appearance appearance(state);
        auto w = openWorkspace(state, size);
        QVERIFY(w);
        const QString app = appName(*w);
        typeCommand(*w, QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app);
        if (switchWhileOpen) {
            state.setPresenterMode(presenter);
            state.setZoomSteps(zoom);
        }
        QCoreApplication::processEvents(); // the header lays out its sections on a posted event

        QTreeWidget *tree = w->portal()->resourceTree();
        QCOMPARE(tree->font().pointSizeF(), appearance.effectiveFont().pointSizeF());
        QVERIFY(tree->topLevelItemCount() > 0);
        QVERIFY(w->portal()->selectResource(app));
        QStringList cut = cutCells(tree);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
        // Both columns are on screen, not scrolled out of the pane.
        QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
                 qPrintable(QStringLiteral("%1 > %2").arg(tree->header()->length()).arg(tree->viewport()->width())));

        w->runWorkload(app);
        QTreeView *events = w->flowView()->eventList();
        QVERIFY(events->model()->rowCount() > 2);
        // Each step makes another row the bold current one.
        for (const int step : {0, events->model()->rowCount() - 1}) {
            w->flowView()->player()->goTo(step);
            QCoreApplication::processEvents();
            QCOMPARE(events->font().pointSizeF(), appearance.effectiveFont().pointSizeF());
            cut = cutCells(events);
            QVERIFY2(cut.isEmpty(),
                     qPrintable(QStringLiteral("step %1: %2").arg(step).arg(cut.join(QStringLiteral("; ")))));
        }
        // The check sees a cut column: the time squeezed to a few pixels is reported.
        events->header()->setSectionResizeMode(1, QHeaderView::Interactive);
        events->header()->resizeSection(1, events->fontMetrics().horizontalAdvance(QStringLiteral("0.0")));
        QVERIFY(!cutCells(events).isEmpty());
    }

private:
    Lab::CheckRegistry m_registry = Lab::CheckRegistry::builtIn();
    std::unique_ptr<Lab::LabCatalog> m_catalog;
};

QTEST_MAIN(TestTypeScale)
#include "tst_typescale.moc"
