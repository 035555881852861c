#include "ui/labs/flowitems.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPalette>
#include <QtMath>

#include <algorithm>

namespace Keyless::Ui::Labs {

namespace {

constexpr qreal NodeRadius = 10.0;

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

// Where the line from the centre of `rect` towards `target` leaves the rectangle.
QPointF rectExit(const QRectF &rect, const QPointF &target)
{
    const QPointF c = rect.center();
    const QPointF d = target - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const qreal sx = qFuzzyIsNull(d.x()) ? 1e9 : (rect.width() / 2) / qAbs(d.x());
    const qreal sy = qFuzzyIsNull(d.y()) ? 1e9 : (rect.height() / 2) / qAbs(d.y());
    const qreal s = qMin(sx, sy);
    return c + d * s;
}

} // namespace

FlowStyle FlowStyle::fromPalette(const QPalette &palette, bool presenter, int zoomSteps)
{
    FlowStyle s;
    const QColor window = palette.color(QPalette::Window);
    s.dark = window.lightness() < 128;
    s.background = s.dark ? QColor(0x1e, 0x22, 0x28) : QColor(0xf7, 0xf8, 0xfa);
    s.nodeFill = s.dark ? QColor(0x2b, 0x31, 0x3a) : QColor(0xff, 0xff, 0xff);
    s.nodeBorder = s.dark ? QColor(0x5a, 0x64, 0x73) : QColor(0xb8, 0xc0, 0xcc);
    s.text = s.dark ? QColor(0xec, 0xef, 0xf4) : QColor(0x1f, 0x23, 0x28);
    s.mutedText = s.dark ? QColor(0xa9, 0xb1, 0xbd) : QColor(0x5c, 0x66, 0x73);
    s.edge = s.dark ? QColor(0x6b, 0x75, 0x85) : QColor(0xa8, 0xb0, 0xbc);
    s.accent = s.dark ? QColor(0x4d, 0xa3, 0xff) : QColor(0x00, 0x67, 0xc0);
    s.success = s.dark ? QColor(0x4c, 0xc3, 0x7a) : QColor(0x1a, 0x7f, 0x37);
    s.failure = s.dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    s.packet = s.dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0xe0, 0x8a, 0x00);
    s.presenter = presenter;
    s.lineWidth = presenter ? 4.0 : 2.0;
    s.fontPointSize = (presenter ? 15.0 : 10.0) + zoomSteps;
    if (s.fontPointSize < 6)
        s.fontPointSize = 6;
    return s;
}

QFont FlowStyle::font(qreal scale, bool bold) const
{
    QFont f;
    f.setPointSizeF(fontPointSize * scale);
    f.setBold(bold);
    return f;
}

QColor FlowStyle::roleColor(FlowRole role) const
{
    switch (role) {
    case FlowRole::Caller:
        return dark ? QColor(0x4d, 0xa3, 0xff) : QColor(0x00, 0x67, 0xc0);
    case FlowRole::Credential:
        return dark ? QColor(0xb3, 0x9d, 0xdb) : QColor(0x6f, 0x42, 0xc1);
    case FlowRole::IdentityEndpoint:
        return dark ? QColor(0x3d, 0xd6, 0xc6) : QColor(0x00, 0x80, 0x80);
    case FlowRole::Entra:
        return dark ? QColor(0x7a, 0xb8, 0xff) : QColor(0x1f, 0x4e, 0x9e);
    case FlowRole::Resource:
        return dark ? QColor(0xff, 0xb3, 0x66) : QColor(0xb3, 0x5c, 0x00);
    case FlowRole::Other:
        break;
    }
    return mutedText;
}

// ---------------------------------------------------------------------------------------------------

FlowNodeItem::FlowNodeItem(const FlowParticipant &participant, const FlowStyle &style, QGraphicsItem *parent)
    : QGraphicsObject(parent)
    , m_participant(participant)
    , m_style(style)
{
    setFlag(ItemIsMovable);
    setFlag(ItemIsSelectable);
    setFlag(ItemSendsGeometryChanges);
    setZValue(1);
    setCacheMode(DeviceCoordinateCache);
    if (m_participant.role == FlowRole::Resource)
        m_gate = Gate::Unknown;
    setToolTip(m_participant.id);
}

qreal FlowNodeItem::textWidth() const
{
    const qreal pad = m_style.fontPointSize * 1.4;
    const qreal gateSpace = m_gate != Gate::None ? m_style.fontPointSize * 3.2 : 0;
    return size().width() - 2 * pad - gateSpace;
}

QSizeF FlowNodeItem::size() const
{
    const QFontMetricsF title(m_style.font(1.15, true));
    const QFontMetricsF small(m_style.font(0.9));
    qreal w = qMax(title.horizontalAdvance(m_participant.label), small.horizontalAdvance(m_participant.subtitle));
    w = qMax(w, small.horizontalAdvance(m_participant.badge) + small.height() * 2.4);
    const qreal pad = m_style.fontPointSize * 1.4;
    const qreal gateSpace = m_gate != Gate::None ? m_style.fontPointSize * 3.2 : 0;
    // Wide enough for the longer Spanish and German subtitles ("punto de conexión de identidad IMDS (…)").
    w = qBound(m_style.fontPointSize * 16, w + 2 * pad + gateSpace, m_style.fontPointSize * 36);
    qreal h = pad * 2 + title.height() + small.height() * 1.2;
    if (!m_participant.badge.isEmpty())
        h += small.height() * 1.3;
    return {w, h};
}

QRectF FlowNodeItem::sceneCardRect() const
{
    const QSizeF s = size();
    return mapRectToScene(QRectF(-s.width() / 2, -s.height() / 2, s.width(), s.height()));
}

QRectF FlowNodeItem::boundingRect() const
{
    const QSizeF s = size();
    const qreal m = m_style.lineWidth * 3 + 4;
    return QRectF(-s.width() / 2 - m, -s.height() / 2 - m, s.width() + 2 * m, s.height() + 2 * m);
}

void FlowNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QSizeF s = size();
    const QRectF card(-s.width() / 2, -s.height() / 2, s.width(), s.height());
    painter->setRenderHint(QPainter::Antialiasing);

    const QColor roleColor = m_style.roleColor(m_participant.role);
    QColor border = m_failed ? m_style.failure : (m_active ? m_style.accent : m_style.nodeBorder);
    const qreal borderWidth = (m_active || m_failed) ? m_style.lineWidth * 1.6 : m_style.lineWidth * 0.6;
    if (m_active || m_failed) {
        // A soft halo so the current participant reads from the back of a classroom.
        QColor halo = border;
        halo.setAlphaF(0.25);
        painter->setPen(QPen(halo, m_style.lineWidth * 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card, NodeRadius, NodeRadius);
    }
    painter->setPen(QPen(border, borderWidth));
    painter->setBrush(m_failed ? mix(m_style.nodeFill, m_style.failure, 0.12) : m_style.nodeFill);
    painter->drawRoundedRect(card, NodeRadius, NodeRadius);

    // Role stripe on the left edge.
    const qreal stripe = m_style.fontPointSize * 0.55;
    QPainterPath stripePath;
    stripePath.addRoundedRect(QRectF(card.left(), card.top(), stripe * 2, card.height()), NodeRadius, NodeRadius);
    QPainterPath clip;
    clip.addRect(QRectF(card.left(), card.top(), stripe, card.height()));
    painter->fillPath(stripePath.intersected(clip), roleColor);

    const qreal pad = m_style.fontPointSize * 1.4;
    qreal x = card.left() + pad;
    qreal y = card.top() + pad;
    const qreal textWidth = this->textWidth();

    const QFont titleFont = m_style.font(1.15, true);
    const QFont smallFont = m_style.font(0.9);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF smallMetrics(smallFont);

    painter->setFont(titleFont);
    painter->setPen(m_style.text);
    painter->drawText(QRectF(x, y, textWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(m_participant.label, Qt::ElideMiddle, textWidth));
    y += titleMetrics.height() + smallMetrics.height() * 0.2;
    painter->setFont(smallFont);
    painter->setPen(m_style.mutedText);
    painter->drawText(QRectF(x, y, textWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(m_participant.subtitle, Qt::ElideRight, textWidth));
    y += smallMetrics.height() * 1.2;

    if (!m_participant.badge.isEmpty()) {
        // Identity badge: a small key-like pill.
        const qreal bh = smallMetrics.height() * 1.1;
        const QString text = smallMetrics.elidedText(m_participant.badge, Qt::ElideRight, textWidth - bh);
        const QRectF pill(x, y, smallMetrics.horizontalAdvance(text) + bh * 1.2, bh);
        QColor fill = roleColor;
        fill.setAlphaF(0.18);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(pill, bh / 2, bh / 2);
        painter->setBrush(roleColor);
        painter->drawEllipse(QPointF(pill.left() + bh * 0.5, pill.center().y()), bh * 0.22, bh * 0.22);
        painter->setPen(m_style.text);
        painter->drawText(pill.adjusted(bh * 0.9, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    }

    if (m_gate != Gate::None) {
        // The RBAC gate: two posts and a bar; the bar is down (shut) or raised (open).
        const qreal gw = m_style.fontPointSize * 2.0;
        const qreal gx = card.right() - pad * 0.6 - gw;
        const qreal gy = card.center().y();
        QColor gateColor = m_style.mutedText;
        if (m_gate == Gate::Open)
            gateColor = m_style.success;
        else if (m_gate == Gate::Shut)
            gateColor = m_style.failure;
        QPen pen(gateColor, m_style.lineWidth * 1.2, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(pen);
        const qreal ph = gw * 0.8;
        painter->drawLine(QPointF(gx, gy - ph / 2), QPointF(gx, gy + ph / 2));
        painter->drawLine(QPointF(gx + gw, gy - ph / 2), QPointF(gx + gw, gy + ph / 2));
        if (m_gate == Gate::Open)
            painter->drawLine(QPointF(gx, gy - ph / 2), QPointF(gx + gw * 0.35, gy - ph * 1.1));
        else
            painter->drawLine(QPointF(gx, gy), QPointF(gx + gw, gy));
        painter->setFont(m_style.font(0.7, true));
        painter->drawText(QRectF(gx - gw * 0.5, gy + ph / 2, gw * 2, smallMetrics.height()), Qt::AlignCenter,
                          QStringLiteral("RBAC"));
    }
}

void FlowNodeItem::setStyle(const FlowStyle &style)
{
    prepareGeometryChange();
    m_style = style;
    update();
}

void FlowNodeItem::addEdge(FlowEdgeItem *edge)
{
    m_edges << edge;
}

void FlowNodeItem::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    update();
}

void FlowNodeItem::setFailed(bool failed)
{
    if (failed == m_failed)
        return;
    m_failed = failed;
    update();
}

void FlowNodeItem::setGate(Gate gate)
{
    if (gate == m_gate)
        return;
    prepareGeometryChange();
    m_gate = gate;
    update();
}

QVariant FlowNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged) {
        for (FlowEdgeItem *edge : std::as_const(m_edges))
            edge->adjust();
    }
    return QGraphicsObject::itemChange(change, value);
}

// ---------------------------------------------------------------------------------------------------

FlowEdgeItem::FlowEdgeItem(FlowNodeItem *a, FlowNodeItem *b, const FlowStyle &style)
    : m_a(a)
    , m_b(b)
    , m_style(style)
{
    setZValue(0);
    a->addEdge(this);
    b->addEdge(this);
    adjust();
}

bool FlowEdgeItem::connects(const QString &x, const QString &y) const
{
    const QString &a = m_a->participant().id;
    const QString &b = m_b->participant().id;
    return (a == x && b == y) || (a == y && b == x);
}

QPointF FlowEdgeItem::pointAt(qreal t, const QString &fromId) const
{
    t = qBound(0.0, t, 1.0);
    if (fromId == m_b->participant().id)
        return m_p2 + (m_p1 - m_p2) * t;
    return m_p1 + (m_p2 - m_p1) * t;
}

void FlowEdgeItem::adjust()
{
    prepareGeometryChange();
    const QSizeF sa = m_a->size();
    const QSizeF sb = m_b->size();
    const QRectF ra(m_a->pos() - QPointF(sa.width() / 2, sa.height() / 2), sa);
    const QRectF rb(m_b->pos() - QPointF(sb.width() / 2, sb.height() / 2), sb);
    m_p1 = rectExit(ra, rb.center());
    m_p2 = rectExit(rb, ra.center());
    QPainterPath path(m_p1);
    path.lineTo(m_p2);
    setPath(path);
}

void FlowEdgeItem::setStyle(const FlowStyle &style)
{
    prepareGeometryChange();
    m_style = style;
    adjust();
}

void FlowEdgeItem::setState(State state, const QString &badge)
{
    if (state == m_state && badge == m_badge)
        return;
    prepareGeometryChange();
    m_state = state;
    m_badge = badge;
    update();
}

QRectF FlowEdgeItem::badgeRect() const
{
    if (m_badge.isEmpty())
        return {};
    const QFontMetricsF fm(m_style.font(0.95, true));
    const qreal w = fm.horizontalAdvance(m_badge) + m_style.fontPointSize * 1.6;
    const qreal h = fm.height() * 1.5;
    const QPointF mid = (m_p1 + m_p2) / 2;
    return QRectF(mid.x() - w / 2, mid.y() - h / 2, w, h);
}

QRectF FlowEdgeItem::boundingRect() const
{
    const qreal m = m_style.lineWidth * 4;
    return QGraphicsPathItem::boundingRect().adjusted(-m, -m, m, m).united(badgeRect().adjusted(-2, -2, 2, 2));
}

QPainterPath FlowEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(m_style.lineWidth * 4);
    return stroker.createStroke(path());
}

void FlowEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    QColor color = m_style.edge;
    qreal width = m_style.lineWidth;
    Qt::PenStyle penStyle = Qt::DashLine;
    switch (m_state) {
    case State::Idle:
        break;
    case State::Done:
        color = m_style.success;
        penStyle = Qt::SolidLine;
        break;
    case State::Current:
        color = m_style.accent;
        width *= 1.8;
        penStyle = Qt::SolidLine;
        break;
    case State::Failed:
        color = m_style.failure;
        width *= 1.8;
        penStyle = Qt::SolidLine;
        break;
    }
    painter->setPen(QPen(color, width, penStyle, Qt::RoundCap));
    painter->drawLine(m_p1, m_p2);

    if (!m_badge.isEmpty()) {
        const QRectF r = badgeRect();
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_state == State::Failed ? m_style.failure : color);
        painter->drawRoundedRect(r, r.height() / 2, r.height() / 2);
        painter->setPen(QColor(Qt::white));
        painter->setFont(m_style.font(0.95, true));
        painter->drawText(r, Qt::AlignCenter, m_badge);
    }
}

// ---------------------------------------------------------------------------------------------------

FlowPacketItem::FlowPacketItem(const FlowStyle &style)
    : m_style(style)
{
    setZValue(3);
}

void FlowPacketItem::setStyle(const FlowStyle &style)
{
    prepareGeometryChange();
    m_style = style;
}

void FlowPacketItem::setCaption(const QString &caption, bool failed)
{
    if (caption == m_caption && failed == m_failed)
        return;
    prepareGeometryChange();
    m_caption = caption;
    m_failed = failed;
    update();
}

QRectF FlowPacketItem::labelRect() const
{
    const QFontMetricsF fm(m_style.font(0.95));
    const qreal r = dotRadius();
    const qreal w = qMin(fm.horizontalAdvance(m_caption), m_style.fontPointSize * 40) + m_style.fontPointSize * 1.4;
    const qreal h = fm.height() * 1.45;
    return QRectF(m_labelLeft ? -r * 1.4 - w : r * 1.4, -h - r * 0.6 + m_labelShift, w, h);
}

void FlowPacketItem::setLabelShift(qreal shift)
{
    if (shift == m_labelShift)
        return;
    prepareGeometryChange();
    m_labelShift = shift;
    update();
}

qreal FlowPacketItem::labelShiftBelow() const
{
    const qreal r = dotRadius();
    return labelRect().height() + r * 1.2;
}

QLineF FlowPacketItem::leaderLine() const
{
    if (m_caption.isEmpty() || m_labelShift == 0 || m_labelShift == labelShiftBelow())
        return {};
    const qreal r = dotRadius();
    const QRectF label = labelRect();
    const bool above = label.bottom() < 0;
    const QPointF end(m_labelLeft ? label.right() - 6 : label.left() + 6, above ? label.bottom() : label.top());
    QLineF line(QPointF(0, 0), end);
    line.setP1(line.pointAt(r / std::max(line.length(), r))); // from the dot's rim
    return line;
}

void FlowPacketItem::setLabelOnLeft(bool left)
{
    if (left == m_labelLeft)
        return;
    prepareGeometryChange();
    m_labelLeft = left;
    update();
}

QRectF FlowPacketItem::boundingRect() const
{
    const qreal r = dotRadius() + m_style.lineWidth;
    QRectF dot(-r, -r, 2 * r, 2 * r);
    if (m_caption.isEmpty())
        return dot;
    return dot.united(labelRect().adjusted(-2, -2, 2, 2));
}

void FlowPacketItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal r = dotRadius();
    const QColor color = m_failed ? m_style.failure : m_style.packet;
    painter->setPen(QPen(m_style.background, m_style.lineWidth));
    painter->setBrush(color);
    painter->drawEllipse(QPointF(0, 0), r, r);
    if (m_caption.isEmpty())
        return;
    const QRectF label = labelRect();
    painter->setPen(QPen(color, m_style.lineWidth * 0.6));
    if (const QLineF leader = leaderLine(); !leader.isNull())
        painter->drawLine(leader);
    QColor fill = m_style.nodeFill;
    fill.setAlphaF(0.95);
    painter->setBrush(fill);
    painter->drawRoundedRect(label, 6, 6);
    painter->setPen(m_style.text);
    painter->setFont(m_style.font(0.95));
    const QFontMetricsF fm(m_style.font(0.95));
    painter->drawText(label, Qt::AlignCenter,
                      fm.elidedText(m_caption, Qt::ElideRight, label.width() - m_style.fontPointSize * 0.8));
}

} // namespace Keyless::Ui::Labs
