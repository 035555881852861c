#include "progress/progressexporter.h"
#include "progress/progressstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace Keyless::Progress;

namespace {

const QDateTime fixedNow(QDate(2026, 3, 10), QTime(9, 0, 0), Qt::UTC);

// Splits RFC 4180 text into rows of fields (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class TestProgressExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void json_data();
    void json();
    void jsonSettingsAndHeader();
    void csv_data();
    void csv();
    void csvQuotesAwkwardText();
    void emptyStoreExportsHeaderOnly();

private:
    ProgressStore m_store;
    qint64 m_labId = 0;
};

void TestProgressExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_store.setClock([] { return fixedNow; });
    QVERIFY(m_store.openInMemory().ok);
    QVERIFY(m_store.recordSectionRead({0, QStringLiteral("mi"), QStringLiteral("intro"), fixedNow, 42}));
    QVERIFY(m_store.recordQuestionAttempt(
        {0, QStringLiteral("q1"), QStringLiteral("o1"), QStringLiteral("a, \"b\"\nc"), true, 1500, fixedNow}));
    QVERIFY(m_store.recordQuestionAttempt(
        {0, QStringLiteral("q2"), QStringLiteral("o1"), QStringLiteral("d"), false, 10, fixedNow}));
    QVERIFY(m_store.recordReview(QStringLiteral("card"), ReviewGrade::Easy, fixedNow));
    m_labId = m_store.startLabAttempt({QStringLiteral("lab"), 2, 77, fixedNow}).id;
    QVERIFY(m_labId > 0);
    QVERIFY(m_store.appendLabCommand(m_labId,
                                     {0, CommandSource::Ui, QStringLiteral("az group list -o table"), 5000, fixedNow}));
    QVERIFY(m_store.recordTaskResult(m_labId, {QStringLiteral("t1"), true, 2, QStringLiteral("ok"), fixedNow}));
    QVERIFY(m_store.finishLabAttempt(m_labId, {100, 2, 2, 1}, fixedNow.addSecs(600)));
    QVERIFY(m_store.setContentLanguage(QStringLiteral("de")));
}

void TestProgressExporter::json_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("section read") << QStringLiteral("section_reads") << 1 << QStringLiteral("seconds_on_task")
                                  << QVariant(42);
    QTest::newRow("question answer") << QStringLiteral("question_attempts") << 2 << QStringLiteral("answer")
                                     << QVariant(QStringLiteral("a, \"b\"\nc"));
    QTest::newRow("question correct is a bool")
        << QStringLiteral("question_attempts") << 2 << QStringLiteral("correct") << QVariant(true);
    QTest::newRow("question time") << QStringLiteral("question_attempts") << 2 << QStringLiteral("at")
                                   << QVariant(QStringLiteral("2026-03-10T09:00:00.000Z"));
    QTest::newRow("review grade") << QStringLiteral("reviews") << 1 << QStringLiteral("grade") << QVariant(4);
    QTest::newRow("lab seed") << QStringLiteral("lab_attempts") << 1 << QStringLiteral("seed") << QVariant(77);
    QTest::newRow("lab format") << QStringLiteral("lab_attempts") << 1 << QStringLiteral("lab_format_version")
                                << QVariant(2);
    QTest::newRow("lab finished") << QStringLiteral("lab_attempts") << 1 << QStringLiteral("finished_at")
                                  << QVariant(QStringLiteral("2026-03-10T09:10:00.000Z"));
    QTest::newRow("task passed") << QStringLiteral("lab_task_results") << 1 << QStringLiteral("correct")
                                 << QVariant(true);
    QTest::newRow("command") << QStringLiteral("lab_commands") << 1 << QStringLiteral("command")
                             << QVariant(QStringLiteral("az group list -o table"));
    QTest::newRow("command source") << QStringLiteral("lab_commands") << 1 << QStringLiteral("source")
                                    << QVariant(QStringLiteral("ui"));
    QTest::newRow("command time") << QStringLiteral("lab_commands") << 1 << QStringLiteral("simulated_ms")
                                  << QVariant(5000);
}

void TestProgressExporter::json()
{
    QFETCH(QString, type);
    QFETCH(int, count);
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    const ExportResult exported = ProgressExporter::toJson(m_store.database(), fixedNow);
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    QCOMPARE(exported.records, 7); // 1 section read, 2 answers, 1 review, 1 lab attempt, 1 task, 1 command
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(exported.data, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray records = document.object().value(QStringLiteral("records")).toObject().value(type).toArray();
    QCOMPARE(records.size(), count);
    QCOMPARE(records.first().toObject().value(field).toVariant(), value);
}

void TestProgressExporter::jsonSettingsAndHeader()
{
    const QJsonObject root =
        QJsonDocument::fromJson(ProgressExporter::toJson(m_store.database(), fixedNow).data).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("keyless-progress-export"));
    QCOMPARE(root.value(QStringLiteral("formatVersion")).toInt(), 1);
    QCOMPARE(root.value(QStringLiteral("schemaVersion")).toInt(), Database::latestSchemaVersion());
    QCOMPARE(root.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-03-10T09:00:00.000Z"));
    QCOMPARE(root.value(QStringLiteral("settings")).toObject().value(QStringLiteral("content_language")).toString(),
             QStringLiteral("de"));
    QStringList types = root.value(QStringLiteral("records")).toObject().keys();
    QStringList expected = ProgressExporter::recordTypes();
    types.sort();
    expected.sort();
    QCOMPARE(types, expected);
}

void TestProgressExporter::csv_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("value");
    QTest::newRow("section lesson") << QStringLiteral("section_reads") << QStringLiteral("lesson_id")
                                    << QStringLiteral("mi");
    QTest::newRow("question id") << QStringLiteral("question_attempts") << QStringLiteral("question_id")
                                 << QStringLiteral("q1");
    QTest::newRow("question objective") << QStringLiteral("question_attempts") << QStringLiteral("objective_id")
                                        << QStringLiteral("o1");
    QTest::newRow("question correct") << QStringLiteral("question_attempts") << QStringLiteral("correct")
                                      << QStringLiteral("1");
    QTest::newRow("question time taken") << QStringLiteral("question_attempts") << QStringLiteral("time_taken_ms")
                                         << QStringLiteral("1500");
    QTest::newRow("review card") << QStringLiteral("reviews") << QStringLiteral("card_id") << QStringLiteral("card");
    QTest::newRow("lab completion") << QStringLiteral("lab_attempts") << QStringLiteral("completion_percent")
                                    << QStringLiteral("100");
    QTest::newRow("lab hints") << QStringLiteral("lab_attempts") << QStringLiteral("hints_used") << QStringLiteral("1");
    QTest::newRow("not applicable is empty")
        << QStringLiteral("lab_attempts") << QStringLiteral("question_id") << QString();
    QTest::newRow("task") << QStringLiteral("lab_task_results") << QStringLiteral("task_id") << QStringLiteral("t1");
    QTest::newRow("command seq") << QStringLiteral("lab_commands") << QStringLiteral("seq") << QStringLiteral("1");
}

void TestProgressExporter::csv()
{
    QFETCH(QString, type);
    QFETCH(QString, column);
    QFETCH(QString, value);
    const ExportResult exported = ProgressExporter::toCsv(m_store.database());
    QVERIFY2(exported.ok(), qPrintable(exported.error));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(exported.data));
    QCOMPARE(rows.size(), 1 + exported.records);
    QCOMPARE(rows.first(), ProgressExporter::csvColumns());
    const int typeColumn = 0;
    const int valueColumn = int(rows.first().indexOf(column));
    QVERIFY(valueColumn > 0);
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), rows.first().size());
        if (row.at(typeColumn) == type) {
            QCOMPARE(row.at(valueColumn), value);
            return;
        }
    }
    QFAIL("record type not exported");
}

void TestProgressExporter::csvQuotesAwkwardText()
{
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(ProgressExporter::toCsv(m_store.database()).data));
    const int answer = int(rows.first().indexOf(QStringLiteral("answer")));
    QCOMPARE(rows.at(2).at(0), QStringLiteral("question_attempts"));
    QCOMPARE(rows.at(2).at(answer), QStringLiteral("a, \"b\"\nc"));
}

void TestProgressExporter::emptyStoreExportsHeaderOnly()
{
    ProgressStore empty;
    QVERIFY(empty.openInMemory().ok);
    const ExportResult csv = ProgressExporter::toCsv(empty.database());
    QCOMPARE(csv.records, 0);
    QCOMPARE(csv.data, ProgressExporter::csvColumns().join(u',').toUtf8() + "\r\n");
    const QJsonObject json =
        QJsonDocument::fromJson(ProgressExporter::toJson(empty.database(), fixedNow).data).object();
    for (const QString &type : ProgressExporter::recordTypes())
        QVERIFY(json.value(QStringLiteral("records")).toObject().value(type).toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestProgressExporter)
#include "tst_progressexporter.moc"
