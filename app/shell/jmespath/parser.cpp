#include "shell/jmespath/parser.h"

#include "shell/jmespath/functions.h"
#include "shell/jmespath/lexer.h"

namespace Keyless::JmesPath {

namespace {

// Deep nesting would overflow the stack in the recursive parser and interpreter.
constexpr int MaxDepth = 400;
constexpr int MaxTreeDepth = 1000;
// Tokens binding weaker than this end a projection's right-hand side.
constexpr int ProjectionStop = 10;

int bindingPower(TokenType type)
{
    switch (type) {
    case TokenType::Pipe:
        return 1;
    case TokenType::Or:
        return 2;
    case TokenType::And:
        return 3;
    case TokenType::Equal:
    case TokenType::NotEqual:
    case TokenType::Less:
    case TokenType::LessOrEqual:
    case TokenType::Greater:
    case TokenType::GreaterOrEqual:
        return 5;
    case TokenType::Flatten:
        return 9;
    case TokenType::Star:
        return 20;
    case TokenType::Filter:
        return 21;
    case TokenType::Dot:
        return 40;
    case TokenType::Not:
        return 45;
    case TokenType::LBrace:
        return 50;
    case TokenType::LBracket:
        return 55;
    case TokenType::LParen:
        return 60;
    default:
        return 0;
    }
}

struct SyntaxError {
    QString message;
    qsizetype position;
};

using NodePtr = std::unique_ptr<Node>;

NodePtr makeNode(NodeType type)
{
    return std::make_unique<Node>(type);
}

// Appends a child, keeping the tree shallow enough for the recursive interpreter: left-deep chains
// (`a | b | c ...`, `a[0][0]...`) grow the tree without nesting parser calls.
void adopt(Node &parent, NodePtr child)
{
    parent.depth = qMax(parent.depth, child->depth + 1);
    if (parent.depth > MaxTreeDepth)
        throw SyntaxError{QStringLiteral("Expression is nested too deeply"), 0};
    parent.children.push_back(std::move(child));
}

NodePtr makeNode(NodeType type, NodePtr a, NodePtr b = {})
{
    auto node = std::make_unique<Node>(type);
    adopt(*node, std::move(a));
    if (b)
        adopt(*node, std::move(b));
    return node;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {
    }

    NodePtr parseAll()
    {
        NodePtr root = expression(0);
        if (current().type != TokenType::End)
            unexpected();
        return root;
    }

private:
    const Token &current() const { return m_tokens.at(m_pos); }
    const Token &lookahead(qsizetype n) const { return m_tokens.at(qMin(m_pos + n, m_tokens.size() - 1)); }
    TokenType currentType() const { return current().type; }
    void advance()
    {
        if (m_pos < m_tokens.size() - 1)
            ++m_pos;
    }

    [[noreturn]] void unexpected() const { unexpectedToken(current()); }

    [[noreturn]] static void unexpectedToken(const Token &token)
    {
        if (token.type == TokenType::End)
            throw SyntaxError{QStringLiteral("Unexpected end of expression"), token.position};
        throw SyntaxError{QStringLiteral("Unexpected token \"%1\" (%2)").arg(token.text, tokenTypeName(token.type)),
                          token.position};
    }

    void match(TokenType type)
    {
        if (currentType() != type) {
            const Token &token = current();
            throw SyntaxError{QStringLiteral("Expected %1, got \"%2\" (%3)")
                                  .arg(tokenTypeName(type), token.text, tokenTypeName(token.type)),
                              token.position};
        }
        advance();
    }

    NodePtr expression(int bp)
    {
        if (++m_depth > MaxDepth)
            throw SyntaxError{QStringLiteral("Expression is nested too deeply"), current().position};
        const Token token = current();
        advance();
        NodePtr left = nud(token);
        while (bp < bindingPower(currentType())) {
            const Token next = current();
            advance();
            left = led(next, std::move(left));
        }
        --m_depth;
        return left;
    }

    NodePtr nud(const Token &token)
    {
        switch (token.type) {
        case TokenType::Literal: {
            auto node = makeNode(NodeType::Literal);
            node->literal = token.value;
            return node;
        }
        case TokenType::UnquotedIdentifier: {
            auto node = makeNode(NodeType::Field);
            node->name = token.text;
            return node;
        }
        case TokenType::QuotedIdentifier: {
            if (currentType() == TokenType::LParen)
                throw SyntaxError{QStringLiteral("Quoted identifier not allowed for function names"), token.position};
            auto node = makeNode(NodeType::Field);
            node->name = token.text;
            return node;
        }
        case TokenType::Star: {
            NodePtr right = projectionRhs(bindingPower(TokenType::Star));
            return makeNode(NodeType::ValueProjection, makeNode(NodeType::Current), std::move(right));
        }
        case TokenType::Filter:
            return filter(makeNode(NodeType::Current));
        case TokenType::LBrace:
            return multiSelectHash();
        case TokenType::LParen: {
            NodePtr inner = expression(0);
            match(TokenType::RParen);
            return inner;
        }
        case TokenType::Flatten: {
            NodePtr left = makeNode(NodeType::Flatten, makeNode(NodeType::Current));
            NodePtr right = projectionRhs(bindingPower(TokenType::Flatten));
            return makeNode(NodeType::Projection, std::move(left), std::move(right));
        }
        case TokenType::Not:
            return makeNode(NodeType::Not, expression(bindingPower(TokenType::Not)));
        case TokenType::LBracket: {
            if (currentType() == TokenType::Number || currentType() == TokenType::Colon)
                return indexOrSlice(makeNode(NodeType::Current));
            if (currentType() == TokenType::Star && lookahead(1).type == TokenType::RBracket) {
                advance();
                advance();
                NodePtr right = projectionRhs(bindingPower(TokenType::Star));
                return makeNode(NodeType::Projection, makeNode(NodeType::Current), std::move(right));
            }
            return multiSelectList();
        }
        case TokenType::Current:
            return makeNode(NodeType::Current);
        case TokenType::ExpRef:
            return makeNode(NodeType::ExpRef, expression(0));
        default:
            unexpectedToken(token);
        }
    }

    NodePtr led(const Token &token, NodePtr left)
    {
        switch (token.type) {
        case TokenType::Dot: {
            if (currentType() == TokenType::Star) {
                advance();
                NodePtr right = projectionRhs(bindingPower(TokenType::Dot));
                return makeNode(NodeType::ValueProjection, std::move(left), std::move(right));
            }
            NodePtr right = dotRhs(bindingPower(TokenType::Dot));
            if (left->type == NodeType::Subexpression) {
                adopt(*left, std::move(right));
                return left;
            }
            return makeNode(NodeType::Subexpression, std::move(left), std::move(right));
        }
        case TokenType::Pipe:
            return makeNode(NodeType::Pipe, std::move(left), expression(bindingPower(TokenType::Pipe)));
        case TokenType::Or:
            return makeNode(NodeType::Or, std::move(left), expression(bindingPower(TokenType::Or)));
        case TokenType::And:
            return makeNode(NodeType::And, std::move(left), expression(bindingPower(TokenType::And)));
        case TokenType::LParen:
            return function(token, std::move(left));
        case TokenType::Filter:
            return filter(std::move(left));
        case TokenType::Equal:
            return comparator(Comparison::Equal, std::move(left));
        case TokenType::NotEqual:
            return comparator(Comparison::NotEqual, std::move(left));
        case TokenType::Less:
            return comparator(Comparison::Less, std::move(left));
        case TokenType::LessOrEqual:
            return comparator(Comparison::LessOrEqual, std::move(left));
        case TokenType::Greater:
            return comparator(Comparison::Greater, std::move(left));
        case TokenType::GreaterOrEqual:
            return comparator(Comparison::GreaterOrEqual, std::move(left));
        case TokenType::Flatten: {
            NodePtr flat = makeNode(NodeType::Flatten, std::move(left));
            NodePtr right = projectionRhs(bindingPower(TokenType::Flatten));
            return makeNode(NodeType::Projection, std::move(flat), std::move(right));
        }
        case TokenType::LBracket: {
            if (currentType() == TokenType::Number || currentType() == TokenType::Colon)
                return indexOrSlice(std::move(left));
            match(TokenType::Star);
            match(TokenType::RBracket);
            NodePtr right = projectionRhs(bindingPower(TokenType::Star));
            return makeNode(NodeType::Projection, std::move(left), std::move(right));
        }
        default:
            unexpectedToken(token);
        }
    }

    NodePtr function(const Token &paren, NodePtr left)
    {
        if (left->type != NodeType::Field || !left->children.empty())
            throw SyntaxError{QStringLiteral("Invalid function name"), paren.position};
        auto node = makeNode(NodeType::Function);
        node->name = left->name;
        node->function = findFunction(node->name);
        while (currentType() != TokenType::RParen) {
            adopt(*node, expression(0));
            if (currentType() == TokenType::Comma) {
                advance();
                if (currentType() == TokenType::RParen)
                    unexpected();
            } else if (currentType() != TokenType::RParen) {
                unexpected();
            }
        }
        match(TokenType::RParen);
        return node;
    }

    NodePtr filter(NodePtr left)
    {
        NodePtr condition = expression(0);
        match(TokenType::RBracket);
        NodePtr right = currentType() == TokenType::Flatten ? makeNode(NodeType::Current)
                                                            : projectionRhs(bindingPower(TokenType::Filter));
        auto node = makeNode(NodeType::FilterProjection, std::move(left), std::move(right));
        adopt(*node, std::move(condition));
        return node;
    }

    NodePtr comparator(Comparison comparison, NodePtr left)
    {
        auto node = makeNode(NodeType::Comparator, std::move(left), expression(bindingPower(TokenType::Equal)));
        node->comparison = comparison;
        return node;
    }

    // After '[' when a number or ':' follows: an index, or a slice (which starts a projection).
    NodePtr indexOrSlice(NodePtr left)
    {
        if (currentType() == TokenType::Colon || lookahead(1).type == TokenType::Colon) {
            auto slice = makeNode(NodeType::Slice);
            std::optional<qint64> parts[3];
            int part = 0;
            while (currentType() != TokenType::RBracket) {
                if (currentType() == TokenType::Colon) {
                    if (++part > 2)
                        unexpected();
                    advance();
                } else if (currentType() == TokenType::Number) {
                    if (parts[part])
                        unexpected();
                    parts[part] = current().number;
                    advance();
                } else {
                    unexpected();
                }
            }
            match(TokenType::RBracket);
            slice->sliceStart = parts[0];
            slice->sliceStop = parts[1];
            slice->sliceStep = parts[2];
            NodePtr sliced = makeNode(NodeType::Subexpression, std::move(left), std::move(slice));
            NodePtr right = projectionRhs(bindingPower(TokenType::Star));
            return makeNode(NodeType::Projection, std::move(sliced), std::move(right));
        }
        auto index = makeNode(NodeType::Index, std::move(left));
        index->index = current().number;
        match(TokenType::Number);
        match(TokenType::RBracket);
        return index;
    }

    NodePtr projectionRhs(int bp)
    {
        const TokenType type = currentType();
        if (bindingPower(type) < ProjectionStop)
            return makeNode(NodeType::Current);
        if (type == TokenType::LBracket || type == TokenType::Filter)
            return expression(bp);
        if (type == TokenType::Dot) {
            advance();
            return dotRhs(bp);
        }
        unexpected();
    }

    NodePtr dotRhs(int bp)
    {
        switch (currentType()) {
        case TokenType::UnquotedIdentifier:
        case TokenType::QuotedIdentifier:
        case TokenType::Star:
            return expression(bp);
        case TokenType::LBracket:
            advance();
            return multiSelectList();
        case TokenType::LBrace:
            advance();
            return multiSelectHash();
        default:
            unexpected();
        }
    }

    NodePtr multiSelectList()
    {
        auto node = makeNode(NodeType::MultiSelectList);
        while (true) {
            adopt(*node, expression(0));
            if (currentType() == TokenType::RBracket)
                break;
            match(TokenType::Comma);
        }
        match(TokenType::RBracket);
        return node;
    }

    NodePtr multiSelectHash()
    {
        auto node = makeNode(NodeType::MultiSelectHash);
        while (true) {
            const Token key = current();
            if (key.type != TokenType::UnquotedIdentifier && key.type != TokenType::QuotedIdentifier)
                unexpected();
            advance();
            match(TokenType::Colon);
            node->keys.append(key.text);
            adopt(*node, expression(0));
            if (currentType() == TokenType::Comma) {
                advance();
                continue;
            }
            match(TokenType::RBrace);
            break;
        }
        return node;
    }

    QList<Token> m_tokens;
    qsizetype m_pos = 0;
    int m_depth = 0;
};

} // namespace

ParseResult parse(const QString &expression)
{
    ParseResult result;
    LexResult lexed = tokenize(expression);
    if (!lexed.error.isEmpty()) {
        result.error = lexed.error;
        result.position = lexed.errorPosition;
        return result;
    }
    try {
        result.root = Parser(std::move(lexed.tokens)).parseAll();
    } catch (const SyntaxError &error) {
        result.error = error.message;
        result.position = error.position;
    }
    return result;
}

} // namespace Keyless::JmesPath
