#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

// The shipped translations must be complete: every message translated, nothing unfinished or left over,
// and every %1 / %n placeholder of the source kept (a lost %1 silently drops a number from the UI).
class TestTranslationFiles final : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("atLeast");
        QTest::newRow("de") << QStringLiteral(KEYLESS_SOURCE_DIR "/translations/keyless_de.ts") << 300;
        QTest::newRow("es") << QStringLiteral(KEYLESS_SOURCE_DIR "/translations/keyless_es.ts") << 300;
        // English: only the plural forms of the source texts.
        QTest::newRow("en") << QStringLiteral(KEYLESS_SOURCE_DIR "/translations/keyless_en.ts") << 10;
    }

    void complete()
    {
        QFETCH(QString, file);
        QFETCH(int, atLeast);
        QFile ts(file);
        QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(file));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList problems;
        QString context;
        QString source;
        bool numerus = false;
        QStringList translations;
        QString translationType;
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        const auto placeholders = [](const QString &text) {
            QSet<QString> found;
            auto it = placeholder.globalMatch(text);
            while (it.hasNext())
                found.insert(it.next().captured(0));
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name") && context.isEmpty()) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    ++messages;
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    source.clear();
                    translations.clear();
                    translationType.clear();
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    translationType = xml.attributes().value(QLatin1String("type")).toString();
                    if (!numerus)
                        translations << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    translations << xml.readElementText();
                }
            } else if (xml.isEndElement()) {
                if (xml.name() == QLatin1String("context")) {
                    context.clear();
                } else if (xml.name() == QLatin1String("message")) {
                    const QString where = context + QStringLiteral(": ") + source.left(60);
                    if (!translationType.isEmpty())
                        problems << QStringLiteral("%1 (%2)").arg(where, translationType);
                    if (translations.isEmpty())
                        problems << where + QStringLiteral(" (no translation)");
                    for (const QString &t : std::as_const(translations)) {
                        if (t.trimmed().isEmpty())
                            problems << where + QStringLiteral(" (empty)");
                        QSet<QString> expected = placeholders(source);
                        QSet<QString> got = placeholders(t);
                        // A plural form may spell "one" out instead of %n.
                        if (numerus) {
                            expected.remove(QStringLiteral("%n"));
                            got.remove(QStringLiteral("%n"));
                        }
                        if (expected != got)
                            problems << where + QStringLiteral(" (placeholders differ)");
                    }
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= atLeast, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
