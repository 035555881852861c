#pragma once

#include <QColor>
#include <QFont>
#include <QObject>
#include <QPalette>
#include <QString>

class QSettings;

namespace Keyless::Ui {

class UiState;

// Colours that carry meaning (right / wrong / caution), derived from the palette in use so they read
// well on light and on dark backgrounds. Never the only carrier of information: text says it too.
struct StatusColors {
    QColor good;
    QColor bad;
    QColor caution;
};
StatusColors statusColors(const QPalette &palette);
bool isDarkPalette(const QPalette &palette);

// Line width for charts and separators: thicker in presenter mode so it carries on a projector.
int lineWidth(const UiState &state);

// Applies the UiState's theme, presenter type scale and zoom to the whole application (palette and
// font) and keeps following it. One per QApplication; restores the original palette and font on
// destruction so tests can create several in one process.
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    explicit Appearance(UiState &state, QObject *parent = nullptr);
    ~Appearance() override;

    static QPalette lightPalette();
    static QPalette darkPalette();

    // The font every widget inherits for the current presenter mode and zoom.
    QFont effectiveFont() const;
    void apply();

private:
    UiState &m_state;
    QPalette m_systemPalette;
    QFont m_systemFont;
    QString m_systemStyle;
};

// Persisted view settings: read at start, written by the settings dialog and on change.
void loadUiState(UiState &state, const QSettings &settings);
void saveUiState(const UiState &state, QSettings &settings);

namespace SettingsKeys {
inline QString language()
{
    return QStringLiteral("ui/language");
}
inline QString theme()
{
    return QStringLiteral("ui/theme");
}
inline QString presenterScale()
{
    return QStringLiteral("ui/presenterScale");
}
inline QString presenterAtStart()
{
    return QStringLiteral("ui/presenterAtStart");
}
inline QString reducedMotion()
{
    return QStringLiteral("ui/reducedMotion");
}
inline QString animationSpeed()
{
    return QStringLiteral("ui/animationSpeed");
}
inline QString zoomSteps()
{
    return QStringLiteral("ui/zoomSteps");
}
inline QString welcomeShown()
{
    return QStringLiteral("ui/welcomeShown");
}
} // namespace SettingsKeys

} // namespace Keyless::Ui
