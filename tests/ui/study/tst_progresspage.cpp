#include "lab/labcatalog.h"
#include "lab/labdefinition.h"
#include "studyfixture.h"
#include "ui/study/appearance.h"
#include "ui/study/progresspage.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>

#include <algorithm>
#include <memory>

using Keyless::Ui::Study::ProgressPage;
using Keyless::Ui::Study::Readiness;

namespace {
// The size the page gets in a 1280x800 main window (the navigation list and the tool bar take the rest).
constexpr QSize pageSizeAt1280x800(1110, 740);

// Every text the chart draws (axis labels, bar labels, titles, legend), as the scene holds it.
QStringList drawnTexts(QChartView *view)
{
    QStringList texts;
    const QList<QGraphicsItem *> items = view->scene()->items();
    for (QGraphicsItem *item : items) {
        auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
        if (text && text->isVisible() && !text->toPlainText().isEmpty())
            texts << text->toPlainText();
    }
    return texts;
}

bool anyElided(const QStringList &texts)
{
    return std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.contains(QLatin1String("...")) || text.contains(QChar(0x2026));
    });
}

} // namespace

class TestProgressPage final : public QObject
{
    Q_OBJECT

    // The page with every lesson, question and objective, on 1 March 2026, at its size in a 1280x800 window.
    std::unique_ptr<ProgressPage> showPageAt1280x800()
    {
        auto page = std::make_unique<ProgressPage>(m_f->context, m_f->content.lessons(), m_f->content.questions(),
                                                   m_f->content.outline(), QStringList());
        page->setToday([] { return QDate(2026, 3, 1); });
        page->resize(pageSizeAt1280x800);
        page->show();
        return page;
    }

    // The same with the app's appearance (palette, type sizes) applied, in presenter mode or not. The appearance
    // lives as long as the page: members go in reverse order, the page first.
    struct StyledPage {
        std::unique_ptr<Keyless::Ui::Appearance> appearance;
        std::unique_ptr<ProgressPage> page;
    };
    StyledPage showStyledPageAt1280x800(bool presenter)
    {
        StyledPage shown;
        shown.appearance = std::make_unique<Keyless::Ui::Appearance>(m_f->uiState);
        m_f->uiState.setPresenterMode(presenter);
        shown.page = showPageAt1280x800();
        return shown;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<StudyFixture>();
        QVERIFY(m_f->setUp());
    }
    void cleanup() { m_f.reset(); }

    void readiness_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<int>("correct");
        QTest::addColumn<int>("level");
        QTest::newRow("nothing") << 0 << 0 << int(Readiness::Level::NoData);
        QTest::newRow("three lucky answers are not ready") << 3 << 3 << int(Readiness::Level::GettingThere);
        QTest::newRow("twenty of twenty") << 20 << 20 << int(Readiness::Level::Ready);
        QTest::newRow("half") << 20 << 10 << int(Readiness::Level::NotYet);
        QTest::newRow("sixteen of twenty is not quite sure") << 20 << 16 << int(Readiness::Level::GettingThere);
        QTest::newRow("eighteen of twenty") << 20 << 18 << int(Readiness::Level::Ready);
    }

    void readiness()
    {
        QFETCH(int, attempts);
        QFETCH(int, correct);
        QFETCH(int, level);
        const Readiness r = Keyless::Ui::Study::readinessFor(attempts, correct);
        QCOMPARE(int(r.level), level);
        QVERIFY(r.lowerBound <= (attempts ? double(correct) / attempts : 0.0));
    }

    void figuresComeFromTheStore()
    {
        const QString objective = m_f->content.questions().first().objectiveId;
        for (int i = 0; i < 4; ++i) {
            Keyless::Progress::QuestionAttempt attempt;
            attempt.questionId = m_f->content.questions().first().id;
            attempt.objectiveId = objective;
            attempt.answer = QStringLiteral("a");
            attempt.correct = i < 3;
            attempt.answeredAt = QDateTime(QDate(2026, 3, 1), QTime(10, i));
            QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        }
        const auto &lesson = m_f->content.lessons().first();
        for (const auto &section : lesson.sections) {
            Keyless::Progress::SectionRead read;
            read.lessonId = lesson.id;
            read.sectionId = section.id;
            read.readAt = QDateTime(QDate(2026, 3, 1), QTime(9, 0));
            QVERIFY(m_f->progress->recordSectionRead(read).ok());
        }

        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(),
                          {QStringLiteral("func-cosmos-no-secret")});
        page.setToday([] { return QDate(2026, 3, 1); });
        page.resize(1200, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const QString summary = page.findChild<QLabel *>(QStringLiteral("progressSummary"))->text();
        QVERIFY2(summary.contains(QStringLiteral("1 of %1 lessons read").arg(m_f->content.lessons().size())),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("4 practice answers")));
        QVERIFY(summary.contains(QStringLiteral("75 % correct")));

        auto *table = page.findChild<QTreeWidget *>(QStringLiteral("readinessTable"));
        QTreeWidgetItem *row = nullptr;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            if (table->topLevelItem(i)->text(0).startsWith(QString(objective).remove(QStringLiteral("az204-"))))
                row = table->topLevelItem(i);
        }
        QVERIFY(row);
        QCOMPARE(row->text(1), QStringLiteral("4"));
        QCOMPARE(row->text(2), QStringLiteral("75 %"));

        // Activity chart: the day has the sections and the answers.
        auto *activity = page.findChild<QChartView *>(QStringLiteral("activityChart"));
        auto *series = qobject_cast<QAbstractBarSeries *>(activity->chart()->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().at(0)->at(29), double(lesson.sections.size()));
        QCOMPARE(series->barSets().at(1)->at(29), 4.0);

        // A new write shows up without reopening the page.
        Keyless::Progress::QuestionAttempt more;
        more.questionId = m_f->content.questions().first().id;
        more.objectiveId = objective;
        more.correct = true;
        more.answeredAt = QDateTime(QDate(2026, 3, 1), QTime(11, 0));
        QVERIFY(m_f->progress->recordQuestionAttempt(more).ok());
        QTRY_VERIFY(page.findChild<QLabel *>(QStringLiteral("progressSummary"))
                        ->text()
                        .contains(QStringLiteral("5 practice answers")));
    }

    // QA: an objective answered wrong every time (0 %) and one never answered both drew no bar and looked the same.
    // The never-answered ones say so beside their number.
    void neverAnsweredIsNotZeroPercent()
    {
        const Keyless::Content::Question &question = m_f->content.questions().first();
        Keyless::Progress::QuestionAttempt attempt;
        attempt.questionId = question.id;
        attempt.objectiveId = question.objectiveId;
        attempt.answer = QStringLiteral("wrong");
        attempt.correct = false;
        attempt.answeredAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
        QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        page.resize(pageSizeAt1280x800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QChartView *>(QStringLiteral("accuracyChart"));
        QTRY_VERIFY(view->isVisible());
        auto *axis = qobject_cast<QBarCategoryAxis *>(view->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        const QString answered = QString(question.objectiveId).remove(QStringLiteral("az204-"));
        QVERIFY2(axis->categories().contains(answered), qPrintable(axis->categories().join(u'|')));
        int unanswered = 0;
        for (const QString &category : axis->categories()) {
            if (category != answered) {
                QVERIFY2(category.endsWith(QStringLiteral(" · no answers")), qPrintable(category));
                ++unanswered;
            }
        }
        QVERIFY(unanswered > 0);
    }

    void chartColoursComeFromThePalette()
    {
        seedSomeProgress(); // a chart with nothing to plot is not built at all
        if (QTest::currentTestFailed())
            return;
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        QPalette palette = page.palette();
        palette.setColor(QPalette::Highlight, QColor(0x12, 0x34, 0x56));
        palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        page.setPalette(palette);
        page.refresh();
        auto *view = page.findChild<QChartView *>(QStringLiteral("accuracyChart"));
        QVERIFY(!view->chart()->series().isEmpty());
        auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().first());
        QCOMPARE(series->barSets().first()->color(), QColor(0x12, 0x34, 0x56));
        QCOMPARE(view->chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    }

    void exportWritesTheStoresExport_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("json") << QStringLiteral("export.json");
        QTest::newRow("csv") << QStringLiteral("export.csv");
    }

    void exportWritesTheStoresExport()
    {
        QFETCH(QString, fileName);
        Keyless::Progress::QuestionAttempt attempt;
        attempt.questionId = QStringLiteral("q-export");
        attempt.objectiveId = QStringLiteral("az204-3.2.3");
        attempt.correct = true;
        QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        const QString path = m_f->dir.filePath(fileName);
        QCOMPARE(page.exportTo(path), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.contains("q-export"));
        if (fileName.endsWith(QLatin1String(".json")))
            QCOMPARE(QJsonDocument::fromJson(data).object().value(QStringLiteral("format")).toString(),
                     QStringLiteral("keyless-progress-export"));
        else
            QVERIFY(data.startsWith("record_type"));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("exportStatus"))
                    ->text()
                    .startsWith(QStringLiteral("Exported 1 record")));
        // A failed export says which file (QA: "Export failed: No such file or directory").
        const QString nowhere = m_f->dir.filePath(QStringLiteral("no/such/folder/x.json"));
        QVERIFY(!page.exportTo(nowhere).isEmpty());
        const QString status = page.findChild<QLabel *>(QStringLiteral("exportStatus"))->text();
        QVERIFY2(status.startsWith(QStringLiteral("Could not export to ") + QDir::toNativeSeparators(nowhere) +
                                   QStringLiteral(": ")),
                 qPrintable(status));
    }

    // QA: at 800x600 the readiness table beside the chart wrapped objective titles a word a line and cut "No answers".
    // A narrow page puts it under the chart, at the page's whole width; a wide one keeps them side by side.
    void readinessGoesUnderTheChartWhenNarrow_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("sideBySide");
        QTest::newRow("1280x800 window") << QSize(1110, 740) << true;
        QTest::newRow("800x600 window") << QSize(540, 480) << false;
    }

    void readinessGoesUnderTheChartWhenNarrow()
    {
        QFETCH(QSize, size);
        QFETCH(bool, sideBySide);
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        page.resize(size);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // The chart, or its "No data yet" note in its place.
        auto *chart = page.findChild<QWidget *>(QStringLiteral("accuracyChart"));
        if (!chart->isVisible())
            chart = page.findChild<QWidget *>(QStringLiteral("accuracyChartEmpty"));
        auto *table = page.findChild<QTreeWidget *>(QStringLiteral("readinessTable"));
        QVERIFY(chart && chart->isVisible() && table);
        const QRect chartRect(chart->mapTo(&page, QPoint(0, 0)), chart->size());
        const QRect tableRect(table->mapTo(&page, QPoint(0, 0)), table->size());
        if (sideBySide) {
            QVERIFY(tableRect.left() > chartRect.right());
        } else {
            QVERIFY2(tableRect.top() > chartRect.bottom(),
                     qPrintable(QStringLiteral("%1 %2").arg(tableRect.top()).arg(chartRect.bottom())));
            QVERIFY(tableRect.width() > size.width() * 0.8);
            // The figures' columns have their whole texts.
            for (int column = 1; column < table->columnCount(); ++column) {
                const int needed = table->header()->sectionSizeHint(column);
                QVERIFY2(
                    table->columnWidth(column) >= needed,
                    qPrintable(
                        QStringLiteral("column %1: %2 < %3").arg(column).arg(table->columnWidth(column)).arg(needed)));
            }
        }
    }

    // QA: "CSV (*.csv)" chosen as the file type and a name typed without extension wrote JSON to a file without one,
    // and the dialog opened in the working directory (the source checkout).
    void exportDialogFollowsTheChosenFileType_data()
    {
        QTest::addColumn<int>("fileType"); // 0 JSON, 1 CSV, as the dialog lists them
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("written");
        QTest::addColumn<bool>("csv");
        QTest::newRow("CSV, no extension") << 1 << QStringLiteral("mine") << QStringLiteral("mine.csv") << true;
        QTest::newRow("JSON, no extension") << 0 << QStringLiteral("mine") << QStringLiteral("mine.json") << false;
        QTest::newRow("CSV, typed .json") << 1 << QStringLiteral("mine.json") << QStringLiteral("mine.json") << false;
        QTest::newRow("JSON, typed .csv") << 0 << QStringLiteral("mine.CSV") << QStringLiteral("mine.CSV") << true;
        QTest::newRow("CSV, other extension") << 1 << QStringLiteral("mine.txt") << QStringLiteral("mine.txt") << true;
    }
    void exportDialogFollowsTheChosenFileType()
    {
        QFETCH(int, fileType);
        QFETCH(QString, typed);
        QFETCH(QString, written);
        QFETCH(bool, csv);
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // Qt's own dialog, which the test can drive
        Keyless::Progress::QuestionAttempt attempt;
        attempt.questionId = QStringLiteral("q-export");
        attempt.objectiveId = QStringLiteral("az204-3.2.3");
        QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QDir folder(m_f->dir.filePath(QStringLiteral("exports")));
        QVERIFY(folder.mkpath(QStringLiteral(".")));
        // As the learner does it: the file type from the list, then the name, then Enter. Driven from a timer, so that
        // a dialog running its own event loop inside the click is driven too. Returns the folder it opened in.
        const auto exportOnce = [&](ProgressPage &from, const QString &typedName) {
            QString openedIn;
            bool driven = false;
            QTimer::singleShot(0, &from, [&] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!dialog) {
                    dialog = from.findChild<QFileDialog *>();
                    if (!dialog || !dialog->isVisible())
                        return;
                }
                driven = true;
                openedIn = dialog->directory().absolutePath();
                dialog->setDirectory(folder);
                auto *types = dialog->findChild<QComboBox *>(QStringLiteral("fileTypeCombo"));
                auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (!types || !name) {
                    dialog->reject();
                    return;
                }
                types->setFocus();
                QTest::keyClick(types, fileType == 1 ? Qt::Key_Down : Qt::Key_Up);
                name->setFocus();
                name->selectAll();
                QTest::keyClicks(name, typedName);
                QTest::keyClick(name, Qt::Key_Return);
            });
            QTest::mouseClick(from.findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
            if (!QTest::qWaitFor([&] { return driven; }))
                return QStringLiteral("(no dialog)");
            const bool closed = QTest::qWaitFor(
                [&] { return !from.findChild<QFileDialog *>() || !from.findChild<QFileDialog *>()->isVisible(); });
            return closed ? openedIn : QStringLiteral("(dialog left open)");
        };
        QStringList openedIns;
        openedIns << exportOnce(page, typed) << exportOnce(page, QStringLiteral("again"));
        {
            // The next start: the folder is remembered in the settings.
            ProgressPage restarted(m_f->context, m_f->content.lessons(), m_f->content.questions(),
                                   m_f->content.outline(), {});
            restarted.show();
            QVERIFY(QTest::qWaitForWindowExposed(&restarted));
            openedIns << exportOnce(restarted, QStringLiteral("third")); // a new name: no "replace it?" question
        }
        const QString extension = fileType == 1 ? QStringLiteral(".csv") : QStringLiteral(".json");
        QStringList files{QStringLiteral("again") + extension, QStringLiteral("third") + extension, written};
        files.sort();
        QCOMPARE(folder.entryList(QDir::Files, QDir::Name), files);
        QFile file(folder.filePath(written));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.contains("q-export"));
        QCOMPARE(data.startsWith("record_type"), csv);
        QCOMPARE(data.startsWith("{"), !csv);
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(openedIns.value(0), QDir(QFileInfo(documents).isDir() ? documents : QDir::homePath()).absolutePath());
        QCOMPARE(openedIns.value(1), folder.absolutePath()); // the last export's folder
        QCOMPARE(openedIns.value(2), folder.absolutePath()); // and after a restart
    }

    // Review: at 1280x800 every lesson on the "Lessons read" axis was drawn as "...", and presenter mode cut
    // the objective ids on the accuracy chart the same way.
    void chartLabelsAreWholeAt1280x800_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::addColumn<bool>("lessonsRead");
        QTest::newRow("normal") << false << true;
        QTest::newRow("presenter") << true << true;
        // QA: with answers but no lesson read, the accuracy chart kept its empty-page height and drew "…".
        QTest::newRow("answers, no lesson read") << false << false;
    }

    void chartLabelsAreWholeAt1280x800()
    {
        QFETCH(bool, presenter);
        QFETCH(bool, lessonsRead);
        seedSomeProgress(lessonsRead);
        if (QTest::currentTestFailed())
            return;
        const StyledPage shown = showStyledPageAt1280x800(presenter);
        ProgressPage &page = *shown.page;
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        for (const char *name : {"accuracyChart", "lessonCompletionChart", "activityChart"}) {
            if (!lessonsRead && qstrcmp(name, "lessonCompletionChart") == 0)
                continue;
            auto *view = page.findChild<QChartView *>(QString::fromLatin1(name));
            QVERIFY2(view->isVisible(), name);
            QTRY_VERIFY2(!drawnTexts(view).isEmpty() && !anyElided(drawnTexts(view)),
                         qPrintable(QStringLiteral("%1: %2").arg(QString::fromLatin1(name),
                                                                 drawnTexts(view).join(QStringLiteral(" | ")))));
        }
        checkValuesStandBesideTheirBars(page, lessonsRead);
        if (QTest::currentTestFailed() || !lessonsRead)
            return;
        // Every lesson is named on the axis, numbered as in the table of contents, its title whole.
        QList<Keyless::Content::Lesson> lessons = m_f->content.lessons();
        std::stable_sort(lessons.begin(), lessons.end(),
                         [](const auto &a, const auto &b) { return a.order < b.order; });
        const QString drawn =
            drawnTexts(page.findChild<QChartView *>(QStringLiteral("lessonCompletionChart"))).join(u' ').simplified();
        for (int i = 0; i < lessons.size(); ++i) {
            const QString label = QStringLiteral("%1. %2").arg(i + 1).arg(lessons.at(i).title).simplified();
            QVERIFY2(drawn.contains(label), qPrintable(label + QStringLiteral(" not in: ") + drawn));
        }
    }

    // QA: entering presenter mode with the page drawn left the values on the bars ("100 %") small, leaving it left
    // them huge, and the axis titles ("% correct") never grew. Every text of the charts follows the type size.
    void chartTextsFollowTheTypeSize()
    {
        seedSomeProgress(true);
        if (QTest::currentTestFailed())
            return;
        const StyledPage shown = showStyledPageAt1280x800(false);
        ProgressPage &page = *shown.page;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const auto texts = [&page] {
            QList<qreal> sizes;
            for (QChartView *view : page.findChildren<QChartView *>()) {
                for (QAbstractAxis *axis : view->chart()->axes()) {
                    sizes << axis->labelsFont().pointSizeF();
                    if (!axis->titleText().isEmpty())
                        sizes << axis->titleFont().pointSizeF();
                }
                for (QAbstractSeries *series : view->chart()->series()) {
                    if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                        for (QBarSet *set : bars->barSets())
                            sizes << set->labelFont().pointSizeF();
                    }
                }
            }
            return sizes;
        };
        const qreal normal = page.font().pointSizeF();
        QVERIFY(!texts().isEmpty());
        for (const qreal size : texts())
            QCOMPARE(size, normal);
        m_f->uiState.setPresenterMode(true);
        QTRY_VERIFY(page.font().pointSizeF() > normal);
        for (const qreal size : texts())
            QCOMPARE(size, page.font().pointSizeF());
        m_f->uiState.setPresenterMode(false);
        QTRY_COMPARE(page.font().pointSizeF(), normal);
        for (const qreal size : texts())
            QCOMPARE(size, normal);
    }

    // QA: the chart said "66.7 %" where the table beside it said "67 %". Both say the same whole percent.
    void theChartAndTheTableSayTheSameFigure()
    {
        seedSomeProgress(false);
        if (QTest::currentTestFailed())
            return;
        const std::unique_ptr<ProgressPage> shown = showPageAt1280x800();
        ProgressPage &page = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QChart *chart = page.findChild<QChartView *>(QStringLiteral("accuracyChart"))->chart();
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        auto *categories = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(bars && categories);
        auto *table = page.findChild<QTreeWidget *>(QStringLiteral("readinessTable"));
        int compared = 0;
        bool fraction = false;
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *row = table->topLevelItem(i);
            if (row->text(1) == QLatin1String("0"))
                continue;
            const QString id = row->text(0).section(QLatin1Char(' '), 0, 0);
            const int at = int(categories->categories().indexOf(id));
            QVERIFY2(at >= 0, qPrintable(id));
            const qreal value = bars->barSets().first()->at(at);
            QCOMPARE(QStringLiteral("%1 %").arg(value), row->text(2));
            const int answers = row->text(1).toInt();
            fraction = fraction || (answers % 2 == 1 && answers > 1);
            ++compared;
        }
        QVERIFY(compared >= 3);
        QVERIFY(fraction); // a share such as 2 of 3, which has decimals
    }

    // QA: in presenter mode the activity chart's plot was squashed to a strip under its legend. Its plot keeps room
    // for its bars at every type size.
    void theActivityPlotKeepsItsHeight_data()
    {
        QTest::addColumn<bool>("presenter");
        QTest::newRow("normal") << false;
        QTest::newRow("presenter") << true;
    }

    void theActivityPlotKeepsItsHeight()
    {
        QFETCH(bool, presenter);
        seedSomeProgress(true);
        if (QTest::currentTestFailed())
            return;
        const StyledPage shown = showStyledPageAt1280x800(presenter);
        ProgressPage &page = *shown.page;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QChartView *>(QStringLiteral("activityChart"));
        QVERIFY(view->isVisible());
        const int line = QFontMetrics(page.font()).lineSpacing();
        QTRY_VERIFY2(
            view->chart()->plotArea().height() >= 8 * line,
            qPrintable(
                QStringLiteral("plot %1 px high, a line is %2 px").arg(view->chart()->plotArea().height()).arg(line)));
    }

    // Review: objective titles in the readiness table were cut ("1.2.4 Configure setting…").
    void readinessShowsWholeObjectiveTitles_data() { chartLabelsAreWholeAt1280x800_data(); }

    void readinessShowsWholeObjectiveTitles()
    {
        QFETCH(bool, presenter);
        const StyledPage shown = showStyledPageAt1280x800(presenter);
        ProgressPage &page = *shown.page;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTreeWidget *>(QStringLiteral("readinessTable"));
        QVERIFY(table->topLevelItemCount() > 0);
        for (int i = 0; i < table->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            QVERIFY(item->text(0).size() > 12); // the id and the title, not the id alone
            QTRY_VERIFY2(fitsFirstColumn(table, item), qPrintable(QStringLiteral("%1: column %2, row %3 px")
                                                                      .arg(item->text(0))
                                                                      .arg(table->columnWidth(0))
                                                                      .arg(table->visualItemRect(item).height())));
        }
    }

    // Review: the labs table listed ids ("func-cosmos-no-secret") where the learner knows the lab by its title.
    void labsAreListedByTitle()
    {
        QFile file(QStringLiteral(KEYLESS_SOURCE_DIR "/labs/func-cosmos-no-secret.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString title =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("title")).toString();
        QVERIFY(!title.isEmpty());

        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(),
                          {QStringLiteral("func-cosmos-no-secret"), QStringLiteral("no-such-lab")});
        page.resize(pageSizeAt1280x800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *table = page.findChild<QTreeWidget *>(QStringLiteral("labsTable"));
        const QList<QTreeWidgetItem *> rows = table->findItems(title, Qt::MatchExactly, 0);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first()->data(0, Qt::UserRole).toString(), QStringLiteral("func-cosmos-no-secret"));
        QVERIFY(rows.first()->toolTip(0).contains(QStringLiteral("func-cosmos-no-secret")));
        QVERIFY(fitsFirstColumn(table, rows.first()));
        // The other bundled labs are listed by title too; an unknown id keeps its row, under its id.
        QVERIFY(table->topLevelItemCount() >= 7);
        QCOMPARE(table->findItems(QStringLiteral("no-such-lab"), Qt::MatchExactly, 0).size(), 1);
        QCOMPARE(table->findItems(QStringLiteral("vm-storage-imds"), Qt::MatchExactly, 0).size(), 0);
        // QA: the Progress page listed the labs in another order than the Labs page; now the same, then the rest.
        QStringList order;
        for (int i = 0; i < table->topLevelItemCount(); ++i)
            order << table->topLevelItem(i)->data(0, Qt::UserRole).toString();
        QStringList catalog;
        for (const auto &lab : m_f->labs.catalog().labs())
            catalog << lab->id;
        QVERIFY(catalog.size() >= 7);
        QCOMPARE(order.mid(0, catalog.size()), catalog);
        QCOMPARE(order.last(), QStringLiteral("no-such-lab"));
    }

    // QA: before the Review tab was first opened the Progress page said "0 review cards due today" (the cards are
    // registered on that first visit), then the Review tab offered 52.
    void cardsNotYetRegisteredCountAsDue()
    {
        const int cards = int(m_f->content.cards().size());
        QVERIFY(cards > 2);
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *summary = page.findChild<QLabel *>(QStringLiteral("progressSummary"));
        QVERIFY(summary);
        QTRY_VERIFY2(summary->text().contains(QStringLiteral("%1 review cards due today").arg(cards)),
                     qPrintable(summary->text()));
        // Registered and one reviewed (Good: due in a day): one fewer due today, the same as the Review tab says.
        for (const auto &card : m_f->content.cards())
            QVERIFY(m_f->progress->addReviewCard(card.id).ok());
        QVERIFY(
            m_f->progress->recordReview(m_f->content.cards().first().id, Keyless::Progress::ReviewGrade::Good).ok());
        page.refresh();
        QVERIFY2(summary->text().contains(QStringLiteral("%1 review cards due today").arg(cards - 1)),
                 qPrintable(summary->text()));
        QCOMPARE(int(m_f->progress->dueCards(QDate::currentDate()).cards.size()), cards - 1);
    }

    // Review: a fresh database showed three empty plots and no word of why.
    void emptyChartsSayNoDataYet()
    {
        const std::unique_ptr<ProgressPage> shown = showPageAt1280x800();
        ProgressPage &page = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const char *charts[] = {"accuracyChart", "lessonCompletionChart", "activityChart"};
        for (const char *name : charts) {
            const QString chart = QString::fromLatin1(name);
            auto *note = page.findChild<QLabel *>(chart + QStringLiteral("Empty"));
            QVERIFY2(note, name);
            QVERIFY2(note->isVisible(), name);
            QVERIFY(note->text().contains(QStringLiteral("No data yet")));
            QVERIFY2(!page.findChild<QChartView *>(chart)->isVisible(), name);
            // Nothing to plot, nothing built: an empty chart costs a page switch for no one to see.
            QVERIFY2(page.findChild<QChartView *>(chart)->chart()->series().isEmpty(), name);
        }

        // The first answer brings the accuracy and activity charts; the lessons chart waits for a lesson.
        Keyless::Progress::QuestionAttempt attempt;
        attempt.questionId = m_f->content.questions().first().id;
        attempt.objectiveId = m_f->content.questions().first().objectiveId;
        attempt.correct = true;
        attempt.answeredAt = QDateTime(QDate(2026, 3, 1), QTime(10, 0));
        QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        QTRY_VERIFY(page.findChild<QChartView *>(QStringLiteral("accuracyChart"))->isVisible());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("accuracyChartEmpty"))->isVisible());
        QVERIFY(page.findChild<QChartView *>(QStringLiteral("activityChart"))->isVisible());
        QCOMPARE(page.findChild<QChartView *>(QStringLiteral("accuracyChart"))->chart()->series().size(), 1);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("lessonCompletionChartEmpty"))->isVisible());
        // The accuracy chart and the readiness table beside it are as tall as each other.
        QCOMPARE(page.findChild<QChartView *>(QStringLiteral("accuracyChart"))->minimumSizeHint().height(),
                 page.findChild<QTreeWidget *>(QStringLiteral("readinessTable"))->minimumHeight());
    }

private:
    // Stop 18: the values stood centred on their bars, in the text colour on the accent colour (3.4:1 in the light
    // theme), and a short bar's value ran over its end ("4|0 %"). Each stands beside its bar, whole, on the chart's
    // background; the percent axes' ticks stop at 100.
    void checkValuesStandBesideTheirBars(ProgressPage &page, bool lessonsRead)
    {
        static const QRegularExpression value(QStringLiteral("^(\\d+) %$"));
        static const QRegularExpression tick(QStringLiteral("^\\d+$"));
        for (const char *name : {"accuracyChart", "lessonCompletionChart"}) {
            if (!lessonsRead && qstrcmp(name, "lessonCompletionChart") == 0)
                continue;
            auto *view = page.findChild<QChartView *>(QString::fromLatin1(name));
            QChart *chart = view->chart();
            QAbstractSeries *series = chart->series().value(0);
            QVERIFY(series);
            QTRY_VERIFY(!drawnTexts(view).isEmpty());
            const QPalette palette = page.palette();
            QCOMPARE(qobject_cast<QAbstractBarSeries *>(series)->barSets().value(0)->labelColor(),
                     palette.color(QPalette::Text));
            int values = 0;
            for (QGraphicsItem *item : view->scene()->items()) {
                auto *text = qgraphicsitem_cast<QGraphicsTextItem *>(item);
                if (!text || !text->isVisible())
                    continue;
                const QString shownText = text->toPlainText();
                if (tick.match(shownText).hasMatch())
                    QVERIFY2(shownText.toInt() <= 100,
                             qPrintable(QStringLiteral("%1: tick %2").arg(QString::fromLatin1(name), shownText)));
                const QRegularExpressionMatch match = value.match(shownText);
                if (!match.hasMatch())
                    continue;
                ++values;
                const qreal end = chart->mapToPosition(QPointF(match.captured(1).toDouble(), 0), series).x();
                const QRectF rect = text->sceneBoundingRect();
                QVERIFY2(rect.left() >= end - 0.5 && rect.right() <= chart->plotArea().right() + 0.5,
                         qPrintable(QStringLiteral("%1: \"%2\" at %3..%4, its bar ends at %5, the plot at %6")
                                        .arg(QString::fromLatin1(name), shownText)
                                        .arg(rect.left())
                                        .arg(rect.right())
                                        .arg(end)
                                        .arg(chart->plotArea().right())));
            }
            QVERIFY2(values > 0, name);
        }
    }

    void seedSomeProgress(bool lessonsRead = true)
    {
        const auto &lessons = m_f->content.lessons();
        for (int l = 0; l < (lessonsRead ? 2 : 0); ++l) {
            for (const auto &section : lessons.at(l).sections) {
                Keyless::Progress::SectionRead read;
                read.lessonId = lessons.at(l).id;
                read.sectionId = section.id;
                read.readAt = QDateTime(QDate(2026, 2, 27 + l), QTime(9, 0));
                QVERIFY(m_f->progress->recordSectionRead(read).ok());
            }
        }
        const auto &questions = m_f->content.questions();
        for (int i = 0; i < 30; ++i) {
            Keyless::Progress::QuestionAttempt attempt;
            attempt.questionId = questions.at(i % questions.size()).id;
            attempt.objectiveId = questions.at(i % questions.size()).objectiveId;
            attempt.correct = i % 3 != 0;
            attempt.answeredAt = QDateTime(QDate(2026, 2, 20 + i % 9), QTime(10, 0));
            QVERIFY(m_f->progress->recordQuestionAttempt(attempt).ok());
        }
    }

    std::unique_ptr<StudyFixture> m_f;
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
