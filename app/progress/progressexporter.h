#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Keyless::Progress {

class Database;

struct ExportResult {
    QByteArray data;
    int records = 0;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Every attempt and result in the progress file, for the learner to keep or analyse. Nothing personal is
// stored beyond what the learner typed (answers, commands), so nothing else can leak into an export.
// JSON: {"format": "keyless-progress-export", "formatVersion": 1, "schemaVersion", "exportedAt", "settings": {…},
//        "records": {"section_reads": […], "question_attempts": […], "reviews": […], "lab_attempts": […],
//                    "lab_task_results": […], "lab_commands": […]}}
// CSV (RFC 4180): one row per record, `record_type` first, then the columns of csvColumns(); a column that
// does not apply to a record type is empty. Times are ISO 8601 UTC with milliseconds.
class ProgressExporter final
{
public:
    static QStringList recordTypes();
    static QStringList csvColumns();
    static ExportResult toJson(Database &database, const QDateTime &exportedAt);
    static ExportResult toCsv(Database &database);
};

} // namespace Keyless::Progress
