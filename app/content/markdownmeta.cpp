#include "content/markdownmeta.h"

#include <QRegularExpression>

namespace Keyless::Content {

const MetadataField *MarkdownMetadata::field(const QString &key) const
{
    for (const MetadataField &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

QString MarkdownMetadata::value(const QString &key) const
{
    const MetadataField *f = field(key);
    return f ? f->value : QString();
}

QStringList MarkdownMetadata::list(const QString &key) const
{
    QStringList out;
    const QStringList parts = value(key).split(QLatin1Char(','));
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

MarkdownMetadata parseMarkdownMetadata(const QString &text)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    MarkdownMetadata result;
    QString normalized = text;
    normalized.remove(QLatin1Char('\r'));
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    const QStringList lines = normalized.split(QLatin1Char('\n'));

    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---")) {
        result.errors.append({1, QStringLiteral("the file must start with a metadata header ('---' on line 1)")});
        result.body = normalized;
        return result;
    }

    int closing = -1;
    for (int i = 1; i < lines.size() && closing < 0; ++i) {
        if (lines.at(i).trimmed() == QLatin1String("---"))
            closing = i;
    }
    if (closing < 0) {
        // Without the closing line every body line would look like a bad header line: report only this.
        result.errors.append({1, QStringLiteral("the metadata header is not closed with '---'")});
        return result;
    }

    for (int i = 1; i < closing; ++i) {
        const QString line = lines.at(i).trimmed();
        const int lineNo = i + 1;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            result.errors.append({lineNo, QStringLiteral("expected 'key: value' in the metadata header")});
            continue;
        }
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (!keyPattern.match(key).hasMatch()) {
            result.errors.append({lineNo, QStringLiteral("invalid metadata key '%1'").arg(key)});
            continue;
        }
        if (result.field(key)) {
            result.errors.append({lineNo, QStringLiteral("duplicate metadata key '%1'").arg(key)});
            continue;
        }
        result.fields.append({key, value, lineNo});
    }

    result.bodyFirstLine = closing + 2;
    result.body = lines.mid(closing + 1).join(QLatin1Char('\n'));
    return result;
}

} // namespace Keyless::Content
