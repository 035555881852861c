#include "studyfixture.h"
#include "ui/study/quizwidget.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTextBrowser>

using Keyless::Content::Question;
using Keyless::Content::QuestionKind;
using Keyless::Ui::Study::PracticeSession;
using Keyless::Ui::Study::QuizWidget;

class TestQuizWidget final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_f = std::make_unique<StudyFixture>();
        QVERIFY(m_f->setUp());
        QVERIFY(m_f->content.questions().size() >= 60);
    }
    void cleanup() { m_f.reset(); }

    void rightAndWrongAnswersShowExplanationsAndAreRecorded_data()
    {
        QTest::addColumn<bool>("answerRight");
        QTest::newRow("right") << true;
        QTest::newRow("wrong") << false;
    }

    void rightAndWrongAnswersShowExplanationsAndAreRecorded()
    {
        QFETCH(bool, answerRight);
        const Question question = first(QuestionKind::Single);
        auto quiz = makeQuiz({question});
        QVERIFY(QTest::qWaitForWindowExposed(quiz.get()));
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("startQuizButton")), Qt::LeftButton);
        QVERIFY(quiz->session());

        QString chosen = question.answer.first();
        if (!answerRight) {
            for (const auto &option : question.options) {
                if (!question.answer.contains(option.id)) {
                    chosen = option.id;
                    break;
                }
            }
        }
        auto *button = quiz->findChild<QAbstractButton *>(QStringLiteral("option_") + chosen);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
        QVERIFY(button->isChecked());
        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton")), Qt::LeftButton);

        auto *feedback = quiz->findChild<QTextBrowser *>(QStringLiteral("answerFeedback"));
        QVERIFY(feedback->isVisible());
        const QString text = feedback->toPlainText();
        QVERIFY(text.contains(answerRight ? QStringLiteral("Correct.") : QStringLiteral("Not quite.")));
        for (const auto &option : question.options) // an explanation for every option, not just the chosen one
            QVERIFY2(text.contains(option.explanation.left(25).remove(QLatin1Char('`'))), qPrintable(option.id));
        QVERIFY(text.contains(QStringLiteral("your choice")));

        const auto attempts = m_f->progress->questionAttempts(question.id);
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts.first().correct, answerRight);
        QCOMPARE(attempts.first().answer, chosen);
        QCOMPARE(attempts.first().objectiveId, question.objectiveId);
        QVERIFY(!button->isEnabled()); // the answer is final once explained

        QTest::mouseClick(quiz->findChild<QPushButton *>(QStringLiteral("nextQuestionButton")), Qt::LeftButton);
        auto *score = quiz->findChild<QLabel *>(QStringLiteral("quizScore"));
        QVERIFY(score->isVisible());
        QVERIFY(score->text().contains(answerRight ? QStringLiteral("1 of 1") : QStringLiteral("0 of 1")));
        auto *wrong = quiz->findChild<QTextBrowser *>(QStringLiteral("wrongAnswersView"));
        QCOMPARE(wrong->toPlainText().contains(QStringLiteral("Review of wrong answers")), !answerRight);
    }

    void multipleAnswerNeedsEveryCorrectOption()
    {
        const Question question = first(QuestionKind::Multiple);
        auto quiz = makeQuiz({question});
        quiz->start();
        QVERIFY(quiz->findChild<QLabel *>(QStringLiteral("questionInstruction"))
                    ->text()
                    .contains(QStringLiteral("Choose %1 answers").arg(question.answer.size())));
        for (const QString &id : question.answer)
            quiz->findChild<QAbstractButton *>(QStringLiteral("option_") + id)->click();
        quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        QCOMPARE(m_f->progress->questionAttempts(question.id).size(), 1);
        QVERIFY(m_f->progress->questionAttempts(question.id).first().correct);
    }

    // QA: "Choose an answer first." stayed next to "✓ Correct." after a real answer.
    void emptySubmitWarningGoesAwayOnceAnswered()
    {
        const Question question = first(QuestionKind::Single);
        auto quiz = makeQuiz({question});
        quiz->start();
        auto *instruction = quiz->findChild<QLabel *>(QStringLiteral("questionInstruction"));
        quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        QCOMPARE(instruction->text(), QStringLiteral("Choose an answer first."));
        QVERIFY(m_f->progress->questionAttempts(question.id).isEmpty());
        quiz->findChild<QAbstractButton *>(QStringLiteral("option_") + question.answer.first())->click();
        quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        QCOMPARE(instruction->text(), QString());
        QCOMPARE(m_f->progress->questionAttempts(question.id).size(), 1);
    }

    void orderingWithTheKeyboard()
    {
        const Question question = first(QuestionKind::Ordering);
        auto quiz = makeQuiz({question});
        QVERIFY(QTest::qWaitForWindowExposed(quiz.get()));
        quiz->start();
        auto *list = quiz->findChild<QListWidget *>(QStringLiteral("orderingList"));
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), int(question.options.size()));
        const auto rowOf = [list](const QString &id) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole + 1).toString() == id)
                    return i;
            }
            return -1;
        };
        // Starts scrambled, never solved.
        bool solved = true;
        for (int i = 0; i < question.answer.size(); ++i)
            solved = solved && rowOf(question.answer.at(i)) == i;
        QVERIFY(!solved);
        list->setFocus();
        for (int i = 0; i < question.answer.size(); ++i) {
            list->setCurrentRow(rowOf(question.answer.at(i)));
            while (list->currentRow() > i)
                QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        }
        quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        QVERIFY(quiz->session()->answerFor(0)->correct);
        QVERIFY(quiz->findChild<QTextBrowser *>(QStringLiteral("answerFeedback"))
                    ->toPlainText()
                    .contains(QStringLiteral("The right order")));
    }

    void timedExamEndsWhenTheTimeIsUp()
    {
        QDateTime clock(QDate(2026, 3, 1), QTime(9, 0));
        QList<Question> questions = m_f->content.questions().mid(0, 5);
        auto quiz = makeQuiz(questions);
        quiz->setClock([&clock] { return clock; });
        quiz->startWith(QuizWidget::Selection::All, QString(), 5, true, 10);
        QCOMPARE(quiz->session()->mode(), PracticeSession::Mode::Exam);
        QCOMPARE(quiz->remainingSeconds(), 600);
        auto *countdown = quiz->findChild<QLabel *>(QStringLiteral("examCountdown"));
        QCOMPARE(countdown->text(), QStringLiteral("Time left: 10:00"));

        // Answer the first question right: no explanation in an exam, straight to the next one.
        for (const QString &id : questions.first().answer) {
            if (questions.first().kind != QuestionKind::Ordering)
                quiz->findChild<QAbstractButton *>(QStringLiteral("option_") + id)->click();
        }
        quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        QCOMPARE(quiz->session()->index(), 1);
        QVERIFY(!quiz->findChild<QTextBrowser *>(QStringLiteral("answerFeedback"))->isVisible());

        clock = clock.addSecs(599);
        quiz->updateCountdown();
        QCOMPARE(countdown->text(), QStringLiteral("Time left: 0:01"));
        QVERIFY(quiz->session()->state() != PracticeSession::State::Finished);
        clock = clock.addSecs(1);
        quiz->updateCountdown();
        QCOMPARE(quiz->session()->state(), PracticeSession::State::Finished);

        const int expected = questions.first().kind == QuestionKind::Ordering ? 0 : 200;
        QCOMPARE(quiz->session()->score(), expected);
        auto *score = quiz->findChild<QLabel *>(QStringLiteral("quizScore"));
        QVERIFY(score->text().contains(QStringLiteral("Score: %1 of 1000").arg(expected)));
        QVERIFY(score->text().contains(QStringLiteral("Not passed (700 needed)")));
        // Explanations come at the end: the review lists the four unanswered questions.
        const QString review = quiz->findChild<QTextBrowser *>(QStringLiteral("wrongAnswersView"))->toPlainText();
        QCOMPARE(review.count(QStringLiteral("Not answered.")), 4);
        QCOMPARE(m_f->progress->questionAttempts().size(), 1);

        // Practise the wrong ones again: a practice session (explanations on) of exactly those.
        quiz->findChild<QPushButton *>(QStringLiteral("practiseWrongButton"))->click();
        QCOMPARE(quiz->session()->mode(), PracticeSession::Mode::Practice);
        QCOMPARE(quiz->session()->count(), expected == 200 ? 4 : 5);
    }

    void examAllRightPasses()
    {
        QList<Question> questions;
        for (const Question &q : m_f->content.questions()) {
            if (q.kind != QuestionKind::Ordering && questions.size() < 4)
                questions << q;
        }
        auto quiz = makeQuiz(questions);
        quiz->startWith(QuizWidget::Selection::All, QString(), 4, true, 5);
        for (int i = 0; i < questions.size(); ++i) {
            for (const QString &id : quiz->session()->current().answer)
                quiz->findChild<QAbstractButton *>(QStringLiteral("option_") + id)->click();
            quiz->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        }
        QCOMPARE(quiz->session()->state(), PracticeSession::State::Finished);
        QCOMPARE(quiz->session()->score(), 1000);
        QVERIFY(quiz->findChild<QLabel *>(QStringLiteral("quizScore"))->text().contains(QStringLiteral("Passed")));
        QVERIFY(!quiz->findChild<QPushButton *>(QStringLiteral("practiseWrongButton"))->isEnabled());
    }

    void selectionByObjectiveLessonAndWeakest()
    {
        auto quiz = makeQuiz(m_f->content.questions());
        const Question sample = m_f->content.questions().at(3);
        const auto byObjective = quiz->select(QuizWidget::Selection::Objective, sample.objectiveId);
        QVERIFY(!byObjective.isEmpty());
        for (const Question &q : byObjective)
            QCOMPARE(q.objectiveId, sample.objectiveId);
        const auto byLesson = quiz->select(QuizWidget::Selection::Lesson, sample.lessonId);
        QCOMPARE(byLesson.size(), m_f->content.questionsForLesson(sample.lessonId).size());

        // One wrong answer on record: that question comes first in "weakest first".
        Keyless::Progress::QuestionAttempt attempt;
        attempt.questionId = sample.id;
        attempt.objectiveId = sample.objectiveId;
        attempt.answer = QStringLiteral("x");
        attempt.correct = false;
        QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        QCOMPARE(quiz->select(QuizWidget::Selection::WeakestFirst, QString()).first().id, sample.id);

        auto *combo = quiz->findChild<QComboBox *>(QStringLiteral("selectionCombo"));
        combo->setCurrentIndex(int(QuizWidget::Selection::Lesson));
        auto *key = quiz->findChild<QComboBox *>(QStringLiteral("selectionKeyCombo"));
        QVERIFY(key->isVisibleTo(quiz.get()));
        QCOMPARE(key->count(), int(m_f->content.lessons().size()));
    }

private:
    Question first(QuestionKind kind) const
    {
        for (const Question &q : m_f->content.questions()) {
            if (q.kind == kind)
                return q;
        }
        return {};
    }

    std::unique_ptr<QuizWidget> makeQuiz(const QList<Question> &questions)
    {
        auto quiz =
            std::make_unique<QuizWidget>(m_f->context, questions, m_f->content.lessons(), m_f->content.outline());
        quiz->resize(900, 700);
        quiz->show();
        return quiz;
    }

    std::unique_ptr<StudyFixture> m_f;
};

QTEST_MAIN(TestQuizWidget)
#include "tst_quizwidget.moc"
