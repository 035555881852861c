#include "studyfixture.h"
#include "ui/study/progresspage.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>

using Keyless::Ui::Study::ProgressPage;
using Keyless::Ui::Study::Readiness;

class TestProgressPage final : public QObject
{
    Q_OBJECT

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

    void chartColoursComeFromThePalette()
    {
        ProgressPage page(m_f->context, m_f->content.lessons(), m_f->content.questions(), m_f->content.outline(), {});
        QPalette palette = page.palette();
        palette.setColor(QPalette::Highlight, QColor(0x12, 0x34, 0x56));
        palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        page.setPalette(palette);
        page.refresh();
        auto *view = page.findChild<QChartView *>(QStringLiteral("accuracyChart"));
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
        QVERIFY(!page.exportTo(m_f->dir.filePath(QStringLiteral("no/such/folder/x.json"))).isEmpty());
    }

private:
    std::unique_ptr<StudyFixture> m_f;
};

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
