#include "content/contentlibrary.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Keyless::Content;

namespace {

const QString kGoodLesson =
    QStringLiteral("---\nid: %1\ntitle: %2\norder: %3\nobjectives: az204-3.2.3\nminutes: 5\n---\n\n"
                   "## Intro {#intro}\n\nText.\n\n## Reflection {#reflection}\n\n**Q:** Why?\n\n"
                   "**A:** Because.\n\n## Exam tip {#exam-tip}\n\nTip.\n");

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QString brokenRoot()
{
    return QStringLiteral(KEYLESS_SOURCE_DIR "/tests/content/broken");
}

// "load lessons/en/a.md:4: message" -> kind, relative file, line, message
struct Expected {
    QString kind;
    QString file;
    int line = 0;
    QString message;
};

QList<Expected> readExpected(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^(load|refs) ([^:]+):(\\d+): (.+)$"));
    QList<Expected> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QRegularExpressionMatch m = pattern.match(line);
        if (m.hasMatch())
            out.append({m.captured(1), m.captured(2), m.captured(3).toInt(), m.captured(4)});
    }
    return out;
}

bool matches(const LoadIssue &issue, const QString &root, const Expected &e)
{
    return QDir::cleanPath(issue.file) == QDir::cleanPath(root + QLatin1Char('/') + e.file) && issue.line == e.line &&
           issue.message.contains(e.message);
}

QString describe(const QList<LoadIssue> &issues)
{
    QStringList out;
    for (const LoadIssue &i : issues)
        out.append(i.toString());
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestContentLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // One folder per kind of error (tests/content/broken/<case>/ + expected.txt): the loader reports
    // exactly the expected problem with the right file and line, and nothing else.
    void brokenFiles_data()
    {
        QTest::addColumn<QString>("root");
        const QStringList cases = QDir(brokenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 20);
        for (const QString &c : cases)
            QTest::newRow(qPrintable(c)) << brokenRoot() + QLatin1Char('/') + c;
    }

    void brokenFiles()
    {
        QFETCH(QString, root);
        const QList<Expected> expected = readExpected(root + QStringLiteral("/expected.txt"));
        QVERIFY2(!expected.isEmpty(), "expected.txt is missing or empty");
        ContentLibrary library;
        QVERIFY(library.loadFolder(root));
        const QList<LoadIssue> refs = library.validateReferences();
        int expectedLoadIssues = 0;
        for (const Expected &e : expected) {
            const QList<LoadIssue> &pool = e.kind == QLatin1String("load") ? library.issues() : refs;
            if (e.kind == QLatin1String("load"))
                ++expectedLoadIssues;
            const bool found =
                std::any_of(pool.cbegin(), pool.cend(), [&](const LoadIssue &i) { return matches(i, root, e); });
            QVERIFY2(found, qPrintable(QStringLiteral("expected %1:%2: %3\ngot:\n%4")
                                           .arg(e.file)
                                           .arg(e.line)
                                           .arg(e.message, describe(pool))));
        }
        QCOMPARE(library.issues().size(), expectedLoadIssues);
    }

    void badFileIsSkippedOthersLoad()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("lessons/en/a.md")),
                  kGoodLesson.arg(QStringLiteral("good"), QStringLiteral("Good"), QStringLiteral("2")).toUtf8());
        writeFile(dir.filePath(QStringLiteral("lessons/en/b.md")), "no header\n");
        writeFile(dir.filePath(QStringLiteral("lessons/en/c.md")),
                  kGoodLesson.arg(QStringLiteral("first"), QStringLiteral("First"), QStringLiteral("1")).toUtf8());
        writeFile(dir.filePath(QStringLiteral("questions/en/q.json")), "{ not json");
        ContentLibrary library;
        QVERIFY(library.loadFolder(dir.path()));
        QCOMPARE(library.lessons().size(), 2);
        // Sorted by order, not by file name.
        QCOMPARE(library.lessons().at(0).id, QStringLiteral("first"));
        QCOMPARE(library.lessons().at(1).id, QStringLiteral("good"));
        QCOMPARE(library.issues().size(), 2);
        QVERIFY(library.issues().at(0).file.endsWith(QStringLiteral("b.md")));
        QVERIFY(library.issues().at(1).file.endsWith(QStringLiteral("q.json")));
        QCOMPARE(library.issues().at(1).line, 1);
    }

    void lessonModel()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/en/a.md")),
                  "---\nid: l\ntitle: T\norder: 1\nobjectives: az204-3.2.3, az204-3.2.1\nminutes: 7\npoints: 1, 2\n"
                  "labs: vm-storage-imds\nflow: imds/1, appservice/7\n---\n\nIntro text.\n\n## One {#one}\n\n"
                  "```bash\n## not a heading\n```\n\nSee [lab](keyless://lab/vm-storage-imds).\n\n"
                  "## Reflection {#reflection}\n\n**Q:** First?\nmore question\n\n**A:** Answer one.\n\nmore answer\n\n"
                  "**Q:** Second?\n\n**A:** Answer two.\n\n## Exam tip {#exam-tip}\n\nTip text.\n");
        ContentLibrary library;
        library.loadFolder(dir.path());
        QVERIFY2(library.issues().isEmpty(), qPrintable(describe(library.issues())));
        const Lesson *l = library.lesson(QStringLiteral("l"));
        QVERIFY(l);
        QCOMPARE(l->minutes, 7);
        QCOMPARE(l->points, (QList<int>{1, 2}));
        QCOMPARE(l->objectives.size(), 2);
        QCOMPARE(l->flowSteps, (QStringList{QStringLiteral("imds/1"), QStringLiteral("appservice/7")}));
        QCOMPARE(l->intro, QStringLiteral("Intro text."));
        QCOMPARE(l->sections.size(), 1);
        QCOMPARE(l->sections.first().id, QStringLiteral("one"));
        QCOMPARE(l->sections.first().line, 14);
        QVERIFY(l->sections.first().markdown.contains(QStringLiteral("## not a heading")));
        QCOMPARE(l->reflections.size(), 2);
        QCOMPARE(l->reflections.at(0).question, QStringLiteral("First?\nmore question"));
        QCOMPARE(l->reflections.at(0).modelAnswer, QStringLiteral("Answer one.\n\nmore answer"));
        QCOMPARE(l->reflections.at(1).modelAnswer, QStringLiteral("Answer two."));
        QCOMPARE(l->examTip, QStringLiteral("Tip text."));
        QCOMPARE(l->links.size(), 1);
        QCOMPARE(l->links.first().url, QStringLiteral("keyless://lab/vm-storage-imds"));
        QCOMPARE(l->links.first().line, 20);
        QVERIFY(!l->section(QStringLiteral("reflection")));
    }

    void translationReplacesEnglishById()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/en/a.md")),
                  kGoodLesson.arg(QStringLiteral("a"), QStringLiteral("English A"), QStringLiteral("1")).toUtf8());
        writeFile(dir.filePath(QStringLiteral("lessons/en/b.md")),
                  kGoodLesson.arg(QStringLiteral("b"), QStringLiteral("English B"), QStringLiteral("2")).toUtf8());
        writeFile(dir.filePath(QStringLiteral("lessons/de/a.md")),
                  kGoodLesson.arg(QStringLiteral("a"), QStringLiteral("Deutsch A"), QStringLiteral("1")).toUtf8());
        ContentLibrary german(QStringLiteral("de"));
        german.loadFolder(dir.path());
        QVERIFY(german.issues().isEmpty());
        QCOMPARE(german.lessons().size(), 2);
        QCOMPARE(german.lesson(QStringLiteral("a"))->title, QStringLiteral("Deutsch A"));
        QCOMPARE(german.lesson(QStringLiteral("a"))->language, QStringLiteral("de"));
        QCOMPARE(german.lesson(QStringLiteral("b"))->title, QStringLiteral("English B"));
        ContentLibrary english;
        english.loadFolder(dir.path());
        QCOMPARE(english.lesson(QStringLiteral("a"))->title, QStringLiteral("English A"));
    }

    void duplicateLessonIdIsReported()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("lessons/en/a.md")),
                  kGoodLesson.arg(QStringLiteral("same"), QStringLiteral("A"), QStringLiteral("1")).toUtf8());
        writeFile(dir.filePath(QStringLiteral("lessons/en/b.md")),
                  kGoodLesson.arg(QStringLiteral("same"), QStringLiteral("B"), QStringLiteral("2")).toUtf8());
        ContentLibrary library;
        library.loadFolder(dir.path());
        QCOMPARE(library.lessons().size(), 1);
        QCOMPARE(library.lessons().first().title, QStringLiteral("A"));
        QCOMPARE(library.issues().size(), 1);
        QVERIFY(library.issues().first().message.contains(QStringLiteral("duplicate lesson id 'same'")));
    }

    void oversizedFileIsSkipped()
    {
        QTemporaryDir dir;
        QByteArray big = kGoodLesson.arg(QStringLiteral("big"), QStringLiteral("Big"), QStringLiteral("1")).toUtf8();
        big.append(QByteArray(ContentLibrary::maxFileSize, 'x'));
        writeFile(dir.filePath(QStringLiteral("lessons/en/big.md")), big);
        ContentLibrary library;
        library.loadFolder(dir.path());
        QVERIFY(library.lessons().isEmpty());
        QCOMPARE(library.issues().size(), 1);
        QVERIFY(library.issues().first().message.contains(QStringLiteral("larger than")));
    }

    void missingFolderIsReported()
    {
        ContentLibrary library;
        QVERIFY(!library.loadFolder(QStringLiteral("/nonexistent/keyless-content")));
        QCOMPARE(library.issues().size(), 1);
        library.clear();
        QVERIFY(library.issues().isEmpty());
    }

    void answerKeys_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("answer");
        QTest::addColumn<QStringList>("response");
        QTest::addColumn<bool>("correct");
        const QStringList ab{QStringLiteral("a"), QStringLiteral("b")};
        const QStringList ba{QStringLiteral("b"), QStringLiteral("a")};
        const QStringList a{QStringLiteral("a")};
        QTest::newRow("single right") << int(QuestionKind::Single) << a << a << true;
        QTest::newRow("single wrong") << int(QuestionKind::Single) << a << QStringList{QStringLiteral("b")} << false;
        QTest::newRow("single none") << int(QuestionKind::Single) << a << QStringList{} << false;
        QTest::newRow("multiple any order") << int(QuestionKind::Multiple) << ab << ba << true;
        QTest::newRow("multiple partial") << int(QuestionKind::Multiple) << ab << a << false;
        QTest::newRow("multiple duplicate")
            << int(QuestionKind::Multiple) << ab
            << QStringList{QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("b")} << false;
        QTest::newRow("ordering exact") << int(QuestionKind::Ordering) << ab << ab << true;
        QTest::newRow("ordering swapped") << int(QuestionKind::Ordering) << ab << ba << false;
    }

    void answerKeys()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, answer);
        QFETCH(QStringList, response);
        QFETCH(bool, correct);
        Question q;
        q.kind = QuestionKind(kind);
        q.answer = answer;
        QCOMPARE(q.isCorrect(response), correct);
    }

    // The library compiles resources/ in with an explicit file list; a file added to resources/ but
    // not to app/content/CMakeLists.txt would silently be missing from the app.
    void builtInMatchesSourceFolder()
    {
        const QString source = QStringLiteral(KEYLESS_SOURCE_DIR "/resources");
        QStringList onDisk;
        for (const QString &sub : {QStringLiteral("lessons"), QStringLiteral("questions"), QStringLiteral("cards"),
                                   QStringLiteral("skills")}) {
            QDirIterator it(source + QLatin1Char('/') + sub, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                onDisk.append(QDir(source).relativeFilePath(it.next()));
        }
        QStringList builtIn;
        QDirIterator it(ContentLibrary::builtInRoot(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            builtIn.append(QDir(ContentLibrary::builtInRoot()).relativeFilePath(it.next()));
        onDisk.sort();
        builtIn.sort();
        QCOMPARE(builtIn, onDisk);
        for (const QString &rel : std::as_const(onDisk)) {
            QFile a(source + QLatin1Char('/') + rel);
            QFile b(ContentLibrary::builtInRoot() + QLatin1Char('/') + rel);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QVERIFY2(a.readAll() == b.readAll(),
                     qPrintable(rel + QStringLiteral(" differs from the built-in copy; rebuild")));
        }
    }
};

QTEST_GUILESS_MAIN(TestContentLibrary)
#include "tst_contentlibrary.moc"
