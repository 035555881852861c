#include "ui/study/wordwrapdelegate.h"

#include <QHeaderView>
#include <QTreeView>

namespace Keyless::Ui::Study {

WordWrapDelegate::WordWrapDelegate(QTreeView *view)
    : QStyledItemDelegate(view)
    , m_view(view)
{
    // Coalesced by the view (a delayed items layout), so a window resize relays the rows out once.
    connect(view->header(), &QHeaderView::sectionResized, this, [this](int, int oldSize, int newSize) {
        if (oldSize != newSize)
            emit sizeHintChanged(QModelIndex());
    });
}

WordWrapDelegate *WordWrapDelegate::install(QTreeView *view)
{
    auto *delegate = new WordWrapDelegate(view);
    installOnView(delegate);
    return delegate;
}

void WordWrapDelegate::installOnView(WordWrapDelegate *delegate)
{
    QTreeView *view = delegate->m_view;
    view->setItemDelegate(delegate);
    view->setWordWrap(true);
    view->setUniformRowHeights(false);
    view->setTextElideMode(Qt::ElideNone);
}

int WordWrapDelegate::wrapWidth(const QModelIndex &index) const
{
    int width = m_view->header()->sectionSize(index.column());
    if (m_view->header()->visualIndex(index.column()) == 0) {
        int depth = m_view->rootIsDecorated() ? 1 : 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        width -= depth * m_view->indentation();
    }
    return width;
}

QSize WordWrapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!index.isValid() || m_view->header()->sectionResizeMode(index.column()) == QHeaderView::ResizeToContents)
        return QStyledItemDelegate::sizeHint(option, index);
    const int width = wrapWidth(index);
    if (width <= 0)
        return QStyledItemDelegate::sizeHint(option, index);
    QStyleOptionViewItem wrapped = option;
    wrapped.rect = QRect(0, 0, width, std::max(1, option.rect.height()));
    return QStyledItemDelegate::sizeHint(wrapped, index);
}

} // namespace Keyless::Ui::Study
