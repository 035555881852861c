#pragma once

#include "ui/labs/flowtrace.h"

namespace Keyless::Ui::Labs {

// The canonical successful runs for the lessons' "how it works" step. Both are produced by running the
// simulator on a small world (a VM reading a blob through IMDS; a Function App reading a Key Vault secret
// through the App Service identity endpoint), so the lesson, the diagram and a lab cannot disagree.
FlowTrace canonicalImdsFlow();
FlowTrace canonicalAppServiceFlow();
// The world JSON each run uses (app/sim/README.md §a), for tests and for the curious.
QByteArray canonicalImdsWorld();
QByteArray canonicalAppServiceWorld();

} // namespace Keyless::Ui::Labs
