#include "ui/labs/richtextdelegate.h"

#include "ui/markdowndocument.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>
#include <QTreeView>

#include <cmath>

namespace Keyless::Ui::Labs {

RichTextDelegate::RichTextDelegate(QTreeView *view)
    : WordWrapDelegate(view)
{
}

RichTextDelegate *RichTextDelegate::install(QTreeView *view)
{
    auto *delegate = new RichTextDelegate(view);
    installOnView(delegate);
    return delegate;
}

std::unique_ptr<QTextDocument> RichTextDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                        QRect *textRect) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget ? opt.widget : view();
    const QStyle *style = widget->style();
    // The style's text rectangle leaves room for the check box and the icon; keep its text margin too.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    rect.adjust(margin, 0, -margin, 0);
    if (textRect)
        *textRect = rect;

    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(opt.font);
    document->setDocumentMargin(0);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // long resource names too
    document->setDefaultTextOption(textOption);
    const QString markdown = index.data(MarkdownRole).toString();
    if (!markdown.isEmpty())
        setMarkdownFollowingFont(document.get(), markdown); // code in the type size of the text around it
    else
        document->setPlainText(opt.text);
    document->setTextWidth(std::max(1, rect.width()));
    return document;
}

std::unique_ptr<QTextDocument> RichTextDelegate::document(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    option.initFrom(view());
    option.font = view()->font();
    option.widget = view();
    option.rect = QRect(0, 0, wrapWidth(index), view()->fontMetrics().height());
    return layout(option, index, nullptr);
}

QSize RichTextDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    if (!index.isValid() || index.column() != 0)
        return base;
    const int width = wrapWidth(index);
    if (width <= 0)
        return base;
    QStyleOptionViewItem sized = option;
    sized.rect = QRect(0, 0, width, base.height());
    const std::unique_ptr<QTextDocument> doc = layout(sized, index, nullptr);
    // Vertical padding as the style gives a one-line row.
    const int padding = std::max(0, base.height() - sized.fontMetrics.height());
    return {width, std::max(base.height(), int(std::ceil(doc->size().height())) + padding)};
}

void RichTextDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QRect textRect;
    const std::unique_ptr<QTextDocument> doc = layout(option, index, &textRect);

    // Background, selection, focus and check box from the style; the text is ours.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget ? opt.widget : view();
    widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
                                       : (opt.state & QStyle::State_Active) ? QPalette::Active
                                                                            : QPalette::Inactive;
    QAbstractTextDocumentLayout::PaintContext context;
    if (opt.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, opt.palette.color(group, QPalette::HighlightedText));
    else
        context.palette.setColor(QPalette::Text, opt.palette.color(group, QPalette::Text));
    const QVariant foreground = index.data(Qt::ForegroundRole);
    if (foreground.canConvert<QBrush>() && !(opt.state & QStyle::State_Selected))
        context.palette.setColor(QPalette::Text, foreground.value<QBrush>().color());
    context.palette.setColor(QPalette::Link, opt.palette.color(group, QPalette::Link));

    // Centred like a one-line item when the row is taller than the text (a title next to its check box).
    const int top = textRect.top() + std::max(0, (textRect.height() - int(std::ceil(doc->size().height()))) / 2);
    painter->save();
    painter->translate(textRect.left(), top);
    context.clip = QRectF(0, 0, textRect.width(), textRect.bottom() - top + 1);
    painter->setClipRect(context.clip);
    doc->documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace Keyless::Ui::Labs
