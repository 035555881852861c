#pragma once

#include "shell/jmespath/expression.h"
#include "shell/jmespath/node.h"

#include <QJsonValue>

namespace Keyless::JmesPath {

// Thrown inside the interpreter and caught by Expression::evaluate(); never crosses the public API.
struct EvaluationError {
    ErrorKind kind = ErrorKind::None;
    QString message;
};

// Tree-walking evaluator over QJsonValue.
class Interpreter final
{
public:
    QJsonValue visit(const Node &node, const QJsonValue &value);

    [[noreturn]] static void fail(ErrorKind kind, const QString &message);
    // python-jmespath's JMESPathTypeError wording.
    [[noreturn]] static void typeError(const char *function, const QJsonValue &value, const QString &actualType,
                                       const QStringList &expected);

private:
    QJsonValue callFunction(const Node &node, const QJsonValue &value);
};

} // namespace Keyless::JmesPath
