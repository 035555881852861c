#include "ui/relativefont.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QWidget>

namespace Keyless::Ui {

namespace {

// Follows the parent: it has no font of its own, so it receives FontChange whenever the application font changes
// (Qt 6.4 does not send ApplicationFontChange to widgets that set a font of their own).
class RelativeFont final : public QObject
{
public:
    RelativeFont(QWidget *widget, double scale, bool bold)
        : QObject(widget)
        , m_widget(widget)
        , m_scale(scale)
        , m_bold(bold)
    {
        if (QWidget *parent = widget->parentWidget())
            parent->installEventFilter(this);
        apply();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_widget->parentWidget() && event->type() == QEvent::FontChange)
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    void apply()
    {
        QFont font = m_widget->parentWidget() ? m_widget->parentWidget()->font() : QApplication::font(m_widget);
        font.setBold(m_bold);
        font.setPointSizeF(font.pointSizeF() * m_scale);
        m_widget->setFont(font);
    }

    QWidget *m_widget;
    double m_scale;
    bool m_bold;
};

} // namespace

void setRelativeFont(QWidget *widget, double scale, bool bold)
{
    qDeleteAll(widget->findChildren<RelativeFont *>(Qt::FindDirectChildrenOnly));
    new RelativeFont(widget, scale, bold);
}

void setFixedPitchFont(QWidget *widget)
{
    const QFont system = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    // A default QFont resolves nothing; only what is set here overrides the parent's font.
    QFont font;
    font.setFamilies(system.families().isEmpty() ? QStringList{system.family()} : system.families());
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    widget->setFont(font);
}

} // namespace Keyless::Ui
