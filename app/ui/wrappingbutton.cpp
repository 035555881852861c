#include "ui/wrappingbutton.h"

#include <QFontMetrics>
#include <QRegularExpression>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>
#include <type_traits>

namespace Keyless::Ui {

namespace {

constexpr int textFlags = Qt::TextWordWrap | Qt::TextShowMnemonic | Qt::AlignLeft | Qt::AlignTop;

// The button's text as drawn (a mnemonic's "&&" is one ampersand), for measuring its words.
QString shownText(const QString &text)
{
    QString shown = text;
    shown.replace(QStringLiteral("&&"), QStringLiteral("&"));
    return shown;
}

} // namespace

template <typename Button>
WrappingButton<Button>::WrappingButton(const QString &text, QWidget *parent)
    : Button(text, parent)
{
    // Its height follows its width: a fixed one (Qt's for these buttons) held it to one line in some layouts.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Minimum, this->sizePolicy().controlType());
    policy.setHeightForWidth(true);
    this->setSizePolicy(policy);
}

template <typename Button> int WrappingButton<Button>::indicatorSpace() const
{
    const QStyle *style = this->style();
    if constexpr (std::is_same_v<Button, QCheckBox>)
        return style->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this) +
               style->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this);
    else
        return style->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, this) +
               style->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, this);
}

template <typename Button> void WrappingButton<Button>::setHangingLead(bool hanging)
{
    if (hanging == m_hanging)
        return;
    m_hanging = hanging;
    this->updateGeometry();
    this->update();
}

template <typename Button> QString WrappingButton<Button>::lead() const
{
    if (!m_hanging)
        return {};
    static const QRegularExpression firstWord(QStringLiteral("^\\S+\\s+"));
    const QRegularExpressionMatch match = firstWord.match(this->text());
    return match.hasMatch() && match.capturedLength() < this->text().size() ? match.captured() : QString();
}

template <typename Button> int WrappingButton<Button>::leadWidth() const
{
    const QString hanging = lead();
    return hanging.isEmpty() ? 0 : this->fontMetrics().horizontalAdvance(shownText(hanging));
}

// Where the text after the lead goes at `width`: after the indicator and the lead, its first line where a one-line
// button has its text.
template <typename Button> QRect WrappingButton<Button>::textRect(int width) const
{
    const int oneLine = Button::sizeHint().height();
    const int top = std::max(0, (oneLine - this->fontMetrics().height()) / 2);
    const int left = indicatorSpace() + leadWidth();
    return QRect(left, top, std::max(1, width - left), 1 << 20);
}

template <typename Button> QSize WrappingButton<Button>::sizeHint() const
{
    return Button::sizeHint(); // the text on one line where there is room for it
}

template <typename Button> QSize WrappingButton<Button>::minimumSizeHint() const
{
    int widest = 0;
    const QFontMetrics metrics = this->fontMetrics();
    for (const QString &word : shownText(this->text().mid(lead().size())).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return {indicatorSpace() + leadWidth() + widest + 2, Button::sizeHint().height()};
}

template <typename Button> int WrappingButton<Button>::heightForWidth(int width) const
{
    const QFontMetrics metrics = this->fontMetrics();
    const int textHeight = metrics.boundingRect(textRect(width), textFlags, this->text().mid(lead().size())).height();
    return Button::sizeHint().height() + std::max(0, textHeight - metrics.height());
}

template <typename Button> void WrappingButton<Button>::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionButton option;
    this->initStyleOption(&option);
    const bool focused = option.state & QStyle::State_HasFocus;
    // The indicator alone, beside the first line; the focus frame goes round the text.
    option.text.clear();
    option.state &= ~QStyle::State_HasFocus;
    option.rect.setHeight(Button::sizeHint().height());
    constexpr QStyle::ControlElement element =
        std::is_same_v<Button, QCheckBox> ? QStyle::CE_CheckBox : QStyle::CE_RadioButton;
    painter.drawControl(element, option);
    const QRect area = textRect(this->width());
    const QString hanging = lead();
    const QString rest = this->text().mid(hanging.size());
    const QRect leadArea(indicatorSpace(), area.top(), leadWidth(), this->fontMetrics().height());
    if (!hanging.isEmpty())
        painter.drawItemText(leadArea, textFlags, option.palette, this->isEnabled(), hanging, QPalette::WindowText);
    painter.drawItemText(area, textFlags, option.palette, this->isEnabled(), rest, QPalette::WindowText);
    if (focused) {
        QStyleOptionFocusRect frame;
        frame.initFrom(this);
        QRect text = this->fontMetrics().boundingRect(area, textFlags, rest);
        if (!hanging.isEmpty())
            text = text.united(leadArea);
        frame.rect = text.adjusted(-2, -1, 2, 1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, frame);
    }
}

template class WrappingButton<QCheckBox>;
template class WrappingButton<QRadioButton>;

} // namespace Keyless::Ui
