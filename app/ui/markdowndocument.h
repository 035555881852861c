#pragma once

#include <QString>

class QTextDocument;

namespace Keyless::Ui {

// Markdown into `doc` (GitHub's dialect) with its code, inline and in blocks, in the document's own type size. Qt's
// importer gives code the default font's size *as an integer, at import*: presenter mode's 13.5 pt became 13, a
// 110 % scale's 9.9 pt stayed 9, and a document whose font grew later (presenter mode, zoom) kept the old size.
void setMarkdownFollowingFont(QTextDocument *doc, const QString &markdown);

} // namespace Keyless::Ui
