#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace Keyless::JmesPath {

enum class TokenType {
    UnquotedIdentifier,
    QuotedIdentifier,
    Number,
    Literal, // `json` and 'raw string'
    Dot,
    Star,
    LBracket,
    RBracket,
    Flatten, // []
    Filter,  // [?
    LBrace,
    RBrace,
    LParen,
    RParen,
    Comma,
    Colon,
    Pipe,
    Or,
    And,
    Not,
    ExpRef,
    Current,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    End,
};

struct Token {
    TokenType type = TokenType::End;
    QString text;      // identifier name (unescaped), or the lexeme for messages
    QJsonValue value;  // Literal
    qint64 number = 0; // Number
    qsizetype position = 0;
};

struct LexResult {
    QList<Token> tokens; // ends with an End token on success
    QString error;       // empty on success
    qsizetype errorPosition = -1;
};

// Splits a JMESPath expression into tokens (python-jmespath's lexer rules, including the deprecated
// fallback that reads an invalid JSON literal such as `foo` as a string).
LexResult tokenize(const QString &expression);

// Parses JSON text holding any JSON value (not only objects and arrays), with surrounding whitespace.
// Empty if `text` is not exactly one JSON value.
std::optional<QJsonValue> parseJsonValue(const QString &text);

// Decodes the inside of a JSON string literal (escapes, surrogate pairs); empty if malformed.
std::optional<QString> decodeJsonString(QStringView body);

QString tokenTypeName(TokenType type);

} // namespace Keyless::JmesPath
