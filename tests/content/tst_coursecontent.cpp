#include "content/contentlibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Keyless::Content;

// Checks the course content that ships with the app (issue 7): everything loads, every cross-reference
// resolves, every question is answerable and explained, and every point of the course plan is taught.
class TestCourseContent : public QObject
{
    Q_OBJECT

private:
    ContentLibrary m_library;

    static QString describe(const QList<LoadIssue> &issues)
    {
        QStringList out;
        for (const LoadIssue &i : issues)
            out.append(i.toString());
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void initTestCase() { m_library.loadBuiltIn(); }

    void everyFileLoads() { QVERIFY2(m_library.issues().isEmpty(), qPrintable(describe(m_library.issues()))); }

    void everyReferenceResolves()
    {
        const QList<LoadIssue> refs = m_library.validateReferences();
        QVERIFY2(refs.isEmpty(), qPrintable(describe(refs)));
    }

    void counts()
    {
        QCOMPARE(m_library.lessons().size(), 10);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(m_library.lessons().at(i).order, i + 1);
        QVERIFY(m_library.questions().size() >= 60);
        QVERIFY(m_library.cards().size() >= 40);
        QSet<QuestionKind> kinds;
        for (const Question &q : m_library.questions())
            kinds.insert(q.kind);
        QCOMPARE(kinds.size(), 3);
    }

    void skillsOutline()
    {
        const SkillsOutline &o = m_library.outline();
        QCOMPARE(o.exam, QStringLiteral("AZ-204"));
        QCOMPARE(o.domains.size(), 5);
        QCOMPARE(o.groupCount(), 11);
        QCOMPARE(o.objectiveCount(), 37);
        QVERIFY(!o.sourceNote.isEmpty());
        const Objective *mi = o.objective(QStringLiteral("az204-3.2.3"));
        QVERIFY(mi);
        QCOMPARE(mi->title, QStringLiteral("Implement Managed Identities for Azure resources"));
        int minSum = 0;
        int maxSum = 0;
        for (const Domain &d : o.domains) {
            minSum += d.weightMin;
            maxSum += d.weightMax;
        }
        QVERIFY(minSum <= 100 && maxSum >= 100);
        // Every lab of the first pack trains the managed-identity objective.
        for (const QString &lab : ContentLibrary::knownLabIds())
            QVERIFY2(o.labObjectives.value(lab).contains(QStringLiteral("az204-3.2.3")), qPrintable(lab));
    }

    // Lessons link to the first lab pack by id, and the outline says which objectives each lab trains:
    // both must agree with the lab files in labs/ (issue 5).
    void labIdsAndSkillsMatchLabFiles_data()
    {
        QTest::addColumn<QString>("lab");
        for (const QString &lab : ContentLibrary::knownLabIds())
            QTest::newRow(qPrintable(lab)) << lab;
    }

    void labIdsAndSkillsMatchLabFiles()
    {
        QFETCH(QString, lab);
        QFile file(QStringLiteral(KEYLESS_SOURCE_DIR "/labs/") + lab + QStringLiteral(".json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(object.value(QStringLiteral("id")).toString(), lab);
        QStringList skills;
        for (const QJsonValue &v : object.value(QStringLiteral("skills")).toArray())
            skills.append(v.toString());
        QStringList mapped = m_library.outline().labObjectives.value(lab);
        skills.sort();
        mapped.sort();
        QCOMPARE(mapped, skills);
    }

    void lessons_data()
    {
        QTest::addColumn<QString>("id");
        for (const Lesson &l : m_library.lessons())
            QTest::newRow(qPrintable(l.id)) << l.id;
    }

    void lessons()
    {
        QFETCH(QString, id);
        const Lesson *l = m_library.lesson(id);
        QVERIFY(l);
        QVERIFY(!l->title.isEmpty());
        QVERIFY(l->minutes > 0);
        QVERIFY(l->sections.size() >= 2);
        QVERIFY(!l->reflections.isEmpty() && l->reflections.size() <= 2);
        for (const ReflectionQuestion &r : l->reflections) {
            QVERIFY(r.question.size() >= 20);
            QVERIFY(r.modelAnswer.size() > 80); // a model answer, not a keyword
        }
        QVERIFY(!l->examTip.isEmpty());
        QVERIFY(l->objectives.contains(QStringLiteral("az204-3.2.3")));
        QVERIFY(!l->points.isEmpty());
        // Each lesson has a concrete example: a code block (az command, JSON, token claims, C#).
        bool hasCode = false;
        for (const LessonSection &s : l->sections)
            hasCode = hasCode || s.markdown.contains(QStringLiteral("```"));
        QVERIFY2(hasCode, "no code example");
        // Labs named in the header are also linked from the text, and vice versa.
        QSet<QString> linkedLabs;
        for (const LessonLink &link : l->links) {
            if (link.url.startsWith(QStringLiteral("keyless://lab/")))
                linkedLabs.insert(link.url.mid(14));
        }
        QCOMPARE(linkedLabs, QSet<QString>(l->labs.cbegin(), l->labs.cend()));
    }

    // The "how it works" lesson's seven steps, each linked to the hop of the canonical IMDS run that shows it.
    // That run has seven events in protocol order: credential attempt, token request, token issued, response,
    // resource request, authorization decision, response (tst_flowview canonicalImdsRunHasTheHopsTheLessonLinks pins
    // them): the Entra ID round trip (steps 2 and 3) is one event, the SDK's credential attempt (event 1) no step.
    // Step 6 (validation) shows at the decision hop, where the target answers.
    void flowStepsMatchCanonicalFlow()
    {
        const Lesson *l = m_library.lesson(QStringLiteral("token-flow"));
        QVERIFY(l);
        const LessonSection *steps = l->section(QStringLiteral("steps"));
        QVERIFY(steps);
        const QStringList canonical = {
            QStringLiteral("asks the local identity endpoint for a token for an audience"),
            QStringLiteral("The endpoint asks Entra ID"),
            QStringLiteral("Entra ID issues the JWT"),
            QStringLiteral("The endpoint returns it"),
            QStringLiteral("calls the target with `Authorization: Bearer`"),
            QStringLiteral("validates the token: signature, audience, issuer, lifetime"),
            QStringLiteral("checks authorization and answers"),
        };
        const QList<int> hop{2, 3, 3, 4, 5, 6, 7};
        qsizetype previous = -1;
        for (int i = 0; i < canonical.size(); ++i) {
            const QString marker = QStringLiteral("**%1. ").arg(i + 1);
            const qsizetype at = steps->markdown.indexOf(marker);
            QVERIFY2(at > previous, qPrintable(marker));
            const qsizetype next = steps->markdown.indexOf(QStringLiteral("**%1. ").arg(i + 2));
            const QString body = steps->markdown.mid(at, next < 0 ? -1 : next - at);
            QVERIFY2(body.contains(canonical.at(i)), qPrintable(body.left(120)));
            QVERIFY2(body.contains(QStringLiteral("keyless://flow/imds/%1)").arg(hop.at(i))), qPrintable(marker));
            QVERIFY2(body.contains(QStringLiteral("What fails here")) || i == 2, qPrintable(marker));
            previous = at;
        }
        QVERIFY(steps->markdown.indexOf(QStringLiteral("**8. ")) < 0);
    }

    void comparisonTableAndDecisionRules()
    {
        const Lesson *l = m_library.lesson(QStringLiteral("system-vs-user"));
        QVERIFY(l);
        const LessonSection *table = l->section(QStringLiteral("comparison"));
        QVERIFY(table);
        QVERIFY(table->markdown.contains(QStringLiteral("| System-assigned | User-assigned |")));
        for (const QString &row :
             {QStringLiteral("Creation"), QStringLiteral("Lifecycle"), QStringLiteral("Sharing"),
              QStringLiteral("One vs many"), QStringLiteral("Pre-authorising"), QStringLiteral("Audit")})
            QVERIFY2(table->markdown.contains(QStringLiteral("| ") + row + QStringLiteral(" |")), qPrintable(row));
        QVERIFY(l->section(QStringLiteral("decision-rules")));
    }

    void headlineScenarioEndsWithTheReflection()
    {
        const Lesson *l = m_library.lesson(QStringLiteral("function-cosmos"));
        QVERIFY(l);
        QVERIFY(l->labs.contains(QStringLiteral("func-cosmos-no-secret")));
        QVERIFY(l->reflections.first().question.contains(QStringLiteral("system- and user-assigned")));
        QVERIFY(l->reflections.first().question.contains(QStringLiteral("passwordless access")));
        QVERIFY(l->reflections.first().question.contains(QStringLiteral("why does that improve security")));
        QVERIFY(m_library.lesson(QStringLiteral("appservice-keyvault"))
                    ->labs.contains(QStringLiteral("appservice-keyvault")));
    }

    void questions_data()
    {
        QTest::addColumn<QString>("id");
        for (const Question &q : m_library.questions())
            QTest::newRow(qPrintable(q.id)) << q.id;
    }

    void questions()
    {
        QFETCH(QString, id);
        const Question *q = m_library.question(id);
        QVERIFY(q);
        QVERIFY(q->options.size() >= 2);
        for (const QuestionOption &o : q->options) {
            QVERIFY2(o.explanation.size() >= 15, qPrintable(o.id));
            if (q->kind != QuestionKind::Ordering) {
                // The explanation says whether the option is right or wrong, consistently with the key.
                const bool right = q->answer.contains(o.id);
                QVERIFY2(o.explanation.startsWith(right ? QStringLiteral("Correct") : QStringLiteral("Wrong")),
                         qPrintable(o.id + QStringLiteral(": ") + o.explanation));
            }
        }
        QVERIFY(q->isCorrect(q->answer));
        QStringList wrong = q->answer;
        if (q->kind == QuestionKind::Ordering)
            std::reverse(wrong.begin(), wrong.end());
        else
            wrong.removeLast();
        QVERIFY(!q->isCorrect(wrong));
        QVERIFY(m_library.lesson(q->lessonId));
        QVERIFY(m_library.outline().objective(q->objectiveId));
        if (q->hasScript()) {
            QVERIFY(m_library.hasScript(q->scriptId));
            QVERIFY(!q->expectContains.isEmpty());
        }
    }

    void everyPointIsCovered_data()
    {
        QTest::addColumn<int>("point");
        for (int p = 1; p <= 10; ++p)
            QTest::newRow(qPrintable(QStringLiteral("point %1").arg(p))) << p;
    }

    // Coverage map (resources/lessons/coverage.json): each point of issue 7 is taught by at least one
    // lesson section and practised by at least two questions.
    void everyPointIsCovered()
    {
        QFETCH(int, point);
        const CoveragePoint *entry = nullptr;
        for (const CoveragePoint &p : m_library.coverage()) {
            if (p.point == point)
                entry = &p;
        }
        QVERIFY(entry);
        QVERIFY(!entry->sections.isEmpty());
        QSet<QString> lessons;
        for (const QString &ref : entry->sections) {
            const QStringList parts = ref.split(QLatin1Char('#'));
            QCOMPARE(parts.size(), 2);
            const Lesson *l = m_library.lesson(parts.at(0));
            QVERIFY2(l, qPrintable(ref));
            QVERIFY2(l->section(parts.at(1)) || parts.at(1) == QLatin1String("reflection"), qPrintable(ref));
            QVERIFY2(l->points.contains(point), qPrintable(ref));
            lessons.insert(l->id);
        }
        int questions = 0;
        for (const Question &q : m_library.questions()) {
            const Lesson *l = m_library.lesson(q.lessonId);
            if (l && l->points.contains(point))
                ++questions;
        }
        QVERIFY2(questions >= 2, qPrintable(QString::number(questions)));
    }

    void everyScriptIsUsed()
    {
        QSet<QString> named;
        for (const Question &q : m_library.questions()) {
            if (q.hasScript())
                named.insert(q.scriptId);
        }
        const QStringList ids = m_library.scriptIds();
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()), named);
        QVERIFY(named.size() >= 20);
        QSet<QString> worlds;
        for (const Question &q : m_library.questions()) {
            if (!q.worldId.isEmpty())
                worlds.insert(q.worldId);
        }
        const QStringList worldIds = m_library.worldIds();
        QCOMPARE(QSet<QString>(worldIds.cbegin(), worldIds.cend()), worlds);
    }

    void scriptsUseConsoleCommands_data()
    {
        QTest::addColumn<QString>("id");
        for (const QString &id : m_library.scriptIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    // Scripts are what a learner types on real Azure: az, curl, exec, plus the shell basics the console
    // supports. Anything else would fail in the console.
    void scriptsUseConsoleCommands()
    {
        QFETCH(QString, id);
        static const QRegularExpression assignment(QStringLiteral("^[A-Z_][A-Z0-9_]*=\\$\\((az|exec|curl) "));
        static const QSet<QString> commands = {QStringLiteral("az"),    QStringLiteral("curl"),
                                               QStringLiteral("exec"),  QStringLiteral("invoke"),
                                               QStringLiteral("sleep"), QStringLiteral("echo")};
        const QStringList lines = m_library.script(id).split(QLatin1Char('\n'));
        bool continued = false;
        int commandsSeen = 0;
        for (const QString &raw : lines) {
            const QString line = raw.trimmed();
            const bool wasContinued = continued;
            continued = line.endsWith(QLatin1Char('\\'));
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || wasContinued)
                continue;
            ++commandsSeen;
            if (assignment.match(line).hasMatch())
                continue;
            const QString first = line.section(QLatin1Char(' '), 0, 0);
            QVERIFY2(commands.contains(first), qPrintable(line));
        }
        QVERIFY(commandsSeen >= 1);
        // A script that starts from an empty sandbox must build its situation with az first.
        bool seeded = false;
        for (const Question &q : m_library.questions())
            seeded = seeded || (q.scriptId == id && !q.worldId.isEmpty());
        if (!seeded)
            QVERIFY(m_library.script(id).contains(QStringLiteral("az group create")));
    }

    void cards()
    {
        QSet<QString> lessonsWithCards;
        for (const Card &c : m_library.cards()) {
            QVERIFY(!c.front.isEmpty() && !c.back.isEmpty());
            QVERIFY(c.front != c.back);
            QVERIFY(m_library.lesson(c.lessonId));
            lessonsWithCards.insert(c.lessonId);
        }
        QCOMPARE(lessonsWithCards.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestCourseContent)
#include "tst_coursecontent.moc"
