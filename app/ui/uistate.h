#pragma once

#include <QObject>
#include <QString>

namespace Keyless::Ui {

// App-wide view settings that several pages follow (presenter mode, theme, language, motion, zoom).
// Loaded from and saved to QSettings by study/appearance.h; pages connect to the change signals.
class UiState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiState)

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)

    using QObject::QObject;

    bool presenterMode() const { return m_presenterMode; }
    void setPresenterMode(bool on)
    {
        if (on == m_presenterMode)
            return;
        m_presenterMode = on;
        emit presenterModeChanged(on);
    }

    // Type scale applied in presenter mode (1.5 = 150 %).
    double presenterScale() const { return m_presenterScale; }
    void setPresenterScale(double scale)
    {
        if (qFuzzyCompare(scale, m_presenterScale))
            return;
        m_presenterScale = scale;
        emit presenterScaleChanged(scale);
    }

    bool reducedMotion() const { return m_reducedMotion; }
    void setReducedMotion(bool on)
    {
        if (on == m_reducedMotion)
            return;
        m_reducedMotion = on;
        emit reducedMotionChanged(on);
    }

    // 1.0 = normal; tests set a very large factor so animations finish at once.
    double animationSpeed() const { return m_animationSpeed; }
    void setAnimationSpeed(double factor)
    {
        if (qFuzzyCompare(factor, m_animationSpeed))
            return;
        m_animationSpeed = factor;
        emit animationSpeedChanged(factor);
    }

    // Point size added to the base font everywhere (Ctrl+= / Ctrl+-).
    int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps)
    {
        if (steps == m_zoomSteps)
            return;
        m_zoomSteps = steps;
        emit zoomStepsChanged(steps);
    }

    Theme theme() const { return m_theme; }
    void setTheme(Theme theme)
    {
        if (theme == m_theme)
            return;
        m_theme = theme;
        emit themeChanged(theme);
    }

    // True when the palette in use is dark (an explicit dark theme, or a dark system palette).
    // Set by the appearance code after it applied a palette; pages use it to pick chart styles.
    bool isDark() const { return m_dark; }
    void setDark(bool dark)
    {
        if (dark == m_dark)
            return;
        m_dark = dark;
        emit darkChanged(dark);
    }

    // UI language code ("en", "de", "es"); empty means the system language. A change is the learner's choice, the
    // one saved.
    QString language() const { return m_language; }
    void setLanguage(const QString &code)
    {
        if (code == m_language)
            return;
        m_savedLanguage = code;
        setLanguageForThisRun(code);
    }
    // The learner picked `code` (in Settings): saved, also when it is the language this run already has from --lang.
    void chooseLanguage(const QString &code)
    {
        m_savedLanguage = code;
        setLanguageForThisRun(code);
    }
    // A language for this run only (--lang): the saved choice stays what it was, so the next start has it again.
    void setLanguageForThisRun(const QString &code)
    {
        if (code == m_language)
            return;
        m_language = code;
        emit languageChanged(code);
    }
    // The learner's own choice, the one settings save: language() unless a --lang applies.
    QString savedLanguage() const { return m_savedLanguage; }

signals:
    void presenterModeChanged(bool on);
    void presenterScaleChanged(double scale);
    void reducedMotionChanged(bool on);
    void animationSpeedChanged(double factor);
    void zoomStepsChanged(int steps);
    void themeChanged(Keyless::Ui::UiState::Theme theme);
    void darkChanged(bool dark);
    void languageChanged(const QString &code);

private:
    bool m_presenterMode = false;
    double m_presenterScale = 1.5;
    bool m_reducedMotion = false;
    double m_animationSpeed = 1.0;
    int m_zoomSteps = 0;
    Theme m_theme = Theme::System;
    bool m_dark = false;
    QString m_language;
    QString m_savedLanguage;
};

} // namespace Keyless::Ui
