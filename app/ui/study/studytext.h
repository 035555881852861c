#pragma once

#include <QString>

namespace Keyless::Ui::Study {

// Inline Markdown (`code`, **bold**, *emphasis*) of option texts and explanations as HTML, escaped.
QString inlineMarkdownToHtml(const QString &markdown);
// The same text without Markdown marks, for widgets that show plain text (radio buttons, list items).
QString inlineMarkdownToPlain(const QString &markdown);

} // namespace Keyless::Ui::Study
