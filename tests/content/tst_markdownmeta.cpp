#include "content/markdownmeta.h"

#include <QTest>

using namespace Keyless::Content;

class TestMarkdownMeta : public QObject
{
    Q_OBJECT

private slots:
    void parsesFieldsAndBody()
    {
        const MarkdownMetadata m = parseMarkdownMetadata(QStringLiteral(
            "---\nid: first\ntitle: The problem: secrets\n\nobjectives: a, b ,,c\n---\n\n## Body {#b}\n"));
        QVERIFY(m.ok());
        QCOMPARE(m.fields.size(), 3);
        QCOMPARE(m.value(QStringLiteral("id")), QStringLiteral("first"));
        // Only the first ':' separates key and value.
        QCOMPARE(m.value(QStringLiteral("title")), QStringLiteral("The problem: secrets"));
        QCOMPARE(m.list(QStringLiteral("objectives")),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(m.field(QStringLiteral("objectives"))->line, 5);
        QCOMPARE(m.bodyFirstLine, 7);
        QVERIFY(m.body.startsWith(QStringLiteral("\n## Body")));
        QVERIFY(m.value(QStringLiteral("missing")).isEmpty());
        QVERIFY(m.list(QStringLiteral("missing")).isEmpty());
    }

    void toleratesCrlfBomAndComments()
    {
        const MarkdownMetadata m = parseMarkdownMetadata(
            QString(QChar(0xFEFF)) + QStringLiteral("---\r\n# comment\r\nid: x\r\n---\r\nbody\r\n"));
        QVERIFY(m.ok());
        QCOMPARE(m.value(QStringLiteral("id")), QStringLiteral("x"));
        QCOMPARE(m.field(QStringLiteral("id"))->line, 3);
        QCOMPARE(m.bodyFirstLine, 5);
        QCOMPARE(m.body, QStringLiteral("body\n"));
    }

    void reportsErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("message");
        QTest::newRow("no header") << QStringLiteral("# Title\n") << 1
                                   << QStringLiteral("must start with a metadata header");
        QTest::newRow("header not on line 1")
            << QStringLiteral("\n---\nid: x\n---\n") << 1 << QStringLiteral("must start with a metadata header");
        QTest::newRow("unclosed") << QStringLiteral("---\nid: x\n") << 1 << QStringLiteral("not closed");
        QTest::newRow("no colon") << QStringLiteral("---\nid: x\njust words\n---\n") << 3
                                  << QStringLiteral("expected 'key: value'");
        QTest::newRow("empty key") << QStringLiteral("---\n: value\n---\n") << 2
                                   << QStringLiteral("expected 'key: value'");
        QTest::newRow("bad key") << QStringLiteral("---\nTitle Case: x\n---\n") << 2
                                 << QStringLiteral("invalid metadata key");
        QTest::newRow("duplicate") << QStringLiteral("---\nid: x\nid: y\n---\n") << 3
                                   << QStringLiteral("duplicate metadata key 'id'");
    }

    void reportsErrors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, message);
        const MarkdownMetadata m = parseMarkdownMetadata(text);
        QVERIFY(!m.ok());
        QCOMPARE(m.errors.size(), 1);
        QCOMPARE(m.errors.first().line, line);
        QVERIFY2(m.errors.first().message.contains(message), qPrintable(m.errors.first().message));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownMeta)
#include "tst_markdownmeta.moc"
