#pragma once

#include <QDate>

namespace Keyless::Progress {

// The scheduling state of one review card.
struct CardState {
    int repetitions = 0;  // successful repetitions in a row (n in SM-2)
    double ease = 2.5;    // the E-Factor, never below 1.3
    int intervalDays = 0; // I(n); 0 for a card never reviewed
    int lapses = 0;       // how often a learned card was forgotten
    QDate due;            // the day the card is next shown
};

// The learner's answer, with Anki's four buttons.
enum class ReviewGrade { Again = 1, Hard = 2, Good = 3, Easy = 4 };

struct ReviewOutcome {
    CardState state;
    int quality = 0;          // the SM-2 quality q (0–5) the grade was mapped to
    bool repeatToday = false; // SM-2 step 7: q < 4, so show it again in today's session (does not change state)
};

// SuperMemo 2 as published by P. A. Wozniak (1990), "Application of a computer to improve the results obtained
// in working with the SuperMemo method", https://www.supermemo.com/en/archives1990-2015/english/ol/sm2 :
//   I(1) = 1, I(2) = 6, I(n) = I(n-1) * EF for n > 2;
//   EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below 1.3;
//   q < 3: start the repetitions again from I(1) without changing EF.
// Choices the paper leaves open, made here: I(n) uses the updated EF' and is rounded to the nearest day
// (halves up); a lapse is counted when a card with repetitions > 0 gets q < 3.
// Anki's grades map to q as Again → 2 ("incorrect; the correct one seemed easy to recall"),
// Hard → 3 ("correct with serious difficulty"), Good → 4 ("correct after a hesitation"), Easy → 5 ("perfect").
// A pure function of its inputs: no clock, no storage.
class ReviewScheduler final
{
public:
    static constexpr double minimumEase = 1.3;
    static constexpr double initialEase = 2.5;

    static int qualityFor(ReviewGrade grade);
    static double nextEase(double ease, int quality);
    // One review with an SM-2 quality 0–5 (values outside are clamped) on `today`.
    static ReviewOutcome reviewWithQuality(const CardState &card, int quality, const QDate &today);
    static ReviewOutcome review(const CardState &card, ReviewGrade grade, const QDate &today);
    // A card never reviewed, due on `today`.
    static CardState newCard(const QDate &today);
};

} // namespace Keyless::Progress
