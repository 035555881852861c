#include "shell/parser.h"

#include <QSet>

namespace Keyless::Shell {

namespace {

struct Token {
    enum class Type { Word, Semicolon, Newline, And, Or, Pipe, Redirect };
    Type type = Type::Word;
    Word word;
    Redirection::Kind redirect = Redirection::Kind::StdoutToFile;
    bool redirectNeedsTarget = true;
    int line = 1;
    qsizetype begin = 0;
    qsizetype end = 0;
};

bool isNameStart(QChar c)
{
    return c == QLatin1Char('_') || (c.unicode() < 128 && c.isLetter());
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c.unicode() < 128 && c.isDigit());
}

class Lexer
{
public:
    explicit Lexer(const QString &text)
        : m_text(text)
    {
    }

    QList<Token> tokens;
    QString error;
    int errorLine = 0;

    void run()
    {
        // NUL is this lexer's end-of-input marker (peek() past the end); as text it is no shell input either.
        if (const qsizetype nul = m_text.indexOf(QChar(u'\0')); nul >= 0) {
            m_line = 1 + int(QStringView(m_text).left(nul).count(u'\n'));
            fail(QStringLiteral("the input contains a NUL character (byte 0): commands must be text"));
            return;
        }
        while (m_pos < m_text.size() && error.isEmpty()) {
            const qsizetype before = m_pos;
            lexNext();
            // Every step consumes input or stops with an error: a character no branch takes must not loop.
            if (m_pos == before && error.isEmpty())
                fail(QStringLiteral("unexpected character U+%1").arg(m_text.at(m_pos).unicode(), 4, 16, QLatin1Char('0')));
        }
    }

private:
    void lexNext()
    {
        {
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
                ++m_pos;
            } else if (c == QLatin1Char('\\') && peek(1) == QLatin1Char('\n')) {
                m_pos += 2; // line continuation between words
                ++m_line;
            } else if (c == QLatin1Char('#')) {
                while (m_pos < m_text.size() && m_text.at(m_pos) != QLatin1Char('\n'))
                    ++m_pos;
            } else if (c == QLatin1Char('\n')) {
                addOp(Token::Type::Newline, 1);
                ++m_line;
            } else if (c == QLatin1Char(';')) {
                if (peek(1) == QLatin1Char(';'))
                    fail(QStringLiteral("';;' belongs to 'case', which this console does not support"));
                else
                    addOp(Token::Type::Semicolon, 1);
            } else if (c == QLatin1Char('&')) {
                if (peek(1) == QLatin1Char('&'))
                    addOp(Token::Type::And, 2);
                else if (peek(1) == QLatin1Char('>'))
                    addRedirect(Redirection::Kind::BothToFile, 2, true);
                else
                    fail(QStringLiteral("background jobs ('&') are not supported; commands run one after another"));
            } else if (c == QLatin1Char('|')) {
                if (peek(1) == QLatin1Char('|'))
                    addOp(Token::Type::Or, 2);
                else if (peek(1) == QLatin1Char('&'))
                    fail(QStringLiteral("'|&' is not supported; use '2>&1 |'"));
                else
                    addOp(Token::Type::Pipe, 1);
            } else if (c == QLatin1Char('>') ||
                       ((c == QLatin1Char('1') || c == QLatin1Char('2')) && peek(1) == QLatin1Char('>'))) {
                lexRedirect();
            } else if (c == QLatin1Char('<')) {
                if (peek(1) == QLatin1Char('<'))
                    fail(QStringLiteral("here-documents ('<<') are not supported; use echo … | command"));
                else if (peek(1) == QLatin1Char('('))
                    fail(QStringLiteral("process substitution ('<(…)') is not supported"));
                else
                    fail(QStringLiteral("input redirection ('<') is not supported; use a pipe (echo … | command)"));
            } else if (c == QLatin1Char('(')) {
                fail(QStringLiteral("subshells and function definitions ('( … )') are not supported"));
            } else if (c == QLatin1Char(')')) {
                fail(QStringLiteral("syntax error near unexpected token ')'"));
            } else {
                lexWord();
            }
        }
    }

    QChar peek(qsizetype offset) const
    {
        const qsizetype at = m_pos + offset;
        return at < m_text.size() ? m_text.at(at) : QChar();
    }

    void fail(const QString &message)
    {
        if (error.isEmpty()) {
            error = message;
            errorLine = m_line;
        }
    }

    void addOp(Token::Type type, qsizetype length)
    {
        Token t;
        t.type = type;
        t.line = m_line;
        t.begin = m_pos;
        m_pos += length;
        t.end = m_pos;
        tokens.append(t);
    }

    void addRedirect(Redirection::Kind kind, qsizetype length, bool needsTarget)
    {
        Token t;
        t.type = Token::Type::Redirect;
        t.redirect = kind;
        t.redirectNeedsTarget = needsTarget;
        t.line = m_line;
        t.begin = m_pos;
        m_pos += length;
        t.end = m_pos;
        tokens.append(t);
    }

    void lexRedirect()
    {
        const QStringView rest = QStringView(m_text).mid(m_pos);
        if (rest.startsWith(u"2>&1"))
            addRedirect(Redirection::Kind::StderrToStdout, 4, false);
        else if (rest.startsWith(u"1>&2"))
            addRedirect(Redirection::Kind::StdoutToStderr, 4, false);
        else if (rest.startsWith(u">&2"))
            addRedirect(Redirection::Kind::StdoutToStderr, 3, false);
        else if (rest.startsWith(u"2>>"))
            addRedirect(Redirection::Kind::StderrToFile, 3, true);
        else if (rest.startsWith(u"2>"))
            addRedirect(Redirection::Kind::StderrToFile, 2, true);
        else if (rest.startsWith(u"1>>") || rest.startsWith(u">>"))
            addRedirect(Redirection::Kind::StdoutAppendToFile, rest.startsWith(u"1") ? 3 : 2, true);
        else if (rest.startsWith(u"1>"))
            addRedirect(Redirection::Kind::StdoutToFile, 2, true);
        else if (rest.startsWith(u">&") || rest.startsWith(u">|"))
            fail(QStringLiteral("redirection '%1' is not supported").arg(rest.left(2)));
        else
            addRedirect(Redirection::Kind::StdoutToFile, 1, true);
    }

    static bool isWordEnd(QChar c)
    {
        return c.isNull() || c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
               c == QLatin1Char('\n') || c == QLatin1Char(';') || c == QLatin1Char('&') || c == QLatin1Char('|') ||
               c == QLatin1Char('<') || c == QLatin1Char('>') || c == QLatin1Char('(') || c == QLatin1Char(')');
    }

    static void appendLiteral(Word &word, QChar c, bool quoted)
    {
        if (!word.parts.isEmpty() && word.parts.last().kind == WordPart::Kind::Literal &&
            word.parts.last().quoted == quoted) {
            word.parts.last().text.append(c);
            return;
        }
        word.parts.append({WordPart::Kind::Literal, QString(c), quoted});
    }

    void lexWord()
    {
        Token t;
        t.type = Token::Type::Word;
        t.line = m_line;
        t.begin = m_pos;
        Word &word = t.word;
        bool sawQuote = false;
        while (m_pos < m_text.size() && error.isEmpty()) {
            const QChar c = m_text.at(m_pos);
            if (isWordEnd(c))
                break;
            if (c == QLatin1Char('\\')) {
                if (peek(1) == QLatin1Char('\n')) {
                    m_pos += 2;
                    ++m_line;
                    continue;
                }
                if (peek(1).isNull()) {
                    ++m_pos;
                    continue;
                }
                appendLiteral(word, peek(1), true);
                m_pos += 2;
            } else if (c == QLatin1Char('\'')) {
                sawQuote = true;
                const qsizetype close = m_text.indexOf(QLatin1Char('\''), m_pos + 1);
                if (close < 0) {
                    fail(QStringLiteral("unexpected end of input: unterminated single quote (')"));
                    return;
                }
                const QString inner = m_text.mid(m_pos + 1, close - m_pos - 1);
                m_line += int(inner.count(QLatin1Char('\n')));
                word.parts.append({WordPart::Kind::Literal, inner, true});
                m_pos = close + 1;
            } else if (c == QLatin1Char('"')) {
                sawQuote = true;
                lexDoubleQuoted(word);
            } else if (c == QLatin1Char('$')) {
                lexDollar(word, false);
            } else if (c == QLatin1Char('`')) {
                fail(QStringLiteral("backquote command substitution (`…`) is not supported; use $(…)"));
                return;
            } else {
                appendLiteral(word, c, false);
                ++m_pos;
            }
        }
        if (sawQuote && word.parts.isEmpty())
            word.parts.append({WordPart::Kind::Literal, QString(), true});
        t.end = m_pos;
        word.source = m_text.mid(t.begin, t.end - t.begin);
        tokens.append(t);
    }

    void lexDoubleQuoted(Word &word)
    {
        const int openedOn = m_line;
        ++m_pos; // opening quote
        // Ensure "" yields an (empty) quoted part even when nothing follows.
        word.parts.append({WordPart::Kind::Literal, QString(), true});
        while (true) {
            if (m_pos >= m_text.size()) {
                m_line = openedOn; // where the learner has to look, not where the input ran out
                fail(QStringLiteral("unexpected end of input: unterminated double quote (\")"));
                return;
            }
            const QChar c = m_text.at(m_pos);
            if (c == QLatin1Char('"')) {
                ++m_pos;
                return;
            }
            if (c == QLatin1Char('\\')) {
                const QChar next = peek(1);
                if (next == QLatin1Char('\n')) {
                    m_pos += 2;
                    ++m_line;
                    continue;
                }
                if (next == QLatin1Char('$') || next == QLatin1Char('`') || next == QLatin1Char('"') ||
                    next == QLatin1Char('\\')) {
                    appendLiteral(word, next, true);
                    m_pos += 2;
                    continue;
                }
                appendLiteral(word, c, true);
                ++m_pos;
                continue;
            }
            if (c == QLatin1Char('$')) {
                lexDollar(word, true);
                if (!error.isEmpty())
                    return;
                continue;
            }
            if (c == QLatin1Char('`')) {
                fail(QStringLiteral("backquote command substitution (`…`) is not supported; use $(…)"));
                return;
            }
            if (c == QLatin1Char('\n'))
                ++m_line;
            appendLiteral(word, c, true);
            ++m_pos;
        }
    }

    void lexDollar(Word &word, bool quoted)
    {
        const QChar next = peek(1);
        if (next == QLatin1Char('?')) {
            word.parts.append({WordPart::Kind::LastStatus, QString(), quoted});
            m_pos += 2;
        } else if (next == QLatin1Char('{')) {
            const qsizetype close = m_text.indexOf(QLatin1Char('}'), m_pos + 2);
            if (close < 0) {
                fail(QStringLiteral("unexpected end of input: unterminated '${'"));
                return;
            }
            const QString inner = m_text.mid(m_pos + 2, close - m_pos - 2);
            if (inner == QLatin1String("?")) {
                word.parts.append({WordPart::Kind::LastStatus, QString(), quoted});
            } else if (Parser::isValidName(inner)) {
                word.parts.append({WordPart::Kind::Variable, inner, quoted});
            } else if (inner.startsWith(QLatin1Char('#')) && Parser::isValidName(inner.mid(1))) {
                word.parts.append({WordPart::Kind::VariableLength, inner.mid(1), quoted});
            } else if (inner.startsWith(QLatin1Char('#'))) {
                fail(QStringLiteral("'${%1}': bad substitution (the length of a variable is ${#NAME})").arg(inner));
                return;
            } else {
                qsizetype i = 0;
                while (i < inner.size() && isNameChar(inner.at(i)))
                    ++i;
                if (i > 0 && i < inner.size())
                    fail(QStringLiteral("the parameter expansion operator '%1' in '${%2}' is not supported; use "
                                        "plain ${NAME}")
                             .arg(inner.mid(i, inner.size() > i + 1 && !isNameChar(inner.at(i + 1)) ? 2 : 1), inner));
                else
                    fail(QStringLiteral("'${%1}': bad substitution").arg(inner));
                return;
            }
            m_pos = close + 1;
        } else if (next == QLatin1Char('(')) {
            if (peek(2) == QLatin1Char('(')) {
                fail(QStringLiteral("arithmetic expansion '$((…))' is not supported"));
                return;
            }
            const qsizetype start = m_pos + 2;
            const qsizetype close = findClosingParen(start);
            if (close < 0) {
                fail(QStringLiteral("unexpected end of input: unterminated command substitution '$('"));
                return;
            }
            const QString inner = m_text.mid(start, close - start);
            m_line += int(inner.count(QLatin1Char('\n')));
            word.parts.append({WordPart::Kind::CommandSubstitution, inner, quoted});
            m_pos = close + 1;
        } else if (isNameStart(next)) {
            qsizetype end = m_pos + 1;
            while (end < m_text.size() && isNameChar(m_text.at(end)))
                ++end;
            word.parts.append({WordPart::Kind::Variable, m_text.mid(m_pos + 1, end - m_pos - 1), quoted});
            m_pos = end;
        } else if (!next.isNull() && (next.isDigit() || QStringLiteral("@*#$!-").contains(next))) {
            fail(QStringLiteral("the special parameter '$%1' is not supported in this console").arg(next));
        } else {
            appendLiteral(word, QLatin1Char('$'), quoted);
            ++m_pos;
        }
    }

    // Finds the ')' closing a '$(' whose body starts at `from`, skipping quotes and nested parentheses.
    qsizetype findClosingParen(qsizetype from) const
    {
        int depth = 1;
        qsizetype i = from;
        while (i < m_text.size()) {
            const QChar c = m_text.at(i);
            if (c == QLatin1Char('\\')) {
                i += 2;
                continue;
            }
            if (c == QLatin1Char('\'')) {
                const qsizetype close = m_text.indexOf(QLatin1Char('\''), i + 1);
                if (close < 0)
                    return -1;
                i = close + 1;
                continue;
            }
            if (c == QLatin1Char('"')) {
                ++i;
                while (i < m_text.size() && m_text.at(i) != QLatin1Char('"')) {
                    if (m_text.at(i) == QLatin1Char('\\'))
                        ++i;
                    else if (m_text.at(i) == QLatin1Char('$') && i + 1 < m_text.size() &&
                             m_text.at(i + 1) == QLatin1Char('(')) {
                        const qsizetype inner = findClosingParen(i + 2);
                        if (inner < 0)
                            return -1;
                        i = inner;
                    }
                    ++i;
                }
                ++i;
                continue;
            }
            if (c == QLatin1Char('#') && (i == from || m_text.at(i - 1).isSpace())) {
                while (i < m_text.size() && m_text.at(i) != QLatin1Char('\n'))
                    ++i;
                continue;
            }
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                return i;
            ++i;
        }
        return -1;
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
};

const QSet<QString> &reservedWords()
{
    static const QSet<QString> words = {
        QStringLiteral("if"),     QStringLiteral("then"),     QStringLiteral("else"),  QStringLiteral("elif"),
        QStringLiteral("fi"),     QStringLiteral("for"),      QStringLiteral("while"), QStringLiteral("until"),
        QStringLiteral("do"),     QStringLiteral("done"),     QStringLiteral("case"),  QStringLiteral("esac"),
        QStringLiteral("select"), QStringLiteral("function"), QStringLiteral("{"),     QStringLiteral("}"),
        QStringLiteral("[["),     QStringLiteral("]]"),       QStringLiteral("time"),  QStringLiteral("coproc"),
    };
    return words;
}

QString reservedWordMessage(const QString &word)
{
    if (word == QLatin1String("if") || word == QLatin1String("then") || word == QLatin1String("else") ||
        word == QLatin1String("elif") || word == QLatin1String("fi"))
        return QStringLiteral("'if' statements are not supported by this console; use && and || to chain commands");
    if (word == QLatin1String("for") || word == QLatin1String("while") || word == QLatin1String("until") ||
        word == QLatin1String("do") || word == QLatin1String("done") || word == QLatin1String("select"))
        return QStringLiteral("'%1' loops are not supported by this console; write each command on its own line")
            .arg(word == QLatin1String("do") || word == QLatin1String("done") ? QStringLiteral("for/while") : word);
    if (word == QLatin1String("case") || word == QLatin1String("esac"))
        return QStringLiteral("'case' statements are not supported by this console");
    if (word == QLatin1String("function"))
        return QStringLiteral("shell functions are not supported by this console");
    if (word == QLatin1String("{") || word == QLatin1String("}"))
        return QStringLiteral("brace groups ('{ …; }') are not supported by this console");
    if (word == QLatin1String("[[") || word == QLatin1String("]]"))
        return QStringLiteral("'[[ … ]]' conditions are not supported by this console");
    return QStringLiteral("'%1' is not supported by this console").arg(word);
}

bool isPlainLiteral(const Word &word)
{
    return word.parts.size() == 1 && word.parts.first().kind == WordPart::Kind::Literal && !word.parts.first().quoted;
}

class TokenParser
{
public:
    TokenParser(const QString &text, const QList<Token> &tokens)
        : m_text(text)
        , m_tokens(tokens)
    {
    }

    QString error;
    int errorLine = 0;
    bool truncated = false; // the lexer stopped early: the statement being parsed at the end is incomplete

    QList<AndOrList> parse()
    {
        QList<AndOrList> lists;
        while (true) {
            skipSeparators();
            if (atEnd())
                break;
            AndOrList list;
            if (!parseAndOr(list))
                break;
            if (!atEnd() && current().type != Token::Type::Semicolon && current().type != Token::Type::Newline) {
                fail(QStringLiteral("syntax error near unexpected token '%1'").arg(tokenText(current())),
                     current().line);
                break;
            }
            if (atEnd() && truncated)
                break; // the statement runs into the lexer error: do not run half of it
            lists.append(list);
        }
        return lists;
    }

private:
    bool atEnd() const { return m_index >= m_tokens.size(); }
    const Token &current() const { return m_tokens.at(m_index); }

    QString tokenText(const Token &t) const { return m_text.mid(t.begin, t.end - t.begin); }

    void fail(const QString &message, int line)
    {
        if (error.isEmpty()) {
            error = message;
            errorLine = line;
        }
    }

    void skipSeparators()
    {
        while (!atEnd() && (current().type == Token::Type::Semicolon || current().type == Token::Type::Newline))
            ++m_index;
    }

    void skipNewlines()
    {
        while (!atEnd() && current().type == Token::Type::Newline)
            ++m_index;
    }

    bool parseAndOr(AndOrList &list)
    {
        const qsizetype first = m_index;
        list.line = current().line;
        Pipeline pipeline;
        if (!parsePipeline(pipeline))
            return false;
        list.pipelines.append(pipeline);
        while (!atEnd() && (current().type == Token::Type::And || current().type == Token::Type::Or)) {
            const Token op = current();
            list.ops.append(op.type == Token::Type::And ? AndOrList::Op::And : AndOrList::Op::Or);
            ++m_index;
            skipNewlines();
            if (atEnd()) {
                if (!truncated)
                    fail(QStringLiteral("syntax error: unexpected end of input after '%1'").arg(tokenText(op)),
                         op.line);
                return false;
            }
            Pipeline next;
            if (!parsePipeline(next))
                return false;
            list.pipelines.append(next);
        }
        const Token &last = m_tokens.at(m_index - 1);
        list.source = m_text.mid(m_tokens.at(first).begin, last.end - m_tokens.at(first).begin).trimmed();
        return true;
    }

    bool parsePipeline(Pipeline &pipeline)
    {
        if (!atEnd() && current().type == Token::Type::Word && isPlainLiteral(current().word) &&
            current().word.parts.first().text == QLatin1String("!")) {
            pipeline.negated = true;
            ++m_index;
        }
        while (true) {
            SimpleCommand command;
            if (!parseCommand(command))
                return false;
            pipeline.commands.append(command);
            if (atEnd() || current().type != Token::Type::Pipe)
                return true;
            const Token pipe = current();
            ++m_index;
            skipNewlines();
            if (atEnd()) {
                if (!truncated)
                    fail(QStringLiteral("syntax error: unexpected end of input after '|'"), pipe.line);
                return false;
            }
        }
    }

    bool parseCommand(SimpleCommand &command)
    {
        if (atEnd() || (current().type != Token::Type::Word && current().type != Token::Type::Redirect)) {
            if (!atEnd())
                fail(QStringLiteral("syntax error near unexpected token '%1'").arg(tokenText(current())),
                     current().line);
            return false;
        }
        const qsizetype first = m_index;
        command.line = current().line;
        while (!atEnd()) {
            const Token &t = current();
            if (t.type == Token::Type::Redirect) {
                Redirection r;
                r.kind = t.redirect;
                ++m_index;
                if (t.redirectNeedsTarget) {
                    if (atEnd() || current().type != Token::Type::Word) {
                        if (!truncated || !atEnd())
                            fail(QStringLiteral("syntax error: '%1' needs a file name").arg(tokenText(t)), t.line);
                        return false;
                    }
                    r.target = current().word;
                    ++m_index;
                }
                command.redirections.append(r);
                continue;
            }
            if (t.type != Token::Type::Word)
                break;
            const Word &word = t.word;
            if (command.words.isEmpty()) {
                if (isPlainLiteral(word) && reservedWords().contains(word.parts.first().text)) {
                    fail(reservedWordMessage(word.parts.first().text), t.line);
                    return false;
                }
                Assignment assignment;
                if (splitAssignment(word, assignment)) {
                    command.assignments.append(assignment);
                    ++m_index;
                    continue;
                }
            }
            command.words.append(word);
            ++m_index;
        }
        const Token &last = m_tokens.at(m_index - 1);
        command.source = m_text.mid(m_tokens.at(first).begin, last.end - m_tokens.at(first).begin);
        return true;
    }

    static bool splitAssignment(const Word &word, Assignment &assignment)
    {
        if (word.parts.isEmpty())
            return false;
        const WordPart &head = word.parts.first();
        if (head.kind != WordPart::Kind::Literal || head.quoted)
            return false;
        const qsizetype eq = head.text.indexOf(QLatin1Char('='));
        if (eq <= 0 || !Parser::isValidName(head.text.left(eq)))
            return false;
        assignment.name = head.text.left(eq);
        assignment.value.source = word.source.mid(eq + 1);
        const QString rest = head.text.mid(eq + 1);
        if (!rest.isEmpty())
            assignment.value.parts.append({WordPart::Kind::Literal, rest, false});
        for (qsizetype i = 1; i < word.parts.size(); ++i)
            assignment.value.parts.append(word.parts.at(i));
        return true;
    }

    const QString &m_text;
    const QList<Token> &m_tokens;
    qsizetype m_index = 0;
};

} // namespace

bool Parser::isValidName(const QString &name)
{
    if (name.isEmpty() || !isNameStart(name.at(0)))
        return false;
    for (const QChar c : name) {
        if (!isNameChar(c))
            return false;
    }
    return true;
}

ParseResult Parser::parse(const QString &script)
{
    Lexer lexer(script);
    lexer.run();
    TokenParser parser(script, lexer.tokens);
    parser.truncated = !lexer.error.isEmpty();
    ParseResult result;
    result.lists = parser.parse();
    // The first error in reading order wins: a parser error before the lexer's stop point is earlier.
    if (!parser.error.isEmpty()) {
        result.error = parser.error;
        result.errorLine = parser.errorLine;
    } else if (!lexer.error.isEmpty()) {
        result.error = lexer.error;
        result.errorLine = lexer.errorLine;
    }
    return result;
}

} // namespace Keyless::Shell
