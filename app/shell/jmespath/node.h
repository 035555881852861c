#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace Keyless::JmesPath {

struct FunctionSpec;

enum class NodeType {
    Current,          // @, also the implicit right-hand side of a projection
    Field,            // name
    Subexpression,    // children evaluated left to right, each on the previous result
    Index,            // [n] on children[0]'s result
    Slice,            // [a:b:c] on the current value
    Projection,       // children[0] projected through children[1] (list wildcard, slice, flatten)
    ValueProjection,  // *: children[0]'s object values projected through children[1]
    Flatten,          // children[0] flattened one level
    FilterProjection, // children[0] filtered by children[2], projected through children[1]
    MultiSelectList,  // [a, b]
    MultiSelectHash,  // {k: a, l: b}; keys in `keys`
    Literal,          // `json` or 'raw'
    Pipe,             // children[0] | children[1]
    Or,
    And,
    Not,
    Comparator, // children[0] <op> children[1]
    Function,   // name(children...)
    ExpRef,     // &children[0]
};

enum class Comparison { Equal, NotEqual, Less, LessOrEqual, Greater, GreaterOrEqual };

// One AST node. Plain data; the parser builds it, the interpreter only reads it.
struct Node {
    NodeType type = NodeType::Current;
    QString name;                     // Field, Function
    QJsonValue literal;               // Literal
    qint64 index = 0;                 // Index
    std::optional<qint64> sliceStart; // Slice
    std::optional<qint64> sliceStop;  // Slice
    std::optional<qint64> sliceStep;  // Slice
    Comparison comparison = Comparison::Equal;
    QStringList keys;                       // MultiSelectHash, parallel to children
    const FunctionSpec *function = nullptr; // Function: resolved at compile time, null if unknown
    std::vector<std::unique_ptr<Node>> children;
    int depth = 1; // height of this subtree, bounded by the parser

    explicit Node(NodeType t)
        : type(t)
    {
    }
};

} // namespace Keyless::JmesPath
