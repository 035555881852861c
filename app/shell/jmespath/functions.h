#pragma once

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace Keyless::JmesPath {

struct Node;
class Interpreter;

// Argument types of the built-in functions (a parameter accepts a union of them).
enum ArgType : unsigned {
    TypeNumber = 1u << 0,
    TypeString = 1u << 1,
    TypeBoolean = 1u << 2,
    TypeArray = 1u << 3,
    TypeObject = 1u << 4,
    TypeNull = 1u << 5,
    TypeExpRef = 1u << 6,
    TypeArrayNumber = 1u << 7, // an array whose elements are all numbers
    TypeArrayString = 1u << 8, // an array whose elements are all strings
    TypeAny = TypeNumber | TypeString | TypeBoolean | TypeArray | TypeObject | TypeNull,
};

// A function argument: a JSON value, or an expression reference (&expr) to evaluate later.
struct Argument {
    QJsonValue value;
    const Node *expref = nullptr;
};

using FunctionImpl = QJsonValue (*)(Interpreter &interpreter, const QList<Argument> &args);

struct Parameter {
    unsigned types;    // ArgType bits
    const char *names; // python-jmespath's signature list, for messages: "array-string,array-number"
};

struct FunctionSpec {
    const char *name;
    QList<Parameter> parameters; // a variadic function repeats its last parameter
    bool variadic;
    FunctionImpl impl;
};

// The built-in function with this name, or null (the error is raised when the call is evaluated).
const FunctionSpec *findFunction(const QString &name);

} // namespace Keyless::JmesPath
