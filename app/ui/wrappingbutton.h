#pragma once

// A check box or radio button whose text wraps onto more lines at the width it is given. Qt's own keep their text
// on one line and are cut at the edge of the window (a long answer in presenter mode, a long choice in Spanish).
// The whole widget is the button: a click anywhere on its text chooses, as on a one-line button's text.
// With a hanging lead ("A   " of "A   an answer"), the lines after the first start under the text, not under the lead.

#include <QCheckBox>
#include <QRadioButton>

namespace Keyless::Ui {

template <typename Button> class WrappingButton final : public Button
{
public:
    explicit WrappingButton(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // The text's first word and the spaces after it hang: the wrapped lines start where the rest does.
    void setHangingLead(bool hanging);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override { return this->rect().contains(pos); }

private:
    int indicatorSpace() const; // the indicator and the spacing left of the text
    QString lead() const;       // the hanging part of the text, or none
    int leadWidth() const;

    QRect textRect(int width) const; // of the text after the lead

    bool m_hanging = false;
};

using WrappingCheckBox = WrappingButton<QCheckBox>;
using WrappingRadioButton = WrappingButton<QRadioButton>;

extern template class WrappingButton<QCheckBox>;
extern template class WrappingButton<QRadioButton>;

} // namespace Keyless::Ui
