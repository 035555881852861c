#include "lab/labresult.h"

#include <QJsonArray>

namespace Keyless::Lab {

QString TaskResult::feedback() const
{
    QStringList lines;
    for (const auto &check : checks) {
        // Several checks may explain the same problem in the same words: say it once.
        if (!check.passed && !check.feedback.isEmpty() && !lines.contains(check.feedback))
            lines << check.feedback;
    }
    return lines.join(QLatin1Char('\n'));
}

const TaskResult *LabEvaluation::task(const QString &taskId) const
{
    for (const auto &task : tasks) {
        if (task.taskId == taskId)
            return &task;
    }
    return nullptr;
}

QJsonObject LabEvaluation::toJson() const
{
    QJsonArray taskArray;
    for (const auto &task : tasks) {
        QJsonArray checkArray;
        for (const auto &check : task.checks) {
            QJsonObject c{{QStringLiteral("check"), check.check}, {QStringLiteral("passed"), check.passed}};
            if (!check.passed)
                c.insert(QStringLiteral("feedback"), check.feedback);
            checkArray.append(c);
        }
        taskArray.append(QJsonObject{{QStringLiteral("id"), task.taskId},
                                     {QStringLiteral("title"), task.title},
                                     {QStringLiteral("passed"), task.passed},
                                     {QStringLiteral("points"), task.points},
                                     {QStringLiteral("earned"), task.earned},
                                     {QStringLiteral("hintsUsed"), task.hintsUsed},
                                     {QStringLiteral("checks"), checkArray}});
    }
    return QJsonObject{{QStringLiteral("tasks"), taskArray},
                       {QStringLiteral("completion"), completion},
                       {QStringLiteral("score"), score},
                       {QStringLiteral("maxScore"), maxScore},
                       {QStringLiteral("passedTasks"), passedTasks},
                       {QStringLiteral("allPassed"), allPassed()}};
}

QJsonObject LabAttempt::toJson() const
{
    QJsonObject hints;
    for (auto it = hintsUsed.cbegin(); it != hintsUsed.cend(); ++it)
        hints.insert(it.key(), it.value());
    // The seed is written as a string: JSON numbers lose precision above 2^53.
    return QJsonObject{{QStringLiteral("lab"), labId},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("commands"), QJsonArray::fromStringList(commands)},
                       {QStringLiteral("hintsUsed"), hints}};
}

LabAttempt LabAttempt::fromJson(const QJsonObject &object)
{
    LabAttempt attempt;
    attempt.labId = object.value(QLatin1String("lab")).toString();
    const QJsonValue seed = object.value(QLatin1String("seed"));
    attempt.seed = seed.isString() ? seed.toString().toULongLong() : quint64(seed.toInteger(1));
    for (const QJsonValue &command : object.value(QLatin1String("commands")).toArray())
        attempt.commands << command.toString();
    const QJsonObject hints = object.value(QLatin1String("hintsUsed")).toObject();
    for (auto it = hints.begin(); it != hints.end(); ++it)
        attempt.hintsUsed.insert(it.key(), it.value().toInt());
    return attempt;
}

} // namespace Keyless::Lab
