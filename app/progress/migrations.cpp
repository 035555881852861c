#include "progress/migrations.h"

namespace Keyless::Progress {

// Conventions: timestamps are INTEGER milliseconds since the Unix epoch (UTC); `day` is the learner's
// local calendar day as a Julian day number, fixed when the row is written, so "activity per day" means the
// day the learner saw on the clock and can be grouped through an index.
static QList<Migration> buildMigrations()
{
    QList<Migration> steps;

    // v1: the first released schema (fixture: tests/progress/fixtures/progress-v1.sqlite).
    steps.append({1,
                  QStringLiteral("initial schema"),
                  {
                      QStringLiteral("CREATE TABLE settings ("
                                     " key TEXT PRIMARY KEY NOT NULL,"
                                     " value TEXT NOT NULL,"
                                     " updated_at INTEGER NOT NULL)"),
                      QStringLiteral("CREATE TABLE section_reads ("
                                     " id INTEGER PRIMARY KEY,"
                                     " lesson_id TEXT NOT NULL,"
                                     " section_id TEXT NOT NULL,"
                                     " read_at INTEGER NOT NULL,"
                                     " day INTEGER NOT NULL,"
                                     " seconds_on_task INTEGER NOT NULL DEFAULT 0 CHECK (seconds_on_task >= 0))"),
                      QStringLiteral("CREATE INDEX section_reads_by_lesson ON section_reads (lesson_id, section_id)"),
                      QStringLiteral("CREATE TABLE question_attempts ("
                                     " id INTEGER PRIMARY KEY,"
                                     " question_id TEXT NOT NULL,"
                                     " objective_id TEXT NOT NULL DEFAULT '',"
                                     " answer TEXT NOT NULL,"
                                     " correct INTEGER NOT NULL CHECK (correct IN (0, 1)),"
                                     " time_taken_ms INTEGER NOT NULL DEFAULT 0 CHECK (time_taken_ms >= 0),"
                                     " answered_at INTEGER NOT NULL,"
                                     " day INTEGER NOT NULL)"),
                      QStringLiteral("CREATE INDEX question_attempts_by_question ON question_attempts (question_id)"),
                      QStringLiteral("CREATE TABLE review_cards ("
                                     " card_id TEXT PRIMARY KEY NOT NULL,"
                                     " repetitions INTEGER NOT NULL DEFAULT 0,"
                                     " ease REAL NOT NULL DEFAULT 2.5,"
                                     " interval_days INTEGER NOT NULL DEFAULT 0,"
                                     " lapses INTEGER NOT NULL DEFAULT 0,"
                                     " due_day INTEGER NOT NULL,"
                                     " last_reviewed_at INTEGER)"),
                      QStringLiteral("CREATE TABLE review_log ("
                                     " id INTEGER PRIMARY KEY,"
                                     " card_id TEXT NOT NULL REFERENCES review_cards (card_id) ON DELETE CASCADE,"
                                     " grade INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 4),"
                                     " reviewed_at INTEGER NOT NULL,"
                                     " day INTEGER NOT NULL,"
                                     " ease_after REAL NOT NULL,"
                                     " interval_after INTEGER NOT NULL,"
                                     " due_day_after INTEGER NOT NULL)"),
                      QStringLiteral("CREATE INDEX review_log_by_card ON review_log (card_id)"),
                      QStringLiteral("CREATE TABLE lab_attempts ("
                                     " id INTEGER PRIMARY KEY,"
                                     " lab_id TEXT NOT NULL,"
                                     " seed INTEGER NOT NULL,"
                                     " started_at INTEGER NOT NULL,"
                                     " finished_at INTEGER,"
                                     " day INTEGER NOT NULL,"
                                     " completion_percent REAL NOT NULL DEFAULT 0"
                                     "  CHECK (completion_percent BETWEEN 0 AND 100),"
                                     " score REAL NOT NULL DEFAULT 0,"
                                     " hints_used INTEGER NOT NULL DEFAULT 0 CHECK (hints_used >= 0))"),
                      QStringLiteral("CREATE INDEX lab_attempts_by_lab ON lab_attempts (lab_id)"),
                      QStringLiteral("CREATE TABLE lab_task_results ("
                                     " attempt_id INTEGER NOT NULL REFERENCES lab_attempts (id) ON DELETE CASCADE,"
                                     " task_id TEXT NOT NULL,"
                                     " passed INTEGER NOT NULL CHECK (passed IN (0, 1)),"
                                     " message TEXT NOT NULL DEFAULT '',"
                                     " checked_at INTEGER NOT NULL,"
                                     " PRIMARY KEY (attempt_id, task_id))"),
                  }});

    // v2: the lab command log (so a lab resumes by replaying it), the lab file's format version, a
    // maximum score, per-task points, and indexes for the dashboard and the due list.
    steps.append(
        {2,
         QStringLiteral("lab command log, lab format version, dashboard indexes"),
         {
             QStringLiteral("ALTER TABLE lab_attempts ADD COLUMN lab_format_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE lab_attempts ADD COLUMN max_score REAL NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE lab_task_results ADD COLUMN points REAL NOT NULL DEFAULT 0"),
             QStringLiteral("CREATE TABLE lab_commands ("
                            " attempt_id INTEGER NOT NULL REFERENCES lab_attempts (id) ON DELETE CASCADE,"
                            " seq INTEGER NOT NULL CHECK (seq >= 1),"
                            " source TEXT NOT NULL CHECK (source IN ('console', 'ui')),"
                            " command TEXT NOT NULL,"
                            " simulated_ms INTEGER NOT NULL,"
                            " recorded_at INTEGER NOT NULL,"
                            " day INTEGER NOT NULL,"
                            " PRIMARY KEY (attempt_id, seq)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX lab_commands_by_day ON lab_commands (day)"),
             QStringLiteral("CREATE INDEX question_attempts_by_objective"
                            " ON question_attempts (objective_id, correct)"),
             QStringLiteral("CREATE INDEX question_attempts_by_day ON question_attempts (day, time_taken_ms)"),
             QStringLiteral("CREATE INDEX section_reads_by_day ON section_reads (day)"),
             QStringLiteral("CREATE INDEX review_log_by_day ON review_log (day)"),
             QStringLiteral("CREATE INDEX review_cards_by_due ON review_cards (due_day)"),
         }});
    // v3: running totals for the dashboard, kept by triggers in the same transaction as each write, so the
    // dashboard reads a few hundred rows instead of scanning every attempt (issue #6: < 50 ms on 100,000
    // attempts on a busy machine). Backfilled from the rows already there; the v2 scan indexes go.
    steps.append(
        {3,
         QStringLiteral("dashboard totals kept by triggers"),
         {
             QStringLiteral("CREATE TABLE objective_totals ("
                            " objective_id TEXT PRIMARY KEY NOT NULL,"
                            " attempts INTEGER NOT NULL,"
                            " correct INTEGER NOT NULL) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE daily_activity ("
                            " day INTEGER PRIMARY KEY,"
                            " sections_read INTEGER NOT NULL DEFAULT 0,"
                            " question_attempts INTEGER NOT NULL DEFAULT 0,"
                            " reviews INTEGER NOT NULL DEFAULT 0,"
                            " lab_commands INTEGER NOT NULL DEFAULT 0,"
                            " seconds_on_task INTEGER NOT NULL DEFAULT 0,"
                            " question_ms INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("INSERT INTO objective_totals (objective_id, attempts, correct)"
                            " SELECT objective_id, COUNT(*), SUM(correct) FROM question_attempts"
                            " GROUP BY objective_id"),
             QStringLiteral("INSERT INTO daily_activity (day, sections_read, question_attempts, reviews,"
                            " lab_commands, seconds_on_task, question_ms)"
                            " SELECT day, SUM(s), SUM(q), SUM(r), SUM(c), SUM(t), SUM(m) FROM ("
                            "  SELECT day, COUNT(*) AS s, 0 AS q, 0 AS r, 0 AS c, SUM(seconds_on_task) AS t,"
                            "   0 AS m FROM section_reads GROUP BY day"
                            "  UNION ALL SELECT day, 0, COUNT(*), 0, 0, 0, SUM(time_taken_ms)"
                            "   FROM question_attempts GROUP BY day"
                            "  UNION ALL SELECT day, 0, 0, COUNT(*), 0, 0, 0 FROM review_log GROUP BY day"
                            "  UNION ALL SELECT day, 0, 0, 0, COUNT(*), 0, 0 FROM lab_commands GROUP BY day"
                            " ) GROUP BY day"),
             QStringLiteral("CREATE TRIGGER question_attempts_count AFTER INSERT ON question_attempts BEGIN"
                            " INSERT INTO objective_totals VALUES (NEW.objective_id, 1, NEW.correct)"
                            "  ON CONFLICT (objective_id) DO UPDATE SET attempts = attempts + 1,"
                            "  correct = correct + excluded.correct;"
                            " INSERT INTO daily_activity (day, question_attempts, question_ms)"
                            "  VALUES (NEW.day, 1, NEW.time_taken_ms) ON CONFLICT (day) DO UPDATE SET"
                            "  question_attempts = question_attempts + 1,"
                            "  question_ms = question_ms + excluded.question_ms;"
                            " END"),
             QStringLiteral("CREATE TRIGGER question_attempts_uncount AFTER DELETE ON question_attempts BEGIN"
                            " UPDATE objective_totals SET attempts = attempts - 1, correct = correct - OLD.correct"
                            "  WHERE objective_id = OLD.objective_id;"
                            " UPDATE daily_activity SET question_attempts = question_attempts - 1,"
                            "  question_ms = question_ms - OLD.time_taken_ms WHERE day = OLD.day;"
                            " END"),
             QStringLiteral("CREATE TRIGGER section_reads_count AFTER INSERT ON section_reads BEGIN"
                            " INSERT INTO daily_activity (day, sections_read, seconds_on_task)"
                            "  VALUES (NEW.day, 1, NEW.seconds_on_task) ON CONFLICT (day) DO UPDATE SET"
                            "  sections_read = sections_read + 1,"
                            "  seconds_on_task = seconds_on_task + excluded.seconds_on_task;"
                            " END"),
             QStringLiteral("CREATE TRIGGER section_reads_uncount AFTER DELETE ON section_reads BEGIN"
                            " UPDATE daily_activity SET sections_read = sections_read - 1,"
                            "  seconds_on_task = seconds_on_task - OLD.seconds_on_task WHERE day = OLD.day;"
                            " END"),
             QStringLiteral("CREATE TRIGGER review_log_count AFTER INSERT ON review_log BEGIN"
                            " INSERT INTO daily_activity (day, reviews) VALUES (NEW.day, 1)"
                            "  ON CONFLICT (day) DO UPDATE SET reviews = reviews + 1;"
                            " END"),
             QStringLiteral("CREATE TRIGGER review_log_uncount AFTER DELETE ON review_log BEGIN"
                            " UPDATE daily_activity SET reviews = reviews - 1 WHERE day = OLD.day;"
                            " END"),
             QStringLiteral("CREATE TRIGGER lab_commands_count AFTER INSERT ON lab_commands BEGIN"
                            " INSERT INTO daily_activity (day, lab_commands) VALUES (NEW.day, 1)"
                            "  ON CONFLICT (day) DO UPDATE SET lab_commands = lab_commands + 1;"
                            " END"),
             QStringLiteral("CREATE TRIGGER lab_commands_uncount AFTER DELETE ON lab_commands BEGIN"
                            " UPDATE daily_activity SET lab_commands = lab_commands - 1 WHERE day = OLD.day;"
                            " END"),
             QStringLiteral("DROP INDEX question_attempts_by_objective"),
             QStringLiteral("DROP INDEX question_attempts_by_day"),
             QStringLiteral("DROP INDEX section_reads_by_day"),
             QStringLiteral("DROP INDEX review_log_by_day"),
             QStringLiteral("DROP INDEX lab_commands_by_day"),
         }});
    return steps;
}

const QList<Migration> &migrations()
{
    static const QList<Migration> steps = buildMigrations();
    return steps;
}

} // namespace Keyless::Progress
