#include "progress/reviewscheduler.h"

#include <algorithm>
#include <cmath>

namespace Keyless::Progress {

int ReviewScheduler::qualityFor(ReviewGrade grade)
{
    switch (grade) {
    case ReviewGrade::Again:
        return 2;
    case ReviewGrade::Hard:
        return 3;
    case ReviewGrade::Good:
        return 4;
    case ReviewGrade::Easy:
        return 5;
    }
    return 0;
}

double ReviewScheduler::nextEase(double ease, int quality)
{
    const int miss = 5 - quality;
    return std::max(minimumEase, ease + (0.1 - miss * (0.08 + miss * 0.02)));
}

CardState ReviewScheduler::newCard(const QDate &today)
{
    CardState card;
    card.due = today;
    return card;
}

ReviewOutcome ReviewScheduler::reviewWithQuality(const CardState &card, int quality, const QDate &today)
{
    quality = std::clamp(quality, 0, 5);
    ReviewOutcome outcome;
    outcome.quality = quality;
    outcome.state = card;
    outcome.repeatToday = quality < 4;
    CardState &next = outcome.state;
    if (quality < 3) {
        if (card.repetitions > 0)
            ++next.lapses;
        next.repetitions = 0;
        next.intervalDays = 1;
    } else {
        next.ease = nextEase(card.ease, quality);
        next.repetitions = card.repetitions + 1;
        if (next.repetitions == 1)
            next.intervalDays = 1;
        else if (next.repetitions == 2)
            next.intervalDays = 6;
        else
            next.intervalDays = int(std::lround(card.intervalDays * next.ease));
    }
    next.due = today.addDays(next.intervalDays);
    return outcome;
}

ReviewOutcome ReviewScheduler::review(const CardState &card, ReviewGrade grade, const QDate &today)
{
    return reviewWithQuality(card, qualityFor(grade), today);
}

} // namespace Keyless::Progress
