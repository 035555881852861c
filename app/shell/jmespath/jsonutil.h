#pragma once

#include <QJsonValue>
#include <QString>

namespace Keyless::JmesPath {

// JMESPath type name: "number", "string", "boolean", "array", "object" or "null".
QString typeName(const QJsonValue &value);

// JMESPath truthiness: false, null, "", [] and {} are false; everything else (including 0) is true.
bool isTruthy(const QJsonValue &value);

// Structural equality; numbers compare by value (1 == 1.0), booleans never equal numbers.
bool jsonEqual(const QJsonValue &a, const QJsonValue &b);

// Orders strings by Unicode code point (as Python does), not by UTF-16 code unit.
int compareCodePoints(const QString &a, const QString &b);

// Number of Unicode code points.
qsizetype codePointLength(const QString &s);

// A number as a QJsonValue; whole values within +-2^53 are stored as integers so they print as `1`.
QJsonValue makeNumber(double d);

// Compact JSON text (`[0,1]`, `{"a":1}`, `"x"`, `1.5`, `null`), as to_string() produces it.
QString toJsonText(const QJsonValue &value);

// Name of the equivalent Python type: "int", "float", "str", "bool", "list", "dict" or "NoneType".
QString pythonTypeName(const QJsonValue &value);

// Python repr() of the equivalent Python value (None, True, 'x', [1, 2], {'a': 1}), as python-jmespath
// error messages show values.
QString pythonRepr(const QJsonValue &value);

} // namespace Keyless::JmesPath
