#include "ui/study/progresspage.h"

#include "content/contentlibrary.h"
#include "lab/labcatalog.h"
#include "lab/labdefinition.h"
#include "progress/progressexporter.h"
#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/lablibrary.h"
#include "ui/relativefont.h"
#include "ui/study/appearance.h"
#include "ui/study/wordwrapdelegate.h"
#include "ui/uistate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Keyless::Ui::Study {

Readiness readinessFor(int attempts, int correct)
{
    Readiness r;
    if (attempts <= 0)
        return r;
    const double n = attempts;
    const double p = double(std::clamp(correct, 0, attempts)) / n;
    const double z = 1.2816; // two-sided 80 %
    const double denominator = 1.0 + z * z / n;
    const double centre = p + z * z / (2.0 * n);
    const double margin = z * std::sqrt(p * (1.0 - p) / n + z * z / (4.0 * n * n));
    r.lowerBound = std::max(0.0, (centre - margin) / denominator);
    r.level = r.lowerBound >= 0.7   ? Readiness::Level::Ready
              : r.lowerBound >= 0.5 ? Readiness::Level::GettingThere
                                    : Readiness::Level::NotYet;
    return r;
}

namespace {
QLabel *sectionTitle(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A chart view whose minimum height follows its labels through the layout. QWidget::setMinimumHeight resizes
// the view at once, and every resize lays the whole chart out again (a dozen milliseconds for a bar chart):
// a size hint is read by the next layout pass only, once.
class FittedChartView final : public QChartView
{
public:
    using QChartView::QChartView;

    void setFittedHeight(int height)
    {
        if (height == m_fittedHeight)
            return;
        m_fittedHeight = height;
        updateGeometry();
    }
    int fittedHeight() const { return m_fittedHeight; }
    QSize minimumSizeHint() const override
    {
        const QSize base = QChartView::minimumSizeHint();
        return {base.width(), std::max(base.height(), m_fittedHeight)};
    }
    QSize sizeHint() const override
    {
        const QSize base = QChartView::sizeHint();
        return {base.width(), std::max(base.height(), m_fittedHeight)};
    }

private:
    int m_fittedHeight = 260;
};

void setFittedHeight(QChartView *view, int height)
{
    static_cast<FittedChartView *>(view)->setFittedHeight(height);
}

int fittedHeight(QChartView *view)
{
    return static_cast<FittedChartView *>(view)->fittedHeight();
}

// Room after 100 on a percent axis for the value beside a full bar: as much of the plot's width as "100 %" takes in the
// values' font, and Qt Charts' gap before it. Where there was none, Qt Charts put the value on the bar instead, in the
// text colour on the accent colour (QA: in presenter mode).
void fitValueRoom(QChart *chart)
{
    const auto *series =
        chart->series().isEmpty() ? nullptr : qobject_cast<QAbstractBarSeries *>(chart->series().first());
    auto *values = qobject_cast<QValueAxis *>(chart->axes(Qt::Horizontal).value(0));
    if (!series || series->barSets().isEmpty() || !values)
        return;
    const qreal plot = chart->plotArea().width();
    const qreal label =
        QFontMetricsF(series->barSets().first()->labelFont()).horizontalAdvance(QStringLiteral("100 %"));
    const qreal room = label + 12;
    // Ticks stop at 100 (a "125" would read as a percent): every 25 below 125, every 50 up to 150. A plot too narrow
    // for that (a value taking a third of it) keeps 150, and Qt Charts puts the value of a full bar on it.
    const qreal end = std::min(plot > room ? 100 * plot / (plot - room) : 149.0, 149.0);
    if (std::abs(values->max() - end) > 0.5)
        values->setMax(end);
    values->setTickInterval(end < 125 ? 25 : 50);
}

// One set of percentages as horizontal bars with their values at their ends, 0–100 along the bottom, `categories`
// on the left (Qt Charts elides categories appended after the axis is attached). Returns the category axis.
QBarCategoryAxis *plotPercentBars(QChart *chart, QBarSet *set, const QStringList &categories, const QString &valueTitle)
{
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPrecision(3);
    // Beside the bar, on the chart's background: centred on it, a value in the text colour stood on the accent colour
    // (3.4:1 in the light theme), and a short bar's value ran over its end, half on the bar, half off ("4|0 %").
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto *values = new QValueAxis;
    // The ticks stop at 100; after it, room for the value beside a full bar.
    values->setRange(0, 100);
    values->setTickType(QValueAxis::TicksDynamic);
    values->setTickAnchor(0);
    values->setTickInterval(25);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setTitleText(valueTitle);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(values);
    chart->legend()->setVisible(false);
    QObject::connect(chart, &QChart::plotAreaChanged, values, [chart] { fitValueRoom(chart); });
    return categoryAxis;
}

// Takes every series and axis off a chart (removeAxis hands an axis back to the caller: delete it).
void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QChartView *chartView(QWidget *parent, const char *name)
{
    auto *view = new FittedChartView(new QChart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Shown instead of a chart while nothing that chart plots has been recorded.
QLabel *emptyNote(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::RichText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setFrameShape(QFrame::StyledPanel);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::Base);
    label->setMargin(16);
    label->setMinimumHeight(140);
    label->hide();
    return label;
}

// A chart and its "No data yet" note in one grid cell; only one of the two is visible at a time, and the
// hidden one takes no room.
QWidget *chartPanel(QWidget *parent, QChartView *view, QLabel *empty)
{
    auto *panel = new QWidget(parent);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    layout->addWidget(empty);
    return panel;
}

void showChart(QChartView *view, QLabel *empty, bool hasData)
{
    view->setVisible(hasData);
    empty->setVisible(!hasData);
}

// Breaks `text` at spaces into lines no wider than `width`; a word wider than a line gets a line of its
// own. A dash stays with the word before it.
QStringList wrapLines(const QString &text, const QFontMetricsF &metrics, qreal width)
{
    QString glued = text;
    glued.replace(QStringLiteral(" \u2014"), QStringLiteral("\u00a0\u2014"));
    glued.replace(QStringLiteral(" \u2013"), QStringLiteral("\u00a0\u2013"));
    QStringList lines;
    QString line;
    for (const QString &word : glued.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString candidate = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
        } else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

// Qt Charts draws axis labels as rich text: escape, and break lines with <br>.
QString axisLabel(const QStringList &lines)
{
    QStringList escaped;
    for (const QString &line : lines)
        escaped << line.toHtmlEscaped();
    return escaped.join(QStringLiteral("<br>"));
}

} // namespace

ProgressPage::ProgressPage(AppContext &context, QList<Content::Lesson> lessons, QList<Content::Question> questions,
                           const Content::SkillsOutline &outline, QStringList labIds, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lessons(std::move(lessons))
    , m_outline(outline)
    , m_labIds(std::move(labIds))
{
    setObjectName(QStringLiteral("progressPage"));
    std::stable_sort(m_lessons.begin(), m_lessons.end(),
                     [](const Content::Lesson &a, const Content::Lesson &b) { return a.order < b.order; });
    for (const Content::Question &q : questions) {
        if (!m_objectives.contains(q.objectiveId))
            m_objectives.append(q.objectiveId);
    }
    std::sort(m_objectives.begin(), m_objectives.end());

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    auto *header = new QHBoxLayout;
    m_title = sectionTitle(content, "progressTitle");
    setRelativeFont(m_title, 1.5);
    m_export = new QPushButton(content);
    m_export->setObjectName(QStringLiteral("exportButton"));
    header->addWidget(m_title);
    header->addStretch(1);
    header->addWidget(m_export);
    layout->addLayout(header);
    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("progressSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_exportStatus = new QLabel(content);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setWordWrap(true);
    layout->addWidget(m_exportStatus);

    auto *grid = new QGridLayout;
    m_accuracyTitle = sectionTitle(content, "accuracyTitle");
    m_accuracyView = chartView(content, "accuracyChart");
    m_accuracyEmpty = emptyNote(content, "accuracyChartEmpty");
    m_readinessTitle = sectionTitle(content, "readinessTitle");
    m_readiness = new QTreeWidget(content);
    m_readiness->setObjectName(QStringLiteral("readinessTable"));
    m_readiness->setRootIsDecorated(false);
    m_readiness->setColumnCount(4);
    m_readiness->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readiness->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Objective titles are long: wrapped in full, never cut (the tooltip alone would hide them).
    WordWrapDelegate::install(m_readiness);
    m_lessonsTitle = sectionTitle(content, "lessonsTitle");
    m_lessonsView = chartView(content, "lessonCompletionChart");
    m_lessonsView->installEventFilter(this);
    m_lessonsEmpty = emptyNote(content, "lessonCompletionChartEmpty");
    m_labsTitle = sectionTitle(content, "labsTitle");
    m_labs = new QTreeWidget(content);
    m_labs->setObjectName(QStringLiteral("labsTable"));
    m_labs->setRootIsDecorated(false);
    m_labs->setColumnCount(3);
    m_labs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_labs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    WordWrapDelegate::install(m_labs);
    m_activityTitle = sectionTitle(content, "activityTitle");
    m_activityView = chartView(content, "activityChart");
    m_activityEmpty = emptyNote(content, "activityChartEmpty");
    m_accuracyPanel = chartPanel(content, m_accuracyView, m_accuracyEmpty);
    m_lessonsPanel = chartPanel(content, m_lessonsView, m_lessonsEmpty);
    m_activityPanel = chartPanel(content, m_activityView, m_activityEmpty);
    m_grid = grid;
    arrangeSections();
    layout->addLayout(grid);
    layout->addStretch(1);

    // Writes arrive in bursts (a lesson marked read is several rows): redraw once, and only when seen.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &ProgressPage::refresh);
    if (m_context.progress) {
        connect(m_context.progress, &Progress::ProgressStore::changed, this, [this] {
            m_dirty = true;
            if (isVisible())
                m_refreshTimer->start();
        });
    }
    if (m_context.uiState)
        connect(m_context.uiState, &UiState::presenterModeChanged, this, &ProgressPage::restyleCharts);
    connect(m_export, &QPushButton::clicked, this, &ProgressPage::exportWithDialog);
    retranslate();
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::setToday(Today today)
{
    m_today = std::move(today);
    m_dirty = true;
}

void ProgressPage::showEvent(QShowEvent *event)
{
    if (m_dirty)
        refresh();
    QWidget::showEvent(event);
}

void ProgressPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyleCharts();
    if (event->type() == QEvent::FontChange)
        arrangeSections();
    QWidget::changeEvent(event);
}

void ProgressPage::retranslate()
{
    m_title->setText(tr("Your progress"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Save every recorded attempt and result as JSON or CSV"));
    m_accuracyTitle->setText(tr("Practice accuracy per exam objective"));
    m_readinessTitle->setText(tr("Readiness per objective"));
    m_readiness->setHeaderLabels({tr("Objective"), tr("Answers"), tr("Correct"), tr("Readiness")});
    m_readiness->setAccessibleName(tr("Readiness per objective"));
    m_lessonsTitle->setText(tr("Lessons read"));
    m_labsTitle->setText(tr("Labs"));
    m_labs->setHeaderLabels({tr("Lab"), tr("Attempts"), tr("Best completion")});
    m_labs->setAccessibleName(tr("Lab completion"));
    m_activityTitle->setText(tr("Activity in the last 30 days"));
    m_accuracyView->setAccessibleName(tr("Chart: practice accuracy per exam objective"));
    m_lessonsView->setAccessibleName(tr("Chart: lessons read"));
    m_activityView->setAccessibleName(tr("Chart: activity in the last 30 days"));
    const QString noData = QStringLiteral("<p><b>%1</b></p><p>%2</p>");
    m_accuracyEmpty->setText(
        noData.arg(tr("No data yet").toHtmlEscaped(),
                   tr("Answer practice questions to see your accuracy per objective here.").toHtmlEscaped()));
    m_lessonsEmpty->setText(
        noData.arg(tr("No data yet").toHtmlEscaped(), tr("Mark a lesson as read to see it here.").toHtmlEscaped()));
    m_activityEmpty->setText(
        noData.arg(tr("No data yet").toHtmlEscaped(),
                   tr("Read, practise, review or work on a lab: each day's activity shows up here.").toHtmlEscaped()));
    m_dirty = true;
    if (isVisible())
        refresh();
}

void ProgressPage::styleChart(QChart *chart) const
{
    const QPalette p = palette();
    chart->setBackgroundBrush(p.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid)));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(p.brush(QPalette::Text));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setFont(font());
    const int width = m_context.uiState ? lineWidth(*m_context.uiState) : 2;
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsBrush(p.brush(QPalette::Text));
        axis->setLabelsFont(font());
        axis->setTitleBrush(p.brush(QPalette::Text));
        axis->setTitleFont(font()); // "% correct" grows with presenter mode too (QA: it never did)
        axis->setLinePen(QPen(p.color(QPalette::Mid), width));
        axis->setGridLinePen(QPen(p.color(QPalette::Midlight), 1));
    }
    // Series colours, all from the palette: accent, link, and the palette-derived status colours.
    const StatusColors status = statusColors(p);
    const QList<QColor> colors{p.color(QPalette::Highlight), status.good, status.caution,
                               p.color(QPalette::LinkVisited)};
    for (QAbstractSeries *series : chart->series()) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(series);
        if (!bars)
            continue;
        const QList<QBarSet *> sets = bars->barSets();
        for (int i = 0; i < sets.size(); ++i) {
            sets.at(i)->setColor(colors.at(i % colors.size()));
            sets.at(i)->setBorderColor(p.color(QPalette::Base));
            sets.at(i)->setLabelColor(p.color(QPalette::Text));
            // The values on the bars follow the type size both ways (QA: "100 %" stayed small in presenter mode, or
            // huge after it).
            sets.at(i)->setLabelFont(font());
        }
    }
}

void ProgressPage::restyleCharts()
{
    for (QChartView *view : {m_accuracyView, m_lessonsView, m_activityView})
        styleChart(view->chart());
    // Another type size (presenter mode, zoom) needs other line breaks and row heights.
    m_lessonLabelsWidth = -1;
    fitCategoryLabels();
    for (QChartView *view : {m_accuracyView, m_lessonsView})
        fitValueRoom(view->chart()); // the values' font grew or shrank, maybe not the plot
}

void ProgressPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeSections();
}

void ProgressPage::arrangeSections()
{
    // Side by side while each half has room for about 55 characters: the readiness table's objective titles, its
    // three columns of figures (QA: at 800x600 the titles wrapped a word a line and "No answers" was cut).
    const int columns = width() >= 2 * QFontMetrics(font()).averageCharWidth() * 55 ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *w : {static_cast<QWidget *>(m_accuracyTitle), static_cast<QWidget *>(m_readinessTitle),
                       m_accuracyPanel, static_cast<QWidget *>(m_readiness), static_cast<QWidget *>(m_lessonsTitle),
                       m_lessonsPanel, static_cast<QWidget *>(m_labsTitle), static_cast<QWidget *>(m_labs),
                       static_cast<QWidget *>(m_activityTitle), m_activityPanel})
        m_grid->removeWidget(w);
    int row = 0;
    if (columns == 2) {
        m_grid->addWidget(m_accuracyTitle, 0, 0);
        m_grid->addWidget(m_readinessTitle, 0, 1);
        m_grid->addWidget(m_accuracyPanel, 1, 0);
        m_grid->addWidget(m_readiness, 1, 1);
        row = 2;
    } else {
        m_grid->addWidget(m_accuracyTitle, 0, 0, 1, 2);
        m_grid->addWidget(m_accuracyPanel, 1, 0, 1, 2);
        m_grid->addWidget(m_readinessTitle, 2, 0, 1, 2);
        m_grid->addWidget(m_readiness, 3, 0, 1, 2);
        row = 4;
    }
    // Lesson titles are long: the lessons chart gets the full width so its axis labels need few lines.
    for (QWidget *w : {static_cast<QWidget *>(m_lessonsTitle), m_lessonsPanel, static_cast<QWidget *>(m_labsTitle),
                       static_cast<QWidget *>(m_labs), static_cast<QWidget *>(m_activityTitle), m_activityPanel})
        m_grid->addWidget(w, row++, 0, 1, 2);
    // Half and half: the readiness table needs the room for whole objective titles (the chart's labels are short
    // ids), also at presenter mode's type size.
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
}

bool ProgressPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_lessonsView && event->type() == QEvent::Resize)
        fitCategoryLabels();
    return QWidget::eventFilter(watched, event);
}

void ProgressPage::fitCategoryLabels()
{
    const QFontMetricsF metrics(font());
    // Qt Charts gives each of n categories 1/(n+1) of the plot's height, less the label padding and the
    // text item's margins; the rest of a chart is the value axis' labels and title and the chart's margins.
    auto chartHeight = [&metrics](qsizetype categories, int lines) {
        const qreal row = lines * metrics.lineSpacing() + 16.0;
        return std::max(260, int(std::ceil((categories + 1) * row + 3 * metrics.lineSpacing() + 60.0)));
    };

    // The readiness table beside the chart lists the same objectives, chart or not: both get the chart's height.
    setFittedHeight(m_accuracyView, chartHeight(m_objectiveRows, 1));
    m_readiness->setMinimumHeight(fittedHeight(m_accuracyView));
    // The activity chart: its legend, day labels and value labels take about seven lines; the plot keeps eight or more
    // (QA: in presenter mode the bars were squashed to a strip under the legend).
    setFittedHeight(m_activityView, std::max(260, int(std::ceil(16 * metrics.lineSpacing() + 20))));

    if (!m_lessonsAxis)
        return;
    const int width = m_lessonsView->width();
    if (width != m_lessonLabelsWidth) {
        m_lessonLabelsWidth = width;
        // Qt Charts gives the vertical axes at most 40 % of the chart's width: wrap well inside that.
        const qreal budget = std::max(metrics.averageCharWidth() * 12, width * 0.3);
        QStringList categories;
        int lines = 1;
        for (const QString &label : std::as_const(m_lessonLabels)) {
            const QStringList wrapped = wrapLines(label, metrics, budget);
            lines = std::max(lines, int(wrapped.size()));
            categories << axisLabel(wrapped);
        }
        // Every new label set makes Qt Charts measure and lay out all labels again: only when the breaks moved.
        if (m_lessonsAxis->categories() != categories)
            m_lessonsAxis->setCategories(categories);
        setFittedHeight(m_lessonsView, chartHeight(m_lessonLabels.size(), lines));
    }
}

void ProgressPage::loadLabTitles()
{
    if (m_labTitlesLoaded)
        return;
    m_labTitlesLoaded = true;
    // The labs the Labs page offers, from the catalog the pages share (listed without building their worlds).
    // A lab that does not load has no title: its row, if the learner has attempts or it is a known lab, shows
    // its id.
    if (!m_context.labs)
        return;
    // In the Labs page's order (QA: the two pages listed the labs differently), then known labs it lacks.
    QStringList ordered;
    for (const auto &lab : m_context.labs->catalog().labs()) {
        if (ordered.contains(lab->id))
            continue;
        m_labTitles.insert(lab->id, lab->title);
        ordered.append(lab->id);
    }
    for (const QString &id : std::as_const(m_labIds)) {
        if (!ordered.contains(id))
            ordered.append(id);
    }
    m_labIds = ordered;
}

void ProgressPage::refresh()
{
    m_dirty = false;
    loadLabTitles();
    const QDate to = today();
    const QDate from = to.addDays(-29);
    Progress::DashboardFigures figures;
    if (m_context.progress)
        figures = m_context.progress->dashboard(from, to);

    // ---- summary
    int lessonsDone = 0;
    QHash<QString, Progress::LessonProgress> lessonProgress;
    for (const Progress::LessonProgress &lp : std::as_const(figures.lessons))
        lessonProgress.insert(lp.lessonId, lp);
    for (const Content::Lesson &lesson : std::as_const(m_lessons)) {
        if (lessonProgress.value(lesson.id).completionPercent(int(lesson.sections.size())) >= 100.0)
            ++lessonsDone;
    }
    int attempts = 0;
    int correct = 0;
    QHash<QString, Progress::ObjectiveAccuracy> accuracy;
    for (const Progress::ObjectiveAccuracy &oa : std::as_const(figures.objectives)) {
        accuracy.insert(oa.objectiveId, oa);
        attempts += oa.attempts;
        correct += oa.correct;
    }
    QString summary =
        tr("%1 of %2 lessons read · %n practice answer(s)", nullptr, attempts).arg(lessonsDone).arg(m_lessons.size());
    if (attempts > 0)
        summary += QStringLiteral(" · ") + tr("%1 % correct").arg(qRound(100.0 * correct / attempts));
    // A card the review has not registered yet is due the day it is: counted here before the Review tab was ever
    // opened (QA: "0 due" here, 52 on the Review tab).
    int due = figures.cardsDueToday;
    if (m_context.content && m_context.progress) {
        const QSet<QString> known = m_context.progress->reviewCardIds();
        for (const Content::Card &card : m_context.content->cards())
            due += known.contains(card.id) ? 0 : 1;
    }
    summary += QStringLiteral(" · ") + tr("%n review card(s) due today", nullptr, due);
    if (!figures.ok())
        summary += QStringLiteral("\n") + tr("Could not read all figures: %1").arg(figures.error);
    m_summary->setText(summary);

    // ---- accuracy per objective (chart) and readiness (table)
    QStringList objectives = m_objectives;
    for (const Progress::ObjectiveAccuracy &oa : std::as_const(figures.objectives)) {
        if (!objectives.contains(oa.objectiveId) && !oa.objectiveId.isEmpty())
            objectives.append(oa.objectiveId);
    }
    m_objectiveRows = int(objectives.size());
    // A chart that has nothing to plot stays empty and hidden behind its note: building one costs a page switch.
    QChart *accuracyChart = m_accuracyView->chart();
    clearChart(accuracyChart);
    if (attempts > 0) {
        auto *set = new QBarSet(tr("Correct answers (%)"));
        QStringList categories;
        // Bottom-to-top in a horizontal bar chart: reverse so the list reads top-down like the table.
        for (auto it = objectives.crbegin(); it != objectives.crend(); ++it) {
            const Progress::ObjectiveAccuracy oa = accuracy.value(*it);
            // Whole percents, as the table beside it and the summary say them (QA: "66.7 %" beside "67 %").
            *set << (oa.attempts > 0 ? qreal(qRound(100.0 * oa.accuracy())) : 0.0);
            // Never answered is not 0 % right: both drew no bar (QA).
            const QString id = QString(*it).remove(QStringLiteral("az204-"));
            categories << (oa.attempts > 0 ? id : tr("%1 · no answers").arg(id)).toHtmlEscaped();
        }
        plotPercentBars(accuracyChart, set, categories, tr("% correct"));
        styleChart(accuracyChart);
    }
    showChart(m_accuracyView, m_accuracyEmpty, attempts > 0);
    // Its height follows the number of objectives now, whether or not the lessons chart below is built
    // (QA: with no lesson read it kept the empty page's height and drew every label as "…").
    fitCategoryLabels();
    m_readiness->clear();
    for (const QString &id : std::as_const(objectives)) {
        const Progress::ObjectiveAccuracy oa = accuracy.value(id);
        const Readiness r = readinessFor(oa.attempts, oa.correct);
        const Content::Objective *objective = m_outline.objective(id);
        auto *item = new QTreeWidgetItem(m_readiness);
        item->setText(
            0, objective ? QStringLiteral("%1 %2").arg(QString(id).remove(QStringLiteral("az204-")), objective->title)
                         : id);
        item->setToolTip(0, item->text(0));
        item->setText(1, QLocale().toString(oa.attempts));
        item->setText(2, oa.attempts > 0 ? tr("%1 %").arg(qRound(100.0 * oa.accuracy())) : tr("—"));
        QString level;
        switch (r.level) {
        case Readiness::Level::NoData:
            level = tr("No answers yet");
            break;
        case Readiness::Level::NotYet:
            level = tr("Not yet");
            break;
        case Readiness::Level::GettingThere:
            level = tr("Getting there");
            break;
        case Readiness::Level::Ready:
            level = tr("✓ Ready");
            break;
        }
        item->setText(3, level);
        item->setToolTip(3, tr("At least %1 % correct with 80 % confidence, from %n answer(s).", nullptr, oa.attempts)
                                .arg(qRound(100.0 * r.lowerBound)));
    }

    // ---- lessons (chart)
    {
        // Numbered and titled as in the Lessons page's table of contents; bottom-to-top, hence reversed.
        m_lessonLabels.clear();
        QList<qreal> percents;
        bool anyRead = false;
        for (int i = int(m_lessons.size()) - 1; i >= 0; --i) {
            const Content::Lesson &lesson = m_lessons.at(i);
            const double percent = lessonProgress.value(lesson.id).completionPercent(int(lesson.sections.size()));
            anyRead = anyRead || percent > 0.0;
            percents << qRound(percent);
            m_lessonLabels << QStringLiteral("%1. %2").arg(i + 1).arg(lesson.title);
        }
        QChart *chart = m_lessonsView->chart();
        clearChart(chart);
        m_lessonsAxis = nullptr;
        if (anyRead) {
            auto *set = new QBarSet(tr("Sections read (%)"));
            set->append(percents);
            m_lessonsAxis = plotPercentBars(chart, set, {}, tr("% of sections read")); // labels: fitCategoryLabels()
            styleChart(chart);
            m_lessonLabelsWidth = -1;
            fitCategoryLabels();
        }
        showChart(m_lessonsView, m_lessonsEmpty, anyRead);
    }

    // ---- labs (table)
    m_labs->clear();
    QHash<QString, Progress::LabProgress> labProgress;
    QStringList labs = m_labIds;
    for (const Progress::LabProgress &lp : std::as_const(figures.labs)) {
        labProgress.insert(lp.labId, lp);
        if (!labs.contains(lp.labId))
            labs.append(lp.labId);
    }
    for (const QString &lab : std::as_const(labs)) {
        const Progress::LabProgress lp = labProgress.value(lab);
        auto *item = new QTreeWidgetItem(m_labs);
        const QString title = m_labTitles.value(lab);
        item->setText(0, title.isEmpty() ? lab : title);
        item->setData(0, Qt::UserRole, lab);
        item->setToolTip(0, title.isEmpty() ? lab : tr("%1\nLab id: %2").arg(title, lab));
        item->setText(1, QLocale().toString(lp.attempts));
        item->setText(2, lp.attempts > 0
                             ? (lp.bestCompletionPercent >= 100.0 ? tr("✓ 100 %")
                                                                  : tr("%1 %").arg(qRound(lp.bestCompletionPercent)))
                             : tr("not started"));
    }

    // ---- activity (stacked bars per day)
    {
        QHash<QDate, Progress::DayActivity> days;
        for (const Progress::DayActivity &day : std::as_const(figures.activity))
            days.insert(day.day, day);
        int highest = 0;
        for (const Progress::DayActivity &a : std::as_const(figures.activity)) {
            if (a.day >= from && a.day <= to)
                highest = std::max(highest, a.sectionsRead + a.questionAttempts + a.reviews + a.labCommands);
        }
        QChart *chart = m_activityView->chart();
        clearChart(chart);
        if (highest > 0) {
            auto *series = new QStackedBarSeries;
            auto *sections = new QBarSet(tr("Sections read"));
            auto *answers = new QBarSet(tr("Questions answered"));
            auto *reviews = new QBarSet(tr("Cards reviewed"));
            auto *commands = new QBarSet(tr("Lab commands"));
            QStringList categories;
            for (QDate day = from; day <= to; day = day.addDays(1)) {
                const Progress::DayActivity a = days.value(day);
                *sections << a.sectionsRead;
                *answers << a.questionAttempts;
                *reviews << a.reviews;
                *commands << a.labCommands;
                categories << QString::number(day.day());
            }
            series->append({sections, answers, reviews, commands});
            chart->addSeries(series);
            auto *axisX = new QBarCategoryAxis;
            axisX->append(categories);
            auto *axisY = new QValueAxis;
            axisY->setRange(0, std::max(5, highest));
            axisY->setLabelFormat(QStringLiteral("%d"));
            axisY->applyNiceNumbers();
            chart->addAxis(axisX, Qt::AlignBottom);
            chart->addAxis(axisY, Qt::AlignLeft);
            series->attachAxis(axisX);
            series->attachAxis(axisY);
            chart->legend()->setVisible(true);
            styleChart(chart);
        }
        showChart(m_activityView, m_activityEmpty, highest > 0);
    }
}

QString ProgressPage::exportTo(const QString &fileName)
{
    return exportTo(fileName, fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? ExportFormat::Csv
                                                                                            : ExportFormat::Json);
}

QString ProgressPage::exportTo(const QString &fileName, ExportFormat format)
{
    if (!m_context.progress)
        return tr("No progress store is open.");
    const Progress::ExportResult result =
        format == ExportFormat::Csv
            ? Progress::ProgressExporter::toCsv(m_context.progress->database())
            : Progress::ProgressExporter::toJson(m_context.progress->database(), QDateTime::currentDateTimeUtc());
    QString error = result.error;
    if (error.isEmpty()) {
        // All or nothing: a failed export leaves an earlier file of that name as it was.
        QSaveFile file(fileName);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.data) != result.data.size() || !file.commit())
            error = file.errorString();
    }
    const QString shown = QDir::toNativeSeparators(fileName);
    // QA: "Export failed: No such file or directory" did not say which file.
    m_exportStatus->setText(error.isEmpty() ? tr("Exported %n record(s) to %1.", nullptr, result.records).arg(shown)
                                            : tr("Could not export to %1: %2").arg(shown, error));
    return error;
}

ProgressPage::ExportTarget ProgressPage::exportTarget(const QString &chosen, ExportFormat fileType)
{
    const QString suffix = QFileInfo(chosen).suffix();
    if (suffix.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return {chosen, ExportFormat::Csv};
    if (suffix.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return {chosen, ExportFormat::Json};
    if (!suffix.isEmpty())
        return {chosen, fileType};
    return {chosen + (fileType == ExportFormat::Csv ? QStringLiteral(".csv") : QStringLiteral(".json")), fileType};
}

QString ProgressPage::exportFolderKey()
{
    return QStringLiteral("progress/exportFolder");
}

void ProgressPage::exportWithDialog()
{
    // QA: it opened in the working directory (the source checkout), and a name typed under "CSV" was written as JSON
    // without an extension.
    QString folder = m_lastExportFolder;
    if (folder.isEmpty() && m_context.settings)
        folder = m_context.settings->value(exportFolderKey()).toString(); // the last export, in an earlier run
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (folder.isEmpty() || !QFileInfo(folder).isDir())
            folder = QDir::homePath();
    }
    const QString json = tr("JSON (*.json)");
    const QString csv = tr("CSV (*.csv)");
    auto *dialog = new QFileDialog(this, tr("Export progress"), folder);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({json, csv});
    // The dialog adds the file type's extension itself, so that it asks before replacing that file.
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->selectFile(QStringLiteral("keyless-progress"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, csv](const QString &filter) {
        dialog->setDefaultSuffix(filter == csv ? QStringLiteral("csv") : QStringLiteral("json"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, csv](const QString &chosen) {
        if (chosen.isEmpty())
            return;
        const ExportTarget target =
            exportTarget(chosen, dialog->selectedNameFilter() == csv ? ExportFormat::Csv : ExportFormat::Json);
        // Only a folder an export went to is one to come back to (QA: a failed one was remembered).
        if (exportTo(target.fileName, target.format).isEmpty()) {
            m_lastExportFolder = QFileInfo(target.fileName).absolutePath();
            if (m_context.settings)
                m_context.settings->setValue(exportFolderKey(), m_lastExportFolder);
        }
    });
    dialog->open();
}

} // namespace Keyless::Ui::Study
