#include "ui/study/appearance.h"

#include "ui/uistate.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPointer>
#include <QProxyStyle>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>
#include <functional>
#include <optional>

namespace Keyless::Ui {

namespace {

// An icon of the base style built when it is first drawn or measured. A toolbar and a menu bar make their overflow
// buttons at once, and a line edit its clear button; the common style's icons for them read PNG files (scanning the
// image-format and icon-engine plugins first) during the start, for buttons that show in a window too narrow for the
// toolbar or once there is text to clear.
class DeferredIconEngine final : public QIconEngine
{
public:
    explicit DeferredIconEngine(std::function<QIcon()> make)
        : m_make(std::move(make))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().pixmap(size, mode, state);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return icon().pixmap(size, scale, mode, state);
    }
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override
    {
        return icon().availableSizes(mode, state);
    }
    bool isNull() override { return false; } // the styles' icons for these buttons are never null; asking must not load
    QString key() const override { return QStringLiteral("KeylessDeferredIcon"); }
    QIconEngine *clone() const override
    {
        auto *copy = new DeferredIconEngine(m_make);
        copy->m_icon = m_icon;
        return copy;
    }

private:
    const QIcon &icon()
    {
        if (!m_icon)
            m_icon = m_make();
        return *m_icon;
    }

    std::function<QIcon()> m_make;
    std::optional<QIcon> m_icon;
};

// The application's style over the system's (or over Fusion, which draws from the palette, in the light and dark
// themes), with these changes:
// - indicators grow with the type (presenter mode, zoom): Qt's styles draw check boxes and radio buttons at one pixel
//   size and Fusion a combo box's arrow at 8 px whatever the font, specks beside presenter mode's text on a projector;
// - over Fusion with our palettes, two parts that it does not take from the palette are fixed (both nearly invisible
//   in dark): a check box frame is Window.darker(140), about the colour of Base, so an unchecked box on a dark window
//   or in a dark item view had no visible edge; it gets a PlaceholderText edge (≥ 3:1), and so does a radio button. And
//   dialog buttons carry Qt's built-in icons, dark pixmaps whatever the palette (a dark ✕ on the dark Close button).
//   They repeat the button text and would not follow a theme switch while the dialog is open, so buttons show their
//   text only, as they do on Windows and macOS.
// The icons of buttons that a window shows only now and then are built when first drawn (DeferredIconEngine).
class KeylessStyle final : public QProxyStyle
{
public:
    KeylessStyle(const QString &base, bool paletteFixes)
        : QProxyStyle(QStyleFactory::create(base))
        , m_base(base)
        , m_overFusion(base.compare(QLatin1String("fusion"), Qt::CaseInsensitive) == 0)
        , m_paletteFixes(paletteFixes)
    {
        setObjectName(QStringLiteral("keylessStyle"));
    }

    const QString &base() const { return m_base; }
    bool paletteFixes() const { return m_paletteFixes; }
    void setScale(qreal scale) { m_scale = std::max(1.0, scale); }

    int pixelMetric(PixelMetric metric, const QStyleOption *option, const QWidget *widget) const override
    {
        const int size = QProxyStyle::pixelMetric(metric, option, widget);
        switch (metric) {
        case PM_IndicatorWidth:
        case PM_IndicatorHeight:
        case PM_ExclusiveIndicatorWidth:
        case PM_ExclusiveIndicatorHeight:
            return qRound(size * m_scale);
        default:
            return size;
        }
    }

    // A spin box's buttons over Fusion, as wide as Fusion's (14 px) times the type's scale; the text field gives way.
    QRect subControlRect(ComplexControl control, const QStyleOptionComplex *option, SubControl part,
                         const QWidget *widget) const override
    {
        QRect rect = QProxyStyle::subControlRect(control, option, part, widget);
        const int extra = spinButtonExtra(control, option);
        if (extra > 0 && (part == SC_SpinBoxUp || part == SC_SpinBoxDown))
            rect.setLeft(rect.left() - extra);
        else if (extra > 0 && part == SC_SpinBoxEditField)
            rect.setRight(rect.right() - extra);
        return rect;
    }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &contents,
                           const QWidget *widget) const override
    {
        QSize size = QProxyStyle::sizeFromContents(type, option, contents, widget);
        const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
        if (type == CT_SpinBox && spin && spin->subControls != SC_SpinBoxFrame &&
            spin->subControls != SC_SpinBoxEditField)
            size.rwidth() += spinButtonExtra(CC_SpinBox, spin);
        return size;
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget) const override
    {
        if (spinButtonExtra(control, option) > 0) {
            drawGrownSpinBox(qstyleoption_cast<const QStyleOptionSpinBox *>(option), painter, widget);
            return;
        }
        const auto *combo = qstyleoption_cast<const QStyleOptionComboBox *>(option);
        if (control != CC_ComboBox || !combo || m_scale <= 1.0 || !(combo->subControls & SC_ComboBoxArrow) ||
            !m_overFusion) {
            QProxyStyle::drawComplexControl(control, option, painter, widget);
            return;
        }
        // Fusion's arrow, 8 px by about 4.6 and drawn in the button text's colour at 160/255, grown with the type.
        QStyleOptionComboBox noArrow = *combo;
        noArrow.subControls &= ~SC_ComboBoxArrow;
        // Fusion keeps a picture of each box in its pixmap cache, under a key of its state and size but not of the
        // parts drawn: this one, without its arrow, must not be the picture of a box of that size with its arrow (QA:
        // back at the normal size the boxes had no arrow). Fusion draws nothing for State_Mini (a macOS size).
        noArrow.state |= State_Mini;
        QProxyStyle::drawComplexControl(control, &noArrow, painter, widget);
        const QRectF area = subControlRect(CC_ComboBox, combo, SC_ComboBoxArrow, widget);
        const qreal width = std::min(8.0 * m_scale, area.width() - 2);
        const qreal height = width * 4.6 / 8.0;
        const QPointF top(area.center().x() - width / 2, area.center().y() - height / 2);
        QColor colour = combo->palette.buttonText().color();
        colour.setAlpha(160);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawPolygon(QPolygonF({top, top + QPointF(width, 0), top + QPointF(width / 2, height)}));
        painter->restore();
    }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        const bool box = element == PE_IndicatorCheckBox;
        if (!m_paletteFixes || !(box || element == PE_IndicatorRadioButton) || !option)
            return;
        if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
            return; // Fusion's highlighted focus frame stays
        // Over Fusion's frame: the same half-pixel-aligned rectangle, or circle (a radio button's edge was as dark).
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->translate(0.5, 0.5);
        painter->setPen(QPen(option->palette.color(QPalette::PlaceholderText)));
        painter->setBrush(Qt::NoBrush);
        if (box)
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        else
            painter->drawEllipse(QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5));
        painter->restore();
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        if (icon != SP_ToolBarHorizontalExtensionButton && icon != SP_ToolBarVerticalExtensionButton &&
            icon != SP_LineEditClearButton)
            return QProxyStyle::standardIcon(icon, option, widget);
        // From the style in use when it is first drawn (a theme change replaces this one); the option is the caller's
        // and the widget may be gone by then.
        return QIcon(new DeferredIconEngine([icon, from = QPointer<const QWidget>(widget)] {
            const QStyle *style = QApplication::style();
            if (const auto *ours = dynamic_cast<const KeylessStyle *>(style))
                style = ours->baseStyle();
            return style->standardIcon(icon, nullptr, from.data());
        }));
    }

    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                  QStyleHintReturn *returnData) const override
    {
        if (m_paletteFixes && hint == SH_DialogButtonBox_ButtonsHaveIcons)
            return 0;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }

private:
    int spinButtonExtra(ComplexControl control, const QStyleOptionComplex *option) const
    {
        const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option);
        if (control != CC_SpinBox || !spin || m_scale <= 1.0 || !m_overFusion ||
            spin->buttonSymbols != QAbstractSpinBox::UpDownArrows)
            return 0;
        return qRound(14 * (m_scale - 1));
    }

    // Fusion's box and buttons in the grown rectangles, then arrows grown with the type over Fusion's 8 px ones (each
    // covers the smaller one drawn at its centre), in Fusion's colours: the window text at 160/255, or the disabled
    // text where a step is not possible.
    void drawGrownSpinBox(const QStyleOptionSpinBox *spin, QPainter *painter, const QWidget *widget) const
    {
        QStyleOptionSpinBox box = *spin;
        box.state |= State_Mini; // its own key in Fusion's pixmap cache, as for the combo boxes above
        QProxyStyle::drawComplexControl(CC_SpinBox, &box, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(Qt::NoPen);
        for (const SubControl part : {SC_SpinBoxUp, SC_SpinBoxDown}) {
            const bool up = part == SC_SpinBoxUp;
            const QRectF area = subControlRect(CC_SpinBox, spin, part, widget);
            const bool possible =
                (spin->state & State_Enabled) &&
                (spin->stepEnabled & (up ? QAbstractSpinBox::StepUpEnabled : QAbstractSpinBox::StepDownEnabled));
            QColor colour = possible ? spin->palette.color(QPalette::Active, QPalette::WindowText)
                                     : spin->palette.color(QPalette::Disabled, QPalette::WindowText);
            colour.setAlpha(160);
            const qreal width = std::min(8.0 * m_scale, area.width() - 4);
            const qreal height = std::min(width * 4.6 / 8.0, area.height() - 2);
            const qreal x = area.center().x() - width / 2;
            const qreal y = area.center().y() - height / 2;
            painter->setBrush(colour);
            if (up)
                painter->drawPolygon(
                    QPolygonF({QPointF(x, y + height), QPointF(x + width, y + height), QPointF(x + width / 2, y)}));
            else
                painter->drawPolygon(
                    QPolygonF({QPointF(x, y), QPointF(x + width, y), QPointF(x + width / 2, y + height)}));
        }
        painter->restore();
    }

    QString m_base;
    bool m_overFusion = false; // the arrow it grows is Fusion's
    bool m_paletteFixes = false;
    qreal m_scale = 1.0;
};

// The system's style, as it was before any Appearance put ours over it.
QString systemStyleName()
{
    static const QString name = [] {
        const QStyle *style = QApplication::style();
        if (const auto *ours = dynamic_cast<const KeylessStyle *>(style))
            return ours->base();
        return style ? style->name() : QString();
    }();
    return name;
}

} // namespace

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}

StatusColors statusColors(const QPalette &palette)
{
    if (isDarkPalette(palette))
        return {QColor(0x7f, 0xd3, 0x8b), QColor(0xff, 0x8a, 0x80), QColor(0xf6, 0xc3, 0x5b)};
    return {QColor(0x1b, 0x7f, 0x3b), QColor(0xb3, 0x26, 0x1e), QColor(0x8a, 0x5a, 0x00)};
}

int lineWidth(const UiState &state)
{
    return state.presenterMode() ? 4 : 2;
}

Appearance::Appearance(UiState &state, QObject *parent)
    : QObject(parent)
    , m_state(state)
    , m_systemPalette(QApplication::palette())
    , m_systemFont(QApplication::font())
    , m_systemStyle(systemStyleName())
{
    connect(&m_state, &UiState::themeChanged, this, &Appearance::apply);
    connect(&m_state, &UiState::presenterModeChanged, this, &Appearance::apply);
    connect(&m_state, &UiState::presenterScaleChanged, this, &Appearance::apply);
    connect(&m_state, &UiState::zoomStepsChanged, this, &Appearance::apply);
    apply();
}

Appearance::~Appearance()
{
    QApplication::setPalette(m_systemPalette);
    QApplication::setFont(m_systemFont);
}

QPalette Appearance::lightPalette()
{
    QPalette p;
    const QColor window(0xf5, 0xf6, 0xf8);
    const QColor base(0xff, 0xff, 0xff);
    const QColor text(0x1c, 0x1e, 0x21);
    const QColor accent(0x0a, 0x5c, 0xc2);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0xee, 0xf1, 0xf5));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x70, 0x78));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0xe9, 0xec, 0xf0));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xb3, 0x26, 0x1e));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xdc, 0xe0, 0xe5));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc6));
    p.setColor(QPalette::Dark, QColor(0x8a, 0x91, 0x9b));
    p.setColor(QPalette::Shadow, QColor(0x4a, 0x4f, 0x56));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0x6a, 0x3d, 0xb8));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8a, 0x91, 0x9b));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8a, 0x91, 0x9b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8a, 0x91, 0x9b));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    const QColor window(0x1f, 0x22, 0x27);
    const QColor base(0x16, 0x18, 0x1c);
    const QColor text(0xe6, 0xe8, 0xeb);
    const QColor accent(0x5a, 0xa9, 0xff);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x28, 0x2e));
    p.setColor(QPalette::ToolTipBase, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xab));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x2b, 0x2f, 0x36));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x47));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3e));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x50, 0x59));
    p.setColor(QPalette::Dark, QColor(0x10, 0x12, 0x15));
    p.setColor(QPalette::Shadow, QColor(0x00, 0x00, 0x00));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, accent);
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x80, 0x89));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x80, 0x89));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x80, 0x89));
    return p;
}

QFont Appearance::effectiveFont() const
{
    QFont font = m_systemFont;
    double size = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    if (m_state.presenterMode())
        size *= m_state.presenterScale();
    size = std::clamp(size + m_state.zoomSteps(), 6.0, 72.0);
    font.setPointSizeF(size);
    return font;
}

void Appearance::apply()
{
    const bool ourPalette = m_state.theme() != UiState::Theme::System;
    const QFont font = effectiveFont();
    const qreal scale = m_systemFont.pointSizeF() > 0 ? font.pointSizeF() / m_systemFont.pointSizeF() : 1.0;
    // Fusion draws (nearly) every part of a widget from the palette; native styles may ignore a dark one. The system
    // theme keeps the system's style, under ours.
    const QString base = ourPalette ? QStringLiteral("fusion") : m_systemStyle;
    auto *ours = dynamic_cast<KeylessStyle *>(QApplication::style());
    QStyle *replacement = nullptr;
    if (!base.isEmpty() &&
        (!ours || ours->base().compare(base, Qt::CaseInsensitive) != 0 || ours->paletteFixes() != ourPalette)) {
        auto *style = new KeylessStyle(base, ourPalette);
        style->setScale(scale);
        replacement = style;
    } else if (ours) {
        ours->setScale(scale); // before the font: its change has every widget measure itself again
    }
    QApplication::setFont(font);
    // A new style after the font (QA: set before it, in the system theme, the boxes measured at the large type kept
    // that size when the type shrank back); the palette after the style, which brings its own.
    if (replacement)
        QApplication::setStyle(replacement);
    QApplication::setPalette(ourPalette ? (m_state.theme() == UiState::Theme::Dark ? darkPalette() : lightPalette())
                                        : m_systemPalette);
    m_state.setDark(isDarkPalette(QApplication::palette()));
}

void loadUiState(UiState &state, const QSettings &settings)
{
    state.setLanguage(settings.value(SettingsKeys::language()).toString());
    const QString theme = settings.value(SettingsKeys::theme(), QStringLiteral("system")).toString();
    state.setTheme(theme == QLatin1String("dark")    ? UiState::Theme::Dark
                   : theme == QLatin1String("light") ? UiState::Theme::Light
                                                     : UiState::Theme::System);
    state.setPresenterScale(std::clamp(settings.value(SettingsKeys::presenterScale(), 1.5).toDouble(), 1.0, 3.0));
    state.setReducedMotion(settings.value(SettingsKeys::reducedMotion(), false).toBool());
    state.setAnimationSpeed(std::clamp(settings.value(SettingsKeys::animationSpeed(), 1.0).toDouble(), 0.25, 4.0));
    state.setZoomSteps(std::clamp(settings.value(SettingsKeys::zoomSteps(), 0).toInt(), -6, 24));
}

void saveUiState(const UiState &state, QSettings &settings)
{
    settings.setValue(SettingsKeys::language(), state.savedLanguage());
    const char *theme = state.theme() == UiState::Theme::Dark    ? "dark"
                        : state.theme() == UiState::Theme::Light ? "light"
                                                                 : "system";
    settings.setValue(SettingsKeys::theme(), QString::fromLatin1(theme));
    settings.setValue(SettingsKeys::presenterScale(), state.presenterScale());
    settings.setValue(SettingsKeys::reducedMotion(), state.reducedMotion());
    settings.setValue(SettingsKeys::animationSpeed(), state.animationSpeed());
    settings.setValue(SettingsKeys::zoomSteps(), state.zoomSteps());
}

} // namespace Keyless::Ui
