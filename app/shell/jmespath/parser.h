#pragma once

#include "shell/jmespath/node.h"

#include <QString>

#include <memory>

namespace Keyless::JmesPath {

struct ParseResult {
    std::unique_ptr<Node> root; // null on error
    QString error;
    qsizetype position = -1;
};

// Top-down operator precedence (Pratt) parser with python-jmespath's binding powers, so that
// projections stop exactly where the reference implementation stops them.
ParseResult parse(const QString &expression);

} // namespace Keyless::JmesPath
