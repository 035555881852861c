#include "ui/study/practicepage.h"

#include "ui/study/quizwidget.h"
#include "ui/study/reviewwidget.h"

#include <QEvent>
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
    retranslate();
}

PracticePage::~PracticePage() = default;

void PracticePage::showReview()
{
    m_tabs->setCurrentWidget(m_review);
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
