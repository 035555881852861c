#pragma once

namespace Keyless::Sim {
class World;
}

namespace Keyless::Lab {

// What a check reads: the current world and the part of its trace the learner produced (events from
// index traceBegin on; fault setup before it does not count). Checks never change the world.
struct CheckContext {
    const Sim::World &world;
    int traceBegin = 0;
};

} // namespace Keyless::Lab
