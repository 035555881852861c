#include "ui/study/lessonbrowser.h"

#include "ui/markdowndocument.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QFontMetricsF>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace Keyless::Ui::Study {

LessonBrowser::LessonBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setSearchPaths({});
    // Lessons run longer than a screen: a scroll bar that appears once the text is laid out narrows the page,
    // and QTextEdit laid the lesson out twice more for it (the text reflowed under the reader, too).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_keepAtEnd)
            bar->setValue(maximum);
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) {
        if (value < bar->maximum())
            m_keepAtEnd = false; // scrolled away from the end
    });
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
    setMarkdownFollowingFont(doc, markdown); // code grows with presenter mode and zoom too
    // The importer gives headings no top margin: after a paragraph they got its 6 px bottom margin (margins
    // collapse), after a code block (no margins) none at all and sat flush against it. A heading opens a new
    // section, so it takes most of a line of space above it whatever comes before; the document's first
    // block stays at the top.
    const qreal headingSpace = std::round(QFontMetricsF(font()).lineSpacing() * 0.9);
    for (QTextBlock block = doc->begin().next(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() == 0 || format.topMargin() >= headingSpace)
            continue;
        format.setTopMargin(headingSpace);
        QTextCursor(block).setBlockFormat(format);
    }
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
    } else {
        // No width yet: QTextEdit::setDocument() creates the layout before it sets the page width, and a
        // document with the default width (none) is laid out whole, unwrapped, only to be laid out again.
        doc->setPageSize(QSizeF(0, 0));
    }
    return doc;
}

void LessonBrowser::setLessonMarkdown(const QString &markdown, const QList<QPair<QString, QString>> &anchors)
{
    QTextDocument *old = lessonDocument();
    const bool ours = old && old->parent() == this; // the browser's own first document it deletes itself
    setLessonDocument(createDocument(markdown, anchors));
    if (ours && old != document())
        old->deleteLater();
}

void LessonBrowser::setLessonDocument(QTextDocument *doc)
{
    if (!m_shown) {
        m_pending = doc;
        return;
    }
    m_pending = nullptr;
    if (doc == document())
        return;
    m_keepAtEnd = false;
    setDocument(doc);
    verticalScrollBar()->setValue(0); // a new document keeps the old scroll position
}

LessonBrowser::Place LessonBrowser::place() const
{
    const QTextDocument *doc = document();
    const QTextCursor top = cursorForPosition(QPoint(0, 0));
    const QRectF block = doc->documentLayout()->blockBoundingRect(top.block());
    const QTextBlock anchor = doc->findBlock(textCursor().anchor());
    const QTextBlock position = doc->findBlock(textCursor().position());
    Place place;
    place.topBlock = top.block().blockNumber();
    place.intoTop = block.height() > 0 ? (verticalScrollBar()->value() - block.top()) / block.height() : 0;
    place.anchorBlock = anchor.blockNumber();
    place.anchorOffset = textCursor().anchor() - anchor.position();
    place.positionBlock = position.blockNumber();
    place.positionOffset = textCursor().position() - position.position();
    place.scrolled = verticalScrollBar()->value() > 0;
    place.atEnd = place.scrolled && verticalScrollBar()->value() >= verticalScrollBar()->maximum();
    return place;
}

void LessonBrowser::restorePlace(const Place &place)
{
    if (m_pending)
        return; // never shown: its document opens at the first line when it is
    QTextDocument *doc = document();
    const auto positionOf = [doc](int blockNumber, int offset) {
        const QTextBlock block = doc->findBlockByNumber(blockNumber);
        return block.isValid() ? block.position() + std::min(offset, std::max(0, block.length() - 1)) : 0;
    };
    QTextCursor cursor(doc);
    cursor.setPosition(positionOf(place.anchorBlock, place.anchorOffset));
    cursor.setPosition(positionOf(place.positionBlock, place.positionOffset), QTextCursor::KeepAnchor);
    setTextCursor(cursor); // before the scroll: it scrolls to the cursor
    scrollTo(place);
}

void LessonBrowser::scrollTo(const Place &place)
{
    if (!place.scrolled) {
        verticalScrollBar()->setValue(0);
        return;
    }
    QTextDocument *doc = document();
    doc->documentLayout()->documentSize(); // lays the document out, so that the scroll range reaches the place
    if (place.atEnd) {
        // The range can still grow once the layout reports its size: it keeps to the end until it is scrolled.
        m_keepAtEnd = true;
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
        return;
    }
    m_keepAtEnd = false;
    const QTextBlock block = doc->findBlockByNumber(place.topBlock);
    if (block.isValid()) {
        const QRectF rect = doc->documentLayout()->blockBoundingRect(block);
        verticalScrollBar()->setValue(qRound(rect.top() + place.intoTop * rect.height()));
    }
}

// QTextEdit keeps the scroll value in pixels: at another width or type size the text reflows under it and the line the
// learner read moved away (presenter mode, zoom, a resized window). `relayout` is the base class's handling.
template <typename Relayout> void LessonBrowser::keepingPlace(bool changes, Relayout relayout)
{
    const bool keep = changes && m_shown && verticalScrollBar()->value() > 0;
    const Place before = keep ? place() : Place();
    relayout();
    if (keep)
        scrollTo(before);
}

void LessonBrowser::resizeEvent(QResizeEvent *event)
{
    keepingPlace(event->oldSize().width() != event->size().width(), [&] { QTextBrowser::resizeEvent(event); });
}

void LessonBrowser::changeEvent(QEvent *event)
{
    keepingPlace(event->type() == QEvent::FontChange, [&] { QTextBrowser::changeEvent(event); });
}

void LessonBrowser::showEvent(QShowEvent *event)
{
    // Before QTextBrowser's own: it scrolls to an anchor asked for while hidden, in the document set here.
    m_shown = true;
    if (QTextDocument *doc = m_pending.data())
        setLessonDocument(doc);
    QTextBrowser::showEvent(event);
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
