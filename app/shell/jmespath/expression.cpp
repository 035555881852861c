#include "shell/jmespath/expression.h"

#include "shell/jmespath/interpreter.h"
#include "shell/jmespath/parser.h"

#include <QSet>

#include <algorithm>

namespace Keyless::JmesPath {

namespace {

void collectHashKeys(const Node &node, QList<QStringList> &out)
{
    if (node.type == NodeType::MultiSelectHash && !out.contains(node.keys))
        out.append(node.keys);
    for (const auto &child : node.children)
        collectHashKeys(*child, out);
}

} // namespace

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None:
        break;
    case ErrorKind::Syntax:
        return QStringLiteral("syntax");
    case ErrorKind::InvalidType:
        return QStringLiteral("invalid-type");
    case ErrorKind::InvalidValue:
        return QStringLiteral("invalid-value");
    case ErrorKind::InvalidArity:
        return QStringLiteral("invalid-arity");
    case ErrorKind::UnknownFunction:
        return QStringLiteral("unknown-function");
    }
    return {};
}

CompileResult Expression::compile(const QString &expression)
{
    CompileResult result;
    ParseResult parsed = parse(expression);
    if (!parsed.root) {
        result.kind = ErrorKind::Syntax;
        result.error = parsed.error;
        result.position = parsed.position;
        return result;
    }
    result.expression.m_text = expression;
    collectHashKeys(*parsed.root, result.expression.m_hashKeyOrders);
    result.expression.m_root = std::shared_ptr<const Node>(std::move(parsed.root));
    return result;
}

Result Expression::evaluate(const QJsonValue &data) const
{
    Result result;
    if (!m_root)
        return result;
    try {
        Interpreter interpreter;
        result.value = interpreter.visit(*m_root, data.isUndefined() ? QJsonValue() : data);
        if (result.value.isUndefined())
            result.value = QJsonValue();
    } catch (const EvaluationError &error) {
        result.value = QJsonValue();
        result.kind = error.kind;
        result.error = error.message;
    }
    return result;
}

QStringList Expression::keysInQueryOrder(const QJsonObject &object) const
{
    const QStringList sorted = object.keys();
    for (const QStringList &order : m_hashKeyOrders) {
        if (order.size() != sorted.size())
            continue;
        QStringList candidate = order;
        std::sort(candidate.begin(), candidate.end());
        if (candidate == sorted)
            return order;
    }
    return sorted;
}

Result search(const QString &expression, const QJsonValue &data)
{
    const CompileResult compiled = Expression::compile(expression);
    if (!compiled.ok()) {
        Result result;
        result.kind = compiled.kind;
        result.error = compiled.error;
        return result;
    }
    return compiled.expression.evaluate(data);
}

} // namespace Keyless::JmesPath
