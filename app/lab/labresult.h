#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Keyless::Lab {

struct CheckResult {
    QString check; // the check's name, e.g. "cosmos-data-role"
    bool passed = false;
    QString feedback; // why it failed (empty when it passed)
    double weight = 1.0;
    bool subjectMissing = false; // failed because what it is about does not exist (yet)
};

// One task after evaluation. `fraction` is the weighted share of its checks that pass (partial
// credit); `earned` applies the hint penalty: points × fraction × max(0, 1 − penalty × hintsUsed).
struct TaskResult {
    QString taskId;
    QString title;
    bool passed = false; // every check passes
    int points = 0;
    double fraction = 0.0;
    double earned = 0.0;
    int hintsUsed = 0;
    QList<CheckResult> checks;

    QString feedback() const; // the failing checks' feedback, one per line
};

// The whole lab after evaluation: what the lab workspace shows and what progress records.
struct LabEvaluation {
    QList<TaskResult> tasks;
    double completion = 0.0; // 0..100: share of points whose checks pass (hints do not lower it)
    double score = 0.0;      // earned points after hint penalties
    int maxScore = 0;
    int passedTasks = 0;

    bool allPassed() const { return !tasks.isEmpty() && passedTasks == tasks.size(); }
    const TaskResult *task(const QString &taskId) const;
    QJsonObject toJson() const;
};

// An attempt is fully described by lab id, seed, the command log and the hints revealed: replaying
// the commands into a fresh instance gives the same world, trace and evaluation.
struct LabAttempt {
    QString labId;
    quint64 seed = 1;
    QStringList commands;         // console entries in order (each may hold several lines)
    QMap<QString, int> hintsUsed; // task id → hints revealed

    QJsonObject toJson() const;
    static LabAttempt fromJson(const QJsonObject &object);
};

} // namespace Keyless::Lab
