#pragma once

#include <QLabel>

namespace Keyless::Ui::Study {

// A label of Markdown text whose `code` follows its type size: Qt's Markdown import gives code its size when the text
// is set, so after presenter mode or zoom a question's code stayed at the old size inside the new text (QA). On a
// change of font the text is imported again.
class MarkdownLabel final : public QLabel
{
public:
    explicit MarkdownLabel(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;
};

} // namespace Keyless::Ui::Study
