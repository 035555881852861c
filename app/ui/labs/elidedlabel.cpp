#include "ui/labs/elidedlabel.h"

#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace Keyless::Ui::Labs {

namespace {
QRect textArea(const QLabel &label)
{
    const int m = label.margin();
    return label.contentsRect().adjusted(m, m, -m, -m);
}
} // namespace

ElidedLabel::ElidedLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(false);
}

bool ElidedLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > textArea(*this).width();
}

QString ElidedLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideRight, textArea(*this).width());
}

QSize ElidedLabel::minimumSizeHint() const
{
    // Room for a first letter or two and the ellipsis: the row decides how much more it gets.
    const QSize whole = QLabel::minimumSizeHint();
    const int shortest = fontMetrics().horizontalAdvance(QStringLiteral("MM…")) + 2 * margin();
    return {std::min(whole.width(), shortest), whole.height()};
}

void ElidedLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style()->drawItemText(&painter, textArea(*this), QStyle::visualAlignment(layoutDirection(), alignment()), palette(),
                          isEnabled(), shownText(), foregroundRole());
}

} // namespace Keyless::Ui::Labs
