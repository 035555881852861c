#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <memory>

namespace Keyless::JmesPath {

struct Node;

// The error names of the JMESPath compliance suite.
enum class ErrorKind {
    None,
    Syntax,          // compile time only
    InvalidType,     // evaluation: wrong argument type for a function
    InvalidValue,    // evaluation: a slice with step 0
    InvalidArity,    // evaluation: wrong number of function arguments
    UnknownFunction, // evaluation: no such function
};

// "syntax", "invalid-type", ... as the compliance suite spells them; empty for None.
QString errorKindName(ErrorKind kind);

// Outcome of Expression::evaluate().
struct Result {
    QJsonValue value; // Null on error
    QString error;    // empty on success
    ErrorKind kind = ErrorKind::None;
    bool ok() const { return kind == ErrorKind::None; }
};

class Expression;

// Outcome of Expression::compile(). On a syntax error `position` is the offset (in UTF-16 code units)
// of the offending token in the expression text.
struct CompileResult;

/*
 * A compiled JMESPath expression (https://jmespath.org/specification.html), evaluated over QJsonValue.
 *
 * Contract, modelled on python-jmespath, which az uses:
 *  - compile() reports only syntax errors (ErrorKind::Syntax). az turns those into the argparse error
 *      ERROR: argument --query: invalid jmespath_type value: '<expression>'
 *  - evaluate() reports unknown functions, arity, type and value errors, as python-jmespath does at
 *    search time; Result::error then carries python-jmespath's wording (e.g. "Unknown function: foo()",
 *    "In function length(), invalid type for value: None, expected one of: ['string', 'array',
 *    'object'], received: \"null\""), which az prints as
 *      ERROR: Invalid jmespath query supplied for `--query`: <Result::error>
 *      To learn more about --query, please visit: 'https://learn.microsoft.com/cli/azure/query-azure-cli'
 *  - Numbers keep their integer representation where the input had one; computed integral results
 *    (length, sum of integers, abs, ceil, floor) are integers, so serialising prints `1`, not `1.0`.
 *  - QJsonObject sorts its keys. az (knack) prints the objects a multiselect hash builds
 *    (`{Name:name, ID:id}`) in query order in `-o tsv` and `-o table`, other objects sorted, and sorts
 *    all keys in `-o json`. keysInQueryOrder() gives the tsv/table order back.
 *
 * An Expression is an immutable value: cheap to copy, safe to evaluate from several threads.
 */
class Expression final
{
public:
    Expression() = default; // invalid; evaluate() returns Null

    static CompileResult compile(const QString &expression);

    bool isValid() const { return m_root != nullptr; }
    QString text() const { return m_text; }

    Result evaluate(const QJsonValue &data) const;

    // The keys of `object` in the order az prints them: the key order of the multiselect hash in this
    // expression that has exactly these keys, otherwise sorted (as az prints plain dictionaries).
    QStringList keysInQueryOrder(const QJsonObject &object) const;

    // Key lists of every multiselect hash in the expression, in source order.
    const QList<QStringList> &hashKeyOrders() const { return m_hashKeyOrders; }

private:
    QString m_text;
    // Shared, immutable AST: copies of an Expression share it.
    std::shared_ptr<const Node> m_root;
    QList<QStringList> m_hashKeyOrders;
};

struct CompileResult {
    Expression expression; // valid on success
    QString error;         // empty on success
    ErrorKind kind = ErrorKind::None;
    qsizetype position = -1;
    bool ok() const { return kind == ErrorKind::None; }
};

// Compile and evaluate in one step; a syntax error comes back as a Result with ErrorKind::Syntax.
Result search(const QString &expression, const QJsonValue &data);

} // namespace Keyless::JmesPath
