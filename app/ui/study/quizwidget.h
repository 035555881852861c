#pragma once

#include "content/contentmodel.h"
#include "ui/study/practicesession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QVBoxLayout;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

// Practice questions: choose a set (by objective, by lesson, weakest first, all), answer single, multiple
// and ordering questions with an explanation per option after each answer, or sit a timed exam with a
// countdown and a score out of 1000 at the end, then review the wrong answers. Every answer is recorded
// in the progress store as one attempt.
class QuizWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuizWidget)

public:
    enum class Selection { All, Objective, Lesson, WeakestFirst };
    Q_ENUM(Selection)
    using Clock = std::function<QDateTime()>;

    QuizWidget(AppContext &context, QList<Content::Question> questions, QList<Content::Lesson> lessons,
               const Content::SkillsOutline &outline, QWidget *parent = nullptr);
    ~QuizWidget() override;

    // Tests inject a clock to run the exam countdown without waiting.
    void setClock(Clock clock);
    // Asks the learner a yes/no question (finishing with questions open); a message box unless set (tests).
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm);
    // Starts a session from the setup controls (or from the arguments, for other pages and tests).
    void start();
    void startWith(Selection selection, const QString &key, int count, bool exam, int examMinutes = 0);
    const PracticeSession *session() const { return m_session.get(); }
    // Seconds left in an exam, or -1 outside an exam.
    int remainingSeconds() const;
    // Re-reads the clock; ends the exam when the time is up. Called every second by a timer.
    void updateCountdown();

    // Questions per selection, as the setup offers them.
    QList<Content::Question> select(Selection selection, const QString &key) const;
    // Attempts, right answers and the last answer per question id, from the progress store.
    QHash<QString, QuestionStats> questionStats() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void retranslate();
    void showQuestion();
    void submit();
    PracticeAnswer record(const QStringList &response);
    void advance();
    void showFeedback(const PracticeAnswer &answer);
    void renderFeedback(const Content::Question &question, const PracticeAnswer &answer);
    QString instructionText(const Content::Question &question) const;
    void updateQuestionButtons(); // Check / Next / Finish for the session's mode and place
    void fillResults();
    void showResults();
    QList<int> toPractiseAgain() const;
    void practiseWrongAgain();
    void updateSetup();
    QStringList currentResponse() const;
    QString optionsFeedbackHtml(const Content::Question &question, const QStringList &given) const;
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTime(); }

    AppContext &m_context;
    QList<Content::Question> m_questions;
    QList<Content::Lesson> m_lessons;
    Content::SkillsOutline m_outline;
    std::unique_ptr<PracticeSession> m_session;
    Clock m_clock;
    Confirm m_confirm;
    QDateTime m_questionShownAt;
    QDateTime m_examEndsAt;
    bool m_timedOut = false; // the exam ended because its time ran out
    QSet<QString> m_shown;   // question ids put before the learner since the widget was made
    QTimer *m_timer = nullptr;

    QStackedWidget *m_stack = nullptr;
    // setup
    QWidget *m_setup = nullptr;
    QLabel *m_setupTitle = nullptr;
    QLabel *m_selectionLabel = nullptr;
    QComboBox *m_selection = nullptr;
    QComboBox *m_key = nullptr;
    QLabel *m_countLabel = nullptr;
    QSpinBox *m_count = nullptr;
    QCheckBox *m_exam = nullptr;
    QLabel *m_minutesLabel = nullptr;
    QSpinBox *m_minutes = nullptr;
    QLabel *m_available = nullptr;
    QPushButton *m_start = nullptr;
    // question
    QWidget *m_questionView = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_countdown = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_instruction = nullptr;
    QWidget *m_optionsBox = nullptr;
    QVBoxLayout *m_optionsLayout = nullptr;
    QList<QAbstractButton *> m_optionButtons;
    QButtonGroup *m_singleGroup = nullptr;
    QListWidget *m_ordering = nullptr;
    QPushButton *m_moveUp = nullptr;
    QPushButton *m_moveDown = nullptr;
    QTextBrowser *m_feedback = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_next = nullptr;
    QPushButton *m_finish = nullptr;
    // results
    QWidget *m_resultsView = nullptr;
    QLabel *m_score = nullptr;
    QTextBrowser *m_wrongList = nullptr;
    QPushButton *m_again = nullptr;
    QPushButton *m_newSession = nullptr;
};

} // namespace Keyless::Ui::Study
