// SM-2 against the algorithm as published: P. A. Wozniak (1990), "Application of a computer to improve the results
// obtained in working with the SuperMemo method", https://www.supermemo.com/en/archives1990-2015/english/ol/sm2
// (also super-memory.com/english/ol/sm2.htm). The expected numbers below are the paper's formulas worked by hand:
//   I(1) = 1, I(2) = 6, I(n) = I(n-1) * EF;  EF' = EF + (0.1 - (5-q) * (0.08 + (5-q) * 0.02)), EF >= 1.3;
//   q < 3 restarts the repetitions without changing EF. The paper notes that q = 4 leaves EF unchanged.
#include "progress/reviewscheduler.h"

#include <QTest>

using namespace Keyless::Progress;

class TestReviewScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easeChange_data();
    void easeChange();
    void sequence_data();
    void sequence();
    void gradeMapping_data();
    void gradeMapping();
    void lapseRestartsWithoutChangingEase();
    void qualityIsClamped();
    void newCardIsDueToday();
};

void TestReviewScheduler::easeChange_data()
{
    QTest::addColumn<double>("ease");
    QTest::addColumn<int>("quality");
    QTest::addColumn<double>("expected");
    // EF' - EF for q = 5..0: +0.10, 0.00, -0.14, -0.32, -0.54, -0.80
    QTest::newRow("q5 perfect") << 2.5 << 5 << 2.6;
    QTest::newRow("q4 unchanged (paper)") << 2.5 << 4 << 2.5;
    QTest::newRow("q3") << 2.5 << 3 << 2.36;
    QTest::newRow("q2") << 2.5 << 2 << 2.18;
    QTest::newRow("q1") << 2.5 << 1 << 1.96;
    QTest::newRow("q0 blackout") << 2.5 << 0 << 1.7;
    QTest::newRow("floor 1.3") << 1.35 << 3 << 1.3;
    QTest::newRow("floor from the floor") << 1.3 << 0 << 1.3;
    QTest::newRow("no ceiling") << 2.5 << 5 << 2.6;
}

void TestReviewScheduler::easeChange()
{
    QFETCH(double, ease);
    QFETCH(int, quality);
    QFETCH(double, expected);
    QVERIFY2(qAbs(ReviewScheduler::nextEase(ease, quality) - expected) < 1e-9,
             qPrintable(QString::number(ReviewScheduler::nextEase(ease, quality), 'g', 17)));
}

void TestReviewScheduler::sequence_data()
{
    QTest::addColumn<QList<int>>("qualities");
    QTest::addColumn<QList<int>>("intervals");
    QTest::addColumn<double>("finalEase");
    QTest::addColumn<int>("finalRepetitions");
    // q = 4 keeps EF = 2.5: 1, 6, 6*2.5 = 15, 15*2.5 = 37.5 -> 38, 38*2.5 = 95, 95*2.5 = 237.5 -> 238
    QTest::newRow("always q4") << QList<int>{4, 4, 4, 4, 4, 4} << QList<int>{1, 6, 15, 38, 95, 238} << 2.5 << 6;
    // q = 5 raises EF by 0.1 each time (2.6, 2.7, 2.8, 2.9): 1, 6, 6*2.8 = 16.8 -> 17, 17*2.9 = 49.3 -> 49
    QTest::newRow("always q5") << QList<int>{5, 5, 5, 5} << QList<int>{1, 6, 17, 49} << 2.9 << 4;
    // q = 3 lowers EF by 0.14 (2.36, 2.22, 2.08): 1, 6, 6*2.08 = 12.48 -> 12
    QTest::newRow("always q3") << QList<int>{3, 3, 3} << QList<int>{1, 6, 12} << 2.08 << 3;
    // A failure after three successes starts again at I(1), EF kept at 2.5; then 1, 6 again.
    QTest::newRow("lapse and relearn") << QList<int>{4, 4, 4, 1, 4, 4} << QList<int>{1, 6, 15, 1, 1, 6} << 2.5 << 2;
    // Failing a new card: I(1) again, EF unchanged.
    QTest::newRow("fail new card") << QList<int>{0, 0, 5} << QList<int>{1, 1, 1} << 2.6 << 1;
}

void TestReviewScheduler::sequence()
{
    QFETCH(QList<int>, qualities);
    QFETCH(QList<int>, intervals);
    QFETCH(double, finalEase);
    QFETCH(int, finalRepetitions);
    QDate today(2026, 3, 1);
    CardState card = ReviewScheduler::newCard(today);
    for (int i = 0; i < qualities.size(); ++i) {
        const ReviewOutcome outcome = ReviewScheduler::reviewWithQuality(card, qualities.at(i), today);
        QCOMPARE(outcome.state.intervalDays, intervals.at(i));
        QCOMPARE(outcome.state.due, today.addDays(intervals.at(i)));
        QCOMPARE(outcome.repeatToday, qualities.at(i) < 4); // SM-2 step 7
        card = outcome.state;
        today = card.due; // reviewed on the day it falls due
    }
    QVERIFY(qAbs(card.ease - finalEase) < 1e-9);
    QCOMPARE(card.repetitions, finalRepetitions);
}

void TestReviewScheduler::gradeMapping_data()
{
    QTest::addColumn<int>("grade");
    QTest::addColumn<int>("quality");
    QTest::newRow("again") << int(ReviewGrade::Again) << 2;
    QTest::newRow("hard") << int(ReviewGrade::Hard) << 3;
    QTest::newRow("good") << int(ReviewGrade::Good) << 4;
    QTest::newRow("easy") << int(ReviewGrade::Easy) << 5;
}

void TestReviewScheduler::gradeMapping()
{
    QFETCH(int, grade);
    QFETCH(int, quality);
    QCOMPARE(ReviewScheduler::qualityFor(ReviewGrade(grade)), quality);
    const QDate today(2026, 3, 1);
    const CardState card = ReviewScheduler::newCard(today);
    const ReviewOutcome byGrade = ReviewScheduler::review(card, ReviewGrade(grade), today);
    const ReviewOutcome byQuality = ReviewScheduler::reviewWithQuality(card, quality, today);
    QCOMPARE(byGrade.quality, quality);
    QCOMPARE(byGrade.state.intervalDays, byQuality.state.intervalDays);
    QCOMPARE(byGrade.state.ease, byQuality.state.ease);
}

void TestReviewScheduler::lapseRestartsWithoutChangingEase()
{
    const QDate today(2026, 3, 1);
    CardState learned;
    learned.repetitions = 5;
    learned.ease = 2.2;
    learned.intervalDays = 40;
    learned.due = today;
    const ReviewOutcome outcome = ReviewScheduler::review(learned, ReviewGrade::Again, today);
    QCOMPARE(outcome.state.repetitions, 0);
    QCOMPARE(outcome.state.intervalDays, 1);
    QCOMPARE(outcome.state.ease, 2.2);
    QCOMPARE(outcome.state.lapses, 1);
    QCOMPARE(outcome.state.due, today.addDays(1));
}

void TestReviewScheduler::qualityIsClamped()
{
    const QDate today(2026, 3, 1);
    const CardState card = ReviewScheduler::newCard(today);
    QCOMPARE(ReviewScheduler::reviewWithQuality(card, 9, today).quality, 5);
    QCOMPARE(ReviewScheduler::reviewWithQuality(card, -3, today).quality, 0);
}

void TestReviewScheduler::newCardIsDueToday()
{
    const CardState card = ReviewScheduler::newCard(QDate(2026, 3, 1));
    QCOMPARE(card.due, QDate(2026, 3, 1));
    QCOMPARE(card.ease, ReviewScheduler::initialEase);
    QCOMPARE(card.repetitions, 0);
    QCOMPARE(card.intervalDays, 0);
}

QTEST_GUILESS_MAIN(TestReviewScheduler)
#include "tst_reviewscheduler.moc"
