#pragma once

#include <QObject>

namespace Keyless::Ui {

// App-wide view settings that several pages follow (presenter mode, motion, zoom). Persisted by the
// settings dialog; pages connect to the change signals.
class UiState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UiState)

public:
    using QObject::QObject;

    bool presenterMode() const { return m_presenterMode; }
    void setPresenterMode(bool on)
    {
        if (on == m_presenterMode)
            return;
        m_presenterMode = on;
        emit presenterModeChanged(on);
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

signals:
    void presenterModeChanged(bool on);
    void reducedMotionChanged(bool on);
    void animationSpeedChanged(double factor);
    void zoomStepsChanged(int steps);

private:
    bool m_presenterMode = false;
    bool m_reducedMotion = false;
    double m_animationSpeed = 1.0;
    int m_zoomSteps = 0;
};

} // namespace Keyless::Ui
