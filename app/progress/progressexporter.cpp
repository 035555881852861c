#include "progress/progressexporter.h"

#include "progress/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace Keyless::Progress {

namespace {

struct Source {
    QString recordType;
    QString sql; // columns aliased to their export names; *_at columns hold epoch milliseconds
};

// One query per record type; both formats are produced from these, so they cannot drift apart.
const QList<Source> &sources()
{
    static const QList<Source> list = {
        {QStringLiteral("section_reads"),
         QStringLiteral(
             "SELECT id, lesson_id, section_id, seconds_on_task, read_at AS at FROM section_reads ORDER BY id")},
        {QStringLiteral("question_attempts"),
         QStringLiteral("SELECT id, question_id, objective_id, answer, correct, time_taken_ms, answered_at AS at"
                        " FROM question_attempts ORDER BY id")},
        {QStringLiteral("reviews"),
         QStringLiteral("SELECT id, card_id, grade, ease_after AS ease, interval_after AS interval_days,"
                        " reviewed_at AS at FROM review_log ORDER BY id")},
        {QStringLiteral("lab_attempts"),
         QStringLiteral("SELECT id, lab_id, lab_format_version, seed, completion_percent, score, max_score,"
                        " hints_used, started_at AS at, finished_at FROM lab_attempts ORDER BY id")},
        {QStringLiteral("lab_task_results"),
         QStringLiteral("SELECT attempt_id, task_id, passed AS correct, points, message, checked_at AS at"
                        " FROM lab_task_results ORDER BY attempt_id, task_id")},
        {QStringLiteral("lab_commands"),
         QStringLiteral("SELECT attempt_id, seq, source, command, simulated_ms, recorded_at AS at"
                        " FROM lab_commands ORDER BY attempt_id, seq")},
    };
    return list;
}

bool isTimeColumn(const QString &name)
{
    return name == QLatin1String("at") || name.endsWith(QLatin1String("_at"));
}

QString timeText(const QVariant &ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

// Calls `row(recordType, record)` for every exported row; false (with `error` set) when a query fails.
template <typename RowFn> bool forEachRecord(Database &database, QString &error, RowFn row)
{
    for (const Source &source : sources()) {
        QSqlQuery query = database.prepare(source.sql);
        if (!database.exec(query, source.recordType)) {
            error = database.lastError().text();
            return false;
        }
        while (query.next())
            row(source.recordType, query.record());
    }
    return true;
}

} // namespace

QStringList ProgressExporter::recordTypes()
{
    QStringList types;
    for (const Source &source : sources())
        types.append(source.recordType);
    return types;
}

QStringList ProgressExporter::csvColumns()
{
    return {QStringLiteral("record_type"),
            QStringLiteral("id"),
            QStringLiteral("attempt_id"),
            QStringLiteral("lesson_id"),
            QStringLiteral("section_id"),
            QStringLiteral("question_id"),
            QStringLiteral("objective_id"),
            QStringLiteral("card_id"),
            QStringLiteral("lab_id"),
            QStringLiteral("lab_format_version"),
            QStringLiteral("seed"),
            QStringLiteral("task_id"),
            QStringLiteral("seq"),
            QStringLiteral("source"),
            QStringLiteral("answer"),
            QStringLiteral("command"),
            QStringLiteral("message"),
            QStringLiteral("correct"),
            QStringLiteral("grade"),
            QStringLiteral("ease"),
            QStringLiteral("interval_days"),
            QStringLiteral("score"),
            QStringLiteral("max_score"),
            QStringLiteral("points"),
            QStringLiteral("completion_percent"),
            QStringLiteral("hints_used"),
            QStringLiteral("seconds_on_task"),
            QStringLiteral("time_taken_ms"),
            QStringLiteral("simulated_ms"),
            QStringLiteral("at"),
            QStringLiteral("finished_at")};
}

ExportResult ProgressExporter::toJson(Database &database, const QDateTime &exportedAt)
{
    ExportResult result;
    QJsonObject records;
    for (const QString &type : recordTypes())
        records.insert(type, QJsonArray());
    QHash<QString, QJsonArray> arrays;
    const bool ok = forEachRecord(database, result.error, [&](const QString &type, const QSqlRecord &record) {
        QJsonObject object;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            const QVariant value = record.value(i);
            if (value.isNull())
                object.insert(name, QJsonValue::Null);
            else if (isTimeColumn(name))
                object.insert(name, timeText(value));
            else if (name == QLatin1String("correct"))
                object.insert(name, value.toInt() != 0);
            else
                object.insert(name, QJsonValue::fromVariant(value));
        }
        arrays[type].append(object);
        ++result.records;
    });
    if (!ok)
        return result;
    for (auto it = arrays.cbegin(); it != arrays.cend(); ++it)
        records.insert(it.key(), it.value());

    QJsonObject settings;
    QSqlQuery query = database.prepare(QStringLiteral("SELECT key, value FROM settings ORDER BY key"));
    if (!database.exec(query, QStringLiteral("settings"))) {
        result.error = database.lastError().text();
        return result;
    }
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());

    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("keyless-progress-export"));
    root.insert(QStringLiteral("formatVersion"), 1);
    root.insert(QStringLiteral("schemaVersion"), database.schemaVersion());
    root.insert(QStringLiteral("exportedAt"), exportedAt.toUTC().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("settings"), settings);
    root.insert(QStringLiteral("records"), records);
    result.data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    return result;
}

ExportResult ProgressExporter::toCsv(Database &database)
{
    ExportResult result;
    const QStringList columns = csvColumns();
    QString text = columns.join(u',') + QStringLiteral("\r\n");
    const bool ok = forEachRecord(database, result.error, [&](const QString &type, const QSqlRecord &record) {
        QStringList fields(columns.size());
        fields[0] = type;
        for (int i = 0; i < record.count(); ++i) {
            const QString name = record.fieldName(i);
            const int column = columns.indexOf(name);
            Q_ASSERT(column > 0);
            const QVariant value = record.value(i);
            if (value.isNull())
                continue;
            fields[column] = csvField(isTimeColumn(name) ? timeText(value) : value.toString());
        }
        text += fields.join(u',') + QStringLiteral("\r\n");
        ++result.records;
    });
    if (ok)
        result.data = text.toUtf8();
    return result;
}

} // namespace Keyless::Progress
