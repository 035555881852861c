#pragma once

// What "the learner sees every text whole" means in the labs tests, measured one way for all of them: buttons,
// switches, one-line labels and combo boxes at least as wide as their texts, header sections at least as wide as
// their titles (and, when they size to their contents, as their values), every tab in view.
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStringList>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QToolButton>

namespace TextFit {

// A text change relays out on a posted request: measure after it.
inline void settle()
{
    // A few turns: an item view lays its rows out on a zero timer, and a column that changed width asks again.
    for (int turn = 0; turn < 3; ++turn) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
}

// The width a combo box needs to show `text`: the text in its font with the frame and arrow its style draws.
// Measured here, not by the box's sizeHint(), which by default keeps the width of the texts it was first shown with.
inline int comboWidthFor(const QComboBox &box, const QString &text)
{
    QStyleOptionComboBox option;
    option.initFrom(&box);
    option.editable = box.isEditable();
    option.currentText = text;
    const QFontMetrics metrics = box.fontMetrics();
    return box.style()
        ->sizeFromContents(QStyle::CT_ComboBox, &option, QSize(metrics.horizontalAdvance(text), metrics.height()), &box)
        .width();
}

inline QString describe(const QWidget &widget, const QString &text, int width, int needed)
{
    return QStringLiteral("%1 %2 \"%3\" (%4 < %5)")
        .arg(QString::fromLatin1(widget.metaObject()->className()), widget.objectName(), text)
        .arg(width)
        .arg(needed);
}

// The visible buttons, one-line labels and combo boxes under `root` that are narrower than their texts. A tool button
// showing only its icon is whole when it has an icon and says what it does in its tooltip and to a screen reader; an
// ElidedLabel shortens its text with an ellipsis, and is whole when its tooltip has the whole text.
inline QStringList cutTexts(const QWidget &root)
{
    QStringList cut;
    for (const QWidget *widget : root.findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *box = qobject_cast<const QComboBox *>(widget)) {
            const int needed = comboWidthFor(*box, box->currentText());
            if (box->width() < needed)
                cut << describe(*widget, box->currentText(), box->width(), needed);
            continue;
        }
        if (const auto *elided = qobject_cast<const QLabel *>(widget);
            elided && widget->inherits("Keyless::Ui::Labs::ElidedLabel")) {
            const int margin = elided->margin();
            const bool shortened =
                elided->fontMetrics().horizontalAdvance(elided->text()) > elided->contentsRect().width() - 2 * margin;
            if (shortened && elided->toolTip() != elided->text())
                cut << describe(*widget, elided->text(), widget->width(), widget->sizeHint().width()) +
                           QStringLiteral(", shortened without its text in a tooltip");
            continue;
        }
        if (const auto *tool = qobject_cast<const QToolButton *>(widget);
            tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly && !tool->icon().isNull()) {
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(const_cast<QToolButton *>(tool));
            if (tool->toolTip().isEmpty() || !accessible || accessible->text(QAccessible::Name).isEmpty())
                cut << describe(*widget, tool->text(), widget->width(), widget->sizeHint().width()) +
                           QStringLiteral(", icon only without a tooltip or an accessible name");
            if (widget->width() < widget->sizeHint().width())
                cut << describe(*widget, tool->text(), widget->width(), widget->sizeHint().width());
            continue;
        }
        const auto *label = qobject_cast<const QLabel *>(widget);
        const bool oneLine = label && !label->wordWrap() && !label->text().isEmpty();
        const auto *button = qobject_cast<const QAbstractButton *>(widget);
        if (((button && !qobject_cast<const QTabBar *>(widget->parentWidget())) || oneLine) &&
            widget->width() < widget->sizeHint().width())
            cut << describe(*widget, label ? label->text() : button->text(), widget->width(),
                            widget->sizeHint().width());
    }
    return cut;
}

// Header sections the user has to drag wider to read: narrower than their titles, or, when they size to their
// contents, than their values. Stretched ones take the room there is.
inline QStringList cutHeaderSections(const QWidget &root)
{
    QStringList cut;
    for (const QHeaderView *header : root.findChildren<QHeaderView *>()) {
        if (!header->isVisible() || header->orientation() != Qt::Horizontal)
            continue;
        const auto *view = qobject_cast<const QAbstractItemView *>(header->parentWidget());
        for (int i = 0; i < header->count(); ++i) {
            const bool stretched = header->sectionResizeMode(i) == QHeaderView::Stretch ||
                                   (header->stretchLastSection() && i == header->count() - 1);
            if (header->isSectionHidden(i) || stretched)
                continue;
            int needed = header->sectionSizeHint(i);
            if (view && header->sectionResizeMode(i) == QHeaderView::ResizeToContents)
                needed = std::max(needed, view->sizeHintForColumn(i));
            if (header->sectionSize(i) < needed)
                cut << QStringLiteral("header %1 \"%2\" (%3 < %4)")
                           .arg(header->parentWidget() ? header->parentWidget()->objectName() : QString(),
                                header->model()->headerData(i, Qt::Horizontal).toString())
                           .arg(header->sectionSize(i))
                           .arg(needed);
        }
    }
    return cut;
}

// Tab bars whose first or last tab is out of view.
inline QStringList tabsOutOfView(const QWidget &root)
{
    QStringList cut;
    for (const QTabBar *bar : root.findChildren<QTabBar *>()) {
        if (!bar->isVisible() || bar->count() == 0)
            continue;
        const QRect last = bar->tabRect(bar->count() - 1);
        if (last.right() > bar->width() || bar->tabRect(0).left() < 0)
            cut << QStringLiteral("tabs \"%1\"…\"%2\" (%3 wide, the last ends at %4)")
                       .arg(bar->tabText(0), bar->tabText(bar->count() - 1))
                       .arg(bar->width())
                       .arg(last.right());
    }
    return cut;
}

inline QStringList everythingCut(const QWidget &root)
{
    return cutTexts(root) + cutHeaderSections(root) + tabsOutOfView(root);
}

} // namespace TextFit
