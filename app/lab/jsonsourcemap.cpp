#include "lab/jsonsourcemap.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Keyless::Lab {

namespace {
constexpr int MaxDepth = 200;
}

JsonSourceMap::JsonSourceMap(const QByteArray &text)
    : m_text(text)
{
    skipWhitespace();
    parseValue(QString());
}

JsonSourceMap::Position JsonSourceMap::position(const QString &pointer) const
{
    QString current = pointer;
    while (true) {
        const auto it = m_offsets.constFind(current);
        if (it != m_offsets.cend())
            return positionOfOffset(m_text, it.value());
        if (current.isEmpty())
            return {};
        current.truncate(qMax(0, current.lastIndexOf(QLatin1Char('/'))));
    }
}

JsonSourceMap::Position JsonSourceMap::positionOfOffset(const QByteArray &text, qsizetype offset)
{
    Position result{1, 1};
    const qsizetype end = qMin(offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text.at(i));
        if (c == '\n') {
            ++result.line;
            result.column = 1;
        } else if ((c & 0xC0) != 0x80) { // count code points, not UTF-8 continuation bytes
            ++result.column;
        }
    }
    return result;
}

QString JsonSourceMap::escapeToken(const QString &token)
{
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

void JsonSourceMap::skipWhitespace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

void JsonSourceMap::parseValue(const QString &pointer)
{
    if (m_pos >= m_text.size() || m_depth > MaxDepth)
        return;
    m_offsets.insert(pointer, m_pos);
    const char c = m_text.at(m_pos);
    ++m_depth;
    if (c == '{')
        parseObject(pointer);
    else if (c == '[')
        parseArray(pointer);
    else if (c == '"')
        parseString();
    else
        skipScalar();
    --m_depth;
}

void JsonSourceMap::parseObject(const QString &pointer)
{
    ++m_pos; // '{'
    skipWhitespace();
    while (m_pos < m_text.size() && m_text.at(m_pos) != '}') {
        if (m_text.at(m_pos) != '"')
            return;
        const QString key = parseString();
        skipWhitespace();
        if (m_pos >= m_text.size() || m_text.at(m_pos) != ':')
            return;
        ++m_pos;
        skipWhitespace();
        parseValue(pointer + QLatin1Char('/') + escapeToken(key));
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipWhitespace();
        }
    }
    ++m_pos; // '}'
}

void JsonSourceMap::parseArray(const QString &pointer)
{
    ++m_pos; // '['
    skipWhitespace();
    int index = 0;
    while (m_pos < m_text.size() && m_text.at(m_pos) != ']') {
        const qsizetype before = m_pos;
        parseValue(pointer + QLatin1Char('/') + QString::number(index++));
        skipWhitespace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == ',') {
            ++m_pos;
            skipWhitespace();
        }
        if (m_pos == before)
            return; // no progress: not JSON we understand
    }
    ++m_pos; // ']'
}

QString JsonSourceMap::parseString()
{
    const qsizetype start = ++m_pos; // after the opening quote
    bool escaped = false;
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == '\\') {
            escaped = true;
            m_pos += 2;
            continue;
        }
        if (c == '"')
            break;
        ++m_pos;
    }
    const QByteArray raw = m_text.mid(start, m_pos - start);
    ++m_pos; // closing quote
    if (!escaped)
        return QString::fromUtf8(raw);
    // Let Qt decode escapes exactly as QJsonDocument did.
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[\"" + raw + "\"]"));
    return doc.array().at(0).toString();
}

void JsonSourceMap::skipScalar()
{
    while (m_pos < m_text.size()) {
        const char c = m_text.at(m_pos);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t')
            return;
        ++m_pos;
    }
}

} // namespace Keyless::Lab
