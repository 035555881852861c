#include "ui/labs/labworkspace.h"

#include "lab/checkregistry.h"
#include "lab/labdefinition.h"
#include "lab/labsession.h"
#include "progress/progressstore.h"
#include "sim/resource.h"
#include "sim/world.h"
#include "ui/labs/elidedlabel.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/portalview.h"
#include "ui/labs/richtextdelegate.h"
#include "ui/labs/simflow.h"
#include "ui/markdowndocument.h"
#include "ui/relativefont.h"
#include "ui/study/appearance.h"
#include "ui/uistate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Keyless::Ui::Labs {

namespace {

// A push button with a menu and half a character of room between its text and the menu's arrow (Qt's leaves none:
// "Fast-forward▾").
class MenuPushButton final : public QPushButton
{
public:
    using QPushButton::QPushButton;
    QSize sizeHint() const override
    {
        QSize size = QPushButton::sizeHint();
        size.rwidth() += fontMetrics().averageCharWidth();
        return size;
    }
};

// Hint reveals are kept in the attempt's command log as UI entries (LabSession::hintMarker, a shell
// comment), so the saved log alone replays the attempt, hints included.
const QString HintMarker = Lab::LabSession::hintMarker(QString());

// Marks the task list's "n hints used" line, the one line of a task in the interface language.
constexpr int HintsUsedRole = Qt::UserRole + 1;

bool isTraceWorthShowing(const QList<Sim::TraceEvent> &events)
{
    for (const Sim::TraceEvent &e : events) {
        if (e.kind != Sim::TraceKind::ControlPlane && e.kind != Sim::TraceKind::Note)
            return true;
    }
    return false;
}

} // namespace

LabWorkspace::LabWorkspace(const Lab::CheckRegistry &registry, Progress::ProgressStore *progress, UiState *uiState,
                           QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_progress(progress)
    , m_uiState(uiState)
{
    setObjectName(QStringLiteral("labWorkspace"));
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Reset lab"), question, QMessageBox::Reset | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Reset;
    };
    buildUi();
}

LabWorkspace::~LabWorkspace() = default;

void LabWorkspace::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    // --- the work page ---
    auto *work = new QWidget(m_stack);
    auto *layout = new QVBoxLayout(work);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_backButton = new QPushButton(work);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    bar->addWidget(m_backButton);
    // A long title gives way to the buttons (in presenter mode it was cut mid-letter): shortened with an
    // ellipsis, whole in its tooltip.
    m_title = new ElidedLabel(work);
    m_title->setObjectName(QStringLiteral("labTitle"));
    setRelativeFont(m_title, 1.3);
    bar->addWidget(m_title, 1);
    m_runButton = new QToolButton(work);
    m_runButton->setObjectName(QStringLiteral("runButton"));
    m_runButton->setPopupMode(QToolButton::MenuButtonPopup);
    bar->addWidget(m_runButton);
    m_checkButton = new QPushButton(work);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    bar->addWidget(m_checkButton);
    // A push button with a menu keeps room for its arrow beside the text (a tool button drew it over the
    // text's corner: "Vorspulen" had it under its last letter).
    m_forwardButton = new MenuPushButton(work);
    m_forwardButton->setObjectName(QStringLiteral("fastForwardButton"));
    auto *forwardMenu = new QMenu(m_forwardButton);
    const struct {
        int seconds;
        const char *label;
    } steps[] = {{60, QT_TR_NOOP("1 minute")},
                 {600, QT_TR_NOOP("10 minutes")},
                 {3600, QT_TR_NOOP("1 hour")},
                 {86400, QT_TR_NOOP("24 hours")}};
    for (const auto &step : steps) {
        const int seconds = step.seconds;
        m_forwardSteps.append(
            {forwardMenu->addAction(QString(), this, [this, seconds] { fastForward(seconds); }), step.label});
    }
    m_forwardButton->setMenu(forwardMenu);
    bar->addWidget(m_forwardButton);
    m_resetButton = new QPushButton(work);
    m_resetButton->setObjectName(QStringLiteral("resetButton"));
    bar->addWidget(m_resetButton);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Horizontal, work);
    auto *left = new QWidget(split);
    m_sidePane = left;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_story = new QTextBrowser(left);
    m_story->setObjectName(QStringLiteral("labStory"));
    m_story->setOpenExternalLinks(false);
    leftLayout->addWidget(m_story, 2);
    m_completion = new QProgressBar(left);
    m_completion->setObjectName(QStringLiteral("completionBar"));
    m_completion->setRange(0, 100);
    leftLayout->addWidget(m_completion);
    m_tasks = new QTreeWidget(left);
    m_tasks->setObjectName(QStringLiteral("taskList"));
    m_tasks->setColumnCount(2);
    m_tasks->header()->setStretchLastSection(false);
    m_tasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The points as wide as "Punkte" and "27/30" in the current type, measured again after presenter mode or zoom
    // (measured once, they were cut to "Punkt" and "10/1…"); the titles take the rest and wrap.
    m_tasks->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    // Titles, instructions (Markdown) and feedback wrap in full instead of being elided.
    RichTextDelegate::install(m_tasks);
    leftLayout->addWidget(m_tasks, 3);
    auto *hintRow = new QHBoxLayout;
    m_hintButton = new QPushButton(left);
    m_hintButton->setObjectName(QStringLiteral("hintButton"));
    hintRow->addWidget(m_hintButton);
    hintRow->addStretch(1);
    leftLayout->addLayout(hintRow);
    m_hints = new QLabel(left);
    m_hints->setObjectName(QStringLiteral("hintText"));
    m_hints->setWordWrap(true);
    m_hints->setTextFormat(Qt::MarkdownText);
    leftLayout->addWidget(m_hints);
    split->addWidget(left);

    auto *right = new QSplitter(Qt::Vertical, split);
    m_center = new QTabWidget(right);
    m_center->setObjectName(QStringLiteral("workspaceTabs"));
    m_portal = new PortalView(m_center);
    m_center->addTab(m_portal, QString());
    m_flow = new FlowView(m_uiState, m_center);
    m_center->addTab(m_flow, QString());
    // The splitters share out their space again whenever a minimum size below them changes. A hidden tab's
    // minimum (toolbar, combo boxes, a long token) reached them only when the tab was shown, so the panes
    // jumped on the first switch to Flow. The pages' own minimums are ignored; the tab area has a fixed one.
    for (QWidget *page : {static_cast<QWidget *>(m_portal), static_cast<QWidget *>(m_flow)})
        page->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    updateMinimumSizes();
    // The flow over the whole workspace, the story, the tasks and the console out of the way (QA: at 1280x800 the
    // diagram had 130-190 px and cut its nodes, in presenter mode too): for the class, or a long run.
    m_enlargeFlowButton = new QToolButton(m_center);
    m_enlargeFlowButton->setObjectName(QStringLiteral("enlargeFlowButton"));
    m_enlargeFlowButton->setCheckable(true);
    m_enlargeFlowButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_center->setCornerWidget(m_enlargeFlowButton, Qt::TopRightCorner);
    connect(m_enlargeFlowButton, &QToolButton::toggled, this, &LabWorkspace::setFlowEnlarged);
    connect(m_center, &QTabWidget::currentChanged, this, [this] {
        const bool flow = m_center->currentWidget() == m_flow;
        if (!flow)
            m_enlargeFlowButton->setChecked(false);
        m_enlargeFlowButton->setVisible(flow);
    });
    m_enlargeFlowButton->setVisible(false);
    right->addWidget(m_center);
    m_console = new ConsoleWidget(right);
    right->addWidget(m_console);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    right->setSizes({600, 300});
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setSizes({330, 900});
    layout->addWidget(split, 1);
    m_stack->addWidget(work);

    // --- the finish page ---
    auto *finish = new QWidget(m_stack);
    finish->setObjectName(QStringLiteral("finishPage"));
    auto *finishLayout = new QVBoxLayout(finish);
    m_finishSummary = new QLabel(finish);
    m_finishSummary->setObjectName(QStringLiteral("finishSummary"));
    setRelativeFont(m_finishSummary, 1.3);
    m_finishSummary->setWordWrap(true);
    finishLayout->addWidget(m_finishSummary);
    m_finishTasks = new QTextBrowser(finish);
    m_finishTasks->setObjectName(QStringLiteral("finishTasks"));
    finishLayout->addWidget(m_finishTasks, 1);
    auto *finishButtons = new QHBoxLayout;
    m_reviewButton = new QPushButton(finish);
    m_reviewButton->setObjectName(QStringLiteral("backToLabButton"));
    m_nextButton = new QPushButton(finish);
    m_nextButton->setObjectName(QStringLiteral("nextLabButton"));
    m_allLabsButton = new QPushButton(finish);
    m_allLabsButton->setObjectName(QStringLiteral("allLabsButton"));
    finishButtons->addStretch(1);
    finishButtons->addWidget(m_reviewButton);
    finishButtons->addWidget(m_allLabsButton);
    finishButtons->addWidget(m_nextButton);
    finishLayout->addLayout(finishButtons);
    m_stack->addWidget(finish);

    connect(m_backButton, &QPushButton::clicked, this, &LabWorkspace::backRequested);
    connect(m_allLabsButton, &QPushButton::clicked, this, &LabWorkspace::backRequested);
    connect(m_reviewButton, &QPushButton::clicked, this, [this] { m_stack->setCurrentIndex(0); });
    connect(m_nextButton, &QPushButton::clicked, this, &LabWorkspace::nextLabRequested);
    connect(m_runButton, &QToolButton::clicked, this, [this] { runWorkload(); });
    connect(m_checkButton, &QPushButton::clicked, this, &LabWorkspace::checkWork);
    connect(m_resetButton, &QPushButton::clicked, this, &LabWorkspace::resetLab);
    connect(m_hintButton, &QPushButton::clicked, this, [this] { revealHint(); });
    connect(m_tasks, &QTreeWidget::currentItemChanged, this, &LabWorkspace::updateHintUi);

    m_console->setRunner([this](const QString &command) {
        if (!m_session) {
            ConsoleResult none;
            none.exitStatus = 1;
            none.standardError = tr("Open a lab first.");
            return none;
        }
        const Lab::CommandOutcome outcome = m_session->runCommand(command);
        return ConsoleResult{outcome.exitStatus, outcome.standardOutput, outcome.standardError, outcome.chunks};
    });
    m_console->setCompleter([this](const QString &line) { return completions(line); });
    connect(m_console, &ConsoleWidget::commandExecuted, this,
            [this](const QString &command, int, ConsoleWidget::Origin origin) {
                record(command, origin != ConsoleWidget::Origin::Typed);
                // A command whose jq filter was stopped is followed by its marker, so a resume does not wait again.
                const QStringList log = m_session ? m_session->commandLog() : QStringList();
                if (!log.isEmpty() && log.last().startsWith(Lab::LabSession::jqStoppedMarker({})))
                    record(log.last(), true);
                m_tried = true;
                refreshViews();
                recordCompletionOnce();
                const QList<Sim::TraceEvent> trace = m_session ? m_session->lastTrace() : QList<Sim::TraceEvent>{};
                if (isTraceWorthShowing(trace)) {
                    m_flow->setTraceSource([trace] { return flowTraceFromSim(trace); });
                    m_flow->player()->play();
                }
            });
    m_portal->setExecutor(
        [this](const QString &command) { m_console->execute(command, ConsoleWidget::Origin::Portal); });
    retranslate();
}

// Everything the workspace itself shows in the interface language, recomputed from the state (the lab, its
// session, finished or not). The lab's own texts (title, story, tasks, feedback) are the lab file's, and
// what the console printed stays as printed. The portal and the console retranslate themselves.
void LabWorkspace::retranslate()
{
    m_backButton->setText(tr("← Labs"));
    m_runButton->setText(tr("▶ Run"));
    m_runButton->setToolTip(tr("Invoke the app's code and play its trace in the flow view"));
    m_checkButton->setText(tr("Check my work"));
    m_forwardButton->setText(tr("Fast-forward"));
    m_forwardButton->setToolTip(tr("Advance simulated time (role propagation, cached tokens)"));
    for (const auto &[action, label] : std::as_const(m_forwardSteps))
        action->setText(tr(label));
    m_resetButton->setText(tr("Reset"));
    m_completion->setFormat(tr("%p% complete"));
    m_story->setAccessibleName(tr("Lab story"));
    m_tasks->setAccessibleName(tr("Tasks"));
    m_tasks->setHeaderLabels({tr("Task"), tr("Points")});
    m_hintButton->setText(tr("Show a hint")); // with the count of the selected task's hints: updateHintUi()
    m_center->setTabText(m_center->indexOf(m_portal), tr("Portal"));
    m_center->setTabText(m_center->indexOf(m_flow), tr("Flow"));
    updateEnlargeFlowText();
    m_reviewButton->setText(tr("Back to the lab"));
    m_allLabsButton->setText(tr("All labs"));
    m_nextButton->setText(tr("Next lab"));
    if (m_session) {
        updateRunMenu();
        // In place, not rebuilt: the selection, the open tasks and the scroll position stay as they are.
        for (int i = 0; i < m_tasks->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_tasks->topLevelItem(i);
            const int hints = m_session->hintsUsed(item->data(0, Qt::UserRole).toString());
            for (int c = 0; c < item->childCount(); ++c) {
                if (item->child(c)->data(0, HintsUsedRole).toBool())
                    item->child(c)->setText(0, tr("%n hint(s) used", nullptr, hints));
            }
        }
        if (m_finished)
            fillFinishPage();
    }
    updateHintUi();
}

void LabWorkspace::setFlowEnlarged(bool enlarged)
{
    m_sidePane->setVisible(!enlarged);
    m_console->setVisible(!enlarged);
    if (m_enlargeFlowButton->isChecked() != enlarged)
        m_enlargeFlowButton->setChecked(enlarged);
    updateEnlargeFlowText();
    if (enlarged)
        m_flow->setFocus(Qt::OtherFocusReason); // Space and the arrows step the run at once
}

void LabWorkspace::updateEnlargeFlowText()
{
    const bool enlarged = m_enlargeFlowButton->isChecked();
    m_enlargeFlowButton->setText(enlarged ? tr("Show tasks and console") : tr("Enlarge the flow"));
    m_enlargeFlowButton->setToolTip(enlarged ? tr("Show the story, the tasks and the console again")
                                             : tr("Give the flow the whole workspace, for the class or a long run"));
}

void LabWorkspace::updateMinimumSizes()
{
    const QFontMetrics metrics = fontMetrics(); // the tab area inherits this font
    m_center->setMinimumSize(metrics.averageCharWidth() * 40, metrics.height() * 12);
}

void LabWorkspace::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) // presenter mode, zoom
        updateMinimumSizes();
    if (event->type() == QEvent::PaletteChange && m_session) // the status colours of the tasks
        updateTasks(m_session->evaluation());
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void LabWorkspace::openLab(std::shared_ptr<const Lab::LabDefinition> lab)
{
    m_lab = std::move(lab);
    m_finished = false;
    m_completionRecorded = false;
    m_resumed = false;
    m_tried = false;
    m_attemptId = 0;
    m_tasks->clear(); // the previous lab's selection and open rows are not this lab's (tasks may share ids)
    m_console->startSession();
    m_stack->setCurrentIndex(0);
    m_center->setCurrentWidget(m_portal);
    m_flow->setTrace({});

    std::optional<Progress::LabAttempt> saved;
    if (m_progress)
        saved = m_progress->resumableLabAttempt(m_lab->id);
    if (saved) {
        Lab::LabAttempt attempt;
        attempt.labId = m_lab->id;
        attempt.seed = quint64(saved->seed);
        int markers = 0;
        // The log holds hint and jq markers too (LabSession::isMarker); replay reveals the hints again.
        for (const Progress::LabCommand &c : std::as_const(saved->commands)) {
            attempt.commands << c.command;
            if (Lab::LabSession::isMarker(c.command))
                ++markers;
        }
        QList<Lab::CommandOutcome> outcomes;
        m_session = Lab::LabSession::replay(m_lab, m_registry, attempt,
                                            [&outcomes](const Lab::CommandOutcome &o) { outcomes.append(o); });
        m_attemptId = saved->id;
        m_resumed = true;
        m_tried = true;
        attachSession();
        // An attempt with nothing in its log (only checked, or just reset) carries on without a replay note.
        if (!attempt.commands.isEmpty())
            m_console->appendNote(
                tr("Resumed your attempt: %n command(s) replayed.", nullptr, int(attempt.commands.size()) - markers));
        // Each command with what it printed (QA: after a restart the console held the commands alone, their output
        // and errors gone); the replay printed the same, deterministically.
        QStringList history; // Up and Down recall the resumed attempt's commands
        qsizetype replayed = 0;
        for (const QString &command : std::as_const(attempt.commands)) {
            if (!Lab::LabSession::isMarker(command)) {
                const Lab::CommandOutcome o = outcomes.value(replayed++);
                m_console->showCommand(command, {o.exitStatus, o.standardOutput, o.standardError, o.chunks},
                                       ConsoleWidget::Origin::Replay);
                if (history.isEmpty() || history.last() != command)
                    history << command;
            }
        }
        m_console->setHistory(history);
        // An attempt left at 100 % by an earlier version (which recorded it only on "Check my work") is recorded now.
        recordCompletionOnce(Announce::No);
        // The flow shows the last run the replay made (QA: "No trace yet" after a Resume whose replay ran the app).
        const QList<Sim::TraceEvent> lastRun = m_session->lastTraceWhere(isTraceWorthShowing);
        if (!lastRun.isEmpty())
            m_flow->setTraceSource([lastRun] { return flowTraceFromSim(lastRun); });
    } else {
        quint64 seed = m_lab->defaultSeed;
        if (m_progress) // a new instance (new names) for every new attempt, deterministic per attempt number
            seed += quint64(m_progress->labAttempts(m_lab->id).size());
        m_session = std::make_unique<Lab::LabSession>(m_lab, m_registry, seed);
        attachSession();
        // No attempt yet: looking at a lab is not an attempt. The first command, hint or check starts it.
    }
}

void LabWorkspace::attachSession()
{
    m_title->setText(m_session->resolve(m_lab->title));
    m_title->setToolTip(m_title->text());
    setMarkdownFollowingFont(m_story->document(), m_session->resolve(m_lab->story)); // code grows with F11
    // The cursor was left after the inserted text, and the browser scrolled to it once laid out (QA: the story opened
    // past its first paragraph, the one that names the app and the account).
    m_story->moveCursor(QTextCursor::Start);
    m_story->verticalScrollBar()->setValue(0);
    connect(m_session.get(), &Lab::LabSession::checksReevaluated, this, &LabWorkspace::updateTasks);
    updateRunMenu();
    refreshViews();
    m_console->appendNote(tr("Lab %1 — type commands here; portal actions show their az command here too.")
                              .arg(m_session->resolve(m_lab->title)));
}

void LabWorkspace::updateRunMenu()
{
    const QStringList apps = workloadApps();
    QMenu *menu = new QMenu(m_runButton);
    for (const QString &app : apps)
        menu->addAction(tr("Run %1").arg(app), this, [this, app] { runWorkload(app); });
    delete m_runButton->menu();
    m_runButton->setMenu(menu);
    m_runButton->setEnabled(!apps.isEmpty());
}

bool LabWorkspace::ensureAttempt()
{
    if (!m_attemptId)
        startAttempt();
    return m_attemptId != 0;
}

void LabWorkspace::startAttempt()
{
    m_attemptId = 0;
    if (!m_progress || !m_session)
        return;
    Progress::LabAttemptStart start;
    start.labId = m_lab->id;
    start.labFormatVersion = m_lab->format;
    start.seed = qint64(m_session->seed());
    const Progress::WriteResult result = m_progress->startLabAttempt(start);
    m_attemptId = result.ok() ? result.id : 0;
    if (m_attemptId)
        emit attemptSaved(m_attemptId);
}

void LabWorkspace::record(const QString &command, bool fromUi)
{
    if (!m_progress || !m_session || command.isEmpty() || !ensureAttempt())
        return;
    Progress::LabCommand entry;
    entry.source = fromUi ? Progress::CommandSource::Ui : Progress::CommandSource::Console;
    entry.command = command;
    entry.simulatedMs = m_session->world().now() * 1000;
    m_progress->appendLabCommand(m_attemptId, entry);
    saveScore();
    emit attemptSaved(m_attemptId);
}

Progress::LabScore LabWorkspace::currentScore() const
{
    const Lab::LabEvaluation &e = m_session->evaluation();
    Progress::LabScore score;
    score.completionPercent = e.completion;
    score.score = e.score;
    score.maxScore = e.maxScore;
    for (const Lab::TaskResult &t : e.tasks)
        score.hintsUsed += t.hintsUsed;
    return score;
}

void LabWorkspace::saveScore()
{
    if (!m_progress || !m_attemptId || !m_session)
        return;
    m_progress->updateLabScore(m_attemptId, currentScore());
}

void LabWorkspace::recordTaskResults()
{
    if (!m_progress || !m_session || !ensureAttempt())
        return;
    for (const Lab::TaskResult &t : m_session->evaluation().tasks) {
        Progress::TaskResult r;
        r.taskId = t.taskId;
        r.passed = t.passed;
        r.points = t.earned;
        r.message = t.feedback();
        m_progress->recordTaskResult(m_attemptId, r);
    }
}

// A lab whose tasks all pass is complete when the command that got it there ran, "Check my work" or not (QA: a lab at
// 100 % left no task result and no finish in the progress file until the button was pressed). Said once, in the
// console, where the learner is looking.
void LabWorkspace::recordCompletionOnce(Announce announce)
{
    if (!m_session || m_completionRecorded || !m_session->evaluation().allPassed())
        return;
    m_completionRecorded = true;
    recordTaskResults();
    if (m_progress && m_attemptId)
        m_progress->finishLabAttempt(m_attemptId, currentScore());
    // "Saved" only where it is: a progress file that fell back to memory keeps nothing (its banner says so too).
    if (announce == Announce::Yes)
        m_console->appendNote(
            m_progress && m_attemptId && !m_progress->isInMemory()
                ? tr("All tasks pass: the lab is complete, and saved. Check my work shows the summary.")
                : tr("All tasks pass: the lab is complete. Check my work shows the summary."));
}

ConsoleResult LabWorkspace::runCommand(const QString &command, ConsoleWidget::Origin origin)
{
    return m_console->execute(command, origin);
}

QStringList LabWorkspace::workloadApps() const
{
    QStringList apps;
    if (!m_session)
        return apps;
    const QList<const Sim::Resource *> resources = m_session->world().resources();
    for (const Sim::Resource *r : resources) {
        if (r->isCompute() && !r->workload.isEmpty())
            apps << r->name;
    }
    return apps;
}

void LabWorkspace::runWorkload(const QString &resourceName)
{
    QString app = resourceName;
    if (app.isEmpty()) {
        const QStringList apps = workloadApps();
        if (apps.isEmpty())
            return;
        app = apps.first();
    }
    m_center->setCurrentWidget(m_flow);
    m_console->execute(QStringLiteral("invoke %1").arg(app), ConsoleWidget::Origin::Portal);
}

void LabWorkspace::fastForward(int seconds)
{
    m_console->execute(QStringLiteral("sleep %1").arg(seconds), ConsoleWidget::Origin::Portal);
}

void LabWorkspace::checkWork()
{
    if (!m_session)
        return;
    const Lab::LabEvaluation &e = m_session->evaluation();
    m_tried = true;
    updateTasks(e);
    recordTaskResults();
    saveScore();
    // Open every task so its feedback shows.
    m_tasks->expandAll();
    if (e.allPassed())
        showFinish();
}

bool LabWorkspace::isFinished() const
{
    return m_finished;
}

void LabWorkspace::showFinish()
{
    const Lab::LabEvaluation &e = m_session->evaluation();
    m_finished = true;
    m_completionRecorded = true;
    if (m_progress && m_attemptId)
        m_progress->finishLabAttempt(m_attemptId, currentScore());
    fillFinishPage();
    m_finishTasks->moveCursor(QTextCursor::Start);
    m_stack->setCurrentIndex(1);
    emit labFinished(e.score, e.maxScore);
}

// The finish page's texts, from the evaluation: when the lab is finished and when the language changes.
void LabWorkspace::fillFinishPage()
{
    const Lab::LabEvaluation &e = m_session->evaluation();
    const int scroll = m_finishTasks->verticalScrollBar()->value();
    m_finishSummary->setText(tr("Lab complete: %1 of %2 points").arg(qRound(e.score)).arg(e.maxScore));
    // Built block by block with a cursor: each task's instructions go in as a Markdown fragment. Embedding
    // fragment.toHtml() (a whole <html> document) in a list item ended the summary after the first task.
    QTextDocument *document = m_finishTasks->document();
    document->clear();
    QTextCursor cursor(document);
    QTextBlockFormat headingFormat;
    headingFormat.setHeadingLevel(3);
    QTextCharFormat headingChars;
    headingChars.setFontWeight(QFont::Bold);
    headingChars.setProperty(QTextFormat::FontSizeAdjustment, 1); // relative: follows presenter mode and zoom
    cursor.setBlockFormat(headingFormat);
    cursor.insertText(tr("What each task taught"), headingChars);
    QTextCharFormat titleChars;
    titleChars.setFontWeight(QFont::Bold);
    const QTextCharFormat plainChars;
    for (const Lab::TaskResult &t : e.tasks) {
        QTextBlockFormat titleFormat;
        titleFormat.setTopMargin(m_finishTasks->fontMetrics().height() / 2.0);
        cursor.insertBlock(titleFormat, titleChars);
        cursor.insertText(m_session->resolve(t.title), titleChars);
        cursor.insertBlock(QTextBlockFormat(), plainChars);
        QString score = tr("%1 of %2 points").arg(qRound(t.earned)).arg(t.points);
        if (t.hintsUsed > 0)
            score += QStringLiteral(" · ") + tr("%n hint(s) used", nullptr, t.hintsUsed);
        cursor.insertText(score, plainChars);
        if (const Lab::LabTask *task = m_lab->task(t.taskId)) {
            cursor.insertBlock(QTextBlockFormat(), plainChars);
            cursor.insertFragment(QTextDocumentFragment::fromMarkdown(m_session->resolve(task->instructions)));
        }
    }
    m_nextButton->setVisible(!m_nextLabTitle.isEmpty());
    m_nextButton->setText(tr("Next lab: %1").arg(m_nextLabTitle));
    m_finishTasks->verticalScrollBar()->setValue(scroll);
}

void LabWorkspace::resetLab()
{
    if (!m_session)
        return;
    if (m_confirm && !m_confirm(tr("Reset the lab to its starting state? Your commands are discarded; hints you "
                                   "have seen stay counted.")))
        return;
    m_session->reset();
    m_console->clear();
    m_console->appendNote(tr("The lab was reset to its starting state."));
    m_flow->setTrace({});
    m_finished = false;
    m_completionRecorded = false;
    m_stack->setCurrentIndex(0);
    // A fresh attempt (same seed, so the same names) carries on with the hints already seen. It starts now,
    // even if empty, so that a resume starts from the reset state instead of the discarded attempt; a lab
    // that had no attempt yet has nothing to discard.
    if (m_progress && m_attemptId) {
        startAttempt();
        for (const Lab::TaskResult &t : m_session->evaluation().tasks) {
            for (int i = 0; i < t.hintsUsed; ++i)
                record(HintMarker + t.taskId, true);
        }
    }
    refreshViews();
}

QString LabWorkspace::selectedTaskId() const
{
    QTreeWidgetItem *item = m_tasks->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QString LabWorkspace::revealHint(const QString &taskId)
{
    if (!m_session)
        return {};
    const QString id = taskId.isEmpty() ? selectedTaskId() : taskId;
    if (id.isEmpty())
        return {};
    const QString hint = m_session->revealHint(id);
    if (!hint.isEmpty())
        record(HintMarker + id, true);
    updateTasks(m_session->evaluation());
    updateHintUi();
    return hint;
}

void LabWorkspace::updateHintUi()
{
    const QString id = selectedTaskId();
    if (!m_session || id.isEmpty()) {
        // No task chosen: no count (QA: the button kept the last lab's "(1 of 1 used)").
        m_hintButton->setEnabled(false);
        m_hintButton->setText(tr("Show a hint"));
        m_hints->clear();
        return;
    }
    const Lab::LabTask *task = m_lab->task(id);
    const QStringList shown = m_session->revealedHints(id);
    const int total = task ? int(task->hints.size()) : 0;
    m_hintButton->setEnabled(shown.size() < total);
    m_hintButton->setText(tr("Show a hint (%1 of %2 used)").arg(shown.size()).arg(total));
    QString text;
    for (int i = 0; i < shown.size(); ++i)
        text += tr("**Hint %1.** %2").arg(i + 1).arg(shown.at(i)) + QStringLiteral("\n\n");
    m_hints->setText(text);
}

void LabWorkspace::refreshViews()
{
    if (!m_session)
        return;
    m_portal->setWorld(&m_session->world());
    updateTasks(m_session->evaluation());
}

void LabWorkspace::updateTasks(const Lab::LabEvaluation &evaluation)
{
    const QString selected = selectedTaskId();
    QSet<QString> expanded;
    for (int i = 0; i < m_tasks->topLevelItemCount(); ++i) {
        if (m_tasks->topLevelItem(i)->isExpanded())
            expanded.insert(m_tasks->topLevelItem(i)->data(0, Qt::UserRole).toString());
    }
    m_tasks->clear();
    const StatusColors status = statusColors(palette());
    bool openedOne = false;
    for (const Lab::TaskResult &t : evaluation.tasks) {
        auto *item = new QTreeWidgetItem(m_tasks);
        item->setData(0, Qt::UserRole, t.taskId);
        // One mark, in the text: a check box here looked clickable and did nothing (QA).
        const QString title = m_session->resolve(t.title);
        item->setText(0, (t.passed ? QStringLiteral("✔ ") : QStringLiteral("○ ")) + title);
        item->setData(0, Qt::AccessibleTextRole,
                      t.passed ? tr("Done: %1").arg(title) : tr("Not done yet: %1").arg(title));
        item->setText(1, tr("%1/%2").arg(qRound(t.earned)).arg(t.points));
        if (t.passed)
            item->setForeground(0, status.good);
        if (const Lab::LabTask *task = m_lab->task(t.taskId)) {
            const QString markdown = m_session->resolve(task->instructions);
            item->setToolTip(0, QTextDocumentFragment::fromMarkdown(markdown).toHtml());
            auto *instructions = new QTreeWidgetItem(item);
            instructions->setText(0, QTextDocumentFragment::fromMarkdown(markdown).toPlainText());
            instructions->setData(0, RichTextDelegate::MarkdownRole, markdown);
            instructions->setFlags(Qt::ItemIsEnabled);
        }
        for (const Lab::CheckResult &c : t.checks) {
            if (c.passed || c.feedback.isEmpty())
                continue;
            auto *feedback = new QTreeWidgetItem(item);
            // Before anything was tried it is guidance, marked as such (QA: it ran on after the instructions as if
            // part of them); after, unmet checks are failures, in the failure colour.
            const QString said = m_session->resolve(c.feedback);
            const QString markdown = m_tried ? said : tr("**Where it stands:** %1").arg(said);
            feedback->setText(0, QTextDocumentFragment::fromMarkdown(markdown).toPlainText());
            feedback->setData(0, RichTextDelegate::MarkdownRole, markdown);
            if (m_tried)
                feedback->setForeground(0, status.bad);
            feedback->setFlags(Qt::ItemIsEnabled);
        }
        if (t.hintsUsed > 0) {
            auto *hints = new QTreeWidgetItem(item);
            hints->setText(0, tr("%n hint(s) used", nullptr, t.hintsUsed));
            hints->setData(0, HintsUsedRole, true);
            hints->setFlags(Qt::ItemIsEnabled);
        }
        // With nothing open yet, the first unfinished task opens (a resumed lab may have finished the first ones).
        const bool opensFirst = !t.passed && expanded.isEmpty() && !openedOne;
        openedOne = openedOne || opensFirst;
        item->setExpanded(expanded.contains(t.taskId) || opensFirst);
        // The task opened for the learner is the chosen one, so its hint is one click away (QA: "Show a hint" stayed
        // disabled until a row was clicked).
        if (t.taskId == selected || (selected.isEmpty() && opensFirst))
            m_tasks->setCurrentItem(item);
    }
    m_completion->setValue(qRound(evaluation.completion));
    updateHintUi();
}

QStringList LabWorkspace::completions(const QString &line) const
{
    return m_session ? m_session->completions(line) : QStringList();
}

} // namespace Keyless::Ui::Labs
