#pragma once

#include <QObject>

class QTimer;
class QVariantAnimation;

namespace Keyless::Ui::Labs {

// Plays a trace one event at a time: the packet moves along its edge (progress 0 → 1), rests, and the
// next event starts. Step, back and restart work while playing or paused. Durations are divided by the
// user's speed and by the app-wide animation factor; at a factor of InstantFactor or more (tests) every
// move completes synchronously, and with reduced motion steps jump straight to their end state.
class FlowPlayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowPlayer)

public:
    static constexpr int MoveMs = 900;
    static constexpr int DwellMs = 600;
    static constexpr double InstantFactor = 1000.0;

    explicit FlowPlayer(QObject *parent = nullptr);

    void setEventCount(int count); // resets to before the first event
    int eventCount() const { return m_count; }
    int step() const { return m_step; } // -1 before the first event
    qreal progress() const { return m_progress; }
    bool isPlaying() const { return m_playing; }
    bool isMoving() const;
    bool atEnd() const { return m_step == m_count - 1 && m_progress >= 1.0; }

    void setSpeed(double speed); // the learner's choice, e.g. 0.5, 1, 2
    double speed() const { return m_speed; }
    void setGlobalFactor(double factor); // UiState::animationSpeed
    void setReducedMotion(bool on);
    bool reducedMotion() const { return m_reducedMotion; }
    bool isInstant() const { return m_speed * m_factor >= InstantFactor; }
    int moveDuration() const;

public slots:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void restart();
    void goTo(int step); // shows that event arrived, no movement; pauses

signals:
    void frame(int step, qreal progress);
    void stepChanged(int step);
    void playingChanged(bool playing);
    void finished();

private:
    void advance();
    void moveFinished();
    void setPlaying(bool playing);
    void setState(int step, qreal progress);
    void stopMotion();

    QVariantAnimation *m_animation = nullptr;
    QTimer *m_dwell = nullptr;
    int m_count = 0;
    int m_step = -1;
    qreal m_progress = 0;
    bool m_playing = false;
    bool m_reducedMotion = false;
    double m_speed = 1.0;
    double m_factor = 1.0;
};

} // namespace Keyless::Ui::Labs
