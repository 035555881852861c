#include "shell/azcli.h"
#include "shell/azoutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyless::Shell;

// az's formatters (knack/output.py) and argparse/difflib behaviour the messages depend on.
class TestAzOutput : public QObject
{
    Q_OBJECT

private slots:
    void json_data();
    void json();
    void tsv_data();
    void tsv();
    void table();
    void tableUnavailable();
    void closeMatches_data();
    void closeMatches();
};

static QJsonValue parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().at(0);
}

void TestAzOutput::json_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    // Python: json.dumps(x, indent=2, sort_keys=True, ensure_ascii=False, separators=(',', ': '))
    QTest::newRow("sorted keys, 2 spaces") << "{\"b\":1,\"a\":[true,null]}"
                                           << "{\n  \"a\": [\n    true,\n    null\n  ],\n  \"b\": 1\n}\n";
    QTest::newRow("empty containers") << "{\"a\":{},\"b\":[]}"
                                      << "{\n  \"a\": {},\n  \"b\": []\n}\n";
    QTest::newRow("string escapes, unicode kept") << "\"tab\\t quote\\\" é\""
                                                  << "\"tab\\t quote\\\" é\"\n";
    QTest::newRow("integer") << "86700"
                             << "86700\n";
    QTest::newRow("float") << "1.5"
                           << "1.5\n";
    QTest::newRow("null") << "null"
                          << "null\n";
}

void TestAzOutput::json()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(AzOutput::json(parse(input.toUtf8().constData())), expected);
}

void TestAzOutput::tsv_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("string") << "\"abc\""
                            << "abc\n";
    QTest::newRow("top-level bool is lower case") << "true"
                                                  << "true\n";
    QTest::newRow("bool inside a row is Python str") << "{\"a\":true,\"b\":null}"
                                                     << "True\tNone\n";
    QTest::newRow("list of scalars, one per line") << "[\"a\",\"b\"]"
                                                   << "a\nb\n";
    QTest::newRow("dict values sorted by key, nested dict empty, list its length")
        << "{\"z\":1,\"a\":\"x\",\"m\":{\"k\":1},\"l\":[1,2]}"
        << "x\t2\t\t1\n";
    QTest::newRow("rows of a list") << "[{\"n\":\"a\",\"v\":1},{\"n\":\"b\",\"v\":2}]"
                                    << "a\t1\nb\t2\n";
    QTest::newRow("null prints nothing") << "null"
                                         << "";
}

void TestAzOutput::tsv()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(AzOutput::tsv(parse(input.toUtf8().constData())), expected);
}

void TestAzOutput::table()
{
    bool ok = false;
    // id/type skipped, nested values skipped, first letter capitalised, numbers right-aligned.
    const QString text = AzOutput::table(parse("[{\"name\":\"rg1\",\"id\":\"/x\",\"count\":5,\"tags\":{}},"
                                               "{\"name\":\"group-two\",\"count\":12}]"),
                                         {}, true, ok);
    QVERIFY(ok);
    QCOMPARE(text, QStringLiteral("  Count  Name\n-------  ---------\n      5  rg1\n     12  group-two\n"));
    QCOMPARE(AzOutput::table(QJsonArray(), {}, true, ok), QStringLiteral("\n"));
    QCOMPARE(AzOutput::table(parse("[\"a\",\"b\"]"), {}, true, ok), QStringLiteral("Result\n--------\na\nb\n"));
}

void TestAzOutput::tableUnavailable()
{
    bool ok = true;
    AzOutput::table(parse("[{\"id\":\"x\",\"nested\":{}}]"), {}, true, ok);
    QVERIFY(!ok);
}

void TestAzOutput::closeMatches_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("best");
    QTest::newRow("transposition") << "grop"
                                   << "group";
    QTest::newRow("typo") << "craete"
                          << "create";
    QTest::newRow("prefix") << "identit"
                            << "identity";
    QTest::newRow("too far") << "xyz"
                             << "";
}

void TestAzOutput::closeMatches()
{
    QFETCH(QString, word);
    QFETCH(QString, best);
    const QStringList choices = {QStringLiteral("group"), QStringLiteral("create"), QStringLiteral("identity"),
                                 QStringLiteral("vm"), QStringLiteral("role")};
    QCOMPARE(AzCli::closeMatches(word, choices).value(0), best);
}

QTEST_GUILESS_MAIN(TestAzOutput)
#include "tst_azoutput.moc"
