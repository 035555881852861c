#pragma once

#include "content/contentmodel.h"

#include <QDate>
#include <QHash>
#include <QWidget>

#include <functional>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

// How ready a learner looks on one objective, from their recorded answers only: the lower bound of the
// 80 % Wilson score interval of their accuracy, so three lucky answers do not read as "ready".
struct Readiness {
    enum class Level { NoData, NotYet, GettingThere, Ready };
    Level level = Level::NoData;
    double lowerBound = 0.0; // 0–1
};
Readiness readinessFor(int attempts, int correct);

// The dashboard: completion per lesson and lab, practice accuracy and readiness per skills-outline
// objective, activity over the last 30 days, and "Export…". Every number comes from the progress store.
// A chart with nothing recorded yet is replaced by a "No data yet" note; labs are listed by title (the
// bundled labs and those in the --labs folders), their ids in the tooltip.
class ProgressPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressPage)

public:
    using Today = std::function<QDate()>;

    ProgressPage(AppContext &context, QList<Content::Lesson> lessons, QList<Content::Question> questions,
                 const Content::SkillsOutline &outline, QStringList labIds, QWidget *parent = nullptr);
    ~ProgressPage() override;

    void setToday(Today today);
    void refresh();
    enum class ExportFormat { Json, Csv };
    // Writes the store's export (JSON, or CSV when the file name ends in .csv). Returns an error or "".
    QString exportTo(const QString &fileName);
    QString exportTo(const QString &fileName, ExportFormat format);
    // What the export dialog writes for the name the learner chose under a file type: a typed .json or .csv decides
    // the format, else the file type does, and a name without any extension gets the file type's.
    struct ExportTarget {
        QString fileName;
        ExportFormat format = ExportFormat::Json;
    };
    static ExportTarget exportTarget(const QString &chosen, ExportFormat fileType);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    // The accuracy chart and the readiness table side by side, or (a narrow window, large type) one under the other.
    void arrangeSections();
    static QString exportFolderKey(); // QSettings: the folder of the last export
    void retranslate();
    void exportWithDialog();
    void styleChart(QChart *chart) const;
    void restyleCharts();
    void loadLabTitles();
    // Wraps the lesson titles on the lessons chart's axis to the chart's width and sizes the charts so every
    // category label has the lines it needs (Qt Charts elides a label that does not fit to "...").
    void fitCategoryLabels();
    QDate today() const { return m_today ? m_today() : QDate::currentDate(); }

    AppContext &m_context;
    QList<Content::Lesson> m_lessons;
    QStringList m_objectives; // those with questions, sorted
    Content::SkillsOutline m_outline;
    QStringList m_labIds;
    QHash<QString, QString> m_labTitles; // lab id -> title, loaded on the first refresh
    bool m_labTitlesLoaded = false;
    QStringList m_lessonLabels;   // "1. Title", bottom-to-top as on the axis, unwrapped
    int m_lessonLabelsWidth = -1; // the width m_lessonLabels were last wrapped at
    Today m_today;
    bool m_dirty = true;
    QString m_lastExportFolder; // where the export dialog opens again in this run
    QTimer *m_refreshTimer = nullptr;

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_export = nullptr;
    QLabel *m_exportStatus = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_accuracyPanel = nullptr;
    QWidget *m_lessonsPanel = nullptr;
    QWidget *m_activityPanel = nullptr;
    int m_columns = 0; // as arranged: 1 or 2
    QLabel *m_accuracyTitle = nullptr;
    QChartView *m_accuracyView = nullptr;
    int m_objectiveRows = 0; // rows of the accuracy chart and the readiness table
    QLabel *m_accuracyEmpty = nullptr;
    QLabel *m_readinessTitle = nullptr;
    QTreeWidget *m_readiness = nullptr;
    QLabel *m_lessonsTitle = nullptr;
    QChartView *m_lessonsView = nullptr;
    QBarCategoryAxis *m_lessonsAxis = nullptr; // owned by the lessons chart
    QLabel *m_lessonsEmpty = nullptr;
    QLabel *m_labsTitle = nullptr;
    QTreeWidget *m_labs = nullptr;
    QLabel *m_activityTitle = nullptr;
    QChartView *m_activityView = nullptr;
    QLabel *m_activityEmpty = nullptr;
};

} // namespace Keyless::Ui::Study
