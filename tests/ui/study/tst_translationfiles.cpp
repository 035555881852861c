#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// The shipped translations must be complete: every message translated, nothing unfinished or left over,
// and every %1 / %n placeholder of the source kept (a lost %1 silently drops a number from the UI).
class TestTranslationFiles final : public QObject
{
    Q_OBJECT

    // lupdate over app/ into `ts` (created, or updated in place).
    static void runLupdate(QStringList options, const QString &ts)
    {
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        options << QStringLiteral(KEYLESS_SOURCE_DIR "/app") << QStringLiteral("-ts") << ts;
        lupdate.start(QStringLiteral(KEYLESS_LUPDATE), options);
        QVERIFY2(lupdate.waitForFinished(60000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    }

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

    // Every text the code asks to translate is in the German and Spanish files, translated: lupdate run over
    // app/ on copies of them leaves nothing unfinished (a new tr() text without an entry shows in English).
    void everySourceTextHasATranslation_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("es") << QStringLiteral("es");
    }
    void everySourceTextHasATranslation()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("keyless_%1.ts").arg(language));
        QVERIFY(QFile::copy(QStringLiteral(KEYLESS_SOURCE_DIR "/translations/keyless_%1.ts").arg(language), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
        runLupdate({QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none")}, ts);
        if (QTest::currentTestFailed())
            return;
        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList unfinished;
        int messages = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                ++messages;
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") &&
                       xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
                unfinished << context + QStringLiteral(": ") + source.left(60);
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(messages >= 300, qPrintable(QString::number(messages)));
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    // A file without QObject classes words its texts through a local tr() helper that calls
    // QCoreApplication::translate(context, …). lupdate files those calls under the context it sees (the
    // namespace, or the class of a member function); a helper naming another context finds no translation at
    // run time, and the text stays English in every language (the flow's event kinds, participants and the
    // progress folder messages did). lupdate itself says which context each text is under.
    void trHelpersUseTheContextLupdateGives()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(QStringLiteral("audit.ts"));
        runLupdate({QStringLiteral("-locations"), QStringLiteral("absolute")}, ts);
        if (QTest::currentTestFailed())
            return;

        static const QRegularExpression helper(QStringLiteral(
            "QString tr\\(const char \\*text[^)]*\\)\\s*\\{\\s*return QCoreApplication::translate\\(\"([^\"]+)\""));
        QHash<QString, QString> helperContext; // canonical file path → context of its tr() helper
        QHash<QString, QStringList> lines;
        QDirIterator it(QStringLiteral(KEYLESS_SOURCE_DIR "/app"), {QStringLiteral("*.cpp")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const auto match = helper.match(text);
            if (match.hasMatch()) {
                const QString path = QFileInfo(file.fileName()).canonicalFilePath();
                helperContext.insert(path, match.captured(1));
                lines.insert(path, text.split(QLatin1Char('\n')));
            }
        }
        QVERIFY2(helperContext.size() >= 5, qPrintable(QStringList(helperContext.keys()).join(u' ')));

        QFile file(ts);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        QStringList problems;
        int checked = 0;
        QList<std::pair<QString, int>> locations;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                locations.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("location")) {
                const QString path =
                    QFileInfo(QFileInfo(ts).dir(), xml.attributes().value(QLatin1String("filename")).toString())
                        .canonicalFilePath();
                locations << std::pair{path, xml.attributes().value(QLatin1String("line")).toInt()};
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                for (const auto &[path, line] : std::as_const(locations)) {
                    if (!helperContext.contains(path))
                        continue;
                    // The call and its text may span lines (the location is one of them).
                    const QStringList &file = lines[path];
                    const QString code = file.mid(qMax(0, line - 3), 5).join(QLatin1Char('\n'));
                    // An explicit translate("…") or QT_TRANSLATE_NOOP names its own context.
                    if (code.contains(QLatin1String("translate(")) || code.contains(QLatin1String("TRANSLATE_NOOP")))
                        continue;
                    ++checked;
                    if (context != helperContext.value(path))
                        problems << QStringLiteral("%1:%2 \"%3\" is under %4, its tr() asks %5")
                                        .arg(QFileInfo(path).fileName())
                                        .arg(line)
                                        .arg(source.left(40), context, helperContext.value(path));
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(checked >= 100, qPrintable(QString::number(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
