#pragma once

#include <QString>

namespace Keyless::Ui::Study {

// Inline Markdown (`code`, **bold**, *emphasis*) of option texts and explanations as HTML, escaped.
QString inlineMarkdownToHtml(const QString &markdown);
// The same text without Markdown marks, for widgets that show plain text (radio buttons, list items).
QString inlineMarkdownToPlain(const QString &markdown);
// Block Markdown (a lesson section: links, code fences, tables, emphasis) as the words a reader sees, on one
// line: link text without its URL, code without fences or backticks, table cells without pipes. It is the
// text the lesson browser shows, so a phrase found here can be found in the rendered lesson too.
QString markdownToPlainText(const QString &markdown);

} // namespace Keyless::Ui::Study
