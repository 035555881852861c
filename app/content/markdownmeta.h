#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Content {

// One "key: value" line of a Markdown file's metadata header.
struct MetadataField {
    QString key;
    QString value;
    int line = 0; // 1-based
};

struct MetadataError {
    int line = 0;
    QString message;
};

struct MarkdownMetadata {
    QList<MetadataField> fields; // in file order
    QString body;                // everything after the closing "---"
    int bodyFirstLine = 1;       // line number of the body's first line
    QList<MetadataError> errors;

    bool ok() const { return errors.isEmpty(); }
    const MetadataField *field(const QString &key) const;
    QString value(const QString &key) const;
    // Comma-separated list value, entries trimmed, empty entries dropped.
    QStringList list(const QString &key) const;
};

// Parses a small metadata header in the form
//     ---
//     key: value
//     other: a, b, c
//     ---
// at the very top of the text. Keys are lower-case [a-z0-9-]; values are single-line text; blank lines
// and lines starting with '#' inside the header are ignored. Errors name the offending line: a missing
// opening or closing "---", a line without ':', an invalid or duplicate key.
MarkdownMetadata parseMarkdownMetadata(const QString &text);

} // namespace Keyless::Content
