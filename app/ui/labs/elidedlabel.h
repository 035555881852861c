#pragma once

#include <QLabel>

namespace Keyless::Ui::Labs {

// A one-line plain-text label that gives way when its row is short: it asks for its whole text, but can be made
// as narrow as a few characters, and then paints its text cut at the end with an ellipsis instead of clipping it
// mid-letter. text() stays the whole text (screen readers read it whole); the owner puts it in a tooltip.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElidedLabel)

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // Whether the label is too narrow for its text, so it shows it shortened.
    bool isElided() const;
    // What the label paints: its text, or the text shortened to its width with an ellipsis.
    QString shownText() const;

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace Keyless::Ui::Labs
