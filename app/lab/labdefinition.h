#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Lab {

// The seed every headless command and the workspace use when neither the lab nor the user gives one;
// `keyless script --lab` and `keyless lab check` must agree, or the learner's names would differ.
constexpr quint64 defaultSeed()
{
    return 0;
}

// One declarative check of a task, as written in the lab file. `params` keeps the check's own
// parameters (everything except "check", "feedback", "weight"); names like {{app}} are still
// unresolved here and are substituted when a session instantiates the lab.
struct CheckSpec {
    QString check;
    QJsonObject params;
    QString feedback; // optional author text shown instead of the check's own failure feedback
    double weight = 1.0;
    QString pointer; // JSON pointer of this check in its lab file, for error messages
};

struct LabTask {
    QString id;
    QString title;
    QString instructions; // Markdown
    QStringList hints;    // ordered: the learner reveals them one by one
    int points = 10;
    QList<CheckSpec> checks;
};

// A randomised name: "{{key}}" anywhere in the lab becomes prefix + `length` random characters
// drawn from [a-z0-9], the same for the same seed.
struct NameRule {
    QString key;
    QString prefix;
    int length = 5;
};

// A fault of a troubleshooting lab: console commands applied to the initial world before the
// learner starts (after "world" is built), with a note for the instructor.
struct LabFault {
    QString id;
    QString description;
    QStringList commands;
};

struct LabDefinition {
    int format = 1;
    QString id;
    QString title;
    QString summary;
    QString level; // beginner | intermediate | advanced
    int minutes = 0;
    QStringList skills; // objective ids of resources/skills
    QString story;      // Markdown
    QList<NameRule> names;
    QJsonObject world; // the app/sim World JSON, verbatim (see app/sim/README.md)
    QList<LabFault> faults;
    QList<LabTask> tasks;
    QStringList solution;                     // console script, one command per line
    double hintPenalty = 0.1;                 // fraction of a task's points lost per hint revealed
    quint64 defaultSeed = Lab::defaultSeed(); // the lab's "seed", else defaultSeed()

    QString sourcePath; // file the lab was loaded from (":/labs/…" for bundled labs)

    int totalPoints() const;
    int checkCount() const;
    const LabTask *task(const QString &taskId) const;
};

} // namespace Keyless::Lab
