#include "ui/study/lessonbrowser.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

namespace Keyless::Ui::Study {

LessonBrowser::LessonBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
}

LessonBrowser::~LessonBrowser() = default;

QVariant LessonBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    ++m_refused;
    return {};
}

QTextDocument *LessonBrowser::createDocument(const QString &markdown, const QList<QPair<QString, QString>> &anchors,
                                             bool layOut)
{
    auto *doc = new QTextDocument(this);
    doc->setDefaultFont(font());
    doc->setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    int next = 0;
    for (QTextBlock block = doc->begin(); block.isValid() && next < anchors.size(); block = block.next()) {
        if (block.blockFormat().headingLevel() != 2)
            continue;
        if (block.text().trimmed() != anchors.at(next).second.trimmed())
            continue;
        QTextCursor cursor(block);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchors.at(next).first});
        cursor.mergeCharFormat(format);
        ++next;
    }
    if (layOut) {
        doc->setTextWidth(viewport()->width());
        doc->documentLayout()->documentSize();
    }
    return doc;
}

void LessonBrowser::setLessonMarkdown(const QString &markdown, const QList<QPair<QString, QString>> &anchors)
{
    QTextDocument *old = document();
    const bool ours = old && old->parent() == this; // the browser's own first document it deletes itself
    setDocument(createDocument(markdown, anchors));
    if (ours)
        old->deleteLater();
}

bool LessonBrowser::selectText(const QString &text, const QString &anchor)
{
    QTextDocument *doc = document();
    int from = 0;
    if (!anchor.isEmpty()) {
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const QTextBlock::iterator fragment = block.begin();
            if (!fragment.atEnd() && fragment.fragment().charFormat().anchorNames().contains(anchor)) {
                from = block.position();
                break;
            }
        }
    }
    QTextCursor found = doc->find(text, from);
    if (found.isNull())
        found = doc->find(text, 0);
    if (found.isNull())
        return false;
    setTextCursor(found);
    ensureCursorVisible();
    return true;
}

} // namespace Keyless::Ui::Study
