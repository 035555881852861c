#include "ui/labs/combofit.h"

#include <QComboBox>
#include <QEvent>
#include <QStyle>
#include <QStyleOptionComboBox>

namespace Keyless::Ui::Labs {

namespace {

// Lives on the box it keeps: its current text changes with a new item, a retranslated item or a new font.
class ComboFit final : public QObject
{
public:
    explicit ComboFit(QComboBox *box)
        : QObject(box)
        , m_box(box)
    {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->installEventFilter(this);
        connect(box, &QComboBox::currentTextChanged, this, &ComboFit::apply);
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_box && (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange))
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply() { m_box->setMinimumWidth(comboWidthFor(*m_box, m_box->currentText())); }

    QComboBox *m_box = nullptr;
};

} // namespace

int comboWidthFor(const QComboBox &box, const QString &text)
{
    QStyleOptionComboBox option;
    option.initFrom(&box);
    option.editable = box.isEditable();
    option.currentText = text;
    const QFontMetrics metrics = box.fontMetrics();
    const QSize contents(metrics.horizontalAdvance(text), metrics.height());
    return box.style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, &box).width();
}

void followTexts(QComboBox *box)
{
    new ComboFit(box);
}

} // namespace Keyless::Ui::Labs
