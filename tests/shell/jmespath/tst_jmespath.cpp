#include "shell/jmespath/expression.h"
#include "shell/jmespath/jsonutil.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Keyless::JmesPath;

namespace {

QString complianceDir()
{
    return QStringLiteral(KEYLESS_SOURCE_DIR "/tests/shell/jmespath/compliance");
}

QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return doc.array().at(0);
}

// Output of `az functionapp identity assign` and a `role assignment list` (facts §9.1, §9.4 shapes).
const char *const IdentityJson = R"({"principalId": "11111111-2222-3333-4444-555555555555",
    "tenantId": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "type": "SystemAssigned, UserAssigned",
    "userAssignedIdentities": {"/subscriptions/s/resourcegroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1":
        {"clientId": "c1", "principalId": "p1"}}})";

const char *const AssignmentsJson = R"([
    {"name": "a1", "id": "/subscriptions/s/providers/Microsoft.Authorization/roleAssignments/a1",
     "principalId": "p1", "roleDefinitionName": "Reader", "scope": "/subscriptions/s", "createdOn": "2024-03-01T10:00:00Z"},
    {"name": "x", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/roleAssignments/x",
     "principalId": "p2", "roleDefinitionName": "Key Vault Secrets User", "scope": "/subscriptions/s/resourceGroups/rg",
     "createdOn": "2023-11-20T08:00:00Z"},
    {"name": "webapp-x", "id": "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/roleAssignments/w",
     "principalId": "p1", "roleDefinitionName": "Storage Blob Data Reader", "scope": "/subscriptions/s/resourceGroups/rg",
     "createdOn": "2025-01-05T12:00:00Z"}])";

struct ComplianceCase {
    QString name; // file, group and case index, then the expression
    QString expression;
    QJsonValue given;
    bool hasResult = false;
    QJsonValue expected;
    QString error;
    QString bench;
};

QList<ComplianceCase> loadComplianceCases()
{
    QList<ComplianceCase> out;
    const QDir dir(complianceDir());
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        if (file == QStringLiteral("schema.json"))
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QJsonParseError parseError;
        const QJsonArray suites = QJsonDocument::fromJson(f.readAll(), &parseError).array();
        if (parseError.error != QJsonParseError::NoError)
            return {};
        for (qsizetype g = 0; g < suites.size(); ++g) {
            const QJsonObject suite = suites.at(g).toObject();
            const QJsonArray cases = suite.value(QStringLiteral("cases")).toArray();
            for (qsizetype c = 0; c < cases.size(); ++c) {
                const QJsonObject tc = cases.at(c).toObject();
                ComplianceCase row;
                row.expression = tc.value(QStringLiteral("expression")).toString();
                QString shown = row.expression;
                shown.replace(u'\n', QStringLiteral("\\n"));
                row.name = QStringLiteral("%1 g%2 c%3: %4").arg(file).arg(g).arg(c).arg(shown);
                row.given = suite.value(QStringLiteral("given"));
                row.hasResult = tc.contains(QStringLiteral("result"));
                row.expected = tc.value(QStringLiteral("result"));
                row.error = tc.value(QStringLiteral("error")).toString();
                row.bench = tc.value(QStringLiteral("bench")).toString();
                out.append(row);
            }
        }
    }
    return out;
}

} // namespace

class TestJmesPath final : public QObject
{
    Q_OBJECT

private slots:
    void compliance_data();
    void compliance();
    void complianceCount();
    void azQueries_data();
    void azQueries();
    void errors_data();
    void errors();
    void azSyntaxErrors_data();
    void azSyntaxErrors();
    void syntaxErrorPosition();
    void keysInQueryOrder_data();
    void keysInQueryOrder();
    void numbersSerialiseAsIntegers_data();
    void numbersSerialiseAsIntegers();
    void deepNestingIsASyntaxError();
    void invalidExpressionEvaluatesToNull();
    void copiesShareTheCompiledTree();
};

void TestJmesPath::compliance_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonValue>("given");
    QTest::addColumn<bool>("hasResult");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("bench");

    const QList<ComplianceCase> cases = loadComplianceCases();
    QVERIFY(!cases.isEmpty());
    for (const ComplianceCase &tc : cases) {
        QTest::newRow(qPrintable(tc.name))
            << tc.expression << tc.given << tc.hasResult << tc.expected << tc.error << tc.bench;
    }
}

void TestJmesPath::compliance()
{
    QFETCH(QString, expression);
    QFETCH(QJsonValue, given);
    QFETCH(bool, hasResult);
    QFETCH(QJsonValue, expected);
    QFETCH(QString, error);
    QFETCH(QString, bench);

    const CompileResult compiled = Expression::compile(expression);
    if (error == QStringLiteral("syntax")) {
        QVERIFY2(!compiled.ok(), "expected a syntax error");
        QCOMPARE(compiled.kind, ErrorKind::Syntax);
        QVERIFY(!compiled.error.isEmpty());
        QVERIFY(compiled.position >= 0 && compiled.position <= expression.size());
        return;
    }
    QVERIFY2(compiled.ok(), qPrintable(compiled.error));
    if (bench == QStringLiteral("parse"))
        return;
    const Result result = compiled.expression.evaluate(given);
    if (!error.isEmpty()) {
        QCOMPARE(errorKindName(result.kind), error);
        QVERIFY(!result.error.isEmpty());
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    if (hasResult) {
        QVERIFY2(jsonEqual(result.value, expected),
                 qPrintable(QStringLiteral("got %1, expected %2").arg(toJsonText(result.value), toJsonText(expected))));
    }
}

void TestJmesPath::complianceCount()
{
    // The issue requires all 908 official cases; a lost file must not shrink the suite silently.
    QCOMPARE(loadComplianceCases().size(), 908);
}

void TestJmesPath::azQueries_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonValue identity = json(IdentityJson);
    const QJsonValue assignments = json(AssignmentsJson);

    QTest::newRow("principalId") << "principalId" << identity << json(R"("11111111-2222-3333-4444-555555555555")");
    QTest::newRow("missing key is null") << "clientId" << identity << QJsonValue();
    QTest::newRow("uami principalIds") << "userAssignedIdentities.*.principalId" << identity << json(R"(["p1"])");
    QTest::newRow("values projection") << "values(userAssignedIdentities)[0].clientId" << identity << json(R"("c1")");
    QTest::newRow("filter then first id")
        << "[?name=='x'].id | [0]" << assignments
        << json(R"("/subscriptions/s/resourceGroups/rg/providers/Microsoft.Authorization/roleAssignments/x")");
    // A common mistake: without the pipe, [0] indexes each id string and the projection drops the nulls.
    QTest::newRow("filter index without pipe") << "[?name=='x'].id[0]" << assignments << json("[]");
    QTest::newRow("filter no match then first") << "[?name=='nope'].id | [0]" << assignments << QJsonValue();
    QTest::newRow("length of list") << "length(@)" << assignments << json("3");
    QTest::newRow("length of filter") << "length([?principalId=='p1'])" << assignments << json("2");
    QTest::newRow("length of string counts code points") << "length('✓𝄞')" << QJsonValue() << json("2");
    QTest::newRow("names for tsv") << "[].name" << assignments << json(R"(["a1", "x", "webapp-x"])");
    QTest::newRow("rows for tsv")
        << "[].[name, roleDefinitionName]" << assignments
        << json(R"([["a1", "Reader"], ["x", "Key Vault Secrets User"], ["webapp-x", "Storage Blob Data Reader"]])");
    QTest::newRow("table hash") << "[?principalId=='p1'].{Role:roleDefinitionName, Scope:scope}" << assignments
                                << json(R"([{"Role": "Reader", "Scope": "/subscriptions/s"},
                                            {"Role": "Storage Blob Data Reader", "Scope": "/subscriptions/s/resourceGroups/rg"}])");
    QTest::newRow("contains") << "[?contains(name, 'web')].name" << assignments << json(R"(["webapp-x"])");
    QTest::newRow("starts_with scope") << "[?starts_with(scope, '/subscriptions/s/resourceGroups')] | length(@)"
                                       << assignments << json("2");
    QTest::newRow("role by name and principal")
        << "[?principalId=='p1' && roleDefinitionName=='Reader'].name" << assignments << json(R"(["a1"])");
    QTest::newRow("boolean literal filter")
        << "[?enabled == `false`].n" << json(R"([{"n": 1, "enabled": false}, {"n": 2, "enabled": true}])")
        << json("[1]");
    // python-jmespath (az) also orders strings, which ISO dates rely on; the spec would give null.
    QTest::newRow("string ordering") << "[?createdOn > '2024-01-01'].name" << assignments
                                     << json(R"(["a1", "webapp-x"])");
    QTest::newRow("string vs number ordering is null") << "'a' < `1`" << QJsonValue() << QJsonValue();
    QTest::newRow("sort_by name") << "sort_by(@, &name)[].name" << assignments << json(R"(["a1", "webapp-x", "x"])");
    QTest::newRow("max_by length") << "max_by(@, &length(name)).name" << assignments << json(R"("webapp-x")");
    QTest::newRow("first") << "[0].principalId" << assignments << json(R"("p1")");
    QTest::newRow("last") << "[-1].name" << assignments << json(R"("webapp-x")");
    QTest::newRow("reverse slice") << "[::-1].name" << assignments << json(R"(["webapp-x", "x", "a1"])");
    QTest::newRow("keys") << "keys(@)" << identity
                          << json(R"(["principalId", "tenantId", "type", "userAssignedIdentities"])");
    QTest::newRow("to_string integer") << "to_string(`1.0`)" << QJsonValue() << json(R"("1")");
    QTest::newRow("to_string object") << "to_string(@)" << json(R"({"a": 1, "b": [true, null]})")
                                      << json(R"("{\"a\":1,\"b\":[true,null]}")");
    QTest::newRow("not_null") << "not_null(clientId, principalId)" << identity
                              << json(R"("11111111-2222-3333-4444-555555555555")");
    QTest::newRow("or default") << "clientId || 'none'" << identity << json(R"("none")");
    QTest::newRow("join") << "join(',', [].name)" << assignments << json(R"("a1,x,webapp-x")");
    QTest::newRow("quoted key with slash")
        << R"(userAssignedIdentities."/subscriptions/s/resourcegroups/rg/providers/Microsoft.ManagedIdentity/userAssignedIdentities/id1".clientId)"
        << identity << json(R"("c1")");
    QTest::newRow("legacy literal string") << "[?name==`x`].principalId" << assignments << json(R"(["p2"])");
    // Regression: an identity projection once kept the nulls that python-jmespath drops.
    QTest::newRow("wildcard drops nulls") << "[*]" << json("[1, null, 2]") << json("[1, 2]");
    QTest::newRow("slice drops nulls") << "[:]" << json("[null, 1]") << json("[1]");
    QTest::newRow("flatten drops nulls") << "[]" << json("[[null, 1], null, 2]") << json("[1, 2]");
    QTest::newRow("multiselect keeps nulls") << "[a, b]" << json(R"({"a": 1})") << json("[1, null]");
    QTest::newRow("map keeps nulls") << "map(&a, @)" << json(R"([{"a": 1}, {}])") << json("[1, null]");
    QTest::newRow("sum of integers stays integer") << "sum(`[1, 2, 3]`)" << QJsonValue() << json("6");
}

void TestJmesPath::azQueries()
{
    QFETCH(QString, expression);
    QFETCH(QJsonValue, data);
    QFETCH(QJsonValue, expected);

    const Result result = search(expression, data);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(jsonEqual(result.value, expected),
             qPrintable(QStringLiteral("got %1, expected %2").arg(toJsonText(result.value), toJsonText(expected))));
}

void TestJmesPath::errors_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QJsonValue>("data");
    QTest::addColumn<ErrorKind>("kind");
    QTest::addColumn<QString>("message");

    // Wording of python-jmespath, which az prints after "Invalid jmespath query supplied for `--query`: ".
    QTest::newRow("length of null") << "length(missing)" << json("{}") << ErrorKind::InvalidType
                                    << "In function length(), invalid type for value: None, expected one of: "
                                       "['string', 'array', 'object'], received: \"null\"";
    QTest::newRow("unknown function") << "tostring(@)" << json("{}") << ErrorKind::UnknownFunction
                                      << "Unknown function: tostring()";
    QTest::newRow("arity") << "abs()" << json("{}") << ErrorKind::InvalidArity
                           << "Expected 1 argument for function abs(), received 0";
    QTest::newRow("arity plural") << "contains(@)" << json("{}") << ErrorKind::InvalidArity
                                  << "Expected 2 arguments for function contains(), received 1";
    QTest::newRow("variadic arity") << "not_null()" << json("{}") << ErrorKind::InvalidArity
                                    << "Expected at least 1 argument for function not_null(), received 0";
    QTest::newRow("sort_by mixed keys") << "sort_by(@, &k)" << json(R"([{"k": 1}, {"k": "a"}])")
                                        << ErrorKind::InvalidType
                                        << "In function sort_by(), invalid type for value: 'a', expected one of: "
                                           "['number'], received: \"string\"";
    QTest::newRow("typed array element") << "avg(@)" << json(R"([1, "a"])") << ErrorKind::InvalidType
                                         << "In function avg(), invalid type for value: 'a', expected one of: "
                                            "['array-number'], received: \"str\"";
    QTest::newRow("sort of booleans") << "sort(@)" << json("[true]") << ErrorKind::InvalidType
                                      << "In function sort(), invalid type for value: True, expected one of: "
                                         "['array-string', 'array-number'], received: \"bool\"";
    QTest::newRow("sort_by null key names the element")
        << "sort_by(@, &k)" << json(R"([{"k": null}])") << ErrorKind::InvalidType
        << "In function sort_by(), invalid type for value: {'k': None}, expected one of: ['string', 'number'], "
           "received: \"null\"";
    QTest::newRow("max_by boolean key") << "max_by(@, &k)" << json(R"([{"k": true}])") << ErrorKind::InvalidType
                                        << "In function max_by(), invalid type for value: True, expected one of: "
                                           "['number', 'string'], received: \"boolean\"";
    QTest::newRow("step zero") << "[::0]" << json("[1]") << ErrorKind::InvalidValue
                               << "Invalid value: slice step cannot be 0";
}

void TestJmesPath::errors()
{
    QFETCH(QString, expression);
    QFETCH(QJsonValue, data);
    QFETCH(ErrorKind, kind);
    QFETCH(QString, message);

    // These are evaluation errors: compile succeeds, as in python-jmespath, so az reports them at search time.
    const CompileResult compiled = Expression::compile(expression);
    QVERIFY2(compiled.ok(), qPrintable(compiled.error));
    const Result result = compiled.expression.evaluate(data);
    QCOMPARE(result.kind, kind);
    QCOMPARE(result.error, message);
    QVERIFY(result.value.isNull());
}

void TestJmesPath::azSyntaxErrors_data()
{
    QTest::addColumn<QString>("expression");

    // Queries that az rejects with "argument --query: invalid jmespath_type value" (az docs and issues).
    QTest::newRow("dash in identifier") << "azure-cli";
    QTest::newRow("leading dot") << ".id";
    QTest::newRow("garbage after index") << "dfa.fad[0]daf";
    QTest::newRow("shell ate the literal") << "[?allowBlobPublicAccess == ].id";
    QTest::newRow("shell split the query") << "[?name==My";
    QTest::newRow("single equals") << "[?asdf=asdf]";
    QTest::newRow("missing comma in hash") << "{Name:name Location:location}";
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
}

void TestJmesPath::azSyntaxErrors()
{
    QFETCH(QString, expression);

    const CompileResult compiled = Expression::compile(expression);
    QCOMPARE(compiled.kind, ErrorKind::Syntax);
    QVERIFY(!compiled.expression.isValid());
    QVERIFY(!compiled.error.isEmpty());
}

void TestJmesPath::syntaxErrorPosition()
{
    const CompileResult unclosed = Expression::compile(QStringLiteral("[?name=='x'"));
    QCOMPARE(unclosed.kind, ErrorKind::Syntax);
    QCOMPARE(unclosed.position, 11);

    const CompileResult single = Expression::compile(QStringLiteral("[?name='x']"));
    QCOMPARE(single.kind, ErrorKind::Syntax);
    QCOMPARE(single.position, 6);
    QVERIFY(single.error.contains(QStringLiteral("==")));

    // Missing comma in a hash, the error az users hit most (`{Name:name Location:location}`).
    const CompileResult hash = Expression::compile(QStringLiteral("{Name:name Location:location}"));
    QCOMPARE(hash.kind, ErrorKind::Syntax);
    QCOMPARE(hash.position, 11);
}

// knack's output.py: -o tsv prints an OrderedDict (what a multiselect hash builds under --query) in
// insertion order and other dicts sorted by key; -o table keeps the query's order; -o json sorts keys.
void TestJmesPath::keysInQueryOrder_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("hash") << "{name:name, id:id}" << QStringList{QStringLiteral("name"), QStringLiteral("id")};
    QTest::newRow("projected hash") << "[].{Name:name, ID:id}"
                                    << QStringList{QStringLiteral("Name"), QStringLiteral("ID")};
    QTest::newRow("plain object sorted") << "@" << QStringList{QStringLiteral("ID"), QStringLiteral("Name")};
}

void TestJmesPath::keysInQueryOrder()
{
    QFETCH(QString, expression);
    QFETCH(QStringList, keys);

    const CompileResult compiled = Expression::compile(expression);
    QVERIFY(compiled.ok());
    QJsonObject object;
    for (const QString &key : keys)
        object.insert(key, 1);
    QCOMPARE(compiled.expression.keysInQueryOrder(object), keys);
}

void TestJmesPath::numbersSerialiseAsIntegers_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("text");

    QTest::newRow("length") << "length('abc')"
                            << "3";
    QTest::newRow("literal float whole") << "`1.0`"
                                         << "1";
    QTest::newRow("ceil") << "ceil(`1.2`)"
                          << "2";
    QTest::newRow("avg") << "avg(`[1, 2]`)"
                         << "1.5";
    QTest::newRow("big integer exact") << "`9007199254740993`"
                                       << "9007199254740993";
    QTest::newRow("array") << "`[1.0, 2.5]`"
                           << "[1,2.5]";
}

void TestJmesPath::numbersSerialiseAsIntegers()
{
    QFETCH(QString, expression);
    QFETCH(QString, text);

    const Result result = search(expression, QJsonValue());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(toJsonText(result.value), text);
}

void TestJmesPath::deepNestingIsASyntaxError()
{
    // Regression guard: unbounded recursion on hostile input would crash the console.
    const QString deep = QString(5000, u'(') + u'a' + QString(5000, u')');
    const CompileResult compiled = Expression::compile(deep);
    QCOMPARE(compiled.kind, ErrorKind::Syntax);
    const QString fine = QString(50, u'(') + u'a' + QString(50, u')');
    QVERIFY(Expression::compile(fine).ok());

    // Left-deep chains grow the tree without nesting parser calls; they are bounded too.
    QString pipes = QStringLiteral("a");
    QString indexes = QStringLiteral("a");
    for (int i = 0; i < 5000; ++i) {
        pipes += QStringLiteral(" | a");
        indexes += QStringLiteral("[0]");
    }
    QCOMPARE(Expression::compile(pipes).kind, ErrorKind::Syntax);
    QCOMPARE(Expression::compile(indexes).kind, ErrorKind::Syntax);
    QString shortChain = QStringLiteral("@");
    for (int i = 0; i < 500; ++i)
        shortChain += QStringLiteral(" | @");
    const CompileResult chain = Expression::compile(shortChain);
    QVERIFY2(chain.ok(), qPrintable(chain.error));
    QCOMPARE(chain.expression.evaluate(json("3")).value.toInteger(), 3);
}

void TestJmesPath::invalidExpressionEvaluatesToNull()
{
    const Expression none;
    QVERIFY(!none.isValid());
    const Result result = none.evaluate(json(R"({"a": 1})"));
    QVERIFY(result.ok());
    QVERIFY(result.value.isNull());
}

void TestJmesPath::copiesShareTheCompiledTree()
{
    Expression copy;
    {
        const CompileResult compiled = Expression::compile(QStringLiteral("a.b"));
        copy = compiled.expression;
    }
    QCOMPARE(copy.text(), QStringLiteral("a.b"));
    QCOMPARE(copy.evaluate(json(R"({"a": {"b": 7}})")).value.toInteger(), 7);
}

QTEST_GUILESS_MAIN(TestJmesPath)
#include "tst_jmespath.moc"
