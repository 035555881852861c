#include "ui/labs/flowview.h"

#include "ui/labs/combofit.h"
#include "ui/labs/elidedlabel.h"
#include "ui/labs/floweventmodel.h"
#include "ui/labs/flowinspector.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowscene.h"
#include "ui/uistate.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QSvgGenerator>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Keyless::Ui::Labs {

namespace {
constexpr char iconProperty[] = "keylessStandardIcon"; // which QStyle::StandardPixmap a button shows

// A focused button or drop-down keeps the keys it uses itself from the view's classroom keys (QA: Space on Step or
// PNG… played the run, Space on the speed list did not open it): taking the ShortcutOverride leaves them the key. A
// drop-down has no use for Left and Right: they still step.
class OwnKeys final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::ShortcutOverride)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return false;
        const bool combo = qobject_cast<QComboBox *>(watched) != nullptr;
        if (key->key() == Qt::Key_Space || (combo && key->key() == Qt::Key_Home)) {
            event->accept();
            return true;
        }
        return false;
    }
};
} // namespace

FlowGraphicsView::FlowGraphicsView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setObjectName(QStringLiteral("flowGraphicsView"));
    setRenderHint(QPainter::Antialiasing);
    setRenderHint(QPainter::TextAntialiasing);
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::StrongFocus);
}

void FlowGraphicsView::fitDiagram()
{
    if (!scene())
        return;
    const QRectF r = scene()->sceneRect();
    fitInView(r, Qt::KeepAspectRatio);
    // Never blow a small diagram up beyond 1.6× — it would look coarse in a large window.
    const qreal fitted = transform().m11();
    m_clamped = m_minimumScale > 0 && fitted < m_minimumScale;
    if (fitted > 1.6)
        setTransform(QTransform::fromScale(1.6, 1.6));
    else if (m_clamped)
        setTransform(QTransform::fromScale(m_minimumScale, m_minimumScale));
    // Scroll bars only where the diagram is larger than the pane: a fitted diagram must not shrink for them.
    const Qt::ScrollBarPolicy policy = m_clamped ? Qt::ScrollBarAsNeeded : Qt::ScrollBarAlwaysOff;
    setHorizontalScrollBarPolicy(policy);
    setVerticalScrollBarPolicy(policy);
    setDragMode(m_clamped ? QGraphicsView::ScrollHandDrag : QGraphicsView::NoDrag);
    centerOn(r.center());
    if (m_clamped && !m_lastHop.isEmpty())
        keepInView(m_lastHop, m_lastSender);
}

void FlowGraphicsView::setMinimumScale(qreal scale)
{
    if (qFuzzyCompare(scale, m_minimumScale))
        return;
    m_minimumScale = scale;
    fitDiagram();
}

void FlowGraphicsView::keepInView(const QRectF &hop, const QRectF &sender)
{
    m_lastHop = hop;
    m_lastSender = sender;
    if (!m_clamped || hop.isEmpty())
        return;
    // Of a hop larger than the pane, the part that fits from its sender's side. Given all of it, ensureVisible() ends
    // at its right (bottom) edge: for a hop to the right the receiver, the sender cut off (QA, presenter mode with
    // zoom).
    constexpr int margin = 24;
    const qreal width = qMax(1.0, (viewport()->width() - 2 * margin) / transform().m11());
    const qreal height = qMax(1.0, (viewport()->height() - 2 * margin) / transform().m22());
    QRectF part = hop;
    if (!sender.isEmpty() && part.width() > width) {
        if (sender.center().x() <= hop.center().x())
            part.setRight(part.left() + width);
        else
            part.setLeft(part.right() - width);
    }
    if (!sender.isEmpty() && part.height() > height) {
        if (sender.center().y() <= hop.center().y())
            part.setBottom(part.top() + height);
        else
            part.setTop(part.bottom() - height);
    }
    ensureVisible(part, margin, margin);
}

void FlowGraphicsView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitDiagram();
}

// ---------------------------------------------------------------------------------------------------

FlowView::FlowView(UiState *uiState, QWidget *parent)
    : QWidget(parent)
    , m_uiState(uiState)
    , m_scene(new FlowScene(this))
    , m_player(new FlowPlayer(this))
    , m_model(new FlowEventModel(this))
    , m_filter(new FlowEventFilter(this))
{
    setObjectName(QStringLiteral("flowView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto *bar = new QWidget(this);
    buildToolBar(bar);
    layout->addWidget(bar);

    // The diagram is wide and short: it gets the top, the event list and the inspector share the bottom.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("flowSplitter"));
    m_view = new FlowGraphicsView(m_scene, splitter);
    splitter->addWidget(m_view);

    auto *side = new QSplitter(Qt::Horizontal, splitter);
    auto *listPane = new QWidget(side);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    // The filters follow their texts (after a switch to German "Alle Ergebnisse" was cut to "Alle Ergebniss"), and
    // may be as narrow as their current texts: the kinds hold long ones such as "Autorisierungsentscheidung".
    m_kindBox = new QComboBox(listPane);
    m_kindBox->setObjectName(QStringLiteral("kindFilter"));
    m_kindBox->addItem(QString()); // "All kinds"
    followTexts(m_kindBox);
    m_outcomeBox = new QComboBox(listPane);
    m_outcomeBox->setObjectName(QStringLiteral("outcomeFilter"));
    for (const auto outcome :
         {FlowEventFilter::Outcome::All, FlowEventFilter::Outcome::Success, FlowEventFilter::Outcome::Failure})
        m_outcomeBox->addItem(QString(), int(outcome));
    followTexts(m_outcomeBox);
    filters->addWidget(m_kindBox, 1);
    filters->addWidget(m_outcomeBox);
    listLayout->addLayout(filters);

    m_filter->setSourceModel(m_model);
    m_events = new QTreeView(listPane);
    m_events->setObjectName(QStringLiteral("eventList"));
    m_events->setModel(m_filter);
    m_events->setRootIsDecorated(false);
    m_events->setUniformRowHeights(true);
    m_events->setAlternatingRowColors(true);
    m_events->setSelectionMode(QAbstractItemView::SingleSelection);
    m_events->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Every column as wide as its text in the current type size (presenter mode, zoom); a narrow pane
    // scrolls sideways instead of eliding the time or the hop.
    m_events->header()->setStretchLastSection(false);
    m_events->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_events->setTextElideMode(Qt::ElideNone);
    listLayout->addWidget(m_events, 1);
    side->addWidget(listPane);

    m_inspector = new FlowInspector(side);
    side->addWidget(m_inspector);
    side->setStretchFactor(0, 5);
    side->setStretchFactor(1, 6);
    splitter->addWidget(side);
    // Two thirds for the diagram: in a lab at 1280x720 the pane had 215 px and its texts were a few pixels high.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({660, 340});
    side->setSizes({450, 550});
    layout->addWidget(splitter, 1);

    connect(m_player, &FlowPlayer::frame, this, &FlowView::onFrame);
    connect(m_player, &FlowPlayer::stepChanged, this, &FlowView::onStepChanged);
    connect(m_player, &FlowPlayer::playingChanged, this, &FlowView::updateControls);
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncingSelection && current.isValid())
                    onEventActivated(current);
            });
    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        refilter([this, index] { m_filter->setKind(index <= 0 ? QString() : m_kindBox->itemText(index)); });
    });
    connect(m_outcomeBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        refilter(
            [this, index] { m_filter->setOutcome(FlowEventFilter::Outcome(m_outcomeBox->itemData(index).toInt())); });
    });

    // Classroom keys: they work anywhere inside the view, including the event list.
    auto addKey = [this](const QKeySequence &key, void (FlowPlayer::*slot)()) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_player, slot);
    };
    addKey(QKeySequence(Qt::Key_Space), &FlowPlayer::togglePlay);
    addKey(QKeySequence(Qt::Key_Right), &FlowPlayer::stepForward);
    addKey(QKeySequence(Qt::Key_Left), &FlowPlayer::stepBack);
    addKey(QKeySequence(Qt::Key_Home), &FlowPlayer::restart);

    if (m_uiState) {
        m_player->setGlobalFactor(m_uiState->animationSpeed());
        m_player->setReducedMotion(m_uiState->reducedMotion());
        connect(m_uiState, &UiState::animationSpeedChanged, m_player, &FlowPlayer::setGlobalFactor);
        connect(m_uiState, &UiState::reducedMotionChanged, m_player, &FlowPlayer::setReducedMotion);
        connect(m_uiState, &UiState::presenterModeChanged, this, &FlowView::applyStyle);
        connect(m_uiState, &UiState::zoomStepsChanged, this, &FlowView::applyStyle);
    }
    auto *ownKeys = new OwnKeys(this);
    for (QAbstractButton *button : findChildren<QAbstractButton *>())
        button->installEventFilter(ownKeys);
    for (QComboBox *box : findChildren<QComboBox *>())
        box->installEventFilter(ownKeys);
    applyStyle();
    retranslate();
}

FlowView::~FlowView() = default;

QIcon FlowView::paletteIcon(const QStyle &style, QStyle::StandardPixmap which, const QPalette &palette)
{
    // Fusion's media icons are dark pixmaps whatever the palette (nearly invisible in dark): keep their shape,
    // paint it in the button text colour of each state.
    const QIcon source = style.standardIcon(which);
    QIcon icon;
    for (const int side : {16, 24, 32}) {
        for (const auto &[mode, group] :
             {std::pair{QIcon::Normal, QPalette::Active}, std::pair{QIcon::Disabled, QPalette::Disabled}}) {
            QPixmap pixmap = source.pixmap(QSize(side, side));
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(pixmap.rect(), palette.color(group, QPalette::ButtonText));
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

void FlowView::buildToolBar(QWidget *bar)
{
    m_bar = bar;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 4, 4, 0);
    auto makeButton = [bar, row](const QString &name, QStyle::StandardPixmap icon) {
        auto *button = new QToolButton(bar);
        button->setObjectName(name);
        button->setProperty(iconProperty, int(icon));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(true);
        row->addWidget(button);
        return button;
    };
    m_restartButton = makeButton(QStringLiteral("restartButton"), QStyle::SP_MediaSkipBackward);
    m_backButton = makeButton(QStringLiteral("stepBackButton"), QStyle::SP_MediaSeekBackward);
    m_playButton = makeButton(QStringLiteral("playButton"), QStyle::SP_MediaPlay);
    m_forwardButton = makeButton(QStringLiteral("stepForwardButton"), QStyle::SP_MediaSeekForward);
    connect(m_restartButton, &QToolButton::clicked, m_player, &FlowPlayer::restart);
    connect(m_backButton, &QToolButton::clicked, m_player, &FlowPlayer::stepBack);
    connect(m_playButton, &QToolButton::clicked, m_player, &FlowPlayer::togglePlay);
    connect(m_forwardButton, &QToolButton::clicked, m_player, &FlowPlayer::stepForward);

    m_speedLabel = new QLabel(bar);
    row->addSpacing(8);
    row->addWidget(m_speedLabel);
    m_speedBox = new QComboBox(bar);
    m_speedBox->setObjectName(QStringLiteral("speedBox"));
    for (const double speed : {0.25, 0.5, 1.0, 2.0, 4.0})
        m_speedBox->addItem(QString(), speed);
    m_speedBox->setCurrentIndex(2);
    followTexts(m_speedBox);
    m_speedLabel->setBuddy(m_speedBox);
    row->addWidget(m_speedBox);
    connect(m_speedBox, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_player->setSpeed(m_speedBox->itemData(index).toDouble()); });

    // The step label gives way first: it takes what the buttons leave and is shortened with an ellipsis.
    m_stepLabel = new ElidedLabel(bar);
    m_stepLabel->setObjectName(QStringLiteral("stepLabel"));
    m_stepLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row->addSpacing(12);
    row->addWidget(m_stepLabel, 1);

    m_pngButton = makeButton(QStringLiteral("exportPngButton"), QStyle::SP_DialogSaveButton);
    m_svgButton = makeButton(QStringLiteral("exportSvgButton"), QStyle::SP_DialogSaveButton);
    connect(m_pngButton, &QToolButton::clicked, this, [this] { exportWithDialog(false); });
    connect(m_svgButton, &QToolButton::clicked, this, [this] { exportWithDialog(true); });
}

void FlowView::retranslate()
{
    m_restartButton->setText(tr("Restart"));
    m_restartButton->setToolTip(tr("Back to before the first event (Home)"));
    m_backButton->setText(tr("Back"));
    m_backButton->setToolTip(tr("Previous event (Left)"));
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    m_forwardButton->setText(tr("Step"));
    m_forwardButton->setToolTip(tr("Next event (Right)"));
    m_pngButton->setText(tr("PNG…"));
    m_pngButton->setToolTip(tr("Export the diagram as a PNG image"));
    m_svgButton->setText(tr("SVG…"));
    m_svgButton->setToolTip(tr("Export the diagram as an SVG drawing (for slides)"));
    m_speedLabel->setText(tr("Speed:"));
    for (int i = 0; i < m_speedBox->count(); ++i)
        m_speedBox->setItemText(i, tr("%1×").arg(m_speedBox->itemData(i).toDouble()));
    m_kindBox->setToolTip(tr("Show only events of one kind"));
    m_kindBox->setItemText(0, tr("All kinds"));
    m_outcomeBox->setItemText(0, tr("All outcomes"));
    m_outcomeBox->setItemText(1, tr("Succeeded"));
    m_outcomeBox->setItemText(2, tr("Failed"));
    m_events->setAccessibleName(tr("Events of the run"));
    m_view->setAccessibleName(tr("Authentication flow diagram"));
    m_model->retranslate();

    const int step = m_player->step();
    const int tab = m_inspector->tabs()->currentIndex();
    if (m_traceSource) {
        // The same run in the new language, at the same place: the kinds come in the same order, so the filter
        // keeps its row.
        const int kind = m_kindBox->currentIndex();
        const bool playing = m_player->isPlaying();
        showTrace(m_traceSource());
        m_kindBox->setCurrentIndex(kind < m_kindBox->count() ? kind : 0);
        if (step >= 0)
            m_player->goTo(step);
        if (playing)
            m_player->play();
    } else {
        inspectStep(step);
    }
    if (step >= 0 && m_inspector->tabs()->isTabEnabled(tab))
        m_inspector->tabs()->setCurrentIndex(tab);
    updateControls();
}

void FlowView::setTraceSource(TraceSource source)
{
    m_traceSource = std::move(source);
    showTrace(m_traceSource ? m_traceSource() : FlowTrace{});
}

void FlowView::setTrace(const FlowTrace &trace)
{
    m_traceSource = nullptr;
    showTrace(trace);
}

void FlowView::showTrace(const FlowTrace &trace)
{
    m_scene->setTrace(trace);
    m_model->setTrace(m_scene->trace());
    m_kindBox->blockSignals(true);
    while (m_kindBox->count() > 1)
        m_kindBox->removeItem(1);
    m_kindBox->setCurrentIndex(0);
    m_kindBox->addItems(m_scene->trace().kindNames());
    m_kindBox->blockSignals(false);
    m_filter->setKind({});
    m_player->setEventCount(int(m_scene->trace().events.size()));
    m_inspector->clear();
    m_view->fitDiagram();
    updateControls();
}

const FlowTrace &FlowView::trace() const
{
    return m_scene->trace();
}

void FlowView::applyStyle()
{
    const bool presenter = m_uiState && m_uiState->presenterMode();
    const int zoom = m_uiState ? m_uiState->zoomSteps() : 0;
    const FlowStyle style = FlowStyle::fromPalette(palette(), presenter, zoom);
    m_scene->setFlowStyle(style);
    // The diagram's texts stay at nine tenths of the window's type size at least (presenter mode and zoom change
    // both alike).
    m_view->setMinimumScale(0.9 * QFontInfo(font()).pointSizeF() / style.fontPointSize);
    QColor current = style.accent;
    current.setAlphaF(0.22);
    m_model->setColors(style.failure, current);
    m_view->fitDiagram();
}

void FlowView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyStyle();
        applyIcons();
    } else if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        fitToolBar();
    }
}

void FlowView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitToolBar();
}

// The player's buttons show their texts beside their icons when the row has room for them and for "Step n of n";
// when it has not (a small window, presenter mode's larger type, a longer language) only their icons, which their
// tooltips and accessible names (the texts) explain. Squeezed, the buttons elided their texts to "Ne…en".
void FlowView::fitToolBar()
{
    const QList<QToolButton *> buttons{m_restartButton, m_backButton, m_playButton, m_forwardButton};
    auto setStyle = [&buttons](Qt::ToolButtonStyle style) {
        for (QToolButton *button : buttons)
            button->setToolButtonStyle(style);
    };
    const int count = std::max(1, m_player->eventCount());
    const QString widestStep = tr("Step %1 of %2").arg(count).arg(count);
    QStringList measuredFor{font().toString(),    style()->name(),     widestStep,
                            m_speedLabel->text(), m_pngButton->text(), m_svgButton->text()};
    for (const QToolButton *button : buttons)
        measuredFor << button->text();
    const QString key = measuredFor.join(QChar::LineFeed);
    if (key != m_toolBarMeasuredFor) {
        // Measured by the buttons themselves, in both styles. Icon-only is the row's minimum, so that a window can
        // be made as narrow as that and the row switches instead of squeezing the texts.
        m_toolBarMeasuredFor = key;
        setStyle(Qt::ToolButtonIconOnly);
        for (QToolButton *button : buttons)
            button->setMinimumWidth(button->sizeHint().width());
        setStyle(Qt::ToolButtonTextBesideIcon);
        m_toolBarTextWidth =
            m_bar->layout()->sizeHint().width() + m_stepLabel->fontMetrics().horizontalAdvance(widestStep);
    }
    setStyle(m_bar->width() >= m_toolBarTextWidth ? Qt::ToolButtonTextBesideIcon : Qt::ToolButtonIconOnly);
}

void FlowView::applyIcons()
{
    for (QToolButton *button : {m_restartButton, m_backButton, m_playButton, m_forwardButton}) {
        const auto which = static_cast<QStyle::StandardPixmap>(button->property(iconProperty).toInt());
        button->setIcon(paletteIcon(*style(), which, palette()));
    }
}

void FlowView::onFrame(int step, qreal progress)
{
    m_scene->showStep(step, progress);
    m_view->keepInView(m_scene->currentHopRect(), m_scene->currentSenderRect());
}

void FlowView::onStepChanged(int step)
{
    m_model->setCurrentStep(step);
    // The current row is bold, so wider: the header measures its contents on layouts, not on data changes.
    m_events->header()->resizeSections(QHeaderView::ResizeToContents);
    syncSelection(step);
    inspectStep(step);
    updateControls();
    emit stepChanged(step);
}

void FlowView::inspectStep(int step)
{
    if (step >= 0)
        m_inspector->inspect(m_scene->trace().events.at(step), m_scene->trace());
    else
        m_inspector->clear();
}

void FlowView::syncSelection(int step)
{
    m_syncingSelection = true;
    const QModelIndex proxy = step >= 0 ? m_filter->mapFromSource(m_model->index(step, 0)) : QModelIndex();
    if (proxy.isValid()) {
        m_events->selectionModel()->setCurrentIndex(proxy,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_events->scrollTo(proxy);
    } else {
        m_events->selectionModel()->clearSelection();
    }
    m_syncingSelection = false;
}

void FlowView::refilter(const std::function<void()> &change)
{
    // Hiding the current row moves the list's current index to a neighbour: that is not the learner choosing
    // another step (it jumped the run, and changed the model while the filter was removing rows).
    m_syncingSelection = true;
    change();
    m_syncingSelection = false;
    syncSelection(m_player->step());
}

void FlowView::onEventActivated(const QModelIndex &proxyIndex)
{
    const int step = m_filter->mapToSource(proxyIndex).row();
    if (step != m_player->step())
        m_player->goTo(step);
}

void FlowView::updateControls()
{
    const int count = m_player->eventCount();
    const int step = m_player->step();
    m_playButton->setText(m_player->isPlaying() ? tr("Pause") : tr("Play"));
    m_playButton->setProperty(iconProperty, int(m_player->isPlaying() ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    applyIcons();
    m_playButton->setEnabled(count > 0);
    m_forwardButton->setEnabled(count > 0 && !m_player->atEnd());
    m_backButton->setEnabled(step >= 0);
    m_restartButton->setEnabled(step >= 0 || m_player->isPlaying());
    if (count == 0)
        m_stepLabel->setText(tr("No trace yet: run a workload."));
    else if (step < 0)
        m_stepLabel->setText(tr("%n event(s) — press Play or Right to start", nullptr, count));
    else
        m_stepLabel->setText(tr("Step %1 of %2").arg(step + 1).arg(count));
    m_stepLabel->setToolTip(m_stepLabel->text()); // the whole text when the row shortens it
    fitToolBar();
}

QImage FlowView::renderImage(qreal scale) const
{
    const QRectF source = m_scene->sceneRect();
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(m_scene->flowStyle().background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())), source);
    return image;
}

bool FlowView::exportPng(const QString &path, qreal scale) const
{
    return renderImage(scale).save(path, "PNG");
}

bool FlowView::exportSvg(const QString &path) const
{
    const QRectF source = m_scene->sceneRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(m_scene->trace().title.isEmpty() ? tr("Keyless authentication flow") : m_scene->trace().title);
    generator.setDescription(tr("Exported from Keyless"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end();
}

void FlowView::exportWithDialog(bool svg)
{
    const QString filter = svg ? tr("SVG drawing (*.svg)") : tr("PNG image (*.png)");
    QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export diagram as SVG") : tr("Export diagram as PNG"),
                                                svg ? QStringLiteral("flow.svg") : QStringLiteral("flow.png"), filter);
    if (path.isEmpty())
        return;
    if (svg)
        exportSvg(path);
    else
        exportPng(path);
}

} // namespace Keyless::Ui::Labs
