#pragma once

#include "lab/labdefinition.h"
#include "lab/labnames.h"
#include "sim/world.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Lab {

class CheckRegistry;

// A problem found in a lab's world or references; `pointer` is a JSON pointer into the lab file.
struct WorldProblem {
    QString pointer;
    QString message;
};

// A lab's initial world for one seed, before faults are applied.
struct LabInstance {
    Sim::World world;
    LabNames names;
    QStringList errors; // from World::fromJson, "resources[2].type: …"
};

// The bridge between a lab file and app/sim: builds the world with the randomised names and checks
// that every resource, principal and scope a check names exists in it.
class LabWorld final
{
public:
    // The world's own "seed" (or the lab id) combined with the attempt seed, so every learner's ids differ.
    static LabInstance instantiate(const LabDefinition &lab, quint64 seed);

    // Builds the world once (with the lab's default seed) and resolves every reference parameter.
    static QList<WorldProblem> validate(const LabDefinition &lab, const CheckRegistry &registry);

    // Parse errors of a console script ("line 3: …"); empty when it parses.
    static QStringList parseScript(const QString &script);

    // "resources[2].type" (app/sim's error path) → "/resources/2/type".
    static QString pointerFromSimPath(const QString &path);
};

} // namespace Keyless::Lab
