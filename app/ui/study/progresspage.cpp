#include "ui/study/progresspage.h"

#include "progress/progressexporter.h"
#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/study/appearance.h"
#include "ui/uistate.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
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

QChartView *chartView(QWidget *parent, const char *name)
{
    auto *view = new QChartView(new QChart, parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
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
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
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
    m_readinessTitle = sectionTitle(content, "readinessTitle");
    m_readiness = new QTreeWidget(content);
    m_readiness->setObjectName(QStringLiteral("readinessTable"));
    m_readiness->setRootIsDecorated(false);
    m_readiness->setColumnCount(4);
    m_readiness->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_readiness->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lessonsTitle = sectionTitle(content, "lessonsTitle");
    m_lessonsView = chartView(content, "lessonCompletionChart");
    m_labsTitle = sectionTitle(content, "labsTitle");
    m_labs = new QTreeWidget(content);
    m_labs->setObjectName(QStringLiteral("labsTable"));
    m_labs->setRootIsDecorated(false);
    m_labs->setColumnCount(3);
    m_labs->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_labs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_activityTitle = sectionTitle(content, "activityTitle");
    m_activityView = chartView(content, "activityChart");
    // Sized once for the objectives the content has, so the layout does not jump when figures arrive.
    m_accuracyView->setMinimumHeight(std::max(260, int(m_objectives.size()) * 28 + 80));
    m_readiness->setMinimumHeight(m_accuracyView->minimumHeight());
    grid->addWidget(m_accuracyTitle, 0, 0);
    grid->addWidget(m_readinessTitle, 0, 1);
    grid->addWidget(m_accuracyView, 1, 0);
    grid->addWidget(m_readiness, 1, 1);
    grid->addWidget(m_lessonsTitle, 2, 0);
    grid->addWidget(m_labsTitle, 2, 1);
    grid->addWidget(m_lessonsView, 3, 0);
    grid->addWidget(m_labs, 3, 1);
    grid->addWidget(m_activityTitle, 4, 0, 1, 2);
    grid->addWidget(m_activityView, 5, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
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
        }
    }
}

void ProgressPage::restyleCharts()
{
    for (QChartView *view : {m_accuracyView, m_lessonsView, m_activityView})
        styleChart(view->chart());
}

void ProgressPage::refresh()
{
    m_dirty = false;
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
    summary += QStringLiteral(" · ") + tr("%n review card(s) due today", nullptr, figures.cardsDueToday);
    if (!figures.ok())
        summary += QStringLiteral("\n") + tr("Could not read all figures: %1").arg(figures.error);
    m_summary->setText(summary);

    // ---- accuracy per objective (chart) and readiness (table)
    QStringList objectives = m_objectives;
    for (const Progress::ObjectiveAccuracy &oa : std::as_const(figures.objectives)) {
        if (!objectives.contains(oa.objectiveId) && !oa.objectiveId.isEmpty())
            objectives.append(oa.objectiveId);
    }
    {
        QChart *chart = m_accuracyView->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Correct answers (%)"));
        QStringList categories;
        // Bottom-to-top in a horizontal bar chart: reverse so the list reads top-down like the table.
        for (auto it = objectives.crbegin(); it != objectives.crend(); ++it) {
            const Progress::ObjectiveAccuracy oa = accuracy.value(*it);
            *set << (oa.attempts > 0 ? 100.0 * oa.accuracy() : 0.0);
            categories << QString(*it).remove(QStringLiteral("az204-"));
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value %"));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, 100);
        axisX->setLabelFormat(QStringLiteral("%d"));
        axisX->setTitleText(tr("% correct"));
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisY);
        series->attachAxis(axisX);
        chart->legend()->setVisible(false);
        styleChart(chart);
    }
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
        QChart *chart = m_lessonsView->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        auto *series = new QHorizontalBarSeries;
        auto *set = new QBarSet(tr("Sections read (%)"));
        QStringList categories;
        for (auto it = m_lessons.crbegin(); it != m_lessons.crend(); ++it) {
            *set << lessonProgress.value(it->id).completionPercent(int(it->sections.size()));
            categories << QString::number(it->order);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value %"));
        series->setLabelsPrecision(3);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, 100);
        axisX->setLabelFormat(QStringLiteral("%d"));
        chart->addAxis(axisY, Qt::AlignLeft);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisY);
        series->attachAxis(axisX);
        chart->legend()->setVisible(false);
        styleChart(chart);
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
        item->setText(0, lab);
        item->setText(1, QLocale().toString(lp.attempts));
        item->setText(2, lp.attempts > 0
                             ? (lp.bestCompletionPercent >= 100.0 ? tr("✓ 100 %")
                                                                  : tr("%1 %").arg(qRound(lp.bestCompletionPercent)))
                             : tr("not started"));
    }

    // ---- activity (stacked bars per day)
    {
        QChart *chart = m_activityView->chart();
        chart->removeAllSeries();
        for (QAbstractAxis *axis : chart->axes())
            chart->removeAxis(axis);
        QHash<QDate, Progress::DayActivity> days;
        for (const Progress::DayActivity &day : std::as_const(figures.activity))
            days.insert(day.day, day);
        auto *series = new QStackedBarSeries;
        auto *sections = new QBarSet(tr("Sections read"));
        auto *answers = new QBarSet(tr("Questions answered"));
        auto *reviews = new QBarSet(tr("Cards reviewed"));
        auto *commands = new QBarSet(tr("Lab commands"));
        QStringList categories;
        int highest = 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const Progress::DayActivity a = days.value(day);
            *sections << a.sectionsRead;
            *answers << a.questionAttempts;
            *reviews << a.reviews;
            *commands << a.labCommands;
            highest = std::max(highest, a.sectionsRead + a.questionAttempts + a.reviews + a.labCommands);
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
}

QString ProgressPage::exportTo(const QString &fileName)
{
    if (!m_context.progress)
        return tr("No progress store is open.");
    const bool csv = fileName.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    const Progress::ExportResult result =
        csv ? Progress::ProgressExporter::toCsv(m_context.progress->database())
            : Progress::ProgressExporter::toJson(m_context.progress->database(), QDateTime::currentDateTimeUtc());
    QString error = result.error;
    if (error.isEmpty()) {
        QFile file(fileName);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(result.data) != result.data.size() ||
            !file.flush())
            error = file.errorString();
    }
    m_exportStatus->setText(error.isEmpty() ? tr("Exported %n record(s) to %1.", nullptr, result.records).arg(fileName)
                                            : tr("Export failed: %1").arg(error));
    return error;
}

void ProgressPage::exportWithDialog()
{
    const QString fileName = QFileDialog::getSaveFileName(
        this, tr("Export progress"), QStringLiteral("keyless-progress.json"), tr("JSON (*.json);;CSV (*.csv)"));
    if (!fileName.isEmpty())
        exportTo(fileName);
}

} // namespace Keyless::Ui::Study
