#include "ui/study/practicesession.h"

#include <algorithm>
#include <random>

namespace Keyless::Ui::Study {

PracticeSession::PracticeSession(QList<Question> questions, Mode mode)
    : m_questions(std::move(questions))
    , m_mode(mode)
    , m_state(m_questions.isEmpty() ? State::Finished : State::Asking)
{
}

bool PracticeSession::isCorrect(const Question &question, const QStringList &optionIds)
{
    return question.isCorrect(optionIds);
}

PracticeAnswer PracticeSession::answer(const QStringList &optionIds, qint64 timeTakenMs)
{
    PracticeAnswer given;
    if (m_state != State::Asking)
        return m_answers.value(m_index);
    given.optionIds = optionIds;
    given.timeTakenMs = timeTakenMs;
    given.correct = isCorrect(current(), optionIds);
    m_answers.insert(m_index, given);
    m_state = State::Answered;
    return given;
}

PracticeSession::State PracticeSession::next()
{
    if (m_state == State::Finished)
        return m_state;
    if (m_index + 1 >= count()) {
        m_state = State::Finished;
    } else {
        ++m_index;
        m_state = State::Asking;
    }
    return m_state;
}

void PracticeSession::finish()
{
    m_state = State::Finished;
}

std::optional<PracticeAnswer> PracticeSession::answerFor(int questionIndex) const
{
    const auto it = m_answers.constFind(questionIndex);
    if (it == m_answers.cend())
        return std::nullopt;
    return *it;
}

bool PracticeSession::wasAnswered(int questionIndex) const
{
    const auto given = answerFor(questionIndex);
    return given && !given->optionIds.isEmpty();
}

int PracticeSession::correctCount() const
{
    return int(std::count_if(m_answers.cbegin(), m_answers.cend(), [](const PracticeAnswer &a) { return a.correct; }));
}

int PracticeSession::score() const
{
    if (m_questions.isEmpty())
        return 0;
    return int((qint64(correctCount()) * maxScore + count() / 2) / count());
}

QList<int> PracticeSession::wrongQuestions() const
{
    QList<int> wrong;
    for (int i = 0; i < count(); ++i) {
        const auto given = answerFor(i);
        if (!given || !given->correct)
            wrong.append(i);
    }
    return wrong;
}

QList<Question> weakestFirst(QList<Question> questions, const QHash<QString, QuestionStats> &stats)
{
    const auto strength = [&stats](const Question &q) {
        const QuestionStats s = stats.value(q.id);
        return (s.correct + 1.0) / (s.attempts + 2.0);
    };
    std::stable_sort(questions.begin(), questions.end(),
                     [&](const Question &a, const Question &b) { return strength(a) < strength(b); });
    return questions;
}

// FNV-1a over the id's UTF-16: the same in every run (Qt's qHash with a seed is not).
static quint32 stableHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return hash;
}

QList<Question> withShuffledChoices(QList<Question> questions, quint32 seed)
{
    for (Question &question : questions) {
        if (question.kind == Content::QuestionKind::Ordering)
            continue;
        std::seed_seq sequence{seed, stableHash(question.id)};
        std::mt19937 random(sequence);
        std::shuffle(question.options.begin(), question.options.end(), random);
    }
    return questions;
}

QList<Question> leastPractisedFirst(QList<Question> questions, const QHash<QString, QuestionStats> &stats,
                                    quint32 seed, const QSet<QString> &shown)
{
    std::mt19937 random(seed);
    std::shuffle(questions.begin(), questions.end(), random);
    std::stable_sort(questions.begin(), questions.end(), [&stats, &shown](const Question &a, const Question &b) {
        const QuestionStats sa = stats.value(a.id);
        const QuestionStats sb = stats.value(b.id);
        if (sa.attempts != sb.attempts)
            return sa.attempts < sb.attempts;
        const bool shownA = sa.attempts == 0 && shown.contains(a.id);
        const bool shownB = sb.attempts == 0 && shown.contains(b.id);
        if (shownA != shownB)
            return !shownA;
        return sa.lastAnswered < sb.lastAnswered;
    });
    return questions;
}

} // namespace Keyless::Ui::Study
