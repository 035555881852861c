#include "shell/jmespath/functions.h"

#include "shell/jmespath/interpreter.h"
#include "shell/jmespath/jsonutil.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace Keyless::JmesPath {

namespace {

// Arguments reach an implementation only after Interpreter::callFunction() checked arity and types.
using Args = QList<Argument>;

QJsonValue fnAbs(Interpreter &, const Args &a)
{
    return makeNumber(std::fabs(a[0].value.toDouble()));
}

QJsonValue fnAvg(Interpreter &, const Args &a)
{
    const QJsonArray array = a[0].value.toArray();
    if (array.isEmpty())
        return QJsonValue();
    double sum = 0;
    for (const QJsonValue &v : array)
        sum += v.toDouble();
    return makeNumber(sum / double(array.size()));
}

QJsonValue fnCeil(Interpreter &, const Args &a)
{
    return makeNumber(std::ceil(a[0].value.toDouble()));
}

QJsonValue fnFloor(Interpreter &, const Args &a)
{
    return makeNumber(std::floor(a[0].value.toDouble()));
}

QJsonValue fnContains(Interpreter &, const Args &a)
{
    const QJsonValue &subject = a[0].value;
    const QJsonValue &search = a[1].value;
    if (subject.isString())
        return search.isString() && subject.toString().contains(search.toString());
    for (const QJsonValue &element : subject.toArray()) {
        if (jsonEqual(element, search))
            return true;
    }
    return false;
}

QJsonValue fnEndsWith(Interpreter &, const Args &a)
{
    return a[0].value.toString().endsWith(a[1].value.toString());
}

QJsonValue fnStartsWith(Interpreter &, const Args &a)
{
    return a[0].value.toString().startsWith(a[1].value.toString());
}

QJsonValue fnJoin(Interpreter &, const Args &a)
{
    QStringList parts;
    for (const QJsonValue &v : a[1].value.toArray())
        parts.append(v.toString());
    return parts.join(a[0].value.toString());
}

QJsonValue fnKeys(Interpreter &, const Args &a)
{
    return QJsonArray::fromStringList(a[0].value.toObject().keys());
}

QJsonValue fnValues(Interpreter &, const Args &a)
{
    const QJsonObject object = a[0].value.toObject();
    QJsonArray out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        out.append(it.value());
    return out;
}

QJsonValue fnLength(Interpreter &, const Args &a)
{
    const QJsonValue &v = a[0].value;
    if (v.isString())
        return qint64(codePointLength(v.toString()));
    if (v.isArray())
        return qint64(v.toArray().size());
    return qint64(v.toObject().size());
}

QJsonValue fnMap(Interpreter &interpreter, const Args &a)
{
    QJsonArray out;
    for (const QJsonValue &element : a[1].value.toArray())
        out.append(interpreter.visit(*a[0].expref, element));
    return out;
}

// Orders two values already known to be both numbers or both strings.
bool lessThan(const QJsonValue &x, const QJsonValue &y)
{
    if (x.isDouble())
        return x.toDouble() < y.toDouble();
    return compareCodePoints(x.toString(), y.toString()) < 0;
}

QJsonValue fnMax(Interpreter &, const Args &a)
{
    const QJsonArray array = a[0].value.toArray();
    if (array.isEmpty())
        return QJsonValue();
    QJsonValue best = array.first();
    for (const QJsonValue &v : array) {
        if (lessThan(best, v))
            best = v;
    }
    return best;
}

QJsonValue fnMin(Interpreter &, const Args &a)
{
    const QJsonArray array = a[0].value.toArray();
    if (array.isEmpty())
        return QJsonValue();
    QJsonValue best = array.first();
    for (const QJsonValue &v : array) {
        if (lessThan(v, best))
            best = v;
    }
    return best;
}

// Evaluates the key expression of sort_by/min_by/max_by on every element; all keys must be numbers,
// or all strings (the type of the first key). Messages as python-jmespath words them: sort_by names
// the first element when its key has the wrong type; the *_by functions otherwise name the key.
QList<QJsonValue> sortKeys(Interpreter &interpreter, const char *function, const QJsonArray &array, const Node &expref)
{
    const bool isSortBy = qstrcmp(function, "sort_by") == 0;
    QList<QJsonValue> keys;
    keys.reserve(array.size());
    QString required;
    for (const QJsonValue &element : array) {
        QJsonValue key = interpreter.visit(expref, element);
        const QString type = typeName(key);
        if (required.isEmpty()) {
            if (type != QStringLiteral("number") && type != QStringLiteral("string")) {
                if (isSortBy)
                    Interpreter::typeError(function, element, type,
                                           {QStringLiteral("string"), QStringLiteral("number")});
                Interpreter::typeError(function, key, type, {QStringLiteral("number"), QStringLiteral("string")});
            }
            required = type;
        } else if (type != required) {
            Interpreter::typeError(function, key, type, {required});
        }
        keys.append(key);
    }
    return keys;
}

QJsonValue extremeBy(Interpreter &interpreter, const Args &a, const char *function, bool wantMax)
{
    const QJsonArray array = a[0].value.toArray();
    if (array.isEmpty())
        return QJsonValue();
    const QList<QJsonValue> keys = sortKeys(interpreter, function, array, *a[1].expref);
    qsizetype best = 0;
    for (qsizetype i = 1; i < keys.size(); ++i) {
        if (wantMax ? lessThan(keys[best], keys[i]) : lessThan(keys[i], keys[best]))
            best = i;
    }
    return array.at(best);
}

QJsonValue fnMaxBy(Interpreter &interpreter, const Args &a)
{
    return extremeBy(interpreter, a, "max_by", true);
}

QJsonValue fnMinBy(Interpreter &interpreter, const Args &a)
{
    return extremeBy(interpreter, a, "min_by", false);
}

QJsonValue fnMerge(Interpreter &, const Args &a)
{
    QJsonObject out;
    for (const Argument &arg : a) {
        const QJsonObject object = arg.value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.insert(it.key(), it.value());
    }
    return out;
}

QJsonValue fnNotNull(Interpreter &, const Args &a)
{
    for (const Argument &arg : a) {
        if (!arg.value.isNull())
            return arg.value;
    }
    return QJsonValue();
}

QJsonValue fnReverse(Interpreter &, const Args &a)
{
    const QJsonValue &v = a[0].value;
    if (v.isString()) {
        QList<uint> codePoints = v.toString().toUcs4();
        std::reverse(codePoints.begin(), codePoints.end());
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(codePoints.constData()), codePoints.size());
    }
    const QJsonArray array = v.toArray();
    QJsonArray out;
    for (qsizetype i = array.size() - 1; i >= 0; --i)
        out.append(array.at(i));
    return out;
}

QJsonValue fnSort(Interpreter &, const Args &a)
{
    const QJsonArray array = a[0].value.toArray();
    QList<QJsonValue> values;
    values.reserve(array.size());
    for (const QJsonValue &v : array)
        values.append(v);
    std::stable_sort(values.begin(), values.end(), lessThan);
    QJsonArray out;
    for (const QJsonValue &v : values)
        out.append(v);
    return out;
}

QJsonValue fnSortBy(Interpreter &interpreter, const Args &a)
{
    const QJsonArray array = a[0].value.toArray();
    if (array.isEmpty())
        return array;
    const QList<QJsonValue> keys = sortKeys(interpreter, "sort_by", array, *a[1].expref);
    QList<qsizetype> order(array.size());
    for (qsizetype i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&keys](qsizetype x, qsizetype y) { return lessThan(keys[x], keys[y]); });
    QJsonArray out;
    for (const qsizetype i : order)
        out.append(array.at(i));
    return out;
}

QJsonValue fnSum(Interpreter &, const Args &a)
{
    double sum = 0;
    for (const QJsonValue &v : a[0].value.toArray())
        sum += v.toDouble();
    return makeNumber(sum);
}

QJsonValue fnToArray(Interpreter &, const Args &a)
{
    if (a[0].value.isArray())
        return a[0].value;
    return QJsonArray{a[0].value};
}

QJsonValue fnToString(Interpreter &, const Args &a)
{
    if (a[0].value.isString())
        return a[0].value;
    return toJsonText(a[0].value);
}

QJsonValue fnToNumber(Interpreter &, const Args &a)
{
    const QJsonValue &v = a[0].value;
    if (v.isDouble())
        return v;
    if (!v.isString())
        return QJsonValue();
    const QString text = v.toString().trimmed();
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double d = text.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return QJsonValue();
    return makeNumber(d);
}

QJsonValue fnType(Interpreter &, const Args &a)
{
    return typeName(a[0].value);
}

const QList<FunctionSpec> &functionTable()
{
    static const QList<FunctionSpec> table = {
        {"abs", {{TypeNumber, "number"}}, false, fnAbs},
        {"avg", {{TypeArrayNumber, "array-number"}}, false, fnAvg},
        {"ceil", {{TypeNumber, "number"}}, false, fnCeil},
        {"contains", {{TypeArray | TypeString, "array,string"}, {TypeAny, ""}}, false, fnContains},
        {"ends_with", {{TypeString, "string"}, {TypeString, "string"}}, false, fnEndsWith},
        {"floor", {{TypeNumber, "number"}}, false, fnFloor},
        {"join", {{TypeString, "string"}, {TypeArrayString, "array-string"}}, false, fnJoin},
        {"keys", {{TypeObject, "object"}}, false, fnKeys},
        {"length", {{TypeString | TypeArray | TypeObject, "string,array,object"}}, false, fnLength},
        {"map", {{TypeExpRef, "expref"}, {TypeArray, "array"}}, false, fnMap},
        {"max", {{TypeArrayNumber | TypeArrayString, "array-number,array-string"}}, false, fnMax},
        {"max_by", {{TypeArray, "array"}, {TypeExpRef, "expref"}}, false, fnMaxBy},
        {"merge", {{TypeObject, "object"}}, true, fnMerge},
        {"min", {{TypeArrayNumber | TypeArrayString, "array-number,array-string"}}, false, fnMin},
        {"min_by", {{TypeArray, "array"}, {TypeExpRef, "expref"}}, false, fnMinBy},
        {"not_null", {{TypeAny, ""}}, true, fnNotNull},
        {"reverse", {{TypeArray | TypeString, "array,string"}}, false, fnReverse},
        {"sort", {{TypeArrayNumber | TypeArrayString, "array-string,array-number"}}, false, fnSort},
        {"sort_by", {{TypeArray, "array"}, {TypeExpRef, "expref"}}, false, fnSortBy},
        {"starts_with", {{TypeString, "string"}, {TypeString, "string"}}, false, fnStartsWith},
        {"sum", {{TypeArrayNumber, "array-number"}}, false, fnSum},
        {"to_array", {{TypeAny, ""}}, false, fnToArray},
        {"to_number", {{TypeAny, ""}}, false, fnToNumber},
        {"to_string", {{TypeAny, ""}}, false, fnToString},
        {"type", {{TypeAny, ""}}, false, fnType},
        {"values", {{TypeObject, "object"}}, false, fnValues},
    };
    return table;
}

} // namespace

const FunctionSpec *findFunction(const QString &name)
{
    for (const FunctionSpec &spec : functionTable()) {
        if (name == QLatin1String(spec.name))
            return &spec;
    }
    return nullptr;
}

} // namespace Keyless::JmesPath
