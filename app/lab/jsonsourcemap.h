#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace Keyless::Lab {

// Where each value of a JSON text starts, by JSON pointer, so that semantic errors found after
// QJsonDocument parsing can still be reported with a line and column. Built from text that
// QJsonDocument already accepted; on anything unexpected it simply records less.
class JsonSourceMap final
{
public:
    struct Position {
        int line = 0;
        int column = 0;
    };

    explicit JsonSourceMap(const QByteArray &text);

    // The position of the value at `pointer`, or of its nearest recorded ancestor.
    Position position(const QString &pointer) const;

    // Line and column (1-based, columns count UTF-8 characters) of a byte offset.
    static Position positionOfOffset(const QByteArray &text, qsizetype offset);

    static QString escapeToken(const QString &token);

private:
    void parseValue(const QString &pointer);
    void parseObject(const QString &pointer);
    void parseArray(const QString &pointer);
    QString parseString();
    void skipWhitespace();
    void skipScalar();

    const QByteArray &m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace Keyless::Lab
