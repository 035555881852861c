// Widget tests of the lab workspace: a whole lab by clicking in the portal and by typing in the console,
// running the workload into the flow view, checking, reset, and resuming from the progress store after
// the workspace is destroyed and created again. Animations run at an instant speed factor; no sleeps.
#include "content/contentlibrary.h"
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labdefinition.h"
#include "lab/labsession.h"
#include "progress/progressstore.h"
#include "sim/world.h"
#include "textfit.h"
#include "ui/labs/consolewidget.h"
#include "ui/labs/floweventmodel.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowscene.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labbrowser.h"
#include "ui/labs/labworkspace.h"
#include "ui/labs/longtextview.h"
#include "ui/labs/portalview.h"
#include "ui/labs/richtextdelegate.h"
#include "ui/study/appearance.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTabBar>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>

#include <cmath>

using namespace Keyless;
using namespace Keyless::Ui;
using namespace Keyless::Ui::Labs;

class TestLabWorkspace final : public QObject
{
    Q_OBJECT

private:
    enum class Action { Type, Portal, Hint, Run, FastForward, Check };

    std::unique_ptr<LabWorkspace> makeWorkspace() { return makeWorkspace(m_store); }
    std::unique_ptr<LabWorkspace> makeWorkspace(Progress::ProgressStore &store)
    {
        auto w = std::make_unique<LabWorkspace>(m_registry, &store, &m_ui);
        w->setConfirm([this](const QString &) { return m_confirmAnswer; });
        w->resize(1400, 900);
        return w;
    }
    std::unique_ptr<LabWorkspace> makeWorkspace(Progress::ProgressStore &store, UiState &state)
    {
        auto w = std::make_unique<LabWorkspace>(m_registry, &store, &state);
        w->setConfirm([this](const QString &) { return m_confirmAnswer; });
        w->resize(1400, 900);
        return w;
    }
    // A progress store of its own: the attempt a test leaves (a vault switched, an identity turned on) is not resumed
    // by the tests after it, as it would be from the shared one.
    struct OwnStore {
        QTemporaryDir dir;
        Progress::ProgressStore store;
        bool open() { return dir.isValid() && store.open(dir.filePath(QStringLiteral("progress.sqlite"))).ok; }
    };
    // Opens the lab in `w` and shows it; false when the window did not come up.
    bool showLab(LabWorkspace &w, const QString &id)
    {
        w.openLab(lab(id));
        w.show();
        return QTest::qWaitForWindowExposed(&w);
    }
    std::shared_ptr<const Lab::LabDefinition> lab(const QString &id) { return m_catalog->find(id); }
    static QString name(LabWorkspace &w, const char *key) { return w.session()->names().value(QLatin1String(key)); }
    static const Lab::TaskResult *task(LabWorkspace &w, const char *id)
    {
        return w.session()->evaluation().task(QLatin1String(id));
    }
    // The foreground of the first (or last) console line that is exactly `text`.
    static QColor colorOfLine(const ConsoleWidget &console, const QString &text, bool last = false)
    {
        QColor color;
        for (QTextBlock b = console.output()->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text() == text && b.begin() != b.end()) {
                color = b.begin().fragment().charFormat().foreground().color();
                if (!last)
                    break;
            }
        }
        return color;
    }
    // WCAG contrast ratio of two colours (1 … 21).
    static double contrast(const QColor &a, const QColor &b)
    {
        auto luminance = [](const QColor &c) {
            auto channel = [](double v) {
                return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
            };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const double la = luminance(a);
        const double lb = luminance(b);
        return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
    }
    // Runs the lab's solution through the console, line by line, as the learner would type it.
    static void runSolution(LabWorkspace &w, int skipLast = 0)
    {
        QStringList lines;
        for (const QString &line : w.session()->lab().solution) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                lines << w.session()->resolve(line);
        }
        for (qsizetype i = 0; i < lines.size() - skipLast; ++i)
            w.runCommand(lines.at(i));
    }
    static void typeCommand(LabWorkspace &w, const QString &command)
    {
        QLineEdit *input = w.console()->input();
        input->setFocus();
        input->clear();
        QTest::keyClicks(input, command);
        QTest::keyClick(input, Qt::Key_Return);
    }
    static QTreeWidgetItem *taskItem(LabWorkspace &w, const QString &taskId)
    {
        for (int i = 0; i < w.taskList()->topLevelItemCount(); ++i) {
            if (w.taskList()->topLevelItem(i)->data(0, Qt::UserRole).toString() == taskId)
                return w.taskList()->topLevelItem(i);
        }
        return nullptr;
    }
    static QString selectedTask(LabWorkspace &w)
    {
        QTreeWidgetItem *item = w.taskList()->currentItem();
        while (item && item->parent())
            item = item->parent();
        return item ? item->data(0, Qt::UserRole).toString() : QString();
    }
    static QString tabText(QTabWidget *tabs, QWidget *page) { return tabs->tabText(tabs->indexOf(page)); }
    static QString formLabel(QWidget *field)
    {
        for (QLabel *label : field->parentWidget()->findChildren<QLabel *>()) {
            if (label->buddy() == field)
                return label->text();
        }
        return {};
    }
    template <typename Button> static QStringList menuTexts(Button *button)
    {
        QStringList texts;
        for (QAction *action : button->menu()->actions())
            texts << action->text();
        return texts;
    }
    static void addLanguageRows()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_translations.apply(QStringLiteral("en")); // English plural forms, as the app installs them
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("progress.sqlite"))).ok);
        m_catalog = std::make_unique<Lab::LabCatalog>(m_registry);
        m_catalog->addBundled();
        QVERIFY2(m_catalog->find(QStringLiteral("func-cosmos-no-secret")), "bundled labs are missing");
        m_ui.setAnimationSpeed(1e6);
    }

    void wholeLabByClicking()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        QVERIFY(w->hasLab());
        QVERIFY(!w->resumed());
        QCOMPARE(w->attemptId(), 0); // opening is not an attempt
        QVERIFY(w->completionBar()->value() < 50);
        const QString app = name(*w, "app");
        const QString cosmos = name(*w, "cosmos");
        PortalView *portal = w->portal();

        // 1. Identity blade: switch the system-assigned identity on and save.
        QVERIFY(portal->selectResource(app));
        portal->systemAssignedSwitch()->setChecked(true);
        portal->identitySaveButton()->click();
        QVERIFY(task(*w, "enable-identity")->passed);
        QVERIFY(w->attemptId() > 0);
        QVERIFY(w->console()->output()->toPlainText().contains(
            QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app));
        QVERIFY(w->completionBar()->value() > 0);

        // 2. Cosmos DB data-plane role at the database.
        QVERIFY(portal->selectResource(cosmos));
        portal->cosmosScopeBox()->setCurrentIndex(portal->cosmosScopeBox()->findData(QStringLiteral("/dbs/shop")));
        portal->cosmosRoleBox()->setCurrentIndex(1); // Data Contributor
        QVERIFY(portal->cosmosMemberBox()->count() >= 1);
        portal->cosmosAssignButton()->click();
        QVERIFY2(task(*w, "grant-data-role")->passed, qPrintable(task(*w, "grant-data-role")->feedback()));

        // 3. Configuration blade: identity-based connection, key removed.
        QVERIFY(portal->selectResource(app));
        portal->settingNameEdit()->setText(QStringLiteral("CosmosDb__accountEndpoint"));
        portal->settingValueEdit()->setText(QStringLiteral("https://%1.documents.azure.com:443/").arg(cosmos));
        portal->addSettingButton()->click();
        portal->settingNameEdit()->setText(QStringLiteral("CosmosDb"));
        portal->deleteSettingButton()->click();
        QVERIFY2(task(*w, "identity-connection")->passed, qPrintable(task(*w, "identity-connection")->feedback()));
        QTableWidget *settings = portal->appSettingsTable();
        bool hasKey = false;
        for (int row = 0; row < settings->rowCount(); ++row)
            hasKey = hasKey || settings->item(row, 0)->text() == QStringLiteral("CosmosDb");
        QVERIFY(!hasKey);

        // 4. No more keys.
        QVERIFY(portal->selectResource(cosmos));
        portal->localAuthSwitch()->click();
        QVERIFY(task(*w, "disable-local-auth")->passed);

        // 5. Run: the trace plays in the flow view and holds the token flow, without a failure.
        QVERIFY(w->workloadApps().contains(app));
        w->findChild<QAbstractButton *>(QStringLiteral("runButton"))->click();
        QCOMPARE(w->centerTabs()->currentWidget(), w->flowView());
        FlowView *flow = w->flowView();
        QVERIFY(flow->trace().events.size() >= 4);
        QVERIFY(flow->player()->atEnd());
        QCOMPARE(flow->trace().firstFailure(), -1);
        QStringList kinds;
        for (const FlowEvent &e : flow->trace().events)
            kinds << e.kindName;
        QVERIFY(kinds.contains(flowKindName(FlowKind::TokenRequest)));
        QVERIFY(kinds.contains(flowKindName(FlowKind::TokenIssued)));
        QVERIFY(kinds.contains(flowKindName(FlowKind::AuthorizationDecision)));

        // Every portal action went through the console: the command log is one list.
        QCOMPARE(w->session()->commandLog().size(), 6);
        QVERIFY(w->session()->commandLog().last().startsWith(QStringLiteral("invoke ")));

        // Check my work: every task passes and the finish screen shows the score.
        QSignalSpy finished(w.get(), &LabWorkspace::labFinished);
        w->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
        QCOMPARE(finished.count(), 1);
        QVERIFY(w->isFinished());
        QCOMPARE(w->completionBar()->value(), 100);
        QVERIFY(w->finishSummary()->text().contains(QStringLiteral("Lab complete")));
        // Finished attempts are not resumed.
        QVERIFY(!m_store.resumableLabAttempt(QStringLiteral("func-cosmos-no-secret")));
    }

    // QA (stop 19): the solution typed into the console showed "100% complete", and the progress file held no task
    // result and no finish until "Check my work" was pressed; quitting there lost the completion. The command that
    // makes every task pass saves the lab as complete and says so once; the learner stays in the lab.
    void aLabAtFullMarksIsSavedAsComplete()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        runSolution(*w, 1);
        QVERIFY(!w->session()->evaluation().allPassed());
        const QString note = QStringLiteral("All tasks pass: the lab is complete, and saved.");
        QVERIFY(!w->console()->output()->toPlainText().contains(note));
        QVERIFY(!m_store.labAttempts(QStringLiteral("func-cosmos-no-secret")).value(0).isFinished());

        runSolution(*w); // its last line
        QVERIFY(w->session()->evaluation().allPassed());
        const Keyless::Progress::LabAttempt attempt =
            m_store.labAttempts(QStringLiteral("func-cosmos-no-secret")).value(0);
        QVERIFY(attempt.isFinished());
        QCOMPARE(attempt.score.completionPercent, 100.0);
        QCOMPARE(attempt.tasks.size(), w->session()->evaluation().tasks.size());
        QVERIFY(std::all_of(attempt.tasks.cbegin(), attempt.tasks.cend(), [](const auto &t) { return t.passed; }));
        QVERIFY(!m_store.resumableLabAttempt(QStringLiteral("func-cosmos-no-secret")));
        QCOMPARE(w->console()->output()->toPlainText().count(note), 1);
        QVERIFY(!w->isFinished()); // still in the workspace, the last output in view

        w->runCommand(QStringLiteral("az group list -o none"));
        QCOMPARE(w->console()->output()->toPlainText().count(note), 1); // said once
    }

    // A progress file that fell back to memory keeps nothing: the completion note does not say "saved".
    void aLabAtFullMarksWithoutAFileDoesNotSaySaved()
    {
        Progress::ProgressStore memory;
        QVERIFY(memory.openInMemory().ok);
        QVERIFY(memory.isInMemory());
        auto w = makeWorkspace(memory);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        runSolution(*w);
        QVERIFY(w->session()->evaluation().allPassed());
        const QString text = w->console()->output()->toPlainText();
        QCOMPARE(text.count(QStringLiteral("All tasks pass: the lab is complete. Check my work shows the summary.")),
                 1);
        QVERIFY(!text.contains(QStringLiteral("and saved")));
    }

    // An attempt an earlier version left at 100 % unfinished (it saved only on "Check my work") is saved as complete
    // when it is resumed.
    void aResumedAttemptAtFullMarksIsSavedAsComplete()
    {
        const QString id = QStringLiteral("func-cosmos-no-secret");
        Keyless::Progress::LabAttemptStart start;
        start.labId = id;
        QStringList lines;
        {
            auto fresh = makeWorkspace();
            fresh->openLab(lab(id));
            start.seed = qint64(fresh->session()->seed());
            for (const QString &line : fresh->session()->lab().solution) {
                if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                    lines << fresh->session()->resolve(line);
            }
        }
        const qint64 attemptId = m_store.startLabAttempt(start).id;
        QVERIFY(attemptId > 0);
        for (const QString &line : std::as_const(lines)) {
            Keyless::Progress::LabCommand command;
            command.command = line;
            QVERIFY(m_store.appendLabCommand(attemptId, command).ok());
        }
        QVERIFY(m_store.resumableLabAttempt(id));

        auto w = makeWorkspace();
        w->openLab(lab(id));
        QVERIFY(w->session()->evaluation().allPassed());
        QVERIFY(!m_store.resumableLabAttempt(id));
        QVERIFY(m_store.labAttempts(id).value(0).isFinished());
        QCOMPARE(m_store.labAttempts(id).value(0).tasks.size(), w->session()->evaluation().tasks.size());
    }

    // QA (stop 19): a name with "=" was saved as another setting ("We ird=N…" became "We ird", the rest went into the
    // value) without a word. The portal takes the names App Service takes (letters, digits, periods, underscores) and
    // says why it added nothing otherwise.
    void settingNamesFollowAppServiceRules_data()
    {
        QTest::addColumn<QString>("settingName");
        QTest::addColumn<bool>("added");
        QTest::newRow("double underscore") << QStringLiteral("CosmosDb__accountEndpoint") << true;
        QTest::newRow("periods and digits") << QStringLiteral("My.Setting_2") << true;
        QTest::newRow("equals sign") << QStringLiteral("We ird=N\"ame$(rm -rf /)'") << false;
        QTest::newRow("space") << QStringLiteral("has space") << false;
        QTest::newRow("hyphen") << QStringLiteral("KEY-VAULT") << false;
    }

    void settingNamesFollowAppServiceRules()
    {
        QFETCH(QString, settingName);
        QFETCH(bool, added);
        OwnStore own; // each row in a lab of its own, not the row before's resumed
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        const QString app = name(*w, "app");
        PortalView *portal = w->portal();
        QVERIFY(portal->selectResource(app));
        const qsizetype commands = w->session()->commandLog().size();
        portal->settingNameEdit()->setText(settingName);
        portal->settingValueEdit()->setText(QStringLiteral("v"));
        portal->addSettingButton()->click();
        auto *problem = portal->findChild<QLabel *>(QStringLiteral("settingNameProblem"));
        QVERIFY(problem);
        const Keyless::Sim::Resource *site =
            w->session()->world().findResource(app, Keyless::Sim::ResourceType::site());
        QVERIFY(site);
        if (added) {
            QCOMPARE(site->appSettings.value(settingName), QStringLiteral("v"));
            QVERIFY(problem->isHidden());
            return;
        }
        QCOMPARE(w->session()->commandLog().size(), commands); // nothing ran
        QVERIFY(!site->appSettings.contains(settingName));
        QVERIFY(!problem->isHidden());
        QCOMPARE(problem->text(), QStringLiteral("<b>Not added:</b> a setting's name can hold only letters, digits, "
                                                 "periods (.) and underscores (_)."));
        QCOMPARE(portal->settingNameEdit()->text(), settingName); // kept, to be corrected
        if (!qEnvironmentVariableIsEmpty("KEYLESS_SCREENSHOTS") && settingName == QLatin1String("has space")) {
            portal->blades()->setCurrentWidget(portal->findChild<QWidget *>(QStringLiteral("configurationBlade")));
            w->grab().save(QStringLiteral(KEYLESS_BINARY_DIR "/screenshots/portal-setting-name-refused.png"));
        }
        QTest::keyClick(portal->settingNameEdit(), Qt::Key_Backspace);
        QVERIFY(problem->isHidden());
    }

    // QA: after adding CosmosDb__accountEndpoint the table showed the CosmosDb row highlighted while the fields still
    // held the new setting; a click on that row changed nothing and "Delete selected" deleted the setting just added,
    // the key staying. The selected row is what is deleted, and a finished change empties the fields.
    void deleteSelectedDeletesTheSelectedSetting()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString app = name(*w, "app");
        PortalView *portal = w->portal();
        QVERIFY(portal->selectResource(app));
        const QString endpoint = QStringLiteral("https://%1.documents.azure.com:443/").arg(name(*w, "cosmos"));
        portal->settingNameEdit()->setText(QStringLiteral("CosmosDb__accountEndpoint"));
        portal->settingValueEdit()->setText(endpoint);
        portal->addSettingButton()->click();
        QVERIFY(portal->settingNameEdit()->text().isEmpty());
        QVERIFY(portal->settingValueEdit()->text().isEmpty());
        QTableWidget *table = portal->appSettingsTable();
        int keyRow = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QLatin1String("CosmosDb"))
                keyRow = row;
        }
        QVERIFY(keyRow >= 0);
        // The row that is current already, as after the refresh: clicked, it fills the fields.
        table->setCurrentCell(keyRow, 0);
        table->clearSelection();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualItemRect(table->item(keyRow, 0)).center());
        QCOMPARE(portal->settingNameEdit()->text(), QStringLiteral("CosmosDb"));
        portal->deleteSettingButton()->click();
        const QString log = w->session()->commandLog().last();
        QVERIFY2(log.endsWith(QStringLiteral("--setting-names CosmosDb")), qPrintable(log));
        QStringList names;
        for (int row = 0; row < table->rowCount(); ++row)
            names << table->item(row, 0)->text();
        QVERIFY2(names.contains(QStringLiteral("CosmosDb__accountEndpoint")), qPrintable(names.join(u' ')));
        QVERIFY(!names.contains(QStringLiteral("CosmosDb")));
        QVERIFY(portal->settingValueEdit()->text().isEmpty()); // the key is not one click from coming back
        QVERIFY2(task(*w, "identity-connection")->passed, qPrintable(task(*w, "identity-connection")->feedback()));
    }

    // QA: after a hint in one lab, the next lab opened with the button saying "(1 of 1 used)" until a task was chosen.
    void theHintButtonStartsAfreshInTheNextLab()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        auto *hint = w->findChild<QPushButton *>(QStringLiteral("hintButton"));
        w->taskList()->setCurrentItem(w->taskList()->topLevelItem(0));
        hint->click();
        QVERIFY2(hint->text().contains(QStringLiteral("(1 of")), qPrintable(hint->text()));
        w->openLab(lab(QStringLiteral("appservice-keyvault")));
        if (w->taskList()->currentItem()) // the count is the new lab's task's
            QVERIFY2(hint->text().contains(QStringLiteral("(0 of")), qPrintable(hint->text()));
        w->taskList()->setCurrentItem(nullptr);
        QCOMPARE(hint->text(), QStringLiteral("Show a hint"));
        QVERIFY(!hint->isEnabled());
    }

    // QA: a task row had a check box, which looked clickable and did nothing, beside its ○ / ✔ mark. One mark, and
    // a screen reader hears the state in words.
    void aTaskShowsItsStateOnce()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        QTreeWidgetItem *item = taskItem(*w, QStringLiteral("enable-identity"));
        QVERIFY(item);
        for (int i = 0; i < w->taskList()->topLevelItemCount(); ++i)
            QVERIFY(!w->taskList()->topLevelItem(i)->data(0, Qt::CheckStateRole).isValid());
        QVERIFY2(item->text(0).startsWith(QStringLiteral("○ ")), qPrintable(item->text(0)));
        const QString title = item->text(0).mid(2);
        QCOMPARE(item->data(0, Qt::AccessibleTextRole).toString(), QStringLiteral("Not done yet: ") + title);

        PortalView *portal = w->portal();
        QVERIFY(portal->selectResource(name(*w, "app")));
        portal->systemAssignedSwitch()->setChecked(true);
        portal->identitySaveButton()->click();
        item = taskItem(*w, QStringLiteral("enable-identity"));
        QCOMPARE(item->text(0), QStringLiteral("✔ ") + title);
        QCOMPARE(item->data(0, Qt::AccessibleTextRole).toString(), QStringLiteral("Done: ") + title);
        QVERIFY(!item->data(0, Qt::CheckStateRole).isValid());
    }

    // QA: in a lab the flow diagram of the solved run (the caller, DefaultAzureCredential's three credentials, the
    // identity endpoint and Cosmos DB) was drawn at 0.28 of its size on a 1280x720 laptop, its texts a few pixels
    // high; still at 0.57 (6 px texts) after the credentials moved into a row. Its texts now stay at nine tenths of
    // the window's type size at least: the diagram scrolls, and follows the hop in flight.
    void theSolvedRunsDiagramIsReadableOnALaptop_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::newRow("laptop") << false;
        QTest::newRow("laptop, presenter mode") << true;
    }

    void theSolvedRunsDiagramIsReadableOnALaptop()
    {
        QFETCH(bool, presenter);
        OwnStore own;
        QVERIFY(own.open());
        m_ui.setPresenterMode(presenter);
        const auto restore = qScopeGuard([this] { m_ui.setPresenterMode(false); });
        auto w = makeWorkspace(own.store);
        w->resize(1280, 720);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        for (const QString &line : w->session()->lab().solution) {
            if (!line.trimmed().isEmpty() && !line.trimmed().startsWith(QLatin1Char('#')))
                w->runCommand(w->session()->resolve(line));
        }
        w->runWorkload(name(*w, "app"));
        FlowView *flow = w->flowView();
        QTRY_COMPARE(w->centerTabs()->currentWidget(), flow);
        int credentials = 0;
        for (const auto &participant : flow->trace().participants)
            credentials += participant.role == FlowRole::Credential;
        QCOMPARE(credentials, 3);
        QCoreApplication::processEvents();
        FlowGraphicsView *view = flow->graphicsView();
        const qreal scale = view->transform().m11();
        const qreal onScreen = scale * flow->scene()->flowStyle().fontPointSize;
        const qreal window = QFontInfo(flow->font()).pointSizeF();
        QVERIFY2(
            onScreen >= 0.9 * window - 0.01,
            qPrintable(
                QStringLiteral("drawn at %1: %2 pt texts in a %3 pt window").arg(scale).arg(onScreen).arg(window)));
        QVERIFY2(view->isClamped(), "the whole diagram fits: this test shows nothing");
        QVERIFY(view->verticalScrollBar()->isVisible() || view->horizontalScrollBar()->isVisible());
        QCOMPARE(view->dragMode(), QGraphicsView::ScrollHandDrag);
        // Every hop in flight is on screen: the view follows the player.
        for (int step = 0; step < flow->player()->eventCount(); ++step) {
            flow->player()->goTo(step);
            const QRect hop = view->mapFromScene(flow->scene()->currentHopRect()).boundingRect();
            const QRect shown = view->viewport()->rect();
            QVERIFY2(hop.width() > shown.width() || hop.height() > shown.height() ? shown.intersects(hop)
                                                                                  : shown.contains(hop),
                     qPrintable(QStringLiteral("step %1: hop at %2,%3 %4x%5 outside the pane")
                                    .arg(step)
                                    .arg(hop.x())
                                    .arg(hop.y())
                                    .arg(hop.width())
                                    .arg(hop.height())));
        }
    }

    // QA: a lab opened with its first task's feedback in red before anything was tried, "Show a hint" disabled until
    // a row was clicked, and the line half typed in the previous lab still in the input.
    void aLabOpensWithGuidanceNotFailure()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("appservice-keyvault")));
        w->console()->input()->setText(QStringLiteral("az group lis"));
        w->taskList()->setCurrentItem(w->taskList()->topLevelItem(1)); // chosen in this lab, not the next
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        QCOMPARE(w->console()->input()->text(), QString());

        QTreeWidgetItem *first = w->taskList()->topLevelItem(0);
        QVERIFY(first->isExpanded());
        QCOMPARE(w->taskList()->currentItem(), first);
        QVERIFY(w->findChild<QPushButton *>(QStringLiteral("hintButton"))->isEnabled());
        const auto feedbackBrushes = [&w] {
            QList<Qt::BrushStyle> styles;
            QTreeWidgetItem *task = w->taskList()->topLevelItem(0);
            for (int i = 1; i < task->childCount(); ++i) // child 0: the instructions
                styles << task->child(i)->foreground(0).style();
            return styles;
        };
        QVERIFY(!feedbackBrushes().isEmpty());
        QVERIFY(!feedbackBrushes().contains(Qt::SolidPattern)); // the text colour: guidance, not a failure yet
        // QA (stop 19): the guidance ran on after the instructions as if part of them: it says what it is.
        QVERIFY2(w->taskList()->topLevelItem(0)->child(1)->text(0).startsWith(QStringLiteral("Where it stands: ")),
                 qPrintable(w->taskList()->topLevelItem(0)->child(1)->text(0)));
        w->runCommand(QStringLiteral("az group list -o none"));
        QVERIFY(feedbackBrushes().contains(Qt::SolidPattern)); // tried: unmet checks now show as failures
        QVERIFY(!w->taskList()->topLevelItem(0)->child(1)->text(0).startsWith(QStringLiteral("Where it stands")));
    }

    // QA: after a restart and Resume, Up recalled nothing, though the console showed the replayed commands.
    void aResumedLabRecallsItsCommands()
    {
        OwnStore own;
        QVERIFY(own.open());
        {
            auto w = makeWorkspace(own.store);
            QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
            w->runCommand(QStringLiteral("az group list -o none"));
            w->runWorkload(name(*w, "app"));
            w->runCommand(QStringLiteral("az identity list -o none"));
        }
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        QVERIFY(w->resumed());
        // The flow shows the run the replay made, not "No trace yet" (QA).
        w->centerTabs()->setCurrentWidget(w->flowView());
        QTRY_VERIFY(!w->flowView()->trace().events.isEmpty());
        bool appCalled = false;
        for (const FlowEvent &e : w->flowView()->trace().events)
            appCalled = appCalled || e.from == name(*w, "app");
        QVERIFY(appCalled);
        QLineEdit *input = w->console()->input();
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("az identity list -o none"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("invoke ") + name(*w, "app"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("az group list -o none"));
    }

    // QA: each endless jq filter in a lab's log held up its resume for 5 s, the time limit again. The log notes the
    // filter the console stopped (the replay answers it at once); the console shows and recalls the command alone.
    void aResumeDoesNotWaitForAStoppedJqFilter()
    {
        OwnStore own;
        QVERIFY(own.open());
        const QString id = QStringLiteral("func-cosmos-no-secret");
        const QString endless = QStringLiteral("jq -n '[limit(infinite; repeat(1))]'");
        const QStringList log{endless, QStringLiteral("# keyless:jq-stopped 1")};
        {
            auto w = makeWorkspace(own.store);
            w->openLab(lab(id));
            typeCommand(*w, endless); // stopped at the time limit
            QVERIFY(w->console()->output()->toPlainText().contains(QStringLiteral("the filter was stopped")));
        }
        const auto saved = own.store.resumableLabAttempt(id);
        QVERIFY(saved);
        QStringList stored;
        for (const Progress::LabCommand &c : saved->commands)
            stored << c.command;
        QCOMPARE(stored, log);
        auto w = makeWorkspace(own.store);
        w->openLab(lab(id));
        QVERIFY(w->resumed());
        QCOMPARE(w->session()->commandLog(), log);
        const QString text = w->console()->output()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Resumed your attempt: 1 command replayed.")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("keyless:")));
        QCOMPARE(text.count(QStringLiteral("$ ") + endless), 1);
        QLineEdit *input = w->console()->input();
        input->setFocus();
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), endless);
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), endless);
    }

    // QA (stop 19): after a restart the resumed lab's console held the commands alone: their output, errors and exit
    // statuses were gone. Each replayed command shows what it printed, in the order and the tones it was first shown
    // in.
    void aResumedConsoleShowsWhatEachCommandPrinted()
    {
        OwnStore own;
        QVERIFY(own.open());
        const QString id = QStringLiteral("func-cosmos-no-secret");
        QString before;
        {
            auto w = makeWorkspace(own.store);
            w->openLab(lab(id));
            typeCommand(*w, QStringLiteral("echo first"));
            typeCommand(*w, QStringLiteral("az group show -n nope; echo after"));
            typeCommand(*w, QStringLiteral("false"));
            before = w->console()->output()->toPlainText();
        }
        auto w = makeWorkspace(own.store);
        w->openLab(lab(id));
        QVERIFY(w->resumed());
        const QString after = w->console()->output()->toPlainText();
        const qsizetype from = before.indexOf(QStringLiteral("$ echo first"));
        QVERIFY(from >= 0);
        const QString printed = before.mid(from);
        QVERIFY2(printed.contains(QStringLiteral("ERROR")) && printed.contains(QStringLiteral("(exit status 1)")),
                 qPrintable(printed));
        QVERIFY2(after.contains(printed), qPrintable(QStringLiteral("%1\n----- resumed:\n%2").arg(printed, after)));
        QCOMPARE(colorOfLine(*w->console(), QStringLiteral("after"), true),
                 w->console()->toneColor(ConsoleWidget::Tone::Output));
    }

    // QA: at 1280x800 the lab's story opened scrolled past its first paragraph, the one that names the app and the
    // account, on Start and on Resume alike. It opens at its first line.
    void theStoryOpensAtItsFirstLine()
    {
        OwnStore own;
        QVERIFY(own.open());
        for (int round = 0; round < 2; ++round) { // a start, then a resume of that attempt
            auto w = makeWorkspace(own.store);
            w->resize(1100, 620); // the workspace's part of a 1280x800 window
            QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
            QCOMPARE(w->resumed(), round == 1);
            if (round == 0)
                w->runCommand(QStringLiteral("az functionapp identity assign -g rg-orders -n ") + name(*w, "app"));
            auto *story = w->findChild<QTextBrowser *>(QStringLiteral("labStory"));
            QVERIFY(story);
            QTest::qWait(20);
            QVERIFY2(story->verticalScrollBar()->maximum() > 0, "the story fits: this test shows nothing");
            QCOMPARE(story->verticalScrollBar()->value(), 0);
            QVERIFY(
                story->cursorForPosition(QPoint(2, 2)).block().text().startsWith(QStringLiteral("The orders team")));
        }
    }

    // QA: after F11 the console showed older lines and the newest output was out of view. Output read to its end keeps
    // to its end through a change of type size; output scrolled back stays where the learner put it.
    // QA (stop 19): at 1280x800 the lab's flow had 130-190 px, its nodes cut, presenter mode or not. On the Flow tab a
    // button gives the flow the whole workspace and back; leaving the tab brings the rest back too.
    void theFlowCanTakeTheWholeWorkspace()
    {
        auto w = makeWorkspace();
        w->resize(1110, 720);
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto *enlarge = w->findChild<QToolButton *>(QStringLiteral("enlargeFlowButton"));
        QVERIFY(enlarge);
        QVERIFY(!enlarge->isVisible()); // on the Portal tab
        runSolution(*w, 1);
        w->runWorkload(); // the failing run, on the Flow tab
        QCOMPARE(w->centerTabs()->currentWidget(), w->flowView());
        QVERIFY(enlarge->isVisible());
        QCOMPARE(enlarge->text(), QStringLiteral("Enlarge the flow"));
        const int before = w->flowView()->height();
        const int beforeWidth = w->flowView()->width();

        enlarge->click();
        QVERIFY(w->isFlowEnlarged());
        QTRY_VERIFY(w->flowView()->height() > before * 3 / 2);
        QVERIFY(w->flowView()->width() > beforeWidth);
        QVERIFY(!w->console()->isVisible());
        QVERIFY(!w->taskList()->isVisible());
        QCOMPARE(enlarge->text(), QStringLiteral("Show tasks and console"));
        QVERIFY(w->flowView()->hasFocus() || w->flowView()->isAncestorOf(QApplication::focusWidget()));
        if (!qEnvironmentVariableIsEmpty("KEYLESS_SCREENSHOTS"))
            w->grab().save(QStringLiteral(KEYLESS_BINARY_DIR "/screenshots/lab-flow-enlarged.png"));

        enlarge->click();
        QVERIFY(!w->isFlowEnlarged());
        QVERIFY(w->console()->isVisible() && w->taskList()->isVisible());

        enlarge->click();
        w->centerTabs()->setCurrentWidget(w->portal()); // leaving the tab
        QVERIFY(!w->isFlowEnlarged());
        QVERIFY(!enlarge->isVisible() && !enlarge->isChecked());
        QVERIFY(w->console()->isVisible() && w->taskList()->isVisible());
    }

    void theConsoleKeepsToItsEndThroughPresenterMode()
    {
        ConsoleWidget console;
        console.resize(600, 300);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        for (int i = 0; i < 200; ++i)
            console.appendNote(QStringLiteral("line %1").arg(i));
        QScrollBar *bar = console.output()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum());
        QFont larger = console.font();
        larger.setPointSizeF(larger.pointSizeF() * 1.5);
        const int before = bar->maximum();
        console.setFont(larger);
        QTRY_VERIFY(bar->maximum() > before);
        QCOMPARE(bar->value(), bar->maximum());

        bar->setValue(bar->maximum() / 2);
        const int back = bar->value();
        console.setFont(QFont());
        QCoreApplication::processEvents();
        QVERIFY(bar->value() < bar->maximum());
        QVERIFY(bar->value() <= back);
    }

    // The overview said "Identity: None" or "SystemAssigned, UserAssigned", the raw type of the console's JSON.
    void theOverviewSaysWhichIdentitiesTheAppHas()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("shared-uami-storage")));
        PortalView *view = w->portal();
        auto *overview = view->findChild<QTextBrowser *>(QStringLiteral("overviewBlade"));
        QVERIFY(overview);
        const QString app = name(*w, "ingest");
        const auto identityRow = [&] {
            view->selectResource(name(*w, "uami")); // away and back: the overview is written when a resource is shown
            view->selectResource(app);
            // A table row's cells are lines of their own in the plain text.
            const QStringList lines = overview->toPlainText().split(QLatin1Char('\n'));
            const qsizetype at = lines.indexOf(QStringLiteral("Identity"));
            return at < 0 || at + 1 >= lines.size() ? QString() : lines.at(at + 1);
        };
        QCOMPARE(identityRow(), QStringLiteral("None (no managed identity)"));
        const QString uamiId = w->session()->world().findResource(name(*w, "uami"))->id;
        w->runCommand(QStringLiteral("az webapp identity assign -g rg-media -n %1 --identities %2").arg(app, uamiId));
        QCOMPARE(identityRow(), QStringLiteral("1 user-assigned identity"));
        w->runCommand(QStringLiteral("az webapp identity assign -g rg-media -n %1").arg(app));
        QCOMPARE(identityRow(), QStringLiteral("System-assigned identity and 1 user-assigned identity"));
        w->runCommand(QStringLiteral("az webapp identity remove -g rg-media -n %1 --identities %2").arg(app, uamiId));
        QCOMPARE(identityRow(), QStringLiteral("System-assigned identity"));
    }

    // QA: the identity's switch was a check box labelled "Status: On", which read "On" while it was off. As in the
    // portal it is "Status:" with Off | On, one side always chosen, and Save applies the side chosen.
    void theIdentitySwitchReadsOffOrOnAsInThePortal()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        PortalView *view = w->portal();
        const QString app = name(*w, "app");
        QVERIFY(view->selectResource(app));
        QVERIFY(!w->session()->world().findResource(app)->identity.systemAssigned);
        auto *off = view->findChild<QRadioButton *>(QStringLiteral("systemAssignedOff"));
        QRadioButton *on = view->systemAssignedSwitch();
        QVERIFY(off && on);
        QCOMPARE(off->text(), QStringLiteral("Off"));
        QCOMPARE(on->text(), QStringLiteral("On"));
        QVERIFY(off->isChecked() && !on->isChecked());
        auto *status = view->findChild<QLabel *>(QStringLiteral("systemAssignedStatus"));
        QVERIFY(status);
        QCOMPARE(status->text(), QStringLiteral("Status:"));
        QCOMPARE(status->buddy(), off);

        QVERIFY(!view->identitySaveButton()->isEnabled()); // nothing to save yet
        on->click();
        QVERIFY(on->isChecked() && !off->isChecked());
        QVERIFY(view->identitySaveButton()->isEnabled());
        view->identitySaveButton()->click();
        QVERIFY(w->session()->world().findResource(app)->identity.systemAssigned);
        QVERIFY(w->session()->commandLog().last().contains(QStringLiteral("identity assign")));
        QVERIFY(on->isChecked());
        QVERIFY(!view->identitySaveButton()->isEnabled()); // saved

        off->click();
        QVERIFY(!on->isChecked());
        view->identitySaveButton()->click();
        QVERIFY(!w->session()->world().findResource(app)->identity.systemAssigned);
        QVERIFY(w->session()->commandLog().last().contains(QStringLiteral("identity remove")));
        QVERIFY(off->isChecked());
    }

    // The vault's permission model is one of two, as in the portal's Access configuration, each on its own line (a
    // check box "Permission model: Azure RBAC (off: vault access policy)" ran one line too long for the blade in
    // Spanish). Choosing the other one runs the az command; choosing the current one runs nothing.
    void theVaultPermissionModelIsOneOfTwo()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("appservice-keyvault")));
        PortalView *view = w->portal();
        const QString vault = name(*w, "vault");
        QVERIFY(view->selectResource(vault));
        auto *rbac = view->findChild<QRadioButton *>(QStringLiteral("rbacModeSwitch"));
        auto *policies = view->findChild<QRadioButton *>(QStringLiteral("accessPolicyModeSwitch"));
        QVERIFY(rbac && policies);
        // Their texts wrap beside them (QA: the Spanish RBAC choice was cut at the blade's edge below 1100 px), and a
        // screen reader gets them as the buttons' names.
        auto *rbacText = view->findChild<QLabel *>(QStringLiteral("rbacModeSwitchText"));
        QVERIFY(rbacText && rbacText->wordWrap());
        QCOMPARE(rbacText->text(), QStringLiteral("Azure role-based access control (recommended)"));
        QCOMPARE(rbac->accessibleName(), rbacText->text());
        QCOMPARE(policies->accessibleName(), QStringLiteral("Vault access policy"));
        const bool before = w->session()->world().findResource(vault)->enableRbacAuthorization;
        QCOMPARE(rbac->isChecked(), before);
        QCOMPARE(policies->isChecked(), !before);

        const qsizetype commands = w->session()->commandLog().size();
        (before ? rbac : policies)->click(); // the current one
        QCOMPARE(w->session()->commandLog().size(), commands);
        // A click on the text chooses, as on a radio button's own text.
        QTest::mouseClick(view->findChild<QLabel *>(before ? QStringLiteral("accessPolicyModeSwitchText")
                                                           : QStringLiteral("rbacModeSwitchText")),
                          Qt::LeftButton);
        QCOMPARE(w->session()->world().findResource(vault)->enableRbacAuthorization, !before);
        QVERIFY2(w->session()->commandLog().last().contains(
                     QStringLiteral("--enable-rbac-authorization %1")
                         .arg(before ? QStringLiteral("false") : QStringLiteral("true"))),
                 qPrintable(w->session()->commandLog().last()));
        QCOMPARE(rbac->isChecked(), !before);
    }

    // QA: with the account key in the connection string (the lab's starting point) the flow captioned Cosmos DB's
    // decision "RBAC check" and opened its RBAC gate, yet a key is checked without RBAC. A key decision says so and
    // leaves the gate (role-based decisions keep "RBAC check": tst_flowview, the canonical flows).
    void aKeyDecisionIsNotAnRbacCheck()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        const QString app = name(*w, "app");
        const auto decisionStep = [&w]() -> int {
            const FlowTrace &trace = w->flowView()->trace();
            for (const FlowEvent &e : trace.events) {
                if (e.kind == FlowKind::AuthorizationDecision && e.decision.present)
                    return e.index;
            }
            return -1;
        };
        w->runWorkload(app);
        int step = decisionStep();
        QVERIFY(step >= 0);
        const FlowEvent keyDecision = w->flowView()->trace().events.at(step);
        QCOMPARE(keyDecision.decision.system, QStringLiteral("AccountKey"));
        QCOMPARE(keyDecision.caption, QStringLiteral("key check"));
        w->flowView()->player()->goTo(step);
        FlowNodeItem *cosmos =
            w->flowView()->scene()->node(keyDecision.to.isEmpty() ? keyDecision.from : keyDecision.to);
        QVERIFY(cosmos);
        QCOMPARE(cosmos->gate(), FlowNodeItem::Gate::Unknown);
    }

    // QA: in presenter mode the code in a lab's story ("orders", "CosmosDb") stayed at the small size it was imported
    // at while the text around it grew. Code has no size of its own and follows the story's font.
    void codeInTheStoryGrowsWithPresenterMode()
    {
        UiState state;
        Appearance appearance(state);
        OwnStore own;
        QVERIFY(own.open());
        auto workspace = makeWorkspace(own.store, state);
        LabWorkspace &w = *workspace;
        QVERIFY(showLab(w, QStringLiteral("func-cosmos-no-secret")));
        auto *story = w.findChild<QTextBrowser *>(QStringLiteral("labStory"));
        const auto sizes = [story] {
            qreal text = 0;
            qreal code = 0;
            const QTextDocument *doc = story->document();
            for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
                for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    const qreal size = format.font().resolve(doc->defaultFont()).pointSizeF();
                    (format.fontFixedPitch() ? code : text) = size;
                }
            }
            return std::pair{text, code};
        };
        const auto [text, code] = sizes();
        QVERIFY2(code > 0 && text > 0, "the story has code and text");
        QCOMPARE(code, text);
        state.setPresenterMode(true);
        QTRY_VERIFY(sizes().first > text);
        QCOMPARE(sizes().second, sizes().first);
    }

    // QA: the vault's Spanish RBAC choice was cut at the blade's edge below about 1100 px and in presenter mode.
    void theVaultBladeShowsItsTextsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<QSize>("size");
        for (const char *language : {"es", "de", "en"}) {
            QTest::addRow("%s 1000x650", language) << QString::fromLatin1(language) << false << QSize(1000, 650);
            QTest::addRow("%s presenter", language) << QString::fromLatin1(language) << true << QSize(1380, 860);
        }
    }

    void theVaultBladeShowsItsTextsWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, presenter);
        QFETCH(QSize, size);
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        QCOMPARE(m_translations.apply(language), language);
        UiState state;
        Appearance appearance(state);
        OwnStore own;
        QVERIFY(own.open());
        auto workspace = makeWorkspace(own.store, state);
        LabWorkspace &w = *workspace;
        w.resize(size);
        QVERIFY(showLab(w, QStringLiteral("appservice-keyvault")));
        QVERIFY(w.portal()->selectResource(name(w, "vault")));
        w.portal()->blades()->setCurrentWidget(w.portal()->findChild<QWidget *>(QStringLiteral("secretsBlade")));
        state.setPresenterMode(presenter);
        TextFit::settle();
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString shots = QStringLiteral(KEYLESS_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(shots));
        QVERIFY(w.grab().toImage().save(shots + QStringLiteral("/labs-vault-") + tag + QStringLiteral(".png")));
        const QStringList cut = TextFit::cutTexts(w) + TextFit::cutHeaderSections(w);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        for (const char *choice : {"rbacModeSwitchText", "accessPolicyModeSwitchText"}) {
            auto *text = w.portal()->findChild<QLabel *>(QString::fromLatin1(choice));
            QVERIFY2(text->height() >= text->heightForWidth(text->width()), qPrintable(text->text()));
            QVERIFY2(text->geometry().right() < text->parentWidget()->width(), qPrintable(text->text()));
        }
    }

    // QA: the Fast-forward button's menu arrow sat low in the corner under its text's last letter ("Vorspulen"): a
    // tool button with an instant menu draws it there. The arrow sits beside the text with a gap, centred on it,
    // inside the button: the marked pixels right of the text are centred on the button's height.
    void fastForwardShowsItsMenuArrowBesideTheText_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "de", "es"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void fastForwardShowsItsMenuArrowBesideTheText()
    {
        QFETCH(QString, language);
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        QCOMPARE(m_translations.apply(language), language);
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        auto *forward = w->findChild<QAbstractButton *>(QStringLiteral("fastForwardButton"));
        QVERIFY(forward);
        const QImage image = forward->grab().toImage();
        // Columns with ink (darker than the button's face), inside the frame. From the right: padding, the arrow,
        // the gap, then the text.
        const int background = image.pixelColor(image.width() / 2, 4).lightness();
        const auto inked = [&](int x, int y) {
            return image.pixelColor(x, y).lightness() < background - 40;
        };
        const auto columnInked = [&](int x) {
            for (int y = 3; y < image.height() - 3; ++y) {
                if (inked(x, y))
                    return true;
            }
            return false;
        };
        int x = image.width() - 4;
        while (x > 3 && !columnInked(x))
            --x;
        const int arrowRight = x;
        while (x > 3 && columnInked(x))
            --x;
        const int arrowLeft = x + 1;
        while (x > 3 && !columnInked(x))
            --x;
        const int gap = arrowLeft - x - 1;
        QVERIFY2(x > 3, "no text left of the arrow");
        // QA: with Qt's size the arrow sat flush against the text ("Fast-forward▾").
        QVERIFY2(gap >= 3, qPrintable(QStringLiteral("%1 px between the text and the arrow").arg(gap)));
        double sum = 0;
        int count = 0;
        for (int y = 3; y < image.height() - 3; ++y) {
            for (int ax = arrowLeft; ax <= arrowRight; ++ax) {
                if (inked(ax, y)) {
                    sum += y;
                    ++count;
                }
            }
        }
        QVERIFY2(count > 0, "no arrow beside the text");
        const double centre = sum / count;
        QVERIFY2(qAbs(centre - image.height() / 2.0) <= image.height() / 6.0,
                 qPrintable(QStringLiteral("the arrow's centre is at %1 of %2 px").arg(centre).arg(image.height())));
    }

    // Opening a lab started an attempt at once: a lab only looked at showed "1 attempt" and used up a seed.
    void openingALabRecordsNothing()
    {
        QTemporaryDir dir;
        Progress::ProgressStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("progress.sqlite"))).ok);
        const QString id = QStringLiteral("func-cosmos-no-secret");
        QString firstApp;
        {
            auto w = makeWorkspace(store);
            QSignalSpy saved(w.get(), &LabWorkspace::attemptSaved);
            w->openLab(lab(id));
            QVERIFY(w->hasLab());
            QCOMPARE(w->attemptId(), 0);
            firstApp = name(*w, "app");
            // Looking around is not an attempt either: selecting a resource, a task, another tab.
            QVERIFY(w->portal()->selectResource(firstApp));
            w->taskList()->setCurrentItem(w->taskList()->topLevelItem(0));
            w->centerTabs()->setCurrentIndex(1);
            m_confirmAnswer = true;
            w->resetLab(); // nothing done yet: nothing to discard
            QCOMPARE(w->attemptId(), 0);
            QCOMPARE(saved.count(), 0);
        }
        QVERIFY(store.labAttempts(id).isEmpty());
        QVERIFY(!store.resumableLabAttempt(id));
        const Progress::DashboardFigures figures =
            store.dashboard(QDate::currentDate().addDays(-1), QDate::currentDate());
        QVERIFY(figures.labs.isEmpty());
        QVERIFY(figures.activity.isEmpty());
        LabBrowser browser(&store);
        browser.setLabs(m_catalog->labs());
        QCOMPARE(browser.card(id)->findChild<QPushButton *>(QStringLiteral("openLabButton"))->text(),
                 QStringLiteral("Start"));

        // Opening it again is still the first attempt: same seed, same names.
        auto w = makeWorkspace(store);
        w->openLab(lab(id));
        QVERIFY(!w->resumed());
        QCOMPARE(name(*w, "app"), firstApp);
    }

    void firstActionStartsTheAttempt_data()
    {
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("expectedCommand"); // the start of the one logged command; empty: none
        QTest::addColumn<bool>("taskResults");
        QTest::newRow("typed command") << int(Action::Type) << QStringLiteral("az group list") << false;
        QTest::newRow("portal action") << int(Action::Portal) << QStringLiteral("az functionapp identity assign")
                                       << false;
        QTest::newRow("hint") << int(Action::Hint) << Lab::LabSession::hintMarker(QStringLiteral("enable-identity"))
                              << false;
        QTest::newRow("run") << int(Action::Run) << QStringLiteral("invoke ") << false;
        QTest::newRow("fast-forward") << int(Action::FastForward) << QStringLiteral("sleep 60") << false;
        QTest::newRow("check my work") << int(Action::Check) << QString() << true;
    }

    void firstActionStartsTheAttempt()
    {
        QFETCH(int, action);
        QFETCH(QString, expectedCommand);
        QFETCH(bool, taskResults);
        QTemporaryDir dir;
        Progress::ProgressStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("progress.sqlite"))).ok);
        const QString id = QStringLiteral("func-cosmos-no-secret");
        auto w = makeWorkspace(store);
        QSignalSpy saved(w.get(), &LabWorkspace::attemptSaved);
        w->openLab(lab(id));
        QVERIFY(store.labAttempts(id).isEmpty());

        switch (Action(action)) {
        case Action::Type:
            typeCommand(*w, QStringLiteral("az group list -o none"));
            break;
        case Action::Portal:
            QVERIFY(w->portal()->selectResource(name(*w, "app")));
            w->portal()->systemAssignedSwitch()->setChecked(true);
            w->portal()->identitySaveButton()->click();
            break;
        case Action::Hint:
            w->taskList()->setCurrentItem(w->taskList()->topLevelItem(0));
            w->findChild<QPushButton *>(QStringLiteral("hintButton"))->click();
            break;
        case Action::Run:
            w->findChild<QToolButton *>(QStringLiteral("runButton"))->click();
            break;
        case Action::FastForward:
            w->findChild<QPushButton *>(QStringLiteral("fastForwardButton"))->menu()->actions().first()->trigger();
            break;
        case Action::Check:
            w->findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
            break;
        }

        const QList<Progress::LabAttempt> attempts = store.labAttempts(id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(w->attemptId(), attempts.first().id);
        QVERIFY(saved.count() >= 1);
        QCOMPARE(saved.last().first().toLongLong(), attempts.first().id);
        QCOMPARE(quint64(attempts.first().seed), w->session()->seed());
        const std::optional<Progress::LabAttempt> stored = store.labAttempt(attempts.first().id);
        QVERIFY(stored);
        if (expectedCommand.isEmpty()) {
            QVERIFY(stored->commands.isEmpty());
        } else {
            QCOMPARE(stored->commands.size(), 1);
            QVERIFY2(stored->commands.first().command.startsWith(expectedCommand),
                     qPrintable(stored->commands.first().command));
        }
        QCOMPARE(!stored->tasks.isEmpty(), taskResults);
    }

    // Resume still works once the attempt starts lazily: one command is enough to be worth resuming.
    void reopeningAnAttemptWithCommandsResumesIt()
    {
        QTemporaryDir dir;
        Progress::ProgressStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("progress.sqlite"))).ok);
        const QString id = QStringLiteral("func-cosmos-no-secret");
        qint64 attemptId = 0;
        QString app;
        {
            auto w = makeWorkspace(store);
            w->openLab(lab(id));
            app = name(*w, "app");
            typeCommand(*w, QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app);
            attemptId = w->attemptId();
            QVERIFY(attemptId > 0);
        }
        auto w = makeWorkspace(store);
        w->openLab(lab(id));
        QVERIFY(w->resumed());
        QCOMPARE(w->attemptId(), attemptId);
        QCOMPARE(name(*w, "app"), app);
        QCOMPARE(w->session()->commandLog(),
                 QStringList{QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app});
        QVERIFY(task(*w, "enable-identity")->passed);
        QVERIFY(w->console()->output()->toPlainText().contains(QStringLiteral("Resumed your attempt: 1 command")));
        typeCommand(*w, QStringLiteral("az group list -o none"));
        QCOMPARE(store.labAttempts(id).size(), 1); // the resumed attempt goes on, no second one
        QCOMPARE(store.labAttempt(attemptId)->commands.size(), 2);
    }

    void addRoleAssignmentFlowAndFailedHop()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("appservice-keyvault")));
        const QString app = name(*w, "app");
        const QString vault = name(*w, "vault");
        PortalView *portal = w->portal();
        QVERIFY(portal->selectResource(app));
        portal->systemAssignedSwitch()->setChecked(true);
        portal->identitySaveButton()->click();

        // Run before any access is granted: the flow view marks the failed hop.
        w->runWorkload(app);
        FlowView *flow = w->flowView();
        const int failed = flow->trace().firstFailure();
        QVERIFY(failed >= 0);
        const FlowEvent &hop = flow->trace().events.at(failed);
        QVERIFY(hop.status == 403 || !hop.errorCode.isEmpty());
        QVERIFY(flow->eventModel()->index(failed, 0).data(FlowEventModel::FailedRole).toBool());
        bool redEdge = false;
        for (FlowEdgeItem *edge : flow->scene()->edges())
            redEdge = redEdge || edge->state() == FlowEdgeItem::State::Failed;
        QVERIFY(redEdge || flow->scene()->node(hop.from)->isFailed());

        // Access control (IAM) → Add role assignment: role → members → review.
        QVERIFY(portal->selectResource(vault));
        portal->addRoleAssignmentButton()->click();
        AddRoleAssignmentDialog *dialog = portal->roleDialog();
        QVERIFY(dialog);
        QVERIFY(!dialog->nextButton()->isEnabled());
        const QList<QListWidgetItem *> roles =
            dialog->roleList()->findItems(QStringLiteral("Key Vault Secrets User"), Qt::MatchExactly);
        QCOMPARE(roles.size(), 1);
        dialog->roleList()->setCurrentItem(roles.first());
        dialog->nextButton()->click();
        QCOMPARE(dialog->page(), 1);
        const QList<QListWidgetItem *> members = dialog->memberList()->findItems(app, Qt::MatchStartsWith);
        QCOMPARE(members.size(), 1);
        dialog->memberList()->setCurrentItem(members.first());
        dialog->nextButton()->click();
        QCOMPARE(dialog->page(), 2);
        QVERIFY(dialog->commandText().startsWith(QStringLiteral("az role assignment create --assignee-object-id ")));
        const int before = portal->roleAssignmentList()->topLevelItemCount();
        dialog->assignButton()->click();
        QCOMPARE(portal->roleAssignmentList()->topLevelItemCount(), before + 1);
        QVERIFY(w->console()->output()->toPlainText().contains(QStringLiteral("--role 'Key Vault Secrets User'")));

        w->runWorkload(app);
        QCOMPARE(w->flowView()->trace().firstFailure(), -1);
    }

    void wholeLabByTyping()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("vm-storage-imds")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QStringList solution = w->session()->lab().solution;
        for (const QString &line : solution) {
            if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
                continue;
            typeCommand(*w, w->session()->resolve(line));
        }
        QVERIFY(w->console()->input()->text().isEmpty());
        w->checkWork();
        QVERIFY2(w->session()->evaluation().allPassed(),
                 QJsonDocument(w->session()->evaluation().toJson()).toJson().constData());
        QVERIFY(w->isFinished());
        // The curl through IMDS produced a trace that the flow view shows.
        QVERIFY(!w->flowView()->trace().events.isEmpty());
    }

    // The finish page showed only the first task's instructions: each list item embedded a whole HTML document
    // (fragment.toHtml()), which ended the summary there — no heading, no other titles, points or hints.
    void finishSummaryListsEveryTask()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        QVERIFY(!w->revealHint(QStringLiteral("grant-data-role")).isEmpty());
        runSolution(*w);
        w->checkWork();
        QVERIFY(w->isFinished());
        QVERIFY(w->finishTasks()->isVisibleTo(w.get()));
        const QString text = w->finishTasks()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("What each task taught")), qPrintable(text));
        const Lab::LabEvaluation &e = w->session()->evaluation();
        QCOMPARE(e.tasks.size(), 5);
        for (const Lab::TaskResult &t : e.tasks) {
            const QString title = w->session()->resolve(t.title);
            QVERIFY2(text.contains(title), qPrintable(title));
            const QString points = QStringLiteral("%1 of %2 points").arg(qRound(t.earned)).arg(t.points);
            // The hints only where some were used, in English plural forms.
            const QString line = t.hintsUsed == 0   ? points + QLatin1Char('\n')
                                 : t.hintsUsed == 1 ? points + QStringLiteral(" · 1 hint used")
                                                    : points + QStringLiteral(" · %1 hints used").arg(t.hintsUsed);
            QVERIFY2(text.contains(line), qPrintable(line + QStringLiteral(" in ") + text));
            // What it taught: the instructions, formatted (their text, not their Markdown markup).
            const Lab::LabTask *labTask = w->session()->lab().task(t.taskId);
            QVERIFY(labTask);
            const QString taught =
                QTextDocumentFragment::fromMarkdown(w->session()->resolve(labTask->instructions)).toPlainText();
            QVERIFY2(text.contains(taught.section(QLatin1Char('\n'), 0, 0)), qPrintable(taught));
        }
        QCOMPARE(task(*w, "grant-data-role")->hintsUsed, 1);
        QVERIFY(!text.contains(QStringLiteral("**")));
        QVERIFY(!text.contains(QStringLiteral("<html")));
    }

    void consoleHistoryCompletionClearAndErrors()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        ConsoleWidget *console = w->console();
        const qsizetype logBefore = w->session()->commandLog().size();
        typeCommand(*w, QStringLiteral("az group list -o tsv --query [].name"));
        typeCommand(*w, QStringLiteral("az no-such-command"));
        QVERIFY(console->output()->toPlainText().contains(QStringLiteral("rg-orders")));
        // Errors are visibly distinct: the stderr block is in the error colour.
        const QColor failure = statusColors(console->palette()).bad;
        bool redBlock = false;
        for (QTextBlock b = console->output()->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().contains(QStringLiteral("no-such-command")) && !b.text().startsWith(QLatin1Char('$')))
                redBlock = redBlock || b.charFormat().foreground().color() == failure ||
                           (b.begin() != b.end() && b.begin().fragment().charFormat().foreground().color() == failure);
        }
        QVERIFY(redBlock);
        // History: Up twice gives the first command, Down returns to the draft.
        QLineEdit *input = console->input();
        QTest::keyClicks(input, QStringLiteral("draft"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("az no-such-command"));
        QTest::keyClick(input, Qt::Key_Up);
        QCOMPARE(input->text(), QStringLiteral("az group list -o tsv --query [].name"));
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QCOMPARE(input->text(), QStringLiteral("draft"));
        // Tab completion: az subcommands and resource names.
        input->setText(QStringLiteral("az functionap"));
        QTest::keyClick(input, Qt::Key_Tab);
        QCOMPARE(input->text(), QStringLiteral("az functionapp "));
        QCOMPARE(QApplication::focusWidget(), input); // Tab did not move focus
        const QString app = name(*w, "app");
        input->setText(QStringLiteral("az functionapp show -g rg-orders -n ") + app.left(6));
        QTest::keyClick(input, Qt::Key_Tab);
        QCOMPARE(input->text(), QStringLiteral("az functionapp show -g rg-orders -n ") + app + QLatin1Char(' '));
        // Ctrl+L clears.
        QTest::keyClick(input, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(console->output()->toPlainText().isEmpty());
        // Failed commands are still part of the attempt (what the learner did).
        QCOMPARE(w->session()->commandLog().size(), logBefore + 2);
    }

    // The blades a resource type does not have were left visible at the portal's corner and drew a second
    // header over the resource tree (QA: garbled "Resource" heading in workspace-dark-portal.png).
    void portalBladesDoNotCoverTheResourceTree()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        PortalView *portal = w->portal();
        QTreeWidget *tree = portal->resourceTree();
        QStringList resources;
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if (!(*it)->data(0, Qt::UserRole).isNull())
                resources << (*it)->text(0);
        }
        QVERIFY(resources.size() >= 2);
        const QRect treeArea(tree->mapTo(portal, QPoint(0, 0)), tree->size());
        for (const QString &resource : std::as_const(resources)) {
            QVERIFY(portal->selectResource(resource));
            for (QWidget *child : portal->findChildren<QWidget *>()) {
                if (!child->isVisible() || child == tree || tree->isAncestorOf(child) || child->isAncestorOf(tree) ||
                    child->isWindow())
                    continue;
                const QRect area(child->mapTo(portal, QPoint(0, 0)), child->size());
                QVERIFY2(!area.intersects(treeArea),
                         qPrintable(QStringLiteral("%1 (%2) covers the resource tree with %3 selected")
                                        .arg(child->objectName(), QString::fromLatin1(child->metaObject()->className()),
                                             resource)));
            }
        }
        // The only header over the tree is its own.
        for (QHeaderView *header : portal->findChildren<QHeaderView *>()) {
            if (header->isVisible() && header != tree->header())
                QVERIFY(!QRect(header->mapTo(portal, QPoint(0, 0)), header->size()).intersects(treeArea));
        }
    }

    void taskListShowsTasksInFull_data()
    {
        QTest::addColumn<int>("leftWidth"); // of the story / task pane
        QTest::addColumn<bool>("presenter");
        QTest::newRow("wide") << 480 << false;
        QTest::newRow("narrow") << 200 << false;
        QTest::newRow("presenter") << 300 << true;
    }

    // The task list showed instructions as raw Markdown, one line elided with "…", and cut titles (QA).
    void taskListShowsTasksInFull()
    {
        QFETCH(int, leftWidth);
        QFETCH(bool, presenter);
        UiState state;
        state.setPresenterMode(presenter);
        Appearance appearance(state); // presenter mode: the larger type of the whole app
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTreeWidget *tasks = w->taskList();
        auto *split = qobject_cast<QSplitter *>(tasks->parentWidget()->parentWidget());
        QVERIFY(split);
        split->setSizes({leftWidth, w->width() - leftWidth});
        tasks->expandAll();
        QCoreApplication::processEvents(); // the header stretches its section on a posted resize
        QCOMPARE(tasks->header()->length(), tasks->viewport()->width());

        QTreeWidgetItem *first = tasks->topLevelItem(0);
        QTest::mouseClick(tasks->viewport(), Qt::LeftButton, {}, tasks->visualItemRect(first).center());
        QCOMPARE(tasks->currentItem(), first);
        auto *delegate = qobject_cast<RichTextDelegate *>(tasks->itemDelegate());
        QVERIFY(delegate);

        // The instructions: formatted, no Markdown marks left.
        const QModelIndex instructions = tasks->model()->index(0, 0, tasks->model()->index(0, 0));
        const std::unique_ptr<QTextDocument> doc = delegate->document(instructions);
        const QString plain = doc->toPlainText();
        const QString app = name(*w, "app");
        QVERIFY2(!plain.contains(QStringLiteral("**")) && !plain.contains(QLatin1Char('`')), qPrintable(plain));
        QVERIFY2(plain.contains(QStringLiteral("system-assigned managed identity of ") + app), qPrintable(plain));
        QVERIFY(plain.contains(QStringLiteral("is what you grant access to.")));
        bool bold = false;
        bool code = false;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                bold = bold || (f.text() == QStringLiteral("system-assigned managed identity") &&
                                f.charFormat().fontWeight() >= QFont::Bold);
                code = code || (f.text() == app && f.charFormat().fontFixedPitch());
            }
        }
        QVERIFY(bold);
        QVERIFY(code);

        // Every row (titles, instructions, feedback) is as tall as its wrapped text: nothing is cut.
        QModelIndexList indexes;
        const QAbstractItemModel *model = tasks->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex task = model->index(row, 0);
            indexes << task;
            for (int child = 0; child < model->rowCount(task); ++child)
                indexes << model->index(child, 0, task);
        }
        for (const QModelIndex &index : std::as_const(indexes)) {
            const std::unique_ptr<QTextDocument> text = delegate->document(index);
            const QRect rect = tasks->visualRect(index);
            QVERIFY2(rect.height() >= int(std::ceil(text->size().height())),
                     qPrintable(QStringLiteral("%1: row %2 px, text %3 px")
                                    .arg(index.data().toString())
                                    .arg(rect.height())
                                    .arg(text->size().height())));
            QVERIFY(text->textWidth() <= rect.width());
        }
        const int rows = int(indexes.size());
        QVERIFY(rows > tasks->topLevelItemCount());
        // Narrow or in large type, the instructions take several lines instead of one elided line.
        if (leftWidth < 480 || presenter)
            QVERIFY(doc->documentLayout()->documentSize().height() > 2 * QFontMetrics(tasks->font()).height());
        QVERIFY(w->taskList()->textElideMode() == Qt::ElideNone);
    }

    void flowTabSwitchKeepsLayout_data()
    {
        QTest::addColumn<bool>("withTrace");
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<QSize>("size");
        QTest::newRow("empty flow") << false << false << QSize(1400, 900);
        QTest::newRow("after a run") << true << false << QSize(1400, 900);
        QTest::newRow("presenter") << true << true << QSize(1400, 900);
        QTest::newRow("small") << false << false << QSize(1000, 640);
        QTest::newRow("small run") << true << false << QSize(1000, 640);
        QTest::newRow("small presenter") << true << true << QSize(1000, 640);
        QTest::newRow("laptop presenter") << false << true << QSize(1280, 720);
    }

    // Showing the Flow tab resized the panes around it: the layout jumped on the first switch (QA).
    void flowTabSwitchKeepsLayout()
    {
        QFETCH(bool, withTrace);
        QFETCH(bool, presenter);
        QFETCH(QSize, size);
        UiState state;
        state.setPresenterMode(presenter);
        Appearance appearance(state);
        auto w = makeWorkspace();
        w->resize(size);
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        if (withTrace) {
            w->runCommand(QStringLiteral("invoke ") + name(*w, "app"));
            QVERIFY(!w->flowView()->trace().events.isEmpty());
        }
        QTabWidget *tabs = w->centerTabs();
        QCOMPARE(tabs->currentWidget(), w->portal());
        QCoreApplication::processEvents(); // pending layout requests
        const QList<QWidget *> watched = {tabs,
                                          w->console(),
                                          w->taskList(),
                                          w->completionBar(),
                                          w->findChild<QWidget *>(QStringLiteral("labStory")),
                                          w->findChild<QWidget *>(QStringLiteral("runButton"))};
        auto geometries = [&watched, &w] {
            QList<QRect> rects;
            for (const QWidget *widget : watched)
                rects << QRect(widget->mapTo(w.get(), QPoint(0, 0)), widget->size());
            return rects;
        };
        const QList<QRect> before = geometries();
        const QRect pageArea = w->portal()->geometry();

        for (const int index : {1, 0, 1}) {
            QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
            QCOMPARE(tabs->currentIndex(), index);
            QCoreApplication::processEvents();
            QCOMPARE(geometries(), before);
            QCOMPARE(tabs->currentWidget()->geometry(), pageArea);
        }
    }

    void consoleFollowsThemeSwitch_data()
    {
        QTest::addColumn<UiState::Theme>("from");
        QTest::addColumn<UiState::Theme>("to");
        QTest::newRow("light to dark") << UiState::Theme::Light << UiState::Theme::Dark;
        QTest::newRow("dark to light") << UiState::Theme::Dark << UiState::Theme::Light;
    }

    // QA: a paste of 3,000 lines was cut at QLineEdit's 32,767 characters without a word, and its cut last line ran
    // ("'grou' is misspelled"). A long paste runs whole; one that fills the input's limit runs nothing and says why.
    void aLongPasteRunsWholeOrNotAtAll()
    {
        ConsoleWidget console;
        QStringList ran;
        console.setRunner([&ran](const QString &command) {
            ran << command;
            return ConsoleResult{0, {}, {}, {}};
        });
        QSignalSpy executed(&console, &ConsoleWidget::commandExecuted);
        const QString line = QStringLiteral("az group list --query \"[].name\" -o tsv\n");
        QString script;
        while (script.size() < 40000)
            script += line;
        script.chop(1);
        console.input()->setText(script);
        QCOMPARE(console.input()->text(), script); // not cut at 32,767
        QTest::keyClick(console.input(), Qt::Key_Return);
        QCOMPARE(ran, QStringList{script});

        const QString tooLong(ConsoleWidget::maxInputLength + 10, QLatin1Char('x'));
        console.input()->setText(tooLong);
        QTest::keyClick(console.input(), Qt::Key_Return);
        QCOMPARE(ran.size(), 1);
        QCOMPARE(executed.count(), 1);
        QVERIFY2(console.output()->toPlainText().contains(QStringLiteral("nothing was run")),
                 qPrintable(console.output()->toPlainText().right(300)));
        QCOMPARE(console.input()->text().size(), ConsoleWidget::maxInputLength); // kept, to be cut by the learner
    }

    // QA: a 2 MB paste froze the window for seconds before the limit's message came. A paste that cannot fit is
    // refused at once and the input keeps what it had; one that fits is pasted.
    void aPasteThatCannotFitIsRefusedAtOnce()
    {
        ConsoleWidget console;
        console.show();
        console.input()->setFocus();
        console.input()->setText(QStringLiteral("echo "));
        QApplication::clipboard()->setText(QString(ConsoleWidget::maxInputLength, QLatin1Char('x')));
        QTest::keySequence(console.input(), QKeySequence::Paste);
        QCOMPARE(console.input()->text(), QStringLiteral("echo "));
        QVERIFY2(console.output()->toPlainText().contains(QStringLiteral("nothing was pasted")),
                 qPrintable(console.output()->toPlainText().right(300)));
        QApplication::clipboard()->setText(QStringLiteral("hello"));
        QTest::keySequence(console.input(), QKeySequence::Paste);
        QCOMPARE(console.input()->text(), QStringLiteral("echo hello"));

        // The same from the input's context menu (QA: it froze the window for minutes, then cut the text).
        const auto pasteFromMenu = [&console] {
            emit console.input()->customContextMenuRequested(QPoint(2, 2));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *paste = nullptr;
            for (QAction *action : menu->actions())
                paste = action->objectName() == QLatin1String("edit-paste") ? action : paste;
            QVERIFY(paste);
            paste->trigger();
            menu->close();
        };
        QApplication::clipboard()->setText(QString(ConsoleWidget::maxInputLength, QLatin1Char('y')));
        const int notes = console.output()->toPlainText().count(QStringLiteral("nothing was pasted"));
        pasteFromMenu();
        QCOMPARE(console.input()->text(), QStringLiteral("echo hello"));
        QCOMPARE(console.output()->toPlainText().count(QStringLiteral("nothing was pasted")), notes + 1);
        QApplication::clipboard()->setText(QStringLiteral(" world"));
        console.input()->end(false);
        pasteFromMenu();
        QCOMPARE(console.input()->text(), QStringLiteral("echo hello world"));
    }

    // QA (stop 19): a paste of three lines showed as one, "echo one echo two az group delete …", and Enter ran all
    // three (the group was deleted). While the input holds several lines, a note beside it says how many and that Enter
    // runs them all; what it runs is unchanged.
    void aPasteOfSeveralLinesSaysSo()
    {
        ConsoleWidget console;
        QStringList ran;
        console.setRunner([&ran](const QString &command) {
            ran << command;
            return ConsoleResult{0, {}, {}, {}};
        });
        console.resize(700, 200);
        console.show();
        auto *note = console.findChild<QLabel *>(QStringLiteral("consoleLinesNote"));
        QVERIFY(note);
        console.input()->setText(QStringLiteral("echo one"));
        QVERIFY(note->isHidden());
        const QString pasted = QStringLiteral("echo one\necho two\naz group delete -n rg --yes");
        console.input()->setText(pasted);
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), QStringLiteral("3 lines: Enter runs them all"));
        QVERIFY(note->toolTip().contains(QStringLiteral("echo two<br>az group delete")));
        QTRY_VERIFY(note->width() >= note->sizeHint().width()); // shown whole
        if (!qEnvironmentVariableIsEmpty("KEYLESS_SCREENSHOTS"))
            console.grab().save(QStringLiteral(KEYLESS_BINARY_DIR "/screenshots/console-several-lines.png"));
        QTest::keyClick(console.input(), Qt::Key_Return);
        QCOMPARE(ran, QStringList{pasted});
        QVERIFY(note->isHidden()); // the input is empty again
    }

    // QA (stop 19): `echo` and a pasted 300,000-character word froze the window for 30 s (Qt lays a wrapped line out in
    // time that grows with the square of its longest unbroken run). Such a run is shown with break opportunities no one
    // sees, and every way of copying gives it back as printed; a token-sized word is shown as it is.
    void aVeryLongWordIsShownAndCopiedAsPrinted()
    {
        const QString word(300000, QLatin1Char('E'));
        const QString token = QString(2000, QLatin1Char('t'));
        ConsoleWidget console;
        console.setRunner([](const QString &command) {
            return ConsoleResult{0, command.mid(5) + QLatin1Char('\n'), {}, {}};
        });
        console.resize(600, 300);
        console.show();
        console.execute(QStringLiteral("echo ") + word);
        console.execute(QStringLiteral("echo ") + token);
        const QString printed = QStringLiteral("$ echo %1\n%1\n$ echo %2\n%2").arg(word, token);

        // Shown: no run of more than 1,024 characters without a break opportunity; the token untouched.
        const QString shown = console.output()->toPlainText();
        qsizetype run = 0, longest = 0;
        for (const QChar c : shown) {
            run = (c.isSpace() || c == QChar(0x200B)) ? 0 : run + 1;
            longest = std::max(longest, run);
        }
        QVERIFY2(longest <= 2000, qPrintable(QString::number(longest)));
        QVERIFY(shown.endsWith(QStringLiteral("$ echo %1\n%1").arg(token)));

        // Copy output (all, then a selection of two lines), and the keyboard's copy of a selection.
        QAction *copyOutput = nullptr;
        for (QAction *action : console.output()->actions())
            copyOutput = action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) ? action : copyOutput;
        QVERIFY(copyOutput);
        copyOutput->trigger();
        QCOMPARE(QApplication::clipboard()->text(), printed);
        console.output()->selectAll();
        copyOutput->trigger();
        QCOMPARE(QApplication::clipboard()->text(), printed); // lines end in "\n", not U+2029
        QApplication::clipboard()->clear();
        console.output()->setFocus();
        QTest::keySequence(console.output(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), printed);
    }

    // Ctrl+C drops the line being typed, as in a terminal, and runs nothing (QA: it did nothing); with a selection in
    // the input it still copies.
    void ctrlCDropsTheLineBeingTyped()
    {
        ConsoleWidget console;
        QStringList ran;
        console.setRunner([&ran](const QString &command) {
            ran << command;
            return ConsoleResult{0, {}, {}, {}};
        });
        console.show();
        console.input()->setFocus();
        QTest::keyClicks(console.input(), QStringLiteral("az group lis"));
        console.input()->setSelection(3, 5);
        QTest::keyClick(console.input(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("group"));
        QCOMPARE(console.input()->text(), QStringLiteral("az group lis"));
        console.input()->deselect();
        QTest::keyClick(console.input(), Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(console.input()->text(), QString());
        QVERIFY2(console.output()->toPlainText().endsWith(QStringLiteral("$ az group lis^C")),
                 qPrintable(console.output()->toPlainText()));
        QVERIFY(ran.isEmpty());
        QTest::keyClick(console.input(), Qt::Key_Up); // nothing ran, so nothing to recall
        QCOMPARE(console.input()->text(), QString());
    }

    // QA: `az group show -n nope; echo after` printed "after" first and the ERROR block after it: the console shows
    // both channels in the order they were written, each in its colour.
    void consoleShowsErrorsWhereTheyWereWritten()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        ConsoleWidget *console = w->console();
        console->execute(QStringLiteral("echo before; az group show -n nope; echo after"));
        const QString text = console->output()->toPlainText();
        const int before = text.lastIndexOf(QStringLiteral("\nbefore\n"));
        const int error = text.lastIndexOf(QStringLiteral("ERROR: (ResourceGroupNotFound)"));
        const int after = text.lastIndexOf(QStringLiteral("\nafter"));
        QVERIFY2(before >= 0 && error > before && after > error, qPrintable(text.right(400)));
        QCOMPARE(colorOfLine(*console, QStringLiteral("after"), true), console->toneColor(ConsoleWidget::Tone::Output));
        QCOMPARE(colorOfLine(*console, QStringLiteral("Code: ResourceGroupNotFound"), true),
                 console->toneColor(ConsoleWidget::Tone::Error));
    }

    // QA: `clear` said "command not found". It empties the pane as Ctrl+L does, and is no lab command.
    void clearEmptiesTheConsole()
    {
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        ConsoleWidget *console = w->console();
        console->execute(QStringLiteral("echo visible"));
        QVERIFY(console->output()->toPlainText().contains(QStringLiteral("visible")));
        const int commands = int(w->session()->commandLog().size());
        QTest::keyClicks(console->input(), QStringLiteral("clear"));
        QTest::keyClick(console->input(), Qt::Key_Return);
        QCOMPARE(console->output()->toPlainText(), QString());
        QCOMPARE(int(w->session()->commandLog().size()), commands); // not run, not recorded
        QTest::keyClick(console->input(), Qt::Key_Up);
        QCOMPARE(console->input()->text(), QStringLiteral("clear")); // but in the history, as in a terminal
    }

    // Printed text kept the colours of the theme it was printed under: light text on the dark base (QA).
    void consoleFollowsThemeSwitch()
    {
        QFETCH(UiState::Theme, from);
        QFETCH(UiState::Theme, to);
        UiState state;
        state.setTheme(from);
        Appearance appearance(state);
        ConsoleWidget console;
        console.setRunner([](const QString &command) {
            return command == QLatin1String("good") ? ConsoleResult{0, QStringLiteral("printed\n"), {}, {}}
                                                    : ConsoleResult{1, {}, QStringLiteral("went wrong\n"), {}};
        });
        console.resize(600, 300);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        console.appendNote(QStringLiteral("a note"));
        console.execute(QStringLiteral("good"));
        console.execute(QStringLiteral("bad"));

        const struct {
            QString line;
            ConsoleWidget::Tone tone;
        } lines[] = {{QStringLiteral("a note"), ConsoleWidget::Tone::Muted},
                     {QStringLiteral("$ good"), ConsoleWidget::Tone::Prompt},
                     {QStringLiteral("printed"), ConsoleWidget::Tone::Output},
                     {QStringLiteral("went wrong"), ConsoleWidget::Tone::Error}};
        QHash<QString, QColor> before;
        for (const auto &l : lines) {
            before.insert(l.line, colorOfLine(console, l.line));
            QCOMPARE(before.value(l.line), console.toneColor(l.tone));
        }

        state.setTheme(to);
        QCoreApplication::processEvents(); // the application palette reaches the widgets through the event loop
        const QPalette palette = to == UiState::Theme::Dark ? Appearance::darkPalette() : Appearance::lightPalette();
        QCOMPARE(console.output()->palette().color(QPalette::Base), palette.color(QPalette::Base));
        auto expected = [&palette](ConsoleWidget::Tone tone) {
            switch (tone) {
            case ConsoleWidget::Tone::Muted:
                return palette.color(QPalette::PlaceholderText);
            case ConsoleWidget::Tone::Prompt:
                return palette.color(QPalette::Link);
            case ConsoleWidget::Tone::Error:
                return statusColors(palette).bad;
            case ConsoleWidget::Tone::Output:
                break;
            }
            return palette.color(QPalette::Text);
        };
        for (const auto &l : lines) {
            const QColor now = colorOfLine(console, l.line);
            QCOMPARE(now, expected(l.tone));
            QVERIFY2(now != before.value(l.line), qPrintable(l.line));
            const double ratio = contrast(now, palette.color(QPalette::Base));
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: contrast %2").arg(l.line).arg(ratio)));
        }
        // Text printed after the switch uses the new palette too.
        console.execute(QStringLiteral("bad"));
        QCOMPARE(colorOfLine(console, QStringLiteral("went wrong"), true), statusColors(palette).bad);
    }

    void languageSwitchesTheWorkspaceLive_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("buttons"); // back, Run, Check my work, Fast-forward, Reset
        QTest::addColumn<QStringList>("menus");   // Run's first entry (%1: the app), Fast-forward's first entry
        QTest::addColumn<QStringList>("tabs");    // Portal, Flow
        QTest::addColumn<QStringList>("tasks");   // task list header, completion format
        QTest::addColumn<QString>("hintButton");  // after one of the selected task's hints (%1: how many it has)
        QTest::addColumn<QString>("hintHeading");
        QTest::addColumn<QStringList>("console");  // placeholder start, Copy output, Clear
        QTest::addColumn<QStringList>("portal");   // tree header, a group's type, the Cosmos DB account's type
        QTest::addColumn<QStringList>("blades");   // Overview, Access control (IAM), Data Explorer
        QTest::addColumn<QStringList>("explorer"); // Assign button, Role / Scope / Member labels, account scope
        QTest::addColumn<QString>("member");       // the app's system-assigned identity (%1: the app)
        // From translations/keyless_de.ts and keyless_es.ts.
        QTest::newRow("de") << QStringLiteral("de")
                            << QStringList{QStringLiteral("← Labs"), QStringLiteral("▶ Ausführen"),
                                           QStringLiteral("Meine Arbeit prüfen"), QStringLiteral("Vorspulen"),
                                           QStringLiteral("Zurücksetzen")}
                            << QStringList{QStringLiteral("%1 ausführen"), QStringLiteral("1 Minute")}
                            << QStringList{QStringLiteral("Portal"), QStringLiteral("Ablauf")}
                            << QStringList{QStringLiteral("Aufgabe"), QStringLiteral("%p % erledigt")}
                            << QStringLiteral("Einen Hinweis zeigen (1 von %1 genutzt)")
                            << QStringLiteral("**Hinweis 1.** ")
                            << QStringList{QStringLiteral("Befehl eingeben, z. B."), QStringLiteral("Ausgabe kopieren"),
                                           QStringLiteral("Leeren")}
                            << QStringList{QStringLiteral("Ressource"), QStringLiteral("Ressourcengruppe"),
                                           QStringLiteral("Azure Cosmos DB-Konto")}
                            << QStringList{QStringLiteral("Übersicht"), QStringLiteral("Zugriffssteuerung (IAM)"),
                                           QStringLiteral("Daten-Explorer")}
                            << QStringList{QStringLiteral("Datenrolle zuweisen"), QStringLiteral("Rolle"),
                                           QStringLiteral("Bereich"), QStringLiteral("Mitglied"),
                                           QStringLiteral("Konto (/)")}
                            << QStringLiteral("%1 (systemseitig zugewiesen)");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringList{QStringLiteral("← Laboratorios"), QStringLiteral("▶ Ejecutar"),
                                           QStringLiteral("Comprobar mi trabajo"), QStringLiteral("Avanzar"),
                                           QStringLiteral("Restablecer")}
                            << QStringList{QStringLiteral("Ejecutar %1"), QStringLiteral("1 minuto")}
                            << QStringList{QStringLiteral("Portal"), QStringLiteral("Flujo")}
                            << QStringList{QStringLiteral("Tarea"), QStringLiteral("%p % completado")}
                            << QStringLiteral("Mostrar una pista (1 de %1 usadas)") << QStringLiteral("**Pista 1.** ")
                            << QStringList{QStringLiteral("Escribe un comando, p. ej."),
                                           QStringLiteral("Copiar la salida"), QStringLiteral("Borrar")}
                            << QStringList{QStringLiteral("Recurso"), QStringLiteral("Grupo de recursos"),
                                           QStringLiteral("Cuenta de Azure Cosmos DB")}
                            << QStringList{QStringLiteral("Información general"),
                                           QStringLiteral("Control de acceso (IAM)"),
                                           QStringLiteral("Explorador de datos")}
                            << QStringList{QStringLiteral("Asignar el rol de datos"), QStringLiteral("Rol"),
                                           QStringLiteral("Ámbito"), QStringLiteral("Miembro"),
                                           QStringLiteral("Cuenta (/)")}
                            << QStringLiteral("%1 (asignada por el sistema)");
    }

    // The Labs page kept the language it was built in until the next start (the Settings note said so): a
    // switch now retranslates the workspace, the portal and the console at once, and the lab carries on
    // where it was — same session, console history and input, task, hint, resource, blade and choices.
    void languageSwitchesTheWorkspaceLive()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, buttons);
        QFETCH(QStringList, menus);
        QFETCH(QStringList, tabs);
        QFETCH(QStringList, tasks);
        QFETCH(QString, hintButton);
        QFETCH(QString, hintHeading);
        QFETCH(QStringList, console);
        QFETCH(QStringList, portal);
        QFETCH(QStringList, blades);
        QFETCH(QStringList, explorer);
        QFETCH(QString, member);
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        OwnStore own;
        QVERIFY(own.open());
        auto w = makeWorkspace(own.store);
        QVERIFY(showLab(*w, QStringLiteral("func-cosmos-no-secret")));
        const QString app = name(*w, "app");
        const QString cosmos = name(*w, "cosmos");
        const QString taskId = QStringLiteral("grant-data-role");
        const int hintCount = int(w->session()->lab().task(taskId)->hints.size());

        // The learner's work so far: the identity on, a command typed and one being typed, a task chosen and
        // one of its hints seen, the Data Explorer of the Cosmos DB account open with a scope and member chosen.
        PortalView *view = w->portal();
        QVERIFY(view->selectResource(app));
        view->systemAssignedSwitch()->setChecked(true);
        view->identitySaveButton()->click();
        typeCommand(*w, QStringLiteral("az group list -o tsv --query [].name"));
        QTest::keyClicks(w->console()->input(), QStringLiteral("az cosmosdb sh"));
        w->taskList()->setCurrentItem(taskItem(*w, taskId));
        auto *hint = w->findChild<QPushButton *>(QStringLiteral("hintButton"));
        hint->click();
        const QStringList revealed = w->session()->revealedHints(taskId);
        QCOMPARE(revealed.size(), 1);
        QVERIFY(view->selectResource(cosmos));
        QWidget *explorerBlade = view->findChild<QWidget *>(QStringLiteral("cosmosBlade"));
        view->blades()->setCurrentWidget(explorerBlade);
        view->cosmosScopeBox()->setCurrentIndex(view->cosmosScopeBox()->findData(QStringLiteral("/dbs/shop")));
        view->cosmosRoleBox()->setCurrentIndex(1);
        QCOMPARE(view->cosmosMemberBox()->count(), 1);
        const Lab::LabSession *session = w->session();
        const QStringList log = session->commandLog();
        const QStringList history = w->console()->history();
        const QString printed = w->console()->output()->toPlainText();
        QVERIFY(printed.contains(QStringLiteral("rg-orders")));
        const QString hintText = w->findChild<QLabel *>(QStringLiteral("hintText"))->text();
        QVERIFY(hintText.startsWith(QStringLiteral("**Hint 1.** ")));

        auto *check = w->findChild<QPushButton *>(QStringLiteral("checkButton"));
        auto *run = w->findChild<QToolButton *>(QStringLiteral("runButton"));
        auto *forward = w->findChild<QPushButton *>(QStringLiteral("fastForwardButton"));
        QCOMPARE(m_translations.apply(language), language);
        QTRY_COMPARE(check->text(), buttons.at(2)); // LanguageChange is posted: the next turn of the event loop
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("backButton"))->text(), buttons.at(0));
        QCOMPARE(run->text(), buttons.at(1));
        QCOMPARE(forward->text(), buttons.at(3));
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("resetButton"))->text(), buttons.at(4));
        QVERIFY(run->toolTip() != QStringLiteral("Invoke the app's code and play its trace in the flow view"));
        QCOMPARE(menuTexts(run).value(0), menus.at(0).arg(app));
        QCOMPARE(menuTexts(forward).value(0), menus.at(1));
        QCOMPARE(tabText(w->centerTabs(), view), tabs.at(0));
        QCOMPARE(tabText(w->centerTabs(), w->flowView()), tabs.at(1));
        QCOMPARE(w->taskList()->headerItem()->text(0), tasks.at(0));
        QCOMPARE(w->completionBar()->format(), tasks.at(1));
        QCOMPARE(hint->text(), hintButton.arg(hintCount));
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("hintText"))->text(),
                 QString(hintText).replace(QStringLiteral("**Hint 1.** "), hintHeading));
        QVERIFY2(w->console()->input()->placeholderText().startsWith(console.at(0)),
                 qPrintable(w->console()->input()->placeholderText()));
        QStringList actions;
        for (QAction *action : w->console()->output()->actions())
            actions << action->text();
        QCOMPARE(actions, console.mid(1));
        QTreeWidget *tree = view->resourceTree();
        QCOMPARE(tree->headerItem()->text(0), portal.at(0));
        QCOMPARE(tree->topLevelItem(0)->text(1), portal.at(1));
        QCOMPARE(tree->findItems(cosmos, Qt::MatchExactly | Qt::MatchRecursive).value(0)->text(1), portal.at(2));
        QCOMPARE(tabText(view->blades(), view->findChild<QWidget *>(QStringLiteral("overviewBlade"))), blades.at(0));
        QCOMPARE(tabText(view->blades(), view->findChild<QWidget *>(QStringLiteral("iamBlade"))), blades.at(1));
        QCOMPARE(tabText(view->blades(), explorerBlade), blades.at(2));
        QCOMPARE(view->cosmosAssignButton()->text(), explorer.at(0));
        QCOMPARE(formLabel(view->cosmosRoleBox()), explorer.at(1));
        QCOMPARE(formLabel(view->cosmosScopeBox()), explorer.at(2));
        QCOMPARE(formLabel(view->cosmosMemberBox()), explorer.at(3));
        QCOMPARE(view->cosmosScopeBox()->itemText(0), explorer.at(4));
        QCOMPARE(view->cosmosMemberBox()->itemText(0), member.arg(app));

        // Nothing was lost or run again.
        QCOMPARE(w->session(), session);
        QCOMPARE(w->session()->lab().id, QStringLiteral("func-cosmos-no-secret"));
        QCOMPARE(w->session()->commandLog(), log);
        QCOMPARE(w->console()->history(), history);
        QCOMPARE(w->console()->output()->toPlainText(), printed); // printed is printed, as in a terminal
        QCOMPARE(w->console()->input()->text(), QStringLiteral("az cosmosdb sh"));
        QCOMPARE(selectedTask(*w), taskId);
        QCOMPARE(w->session()->revealedHints(taskId), revealed);
        QVERIFY(w->findChild<QLabel *>(QStringLiteral("hintText"))->text().contains(revealed.first()));
        QCOMPARE(w->centerTabs()->currentWidget(), view);
        QCOMPARE(view->currentResourceName(), cosmos);
        QCOMPARE(view->blades()->currentWidget(), explorerBlade);
        QCOMPARE(view->cosmosScopeBox()->currentData().toString(), QStringLiteral("/dbs/shop"));
        QCOMPARE(view->cosmosRoleBox()->currentIndex(), 1);
        QVERIFY(!w->isFinished());

        // And back to English.
        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(check->text(), QStringLiteral("Check my work"));
        QCOMPARE(run->text(), QStringLiteral("▶ Run"));
        QCOMPARE(menuTexts(run).value(0), QStringLiteral("Run %1").arg(app));
        QCOMPARE(menuTexts(forward).value(0), QStringLiteral("1 minute"));
        QCOMPARE(tabText(w->centerTabs(), w->flowView()), QStringLiteral("Flow"));
        QCOMPARE(hint->text(), QStringLiteral("Show a hint (1 of %1 used)").arg(hintCount));
        QCOMPARE(w->findChild<QLabel *>(QStringLiteral("hintText"))->text(), hintText);
        QVERIFY(w->console()->input()->placeholderText().startsWith(QStringLiteral("Type a command")));
        QCOMPARE(tree->headerItem()->text(0), QStringLiteral("Resource"));
        QCOMPARE(tabText(view->blades(), explorerBlade), QStringLiteral("Data Explorer"));
        QCOMPARE(formLabel(view->cosmosScopeBox()), QStringLiteral("Scope"));
        QCOMPARE(view->cosmosMemberBox()->itemText(0), QStringLiteral("%1 (system-assigned)").arg(app));
        QCOMPARE(view->blades()->currentWidget(), explorerBlade);
        QCOMPARE(view->cosmosScopeBox()->currentData().toString(), QStringLiteral("/dbs/shop"));
        QCOMPARE(selectedTask(*w), taskId);
        QCOMPARE(w->console()->input()->text(), QStringLiteral("az cosmosdb sh"));
        QCOMPARE(w->session()->commandLog(), log);
    }

    void languageSwitchKeepsWhatIsNotAppliedYet_data() { addLanguageRows(); }

    // Switching rebuilds the portal's tree and blades from the world; what the learner set and has not applied
    // (the identity switch before Save, a setting being typed) and the row they were on must stay.
    void languageSwitchKeepsWhatIsNotAppliedYet()
    {
        QFETCH(QString, language);
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        PortalView *view = w->portal();
        const QString app = name(*w, "app");
        QVERIFY(view->selectResource(app));
        QWidget *identity = view->findChild<QWidget *>(QStringLiteral("identityBlade"));
        view->blades()->setCurrentWidget(identity);
        view->systemAssignedSwitch()->setChecked(true); // not saved
        QTableWidget *settings = view->appSettingsTable();
        QVERIFY(settings->rowCount() >= 2);
        settings->setCurrentCell(1, 0); // fills the name and value fields, which the learner then changes
        QCOMPARE(view->settingNameEdit()->text(), settings->item(1, 0)->text());
        view->settingNameEdit()->setText(QStringLiteral("NEW_SETTING"));
        view->settingValueEdit()->setText(QStringLiteral("typed"));
        const QString log = w->session()->commandLog().join(QLatin1Char('\n'));

        QCOMPARE(m_translations.apply(language), language);
        QTRY_VERIFY(view->systemAssignedSwitch()->text() != QStringLiteral("On"));
        QCOMPARE(view->currentResourceName(), app);
        QCOMPARE(view->blades()->currentWidget(), identity);
        QVERIFY(view->systemAssignedSwitch()->isChecked());
        QVERIFY(!w->session()->world().findResource(app)->identity.systemAssigned);
        QCOMPARE(view->settingNameEdit()->text(), QStringLiteral("NEW_SETTING"));
        QCOMPARE(view->settingValueEdit()->text(), QStringLiteral("typed"));
        QCOMPARE(settings->currentRow(), 1);
        QCOMPARE(w->session()->commandLog().join(QLatin1Char('\n')), log);
    }

    void languageSwitchesTheFinishPageAndTheRoleDialog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("summary");     // %1 of %2 points
        QTest::addColumn<QString>("heading");     // of the task list
        QTest::addColumn<QStringList>("buttons"); // Back to the lab, All labs, Next lab: %1
        QTest::addColumn<QStringList>("dialog");  // title, Review + assign, Cancel, "The portal runs:"
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Lab abgeschlossen: %1 von %2 Punkten")
                            << QStringLiteral("Was jede Aufgabe gezeigt hat")
                            << QStringList{QStringLiteral("Zurück zum Lab"), QStringLiteral("Alle Labs"),
                                           QStringLiteral("Nächstes Lab: %1")}
                            << QStringList{QStringLiteral("Rollenzuweisung hinzufügen"),
                                           QStringLiteral("Überprüfen + zuweisen"), QStringLiteral("Abbrechen"),
                                           QStringLiteral("Das Portal führt aus:")};
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Laboratorio completado: %1 de %2 puntos")
                            << QStringLiteral("Lo que enseñó cada tarea")
                            << QStringList{QStringLiteral("Volver al laboratorio"),
                                           QStringLiteral("Todos los laboratorios"),
                                           QStringLiteral("Siguiente laboratorio: %1")}
                            << QStringList{QStringLiteral("Agregar asignación de roles"),
                                           QStringLiteral("Revisar y asignar"), QStringLiteral("Cancelar"),
                                           QStringLiteral("El portal ejecuta:")};
    }

    // The finish page and an open "Add role assignment" dialog switch too, and stay where they are.
    void languageSwitchesTheFinishPageAndTheRoleDialog()
    {
        QFETCH(QString, language);
        QFETCH(QString, summary);
        QFETCH(QString, heading);
        QFETCH(QStringList, buttons);
        QFETCH(QStringList, dialog);
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        QTemporaryDir dir;
        Progress::ProgressStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("progress.sqlite"))).ok);

        // The role dialog on its review page.
        auto w = makeWorkspace(store);
        w->openLab(lab(QStringLiteral("appservice-keyvault")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        const QString app = name(*w, "app");
        PortalView *view = w->portal();
        QVERIFY(view->selectResource(app));
        view->systemAssignedSwitch()->setChecked(true);
        view->identitySaveButton()->click();
        QVERIFY(view->selectResource(name(*w, "vault")));
        view->addRoleAssignmentButton()->click();
        AddRoleAssignmentDialog *roles = view->roleDialog();
        QVERIFY(roles);
        roles->roleList()->setCurrentItem(
            roles->roleList()->findItems(QStringLiteral("Key Vault Secrets User"), Qt::MatchExactly).value(0));
        roles->nextButton()->click();
        roles->memberList()->setCurrentItem(roles->memberList()->item(0));
        roles->nextButton()->click();
        QCOMPARE(roles->page(), 2);
        const QString command = roles->commandText();
        auto *review = roles->findChild<QTextBrowser *>();
        QVERIFY(review->toPlainText().contains(QStringLiteral("The portal runs:")));
        QCOMPARE(m_translations.apply(language), language);
        QTRY_COMPARE(roles->windowTitle(), dialog.at(0));
        QCOMPARE(roles->assignButton()->text(), dialog.at(1));
        QVERIFY(roles->findChildren<QPushButton *>().size() >= 4);
        bool cancel = false;
        for (QPushButton *button : roles->findChildren<QPushButton *>())
            cancel = cancel || button->text() == dialog.at(2);
        QVERIFY(cancel);
        QCOMPARE(roles->page(), 2);
        QCOMPARE(roles->commandText(), command); // Azure's words: the role name, not a translation
        QVERIFY2(review->toPlainText().contains(dialog.at(3)), qPrintable(review->toPlainText()));
        QVERIFY(review->toPlainText().contains(QStringLiteral("Key Vault Secrets User")));
        const QString shots = QStringLiteral(KEYLESS_BINARY_DIR "/screenshots/labs-") + language;
        QVERIFY(QDir().mkpath(QStringLiteral(KEYLESS_BINARY_DIR "/screenshots")));
        QCoreApplication::processEvents(); // the layouts of the new texts
        QVERIFY(roles->grab().toImage().save(shots + QStringLiteral("-role-dialog.png")));
        for (const QPushButton *button : roles->findChildren<QPushButton *>()) {
            if (button->isVisible()) // the longer texts have their room
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        roles->reject();
        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(view->addRoleAssignmentButton()->text(), QStringLiteral("Add role assignment"));

        // The finish page.
        w = makeWorkspace(store);
        w->setNextLabTitle(QStringLiteral("The next one"));
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QVERIFY(!w->revealHint(QStringLiteral("grant-data-role")).isEmpty());
        runSolution(*w);
        w->checkWork();
        QVERIFY(w->isFinished());
        QVERIFY(w->finishSummary()->isVisible());
        const Lab::LabEvaluation &e = w->session()->evaluation();
        const QString english = QStringLiteral("Lab complete: %1 of %2 points").arg(qRound(e.score)).arg(e.maxScore);
        QCOMPARE(w->finishSummary()->text(), english);
        QCOMPARE(m_translations.apply(language), language);
        QTRY_COMPARE(w->finishSummary()->text(), summary.arg(qRound(e.score)).arg(e.maxScore));
        QVERIFY(w->finishSummary()->isVisible()); // still on the finish page
        QVERIFY(w->isFinished());
        const QString tasks = w->finishTasks()->toPlainText();
        QVERIFY2(tasks.startsWith(heading), qPrintable(tasks));
        QVERIFY(!tasks.contains(QStringLiteral("What each task taught")));
        QVERIFY(!tasks.contains(QStringLiteral(" points")));
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("backToLabButton"))->text(), buttons.at(0));
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("allLabsButton"))->text(), buttons.at(1));
        QCOMPARE(w->findChild<QPushButton *>(QStringLiteral("nextLabButton"))->text(),
                 buttons.at(2).arg(QStringLiteral("The next one")));
        QCoreApplication::processEvents(); // the layouts of the new texts
        QVERIFY(w->grab().toImage().save(shots + QStringLiteral("-finish.png")));
        for (const QPushButton *button : w->findChildren<QPushButton *>()) {
            if (button->isVisible())
                QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        }
        QCOMPARE(m_translations.apply(QStringLiteral("en")), QStringLiteral("en"));
        QTRY_COMPARE(w->finishSummary()->text(), english);
        QVERIFY(w->finishTasks()->toPlainText().startsWith(QStringLiteral("What each task taught")));
    }

    void translatedWorkspaceShowsItsTextsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("labId");
        QTest::addColumn<QString>("resource"); // a name key of the lab
        QTest::addColumn<QString>("blade");    // the blade's object name
        for (const char *language : {"de", "es", "en"}) {
            const struct {
                const char *tag;
                const char *lab;
                const char *resource;
                const char *blade;
            } rows[] = {{"identity", "func-cosmos-no-secret", "app", "identityBlade"},
                        {"iam", "func-cosmos-no-secret", "app", "iamBlade"},
                        {"configuration", "func-cosmos-no-secret", "app", "configurationBlade"},
                        {"explorer", "func-cosmos-no-secret", "cosmos", "cosmosBlade"},
                        {"secrets", "appservice-keyvault", "vault", "secretsBlade"},
                        {"containers", "vm-storage-imds", "st", "containersBlade"}};
            for (const auto &row : rows)
                QTest::addRow("%s-%s", language, row.tag)
                    << QString::fromLatin1(language) << QString::fromLatin1(row.lab)
                    << QString::fromLatin1(row.resource) << QString::fromLatin1(row.blade);
        }
    }

    // German and Spanish texts are longer than the English ones they replace at run time: in a window of the
    // default size no button, switch, one-line label or header of the workspace may be narrower than its text,
    // and every tab must be in view (QA: the Configuration note pushed the resource tree to a sliver; "Status /
    // permissions" was cut in English already). Writes <build>/screenshots/labs-<language>-<blade>.png.
    void translatedWorkspaceShowsItsTextsWhole()
    {
        QFETCH(QString, language);
        QFETCH(QString, labId);
        QFETCH(QString, resource);
        QFETCH(QString, blade);
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        auto w = makeWorkspace();
        w->resize(1280, 800);
        w->openLab(lab(labId));
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        PortalView *view = w->portal();
        QVERIFY(view->selectResource(name(*w, resource.toLatin1().constData())));
        QWidget *page = view->findChild<QWidget *>(blade);
        view->blades()->setCurrentWidget(page);
        w->taskList()->setCurrentItem(w->taskList()->topLevelItem(0));
        QCOMPARE(m_translations.apply(language), language);
        // English too: the baseline, switched the same way.
        QTRY_COMPARE(w->findChild<QPushButton *>(QStringLiteral("checkButton"))->text(),
                     QCoreApplication::translate("Keyless::Ui::Labs::LabWorkspace", "Check my work"));
        QCoreApplication::processEvents(); // the posted LanguageChange (English), the layouts of the new texts
        const QString dir = QStringLiteral(KEYLESS_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        QVERIFY(w->grab().toImage().save(dir + QStringLiteral("/labs-") + tag + QStringLiteral(".png")));

        const QStringList cut = TextFit::everythingCut(*w);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    }

    void presenterModeAndSmallWindowsShowTextsWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<QSize>("size");
        // The Flow tab at a step of a run, or a blade of the function app: Configuration or Identity.
        QTest::addColumn<QString>("view");
        for (const char *language : {"de", "es", "en"}) {
            for (const char *view : {"flow", "configuration", "identity"}) {
                QTest::addRow("%s-presenter-%s", language, view)
                    << QString::fromLatin1(language) << true << QSize(1380, 860) << QString::fromLatin1(view);
                QTest::addRow("%s-small-%s", language, view)
                    << QString::fromLatin1(language) << false << QSize(900, 600) << QString::fromLatin1(view);
            }
        }
    }

    // QA, German and Spanish after a live switch, presenter mode (F11) and a small window: the flow's buttons elided
    // to "Ne…en" and "Ab…en", the step label was cut to "Schritt 6 vo", the points column to "Punkt" and "10/1…", the
    // lab title mid-letter, and the longer Spanish setting buttons squeezed the name and value fields to 85 and 130 px.
    // Writes <build>/screenshots/labs-fit-<row>.png.
    void presenterModeAndSmallWindowsShowTextsWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, presenter);
        QFETCH(QSize, size);
        QFETCH(QString, view);
        const bool flow = view == QLatin1String("flow");
        const auto backToEnglish = qScopeGuard([this] { m_translations.apply(QStringLiteral("en")); });
        UiState state;
        state.setAnimationSpeed(1e6);
        Appearance appearance(state); // the presenter type scale of the whole app
        LabWorkspace w(m_registry, nullptr, &state);
        w.resize(size);
        w.openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString app = name(w, "app");
        w.runCommand(QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app);
        w.runCommand(QStringLiteral("invoke ") + app);
        QVERIFY(w.flowView()->trace().events.size() > 5);
        w.taskList()->expandAll();
        if (flow) {
            w.centerTabs()->setCurrentWidget(w.flowView());
            w.flowView()->player()->goTo(5);
        } else {
            QVERIFY(w.portal()->selectResource(app));
            w.portal()->blades()->setCurrentWidget(w.portal()->findChild<QWidget *>(view + QStringLiteral("Blade")));
        }
        // As in the classroom: the language first, then F11 (the points column was measured once, before).
        QCOMPARE(m_translations.apply(language), language);
        QTRY_COMPARE(w.findChild<QPushButton *>(QStringLiteral("checkButton"))->text(),
                     QCoreApplication::translate("Keyless::Ui::Labs::LabWorkspace", "Check my work"));
        QCoreApplication::processEvents(); // the posted LanguageChange
        state.setPresenterMode(presenter);
        TextFit::settle();
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString dir = QStringLiteral(KEYLESS_BINARY_DIR "/screenshots");
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(w.grab().toImage().save(dir + QStringLiteral("/labs-fit-") + tag + QStringLiteral(".png")));

        // A small window's blade tabs scroll (Qt's arrows): they do not fit beside the resource tree in any language.
        // In presenter mode they are all in view where the tree, at its narrowest (names whole, types wrapped
        // between words), leaves them the room; in German and Spanish it does not, and the tree comes first (QA: it
        // was squeezed until the names read "rg-or" and "cos…"): the tabs scroll, the chosen one in view.
        QTabBar *tabs = w.portal()->blades()->tabBar();
        const bool tabsHaveRoom = w.portal()->width() - w.portal()->resourceTree()->minimumWidth() -
                                      w.portal()->findChild<QSplitter *>()->handleWidth() >=
                                  tabs->sizeHint().width();
        const QStringList cut = TextFit::cutTexts(w) + TextFit::cutHeaderSections(w) +
                                (presenter && tabsHaveRoom ? TextFit::tabsOutOfView(w) : QStringList());
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
        if (!flow && presenter && !tabsHaveRoom) {
            const QRect current = tabs->tabRect(tabs->currentIndex());
            QVERIFY2(current.left() >= 0 && current.right() <= tabs->width(),
                     qPrintable(QStringLiteral("the chosen tab spans %1–%2 of %3")
                                    .arg(current.left())
                                    .arg(current.right())
                                    .arg(tabs->width())));
        }
        // The points column as wide as its header and its scores, the titles take the rest.
        QHeaderView *header = w.taskList()->header();
        QVERIFY(header->sectionSize(1) >= header->sectionSizeHint(1));
        QVERIFY(header->sectionSize(1) >= static_cast<QAbstractItemView *>(w.taskList())->sizeHintForColumn(1));
        QCOMPARE(header->length(), w.taskList()->viewport()->width());
        // The lab title: whole, or shortened with the whole title in its tooltip.
        auto *title = w.findChild<QLabel *>(QStringLiteral("labTitle"));
        if (title->fontMetrics().horizontalAdvance(title->text()) > title->contentsRect().width())
            QCOMPARE(title->toolTip(), title->text());
        if (!flow && presenter) {
            // QA: beside the blade the resource tree was squeezed until its Type column scrolled ("Gr rec", "Ap de"):
            // the blade's unwrapped principal id line held it wide.
            QTreeWidget *tree = w.portal()->resourceTree();
            QVERIFY2(tree->header()->length() <= tree->viewport()->width(),
                     qPrintable(QStringLiteral("the tree's columns need %1 px, it shows %2")
                                    .arg(tree->header()->length())
                                    .arg(tree->viewport()->width())));
        }
        if (view == QLatin1String("configuration")) {
            // Room to type a setting's name and value.
            const int charWidth = w.portal()->settingNameEdit()->fontMetrics().averageCharWidth();
            QVERIFY2(w.portal()->settingNameEdit()->width() >= 16 * charWidth,
                     qPrintable(QString::number(w.portal()->settingNameEdit()->width())));
            QVERIFY2(w.portal()->settingValueEdit()->width() >= 24 * charWidth,
                     qPrintable(QString::number(w.portal()->settingValueEdit()->width())));
        }
    }

    void resetAsksAndRestores()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        const QString app = name(*w, "app");
        w->runCommand(QStringLiteral("az functionapp identity assign -g rg-orders -n ") + app);
        QVERIFY(task(*w, "enable-identity")->passed);
        m_confirmAnswer = false;
        w->resetLab();
        QVERIFY(task(*w, "enable-identity")->passed); // declined: nothing changed
        m_confirmAnswer = true;
        const qint64 before = w->attemptId();
        w->resetLab();
        QVERIFY(!task(*w, "enable-identity")->passed);
        QVERIFY(w->session()->commandLog().isEmpty());
        QVERIFY(w->completionBar()->value() < 50);
        QVERIFY(w->attemptId() != before); // the reset attempt starts over in the store
        // A resume after the reset starts from the reset state.
        w.reset();
        auto again = makeWorkspace();
        again->openLab(lab(QStringLiteral("func-cosmos-no-secret")));
        QVERIFY(again->resumed());
        QVERIFY(again->session()->commandLog().isEmpty());
    }

    void fastForwardAdvancesSimulatedTime()
    {
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("troubleshoot-propagation-cache")));
        const qint64 before = w->session()->world().now();
        w->fastForward(600);
        QCOMPARE(w->session()->world().now(), before + 600);
        QCOMPARE(w->session()->commandLog().last(), QStringLiteral("sleep 600"));
    }

    void resumesAfterRecreatingTheWorkspace()
    {
        QString app;
        QStringList log;
        double completion = 0;
        {
            auto w = makeWorkspace();
            w->openLab(lab(QStringLiteral("shared-uami-storage")));
            app = name(*w, "ingest");
            w->runCommand(QStringLiteral("az group list -o none"));
            const QString uami = name(*w, "uami");
            w->runCommand(QStringLiteral("uamiId=$(az identity show -g rg-media -n %1 --query id -o tsv)").arg(uami));
            w->runCommand(
                QStringLiteral("az functionapp identity assign -g rg-media -n %1 --identities $uamiId").arg(app));
            const QString taskId = w->session()->lab().tasks.first().id;
            QVERIFY(!w->revealHint(taskId).isEmpty());
            log = w->session()->commandLog();
            completion = w->session()->completion();
            QVERIFY(completion > 0);
        } // the window is gone; only the progress store remains
        auto w = makeWorkspace();
        w->openLab(lab(QStringLiteral("shared-uami-storage")));
        QVERIFY(w->resumed());
        QCOMPARE(name(*w, "ingest"), app); // same seed, same names
        QCOMPARE(w->session()->commandLog(), log);
        QCOMPARE(w->session()->completion(), completion);
        QCOMPARE(w->session()->hintsUsed(w->session()->lab().tasks.first().id), 1);
        QVERIFY(w->console()->output()->toPlainText().contains(QStringLiteral("Resumed your attempt")));
        // Shell variables are part of the replay: the next command can use $uamiId.
        w->runCommand(QStringLiteral("echo $uamiId"));
        QVERIFY(w->console()->output()->toPlainText().contains(QStringLiteral("userAssignedIdentities")));
    }

    void browserShowsCardsWithCompletion()
    {
        LabBrowser browser(&m_store);
        browser.setLabs(m_catalog->labs());
        QCOMPARE(browser.cardCount(), int(m_catalog->labs().size()));
        QWidget *card = browser.card(QStringLiteral("func-cosmos-no-secret"));
        QVERIFY(card);
        // The finished attempt of the first test shows as 100 % best.
        QCOMPARE(card->findChild<QProgressBar *>(QStringLiteral("labCompletion"))->value(), 100);
        QSignalSpy chosen(&browser, &LabBrowser::labChosen);
        card->findChild<QPushButton *>(QStringLiteral("openLabButton"))->click();
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("func-cosmos-no-secret"));
        QVERIFY(browser.findChild<QLabel *>(QStringLiteral("labsHeading"))
                    ->text()
                    .contains(QStringLiteral("saved as you go")));
    }

    // A lab from --labs without "skills" showed an empty "Skills:" line on its card (QA).
    void browserHidesSkillsLineWhenThereAreNone()
    {
        QFile bundled(QStringLiteral(":/labs/func-cosmos-no-secret.json"));
        QVERIFY(bundled.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
        root.remove(QStringLiteral("skills"));
        root.insert(QStringLiteral("id"), QStringLiteral("no-skills"));
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile file(folder.filePath(QStringLiteral("no-skills.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(root).toJson());
        file.close();
        Lab::LabCatalog catalog(m_registry);
        catalog.addBundled();
        catalog.addFolder(folder.path());
        QVERIFY2(catalog.find(QStringLiteral("no-skills")),
                 qPrintable(catalog.issues().isEmpty() ? QString() : catalog.issues().first().toString()));
        QVERIFY(catalog.find(QStringLiteral("no-skills"))->skills.isEmpty());

        LabBrowser browser(nullptr);
        browser.setLabs(catalog.labs());
        QWidget *bare = browser.card(QStringLiteral("no-skills"));
        QVERIFY(bare);
        QVERIFY(!bare->findChild<QLabel *>(QStringLiteral("labSkills")));
        for (const QLabel *label : bare->findChildren<QLabel *>())
            QVERIFY2(!label->text().startsWith(QStringLiteral("Skills:")), qPrintable(label->text()));
        // A lab with skills still lists them.
        const QLabel *skills =
            browser.card(QStringLiteral("func-cosmos-no-secret"))->findChild<QLabel *>(QStringLiteral("labSkills"));
        QVERIFY(skills);
        QVERIFY(skills->text().contains(QStringLiteral("az204-3.2.3"))); // no outline: the ids

        // With the exam outline the card names each skill with its number (QA: it showed "az204-3.2.3").
        Keyless::Content::ContentLibrary content;
        content.loadBuiltIn();
        LabBrowser named(nullptr, &content.outline());
        named.setLabs(catalog.labs());
        const QLabel *names =
            named.card(QStringLiteral("func-cosmos-no-secret"))->findChild<QLabel *>(QStringLiteral("labSkills"));
        QVERIFY(names);
        QVERIFY2(names->text().startsWith(
                     QStringLiteral("Skills: Implement Managed Identities for Azure resources (AZ-204 3.2.3); ")),
                 qPrintable(names->text()));
        QVERIFY(!names->text().contains(QStringLiteral("az204-")));
        for (const auto &lab : catalog.labs()) {
            for (const QString &id : lab->skills)
                QVERIFY2(content.outline().objective(id), qPrintable(lab->id + QLatin1Char(' ') + id));
        }
    }

    // The browser must not promise saving when the store fell back to memory (QA: it did, under the banner).
    void browserDoesNotPromiseSavingInMemory()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file"))); // a file where the folder would have to be
        QVERIFY(blocker.open(QIODevice::WriteOnly) && blocker.write("x") == 1);
        blocker.close();
        Progress::ProgressStore memory;
        QVERIFY(memory.open(blocker.fileName() + QStringLiteral("/sub/progress.sqlite")).ok);
        QVERIFY(memory.isInMemory());
        LabBrowser browser(&memory);
        const QString text = browser.findChild<QLabel *>(QStringLiteral("labsHeading"))->text();
        QVERIFY2(text.contains(QStringLiteral("not saved")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("saved as you go")));
    }

private:
    Keyless::Ui::Translations m_translations;
    QTemporaryDir m_dir;
    Progress::ProgressStore m_store;
    Lab::CheckRegistry m_registry = Lab::CheckRegistry::builtIn();
    std::unique_ptr<Lab::LabCatalog> m_catalog;
    UiState m_ui;
    bool m_confirmAnswer = true;
};

QTEST_MAIN(TestLabWorkspace)
#include "tst_labworkspace.moc"
