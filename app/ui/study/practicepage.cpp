#include "ui/study/practicepage.h"

#include "ui/study/quizwidget.h"
#include "ui/study/reviewwidget.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Keyless::Ui::Study {

PracticePage::PracticePage(AppContext &context, QList<Content::Question> questions, QList<Content::Lesson> lessons,
                           QList<Content::Card> cards, const Content::SkillsOutline &outline, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("practicePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("practiceTabs"));
    m_tabs->setDocumentMode(true);
    m_quiz = new QuizWidget(context, std::move(questions), std::move(lessons), outline, m_tabs);
    m_review = new ReviewWidget(context, std::move(cards), m_tabs);
    m_tabs->addTab(m_quiz, QString());
    m_tabs->addTab(m_review, QString());
    layout->addWidget(m_tabs);
    // Space flips and 1–4 grade only while the review has the focus: a learner who clicked the tab would
    // otherwise press Space into nothing. A keyboard user moving along the tab bar keeps it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        setFocusProxy(m_tabs->currentWidget());
        if (m_tabs->currentWidget() == m_review && !m_tabs->tabBar()->hasFocus())
            m_review->setFocus(Qt::OtherFocusReason);
    });
    // Reached with Ctrl+4 or a click on "Practice", the page hands the keyboard to the tab shown: Enter starts a
    // session there (QA: it went to the navigation list), Space flips a review card.
    setFocusProxy(m_quiz);
    retranslate();
}

PracticePage::~PracticePage() = default;

void PracticePage::showReview()
{
    m_tabs->setCurrentWidget(m_review);
    m_review->setFocus(Qt::OtherFocusReason);
}

void PracticePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PracticePage::retranslate()
{
    m_tabs->setTabText(0, tr("&Questions"));
    m_tabs->setTabText(1, tr("&Review cards"));
    m_tabs->setAccessibleName(tr("Practice"));
}

} // namespace Keyless::Ui::Study
