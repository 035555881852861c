#pragma once

#include "ui/labs/flowtrace.h"

#include <QGraphicsView>
#include <QIcon>
#include <QStyle>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QToolButton;
class QTreeView;

namespace Keyless::Ui {
class UiState;
}

namespace Keyless::Ui::Labs {

class ElidedLabel;
class FlowEventFilter;
class FlowEventModel;
class FlowInspector;
class FlowPlayer;
class FlowScene;

// The graphics view of the diagram: keeps the whole diagram in sight when resized.
class FlowGraphicsView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowGraphicsView)

public:
    explicit FlowGraphicsView(QGraphicsScene *scene, QWidget *parent = nullptr);
    // Fits the whole diagram, but never below minimumScale(): in a short pane (a laptop, a lab's Flow tab) the
    // diagram then scrolls (and pans with the mouse) instead of shrinking its texts to a few pixels.
    void fitDiagram();
    void setMinimumScale(qreal scale);
    qreal minimumScale() const { return m_minimumScale; }
    bool isClamped() const { return m_clamped; } // drawn at minimumScale(), larger than the pane
    // Scrolls `hop` (the hop in flight, scene coordinates) into view when the diagram is larger than the pane; a hop
    // that cannot fit shows its `sender` end, where it starts.
    void keepInView(const QRectF &hop, const QRectF &sender);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    qreal m_minimumScale = 0.0;
    bool m_clamped = false;
    QRectF m_lastHop;
    QRectF m_lastSender;
};

// The animated authentication flow: diagram, player controls (play / pause / step / back / restart /
// speed, Space / Left / Right), the event list with its filters and the inspector, kept in sync.
// Follows UiState: presenter mode (thick lines, large type), reduced motion, animation speed.
class FlowView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowView)

public:
    // A standard icon's shape in the palette's button text colour (normal and disabled), so that it shows in dark.
    static QIcon paletteIcon(const QStyle &style, QStyle::StandardPixmap which, const QPalette &palette);
    explicit FlowView(UiState *uiState, QWidget *parent = nullptr);
    ~FlowView() override;

    // A trace's texts (participants, kinds, captions, explanations) are translated when it is made, so a view
    // that should follow a language switch is given the function that makes it: on LanguageChange the view
    // makes the trace again and keeps its step, filters and inspector tab.
    using TraceSource = std::function<FlowTrace()>;
    void setTraceSource(TraceSource source);
    void setTrace(const FlowTrace &trace); // a fixed trace: it keeps the language it was made in
    const FlowTrace &trace() const;

    FlowScene *scene() const { return m_scene; }
    FlowPlayer *player() const { return m_player; }
    FlowGraphicsView *graphicsView() const { return m_view; }
    QTreeView *eventList() const { return m_events; }
    FlowEventModel *eventModel() const { return m_model; }
    FlowEventFilter *eventFilter() const { return m_filter; }
    FlowInspector *inspector() const { return m_inspector; }
    QComboBox *kindFilterBox() const { return m_kindBox; }
    QComboBox *outcomeFilterBox() const { return m_outcomeBox; }

    // Renders the diagram (current state) at `scale` × scene size. Returns false when the file cannot be written.
    bool exportPng(const QString &path, qreal scale = 2.0) const;
    bool exportSvg(const QString &path) const;
    QImage renderImage(qreal scale = 1.0) const;

signals:
    void stepChanged(int step);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void buildToolBar(QWidget *bar);
    void fitToolBar();
    void retranslate();
    void showTrace(const FlowTrace &trace);
    void applyStyle();
    void applyIcons();
    void onFrame(int step, qreal progress);
    void onStepChanged(int step);
    void onEventActivated(const QModelIndex &proxyIndex);
    void syncSelection(int step);
    void inspectStep(int step); // the inspector shows the event of `step`, or nothing before the first
    void refilter(const std::function<void()> &change);
    void updateControls();
    void exportWithDialog(bool svg);

    UiState *m_uiState = nullptr;
    FlowScene *m_scene = nullptr;
    FlowPlayer *m_player = nullptr;
    FlowGraphicsView *m_view = nullptr;
    FlowEventModel *m_model = nullptr;
    FlowEventFilter *m_filter = nullptr;
    QTreeView *m_events = nullptr;
    FlowInspector *m_inspector = nullptr;
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_outcomeBox = nullptr;
    QComboBox *m_speedBox = nullptr;
    QToolButton *m_playButton = nullptr;
    QToolButton *m_backButton = nullptr;
    QToolButton *m_forwardButton = nullptr;
    QToolButton *m_restartButton = nullptr;
    QToolButton *m_pngButton = nullptr;
    QToolButton *m_svgButton = nullptr;
    QLabel *m_speedLabel = nullptr;
    ElidedLabel *m_stepLabel = nullptr;
    QWidget *m_bar = nullptr;
    QString m_toolBarMeasuredFor; // the texts, count and font m_toolBarTextWidth was measured with
    int m_toolBarTextWidth = 0;   // the row's width with every player button's text beside its icon
    TraceSource m_traceSource;
    bool m_syncingSelection = false;
};

} // namespace Keyless::Ui::Labs
