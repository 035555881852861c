#pragma once

#include "ui/study/wordwrapdelegate.h"

#include <memory>

class QTextDocument;
class QTreeView;

namespace Keyless::Ui::Labs {

// Column 0 of a tree as wrapped rich text: an item's MarkdownRole (bold, `code`, lists) or else its plain
// display text, laid out at the width of its column in the item's font, so nothing is elided or cut at
// any width or type size (presenter mode). Rows are measured again whenever a column changes width.
// Other columns are drawn by QStyledItemDelegate. The wrap width and the re-measuring on a column resize
// are WordWrapDelegate's.
class RichTextDelegate final : public Study::WordWrapDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RichTextDelegate)

public:
    static constexpr int MarkdownRole = Qt::UserRole + 100;

    // Installs a delegate on `view` (owned by it) and turns on per-row heights.
    static RichTextDelegate *install(QTreeView *view);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The text of `index` as it is drawn in the view now (its font, wrapped at its column's width).
    std::unique_ptr<QTextDocument> document(const QModelIndex &index) const;

private:
    explicit RichTextDelegate(QTreeView *view);
    // The document for `option` (font, rect) and the rectangle its text goes into.
    std::unique_ptr<QTextDocument> layout(const QStyleOptionViewItem &option, const QModelIndex &index,
                                          QRect *textRect) const;
};

} // namespace Keyless::Ui::Labs
