#include "ui/labs/flowscene.h"

#include <QPalette>

#include <algorithm>
#include <optional>
#include <utility>

namespace Keyless::Ui::Labs {

FlowScene::FlowScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_style(FlowStyle::fromPalette(QPalette(), false))
{
    applyBackground();
}

void FlowScene::setTrace(const FlowTrace &trace)
{
    clear(); // deletes every item, including the packet
    m_nodes.clear();
    m_nodeOrder.clear();
    m_edges.clear();
    m_packet = nullptr;
    m_trace = trace;
    m_trace.normalise();

    for (const FlowParticipant &p : std::as_const(m_trace.participants)) {
        auto *node = new FlowNodeItem(p, m_style);
        addItem(node);
        m_nodes.insert(p.id, node);
        m_nodeOrder << node;
    }
    layout();
    for (const FlowEvent &e : std::as_const(m_trace.events)) {
        if (e.isLocal() || edge(e.from, e.to))
            continue;
        FlowNodeItem *a = node(e.from);
        FlowNodeItem *b = node(e.to);
        if (!a || !b)
            continue;
        auto *item = new FlowEdgeItem(a, b, m_style);
        addItem(item);
        m_edges << item;
    }
    m_packet = new FlowPacketItem(m_style);
    m_packet->setVisible(false);
    addItem(m_packet);
    m_step = -1;
    m_progress = 0;
    showStep(-1, 0);
    setSceneRect(diagramRect());
}

void FlowScene::setFlowStyle(const FlowStyle &style)
{
    m_style = style;
    applyBackground();
    for (FlowNodeItem *n : std::as_const(m_nodeOrder))
        n->setStyle(style);
    layout();
    for (FlowEdgeItem *e : std::as_const(m_edges))
        e->setStyle(style);
    if (m_packet)
        m_packet->setStyle(style);
    showStep(m_step, m_progress);
    setSceneRect(diagramRect());
}

void FlowScene::applyBackground()
{
    setBackgroundBrush(m_style.background);
}

FlowEdgeItem *FlowScene::edge(const QString &a, const QString &b) const
{
    for (FlowEdgeItem *e : m_edges) {
        if (e->connects(a, b))
            return e;
    }
    return nullptr;
}

QList<FlowNodeItem *> FlowScene::nodes() const
{
    return m_nodeOrder;
}

QRectF FlowScene::diagramRect() const
{
    QRectF r;
    for (FlowNodeItem *n : m_nodeOrder)
        r = r.united(n->sceneBoundingRect());
    if (r.isNull())
        return QRectF(0, 0, 400, 300);
    // Room for captions above the top row and badges around edges.
    const qreal m = m_style.fontPointSize * 4;
    return r.adjusted(-m, -m * 1.5, m, m);
}

QRectF FlowScene::currentHopRect() const
{
    if (m_step < 0 || m_step >= m_trace.events.size())
        return {};
    const FlowEvent &e = m_trace.events.at(m_step);
    QRectF r;
    for (const QString &id : {e.from, e.to}) {
        if (const FlowNodeItem *n = node(id))
            r = r.united(n->sceneBoundingRect());
    }
    return r;
}

QRectF FlowScene::currentSenderRect() const
{
    if (m_step < 0 || m_step >= m_trace.events.size())
        return {};
    const FlowNodeItem *n = node(m_trace.events.at(m_step).from);
    return n ? n->sceneBoundingRect() : QRectF();
}

void FlowScene::layout()
{
    qreal maxWidth = 0;
    qreal maxHeight = 0;
    for (FlowNodeItem *n : std::as_const(m_nodeOrder)) {
        maxWidth = qMax(maxWidth, n->size().width());
        maxHeight = qMax(maxHeight, n->size().height());
    }
    const qreal columnStep = maxWidth + m_style.fontPointSize * 12;
    // Rows closer than columns: the flow pane is wide and short (a lab at 1280x720 gives it ~215 px), and a tall
    // diagram is drawn small; a caption finds room beside its line.
    const qreal rowStep = maxHeight + m_style.fontPointSize * 6;

    // Columns: caller | identity endpoint (top) and others (bottom) | Entra ID (top) and resources (bottom). Several
    // participants of one role stack downwards. The caller's credentials (DefaultAzureCredential's chain) form a row
    // under all of them: stacked under the caller they made the diagram tall, and the flow pane is wide, so in a
    // lab at 1280x800 its texts were a few pixels high.
    int callers = 0, endpoints = 0, entras = 0, resources = 0, others = 0;
    QList<FlowNodeItem *> credentials;
    for (FlowNodeItem *n : std::as_const(m_nodeOrder)) {
        QPointF pos;
        switch (n->participant().role) {
        case FlowRole::Caller:
            pos = QPointF(0, rowStep * 0.5 + rowStep * callers++);
            break;
        case FlowRole::Credential:
            credentials << n;
            continue;
        case FlowRole::IdentityEndpoint:
            pos = QPointF(columnStep, -rowStep * 0.25 * endpoints++);
            break;
        case FlowRole::Entra:
            pos = QPointF(columnStep * 2, -rowStep * 0.25 * entras++);
            break;
        case FlowRole::Resource:
            pos = QPointF(columnStep * 2, rowStep + rowStep * 0.8 * resources++);
            break;
        case FlowRole::Other:
            pos = QPointF(columnStep, rowStep + rowStep * 0.8 * others++);
            break;
        }
        n->setPos(pos);
    }
    if (credentials.isEmpty())
        return;
    qreal bottom = 0;
    for (FlowNodeItem *n : std::as_const(m_nodeOrder)) {
        if (!credentials.contains(n))
            bottom = qMax(bottom, n->pos().y() + n->size().height());
    }
    // Under the three columns where they fit, wider apart only as much as a row of more of them needs.
    const int gaps = int(credentials.size()) - 1;
    const qreal step = gaps > 0 ? qMax(columnStep * 2 / gaps, maxWidth + m_style.fontPointSize * 6) : 0;
    const qreal y = bottom + rowStep * 0.6;
    for (int i = 0; i < credentials.size(); ++i)
        credentials.at(i)->setPos(step * i, y);
}

void FlowScene::showStep(int step, qreal progress)
{
    m_step = qBound(-1, step, int(m_trace.events.size()) - 1);
    m_progress = qBound(0.0, progress, 1.0);

    for (FlowNodeItem *n : std::as_const(m_nodeOrder)) {
        n->setActive(false);
        n->setFailed(false);
        if (n->participant().role == FlowRole::Resource)
            n->setGate(FlowNodeItem::Gate::Unknown);
    }
    for (FlowEdgeItem *e : std::as_const(m_edges))
        e->setState(FlowEdgeItem::State::Idle);

    for (int i = 0; i <= m_step; ++i) {
        const FlowEvent &e = m_trace.events.at(i);
        const bool current = i == m_step;
        const bool arrived = !current || m_progress >= 1.0;
        FlowNodeItem *from = node(e.from);
        FlowNodeItem *to = e.isLocal() ? from : node(e.to);

        if (arrived && e.decision.present && e.decision.byRoles()) { // a key or access policy leaves RBAC out
            // The gate belongs to the resource that decided: the local node, or the receiving end.
            FlowNodeItem *gateNode = to && to->participant().role == FlowRole::Resource ? to : from;
            if (gateNode && gateNode->participant().role == FlowRole::Resource)
                gateNode->setGate(e.decision.allowed ? FlowNodeItem::Gate::Open : FlowNodeItem::Gate::Shut);
        }
        if (e.isLocal()) {
            if (from && current)
                from->setActive(true);
            if (from && arrived && e.failed && current)
                from->setFailed(true);
            continue;
        }
        FlowEdgeItem *edgeItem = edge(e.from, e.to);
        if (!edgeItem)
            continue;
        if (current) {
            if (from)
                from->setActive(true);
            if (to)
                to->setActive(true);
        }
        if (arrived && e.failed)
            edgeItem->setState(FlowEdgeItem::State::Failed, e.statusText());
        else if (current)
            edgeItem->setState(FlowEdgeItem::State::Current);
        else
            edgeItem->setState(FlowEdgeItem::State::Done);
    }

    if (!m_packet)
        return;
    if (m_step < 0) {
        m_packet->setVisible(false);
        return;
    }
    const FlowEvent &e = m_trace.events.at(m_step);
    const bool arrived = m_progress >= 1.0;
    QString caption = e.caption.isEmpty() ? e.kindName : e.caption;
    const QString status = e.failed ? e.statusText() : (e.status > 0 ? QString::number(e.status) : QString());
    if (arrived && !status.isEmpty() && !caption.contains(status))
        caption = QStringLiteral("%1 — %2").arg(caption, status);
    m_packet->setCaption(caption, arrived && e.failed);
    FlowNodeItem *from = node(e.from);
    if (e.isLocal()) {
        if (from) {
            const QSizeF s = from->size();
            m_packet->setPos(from->pos() + QPointF(s.width() / 2 - m_style.fontPointSize, -s.height() / 2));
        }
    } else if (FlowEdgeItem *edgeItem = edge(e.from, e.to)) {
        m_packet->setPos(edgeItem->pointAt(m_progress, e.from));
    }
    placeCaption();
    m_packet->setVisible(from != nullptr);
}

// The caption goes where it covers no node (arriving at the identity endpoint it hid Microsoft Entra ID's title;
// leaving a node downwards it sat on the node's badge) and stays inside the diagram (past the right edge it was cut
// off in the view and in exports): beside the dot, above or below it, on its right or its left, else moved above or
// below the nodes it would cover, with a line to its dot that crosses no node either.
void FlowScene::placeCaption()
{
    const qreal gap = m_style.lineWidth * 2;
    const qreal rim = m_packet->dotRadius() * 1.5; // the dot sits on a node's edge: its own line starts there
    const auto labelInScene = [this] {
        return m_packet->mapRectToScene(m_packet->labelRect());
    };
    // The top and bottom of the nodes a rectangle covers; none when it covers none.
    const auto covered = [this](const QRectF &rect) -> std::optional<std::pair<qreal, qreal>> {
        std::optional<std::pair<qreal, qreal>> span;
        for (const FlowNodeItem *node : std::as_const(m_nodes)) {
            const QRectF card = node->sceneCardRect();
            if (card.intersects(rect))
                span = span ? std::pair{std::min(span->first, card.top()), std::max(span->second, card.bottom())}
                            : std::pair{card.top(), card.bottom()};
        }
        return span;
    };
    const auto leaderIsClear = [this, rim] {
        const QLineF leader = m_packet->leaderLine();
        if (leader.isNull())
            return true;
        const QLineF line(m_packet->mapToScene(leader.p1()), m_packet->mapToScene(leader.p2()));
        const QPointF dot = m_packet->scenePos();
        for (int i = 0; i <= 24; ++i) {
            const QPointF point = line.pointAt(i / 24.0);
            if (QLineF(dot, point).length() < rim)
                continue;
            for (const FlowNodeItem *node : std::as_const(m_nodes)) {
                if (node->sceneCardRect().contains(point))
                    return false;
            }
        }
        return true;
    };
    const auto fits = [&](bool left, qreal shift) {
        m_packet->setLabelOnLeft(left);
        m_packet->setLabelShift(shift);
        const QRectF label = labelInScene();
        return sceneRect().contains(label) && !covered(label) && leaderIsClear();
    };
    const qreal below = m_packet->labelShiftBelow();
    for (const bool left : {false, true}) {
        if (fits(left, 0) || fits(left, below))
            return;
    }
    for (const bool left : {false, true}) {
        for (const qreal start : {qreal(0), below}) {
            m_packet->setLabelOnLeft(left);
            m_packet->setLabelShift(start);
            const QRectF label = labelInScene();
            const auto span = covered(label);
            if (!span)
                continue;
            const auto [top, bottom] = *span;
            if (fits(left, start - (label.bottom() - top + gap)) || fits(left, start + (bottom - label.top() + gap)))
                return;
        }
    }
    // Nowhere free: beside the dot, on the side that keeps it inside the diagram.
    m_packet->setLabelShift(0);
    m_packet->setLabelOnLeft(false);
    m_packet->setLabelOnLeft(labelInScene().right() > sceneRect().right());
}

} // namespace Keyless::Ui::Labs
