#include "ui/markdowndocument.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QTextTable>

namespace Keyless::Ui {

void setMarkdownFollowingFont(QTextDocument *doc, const QString &markdown)
{
    doc->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Without an explicit size code follows the document's font.
    const QString mono = QFontDatabase::systemFont(QFontDatabase::FixedFont).family();
    // A code block's lines wrap like the prose, a long word (a URL) anywhere: unbroken, one curl line ran past the
    // page and the whole lesson scrolled sideways (QA).
    QTextOption wrapping = doc->defaultTextOption();
    wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(wrapping);
    // Tables as wide as the page, their columns sharing it (as wide as their texts, a lesson's table ran past the
    // page in presenter type); 99 %: at 100 % the table's outer border still ended 1 px past it.
    for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(frame)) {
            QTextTableFormat format = table->format();
            format.setWidth(QTextLength(QTextLength::PercentageLength, 99));
            table->setFormat(format);
        }
    }
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().nonBreakableLines()) {
            QTextBlockFormat format = block.blockFormat();
            format.setNonBreakableLines(false);
            QTextCursor(block).setBlockFormat(format);
        }
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
