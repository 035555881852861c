#include "content/contentlibrary.h"
#include "shell/session.h"
#include "sim/world.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyless;

// Every question that states how Azure behaves names a console script; this runs each script in a fresh
// sandbox world and checks that the simulator's output agrees with the question's answer (issue 7), so
// the question bank and the simulator can never contradict each other.
class TestQuestionScripts : public QObject
{
    Q_OBJECT

private:
    Content::ContentLibrary m_library;

private slots:
    void initTestCase()
    {
        m_library.loadBuiltIn();
        QVERIFY(m_library.issues().isEmpty());
    }

    void scriptAgreesWithAnswer_data()
    {
        QTest::addColumn<QString>("questionId");
        int rows = 0;
        for (const Content::Question &q : m_library.questions()) {
            if (!q.hasScript())
                continue;
            QTest::newRow(qPrintable(q.id)) << q.id;
            ++rows;
        }
        QVERIFY(rows >= 20);
    }

    void scriptAgreesWithAnswer()
    {
        QFETCH(QString, questionId);
        const Content::Question *q = m_library.question(questionId);
        QVERIFY(q);
        Sim::World world;
        if (!q->worldId.isEmpty()) {
            const Sim::WorldLoadResult loaded =
                Sim::World::fromJson(QJsonDocument::fromJson(m_library.world(q->worldId)).object());
            QVERIFY2(loaded.ok(), qPrintable(loaded.errors.join(QLatin1Char('\n'))));
            world = loaded.world;
        }
        Shell::Session session(world);
        const Shell::RunResult result = session.run(m_library.script(q->scriptId));
        const QString text = result.text();
        for (const QString &expected : q->expectContains)
            QVERIFY2(text.contains(expected), qPrintable(QStringLiteral("expected '%1' in:\n%2").arg(expected, text)));
        for (const QString &unexpected : q->expectNotContains)
            QVERIFY2(!text.contains(unexpected),
                     qPrintable(QStringLiteral("did not expect '%1' in:\n%2").arg(unexpected, text)));
    }
};

QTEST_GUILESS_MAIN(TestQuestionScripts)
#include "tst_questionscripts.moc"
