#include "shell/jmespath/expression.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Keyless::JmesPath;

// Compares a typical az query against evaluating a bare identifier on the same 1,000-element list of
// role assignments. Run by hand; report the ratio of the two figures.
class BenchJmesPath final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baselineIdentifier();
    void simpleProjection();
    void compileAndEvaluateAzQuery();
    void evaluateCompiledAzQuery();

private:
    QJsonArray m_assignments;
};

void BenchJmesPath::initTestCase()
{
    for (int i = 0; i < 1000; ++i) {
        QJsonObject assignment;
        assignment.insert(QStringLiteral("name"), QStringLiteral("assignment-%1").arg(i));
        assignment.insert(
            QStringLiteral("id"),
            QStringLiteral("/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/%1").arg(i));
        assignment.insert(QStringLiteral("principalId"), QStringLiteral("principal-%1").arg(i % 50));
        assignment.insert(QStringLiteral("principalType"), QStringLiteral("ServicePrincipal"));
        assignment.insert(QStringLiteral("roleDefinitionName"),
                          i % 3 == 0 ? QStringLiteral("Reader") : QStringLiteral("Contributor"));
        assignment.insert(QStringLiteral("scope"), QStringLiteral("/subscriptions/s/resourceGroups/rg%1").arg(i % 7));
        m_assignments.append(assignment);
    }
}

void BenchJmesPath::baselineIdentifier()
{
    const QJsonObject data{{QStringLiteral("value"), m_assignments}};
    const Expression expression = Expression::compile(QStringLiteral("value")).expression;
    QJsonValue result;
    QBENCHMARK
    {
        result = expression.evaluate(data).value;
    }
    QCOMPARE(result.toArray().size(), 1000);
}

void BenchJmesPath::simpleProjection()
{
    const QJsonObject data{{QStringLiteral("value"), m_assignments}};
    const Expression expression = Expression::compile(QStringLiteral("value[].name")).expression;
    QJsonValue result;
    QBENCHMARK
    {
        result = expression.evaluate(data).value;
    }
    QCOMPARE(result.toArray().size(), 1000);
}

void BenchJmesPath::compileAndEvaluateAzQuery()
{
    const QJsonObject data{{QStringLiteral("value"), m_assignments}};
    QJsonValue result;
    QBENCHMARK
    {
        const CompileResult compiled =
            Expression::compile(QStringLiteral("value[?principalId=='principal-7' && roleDefinitionName=='Reader']"
                                               ".{Role:roleDefinitionName, Scope:scope, Id:id} | sort_by(@, &Scope)"));
        result = compiled.expression.evaluate(data).value;
    }
    QVERIFY(result.isArray());
    QVERIFY(!result.toArray().isEmpty());
}

void BenchJmesPath::evaluateCompiledAzQuery()
{
    const QJsonObject data{{QStringLiteral("value"), m_assignments}};
    const Expression expression =
        Expression::compile(QStringLiteral("value[?principalId=='principal-7' && roleDefinitionName=='Reader']"
                                           ".{Role:roleDefinitionName, Scope:scope, Id:id} | sort_by(@, &Scope)"))
            .expression;
    QJsonValue result;
    QBENCHMARK
    {
        result = expression.evaluate(data).value;
    }
    QVERIFY(!result.toArray().isEmpty());
}

QTEST_GUILESS_MAIN(BenchJmesPath)
#include "bench_jmespath.moc"
