// Writes screenshots of the flow view (success and failure, light and dark, presenter) and of the lab
// workspace (the app's light and dark palettes, presenter mode, zoom, a small and a laptop window) into
// <build>/screenshots/ so a person can look at them; asserts only that each picture was written and is
// not blank. Run: ctest -R tst_flowscreenshots, then open build-*/screenshots/*.png.
#include "flowfixtures.h"
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labsession.h"
#include "textfit.h"
#include "ui/labs/canonicalflows.h"
#include "ui/labs/flowinspector.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labworkspace.h"
#include "ui/labs/portalview.h"
#include "ui/study/appearance.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

using namespace Keyless::Ui;
using namespace Keyless::Ui::Labs;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1b, 0x1d, 0x21));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7f, 0x87));
    return p;
}

} // namespace

class TestFlowScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        m_dir = QStringLiteral(KEYLESS_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(m_dir));
    }

    void flow_data()
    {
        QTest::addColumn<bool>("failure");
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<int>("step"); // -1: the end
        QTest::newRow("flow-success-light") << false << false << false << -1;
        QTest::newRow("flow-failure-light") << true << false << false << -1;
        QTest::newRow("flow-success-dark") << false << true << false << -1;
        QTest::newRow("flow-failure-dark") << true << true << false << -1;
        QTest::newRow("flow-failure-presenter") << true << false << true << -1;
        QTest::newRow("flow-token-light") << false << false << false << 3;
    }

    void flow()
    {
        QFETCH(bool, failure);
        QFETCH(bool, dark);
        QFETCH(bool, presenter);
        QFETCH(int, step);
        UiState ui;
        ui.setAnimationSpeed(1e6);
        ui.setPresenterMode(presenter);
        FlowView view(&ui);
        if (dark)
            view.setPalette(darkPalette());
        view.resize(1500, 860);
        view.setTrace(failure ? FlowFixtures::keyVaultDenied() : FlowFixtures::keyVaultAllowed());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (step < 0)
            view.player()->play();
        else
            view.player()->goTo(step);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QImage shot = view.grab().toImage();
        QVERIFY(shot.save(m_dir + QLatin1Char('/') + name + QStringLiteral(".png")));
        QVERIFY(view.exportPng(m_dir + QLatin1Char('/') + name + QStringLiteral("-diagram.png"), 1.0));
        QVERIFY(shot.width() == 1500);
    }

    // What the learner sees is whole: every toolbar button, label and filter as wide as its text (or a button its
    // icon only), the summary as tall as its lines.
    static void checkNothingCut(const FlowView &view)
    {
        const QStringList cut = TextFit::cutTexts(view);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        const QLabel *summary = view.inspector()->summary();
        QVERIFY2(summary->height() >= summary->heightForWidth(summary->width()), qPrintable(summary->text()));
    }

    // A canonical run at its resource request: event times and the Token tab with the presented token's claims.
    void canonicalFlow()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.resize(1500, 860);
        view.setTrace(canonicalAppServiceFlow());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.player()->goTo(4);
        QVERIFY(view.inspector()->tabs()->isTabEnabled(FlowInspector::TokenTab));
        TextFit::settle(); // a shot before the posted relayout showed buttons elided, the summary one line short
        checkNothingCut(view);
        QVERIFY(view.grab().toImage().save(m_dir + QStringLiteral("/flow-canonical-request-token.png")));
    }

    // The same run in German after a live switch: the simulator's narration in the inspector (the identity
    // endpoint's answer, then the authorization decision with its tab open).
    void canonicalFlowInGerman()
    {
        Translations translations;
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.resize(1500, 860);
        view.setTraceSource(&canonicalAppServiceFlow);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(translations.apply(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_COMPARE(view.findChild<QAbstractButton *>(QStringLiteral("playButton"))->text(),
                     QStringLiteral("Abspielen"));
        int answer = -1;
        int decision = -1;
        for (int i = 0; i < view.trace().events.size(); ++i) {
            const FlowEvent &e = view.trace().events.at(i);
            if (answer < 0 && e.kind == FlowKind::Response)
                answer = i;
            if (e.decision.present)
                decision = i;
        }
        QVERIFY(answer >= 0 && decision >= 0);
        view.player()->goTo(answer);
        TextFit::settle();
        checkNothingCut(view);
        QVERIFY(view.grab().toImage().save(m_dir + QStringLiteral("/flow-canonical-de-narration.png")));
        view.player()->goTo(decision);
        view.inspector()->tabs()->setCurrentIndex(FlowInspector::AuthorizationTab);
        TextFit::settle();
        checkNothingCut(view);
        QVERIFY(view.grab().toImage().save(m_dir + QStringLiteral("/flow-canonical-de-decision.png")));
        translations.apply(QStringLiteral("en"));
    }

    void workspace_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("zoom"); // Ctrl+= steps
        QTest::newRow("workspace-light") << false << false << QSize(1600, 1000) << 0;
        QTest::newRow("workspace-dark") << true << false << QSize(1600, 1000) << 0;
        QTest::newRow("workspace-presenter") << false << true << QSize(1600, 1000) << 0;
        QTest::newRow("workspace-small-dark") << true << false << QSize(1000, 640) << 0;
        QTest::newRow("workspace-laptop") << false << false << QSize(1280, 720) << 0;
        QTest::newRow("workspace-laptop-presenter") << false << true << QSize(1280, 720) << 0;
        QTest::newRow("workspace-laptop-zoomed") << false << false << QSize(1280, 720) << 4;
    }

    void workspace()
    {
        QFETCH(bool, dark);
        QFETCH(bool, presenter);
        QFETCH(QSize, size);
        QFETCH(int, zoom);
        UiState ui;
        ui.setAnimationSpeed(1e6);
        ui.setPresenterMode(presenter);
        ui.setZoomSteps(zoom);
        ui.setTheme(dark ? UiState::Theme::Dark : UiState::Theme::Light);
        Appearance appearance(ui); // the app's palettes and the presenter type scale
        Keyless::Lab::CheckRegistry registry = Keyless::Lab::CheckRegistry::builtIn();
        Keyless::Lab::LabCatalog catalog(registry);
        catalog.addBundled();
        LabWorkspace w(registry, nullptr, &ui);
        w.resize(size);
        w.openLab(catalog.find(QStringLiteral("func-cosmos-no-secret")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString app = w.session()->names().value(QStringLiteral("app"));
        w.runCommand(QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app);
        w.runCommand(QStringLiteral("az nonsense"));
        QVERIFY(w.portal()->selectResource(app));
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(w.grab().toImage().save(m_dir + QLatin1Char('/') + name + QStringLiteral("-portal.png")));
        w.runWorkload(app);
        QVERIFY(w.grab().toImage().save(m_dir + QLatin1Char('/') + name + QStringLiteral("-run.png")));
        // The finish page: the whole solution (after the runs above, as a learner would), then Check my work.
        for (const QString &line : w.session()->lab().solution) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                w.runCommand(w.session()->resolve(line));
        }
        // Solved, the run goes through DefaultAzureCredential's chain to the token: the whole diagram.
        w.runWorkload(app);
        QVERIFY(w.grab().toImage().save(m_dir + QLatin1Char('/') + name + QStringLiteral("-solved-run.png")));
        w.checkWork();
        QString failing;
        for (const auto &t : w.session()->evaluation().tasks) {
            if (!t.passed)
                failing += t.taskId + QStringLiteral(": ") + t.feedback() + QLatin1Char('\n');
        }
        QVERIFY2(w.isFinished(), qPrintable(failing));
        QVERIFY(w.grab().toImage().save(m_dir + QLatin1Char('/') + name + QStringLiteral("-finish.png")));
    }

private:
    QString m_dir;
};

QTEST_MAIN(TestFlowScreenshots)
#include "tst_flowscreenshots.moc"
