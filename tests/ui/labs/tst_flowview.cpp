// Widget tests of the animated flow view: model from a sim trace, scene items, player (at an instant
// speed factor, never sleeping), keyboard stepping, event list sync and filters, inspector, export.
#include "flowfixtures.h"
#include "textfit.h"
#include "ui/labs/canonicalflows.h"
#include "ui/labs/floweventmodel.h"
#include "ui/labs/flowinspector.h"
#include "ui/labs/flowitems.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowscene.h"
#include "ui/labs/flowview.h"
#include "ui/labs/longtextview.h"
#include "ui/study/appearance.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>

using namespace Keyless::Ui;
using namespace Keyless::Ui::Labs;

class TestFlowView final : public QObject
{
    Q_OBJECT

private:
    static int failedIndex(const FlowTrace &trace) { return trace.firstFailure(); }
    static void addCanonicalFlowRows()
    {
        QTest::addColumn<bool>("appService");
        QTest::newRow("imds") << false;
        QTest::newRow("app service") << true;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void adapterReadsSimTrace()
    {
        const FlowTrace trace = FlowFixtures::keyVaultDenied();
        // Control-plane events are not part of the authentication flow.
        QCOMPARE(trace.events.size(), 8);
        QCOMPARE(trace.participants.size(), 4);
        QCOMPARE(trace.participant(QStringLiteral("func1"))->role, FlowRole::Caller);
        QCOMPARE(trace.participant(QStringLiteral("msi:func1"))->role, FlowRole::IdentityEndpoint);
        QCOMPARE(trace.participant(QStringLiteral("entra"))->role, FlowRole::Entra);
        QCOMPARE(trace.participant(QStringLiteral("kv1"))->role, FlowRole::Resource);
        QCOMPARE(trace.participant(QStringLiteral("kv1"))->subtitle, QStringLiteral("Key Vault"));
        // The badge comes from the token: xms_mirid names the site, so the identity is system-assigned.
        QCOMPARE(trace.participant(QStringLiteral("func1"))->badge, QStringLiteral("System-assigned identity"));
        QCOMPARE(trace.firstFailure(), 6);
        QCOMPARE(trace.events.at(6).statusText(), QStringLiteral("403 ForbiddenByRbac"));
        QVERIFY(!trace.events.at(0).failed); // an unavailable credential in the chain is not a failure
        QVERIFY(trace.events.at(7).failed);
    }

    void jwtClaimsAreDecodedAndExplained()
    {
        const FlowTrace trace = FlowFixtures::keyVaultDenied();
        const FlowEvent &issued = trace.events.at(3);
        QCOMPARE(issued.kind, FlowKind::TokenIssued);
        QVERIFY(issued.claims.size() >= 14);
        QCOMPARE(issued.claims.first().name, QStringLiteral("aud")); // token order, not alphabetical
        for (const FlowClaim &claim : issued.claims) {
            QVERIFY2(!explainClaim(claim.name).isEmpty(), qPrintable(claim.name));
            QCOMPARE(claim.meaning, explainClaim(claim.name));
        }
        QVERIFY(explainClaim(QStringLiteral("oid")).contains(QStringLiteral("principal ID")));
        QVERIFY(explainClaim(QStringLiteral("no-such-claim")).isEmpty());
    }

    // Lesson "token-flow" links its seven steps to these hops (tst_coursecontent flowStepsMatchCanonicalFlow):
    // if the canonical run changes, the lesson's links must follow.
    void canonicalImdsRunHasTheHopsTheLessonLinks()
    {
        const FlowTrace trace = canonicalImdsFlow();
        QCOMPARE(trace.events.size(), 7);
        QCOMPARE(trace.events.at(3).status, 200); // the endpoint's answer with the token (lesson step 4)
    }

    // QA: the credential attempt was listed after the token request. Protocol order: the SDK tries its credential,
    // which asks the local endpoint, which gets the token from Entra ID and returns it; then the resource call.
    // QA: the token's "exp" was a bare number on the hop the token is issued on and "1767344700 (2026-…Z)" on the
    // next: claims read from the simulator's details and claims decoded from the token are shown alike.
    void tokenTimesReadAsDatesOnEveryHop_data() { addCanonicalFlowRows(); }
    void tokenTimesReadAsDatesOnEveryHop()
    {
        QFETCH(bool, appService);
        const FlowTrace trace = appService ? canonicalAppServiceFlow() : canonicalImdsFlow();
        int seen = 0;
        for (const FlowEvent &e : trace.events) {
            for (const FlowClaim &claim : e.claims) {
                if (claim.name != QLatin1String("exp") && claim.name != QLatin1String("iat") &&
                    claim.name != QLatin1String("nbf"))
                    continue;
                ++seen;
                QVERIFY2(QRegularExpression(QStringLiteral("^\\d+ \\(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\\)$"))
                             .match(claim.value)
                             .hasMatch(),
                         qPrintable(QStringLiteral("step %1 %2 = %3").arg(e.index + 1).arg(claim.name, claim.value)));
            }
        }
        QVERIFY(seen >= 6); // on the issued hop and on the hops that present the token
    }

    void canonicalFlowsFollowTheProtocolOrder_data() { addCanonicalFlowRows(); }
    void canonicalFlowsFollowTheProtocolOrder()
    {
        QFETCH(bool, appService);
        const FlowTrace trace = appService ? canonicalAppServiceFlow() : canonicalImdsFlow();
        QList<FlowKind> kinds;
        for (const FlowEvent &e : trace.events)
            kinds << e.kind;
        const QList<FlowKind> expected{
            FlowKind::CredentialAttempt, FlowKind::TokenRequest,          FlowKind::TokenIssued, FlowKind::Response,
            FlowKind::ResourceRequest,   FlowKind::AuthorizationDecision, FlowKind::Response};
        QCOMPARE(kinds, expected);
        QCOMPARE(trace.events.at(0).caption, QStringLiteral("ManagedIdentityCredential: requests a token"));
        const QString endpoint = appService ? QStringLiteral("msi:func-demo") : QStringLiteral("imds:vm-demo");
        QCOMPARE(trace.events.at(1).to, endpoint);
        QCOMPARE(trace.events.at(3).from, endpoint);
    }

    // QA: every event showed 0.000 s. Each hop takes Trace::HopLatencyMs (20 ms) of simulated time, the same on
    // every run.
    void canonicalFlowTimesIncreaseAndRepeat_data() { addCanonicalFlowRows(); }
    void canonicalFlowTimesIncreaseAndRepeat()
    {
        QFETCH(bool, appService);
        const FlowTrace trace = appService ? canonicalAppServiceFlow() : canonicalImdsFlow();
        const FlowTrace again = appService ? canonicalAppServiceFlow() : canonicalImdsFlow();
        QCOMPARE(again.events.size(), trace.events.size());
        for (int i = 1; i < trace.events.size(); ++i)
            QVERIFY2(trace.events.at(i).timeMs > trace.events.at(i - 1).timeMs, qPrintable(QString::number(i)));
        for (int i = 0; i < trace.events.size(); ++i)
            QCOMPARE(again.events.at(i).timeMs, trace.events.at(i).timeMs);

        FlowEventModel model;
        model.setTrace(trace);
        auto timeText = [&model](int row) {
            return model.data(model.index(row, FlowEventModel::TimeColumn), Qt::DisplayRole).toString();
        };
        QCOMPARE(timeText(0), QStringLiteral("0.000 s"));
        QCOMPARE(timeText(1), QStringLiteral("0.020 s"));
        QCOMPARE(timeText(6), QStringLiteral("0.120 s"));
    }

    // QA: the Token tab was disabled on the hops that carry the token. It is enabled exactly on the token issued by
    // Entra ID, the endpoint's response with it, and the resource request presenting it — and shows the same token.
    void tokenTabIsEnabledExactlyWhereTheTokenTravels_data() { addCanonicalFlowRows(); }
    void tokenTabIsEnabledExactlyWhereTheTokenTravels()
    {
        QFETCH(bool, appService);
        UiState ui;
        FlowView view(&ui);
        const FlowTrace trace = appService ? canonicalAppServiceFlow() : canonicalImdsFlow();
        view.setTrace(trace);
        FlowInspector *inspector = view.inspector();
        const QString audience =
            appService ? QStringLiteral("https://vault.azure.net") : QStringLiteral("https://storage.azure.com");
        QString jwt;
        for (int i = 0; i < trace.events.size(); ++i) {
            view.player()->goTo(i);
            const bool carries = i == 2 || i == 3 || i == 4;
            QCOMPARE(inspector->tabs()->isTabEnabled(FlowInspector::TokenTab), carries);
            if (!carries)
                continue;
            // Entra's hop carries the claims it issued; the response and the request carry the JWT itself.
            if (i > 2) {
                QVERIFY(!trace.events.at(i).jwt.isEmpty());
                if (!jwt.isEmpty())
                    QCOMPARE(trace.events.at(i).jwt, jwt);
                jwt = trace.events.at(i).jwt;
            }
            QTableWidget *claims = inspector->claimsTable();
            QString aud;
            for (int row = 0; row < claims->rowCount(); ++row) {
                if (claims->item(row, 0)->text() == QLatin1String("aud"))
                    aud = claims->item(row, 1)->text();
            }
            QCOMPARE(aud, audience);
        }
    }

    // QA: in the dark theme the tool-button icons were dark on dark. They take the palette's button text colour.
    void toolButtonIconsFollowThePalette_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("dark") << true;
        QTest::newRow("light") << false;
    }

    void toolButtonIconsFollowThePalette()
    {
        QFETCH(bool, dark);
        UiState ui;
        FlowView view(&ui);
        QPalette palette = view.palette();
        palette.setColor(QPalette::Button, dark ? QColor(0x2b, 0x2f, 0x36) : QColor(0xf0, 0xf0, 0xf0));
        palette.setColor(QPalette::ButtonText, dark ? QColor(0xe6, 0xe6, 0xe6) : QColor(0x20, 0x20, 0x20));
        view.setPalette(palette);
        for (const char *name : {"restartButton", "stepBackButton", "playButton", "stepForwardButton"}) {
            auto *button = view.findChild<QAbstractButton *>(QLatin1String(name));
            QVERIFY(button);
            const QImage image = button->icon().pixmap(QSize(16, 16)).toImage();
            int opaque = 0;
            double lightness = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.alpha() > 128) {
                        ++opaque;
                        lightness += c.lightnessF();
                    }
                }
            }
            QVERIFY2(opaque > 0, name);
            lightness /= opaque;
            QVERIFY2(dark ? lightness > 0.7 : lightness < 0.3,
                     qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(name)).arg(lightness)));
        }
    }

    void decisionIsParsed()
    {
        const FlowEvent e = FlowFixtures::keyVaultDenied().events.at(6); // a copy: the trace is a temporary
        QVERIFY(e.decision.present);
        QVERIFY(!e.decision.allowed);
        QVERIFY(e.decision.action.startsWith(QStringLiteral("Microsoft.KeyVault/vaults/secrets/getSecret/action")));
        QCOMPARE(e.decision.considered.size(), 1);
        QVERIFY(e.decision.considered.first().contains(QStringLiteral("Contributor")));
        QVERIFY(e.decision.considered.first().contains(QStringLiteral("grants no data actions")));
    }

    void kindNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::newRow("token request") << QStringLiteral("token request") << int(FlowKind::TokenRequest);
        QTest::newRow("TokenRequest") << QStringLiteral("TokenRequest") << int(FlowKind::TokenRequest);
        QTest::newRow("token_issued") << QStringLiteral("token_issued") << int(FlowKind::TokenIssued);
        QTest::newRow("cache hit") << QStringLiteral("TokenCacheHit") << int(FlowKind::CacheHit);
        QTest::newRow("decision") << QStringLiteral("AuthorizationDecision") << int(FlowKind::AuthorizationDecision);
        QTest::newRow("resource") << QStringLiteral("resource request") << int(FlowKind::ResourceRequest);
        QTest::newRow("response") << QStringLiteral("Response") << int(FlowKind::Response);
        QTest::newRow("credential") << QStringLiteral("CredentialAttempt") << int(FlowKind::CredentialAttempt);
        QTest::newRow("other") << QStringLiteral("Note") << int(FlowKind::Other);
    }

    void kindNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QCOMPARE(int(flowKindFromName(name)), kind);
    }

    void sceneBuildsTypedItems()
    {
        FlowScene scene;
        scene.setTrace(FlowFixtures::keyVaultDenied());
        int nodes = 0, edges = 0, packets = 0;
        const QList<QGraphicsItem *> items = scene.items();
        for (QGraphicsItem *item : items) {
            if (qgraphicsitem_cast<FlowNodeItem *>(item))
                ++nodes;
            else if (qgraphicsitem_cast<FlowEdgeItem *>(item))
                ++edges;
            else if (qgraphicsitem_cast<FlowPacketItem *>(item))
                ++packets;
        }
        QCOMPARE(nodes, 4);
        QCOMPARE(edges, 3); // func1–msi, msi–entra, func1–kv1
        QCOMPARE(packets, 1);
        QVERIFY(scene.edge(QStringLiteral("kv1"), QStringLiteral("func1")));
        QVERIFY(!scene.edge(QStringLiteral("entra"), QStringLiteral("kv1")));
        // Layout: caller left of the endpoint, Entra ID right of it, the resource below Entra ID.
        const QPointF caller = scene.node(QStringLiteral("func1"))->pos();
        const QPointF endpoint = scene.node(QStringLiteral("msi:func1"))->pos();
        const QPointF entra = scene.node(QStringLiteral("entra"))->pos();
        const QPointF vault = scene.node(QStringLiteral("kv1"))->pos();
        QVERIFY(caller.x() < endpoint.x());
        QVERIFY(endpoint.x() < entra.x());
        QVERIFY(vault.y() > entra.y());
        // No two nodes overlap.
        const QList<FlowNodeItem *> all = scene.nodes();
        for (int i = 0; i < all.size(); ++i)
            for (int j = i + 1; j < all.size(); ++j)
                QVERIFY(!all[i]->sceneBoundingRect().intersects(all[j]->sceneBoundingRect()));
    }

    void edgesFollowTheirNodes()
    {
        FlowScene scene;
        scene.setTrace(FlowFixtures::keyVaultDenied());
        FlowEdgeItem *edge = scene.edge(QStringLiteral("func1"), QStringLiteral("kv1"));
        const QPointF before = edge->pointAt(1.0, QStringLiteral("func1"));
        scene.node(QStringLiteral("kv1"))->moveBy(0, 200);
        const QPointF after = edge->pointAt(1.0, QStringLiteral("func1"));
        QVERIFY(after.y() > before.y() + 150);
    }

    void instantPlayReachesFailedFinalState()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        QSignalSpy frames(view.player(), &FlowPlayer::frame);
        QSignalSpy finished(view.player(), &FlowPlayer::finished);
        view.player()->play();
        QCOMPARE(view.player()->step(), 7);
        QCOMPARE(view.player()->progress(), 1.0);
        QVERIFY(!view.player()->isPlaying());
        QCOMPARE(finished.count(), 1);
        QVERIFY(frames.count() >= 8);
        FlowScene *scene = view.scene();
        FlowEdgeItem *hop = scene->edge(QStringLiteral("func1"), QStringLiteral("kv1"));
        QCOMPARE(hop->state(), FlowEdgeItem::State::Failed);
        QCOMPARE(hop->badge(), QStringLiteral("403 ForbiddenByRbac"));
        QCOMPARE(scene->edge(QStringLiteral("msi:func1"), QStringLiteral("entra"))->state(), FlowEdgeItem::State::Done);
        QCOMPARE(scene->node(QStringLiteral("kv1"))->gate(), FlowNodeItem::Gate::Shut);
        QVERIFY(scene->packet()->failed());
        QVERIFY(scene->packet()->caption().contains(QStringLiteral("403")));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("stepLabel"))->text(), QStringLiteral("Step 8 of 8"));
    }

    // A role-based decision is an "RBAC check" and opens the resource's gate (a key decision is not: tst_labworkspace).
    void roleDecisionsAreRbacChecks()
    {
        for (const FlowTrace &trace : {canonicalImdsFlow(), canonicalAppServiceFlow()}) {
            FlowScene scene;
            scene.setTrace(trace);
            int decisions = 0;
            for (const FlowEvent &e : trace.events) {
                if (e.kind != FlowKind::AuthorizationDecision || !e.decision.present)
                    continue;
                ++decisions;
                QVERIFY2(e.decision.system.contains(QStringLiteral("RBAC")), qPrintable(e.decision.system));
                QCOMPARE(e.caption, QStringLiteral("RBAC check"));
                scene.showStep(e.index, 1.0);
                const QString resource = e.to.isEmpty() ? e.from : e.to;
                QCOMPARE(scene.node(resource)->gate(),
                         e.decision.allowed ? FlowNodeItem::Gate::Open : FlowNodeItem::Gate::Shut);
            }
            QVERIFY(decisions > 0);
        }
    }

    void currentStepIsHighlighted()
    {
        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.player()->goTo(5); // func1 → kv1, arrived, succeeded so far
        FlowScene *scene = view.scene();
        QCOMPARE(scene->edge(QStringLiteral("func1"), QStringLiteral("kv1"))->state(), FlowEdgeItem::State::Current);
        QVERIFY(scene->node(QStringLiteral("func1"))->isActive());
        QVERIFY(scene->node(QStringLiteral("kv1"))->isActive());
        QVERIFY(!scene->node(QStringLiteral("entra"))->isActive());
        QCOMPARE(scene->node(QStringLiteral("kv1"))->gate(), FlowNodeItem::Gate::Unknown);
        QCOMPARE(view.eventModel()->currentStep(), 5);
        QVERIFY(view.eventModel()->index(5, 0).data(FlowEventModel::CurrentRole).toBool());
    }

    void movingPacketTravelsAlongItsEdge()
    {
        UiState ui; // normal speed: the animation runs on the event loop, we only look at its start
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.player()->goTo(4);
        view.player()->stepForward();
        QVERIFY(view.player()->isMoving());
        QCOMPARE(view.player()->step(), 5);
        QVERIFY(view.player()->progress() < 1.0);
        const QPointF start = view.scene()->packet()->pos();
        view.scene()->showStep(5, 0.5);
        const QPointF middle = view.scene()->packet()->pos();
        QVERIFY(middle != start);
        // A second press lands the move at once and goes on to the next hop (classroom stepping never waits,
        // and never swallows a press: QA saw two quick presses move one step).
        QSignalSpy steps(view.player(), &FlowPlayer::stepChanged);
        view.player()->stepForward();
        QCOMPARE(steps.count(), 1);
        QCOMPARE(view.player()->step(), 6);
        QVERIFY(view.player()->isMoving());
        // At the last hop a press lands it; there is nothing after it.
        const int last = int(view.trace().events.size()) - 1;
        view.player()->goTo(last - 1);
        view.player()->stepForward();
        QVERIFY(view.player()->isMoving());
        view.player()->stepForward();
        QCOMPARE(view.player()->step(), last);
        QVERIFY(!view.player()->isMoving());
        QCOMPARE(view.player()->progress(), 1.0);
    }

    void reducedMotionStepsWithoutMovement()
    {
        UiState ui;
        ui.setReducedMotion(true);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        QSignalSpy frames(view.player(), &FlowPlayer::frame);
        view.player()->stepForward();
        QVERIFY(!view.player()->isMoving());
        QCOMPARE(view.player()->step(), 0);
        QCOMPARE(view.player()->progress(), 1.0);
        // Every frame shows an arrived state: nothing in between.
        for (const QList<QVariant> &frame : std::as_const(frames))
            QCOMPARE(frame.at(1).toReal(), 1.0);
    }

    void keyboardSteps()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.graphicsView()->setFocus();
        QTest::keyClick(view.graphicsView(), Qt::Key_Right);
        QTest::keyClick(view.graphicsView(), Qt::Key_Right);
        QCOMPARE(view.player()->step(), 1);
        QTest::keyClick(view.graphicsView(), Qt::Key_Left);
        QCOMPARE(view.player()->step(), 0);
        QTest::keyClick(view.eventList(), Qt::Key_Space); // plays to the end (instant)
        QCOMPARE(view.player()->step(), 7);
        QTest::keyClick(view.graphicsView(), Qt::Key_Home);
        QCOMPARE(view.player()->step(), -1);
        QVERIFY(!view.scene()->packet()->isVisible());
    }

    // QA: the inspector's red status and "Allowed"/"Denied" were fixed light-theme colours (1.9:1 on the dark header).
    void inspectorStatusFollowsThePalette()
    {
        const FlowTrace trace = FlowFixtures::keyVaultDenied();
        int failed = -1;
        for (int i = 0; i < trace.events.size(); ++i) {
            if (trace.events.at(i).failed && trace.events.at(i).decision.present)
                failed = i;
        }
        QVERIFY(failed >= 0);
        FlowInspector inspector;
        inspector.setPalette(Keyless::Ui::Appearance::lightPalette());
        inspector.inspect(trace.events.at(failed), trace);
        const QString lightBad = Keyless::Ui::statusColors(Keyless::Ui::Appearance::lightPalette()).bad.name();
        const QString darkBad = Keyless::Ui::statusColors(Keyless::Ui::Appearance::darkPalette()).bad.name();
        QVERIFY(lightBad != darkBad);
        QVERIFY2(inspector.summary()->text().contains(lightBad), qPrintable(inspector.summary()->text()));
        QVERIFY(inspector.decisionView()->toHtml().contains(lightBad));
        inspector.setPalette(Keyless::Ui::Appearance::darkPalette()); // a theme switch while it shows the event
        QVERIFY2(inspector.summary()->text().contains(darkBad), qPrintable(inspector.summary()->text()));
        QVERIFY(!inspector.summary()->text().contains(lightBad));
        QVERIFY(inspector.decisionView()->toHtml().contains(darkBad));
    }

    // QA: Space on a focused Step or PNG… button played the whole run.
    // QA (stop 19): one 300,000-character word froze the console for 30 s. The HTTP pane shows messages of any size
    // (a curl's body among them) as the console does: with break opportunities no one sees, copied as sent.
    void aVeryLongBodyInTheHttpPaneIsCopiedAsSent()
    {
        const FlowTrace trace = FlowFixtures::keyVaultDenied();
        FlowEvent event = trace.events.first();
        const QString body(300000, QLatin1Char('E'));
        event.response = QStringLiteral("HTTP/1.1 200 OK\n\n") + body;
        FlowInspector inspector;
        inspector.resize(500, 400);
        inspector.show();
        inspector.inspect(event, trace);
        LongTextView *http = inspector.httpView();
        QVERIFY(!http->toPlainText().contains(QString(1025, QLatin1Char('E'))));
        http->selectAll();
        QTest::keySequence(http, QKeySequence::Copy);
        QVERIFY(QApplication::clipboard()->text().contains(QStringLiteral("HTTP/1.1 200 OK\n\n") + body));
    }

    void focusedControlsKeepTheirOwnKeys()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *step = view.findChild<QToolButton *>(QStringLiteral("stepForwardButton"));
        auto *speed = view.findChild<QComboBox *>(QStringLiteral("speedBox"));
        QVERIFY(step && speed);
        step->setFocus();
        QTest::keyClick(step, Qt::Key_Space); // the button's own click: one step
        QCOMPARE(view.player()->step(), 0);
        QVERIFY(!view.player()->isPlaying());
        speed->setFocus();
        QVERIFY(speed->currentIndex() > 0);
        QTest::keyClick(speed, Qt::Key_Home); // the list's first speed, not a restart
        QCOMPARE(speed->currentIndex(), 0);
        QCOMPARE(view.player()->step(), 0);
        QTest::keyClick(speed, Qt::Key_Space); // opens the list
        QTRY_VERIFY(speed->view()->isVisible());
        QVERIFY(!view.player()->isPlaying());
        speed->hidePopup();
        // Elsewhere in the view they are still the classroom keys.
        view.graphicsView()->setFocus();
        QTest::keyClick(view.graphicsView(), Qt::Key_Right);
        QCOMPARE(view.player()->step(), 1);
    }

    void buttonsDriveThePlayer()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        auto click = [&view](const char *name) {
            auto *button = view.findChild<QAbstractButton *>(QLatin1String(name));
            QVERIFY2(button, name);
            QVERIFY2(button->isEnabled(), name);
            button->click();
        };
        click("stepForwardButton");
        click("stepForwardButton");
        QCOMPARE(view.player()->step(), 1);
        click("stepBackButton");
        QCOMPARE(view.player()->step(), 0);
        click("playButton");
        QVERIFY(view.player()->atEnd());
        QVERIFY(!view.findChild<QAbstractButton *>(QStringLiteral("stepForwardButton"))->isEnabled());
        click("restartButton");
        QCOMPARE(view.player()->step(), -1);
    }

    void eventListFollowsAndDrivesTheAnimation()
    {
        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        QTreeView *list = view.eventList();
        QCOMPARE(list->model()->rowCount(), 8);
        view.player()->goTo(3);
        QCOMPARE(list->currentIndex().row(), 3);
        // Clicking a row shows that event.
        list->setCurrentIndex(list->model()->index(6, 0));
        QCOMPARE(view.player()->step(), 6);
        QCOMPARE(view.scene()->node(QStringLiteral("kv1"))->gate(), FlowNodeItem::Gate::Shut);
        // The failed hop is marked in the list.
        const QModelIndex failed = list->model()->index(6, FlowEventModel::StatusColumn);
        QCOMPARE(failed.data().toString(), QStringLiteral("403 ForbiddenByRbac"));
        QVERIFY(failed.data(FlowEventModel::FailedRole).toBool());
        QVERIFY(failed.data(Qt::ForegroundRole).value<QColor>() == view.scene()->flowStyle().failure);
        QCOMPARE(list->model()->index(6, FlowEventModel::HopColumn).data().toString(), QStringLiteral("kv1"));
        QCOMPARE(list->model()->index(5, FlowEventModel::HopColumn).data().toString(), QStringLiteral("func1 → kv1"));
    }

    void filtersByOutcomeAndKind()
    {
        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        QTreeView *list = view.eventList();
        view.outcomeFilterBox()->setCurrentIndex(2); // failed
        QCOMPARE(list->model()->rowCount(), 2);
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(list->model()->index(row, 0).data(FlowEventModel::FailedRole).toBool());
        view.outcomeFilterBox()->setCurrentIndex(1); // succeeded
        QCOMPARE(list->model()->rowCount(), 6);
        view.outcomeFilterBox()->setCurrentIndex(0);
        const int tokenRequests = view.kindFilterBox()->findText(flowKindName(FlowKind::TokenRequest));
        QVERIFY(tokenRequests > 0);
        view.kindFilterBox()->setCurrentIndex(tokenRequests);
        QCOMPARE(list->model()->rowCount(), 2);
        // Selecting a filtered row still drives the right event.
        list->setCurrentIndex(list->model()->index(1, 0));
        QCOMPARE(view.player()->step(), 2);
        // An event hidden by the filter leaves no stale selection.
        view.player()->goTo(6);
        QVERIFY(!list->selectionModel()->hasSelection());
    }

    // A trace's texts are made when it is converted, so on a language switch the view converts the run again and
    // stays where it was. Before, the controls stayed in the start language, and the event kinds, participants and
    // badges were English in every language: the converter asked for a context lupdate never files them under.
    void followsALanguageSwitch()
    {
        Translations translations;
        UiState ui;
        FlowView view(&ui);
        view.setTraceSource(&FlowFixtures::keyVaultDenied);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *play = view.findChild<QAbstractButton *>(QStringLiteral("playButton"));
        FlowInspector *inspector = view.inspector();
        view.player()->goTo(6);
        QCOMPARE(inspector->tabs()->currentIndex(), int(FlowInspector::AuthorizationTab));
        inspector->tabs()->setCurrentIndex(FlowInspector::HttpTab); // the learner's choice of tab
        const int tokenRequests = view.kindFilterBox()->findText(QStringLiteral("token request"));
        QVERIFY(tokenRequests > 0);
        view.kindFilterBox()->setCurrentIndex(tokenRequests);
        QCOMPARE(view.eventList()->model()->rowCount(), 2);

        QCOMPARE(translations.apply(QStringLiteral("de")), QStringLiteral("de"));
        QTRY_COMPARE(play->text(), QStringLiteral("Abspielen"));
        // The same place in the same run.
        QCOMPARE(view.player()->step(), 6);
        QCOMPARE(view.kindFilterBox()->currentIndex(), tokenRequests);
        QCOMPARE(view.kindFilterBox()->currentText(), QStringLiteral("Token-Anfrage"));
        QCOMPARE(view.kindFilterBox()->itemText(0), QStringLiteral("Alle Arten"));
        QCOMPARE(view.eventList()->model()->rowCount(), 2); // the filter follows the new name
        QCOMPARE(view.outcomeFilterBox()->itemText(0), QStringLiteral("Alle Ergebnisse"));
        QCOMPARE(inspector->tabs()->currentIndex(), int(FlowInspector::HttpTab));
        QCOMPARE(inspector->tabs()->tabText(FlowInspector::AuthorizationTab), QStringLiteral("Autorisierung"));
        QCOMPARE(inspector->claimsTable()->horizontalHeaderItem(2)->text(), QStringLiteral("Bedeutung"));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("stepLabel"))->text(), QStringLiteral("Schritt 7 von 8"));
        // What the run's conversion words.
        QCOMPARE(view.eventModel()->headerData(FlowEventModel::KindColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Art"));
        QCOMPARE(view.eventModel()->index(2, FlowEventModel::KindColumn).data().toString(),
                 QStringLiteral("Token-Anfrage"));
        // Numbers in the language's own form (QA: "1.000 s" in German).
        QCOMPARE(view.eventModel()->index(5, FlowEventModel::TimeColumn).data().toString(), QStringLiteral("1,000 s"));
        QCOMPARE(view.trace().participant(QStringLiteral("entra"))->subtitle,
                 QStringLiteral("Token-Aussteller (login.microsoftonline.com)"));
        QCOMPARE(view.trace().participant(QStringLiteral("func1"))->badge,
                 QStringLiteral("Systemseitig zugewiesene Identität"));
        QVERIFY2(inspector->summary()->text().contains(view.trace().events.at(6).kindName),
                 qPrintable(inspector->summary()->text()));
        QCOMPARE(view.trace().events.at(6).kindName, QStringLiteral("Autorisierungsentscheidung"));
        FlowEvent denied;
        denied.decision.present = true;
        QCOMPARE(denied.statusText(), QStringLiteral("Verweigert"));

        QCOMPARE(translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(play->text(), QStringLiteral("Play"));
        QCOMPARE(view.player()->step(), 6);
        QCOMPARE(view.kindFilterBox()->currentText(), QStringLiteral("token request"));
        QCOMPARE(view.trace().participant(QStringLiteral("func1"))->badge, QStringLiteral("System-assigned identity"));
        QCOMPARE(denied.statusText(), QStringLiteral("Denied"));
        QCOMPARE(view.eventModel()->index(5, FlowEventModel::TimeColumn).data().toString(), QStringLiteral("1.000 s"));
    }

    void toolBarShowsTextsOrIcons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenter");
        for (const char *language : {"de", "es", "en"}) {
            QTest::addRow("%s", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s-presenter", language) << QString::fromLatin1(language) << true;
        }
    }

    // QA: in presenter mode and in small windows the player's buttons elided their texts ("Ne…en", an icon and
    // "…") and the step label was cut ("Schritt 6 vo"). With room the buttons show icon and text; without, their
    // icons only; the step label gives way first, shortened with its whole text in a tooltip, and never a button.
    void toolBarShowsTextsOrIcons()
    {
        QFETCH(QString, language);
        QFETCH(bool, presenter);
        Translations translations;
        const auto backToEnglish = qScopeGuard([&translations] { translations.apply(QStringLiteral("en")); });
        UiState ui;
        ui.setAnimationSpeed(1e6);
        Appearance appearance(ui);
        FlowView view(&ui);
        view.setTraceSource(&FlowFixtures::keyVaultDenied);
        view.resize(1500, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.player()->goTo(5);
        QCOMPARE(translations.apply(language), language);
        auto *play = view.findChild<QToolButton *>(QStringLiteral("playButton"));
        QTRY_COMPARE(play->text(), QCoreApplication::translate("Keyless::Ui::Labs::FlowView", "Play"));
        ui.setPresenterMode(presenter);
        TextFit::settle();
        const QList<QToolButton *> buttons{view.findChild<QToolButton *>(QStringLiteral("restartButton")),
                                           view.findChild<QToolButton *>(QStringLiteral("stepBackButton")), play,
                                           view.findChild<QToolButton *>(QStringLiteral("stepForwardButton"))};
        auto styles = [&buttons] {
            QList<Qt::ToolButtonStyle> result;
            for (const QToolButton *button : buttons)
                result << button->toolButtonStyle();
            return result;
        };
        const QList<Qt::ToolButtonStyle> beside(4, Qt::ToolButtonTextBesideIcon);
        const QList<Qt::ToolButtonStyle> iconsOnly(4, Qt::ToolButtonIconOnly);
        auto *stepLabel = view.findChild<QLabel *>(QStringLiteral("stepLabel"));
        QCOMPARE(stepLabel->text(), QCoreApplication::translate("Keyless::Ui::Labs::FlowView", "Step %1 of %2")
                                        .arg(6)
                                        .arg(view.trace().events.size()));

        // A wide row: icon and text, and the step label whole.
        QCOMPARE(styles(), beside);
        QStringList cut = TextFit::cutTexts(view);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        QVERIFY(stepLabel->width() >= stepLabel->fontMetrics().horizontalAdvance(stepLabel->text()));

        // As narrow as the view goes: icons only, nothing cut.
        view.resize(view.minimumSizeHint().width(), 700);
        TextFit::settle();
        QCOMPARE(styles(), iconsOnly);
        cut = TextFit::cutTexts(view);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        for (const QToolButton *button : buttons)
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(button->objectName()));

        // And back.
        view.resize(1500, 700);
        TextFit::settle();
        QCOMPARE(styles(), beside);
    }

    // QA: in presenter mode with zoom a hop wider than the pane showed its receiving end, its sender cut off. A hop
    // that cannot fit shows where it starts: its sender whole, inside the pane.
    void aHopWiderThanThePaneShowsItsSender()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        Appearance appearance(ui);
        ui.setPresenterMode(true);
        ui.setZoomSteps(4);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.resize(900, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        FlowGraphicsView *diagram = view.graphicsView();
        QVERIFY2(diagram->isClamped(), "the whole diagram fits: this test shows nothing");
        int wide = 0;
        for (int step = 0; step < view.player()->eventCount(); ++step) {
            view.player()->goTo(step);
            const QRect shown = diagram->viewport()->rect();
            const QRect hop = diagram->mapFromScene(view.scene()->currentHopRect()).boundingRect();
            const QRect sender = diagram->mapFromScene(view.scene()->currentSenderRect()).boundingRect();
            if (hop.width() <= shown.width() && hop.height() <= shown.height())
                continue;
            wide += sender.left() <= hop.left(); // a hop to the right, the case that cut its sender off
            QVERIFY2(shown.contains(sender),
                     qPrintable(QStringLiteral("step %1: sender at %2,%3 %4x%5 outside the %6x%7 pane")
                                    .arg(step)
                                    .arg(sender.x())
                                    .arg(sender.y())
                                    .arg(sender.width())
                                    .arg(sender.height())
                                    .arg(shown.width())
                                    .arg(shown.height())));
        }
        QVERIFY2(wide > 0, "no hop to the right is wider than the pane: this test shows nothing");
    }

    // A run playing when the language changes is made again and plays on from where it was (QA switched mid-play).
    void aLanguageSwitchWhilePlayingPlaysOn()
    {
        Translations translations;
        UiState ui;
        FlowView view(&ui);
        view.setTraceSource(&FlowFixtures::keyVaultDenied);
        view.player()->goTo(2);
        view.player()->play();
        QVERIFY(view.player()->isPlaying());
        const int step = view.player()->step();
        translations.apply(QStringLiteral("de"));
        auto *play = view.findChild<QAbstractButton *>(QStringLiteral("playButton"));
        QTRY_COMPARE(view.trace().events.at(2).kindName, QStringLiteral("Token-Anfrage"));
        QVERIFY(view.player()->isPlaying());
        QCOMPARE(play->text(), QStringLiteral("Pause")); // German too
        QVERIFY2(view.player()->step() >= step, qPrintable(QString::number(view.player()->step())));
        view.player()->pause();
        translations.apply(QStringLiteral("en"));
        QTRY_COMPARE(play->text(), QStringLiteral("Play"));
        QVERIFY(!view.player()->isPlaying());
    }

    // A trace given as it is (no source to make it again) keeps its texts; the controls still switch.
    void fixedTraceKeepsItsTextsOnALanguageSwitch()
    {
        Translations translations;
        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.player()->goTo(2);
        translations.apply(QStringLiteral("es"));
        auto *play = view.findChild<QAbstractButton *>(QStringLiteral("playButton"));
        QTRY_VERIFY(play->text() != QStringLiteral("Play"));
        QCOMPARE(view.player()->step(), 2);
        QCOMPARE(view.trace().events.at(2).kindName, QStringLiteral("token request"));
        translations.apply(QStringLiteral("en"));
        QTRY_COMPARE(play->text(), QStringLiteral("Play"));
    }

    // QA: with an event selected in a shown view, a filter that hid it moved the list's current row to a
    // neighbour, which jumped the run to that step while the filter was still removing rows (Qt warned of invalid
    // indexes and one token request went missing from the list).
    void filteringOutTheCurrentStepLeavesTheRunWhereItIs_data()
    {
        QTest::addColumn<bool>("byKind");
        QTest::newRow("kind") << true;
        QTest::newRow("outcome") << false;
    }
    void filteringOutTheCurrentStepLeavesTheRunWhereItIs()
    {
        QFETCH(bool, byKind);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("Invalid index")));
        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.player()->goTo(6); // the denied authorization decision
        QSignalSpy steps(view.player(), &FlowPlayer::stepChanged);
        if (byKind)
            view.kindFilterBox()->setCurrentIndex(view.kindFilterBox()->findText(QStringLiteral("token request")));
        else
            view.outcomeFilterBox()->setCurrentIndex(1); // succeeded
        QCOMPARE(view.eventList()->model()->rowCount(), byKind ? 2 : 6);
        QCOMPARE(view.player()->step(), 6);
        QCOMPARE(steps.count(), 0);
        QVERIFY(!view.eventList()->selectionModel()->hasSelection());
        // Back to every event: the current step is selected again.
        if (byKind)
            view.kindFilterBox()->setCurrentIndex(0);
        else
            view.outcomeFilterBox()->setCurrentIndex(0);
        QCOMPARE(view.eventList()->currentIndex().row(), 6);
        QVERIFY(view.eventList()->selectionModel()->isRowSelected(6, {}));
    }

    // In Spanish the IMDS endpoint's subtitle ("punto de conexión de identidad IMDS (vm-demo)") was cut off:
    // nodes are as wide as their texts, in every language.
    void nodeTextsFitInEveryLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("appService");
        for (const char *language : {"en", "de", "es"}) {
            QTest::addRow("%s imds", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s app service", language) << QString::fromLatin1(language) << true;
        }
    }
    void nodeTextsFitInEveryLanguage()
    {
        QFETCH(QString, language);
        QFETCH(bool, appService);
        Translations translations;
        QCOMPARE(translations.apply(language), language);
        FlowScene scene;
        scene.setTrace(appService ? canonicalAppServiceFlow() : canonicalImdsFlow());
        const QFontMetricsF title(scene.flowStyle().font(1.15, true));
        const QFontMetricsF small(scene.flowStyle().font(0.9));
        QVERIFY(scene.nodes().size() >= 4);
        for (const FlowNodeItem *node : scene.nodes()) {
            const FlowParticipant &p = node->participant();
            QVERIFY2(title.horizontalAdvance(p.label) <= node->textWidth(), qPrintable(p.label));
            QVERIFY2(small.horizontalAdvance(p.subtitle) <= node->textWidth(), qPrintable(p.subtitle));
            if (!p.badge.isEmpty()) // the badge has a dot before it
                QVERIFY2(small.horizontalAdvance(p.badge) + small.height() <= node->textWidth(), qPrintable(p.badge));
        }
        translations.apply(QStringLiteral("en"));
    }

    // QA: in Spanish the "comprobación de RBAC" bubble at the storage account (a node on the right) ran past the
    // diagram's edge and was cut off. Every step's caption stays inside the diagram, in every language.
    void packetCaptionsStayInsideTheDiagram_data() { nodeTextsFitInEveryLanguage_data(); }
    void packetCaptionsStayInsideTheDiagram()
    {
        QFETCH(QString, language);
        QFETCH(bool, appService);
        Translations translations;
        QCOMPARE(translations.apply(language), language);
        FlowScene scene;
        scene.setTrace(appService ? canonicalAppServiceFlow() : canonicalImdsFlow());
        for (const bool presenter : {false, true}) // presenter mode: larger type, the same diagram
            for (int step = 0; step < scene.trace().events.size(); ++step) {
                scene.setFlowStyle(FlowStyle::fromPalette(QPalette(), presenter));
                for (const qreal progress : {0.25, 0.5, 0.75, 1.0}) {
                    scene.showStep(step, progress);
                    const FlowPacketItem *packet = scene.packet();
                    const QRectF label = packet->mapRectToScene(packet->labelRect());
                    // QA: "access token (JWT) — 200" covered the title of Microsoft Entra ID as it arrived, a caption
                    // leaving a node downwards its badge, and the line to a raised caption ran through a node's title.
                    const QLineF leader = packet->leaderLine();
                    QList<QPointF> leaderPoints;
                    // Beyond half a dot more than its rim: the dot itself sits on a node's edge.
                    const qreal rim = leader.isNull() ? 0 : QLineF(QPointF(0, 0), leader.p1()).length() * 1.5;
                    for (int i = 0; !leader.isNull() && i <= 20; ++i) {
                        const QPointF point = leader.pointAt(i / 20.0);
                        if (QLineF(QPointF(0, 0), point).length() > rim)
                            leaderPoints << packet->mapToScene(point);
                    }
                    for (const FlowNodeItem *node : scene.nodes()) {
                        const QString where =
                            QStringLiteral("%4step %1 at %2: \"%3\"")
                                .arg(step + 1)
                                .arg(progress)
                                .arg(packet->caption(), presenter ? QStringLiteral("presenter, ") : QString());
                        QVERIFY2(!node->sceneCardRect().intersects(label),
                                 qPrintable(where + QStringLiteral(" covers ") + node->participant().label));
                        for (const QPointF &point : std::as_const(leaderPoints))
                            QVERIFY2(
                                !node->sceneCardRect().contains(point),
                                qPrintable(where + QStringLiteral("'s line crosses ") + node->participant().label));
                    }
                    QVERIFY2(scene.sceneRect().contains(label),
                             qPrintable(QStringLiteral("step %1 at %2: \"%3\" spans x %4–%5, the diagram ends at %6")
                                            .arg(step + 1)
                                            .arg(progress)
                                            .arg(scene.packet()->caption())
                                            .arg(label.left())
                                            .arg(label.right())
                                            .arg(scene.sceneRect().right())));
                }
            }
        translations.apply(QStringLiteral("en"));
    }

    void inspectorShowsHttpTokenAndDecision()
    {
        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        FlowInspector *inspector = view.inspector();
        view.player()->goTo(3);
        QVERIFY(inspector->tabs()->isTabEnabled(FlowInspector::TokenTab));
        QCOMPARE(inspector->tabs()->currentIndex(), int(FlowInspector::TokenTab));
        QTableWidget *claims = inspector->claimsTable();
        QVERIFY(claims->rowCount() >= 14);
        for (int row = 0; row < claims->rowCount(); ++row)
            QVERIFY2(!claims->item(row, 2)->text().isEmpty(), qPrintable(claims->item(row, 0)->text()));

        view.player()->goTo(5);
        QVERIFY(inspector->httpView()->toPlainText().contains(
            QStringLiteral("GET https://kv1.vault.azure.net/secrets/db")));
        QVERIFY(inspector->httpView()->toPlainText().contains(QStringLiteral("Authorization: Bearer")));
        QVERIFY(!inspector->tabs()->isTabEnabled(FlowInspector::AuthorizationTab));

        view.player()->goTo(6);
        QCOMPARE(inspector->tabs()->currentIndex(), int(FlowInspector::AuthorizationTab));
        const QString decision = inspector->decisionView()->toPlainText();
        QVERIFY(decision.contains(QStringLiteral("Denied")));
        QVERIFY(decision.contains(QStringLiteral("getSecret/action")));
        QVERIFY(decision.contains(QStringLiteral("Contributor")));
        QVERIFY(inspector->summary()->text().contains(QStringLiteral("403 ForbiddenByRbac")));

        view.player()->goTo(7);
        QVERIFY(inspector->httpView()->toPlainText().contains(QStringLiteral("HTTP/1.1 403 Forbidden")));
    }

    // Review: the claims rows were several lines too tall (measured before the Meaning column had its width)
    // and an object id wrapped in the Value column.
    // And after a switch to the longer German meanings they were cut off (measured before the column had its
    // width): every row is tall enough for its text, and no taller than that.
    void claimRowsFitTheirText_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de, switched while hidden") << QStringLiteral("de");
    }
    void claimRowsFitTheirText()
    {
        QFETCH(QString, language);
        Translations translations;
        UiState ui;
        FlowView view(&ui);
        view.resize(1500, 860);
        view.setTraceSource(&FlowFixtures::keyVaultDenied);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        if (language != QLatin1String("en")) {
            view.hide(); // another page is on screen while the language changes
            translations.apply(language);
            QTRY_VERIFY(view.findChild<QAbstractButton *>(QStringLiteral("playButton"))->text() !=
                        QStringLiteral("Play"));
            view.show(); // the learner comes back and steps at once
        }
        view.player()->goTo(3);
        QCoreApplication::processEvents();
        QTableWidget *claims = view.inspector()->claimsTable();
        QVERIFY(claims->isVisible());
        const QFontMetrics metrics(claims->font());
        for (int row = 0; row < claims->rowCount(); ++row) {
            int lines = 1;
            for (int column = 0; column < 3; ++column) {
                const int width = claims->columnWidth(column) - 8;
                const QRect needed = metrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap,
                                                          claims->item(row, column)->text());
                lines = std::max(lines, (needed.height() + metrics.lineSpacing() - 1) / metrics.lineSpacing());
            }
            QVERIFY2(claims->rowHeight(row) >= lines * metrics.lineSpacing(),
                     qPrintable(QStringLiteral("%1: %2 px for %3 line(s)")
                                    .arg(claims->item(row, 0)->text())
                                    .arg(claims->rowHeight(row))
                                    .arg(lines)));
            QVERIFY2(claims->rowHeight(row) <= lines * metrics.lineSpacing() + 16,
                     qPrintable(QStringLiteral("%1: %2 px for %3 line(s)")
                                    .arg(claims->item(row, 0)->text())
                                    .arg(claims->rowHeight(row))
                                    .arg(lines)));
            const QString value = claims->item(row, 1)->text();
            if (QUuid::fromString(value).isNull())
                continue;
            QVERIFY2(metrics.horizontalAdvance(value) + 8 < claims->columnWidth(1), qPrintable(value)); // one line
        }
    }

    // Review: at 1600x1000 the event list cut its Status column off behind the long "from → to" column.
    void eventListKeepsKindAndStatusInView()
    {
        UiState ui;
        FlowView view(&ui);
        view.resize(1000, 700); // the flow tab of the lab workspace at 1600x1000
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QTreeView *list = view.eventList();
        QVERIFY(list);
        const QHeaderView *header = list->header();
        for (const int column : {int(FlowEventModel::KindColumn), int(FlowEventModel::StatusColumn)}) {
            const int right = header->sectionViewportPosition(column) + header->sectionSize(column);
            QVERIFY2(right <= list->viewport()->width(), qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                                                        .arg(column)
                                                                        .arg(right)
                                                                        .arg(list->viewport()->width())));
        }
        QCOMPARE(header->logicalIndexAt(header->sectionViewportPosition(FlowEventModel::HopColumn)),
                 int(FlowEventModel::HopColumn));
        QCOMPARE(list->model()->headerData(FlowEventModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Status"));
    }

    // QA: the split between the event list and the inspector moved from step to step (a long summary widened the
    // inspector), which cut the list's Status column at some steps.
    void stepsDoNotMoveTheSplit()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.resize(1000, 700);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCoreApplication::processEvents();
        QTreeView *list = view.eventList();
        const int width = list->width();
        for (int step = 0; step < view.player()->eventCount(); ++step) {
            view.player()->goTo(step);
            QCoreApplication::processEvents();
            QVERIFY2(list->width() == width,
                     qPrintable(QStringLiteral("step %1: list %2 px, was %3").arg(step).arg(list->width()).arg(width)));
        }
    }

    void exportsPngAndSvg()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        view.player()->play();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("flow.png"));
        const QString svg = dir.filePath(QStringLiteral("flow.svg"));
        QVERIFY(view.exportPng(png));
        QVERIFY(view.exportSvg(svg));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() > 800);
        // The failure colour is in the picture (the red hop and badge).
        const QColor failure = view.scene()->flowStyle().failure;
        bool hasRed = false;
        for (int y = 0; y < image.height() && !hasRed; y += 2)
            for (int x = 0; x < image.width() && !hasRed; x += 2)
                hasRed = image.pixelColor(x, y) == failure;
        QVERIFY(hasRed);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("ForbiddenByRbac"));
        QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("no/such/dir/flow.png"))));
    }

    void presenterModeAndDarkPalette()
    {
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        const FlowStyle normal = FlowStyle::fromPalette(light, false);
        const FlowStyle presenter = FlowStyle::fromPalette(light, true);
        const FlowStyle night = FlowStyle::fromPalette(dark, false);
        QVERIFY(!normal.dark);
        QVERIFY(night.dark);
        QVERIFY(night.background.lightness() < 80);
        QVERIFY(normal.background.lightness() > 200);
        QVERIFY(presenter.lineWidth > normal.lineWidth);
        QVERIFY(presenter.fontPointSize > normal.fontPointSize);

        UiState ui;
        FlowView view(&ui);
        view.setTrace(FlowFixtures::keyVaultDenied());
        const QSizeF before = view.scene()->node(QStringLiteral("func1"))->size();
        ui.setPresenterMode(true);
        QVERIFY(view.scene()->flowStyle().presenter);
        QVERIFY(view.scene()->node(QStringLiteral("func1"))->size().width() > before.width());
        ui.setZoomSteps(2);
        QCOMPARE(view.scene()->flowStyle().fontPointSize, presenter.fontPointSize + 2);
    }

    void emptyTraceIsHarmless()
    {
        UiState ui;
        ui.setAnimationSpeed(1e6);
        FlowView view(&ui);
        view.setTrace(FlowTrace{});
        view.player()->play();
        view.player()->stepForward();
        view.player()->stepBack();
        QCOMPARE(view.player()->step(), -1);
        QVERIFY(
            view.findChild<QLabel *>(QStringLiteral("stepLabel"))->text().contains(QStringLiteral("run a workload")));
    }
};

QTEST_MAIN(TestFlowView)
#include "tst_flowview.moc"
