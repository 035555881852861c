#include "shell/jmespath/interpreter.h"

#include "shell/jmespath/functions.h"
#include "shell/jmespath/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Keyless::JmesPath {

namespace {

// Python's slice.indices() semantics.
QJsonArray sliceArray(const QJsonArray &array, const Node &node)
{
    const qint64 n = array.size();
    const qint64 step = node.sliceStep.value_or(1);
    if (step == 0)
        Interpreter::fail(ErrorKind::InvalidValue, QStringLiteral("Invalid value: slice step cannot be 0"));
    const auto clamp = [n, step](std::optional<qint64> v, qint64 fallback) -> qint64 {
        if (!v)
            return fallback;
        qint64 x = *v;
        if (x < 0) {
            x += n;
            if (x < 0)
                x = step < 0 ? -1 : 0;
        } else if (x >= n) {
            x = step < 0 ? n - 1 : n;
        }
        return x;
    };
    const qint64 start = clamp(node.sliceStart, step < 0 ? n - 1 : 0);
    const qint64 stop = clamp(node.sliceStop, step < 0 ? -1 : n);
    QJsonArray out;
    if (step > 0) {
        for (qint64 i = start; i < stop; i += step)
            out.append(array.at(i));
    } else {
        for (qint64 i = start; i > stop; i += step)
            out.append(array.at(i));
    }
    return out;
}

std::optional<int> orderOf(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble()) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (a.isString() && b.isString())
        return compareCodePoints(a.toString(), b.toString());
    return std::nullopt;
}

} // namespace

void Interpreter::fail(ErrorKind kind, const QString &message)
{
    throw EvaluationError{kind, message};
}

void Interpreter::typeError(const char *function, const QJsonValue &value, const QString &actualType,
                            const QStringList &expected)
{
    QStringList quoted;
    for (const QString &type : expected)
        quoted.append(u'\'' + type + u'\'');
    fail(ErrorKind::InvalidType,
         QStringLiteral("In function %1(), invalid type for value: %2, expected one of: [%3], received: \"%4\"")
             .arg(QLatin1String(function), pythonRepr(value), quoted.join(QStringLiteral(", ")), actualType));
}

QJsonValue Interpreter::visit(const Node &node, const QJsonValue &value)
{
    switch (node.type) {
    case NodeType::Current:
        return value;
    case NodeType::Field:
        if (value.isObject()) {
            QJsonValue field = value.toObject().value(node.name);
            return field.isUndefined() ? QJsonValue() : field;
        }
        return QJsonValue();
    case NodeType::Subexpression: {
        QJsonValue result = value;
        for (const auto &child : node.children)
            result = visit(*child, result);
        return result;
    }
    case NodeType::Index: {
        const QJsonValue base = visit(*node.children[0], value);
        if (!base.isArray())
            return QJsonValue();
        const QJsonArray array = base.toArray();
        const qint64 i = node.index < 0 ? node.index + array.size() : node.index;
        if (i < 0 || i >= array.size())
            return QJsonValue();
        return array.at(i);
    }
    case NodeType::Slice:
        if (!value.isArray()) {
            if (node.sliceStep.value_or(1) == 0)
                fail(ErrorKind::InvalidValue, QStringLiteral("Invalid value: slice step cannot be 0"));
            return QJsonValue();
        }
        return sliceArray(value.toArray(), node);
    case NodeType::Projection: {
        const QJsonValue base = visit(*node.children[0], value);
        if (!base.isArray())
            return QJsonValue();
        const Node &rhs = *node.children[1];
        // Null results are dropped, also for the identity right-hand side: `[*]`, `[:]` and `[]` on
        // [1, null] give [1].
        QJsonArray out;
        for (const QJsonValue &element : base.toArray()) {
            QJsonValue projected = visit(rhs, element);
            if (!projected.isNull())
                out.append(projected);
        }
        return out;
    }
    case NodeType::ValueProjection: {
        const QJsonValue base = visit(*node.children[0], value);
        if (!base.isObject())
            return QJsonValue();
        const Node &rhs = *node.children[1];
        const QJsonObject object = base.toObject();
        QJsonArray out;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QJsonValue projected = visit(rhs, it.value());
            if (!projected.isNull())
                out.append(projected);
        }
        return out;
    }
    case NodeType::Flatten: {
        const QJsonValue base = visit(*node.children[0], value);
        if (!base.isArray())
            return QJsonValue();
        QJsonArray out;
        for (const QJsonValue &element : base.toArray()) {
            if (element.isArray()) {
                for (const QJsonValue &inner : element.toArray())
                    out.append(inner);
            } else {
                out.append(element);
            }
        }
        return out;
    }
    case NodeType::FilterProjection: {
        const QJsonValue base = visit(*node.children[0], value);
        if (!base.isArray())
            return QJsonValue();
        const Node &rhs = *node.children[1];
        const Node &condition = *node.children[2];
        QJsonArray out;
        for (const QJsonValue &element : base.toArray()) {
            if (!isTruthy(visit(condition, element)))
                continue;
            QJsonValue projected = visit(rhs, element);
            if (!projected.isNull())
                out.append(projected);
        }
        return out;
    }
    case NodeType::MultiSelectList: {
        if (value.isNull())
            return QJsonValue();
        QJsonArray out;
        for (const auto &child : node.children)
            out.append(visit(*child, value));
        return out;
    }
    case NodeType::MultiSelectHash: {
        if (value.isNull())
            return QJsonValue();
        QJsonObject out;
        for (size_t i = 0; i < node.children.size(); ++i)
            out.insert(node.keys.at(qsizetype(i)), visit(*node.children[i], value));
        return out;
    }
    case NodeType::Literal:
        return node.literal;
    case NodeType::Pipe:
        return visit(*node.children[1], visit(*node.children[0], value));
    case NodeType::Or: {
        QJsonValue left = visit(*node.children[0], value);
        return isTruthy(left) ? left : visit(*node.children[1], value);
    }
    case NodeType::And: {
        QJsonValue left = visit(*node.children[0], value);
        return isTruthy(left) ? visit(*node.children[1], value) : left;
    }
    case NodeType::Not:
        return !isTruthy(visit(*node.children[0], value));
    case NodeType::Comparator: {
        const QJsonValue left = visit(*node.children[0], value);
        const QJsonValue right = visit(*node.children[1], value);
        switch (node.comparison) {
        case Comparison::Equal:
            return jsonEqual(left, right);
        case Comparison::NotEqual:
            return !jsonEqual(left, right);
        default:
            break;
        }
        // Ordering: numbers, and strings as python-jmespath (and so az) allows; anything else is null.
        const std::optional<int> order = orderOf(left, right);
        if (!order)
            return QJsonValue();
        switch (node.comparison) {
        case Comparison::Less:
            return *order < 0;
        case Comparison::LessOrEqual:
            return *order <= 0;
        case Comparison::Greater:
            return *order > 0;
        case Comparison::GreaterOrEqual:
            return *order >= 0;
        default:
            return QJsonValue();
        }
    }
    case NodeType::Function:
        return callFunction(node, value);
    case NodeType::ExpRef:
        // Only meaningful as a function argument (handled in callFunction); elsewhere it has no value.
        return QJsonValue();
    }
    return QJsonValue();
}

QJsonValue Interpreter::callFunction(const Node &node, const QJsonValue &value)
{
    QList<Argument> args;
    args.reserve(qsizetype(node.children.size()));
    for (const auto &child : node.children) {
        if (child->type == NodeType::ExpRef)
            args.append(Argument{QJsonValue(), child->children[0].get()});
        else
            args.append(Argument{visit(*child, value), nullptr});
    }
    const FunctionSpec *spec = node.function;
    if (!spec)
        fail(ErrorKind::UnknownFunction, QStringLiteral("Unknown function: %1()").arg(node.name));

    const qsizetype expected = spec->parameters.size();
    const auto plural = [](qsizetype n) {
        return n == 1 ? QStringLiteral("argument") : QStringLiteral("arguments");
    };
    if (spec->variadic && args.size() < expected)
        fail(ErrorKind::InvalidArity, QStringLiteral("Expected at least %1 %2 for function %3(), received %4")
                                          .arg(expected)
                                          .arg(plural(expected), node.name)
                                          .arg(args.size()));
    if (!spec->variadic && args.size() != expected)
        fail(ErrorKind::InvalidArity, QStringLiteral("Expected %1 %2 for function %3(), received %4")
                                          .arg(expected)
                                          .arg(plural(expected), node.name)
                                          .arg(args.size()));

    const QByteArray fname = node.name.toUtf8();
    for (qsizetype i = 0; i < args.size(); ++i) {
        const Parameter &parameter = spec->parameters.at(qMin(i, expected - 1));
        const unsigned allowed = parameter.types;
        QStringList names = QString::fromLatin1(parameter.names).split(u',', Qt::SkipEmptyParts);
        if (names.isEmpty())
            names.append(QStringLiteral("any"));
        const Argument &arg = args.at(i);

        if (arg.expref) {
            if (!(allowed & TypeExpRef))
                typeError(fname.constData(), QJsonValue(QStringLiteral("<expression reference>")),
                          QStringLiteral("expref"), names);
            continue;
        }
        const QJsonValue &v = arg.value;
        unsigned actual = TypeNull;
        switch (v.type()) {
        case QJsonValue::Double:
            actual = TypeNumber;
            break;
        case QJsonValue::String:
            actual = TypeString;
            break;
        case QJsonValue::Bool:
            actual = TypeBoolean;
            break;
        case QJsonValue::Array:
            actual = TypeArray;
            break;
        case QJsonValue::Object:
            actual = TypeObject;
            break;
        default:
            break;
        }
        if (allowed & actual)
            continue;
        if (actual == TypeArray && (allowed & (TypeArrayNumber | TypeArrayString))) {
            // Typed arrays: all elements must share one of the allowed element types (that of the first).
            // python-jmespath names the element's Python type here ("str", "NoneType"), not the JMESPath one.
            const QJsonArray array = v.toArray();
            if (array.isEmpty())
                continue;
            const bool numbers = (allowed & TypeArrayNumber) && array.first().isDouble();
            const bool strings = (allowed & TypeArrayString) && array.first().isString();
            if (!numbers && !strings)
                typeError(fname.constData(), array.first(), pythonTypeName(array.first()), names);
            for (const QJsonValue &element : array) {
                if ((numbers && !element.isDouble()) || (strings && !element.isString()))
                    typeError(fname.constData(), element, pythonTypeName(element), names);
            }
            continue;
        }
        typeError(fname.constData(), v, typeName(v), names);
    }
    return spec->impl(*this, args);
}

} // namespace Keyless::JmesPath
