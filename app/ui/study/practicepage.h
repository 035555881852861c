#pragma once

#include "content/contentmodel.h"

#include <QWidget>

class QTabWidget;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

class QuizWidget;
class ReviewWidget;

// Practice: exam-style questions and the spaced review of cards, as two tabs (Ctrl+Tab switches).
class PracticePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PracticePage)

public:
    PracticePage(AppContext &context, QList<Content::Question> questions, QList<Content::Lesson> lessons,
                 QList<Content::Card> cards, const Content::SkillsOutline &outline, QWidget *parent = nullptr);
    ~PracticePage() override;

    QuizWidget *quiz() const { return m_quiz; }
    ReviewWidget *review() const { return m_review; }
    void showReview();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTabWidget *m_tabs = nullptr;
    QuizWidget *m_quiz = nullptr;
    ReviewWidget *m_review = nullptr;
};

} // namespace Keyless::Ui::Study
