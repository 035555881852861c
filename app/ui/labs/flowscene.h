#pragma once

#include "ui/labs/flowitems.h"
#include "ui/labs/flowtrace.h"

#include <QGraphicsScene>
#include <QHash>

namespace Keyless::Ui::Labs {

// The diagram of one trace: a node per participant laid out by role (caller left, identity endpoint
// and Entra ID on top, resources right), an edge per pair of participants that exchange events, and
// one packet that shows the current event. The scene only draws a state; FlowPlayer decides which.
class FlowScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowScene)

public:
    explicit FlowScene(QObject *parent = nullptr);

    void setTrace(const FlowTrace &trace);
    const FlowTrace &trace() const { return m_trace; }
    void setFlowStyle(const FlowStyle &style);
    const FlowStyle &flowStyle() const { return m_style; }

    // Shows events [0, step) as done and event `step` in flight at `progress` (0..1; 1 = arrived, and a
    // failed hop then turns red with its status). step -1 shows the untouched diagram.
    void showStep(int step, qreal progress);
    int step() const { return m_step; }
    qreal progress() const { return m_progress; }

    FlowNodeItem *node(const QString &participantId) const { return m_nodes.value(participantId); }
    FlowEdgeItem *edge(const QString &a, const QString &b) const;
    QList<FlowNodeItem *> nodes() const;
    QList<FlowEdgeItem *> edges() const { return m_edges; }
    FlowPacketItem *packet() const { return m_packet; }
    // The diagram's extent with a margin, for fitting the view and exporting.
    QRectF diagramRect() const;
    // The nodes of the event in flight (both ends of a hop, the one node of a local step); empty before the first.
    QRectF currentHopRect() const;
    QRectF currentSenderRect() const; // the node the current hop leaves from

private:
    void layout();
    void placeCaption();
    void applyBackground();

    FlowTrace m_trace;
    FlowStyle m_style;
    QHash<QString, FlowNodeItem *> m_nodes;
    QList<FlowNodeItem *> m_nodeOrder;
    QList<FlowEdgeItem *> m_edges;
    FlowPacketItem *m_packet = nullptr;
    int m_step = -1;
    qreal m_progress = 0;
};

} // namespace Keyless::Ui::Labs
