#include "ui/labs/flowplayer.h"

#include <QTimer>
#include <QVariantAnimation>

namespace Keyless::Ui::Labs {

FlowPlayer::FlowPlayer(QObject *parent)
    : QObject(parent)
    , m_animation(new QVariantAnimation(this))
    , m_dwell(new QTimer(this))
{
    m_animation->setStartValue(0.0);
    m_animation->setEndValue(1.0);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &value) { setState(m_step, value.toReal()); });
    connect(m_animation, &QVariantAnimation::finished, this, &FlowPlayer::moveFinished);
    m_dwell->setSingleShot(true);
    connect(m_dwell, &QTimer::timeout, this, &FlowPlayer::advance);
}

void FlowPlayer::setEventCount(int count)
{
    stopMotion();
    setPlaying(false);
    m_count = qMax(0, count);
    setState(-1, 0);
}

bool FlowPlayer::isMoving() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void FlowPlayer::setSpeed(double speed)
{
    m_speed = qMax(0.05, speed);
}

void FlowPlayer::setGlobalFactor(double factor)
{
    m_factor = qMax(0.05, factor);
}

void FlowPlayer::setReducedMotion(bool on)
{
    m_reducedMotion = on;
    if (on && isMoving()) {
        m_animation->stop();
        moveFinished();
    }
}

int FlowPlayer::moveDuration() const
{
    return int(MoveMs / (m_speed * m_factor));
}

void FlowPlayer::play()
{
    if (m_count == 0)
        return;
    if (atEnd())
        setState(-1, 0);
    setPlaying(true);
    if (isInstant()) {
        // Tests: the whole run, synchronously, with every frame emitted.
        while (m_playing && !atEnd())
            advance();
        return;
    }
    if (!isMoving() && !m_dwell->isActive())
        advance();
}

void FlowPlayer::pause()
{
    m_dwell->stop();
    setPlaying(false);
}

void FlowPlayer::togglePlay()
{
    if (m_playing)
        pause();
    else
        play();
}

void FlowPlayer::stepForward()
{
    // One press, one step (QA: two quick presses moved one step): a hop still moving lands at once and the
    // next one starts, so classroom stepping never waits and never swallows a press.
    m_dwell->stop();
    if (isMoving())
        m_animation->stop();
    if (m_progress < 1.0 && m_step >= 0)
        setState(m_step, 1.0);
    advance();
}

void FlowPlayer::stepBack()
{
    stopMotion();
    setPlaying(false);
    if (m_step < 0)
        return;
    setState(m_step - 1, m_step - 1 < 0 ? 0.0 : 1.0);
}

void FlowPlayer::restart()
{
    stopMotion();
    setPlaying(false);
    setState(-1, 0);
}

void FlowPlayer::goTo(int step)
{
    stopMotion();
    setPlaying(false);
    step = qBound(-1, step, m_count - 1);
    setState(step, step < 0 ? 0.0 : 1.0);
}

void FlowPlayer::advance()
{
    if (m_step >= m_count - 1) {
        if (m_progress < 1.0 && m_step >= 0)
            setState(m_step, 1.0);
        setPlaying(false);
        return;
    }
    const int next = m_step + 1;
    if (m_reducedMotion || isInstant() || moveDuration() <= 0) {
        setState(next, 1.0);
        moveFinished();
        return;
    }
    setState(next, 0.0);
    m_animation->setDuration(moveDuration());
    m_animation->start();
}

void FlowPlayer::moveFinished()
{
    if (m_progress < 1.0)
        setState(m_step, 1.0);
    if (m_step >= m_count - 1) {
        const bool wasPlaying = m_playing;
        setPlaying(false);
        if (wasPlaying || m_step >= 0)
            emit finished();
        return;
    }
    if (m_playing && !isInstant())
        m_dwell->start(int(DwellMs / (m_speed * m_factor)));
}

void FlowPlayer::setPlaying(bool playing)
{
    if (playing == m_playing)
        return;
    m_playing = playing;
    emit playingChanged(playing);
}

void FlowPlayer::setState(int step, qreal progress)
{
    const bool stepDiffers = step != m_step;
    m_step = step;
    m_progress = progress;
    emit frame(step, progress);
    if (stepDiffers)
        emit stepChanged(step);
}

void FlowPlayer::stopMotion()
{
    m_dwell->stop();
    if (isMoving())
        m_animation->stop();
}

} // namespace Keyless::Ui::Labs
