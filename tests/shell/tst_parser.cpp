#include "shell/interpreter.h"
#include "shell/parser.h"

#include <QTest>

using namespace Keyless::Shell;

// Tokenizer and expansion edge cases: each row is a script and what bash prints for it.
class TestParser : public QObject
{
    Q_OBJECT

private slots:
    void expansion_data();
    void expansion();
    void unsupported_data();
    void unsupported();
    void badInputStopsWithItsLine_data();
    void badInputStopsWithItsLine();
    void structure();
    void errorStopsAtLine();
    void assignmentSplitting();
};

void TestParser::expansion_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("single quotes keep spaces") << "echo 'a  b'"
                                               << "a  b\n";
    QTest::newRow("unquoted variable splits") << "X='a  b'; echo $X"
                                              << "a b\n";
    QTest::newRow("quoted variable keeps spaces") << "X='a  b'; echo \"$X\""
                                                  << "a  b\n";
    QTest::newRow("braces") << "X=ab; echo \"${X}cd\" ${X}e"
                            << "abcd abe\n";
    QTest::newRow("unset variable vanishes") << "echo $NOPE x"
                                             << "x\n";
    QTest::newRow("empty quoted stays a field") << "E=''; echo \"[$E]\" '' x"
                                                << "[]  x\n";
    QTest::newRow("escaped dollar") << "X=1; echo \\$X"
                                    << "$X\n";
    QTest::newRow("escaped space") << "echo a\\ \\ b"
                                   << "a  b\n";
    QTest::newRow("escapes in double quotes") << "echo \"a\\\"b\\$c\\\\d\\e\""
                                              << "a\"b$c\\d\\e\n";
    QTest::newRow("single quote inside double") << "echo \"it's\""
                                                << "it's\n";
    QTest::newRow("double quote inside single") << "echo '\"q\"'"
                                                << "\"q\"\n";
    QTest::newRow("dollar in single quotes") << "X=1; echo '$X ${X} $(echo)'"
                                             << "$X ${X} $(echo)\n";
    QTest::newRow("lone dollar") << "echo $ a$"
                                 << "$ a$\n";
    QTest::newRow("line continuation") << "echo a \\\n  b"
                                       << "a b\n";
    QTest::newRow("continuation inside word") << "echo ab\\\ncd"
                                              << "abcd\n";
    QTest::newRow("continuation inside double quotes") << "echo \"ab\\\ncd\""
                                                       << "abcd\n";
    QTest::newRow("newline inside quotes") << "echo 'a\nb'"
                                           << "a\nb\n";
    QTest::newRow("comment") << "echo a # not printed\necho b"
                             << "a\nb\n";
    QTest::newRow("hash inside word") << "echo a#b '#c'"
                                      << "a#b #c\n";
    QTest::newRow("command substitution") << "echo \"[$(echo hi)]\""
                                          << "[hi]\n";
    QTest::newRow("nested substitution") << "echo $(echo $(echo deep) er)"
                                         << "deep er\n";
    QTest::newRow("substitution strips newlines") << "X=\"$(echo a; echo b)\"; echo \"$X.\""
                                                  << "a\nb.\n";
    QTest::newRow("substitution splits unquoted") << "echo $(echo 'a   b')"
                                                  << "a b\n";
    QTest::newRow("substitution with quotes and parens") << "echo $(echo ')' \"(x)\")"
                                                         << ") (x)\n";
    QTest::newRow("substitution inside quotes in substitution") << "echo \"$(echo \"$(echo in)\")\""
                                                                << "in\n";
    QTest::newRow("last status") << "false; echo $? ${?}"
                                 << "1 1\n";
    QTest::newRow("status of not found") << "nope 2>/dev/null; echo $?"
                                         << "127\n";
    QTest::newRow("and or") << "true && echo y || echo n; false && echo y || echo n"
                            << "y\nn\n";
    QTest::newRow("or chain") << "false || false || echo third"
                              << "third\n";
    QTest::newRow("negation") << "! false && echo negated"
                              << "negated\n";
    QTest::newRow("semicolons") << "echo a; echo b;echo c"
                                << "a\nb\nc\n";
    QTest::newRow("newline after and") << "true &&\necho next"
                                       << "next\n";
    QTest::newRow("assignment from substitution status") << "X=$(false); echo $?"
                                                         << "1\n";
    QTest::newRow("prefix assignment is temporary") << "X=1; X=2 printenv X; echo $X"
                                                    << "2\n1\n";
    QTest::newRow("export") << "export A=1 B; B=2; printenv A B"
                            << "1\n2\n";
    QTest::newRow("unexported is not in env") << "C=3; printenv C; echo $?"
                                              << "1\n";
    QTest::newRow("echo -n and -e") << "echo -n a; echo -e 'b\\tc'"
                                    << "ab\tc\n";
    QTest::newRow("set -e stops") << "set -e; echo a; false; echo b"
                                  << "a\n";
    QTest::newRow("set -e ignores tested failures") << "set -e; false || true; false && true; echo c"
                                                    << "c\n";
    QTest::newRow("set +e") << "set -e; set +e; false; echo d"
                            << "d\n";
    QTest::newRow("exit ends script") << "echo a; exit 3; echo b"
                                      << "a\n";
    QTest::newRow("pipe") << "echo hello | cat"
                          << "hello\n";
    QTest::newRow("redirect to file") << "echo hi > f.txt; echo more >> ./f.txt; cat f.txt"
                                      << "hi\nmore\n";
    QTest::newRow("stderr to null") << "nope 2>/dev/null; echo after"
                                    << "after\n";
    QTest::newRow("stderr to stdout into pipe") << "nope 2>&1 | grep -c 'not found'"
                                                << "1\n";
    QTest::newRow("stdout to stderr hidden") << "echo x >&2 2>/dev/null; echo y"
                                             << "y\n";
    QTest::newRow("glob characters stay literal") << "echo [].name *"
                                                  << "[].name *\n";
    QTest::newRow("equals in argument") << "echo a=b --x=y"
                                        << "a=b --x=y\n";
    QTest::newRow("quoted assignment value") << "M=\"a b\"; echo \"$M\""
                                             << "a b\n";
    QTest::newRow("assignment with substitution and text") << "P=pre$(echo fix)post; echo $P"
                                                           << "prefixpost\n";
}

void TestParser::expansion()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    Interpreter shell;
    const RunResult result = shell.run(script);
    QCOMPARE(result.stdoutText(), expected);
}

void TestParser::unsupported_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("message");

    QTest::newRow("here-doc") << "cat <<EOF\nx\nEOF"
                              << "here-documents ('<<') are not supported";
    QTest::newRow("if") << "if true; then echo x; fi"
                        << "'if' statements are not supported";
    QTest::newRow("for") << "for i in 1 2; do echo $i; done"
                         << "'for' loops are not supported";
    QTest::newRow("while") << "while true; do :; done"
                           << "'while' loops are not supported";
    QTest::newRow("case") << "case x in x) ;; esac"
                          << "'case' statements are not supported";
    QTest::newRow("function") << "function f { :; }"
                              << "shell functions are not supported";
    QTest::newRow("brace group") << "{ echo a; }"
                                 << "brace groups";
    QTest::newRow("double brackets") << "[[ -n x ]]"
                                     << "'[[ … ]]' conditions are not supported";
    QTest::newRow("test") << "[ -n x ]"
                          << "conditions are not supported";
    QTest::newRow("arithmetic") << "echo $((1+2))"
                                << "arithmetic expansion '$((…))' is not supported";
    QTest::newRow("backquotes") << "echo `date`"
                                << "backquote command substitution";
    QTest::newRow("background") << "sleep 1 &"
                                << "background jobs ('&') are not supported";
    QTest::newRow("subshell") << "(echo hi)"
                              << "subshells";
    QTest::newRow("default operator") << "echo ${X:-d}"
                                      << "the parameter expansion operator ':-'";
    QTest::newRow("length of a non-name") << "echo ${#X!}"
                                          << "'${#X!}': bad substitution (the length of a variable is ${#NAME})";
    QTest::newRow("positional") << "echo $1"
                                << "special parameter '$1'";
    QTest::newRow("pid") << "echo $$"
                         << "special parameter '$$'";
    QTest::newRow("input redirection") << "cat < f"
                                       << "input redirection ('<') is not supported";
    QTest::newRow("process substitution") << "cat <(echo)"
                                          << "process substitution";
    QTest::newRow("unterminated double") << "echo \"abc"
                                         << "unterminated double quote";
    QTest::newRow("unterminated single") << "echo 'abc"
                                         << "unterminated single quote";
    QTest::newRow("unterminated substitution") << "echo $(echo"
                                               << "unterminated command substitution";
    QTest::newRow("dangling pipe") << "echo hi |"
                                   << "unexpected end of input after '|'";
    QTest::newRow("dangling and") << "echo hi &&"
                                  << "unexpected end of input after '&&'";
    QTest::newRow("leading and") << "&& echo"
                                 << "syntax error near unexpected token '&&'";
    QTest::newRow("missing redirect target") << "echo >"
                                             << "'>' needs a file name";
    QTest::newRow("not found") << "frobnicate"
                               << "frobnicate: command not found";
    QTest::newRow("pipefail") << "set -o pipefail"
                              << "option 'pipefail' is not supported";
}

void TestParser::unsupported()
{
    QFETCH(QString, script);
    QFETCH(QString, message);
    Interpreter shell;
    const RunResult result = shell.run(script);
    QVERIFY2(result.stderrText().contains(message), qPrintable(result.stderrText()));
    QVERIFY(result.exitStatus != 0);
    QVERIFY2(result.stdoutText().isEmpty(), qPrintable(result.stdoutText()));
}

// QA: a NUL byte made the lexer add empty words forever (bad_alloc, the app aborted at a lab pack's load).
void TestParser::badInputStopsWithItsLine_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QChar nul(u'\0');
    QTest::newRow("NUL after a word") << (QStringLiteral("a") + nul) << 1 << QStringLiteral("NUL character");
    QTest::newRow("NUL alone") << QString(nul) << 1 << QStringLiteral("NUL character");
    QTest::newRow("NUL in quotes") << (QStringLiteral("echo 'x") + nul + QStringLiteral("'")) << 1
                                   << QStringLiteral("NUL character");
    QTest::newRow("NUL in a substitution on line 3")
        << (QStringLiteral("echo a\necho b\necho $(echo ") + nul + QStringLiteral(")")) << 3
        << QStringLiteral("NUL character");
    // QA: an unterminated quote on line 1 was reported on the line where the input ran out.
    QTest::newRow("unterminated double quote spans lines")
        << QStringLiteral("echo \"abc\necho b\necho c\n") << 1 << QStringLiteral("unterminated double quote");
    QTest::newRow("unterminated single quote spans lines")
        << QStringLiteral("echo ok\necho 'abc\necho c\n") << 2 << QStringLiteral("unterminated single quote");
}

void TestParser::badInputStopsWithItsLine()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(QString, message);
    const ParseResult parsed = Parser::parse(script);
    QVERIFY(!parsed.error.isEmpty());
    QVERIFY2(parsed.error.contains(message), qPrintable(parsed.error));
    QCOMPARE(parsed.errorLine, line);
    Interpreter shell;
    const RunResult result = shell.run(script);
    QVERIFY(result.exitStatus != 0);
    QVERIFY2(result.stderrText().contains(QStringLiteral("line %1: ").arg(line)), qPrintable(result.stderrText()));
}

void TestParser::structure()
{
    const ParseResult parsed = Parser::parse(QStringLiteral("A=1 B=\"x y\" az group list -o tsv 2>/dev/null | "
                                                            "grep x && echo ok\n# c\necho two"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.lists.size(), 2);
    const AndOrList &first = parsed.lists.first();
    QCOMPARE(first.pipelines.size(), 2);
    QCOMPARE(first.ops, QList<AndOrList::Op>{AndOrList::Op::And});
    const SimpleCommand &az = first.pipelines.first().commands.first();
    QCOMPARE(az.assignments.size(), 2);
    QCOMPARE(az.assignments.at(1).name, QStringLiteral("B"));
    QCOMPARE(az.words.size(), 5);
    QCOMPARE(az.redirections.size(), 1);
    QCOMPARE(az.redirections.first().kind, Redirection::Kind::StderrToFile);
    QCOMPARE(first.pipelines.first().commands.size(), 2);
    QCOMPARE(parsed.lists.at(1).line, 3);
    QCOMPARE(parsed.lists.at(1).source, QStringLiteral("echo two"));
}

void TestParser::errorStopsAtLine()
{
    // Lines before the error run; the error names its line; nothing after it runs.
    Interpreter shell;
    const RunResult result = shell.run(QStringLiteral("echo one\necho two\nif x; then y; fi\necho four"));
    QCOMPARE(result.stdoutText(), QStringLiteral("one\ntwo\n"));
    QVERIFY(result.stderrText().startsWith(QStringLiteral("keyless: line 3: 'if' statements")));
    QCOMPARE(result.exitStatus, 2);
}

void TestParser::assignmentSplitting()
{
    QVERIFY(Parser::isValidName(QStringLiteral("_a1")));
    QVERIFY(!Parser::isValidName(QStringLiteral("1a")));
    QVERIFY(!Parser::isValidName(QStringLiteral("a-b")));
    // "a-b=1" is not an assignment: it is a command name.
    Interpreter shell;
    const RunResult result = shell.run(QStringLiteral("a-b=1"));
    QCOMPARE(result.exitStatus, 127);
    // Quoted names are not assignments either.
    QCOMPARE(shell.run(QStringLiteral("'X'=1")).exitStatus, 127);
}

QTEST_GUILESS_MAIN(TestParser)
#include "tst_parser.moc"
