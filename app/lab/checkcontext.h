#pragma once

#include "sim/workloadrunner.h"

#include <QHash>
#include <QString>

namespace Keyless::Sim {
class World;
}

namespace Keyless::Lab {

// What a check reads: the current world and the part of its trace the learner produced (events from
// index traceBegin on; fault setup before it does not count). Checks never change the world.
struct CheckContext {
    const Sim::World &world;
    int traceBegin = 0;
    // Results of invoking a resource's code during one evaluation, by resource id: several checks
    // about the same app then share one run (the world does not change between them).
    QHash<QString, Sim::WorkloadResult> *invocations = nullptr;
};

} // namespace Keyless::Lab
