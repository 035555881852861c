#include "ui/markdowndocument.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Keyless::Ui {

void setMarkdownFollowingFont(QTextDocument *doc, const QString &markdown)
{
    doc->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Without an explicit size code follows the document's font.
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextCharFormat format = fragment.charFormat();
            const bool code =
                format.fontFixedPitch() || format.fontFamilies().toStringList().contains(mono, Qt::CaseInsensitive);
            if (!code ||
                (!format.hasProperty(QTextFormat::FontPointSize) && !format.hasProperty(QTextFormat::FontPixelSize)))
                continue;
            format.clearProperty(QTextFormat::FontPointSize);
            format.clearProperty(QTextFormat::FontPixelSize);
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(format);
        }
    }
}

} // namespace Keyless::Ui
