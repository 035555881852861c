#pragma once

#include <QPlainTextEdit>

namespace Keyless::Ui::Labs {

// A read-only plain-text pane for text of any length: the console's output and the flow inspector's HTTP exchange.
// Qt lays a wrapped line out in time that grows with the square of its longest unbroken run (each row looks for the
// run's end again): one 300,000-character word froze the window for 30 s (QA), where a token of 2,000 takes no time.
// A longer run is shown with a zero-width space, a break opportunity nobody sees, every 1,024 characters; what the pane
// puts on the clipboard is the text as it was given.
class LongTextView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LongTextView)

public:
    explicit LongTextView(QWidget *parent = nullptr);

    // The text as shown: runs over 4,096 characters get their break opportunities.
    static QString shown(const QString &text);
    // The text as given, from what is shown.
    static QString given(QString shown);

    void setLongText(const QString &text) { setPlainText(shown(text)); }
    // The selection as given, or the whole text when nothing is selected (lines end in '\n').
    QString selectedOrAllText() const;

protected:
    QMimeData *createMimeDataFromSelection() const override;
};

} // namespace Keyless::Ui::Labs
