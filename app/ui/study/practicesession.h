#pragma once

#include "content/contentmodel.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Keyless::Ui::Study {

using Content::Question;

// What a learner answered: option ids, in the order given (the order matters for Ordering only).
struct PracticeAnswer {
    QStringList optionIds;
    qint64 timeTakenMs = 0;
    bool correct = false;
};

// One quiz session as a small state machine (after KDE Parley): Asking → Answered → … → Finished.
// Practice mode reveals the explanation after each answer; Exam mode reveals nothing until finish() and
// is scored out of 1000 with 700 to pass, as Microsoft reports its exam scores.
class PracticeSession final
{
public:
    enum class Mode { Practice, Exam };
    enum class State { Asking, Answered, Finished };

    static constexpr int maxScore = 1000;
    static constexpr int passingScore = 700;

    PracticeSession(QList<Question> questions, Mode mode);

    Mode mode() const { return m_mode; }
    State state() const { return m_state; }
    int count() const { return int(m_questions.size()); }
    int index() const { return m_index; }
    const Question &current() const { return m_questions.at(m_index); }
    const QList<Question> &questions() const { return m_questions; }
    bool isEmpty() const { return m_questions.isEmpty(); }

    static bool isCorrect(const Question &question, const QStringList &optionIds);

    // Records the answer to the current question (Asking → Answered) and returns it.
    PracticeAnswer answer(const QStringList &optionIds, qint64 timeTakenMs);
    // Answered → Asking for the next question, or Finished after the last one. Returns the new state.
    State next();
    // Ends the session at once (the exam timer ran out, or the learner stopped); unanswered count as wrong.
    void finish();

    std::optional<PracticeAnswer> answerFor(int questionIndex) const;
    // A choice was given (an exam question skipped or left when the time ran out has an answer without one).
    bool wasAnswered(int questionIndex) const;
    int answeredCount() const { return int(m_answers.size()); }
    int correctCount() const;
    // Scaled score out of maxScore: correct / all questions (unanswered count as wrong).
    int score() const;
    bool passed() const { return score() >= passingScore; }
    // Indexes of questions answered wrong or not at all, for the review after the session.
    QList<int> wrongQuestions() const;

private:
    QList<Question> m_questions;
    Mode m_mode = Mode::Practice;
    State m_state = State::Asking;
    int m_index = 0;
    QHash<int, PracticeAnswer> m_answers;
};

// Question statistics for "weakest first": attempts and correct answers per question id.
struct QuestionStats {
    int attempts = 0;
    int correct = 0;
    QDateTime lastAnswered; // invalid when never answered
};

// Orders questions weakest first: by (correct + 1) / (attempts + 2) ascending (unseen questions count as
// 50 %, below anything answered right more often than wrong), ties kept in content order.
QList<Question> weakestFirst(QList<Question> questions, const QHash<QString, QuestionStats> &stats);

// The choices of single- and multiple-answer questions in another order for every `seed` (each question its own):
// in the files the right answer is most often the first or second, and a learner who answered "A" scored 8 of 10.
// The same seed gives the same order. Ordering questions keep theirs (the quiz scrambles them itself).
QList<Question> withShuffledChoices(QList<Question> questions, quint32 seed);

// Orders questions for a new session: never answered first, then answered least often, then longest ago.
// Ties are shuffled by `seed` (the caller passes how many answers are stored, so each session starts
// elsewhere while the same history always gives the same order).
// `shown` holds questions already put before the learner in this run without an answer being stored (a session
// finished early): among the never-answered they come last, so the next session does not open with them again.
QList<Question> leastPractisedFirst(QList<Question> questions, const QHash<QString, QuestionStats> &stats,
                                    quint32 seed, const QSet<QString> &shown = {});

} // namespace Keyless::Ui::Study
