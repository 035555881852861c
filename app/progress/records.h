#pragma once

#include "progress/reviewscheduler.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Keyless::Progress {

// The answer of every recording method: the new row's id once its transaction has committed, or why not.
// Nothing was written when ok() is false.
struct WriteResult {
    qint64 id = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

// Times: an invalid QDateTime means "now" (the store's clock). The day a row counts for in the activity
// figures is the calendar date of the time as given (pass local time from the UI).

struct SectionRead {
    qint64 id = 0;
    QString lessonId;
    QString sectionId;
    QDateTime readAt;
    int secondsOnTask = 0;
};

struct QuestionAttempt {
    qint64 id = 0;
    QString questionId;
    QString objectiveId; // exam objective the question belongs to (for accuracy per objective)
    QString answer;      // what the learner chose or typed, as the content layer encodes it
    bool correct = false;
    qint64 timeTakenMs = 0;
    QDateTime answeredAt;
};

struct ReviewCard {
    QString cardId;
    CardState state;
    QDateTime lastReviewedAt; // invalid: never reviewed
};

struct ReviewLogEntry {
    qint64 id = 0;
    QString cardId;
    ReviewGrade grade = ReviewGrade::Good;
    QDateTime reviewedAt;
    CardState after;
};

enum class CommandSource { Console, Ui };

// One entry of a lab's command log: a console command, or a UI action as its equivalent command.
struct LabCommand {
    int seq = 0; // 1, 2, … within the attempt, assigned by the store
    CommandSource source = CommandSource::Console;
    QString command;
    qint64 simulatedMs = 0; // simulated clock when the command ran
    QDateTime recordedAt;
};

struct TaskResult {
    QString taskId;
    bool passed = false;
    double points = 0;
    QString message;
    QDateTime checkedAt;
};

struct LabAttemptStart {
    QString labId;
    int labFormatVersion = 1;
    qint64 seed = 0;
    QDateTime startedAt;
};

// Progress figures of a lab attempt; set as a whole ("check my work" or finishing).
struct LabScore {
    double completionPercent = 0; // 0–100
    double score = 0;
    double maxScore = 0;
    int hintsUsed = 0;
};

struct LabAttempt {
    qint64 id = 0;
    QString labId;
    int labFormatVersion = 1;
    qint64 seed = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while unfinished
    LabScore score;
    QList<TaskResult> tasks;
    QList<LabCommand> commands; // ordered by seq
    bool isFinished() const { return finishedAt.isValid(); }
};

// ---- dashboard ----

struct LessonProgress {
    QString lessonId;
    int sectionsRead = 0; // distinct sections
    qint64 secondsOnTask = 0;
    QDateTime lastReadAt;
    double completionPercent(int totalSections) const
    {
        return totalSections > 0 ? 100.0 * qMin(sectionsRead, totalSections) / totalSections : 0.0;
    }
};

struct LabProgress {
    QString labId;
    int attempts = 0;
    int finishedAttempts = 0;
    double bestCompletionPercent = 0;
    double bestScore = 0;
    QDateTime lastStartedAt;
};

struct ObjectiveAccuracy {
    QString objectiveId;
    int attempts = 0;
    int correct = 0;
    double accuracy() const { return attempts > 0 ? double(correct) / attempts : 0.0; }
};

struct DayActivity {
    QDate day;
    int sectionsRead = 0;
    int questionAttempts = 0;
    int reviews = 0;
    int labCommands = 0;
    qint64 secondsOnTask = 0; // section time + question time
};

struct DashboardFigures {
    QList<LessonProgress> lessons;       // by lesson id
    QList<LabProgress> labs;             // by lab id
    QList<ObjectiveAccuracy> objectives; // by objective id
    QList<DayActivity> activity;         // days in range with any activity, ascending
    int cardsDueToday = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace Keyless::Progress
