#pragma once

#include "progress/records.h"
#include "ui/labs/consolewidget.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <utility>

class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace Keyless::Lab {
class CheckRegistry;
class LabSession;
struct LabDefinition;
struct LabEvaluation;
} // namespace Keyless::Lab
namespace Keyless::Progress {
class ProgressStore;
}
namespace Keyless::Sim {
class World;
}

namespace Keyless::Ui {
class UiState;
}

namespace Keyless::Ui::Labs {

class ElidedLabel;
class FlowView;
class PortalView;

// One lab being worked on: story and task checklist (live completion %, feedback per task, hints one at
// a time), the portal-like view and the flow view of the last run, and the console. Every change — typed,
// clicked in the portal, Run, Fast-forward — is one console command run by the lab session and appended
// to the progress store at once, so the attempt resumes exactly after a restart (replayed by LabSession).
class LabWorkspace final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabWorkspace)

public:
    // `progress` may be null (nothing is saved); `registry` must outlive the workspace.
    LabWorkspace(const Lab::CheckRegistry &registry, Progress::ProgressStore *progress, UiState *uiState,
                 QWidget *parent = nullptr);
    ~LabWorkspace() override;

    // Opens a lab: resumes its newest unfinished attempt from the progress store, or prepares a new one that
    // is saved only at the learner's first action (a command, portal action, hint or check): attemptId() is 0
    // until then, so merely opening a lab records nothing.
    void openLab(std::shared_ptr<const Lab::LabDefinition> lab);
    bool hasLab() const { return m_session != nullptr; }
    Lab::LabSession *session() const { return m_session.get(); }
    qint64 attemptId() const { return m_attemptId; }
    bool resumed() const { return m_resumed; }

    // What the toolbar buttons do.
    ConsoleResult runCommand(const QString &command, ConsoleWidget::Origin origin = ConsoleWidget::Origin::Typed);
    void runWorkload(const QString &resourceName = {}); // the first app with code when empty
    void checkWork();
    void resetLab(); // asks first (see setConfirm)
    void fastForward(int seconds);
    QString revealHint(const QString &taskId = {}); // the selected task when empty

    // Reset asks this; tests answer without a dialog.
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }
    void setNextLabTitle(const QString &title) { m_nextLabTitle = title; }

    ConsoleWidget *console() const { return m_console; }
    PortalView *portal() const { return m_portal; }
    FlowView *flowView() const { return m_flow; }
    QTabWidget *centerTabs() const { return m_center; }
    // Whether the flow has the whole workspace (the story, the tasks and the console hidden); only on the Flow tab.
    bool isFlowEnlarged() const { return m_sidePane->isHidden() && m_console->isHidden(); }
    void setFlowEnlarged(bool enlarged);
    QTreeWidget *taskList() const { return m_tasks; }
    QProgressBar *completionBar() const { return m_completion; }
    QLabel *finishSummary() const { return m_finishSummary; }
    QTextBrowser *finishTasks() const { return m_finishTasks; }
    bool isFinished() const;
    QStringList workloadApps() const;

signals:
    void backRequested();
    void nextLabRequested();
    void attemptSaved(qint64 attemptId);
    void labFinished(double score, int maxScore);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateRunMenu();
    void updateMinimumSizes();
    void updateEnlargeFlowText();
    void attachSession();
    void startAttempt();
    bool ensureAttempt(); // starts the attempt if there is none yet; false when nothing can be saved
    void record(const QString &command, bool fromUi);
    void saveScore();
    Progress::LabScore currentScore() const;
    void recordTaskResults();
    enum class Announce { No, Yes };
    void recordCompletionOnce(Announce announce = Announce::Yes);
    void refreshViews();
    void updateTasks(const Lab::LabEvaluation &evaluation);
    void showFinish();
    void fillFinishPage();
    void updateHintUi();
    QString selectedTaskId() const;
    QStringList completions(const QString &line) const;

    const Lab::CheckRegistry &m_registry;
    Progress::ProgressStore *m_progress = nullptr;
    UiState *m_uiState = nullptr;
    std::shared_ptr<const Lab::LabDefinition> m_lab;
    std::unique_ptr<Lab::LabSession> m_session;
    qint64 m_attemptId = 0;
    bool m_resumed = false;
    // Unmet checks' feedback is shown as a failure (red) only once the learner has tried something: a command, a
    // check or a resumed attempt. Before that it is the task's guidance (QA: a lab opened with red text).
    bool m_tried = false;
    bool m_finished = false;
    bool m_completionRecorded = false; // this attempt's task results and finish are in the progress store
    QString m_nextLabTitle;
    std::function<bool(const QString &)> m_confirm;

    QStackedWidget *m_stack = nullptr;
    QPushButton *m_backButton = nullptr;
    ElidedLabel *m_title = nullptr;
    QTextBrowser *m_story = nullptr;
    QProgressBar *m_completion = nullptr;
    QTreeWidget *m_tasks = nullptr;
    QPushButton *m_hintButton = nullptr;
    QLabel *m_hints = nullptr;
    QToolButton *m_runButton = nullptr;
    QPushButton *m_checkButton = nullptr;
    QPushButton *m_forwardButton = nullptr;
    QList<std::pair<QAction *, const char *>> m_forwardSteps; // each with its untranslated label
    QPushButton *m_resetButton = nullptr;
    QTabWidget *m_center = nullptr;
    QWidget *m_sidePane = nullptr; // the story, the completion, the tasks and the hints
    QToolButton *m_enlargeFlowButton = nullptr;
    PortalView *m_portal = nullptr;
    FlowView *m_flow = nullptr;
    ConsoleWidget *m_console = nullptr;
    QLabel *m_finishSummary = nullptr;
    QTextBrowser *m_finishTasks = nullptr;
    QPushButton *m_reviewButton = nullptr;
    QPushButton *m_allLabsButton = nullptr;
    QPushButton *m_nextButton = nullptr;
};

} // namespace Keyless::Ui::Labs
