#include "studyfixture.h"
#include "ui/study/reviewwidget.h"

#include <QLabel>
#include <QPushButton>

using Keyless::Progress::ReviewGrade;
using Keyless::Ui::Study::ReviewWidget;

class TestReviewWidget final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_f = std::make_unique<StudyFixture>();
        QVERIFY(m_f->setUp());
        QVERIFY(m_f->content.cards().size() >= 40);
    }
    void cleanup() { m_f.reset(); }

    void newCardsAreDueAndSpaceFlips()
    {
        ReviewWidget review(m_f->context, m_f->content.cards());
        review.setToday([] { return QDate(2026, 3, 1); });
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.reload();
        QCOMPARE(review.remaining(), int(m_f->content.cards().size()));
        auto *back = review.findChild<QLabel *>(QStringLiteral("cardBack"));
        QVERIFY(!back->isVisible());
        review.setFocus();
        QTest::keyClick(&review, Qt::Key_Space);
        QVERIFY(review.isFlipped());
        QVERIFY(back->isVisible());
        QVERIFY(review.findChild<QPushButton *>(QStringLiteral("grade3Button"))->isVisible());
    }

    void gradingWithKeysSchedulesInTheStore_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("grade");
        QTest::addColumn<bool>("comesBackToday");
        QTest::newRow("1 again") << int(Qt::Key_1) << 1 << true;
        QTest::newRow("2 hard") << int(Qt::Key_2) << 2 << true;
        QTest::newRow("3 good") << int(Qt::Key_3) << 3 << false;
        QTest::newRow("4 easy") << int(Qt::Key_4) << 4 << false;
    }

    void gradingWithKeysSchedulesInTheStore()
    {
        QFETCH(int, key);
        QFETCH(int, grade);
        QFETCH(bool, comesBackToday);
        const QDate today(2026, 3, 1);
        ReviewWidget review(m_f->context, m_f->content.cards());
        review.setToday([today] { return today; });
        review.show();
        QVERIFY(QTest::qWaitForWindowExposed(&review));
        review.reload();
        const int before = review.remaining();
        const QString card = review.currentCardId();
        QTest::keyClick(&review, Qt::Key(key)); // not flipped yet: ignored
        QCOMPARE(review.currentCardId(), card);
        QTest::keyClick(&review, Qt::Key_Space);
        QTest::keyClick(&review, Qt::Key(key));

        const auto log = m_f->progress->reviewLog(card);
        QCOMPARE(log.size(), 1);
        QCOMPARE(int(log.first().grade), grade);
        const auto scheduled = m_f->progress->reviewCard(card);
        QVERIFY(scheduled);
        QVERIFY(scheduled->state.due > today); // SM-2: even "again" waits one day
        QCOMPARE(review.remaining(), comesBackToday ? before : before - 1);
        QVERIFY(review.currentCardId() != card);
        QCOMPARE(review.findChild<QLabel *>(QStringLiteral("reviewStatus"))->text(),
                 QStringLiteral("Recall the answer, then press Space."));
    }

    void aRepeatedCardIsNotScheduledTwice()
    {
        QList<Keyless::Content::Card> one{m_f->content.cards().first()};
        ReviewWidget review(m_f->context, one);
        review.setToday([] { return QDate(2026, 3, 1); });
        review.show();
        review.reload();
        review.flip();
        review.grade(1);
        QCOMPARE(review.remaining(), 1);
        review.flip();
        review.grade(3);
        QCOMPARE(review.remaining(), 0);
        QCOMPARE(m_f->progress->reviewLog(one.first().id).size(), 1);
        QVERIFY(review.findChild<QLabel *>(QStringLiteral("reviewHeader"))
                    ->text()
                    .contains(QStringLiteral("Done for today")));
        // The next day the card is due again (SM-2: interval 1 after a lapse).
        ReviewWidget tomorrow(m_f->context, one);
        tomorrow.setToday([] { return QDate(2026, 3, 2); });
        tomorrow.reload();
        QCOMPARE(tomorrow.remaining(), 1);
    }

private:
    std::unique_ptr<StudyFixture> m_f;
};

QTEST_MAIN(TestReviewWidget)
#include "tst_reviewwidget.moc"
