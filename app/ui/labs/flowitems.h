#pragma once

#include "ui/labs/flowtrace.h"

#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <QGraphicsPathItem>
#include <QList>

class QPalette;

namespace Keyless::Ui::Labs {

// Colours and sizes of the diagram, derived from the widget palette (light or dark) and presenter
// mode (thicker lines, larger type).
struct FlowStyle {
    QColor background;
    QColor nodeFill;
    QColor nodeBorder;
    QColor text;
    QColor mutedText;
    QColor edge;
    QColor accent; // the current step
    QColor success;
    QColor failure;
    QColor packet;
    qreal lineWidth = 2.0;
    qreal fontPointSize = 10.0;
    bool dark = false;
    bool presenter = false;

    static FlowStyle fromPalette(const QPalette &palette, bool presenter, int zoomSteps = 0);
    QFont font(qreal scale = 1.0, bool bold = false) const;
    QColor roleColor(FlowRole role) const;
};

class FlowEdgeItem;

// One participant of the trace: a rounded card with its name, what it is, its identity badge and, for
// resources, the RBAC gate that opens or stays shut with the authorization decision.
class FlowNodeItem final : public QGraphicsObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowNodeItem)

public:
    enum { Type = UserType + 1 };
    enum class Gate { None, Unknown, Open, Shut };

    FlowNodeItem(const FlowParticipant &participant, const FlowStyle &style, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const FlowParticipant &participant() const { return m_participant; }
    void setStyle(const FlowStyle &style);
    void addEdge(FlowEdgeItem *edge);
    QSizeF size() const;
    // The card as drawn, in scene coordinates (the bounding rect adds room for the active glow).
    QRectF sceneCardRect() const;
    // The width the label, subtitle and badge are drawn in (they are elided beyond it).
    qreal textWidth() const;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    void setFailed(bool failed);
    bool isFailed() const { return m_failed; }
    void setGate(Gate gate);
    Gate gate() const { return m_gate; }

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    FlowParticipant m_participant;
    FlowStyle m_style;
    QList<FlowEdgeItem *> m_edges;
    bool m_active = false;
    bool m_failed = false;
    Gate m_gate = Gate::None;
};

// The line between two participants. It follows its nodes when they move (itemChange → adjust) and
// shows the state of the last hop over it: untouched, done, current, or failed with its status.
class FlowEdgeItem final : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };
    enum class State { Idle, Done, Current, Failed };

    FlowEdgeItem(FlowNodeItem *a, FlowNodeItem *b, const FlowStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    FlowNodeItem *nodeA() const { return m_a; }
    FlowNodeItem *nodeB() const { return m_b; }
    bool connects(const QString &x, const QString &y) const;
    // Point at `t` (0..1) going from participant `fromId` to the other end.
    QPointF pointAt(qreal t, const QString &fromId) const;

    void adjust();
    void setStyle(const FlowStyle &style);
    void setState(State state, const QString &badge = {});
    State state() const { return m_state; }
    QString badge() const { return m_badge; }

private:
    QRectF badgeRect() const;

    FlowNodeItem *m_a = nullptr;
    FlowNodeItem *m_b = nullptr;
    FlowStyle m_style;
    State m_state = State::Idle;
    QString m_badge;
    QPointF m_p1;
    QPointF m_p2;
};

// The request or token travelling along an edge: a dot with the event's caption beside it.
class FlowPacketItem final : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };

    explicit FlowPacketItem(const FlowStyle &style);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setStyle(const FlowStyle &style);
    void setCaption(const QString &caption, bool failed);
    QString caption() const { return m_caption; }
    bool failed() const { return m_failed; }
    // The caption's bubble, in item coordinates: right of the dot, or left of it (setLabelOnLeft).
    QRectF labelRect() const;
    void setLabelOnLeft(bool left);
    bool labelOnLeft() const { return m_labelLeft; }
    // Moves the bubble up (negative) or down (positive) from its place above the dot, off a node it would cover.
    void setLabelShift(qreal shift);
    qreal labelShift() const { return m_labelShift; }
    qreal dotRadius() const { return m_style.fontPointSize * 0.9; }
    // The shift that puts the bubble just below the dot.
    qreal labelShiftBelow() const;
    // A bubble moved away from its dot keeps a line to it (item coordinates); null when the bubble is beside it.
    QLineF leaderLine() const;

private:
    FlowStyle m_style;
    QString m_caption;
    bool m_failed = false;
    bool m_labelLeft = false;
    qreal m_labelShift = 0;
};

} // namespace Keyless::Ui::Labs
