// Writes offscreen grab() PNGs of every page in light, dark and presenter mode into
// <build>/screenshots/ for a reviewer to look at (not committed). Each shot also checks that the page
// really rendered in the requested palette, so a blank or wrongly themed grab fails here.
#include "studyfixture.h"
#include "ui/labs/flowinspector.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labpages.h"
#include "ui/mainwindow.h"
#include "ui/study/appearance.h"
#include "ui/study/practicepage.h"
#include "ui/study/quizwidget.h"
#include "ui/study/reviewwidget.h"
#include "ui/study/settingsdialog.h"
#include "ui/study/translations.h"
#include "ui/study/welcomedialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QImage>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>

using Keyless::Ui::Appearance;
using Keyless::Ui::MainWindow;
using Keyless::Ui::Navigator;
using Keyless::Ui::UiState;

class TestScreenshots final : public QObject
{
    Q_OBJECT

    struct PageShot {
        Navigator::Page page;
        const char *name;
    };
    static constexpr PageShot Pages[] = {{Navigator::Page::Lessons, "lessons"},
                                         {Navigator::Page::Flow, "flow"},
                                         {Navigator::Page::Labs, "labs"},
                                         {Navigator::Page::Practice, "practice"},
                                         {Navigator::Page::Progress, "progress"}};

private slots:
    void initTestCase()
    {
        m_out = QDir(QStringLiteral(KEYLESS_BINARY_DIR)).filePath(QStringLiteral("screenshots"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void init()
    {
        m_f = std::make_unique<StudyFixture>();
        QVERIFY(m_f->setUp());
        seedProgress();
    }
    void cleanup() { m_f.reset(); }

    // QA: the first start opened 1200x800 on a 1280x800 projector: with a title bar the window ran past the bottom of
    // the screen and hid its status bar. It opens within the screen with room for a title bar and a panel.
    void theFirstStartFitsASmallScreen()
    {
        MainWindow window(m_f->context, *m_f->settings); // no geometry saved: the first start
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect available = window.screen()->availableGeometry();
        QCOMPARE(available.size(), QSize(1280, 800)); // this test's screen
        QVERIFY2(
            window.height() <= available.height() - 60,
            qPrintable(QStringLiteral("%1 px high on a %2 px screen").arg(window.height()).arg(available.height())));
        QVERIFY(window.width() <= available.width());
        QVERIFY(window.width() >= 1000); // and not needlessly small
    }

    void pages_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
        QTest::newRow("presenter") << QStringLiteral("presenter");
    }

    void pages()
    {
        QFETCH(QString, mode);
        m_f->uiState.setTheme(mode == QLatin1String("dark") ? UiState::Theme::Dark : UiState::Theme::Light);
        Appearance appearance(m_f->uiState);
        MainWindow window(m_f->context, *m_f->settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (mode == QLatin1String("presenter")) {
            m_f->uiState.setPresenterMode(true);
            QTRY_VERIFY(window.isFullScreen());
        }
        for (const auto &entry : Pages) {
            window.showPage(entry.page);
            shoot(window, mode, QString::fromLatin1(entry.name));
        }

        // Practice in its interesting states: an answered question with explanations, and a flipped card.
        window.showPage(Navigator::Page::Practice);
        auto *practice = qobject_cast<Keyless::Ui::Study::PracticePage *>(window.page(Navigator::Page::Practice));
        QVERIFY(practice);
        practice->quiz()->startWith(Keyless::Ui::Study::QuizWidget::Selection::All, QString(), 5, false);
        shoot(window, mode, QStringLiteral("practice-question"));
        const auto &question = practice->quiz()->session()->current();
        if (question.kind != Keyless::Content::QuestionKind::Ordering) {
            practice->quiz()
                ->findChild<QAbstractButton *>(QStringLiteral("option_") + question.options.first().id)
                ->click();
        }
        practice->quiz()->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        shoot(window, mode, QStringLiteral("practice-answered"));
        // An exam that ran out of time with questions left open: the results say both.
        practice->quiz()->setClock([] { return QDateTime(QDate(2026, 3, 1), QTime(9, 0)); });
        practice->quiz()->startWith(Keyless::Ui::Study::QuizWidget::Selection::All, QString(), 5, true, 10);
        practice->quiz()->findChild<QPushButton *>(QStringLiteral("submitAnswerButton"))->click();
        practice->quiz()->setClock([] { return QDateTime(QDate(2026, 3, 1), QTime(9, 10)); });
        practice->quiz()->updateCountdown();
        shoot(window, mode, QStringLiteral("exam-results"));
        practice->quiz()->setClock({});
        practice->showReview();
        practice->review()->reload();
        practice->review()->flip();
        shoot(window, mode, QStringLiteral("review-flipped"));

        if (mode != QLatin1String("presenter")) {
            Keyless::Ui::SettingsDialog settings(m_f->uiState, *m_f->settings, m_f->context.databasePath, &window);
            settings.show();
            QVERIFY(QTest::qWaitForWindowExposed(&settings));
            shoot(settings, mode, QStringLiteral("settings"));
            Keyless::Ui::WelcomeDialog welcome(m_f->context.databaseWarning.isEmpty(), &window);
            welcome.show();
            QVERIFY(QTest::qWaitForWindowExposed(&welcome));
            shoot(welcome, mode, QStringLiteral("welcome"));
        }
        m_f->uiState.setPresenterMode(false);
    }

    // German and Spanish words are longer: every page after a switch in the running app (as Settings does it),
    // and the flow at its failing step with the inspector open.
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void languages()
    {
        QFETCH(QString, language);
        m_f->uiState.setTheme(UiState::Theme::Light);
        Appearance appearance(m_f->uiState);
        Keyless::Ui::Translations translations;
        MainWindow window(m_f->context, *m_f->settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Navigator::Page::Flow);
        window.showPage(Navigator::Page::Labs);
        QCOMPARE(translations.apply(language), language);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QTRY_VERIFY(navigation->item(0)->text() != QStringLiteral("Lessons"));
        for (const auto &entry : Pages) {
            window.showPage(entry.page);
            shoot(window, QStringLiteral("light"), language + u'-' + QString::fromLatin1(entry.name));
        }
        auto *flow = qobject_cast<Keyless::Ui::Labs::FlowPage *>(window.page(Navigator::Page::Flow));
        QVERIFY(flow);
        window.showPage(Navigator::Page::Flow);
        flow->view()->player()->goTo(3);
        shoot(window, QStringLiteral("light"), language + QStringLiteral("-flow-token"));
        // The claims' meanings are long in these languages: no row cuts its text off (they did, measured before
        // the page was laid out again).
        const QTableWidget *claims = flow->view()->inspector()->claimsTable();
        const QAbstractItemView *view = claims; // sizeHintForRow is public here
        QVERIFY(claims->rowCount() >= 10);
        for (int row = 0; row < claims->rowCount(); ++row)
            QVERIFY2(claims->rowHeight(row) >= view->sizeHintForRow(row), qPrintable(claims->item(row, 0)->text()));
        // The RBAC check at the storage account, the node furthest right: its caption stays in the picture.
        flow->view()->player()->goTo(5);
        shoot(window, QStringLiteral("light"), language + QStringLiteral("-flow-rbac"));
        translations.apply(QStringLiteral("en"));
        QTRY_COMPARE(navigation->item(0)->text(), QStringLiteral("Lessons"));
    }

    // A first start: nothing recorded yet, so every chart of the Progress page says "No data yet".
    void emptyProgress()
    {
        StudyFixture fresh;
        QVERIFY(fresh.setUp());
        fresh.uiState.setTheme(UiState::Theme::Light);
        Appearance appearance(fresh.uiState);
        MainWindow window(fresh.context, *fresh.settings);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(Navigator::Page::Progress);
        shoot(window, QStringLiteral("light"), QStringLiteral("progress-empty"));
    }

private:
    void shoot(QWidget &widget, const QString &mode, const QString &name)
    {
        // A layout of wrapping texts (the answers of a question) takes more than one turn to settle.
        for (int turn = 0; turn < 3; ++turn) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
        const QImage image = widget.grab().toImage();
        QVERIFY(!image.isNull());
        const QString file = QDir(m_out).filePath(QStringLiteral("%1-%2.png").arg(mode, name));
        QVERIFY2(image.save(file), qPrintable(file));
        // The corner pixel is window background: dark in the dark theme, light otherwise.
        const QColor corner = image.pixelColor(2, image.height() - 2);
        if (mode == QLatin1String("dark"))
            QVERIFY2(corner.lightnessF() < 0.35, qPrintable(file));
        else
            QVERIFY2(corner.lightnessF() > 0.75, qPrintable(file));
    }

    void seedProgress()
    {
        const auto &lessons = m_f->content.lessons();
        const QDate today = QDate::currentDate();
        for (int l = 0; l < 3; ++l) {
            const auto &lesson = lessons.at(l);
            for (int s = 0; s < lesson.sections.size() - (l == 2 ? 2 : 0); ++s) {
                Keyless::Progress::SectionRead read;
                read.lessonId = lesson.id;
                read.sectionId = lesson.sections.at(s).id;
                read.readAt = QDateTime(today.addDays(-l * 3), QTime(9, 0));
                read.secondsOnTask = 120;
                m_f->progress->recordSectionRead(read);
            }
        }
        const auto &questions = m_f->content.questions();
        for (int i = 0; i < 40; ++i) {
            const auto &q = questions.at(i % questions.size());
            Keyless::Progress::QuestionAttempt attempt;
            attempt.questionId = q.id;
            attempt.objectiveId = q.objectiveId;
            attempt.answer = q.answer.join(QLatin1Char(','));
            attempt.correct = (i % 3) != 0;
            attempt.timeTakenMs = 20000;
            attempt.answeredAt = QDateTime(today.addDays(-(i % 12)), QTime(10, 0));
            m_f->progress->recordQuestionAttempt(attempt);
        }
    }

    QString m_out;
    std::unique_ptr<StudyFixture> m_f;
};

// A 1280x800 offscreen screen (a common projector size), so presenter mode's full screen has a real size.
int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" KEYLESS_SOURCE_DIR "/tests/ui/study/screen-1280x800.json");
    QApplication app(argc, argv);
    TestScreenshots test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_screenshots.moc"
