#include "ui/study/quizwidget.h"

#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/relativefont.h"
#include "ui/study/appearance.h"
#include "ui/study/markdownlabel.h"
#include "ui/study/studytext.h"
#include "ui/wrappingbutton.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QValidator>
#include <QVBoxLayout>

#include <algorithm>
#include <random>

namespace Keyless::Ui::Study {

namespace {
constexpr int optionIdRole = Qt::UserRole + 1;

// Ordering questions start in a fixed but scrambled order (the same for a question every time, so a
// screenshot or a test is reproducible), never already solved.
QList<Content::QuestionOption> scrambled(const Content::Question &question)
{
    QList<Content::QuestionOption> options = question.options;
    std::mt19937 random(static_cast<std::mt19937::result_type>(qHash(question.id)));
    std::shuffle(options.begin(), options.end(), random);
    bool solved = true;
    for (int i = 0; i < options.size(); ++i)
        solved = solved && options.at(i).id == question.answer.value(i);
    if (solved && options.size() > 1)
        std::rotate(options.begin(), options.begin() + 1, options.end());
    return options;
}

// QA: typing 999 into the question count left 9 (QSpinBox refuses each keystroke past its maximum). A number
// out of range is accepted while it is typed and becomes the nearest allowed one when the edit ends.
class ClampingSpinBox final : public QSpinBox
{
public:
    using QSpinBox::QSpinBox;

protected:
    QValidator::State validate(QString &text, int &pos) const override
    {
        const QValidator::State state = QSpinBox::validate(text, pos);
        if (state != QValidator::Invalid)
            return state;
        bool ok = false;
        (void)locale().toLongLong(text.trimmed(), &ok);
        return ok ? QValidator::Intermediate : QValidator::Invalid;
    }
    void fixup(QString &text) const override
    {
        bool ok = false;
        const qlonglong n = locale().toLongLong(text.trimmed(), &ok);
        if (ok)
            text = locale().toString(int(std::clamp(n, qlonglong(minimum()), qlonglong(maximum()))));
        else
            QSpinBox::fixup(text);
    }
};

QString htmlParagraph(const QString &text)
{
    return QStringLiteral("<p>") + text + QStringLiteral("</p>");
}
} // namespace

QuizWidget::QuizWidget(AppContext &context, QList<Content::Question> questions, QList<Content::Lesson> lessons,
                       const Content::SkillsOutline &outline, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_questions(std::move(questions))
    , m_lessons(std::move(lessons))
    , m_outline(outline)
{
    setObjectName(QStringLiteral("quizWidget"));
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    // ---- setup
    m_setup = new QWidget(m_stack);
    m_setup->setObjectName(QStringLiteral("quizSetup"));
    auto *setupLayout = new QVBoxLayout(m_setup);
    m_setupTitle = new QLabel(m_setup);
    setRelativeFont(m_setupTitle, 1.3);
    setupLayout->addWidget(m_setupTitle);
    auto *form = new QFormLayout;
    // Each field as wide as its content (QA: the question count's spin box ran across the whole window); the combo
    // boxes follow their texts through a language switch.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_selection = new QComboBox(m_setup);
    m_selection->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_selection->setObjectName(QStringLiteral("selectionCombo"));
    for (int i = 0; i < 4; ++i)
        m_selection->addItem(QString());
    m_selectionLabel = new QLabel(m_setup);
    m_selectionLabel->setBuddy(m_selection);
    form->addRow(m_selectionLabel, m_selection);
    m_key = new QComboBox(m_setup);
    m_key->setObjectName(QStringLiteral("selectionKeyCombo"));
    m_key->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(QString(), m_key);
    m_count = new ClampingSpinBox(m_setup);
    m_count->setCorrectionMode(QAbstractSpinBox::CorrectToNearestValue);
    m_count->setObjectName(QStringLiteral("questionCountSpin"));
    m_count->setRange(1, std::max<int>(1, int(m_questions.size())));
    m_count->setValue(std::min<int>(10, std::max<int>(1, int(m_questions.size()))));
    m_countLabel = new QLabel(m_setup);
    m_countLabel->setBuddy(m_count);
    form->addRow(m_countLabel, m_count);
    m_exam = new QCheckBox(m_setup);
    m_exam->setObjectName(QStringLiteral("examModeCheck"));
    form->addRow(QString(), m_exam);
    m_minutes = new QSpinBox(m_setup);
    m_minutes->setObjectName(QStringLiteral("examMinutesSpin"));
    m_minutes->setRange(1, 180);
    m_minutes->setValue(20);
    m_minutesLabel = new QLabel(m_setup);
    m_minutesLabel->setBuddy(m_minutes);
    form->addRow(m_minutesLabel, m_minutes);
    setupLayout->addLayout(form);
    m_available = new QLabel(m_setup);
    m_available->setObjectName(QStringLiteral("availableLabel"));
    m_available->setWordWrap(true);
    setupLayout->addWidget(m_available);
    m_start = new QPushButton(m_setup);
    m_start->setObjectName(QStringLiteral("startQuizButton"));
    m_start->setDefault(true);
    auto *startRow = new QHBoxLayout;
    startRow->addWidget(m_start);
    startRow->addStretch(1);
    setupLayout->addLayout(startRow);
    setupLayout->addStretch(1);
    m_stack->addWidget(m_setup);

    // ---- question
    m_questionView = new QWidget(m_stack);
    m_questionView->setObjectName(QStringLiteral("quizQuestion"));
    auto *questionLayout = new QVBoxLayout(m_questionView);
    auto *header = new QHBoxLayout;
    m_progress = new QLabel(m_questionView);
    m_progress->setObjectName(QStringLiteral("quizProgress"));
    m_countdown = new QLabel(m_questionView);
    m_countdown->setObjectName(QStringLiteral("examCountdown"));
    header->addWidget(m_progress);
    header->addStretch(1);
    header->addWidget(m_countdown);
    questionLayout->addLayout(header);
    m_prompt = new MarkdownLabel(m_questionView);
    m_prompt->setObjectName(QStringLiteral("questionPrompt"));
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    questionLayout->addWidget(m_prompt);
    m_instruction = new QLabel(m_questionView);
    m_instruction->setObjectName(QStringLiteral("questionInstruction"));
    m_instruction->setWordWrap(
        true); // QA: the German keys for an ordering question ran past the edge in presenter mode
    questionLayout->addWidget(m_instruction);
    m_optionsBox = new QWidget(m_questionView);
    m_optionsLayout = new QVBoxLayout(m_optionsBox);
    m_optionsLayout->setContentsMargins(0, 0, 0, 0);
    questionLayout->addWidget(m_optionsBox);
    m_ordering = new QListWidget(m_questionView);
    m_ordering->setObjectName(QStringLiteral("orderingList"));
    m_ordering->setDragDropMode(QAbstractItemView::InternalMove);
    m_ordering->setWordWrap(true);
    auto *orderingRow = new QHBoxLayout;
    orderingRow->addWidget(m_ordering, 1);
    auto *moveColumn = new QVBoxLayout;
    m_moveUp = new QPushButton(m_questionView);
    m_moveUp->setObjectName(QStringLiteral("moveUpButton"));

    m_moveDown = new QPushButton(m_questionView);
    m_moveDown->setObjectName(QStringLiteral("moveDownButton"));

    moveColumn->addWidget(m_moveUp);
    moveColumn->addWidget(m_moveDown);
    moveColumn->addStretch(1);
    orderingRow->addLayout(moveColumn);
    questionLayout->addLayout(orderingRow);
    m_feedback = new QTextBrowser(m_questionView);
    m_feedback->setObjectName(QStringLiteral("answerFeedback"));
    m_feedback->setOpenLinks(false);
    questionLayout->addWidget(m_feedback, 1);
    auto *actions = new QHBoxLayout;
    m_finish = new QPushButton(m_questionView);
    m_finish->setObjectName(QStringLiteral("finishButton"));
    m_submit = new QPushButton(m_questionView);
    m_submit->setObjectName(QStringLiteral("submitAnswerButton"));
    m_submit->setDefault(true);
    m_next = new QPushButton(m_questionView);
    m_next->setObjectName(QStringLiteral("nextQuestionButton"));
    actions->addWidget(m_finish);
    actions->addStretch(1);
    actions->addWidget(m_submit);
    actions->addWidget(m_next);
    questionLayout->addLayout(actions);
    m_stack->addWidget(m_questionView);

    // ---- results
    m_resultsView = new QWidget(m_stack);
    m_resultsView->setObjectName(QStringLiteral("quizResults"));
    auto *resultsLayout = new QVBoxLayout(m_resultsView);
    m_score = new QLabel(m_resultsView);
    m_score->setObjectName(QStringLiteral("quizScore"));
    m_score->setWordWrap(true);
    m_score->setTextFormat(Qt::RichText);
    resultsLayout->addWidget(m_score);
    m_wrongList = new QTextBrowser(m_resultsView);
    m_wrongList->setObjectName(QStringLiteral("wrongAnswersView"));
    resultsLayout->addWidget(m_wrongList, 1);
    auto *resultActions = new QHBoxLayout;
    m_again = new QPushButton(m_resultsView);
    m_again->setObjectName(QStringLiteral("practiseWrongButton"));
    m_newSession = new QPushButton(m_resultsView);
    m_newSession->setObjectName(QStringLiteral("newSessionButton"));
    resultActions->addWidget(m_again);
    resultActions->addStretch(1);
    resultActions->addWidget(m_newSession);
    resultsLayout->addLayout(resultActions);
    m_stack->addWidget(m_resultsView);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &QuizWidget::updateCountdown);

    connect(m_selection, &QComboBox::currentIndexChanged, this, &QuizWidget::updateSetup);
    connect(m_key, &QComboBox::currentIndexChanged, this, &QuizWidget::updateSetup);
    connect(m_exam, &QCheckBox::toggled, this, &QuizWidget::updateSetup);
    connect(m_start, &QPushButton::clicked, this, &QuizWidget::start);
    connect(m_submit, &QPushButton::clicked, this, &QuizWidget::submit);
    connect(m_next, &QPushButton::clicked, this, &QuizWidget::advance);
    connect(m_finish, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        // QA: an exam ended at one click with eight questions open. Ask first when some are unanswered.
        const int open = m_session->count() - m_session->answeredCount();
        if (open > 0) {
            const QString question =
                m_session->mode() == PracticeSession::Mode::Exam
                    ? tr("%n question(s) not answered yet. They count as wrong. Finish the exam now?", nullptr, open)
                    : tr("%n question(s) not answered yet. Finish now?", nullptr, open);
            if (!(m_confirm ? m_confirm(question)
                            : QMessageBox::question(this, tr("Finish"), question) == QMessageBox::Yes))
                return;
        }
        m_session->finish();
        showResults();
    });
    connect(m_again, &QPushButton::clicked, this, &QuizWidget::practiseWrongAgain);
    connect(m_newSession, &QPushButton::clicked, this, [this] {
        m_timer->stop();
        m_session.reset();
        m_stack->setCurrentWidget(m_setup);
        updateSetup();
    });
    const auto move = [this](int delta) {
        const int row = m_ordering->currentRow();
        const int target = row + delta;
        if (row < 0 || target < 0 || target >= m_ordering->count())
            return;
        QListWidgetItem *item = m_ordering->takeItem(row);
        m_ordering->insertItem(target, item);
        m_ordering->setCurrentRow(target);
    };
    connect(m_moveUp, &QPushButton::clicked, this, [move] { move(-1); });
    m_ordering->installEventFilter(this);
    connect(m_moveDown, &QPushButton::clicked, this, [move] { move(+1); });

    retranslate();
    m_stack->setCurrentWidget(m_setup);
}

QuizWidget::~QuizWidget() = default;

bool QuizWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+Up / Alt+Down move the selected step; the list itself would only move the selection.
    if (watched == m_ordering && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            if (event->type() == QEvent::KeyPress)
                (key->key() == Qt::Key_Up ? m_moveUp : m_moveDown)->click();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// Given the focus as a whole (the Practice page reached with Ctrl+4 or a click on its entry), the widget hands it
// to the control that goes on from here: Start, the first choice (or Next once answered), New session.
void QuizWidget::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    QWidget *target = m_newSession;
    if (m_stack->currentWidget() == m_setup)
        target = m_start;
    else if (m_stack->currentWidget() == m_questionView)
        target = m_next->isVisible()          ? static_cast<QWidget *>(m_next)
                 : !m_optionButtons.isEmpty() ? static_cast<QWidget *>(m_optionButtons.first())
                                              : m_ordering;
    if (target && target->isVisible() && target->isEnabled())
        target->setFocus(event->reason());
}

void QuizWidget::keyPressEvent(QKeyEvent *event)
{
    // Keys that no child took: a letter picks that option, Enter checks the answer or goes on (a push
    // button with focus takes Enter itself: it is clicked, as Space would).
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    const bool enter = plain && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter);
    if (enter) {
        auto *focused = qobject_cast<QPushButton *>(focusWidget());
        QPushButton *target = nullptr;
        if (focused && focused->isVisible() && focused->isEnabled())
            target = focused;
        else if (m_stack->currentWidget() == m_setup)
            target = m_start;
        else if (m_stack->currentWidget() == m_questionView)
            target = m_submit->isVisible() ? m_submit : m_next;
        if (target && target->isVisible() && target->isEnabled()) {
            target->click();
            event->accept();
            return;
        }
    }
    if (plain && m_stack->currentWidget() == m_questionView) {
        const int option = event->key() - Qt::Key_A;
        if (option >= 0 && option < m_optionButtons.size()) {
            QAbstractButton *button = m_optionButtons.at(option);
            if (button->isEnabled()) {
                button->setFocus(Qt::ShortcutFocusReason);
                button->click(); // a radio button is chosen, a check box toggles
            }
            event->accept();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void QuizWidget::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void QuizWidget::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void QuizWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void QuizWidget::retranslate()
{
    m_setupTitle->setText(tr("Practice questions"));
    m_selectionLabel->setText(tr("Q&uestions:"));
    m_selection->setItemText(int(Selection::All), tr("All questions"));
    m_selection->setItemText(int(Selection::Objective), tr("By exam objective"));
    m_selection->setItemText(int(Selection::Lesson), tr("By lesson"));
    m_selection->setItemText(int(Selection::WeakestFirst), tr("Weakest first"));
    m_selection->setAccessibleName(tr("Which questions"));
    m_key->setAccessibleName(tr("Objective or lesson"));
    m_countLabel->setText(tr("&Number of questions:"));
    m_count->setAccessibleName(tr("Number of questions"));
    m_exam->setText(tr("&Exam mode (timed, score out of 1000)"));
    m_exam->setToolTip(tr("Explanations only at the end; 700 of 1000 points pass, as on the real exam."));
    m_minutesLabel->setText(tr("&Time limit:"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setAccessibleName(tr("Exam time limit in minutes"));
    m_start->setText(tr("&Start"));
    m_moveUp->setText(tr("Move &up"));
    m_moveUp->setToolTip(tr("Move the selected step up (Alt+Up)"));
    m_moveDown->setText(tr("Move &down"));
    m_moveDown->setToolTip(tr("Move the selected step down (Alt+Down)"));
    m_ordering->setAccessibleName(tr("Steps to put in order"));
    m_feedback->setAccessibleName(tr("Explanation"));
    m_submit->setText(tr("&Check answer"));
    m_finish->setText(tr("F&inish"));
    m_again->setText(tr("&Practise the wrong ones again"));
    m_newSession->setText(tr("New &session"));
    m_wrongList->setAccessibleName(tr("Review of wrong answers"));
    updateSetup();
    // A question or the results on screen: their texts again, where the learner was (answer, feedback, scroll).
    if (m_session && m_stack->currentWidget() == m_questionView) {
        m_progress->setText(tr("Question %1 of %2").arg(m_session->index() + 1).arg(m_session->count()));
        updateCountdown();
        updateQuestionButtons();
        const Content::Question &question = m_session->current();
        if (m_session->state() == PracticeSession::State::Answered) {
            if (const auto answer = m_session->answerFor(m_session->index())) {
                const int scroll = m_feedback->verticalScrollBar()->value();
                renderFeedback(question, *answer);
                m_feedback->verticalScrollBar()->setValue(scroll);
            }
        } else {
            m_instruction->setText(instructionText(question));
        }
    }
    if (m_session && m_stack->currentWidget() == m_resultsView) {
        const int scroll = m_wrongList->verticalScrollBar()->value();
        fillResults();
        m_wrongList->verticalScrollBar()->setValue(scroll);
    }
}

QHash<QString, QuestionStats> QuizWidget::questionStats() const
{
    QHash<QString, QuestionStats> stats;
    if (!m_context.progress)
        return stats;
    const QList<Progress::QuestionAttempt> attempts = m_context.progress->questionAttempts();
    for (const Progress::QuestionAttempt &attempt : attempts) {
        QuestionStats &s = stats[attempt.questionId];
        ++s.attempts;
        s.correct += attempt.correct ? 1 : 0;
        s.lastAnswered = std::max(s.lastAnswered, attempt.answeredAt);
    }
    return stats;
}

QList<Content::Question> QuizWidget::select(Selection selection, const QString &key) const
{
    QList<Content::Question> chosen;
    switch (selection) {
    case Selection::All:
        return m_questions;
    case Selection::Objective:
        for (const Content::Question &q : m_questions) {
            if (q.objectiveId == key)
                chosen.append(q);
        }
        return chosen;
    case Selection::Lesson:
        for (const Content::Question &q : m_questions) {
            if (q.lessonId == key)
                chosen.append(q);
        }
        return chosen;
    case Selection::WeakestFirst:
        return weakestFirst(m_questions, questionStats());
    }
    return chosen;
}

void QuizWidget::updateSetup()
{
    const auto selection = static_cast<Selection>(m_selection->currentIndex());
    const QString previous = m_key->currentData().toString();
    const bool needsKey = selection == Selection::Objective || selection == Selection::Lesson;
    {
        const QSignalBlocker blocker(m_key);
        m_key->clear();
        if (selection == Selection::Objective) {
            QStringList objectives;
            for (const Content::Question &q : std::as_const(m_questions)) {
                if (!objectives.contains(q.objectiveId))
                    objectives.append(q.objectiveId);
            }
            std::sort(objectives.begin(), objectives.end());
            for (const QString &id : std::as_const(objectives)) {
                const Content::Objective *objective = m_outline.objective(id);
                m_key->addItem(objective ? QStringLiteral("%1 — %2").arg(id, objective->title) : id, id);
            }
        } else if (selection == Selection::Lesson) {
            for (const Content::Lesson &lesson : std::as_const(m_lessons))
                m_key->addItem(lesson.title, lesson.id);
        }
        const int index = m_key->findData(previous);
        if (index >= 0)
            m_key->setCurrentIndex(index);
    }
    m_key->setVisible(needsKey);
    m_minutes->setEnabled(m_exam->isChecked());
    m_minutesLabel->setEnabled(m_exam->isChecked());
    const int available = int(select(selection, m_key->currentData().toString()).size());
    m_available->setText(tr("%n question(s) available.", nullptr, available));
    m_start->setEnabled(available > 0);
}

void QuizWidget::start()
{
    startWith(static_cast<Selection>(m_selection->currentIndex()), m_key->currentData().toString(), m_count->value(),
              m_exam->isChecked(), m_minutes->value());
}

void QuizWidget::startWith(Selection selection, const QString &key, int count, bool exam, int examMinutes)
{
    QList<Content::Question> chosen = select(selection, key);
    const QHash<QString, QuestionStats> stats = questionStats();
    quint32 answers = 0; // the history's size: each session starts elsewhere, the same history the same way
    for (const QuestionStats &s : stats)
        answers += quint32(s.attempts);
    // QA: every session began with the same questions. Weakest first keeps its own order; otherwise what the
    // learner has practised least comes first, so ten questions at a time walk through them all.
    if (selection != Selection::WeakestFirst)
        chosen = leastPractisedFirst(std::move(chosen), stats, answers, m_shown);
    if (count > 0 && chosen.size() > count)
        chosen = chosen.mid(0, count);
    if (chosen.isEmpty())
        return;
    // QA: the right answer was A or B in 59 of 61 single-answer questions; answering A scored 8 of 10.
    chosen = withShuffledChoices(std::move(chosen), answers + quint32(m_shown.size()));
    m_session =
        std::make_unique<PracticeSession>(chosen, exam ? PracticeSession::Mode::Exam : PracticeSession::Mode::Practice);
    m_timedOut = false;
    if (exam) {
        const int minutes = examMinutes > 0 ? examMinutes : 2 * int(chosen.size());
        m_examEndsAt = now().addSecs(qint64(minutes) * 60);
        m_timer->start();
    } else {
        m_examEndsAt = {};
        m_timer->stop();
    }
    m_stack->setCurrentWidget(m_questionView);
    showQuestion();
}

int QuizWidget::remainingSeconds() const
{
    if (!m_session || m_session->mode() != PracticeSession::Mode::Exam || !m_examEndsAt.isValid())
        return -1;
    return int(std::max<qint64>(0, now().secsTo(m_examEndsAt)));
}

void QuizWidget::updateCountdown()
{
    const int left = remainingSeconds();
    if (left < 0) {
        m_countdown->clear();
        return;
    }
    m_countdown->setText(tr("Time left: %1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
    m_countdown->setAccessibleName(m_countdown->text());
    if (left == 0 && m_session->state() != PracticeSession::State::Finished) {
        // As on the real exam, a choice made on the question shown counts though it was not submitted (QA: it was
        // thrown away).
        if (m_session->state() == PracticeSession::State::Asking) {
            if (const QStringList response = currentResponse(); !response.isEmpty())
                record(response);
        }
        m_timedOut = true;
        m_session->finish();
        showResults();
    }
}

void QuizWidget::showQuestion()
{
    const Content::Question &question = m_session->current();
    m_progress->setText(tr("Question %1 of %2").arg(m_session->index() + 1).arg(m_session->count()));
    m_prompt->setText(question.prompt);
    m_prompt->setAccessibleName(inlineMarkdownToPlain(question.prompt));
    updateCountdown();

    qDeleteAll(m_optionButtons);
    m_optionButtons.clear();
    delete m_singleGroup;
    m_singleGroup = nullptr;
    m_ordering->clear();
    m_feedback->clear();
    m_feedback->setVisible(false);

    const bool ordering = question.kind == Content::QuestionKind::Ordering;
    m_ordering->setVisible(ordering);
    m_moveUp->setVisible(ordering);
    m_moveDown->setVisible(ordering);
    m_optionsBox->setVisible(!ordering);
    m_instruction->setText(instructionText(question));
    if (ordering) {
        for (const Content::QuestionOption &option : scrambled(question)) {
            auto *item = new QListWidgetItem(inlineMarkdownToPlain(option.text), m_ordering);
            item->setData(optionIdRole, option.id);
        }
        m_ordering->setCurrentRow(0);
    } else {
        const bool multiple = question.kind == Content::QuestionKind::Multiple;
        if (!multiple) {
            m_singleGroup = new QButtonGroup(this);
            m_singleGroup->setExclusive(true);
        }
        int number = 0;
        for (const Content::QuestionOption &option : question.options) {
            // "&&": an ampersand in an option is text, not a mnemonic.
            QString text = inlineMarkdownToPlain(option.text);
            text.replace(QLatin1Char('&'), QStringLiteral("&&"));
            const QString label = QStringLiteral("%1   %2").arg(QChar(u'A' + number)).arg(text);
            // Wrapping: a long answer ran past the window's edge in presenter mode.
            // The letter hangs: a wrapped answer's lines start under its text (QA: they started under the letter).
            QAbstractButton *button = nullptr;
            if (multiple) {
                auto *box = new WrappingCheckBox(label, m_optionsBox);
                box->setHangingLead(true);
                button = box;
            } else {
                auto *radio = new WrappingRadioButton(label, m_optionsBox);
                radio->setHangingLead(true);
                button = radio;
            }
            button->setObjectName(QStringLiteral("option_") + option.id);
            button->setProperty("optionId", option.id);
            button->setAccessibleName(inlineMarkdownToPlain(option.text));
            if (m_singleGroup)
                m_singleGroup->addButton(button);
            m_optionsLayout->addWidget(button);
            button->show(); // now, not on the next event loop turn: the focus below must land on it
            m_optionButtons.append(button);
            ++number;
        }
    }
    updateQuestionButtons();
    m_submit->setVisible(true);
    m_submit->setEnabled(true);
    m_next->setVisible(false);
    m_questionShownAt = now();
    m_shown.insert(question.id);
    // A quiz is answered from the keyboard (letters, arrows, Enter): the focus frame shows from the first question on,
    // not only after a Tab (QA: the focused choice had no frame).
    window()->setAttribute(Qt::WA_KeyboardFocusChange);
    if (!m_optionButtons.isEmpty())
        m_optionButtons.first()->setFocus();
    else
        m_ordering->setFocus();
}

QString QuizWidget::instructionText(const Content::Question &question) const
{
    if (question.kind == Content::QuestionKind::Ordering)
        return tr("Put the steps in order: select a step and move it (drag, or Alt+Up / Alt+Down).");
    // Options are chosen with plain letter keys (keyPressEvent), not Alt mnemonics: with up to seven
    // options, Alt+A..G clashed with the buttons' and the menus' mnemonics in every language.
    const QString keys = tr("Keys: A–%1, then Enter.").arg(QChar(u'A' + int(question.options.size()) - 1));
    return (question.kind == Content::QuestionKind::Multiple
                ? tr("Choose %n answer(s).", nullptr, int(question.answer.size()))
                : tr("Choose one answer.")) +
           QLatin1Char(' ') + keys;
}

void QuizWidget::updateQuestionButtons()
{
    const bool exam = m_session && m_session->mode() == PracticeSession::Mode::Exam;
    m_submit->setText(exam ? tr("&Next") : tr("&Check answer"));
    m_finish->setText(exam ? tr("F&inish exam") : tr("F&inish"));
    if (m_session)
        m_next->setText(m_session->index() + 1 < m_session->count() ? tr("&Next question") : tr("See re&sults"));
}

QStringList QuizWidget::currentResponse() const
{
    QStringList ids;
    if (m_session && m_session->current().kind == Content::QuestionKind::Ordering) {
        for (int i = 0; i < m_ordering->count(); ++i)
            ids << m_ordering->item(i)->data(optionIdRole).toString();
        return ids;
    }
    for (QAbstractButton *button : m_optionButtons) {
        if (button->isChecked())
            ids << button->property("optionId").toString();
    }
    return ids;
}

void QuizWidget::submit()
{
    if (!m_session || m_session->state() != PracticeSession::State::Asking)
        return;
    const QStringList response = currentResponse();
    if (response.isEmpty() && m_session->mode() == PracticeSession::Mode::Practice) {
        m_instruction->setText(tr("Choose an answer first."));
        return;
    }
    const PracticeAnswer answer = record(response);
    if (m_session->mode() == PracticeSession::Mode::Exam) {
        advance();
        return;
    }
    showFeedback(answer);
}

// The answer to the question shown, in the session and in the progress store. An exam question left without a choice
// counts as wrong in the score but is no answer in the store, whether it was skipped or the time ran out on it (QA: a
// skipped one was saved as a wrong answer, one on screen when the time ran out was not).
PracticeAnswer QuizWidget::record(const QStringList &response)
{
    const Content::Question &question = m_session->current();
    const PracticeAnswer answer = m_session->answer(response, m_questionShownAt.msecsTo(now()));
    if (m_context.progress && !response.isEmpty()) {
        Progress::QuestionAttempt attempt;
        attempt.questionId = question.id;
        attempt.objectiveId = question.objectiveId;
        attempt.answer = response.join(QLatin1Char(','));
        attempt.correct = answer.correct;
        attempt.timeTakenMs = answer.timeTakenMs;
        attempt.answeredAt = now();
        const Progress::WriteResult written = m_context.progress->recordQuestionAttempt(attempt);
        if (!written.ok())
            m_instruction->setText(tr("Could not save this answer: %1").arg(written.error));
    }
    return answer;
}

void QuizWidget::showFeedback(const PracticeAnswer &answer)
{
    const Content::Question &question = m_session->current();
    // "Choose an answer first." from an earlier empty submit must not stand beside the verdict.
    m_instruction->clear();
    for (QAbstractButton *button : std::as_const(m_optionButtons))
        button->setEnabled(false);
    m_ordering->setEnabled(false);
    m_moveUp->setEnabled(false);
    m_moveDown->setEnabled(false);
    renderFeedback(question, answer);
    m_feedback->setVisible(true);
    m_submit->setVisible(false);
    m_next->setVisible(true);
    updateQuestionButtons();
    m_next->setFocus();
}

void QuizWidget::renderFeedback(const Content::Question &question, const PracticeAnswer &answer)
{
    const StatusColors colors = statusColors(palette());
    const QString verdict =
        answer.correct
            ? QStringLiteral("<p style=\"color:%1\"><b>✓ %2</b></p>").arg(colors.good.name(), tr("Correct."))
            : QStringLiteral("<p style=\"color:%1\"><b>✗ %2</b></p>").arg(colors.bad.name(), tr("Not quite."));
    m_feedback->setHtml(verdict + optionsFeedbackHtml(question, answer.optionIds));
}

QString QuizWidget::optionsFeedbackHtml(const Content::Question &question, const QStringList &given) const
{
    QString html;
    if (question.kind == Content::QuestionKind::Ordering) {
        html += htmlParagraph(tr("The right order:"));
        html += QStringLiteral("<ol>");
        for (const QString &id : question.answer) {
            const Content::QuestionOption *option = question.option(id);
            if (!option)
                continue;
            const int yourPosition = int(given.indexOf(id)) + 1;
            html += QStringLiteral("<li><b>%1</b> — %2 <i>(%3)</i></li>")
                        .arg(inlineMarkdownToHtml(option->text), inlineMarkdownToHtml(option->explanation),
                             yourPosition > 0 ? tr("you put it at position %1").arg(yourPosition) : tr("not placed"));
        }
        html += QStringLiteral("</ol>");
        return html;
    }
    html += QStringLiteral("<ul>");
    int number = 0;
    for (const Content::QuestionOption &option : question.options) {
        const bool right = question.answer.contains(option.id);
        const bool chosen = given.contains(option.id);
        QString mark = right ? tr("✓ correct answer") : tr("✗ wrong answer");
        if (chosen)
            mark += QStringLiteral(", ") + tr("your choice");
        html += QStringLiteral("<li><b>%1. %2</b> <i>(%3)</i><br>%4</li>")
                    .arg(QChar(u'A' + number))
                    .arg(inlineMarkdownToHtml(option.text), mark, inlineMarkdownToHtml(option.explanation));
        ++number;
    }
    html += QStringLiteral("</ul>");
    return html;
}

void QuizWidget::advance()
{
    if (!m_session)
        return;
    if (m_session->next() == PracticeSession::State::Finished) {
        showResults();
        return;
    }
    m_ordering->setEnabled(true);
    m_moveUp->setEnabled(true);
    m_moveDown->setEnabled(true);
    showQuestion();
}

void QuizWidget::showResults()
{
    m_timer->stop();
    if (!m_session)
        return;
    fillResults();
    m_stack->setCurrentWidget(m_resultsView);
    m_newSession->setFocus();
}

void QuizWidget::fillResults()
{
    const StatusColors colors = statusColors(palette());
    QList<int> wrong;
    QList<int> unanswered;
    for (const int index : m_session->wrongQuestions())
        (m_session->wasAnswered(index) ? wrong : unanswered).append(index);
    const int answered = m_session->count() - int(unanswered.size());
    QString summary;
    if (m_session->mode() == PracticeSession::Mode::Exam) {
        // As on the real exam, a question left open counts as wrong: said, so the score is no surprise.
        const bool passed = m_session->passed();
        QString notes;
        if (m_timedOut)
            notes += htmlParagraph(QStringLiteral("<b>%1</b>").arg(tr("Time is up.").toHtmlEscaped()));
        notes += htmlParagraph(
            tr("You answered %1 of %n question(s) correctly.", nullptr, m_session->count()).arg(m_session->correctCount()));
        if (!unanswered.isEmpty())
            notes += htmlParagraph(tr("%n question(s) not answered: they count as wrong, as on the real exam.", nullptr,
                                      int(unanswered.size())));
        summary = QStringLiteral("<h2>%1</h2><p style=\"color:%2\"><b>%3</b></p>%4")
                      .arg(tr("Score: %1 of %2").arg(m_session->score()).arg(PracticeSession::maxScore),
                           (passed ? colors.good : colors.bad).name(),
                           passed ? tr("✓ Passed (%1 needed)").arg(PracticeSession::passingScore)
                                  : tr("✗ Not passed (%1 needed)").arg(PracticeSession::passingScore),
                           notes);
    } else {
        // Practice counts what was answered; stopping early is not a wrong answer.
        summary = QStringLiteral("<h2>%1</h2>")
                      .arg(answered > 0 ? tr("You answered %1 of %n question(s) correctly.", nullptr, answered)
                                              .arg(m_session->correctCount())
                                              .toHtmlEscaped()
                                        : tr("You stopped before answering a question.").toHtmlEscaped());
        if (!unanswered.isEmpty() && answered > 0)
            summary += htmlParagraph(
                tr("%n question(s) not answered: they are not counted.", nullptr, int(unanswered.size())));
    }
    m_score->setText(summary);
    m_score->setAccessibleName(QString(summary).remove(QRegularExpression(QStringLiteral("<[^>]*>"))));

    QString html;
    const auto review = [this, &html](const QList<int> &indexes) {
        for (const int index : indexes) {
            const Content::Question &question = m_session->questions().at(index);
            const auto given = m_session->answerFor(index);
            html += QStringLiteral("<hr><p><b>%1</b> %2</p>")
                        .arg(tr("Question %1:").arg(index + 1), inlineMarkdownToHtml(question.prompt));
            html += optionsFeedbackHtml(question, given ? given->optionIds : QStringList());
        }
    };
    if (wrong.isEmpty() && unanswered.isEmpty())
        html = htmlParagraph(tr("No wrong answers — well done."));
    if (!wrong.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Review of wrong answers"));
        review(wrong);
    }
    if (!unanswered.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("Not answered"));
        review(unanswered);
    }
    m_wrongList->setHtml(html);
    m_again->setEnabled(!toPractiseAgain().isEmpty());
}

// The questions answered wrong; after an exam also those left open, which counted as wrong. A practice session stopped
// early has none of those: a question never answered there is not a wrong one (QA: one answer, then Finish, and
// "Practise the wrong ones again" brought the nine never shown).
QList<int> QuizWidget::toPractiseAgain() const
{
    QList<int> again;
    for (const int index : m_session->wrongQuestions()) {
        if (m_session->mode() == PracticeSession::Mode::Exam || m_session->wasAnswered(index))
            again.append(index);
    }
    return again;
}

void QuizWidget::practiseWrongAgain()
{
    if (!m_session)
        return;
    QList<Content::Question> again;
    for (const int index : toPractiseAgain())
        again.append(m_session->questions().at(index));
    if (again.isEmpty())
        return;
    m_session = std::make_unique<PracticeSession>(again, PracticeSession::Mode::Practice);
    m_timedOut = false;
    m_examEndsAt = {};
    m_stack->setCurrentWidget(m_questionView);
    m_ordering->setEnabled(true);
    m_moveUp->setEnabled(true);
    m_moveDown->setEnabled(true);
    showQuestion();
}

} // namespace Keyless::Ui::Study
