#include "ui/study/markdownlabel.h"

#include <QEvent>

namespace Keyless::Ui::Study {

MarkdownLabel::MarkdownLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::MarkdownText);
}

void MarkdownLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() != QEvent::FontChange || text().isEmpty())
        return;
    const QString markdown = text();
    clear(); // the same text again would not be imported again
    setText(markdown);
}

} // namespace Keyless::Ui::Study
