#pragma once

#include <QStyledItemDelegate>

class QTreeView;

namespace Keyless::Ui::Study {

// Word-wrapped rows for a QTreeView whose text columns are sized by the header (Stretch or Interactive).
// QTreeView asks its delegate for row heights without a width, so a wrapped item would stay one line high
// and be cut; this delegate wraps at the width of the item's column and lays the rows out again whenever
// a column changes width. Columns in ResizeToContents mode are measured unwrapped, as before.
// Delegates that lay out their own text (the lab task list's rich text) derive from it for the same width.
class WordWrapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WordWrapDelegate)

public:
    // Installs a delegate on `view` (owned by it) and turns on word wrap and per-row heights.
    static WordWrapDelegate *install(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The width the text of `index` wraps at: its column minus the indentation of the tree.
    int wrapWidth(const QModelIndex &index) const;

protected:
    explicit WordWrapDelegate(QTreeView *view);
    // What install() does for any delegate of this family: sets it on its view with wrapping on.
    static void installOnView(WordWrapDelegate *delegate);
    QTreeView *view() const { return m_view; }

private:
    QTreeView *m_view = nullptr;
};

} // namespace Keyless::Ui::Study
