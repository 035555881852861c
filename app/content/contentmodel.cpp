#include "content/contentmodel.h"

#include <QSet>

namespace Keyless::Content {

QString LoadIssue::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

const LessonSection *Lesson::section(const QString &sectionId) const
{
    for (const LessonSection &s : sections) {
        if (s.id == sectionId)
            return &s;
    }
    return nullptr;
}

bool Question::isCorrect(const QStringList &response) const
{
    if (kind == QuestionKind::Ordering)
        return response == answer;
    const QSet<QString> given(response.cbegin(), response.cend());
    const QSet<QString> expected(answer.cbegin(), answer.cend());
    return given.size() == response.size() && given == expected;
}

const QuestionOption *Question::option(const QString &optionId) const
{
    for (const QuestionOption &o : options) {
        if (o.id == optionId)
            return &o;
    }
    return nullptr;
}

const Objective *SkillsOutline::objective(const QString &objectiveId) const
{
    for (const Domain &d : domains) {
        for (const ObjectiveGroup &g : d.groups) {
            for (const Objective &o : g.objectives) {
                if (o.id == objectiveId)
                    return &o;
            }
        }
    }
    return nullptr;
}

int SkillsOutline::groupCount() const
{
    int n = 0;
    for (const Domain &d : domains)
        n += int(d.groups.size());
    return n;
}

int SkillsOutline::objectiveCount() const
{
    int n = 0;
    for (const Domain &d : domains) {
        for (const ObjectiveGroup &g : d.groups)
            n += int(g.objectives.size());
    }
    return n;
}

QString kindName(QuestionKind kind)
{
    switch (kind) {
    case QuestionKind::Single:
        return QStringLiteral("single");
    case QuestionKind::Multiple:
        return QStringLiteral("multiple");
    case QuestionKind::Ordering:
        return QStringLiteral("ordering");
    }
    return {};
}

QString difficultyName(Difficulty difficulty)
{
    switch (difficulty) {
    case Difficulty::Easy:
        return QStringLiteral("easy");
    case Difficulty::Medium:
        return QStringLiteral("medium");
    case Difficulty::Hard:
        return QStringLiteral("hard");
    }
    return {};
}

} // namespace Keyless::Content
