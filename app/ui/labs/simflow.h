#pragma once

#include "ui/labs/flowtrace.h"

#include <QJsonArray>
#include <QList>

namespace Keyless::Sim {
struct TraceEvent;
}

namespace Keyless::Ui::Labs {

// Turns the simulator's trace (app/sim/README.md §d) into the flow view's model: participants with roles
// from the node ids ("imds:<vm>", "msi:<site>", "entra", "arm", "laptop", resource names) and their ARM
// ids, identity badges inferred from the tokens in the trace, HTTP request/response text, the decoded
// JWT and the authorization decision from the event details. Control-plane and note events are left out
// unless `includeControlPlane` is set: the diagram is about the authentication flow.
FlowTrace flowTraceFromSim(const QList<Sim::TraceEvent> &events, bool includeControlPlane = false);
// The same from the trace's JSON form (Trace::toJson), e.g. a golden file.
FlowTrace flowTraceFromSimJson(const QJsonArray &events, bool includeControlPlane = false);

} // namespace Keyless::Ui::Labs
