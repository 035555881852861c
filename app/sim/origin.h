#pragma once

#include <QString>

namespace Keyless::Sim {

// Where a simulated request comes from: the learner's laptop (the console outside any resource) or code running on
// a compute resource (a VM, a Web App or Function App), which decides which identity endpoint is reachable.
struct Origin {
    enum class Kind { Laptop, Resource };
    Kind kind = Kind::Laptop;
    QString resourceId; // ARM id of the compute resource when kind == Resource

    static Origin laptop() { return {}; }
    static Origin resource(const QString &id) { return {Kind::Resource, id}; }
    bool isLaptop() const { return kind == Kind::Laptop; }
};

} // namespace Keyless::Sim
