#include "shell/jmespath/lexer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Keyless::JmesPath {

namespace {

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || (c >= u'0' && c <= u'9');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isWhitespace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

int hexValue(QChar c)
{
    if (c >= u'0' && c <= u'9')
        return c.unicode() - u'0';
    if (c >= u'a' && c <= u'f')
        return c.unicode() - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c.unicode() - u'A' + 10;
    return -1;
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    LexResult run()
    {
        LexResult result;
        while (true) {
            while (m_pos < m_text.size() && isWhitespace(m_text.at(m_pos)))
                ++m_pos;
            if (m_pos >= m_text.size())
                break;
            Token token;
            token.position = m_pos;
            if (!next(token)) {
                result.error = m_error;
                result.errorPosition = m_errorPos;
                return result;
            }
            result.tokens.append(token);
        }
        Token end;
        end.type = TokenType::End;
        end.position = m_text.size();
        result.tokens.append(end);
        return result;
    }

private:
    bool fail(qsizetype pos, const QString &message)
    {
        m_error = message;
        m_errorPos = pos;
        return false;
    }

    QChar peek(qsizetype offset = 1) const
    {
        const qsizetype at = m_pos + offset;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }

    void simple(Token &token, TokenType type, qsizetype length)
    {
        token.type = type;
        token.text = m_text.mid(m_pos, length);
        m_pos += length;
    }

    // Advances past the closing `delimiter`, skipping backslash-escaped characters; returns the body.
    std::optional<QString> consumeUntil(QChar delimiter)
    {
        const qsizetype start = m_pos;
        ++m_pos; // opening delimiter
        QString body;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == delimiter) {
                ++m_pos;
                return body;
            }
            if (c == u'\\' && m_pos + 1 < m_text.size()) {
                body.append(c);
                body.append(m_text.at(m_pos + 1));
                m_pos += 2;
                continue;
            }
            body.append(c);
            ++m_pos;
        }
        fail(start, QStringLiteral("Unclosed %1 delimiter").arg(delimiter));
        return std::nullopt;
    }

    bool next(Token &token)
    {
        const QChar c = m_text.at(m_pos);
        if (isIdentifierStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isIdentifierPart(m_text.at(m_pos)))
                ++m_pos;
            token.type = TokenType::UnquotedIdentifier;
            token.text = m_text.mid(start, m_pos - start);
            return true;
        }
        if (isDigit(c) || (c == u'-' && isDigit(peek()))) {
            const qsizetype start = m_pos;
            ++m_pos;
            while (m_pos < m_text.size() && isDigit(m_text.at(m_pos)))
                ++m_pos;
            token.type = TokenType::Number;
            token.text = m_text.mid(start, m_pos - start);
            bool ok = false;
            token.number = token.text.toLongLong(&ok);
            if (!ok)
                return fail(start, QStringLiteral("Number out of range: %1").arg(token.text));
            return true;
        }
        switch (c.unicode()) {
        case u'.':
            simple(token, TokenType::Dot, 1);
            return true;
        case u'*':
            simple(token, TokenType::Star, 1);
            return true;
        case u']':
            simple(token, TokenType::RBracket, 1);
            return true;
        case u'{':
            simple(token, TokenType::LBrace, 1);
            return true;
        case u'}':
            simple(token, TokenType::RBrace, 1);
            return true;
        case u'(':
            simple(token, TokenType::LParen, 1);
            return true;
        case u')':
            simple(token, TokenType::RParen, 1);
            return true;
        case u',':
            simple(token, TokenType::Comma, 1);
            return true;
        case u':':
            simple(token, TokenType::Colon, 1);
            return true;
        case u'@':
            simple(token, TokenType::Current, 1);
            return true;
        case u'[':
            if (peek() == u']')
                simple(token, TokenType::Flatten, 2);
            else if (peek() == u'?')
                simple(token, TokenType::Filter, 2);
            else
                simple(token, TokenType::LBracket, 1);
            return true;
        case u'|':
            simple(token, peek() == u'|' ? TokenType::Or : TokenType::Pipe, peek() == u'|' ? 2 : 1);
            return true;
        case u'&':
            simple(token, peek() == u'&' ? TokenType::And : TokenType::ExpRef, peek() == u'&' ? 2 : 1);
            return true;
        case u'!':
            simple(token, peek() == u'=' ? TokenType::NotEqual : TokenType::Not, peek() == u'=' ? 2 : 1);
            return true;
        case u'<':
            simple(token, peek() == u'=' ? TokenType::LessOrEqual : TokenType::Less, peek() == u'=' ? 2 : 1);
            return true;
        case u'>':
            simple(token, peek() == u'=' ? TokenType::GreaterOrEqual : TokenType::Greater, peek() == u'=' ? 2 : 1);
            return true;
        case u'=':
            if (peek() != u'=')
                return fail(m_pos, QStringLiteral("Unknown token '=', did you mean '=='?"));
            simple(token, TokenType::Equal, 2);
            return true;
        case u'"':
            return quotedIdentifier(token);
        case u'\'':
            return rawString(token);
        case u'`':
            return literal(token);
        default:
            return fail(m_pos, QStringLiteral("Unknown token '%1'").arg(c));
        }
    }

    bool quotedIdentifier(Token &token)
    {
        const qsizetype start = m_pos;
        const auto body = consumeUntil(u'"');
        if (!body)
            return false;
        const auto decoded = decodeJsonString(*body);
        if (!decoded)
            return fail(start, QStringLiteral("Invalid quoted identifier: %1").arg(m_text.mid(start, m_pos - start)));
        token.type = TokenType::QuotedIdentifier;
        token.text = *decoded;
        return true;
    }

    bool rawString(Token &token)
    {
        const auto body = consumeUntil(u'\'');
        if (!body)
            return false;
        // Only \' is an escape in a raw string; every other backslash stays as it is.
        QString value = *body;
        value.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        token.type = TokenType::Literal;
        token.text = value;
        token.value = value;
        return true;
    }

    bool literal(Token &token)
    {
        const qsizetype start = m_pos;
        const auto body = consumeUntil(u'`');
        if (!body)
            return false;
        QString json = *body;
        json.replace(QStringLiteral("\\`"), QStringLiteral("`"));
        token.type = TokenType::Literal;
        token.text = json;
        if (const auto value = parseJsonValue(json)) {
            token.value = *value;
            return true;
        }
        // Deprecated (JEP-12) but still accepted by python-jmespath: `foo` means the string "foo".
        qsizetype lead = 0;
        while (lead < json.size() && json.at(lead).isSpace())
            ++lead;
        if (const auto str = decodeJsonString(QStringView(json).mid(lead))) {
            token.value = *str;
            return true;
        }
        return fail(start, QStringLiteral("Bad token %1").arg(m_text.mid(start, m_pos - start)));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_error;
    qsizetype m_errorPos = -1;
};

} // namespace

std::optional<QString> decodeJsonString(QStringView body)
{
    QString out;
    out.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c.unicode() < 0x20)
            return std::nullopt; // JSON forbids raw control characters
        if (c == u'"')
            return std::nullopt;
        if (c != u'\\') {
            out.append(c);
            continue;
        }
        if (++i >= body.size())
            return std::nullopt;
        switch (body.at(i).unicode()) {
        case u'"':
            out.append(u'"');
            break;
        case u'\\':
            out.append(u'\\');
            break;
        case u'/':
            out.append(u'/');
            break;
        case u'b':
            out.append(u'\b');
            break;
        case u'f':
            out.append(u'\f');
            break;
        case u'n':
            out.append(u'\n');
            break;
        case u'r':
            out.append(u'\r');
            break;
        case u't':
            out.append(u'\t');
            break;
        case u'u': {
            if (i + 4 >= body.size())
                return std::nullopt;
            int code = 0;
            for (int k = 1; k <= 4; ++k) {
                const int h = hexValue(body.at(i + k));
                if (h < 0)
                    return std::nullopt;
                code = code * 16 + h;
            }
            i += 4;
            // Surrogate halves are kept as UTF-16 units, so a \uD834\uDD1E pair becomes one code point.
            out.append(QChar(char16_t(code)));
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

std::optional<QJsonValue> parseJsonValue(const QString &text)
{
    // QJsonDocument only parses arrays and objects at the top level: wrap the value in an array.
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1\n]").arg(text).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

LexResult tokenize(const QString &expression)
{
    return Lexer(expression).run();
}

QString tokenTypeName(TokenType type)
{
    switch (type) {
    case TokenType::UnquotedIdentifier:
        return QStringLiteral("unquoted_identifier");
    case TokenType::QuotedIdentifier:
        return QStringLiteral("quoted_identifier");
    case TokenType::Number:
        return QStringLiteral("number");
    case TokenType::Literal:
        return QStringLiteral("literal");
    case TokenType::Dot:
        return QStringLiteral("dot");
    case TokenType::Star:
        return QStringLiteral("star");
    case TokenType::LBracket:
        return QStringLiteral("lbracket");
    case TokenType::RBracket:
        return QStringLiteral("rbracket");
    case TokenType::Flatten:
        return QStringLiteral("flatten");
    case TokenType::Filter:
        return QStringLiteral("filter");
    case TokenType::LBrace:
        return QStringLiteral("lbrace");
    case TokenType::RBrace:
        return QStringLiteral("rbrace");
    case TokenType::LParen:
        return QStringLiteral("lparen");
    case TokenType::RParen:
        return QStringLiteral("rparen");
    case TokenType::Comma:
        return QStringLiteral("comma");
    case TokenType::Colon:
        return QStringLiteral("colon");
    case TokenType::Pipe:
        return QStringLiteral("pipe");
    case TokenType::Or:
        return QStringLiteral("or");
    case TokenType::And:
        return QStringLiteral("and");
    case TokenType::Not:
        return QStringLiteral("not");
    case TokenType::ExpRef:
        return QStringLiteral("expref");
    case TokenType::Current:
        return QStringLiteral("current");
    case TokenType::Equal:
        return QStringLiteral("eq");
    case TokenType::NotEqual:
        return QStringLiteral("ne");
    case TokenType::Less:
        return QStringLiteral("lt");
    case TokenType::LessOrEqual:
        return QStringLiteral("lte");
    case TokenType::Greater:
        return QStringLiteral("gt");
    case TokenType::GreaterOrEqual:
        return QStringLiteral("gte");
    case TokenType::End:
        return QStringLiteral("eof");
    }
    return {};
}

} // namespace Keyless::JmesPath
