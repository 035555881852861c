#include "shell/azcli.h"

#include "shell/azoutput.h"
#include "shell/jmespath/expression.h"
#include "shell/session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Keyless::Shell {

namespace {

// The formats this console prints. az also has yaml and yamlc; help and validation list only what works here
// (QA: help offered yaml, and -o yaml then failed).
const QStringList &outputChoices()
{
    static const QStringList choices = {QStringLiteral("json"), QStringLiteral("jsonc"), QStringLiteral("table"),
                                        QStringLiteral("tsv"), QStringLiteral("none")};
    return choices;
}

QList<AzArgument> globalArguments()
{
    const auto make = [](QStringList options, QString help, AzArgument::Kind kind, QStringList choices = {}) {
        AzArgument a;
        a.options = std::move(options);
        a.dest = a.options.first().mid(2);
        a.help = std::move(help);
        a.kind = kind;
        a.choices = std::move(choices);
        return a;
    };
    return {
        make({QStringLiteral("--debug")}, QStringLiteral("Increase logging verbosity to show all debug logs."),
             AzArgument::Kind::Flag),
        make({QStringLiteral("--help"), QStringLiteral("-h")}, QStringLiteral("Show this help message and exit."),
             AzArgument::Kind::Flag),
        make({QStringLiteral("--only-show-errors")}, QStringLiteral("Only show errors, suppressing warnings."),
             AzArgument::Kind::Flag),
        make({QStringLiteral("--output"), QStringLiteral("-o")},
             QStringLiteral("Output format.  Allowed values: json, jsonc, none, table, tsv.  Default: json."),
             AzArgument::Kind::Value, outputChoices()),
        make({QStringLiteral("--query")},
             QStringLiteral("JMESPath query string. See http://jmespath.org/ for more information and examples."),
             AzArgument::Kind::Value),
        make({QStringLiteral("--subscription")},
             QStringLiteral("Name or ID of subscription. You can configure the default subscription using `az "
                            "account set -s NAME_OR_ID`."),
             AzArgument::Kind::Value),
        make({QStringLiteral("--verbose")},
             QStringLiteral("Increase logging verbosity. Use --debug for full debug logs."), AzArgument::Kind::Flag),
    };
}

// Longest common substring of a[alo:ahi] and b[blo:bhi] (difflib.SequenceMatcher.find_longest_match).
struct Match {
    qsizetype a = 0;
    qsizetype b = 0;
    qsizetype size = 0;
};

Match longestMatch(const QString &a, const QString &b, qsizetype alo, qsizetype ahi, qsizetype blo, qsizetype bhi)
{
    Match best{alo, blo, 0};
    for (qsizetype i = alo; i < ahi; ++i) {
        for (qsizetype j = blo; j < bhi; ++j) {
            qsizetype k = 0;
            while (i + k < ahi && j + k < bhi && a.at(i + k) == b.at(j + k))
                ++k;
            if (k > best.size)
                best = {i, j, k};
        }
    }
    return best;
}

qsizetype matchingCharacters(const QString &a, const QString &b, qsizetype alo, qsizetype ahi, qsizetype blo,
                             qsizetype bhi)
{
    const Match m = longestMatch(a, b, alo, ahi, blo, bhi);
    if (m.size == 0)
        return 0;
    return m.size + matchingCharacters(a, b, alo, m.a, blo, m.b) +
           matchingCharacters(a, b, m.a + m.size, ahi, m.b + m.size, bhi);
}

double ratio(const QString &a, const QString &b)
{
    const qsizetype total = a.size() + b.size();
    if (total == 0)
        return 1.0;
    return 2.0 * double(matchingCharacters(a, b, 0, a.size(), 0, b.size())) / double(total);
}

QString optionLabel(const AzArgument &argument)
{
    return argument.options.join(QLatin1Char('/'));
}

// Real az commands the reference names (facts §1.5, §5.9, §9) that this console does not run. Without this they were
// answered with az's own "misspelled or not recognized", which sent a learner copying a real command hunting for a
// typo.
const QStringList &realCommandsNotSimulated()
{
    static const QStringList commands{
        QStringLiteral("containerapp identity assign"),
        QStringLiteral("containerapp identity remove"),
        QStringLiteral("containerapp identity show"),
        QStringLiteral("cosmosdb identity assign"),
        QStringLiteral("cosmosdb sql role assignment exists"),
        QStringLiteral("cosmosdb sql role assignment update"),
        QStringLiteral("cosmosdb sql role assignment wait"),
        QStringLiteral("cosmosdb sql role definition create"),
        QStringLiteral("identity federated-credential create"),
        QStringLiteral("resource update"),
        QStringLiteral("role definition create"),
        QStringLiteral("vm update"),
        QStringLiteral("vmss identity assign"),
        QStringLiteral("webapp update"),
    };
    return commands;
}

// The real command that `words` (the command line after "az") calls, if it is one of those.
QString realCommandNotSimulated(const QStringList &words)
{
    QStringList path;
    for (const QString &w : words) {
        if (w.startsWith(QLatin1Char('-')))
            break;
        path << w;
    }
    const QString line = path.join(QLatin1Char(' '));
    for (const QString &command : realCommandsNotSimulated()) {
        if (line == command || line.startsWith(command + QLatin1Char(' ')))
            return command;
    }
    return {};
}

} // namespace

void AzCall::warn(const QString &message) const
{
    if (!onlyShowErrors)
        context->printError(QStringLiteral("WARNING: ") + message);
}

AzCli::AzCli()
{
    m_groups.insert(QString(), QStringLiteral("Azure CLI (simulated by Keyless)"));
}

void AzCli::addGroup(const QString &name, const QString &summary)
{
    m_groups.insert(name, summary);
}

void AzCli::addCommand(AzCommand command)
{
    for (AzArgument &argument : command.arguments) {
        if (argument.dest.isEmpty())
            argument.dest = argument.options.first().mid(2);
    }
    const QString name = command.name;
    m_commands.insert(name, std::move(command));
}

QStringList AzCli::groupNames() const
{
    QStringList names = m_groups.keys();
    names.removeAll(QString());
    return names;
}

QStringList AzCli::commandNames() const
{
    return m_commands.keys();
}

const AzCommand *AzCli::command(const QString &name) const
{
    const auto it = m_commands.constFind(name);
    return it == m_commands.cend() ? nullptr : &it.value();
}

AzArgument AzCli::globalArgument(const QString &dest)
{
    for (const AzArgument &a : globalArguments()) {
        if (a.dest == dest)
            return a;
    }
    return {};
}

QStringList AzCli::closeMatches(const QString &word, const QStringList &choices, double cutoff)
{
    QList<std::pair<double, QString>> scored;
    for (const QString &choice : choices) {
        const double r = ratio(word, choice);
        if (r >= cutoff)
            scored.append({r, choice});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &x, const auto &y) {
        if (x.first != y.first)
            return x.first > y.first;
        return x.second > y.second; // heapq.nlargest on (score, word) pairs
    });
    QStringList result;
    for (qsizetype i = 0; i < scored.size() && i < 3; ++i)
        result.append(scored.at(i).second);
    return result;
}

QStringList AzCli::childrenOf(const QString &group) const
{
    QStringList children;
    const QString prefix = group.isEmpty() ? QString() : group + QLatin1Char(' ');
    const auto consider = [&](const QString &name) {
        if (!name.startsWith(prefix) || name == group)
            return;
        const QString rest = name.mid(prefix.size());
        if (!rest.contains(QLatin1Char(' ')) && !children.contains(rest))
            children.append(rest);
    };
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it)
        consider(it.key());
    for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it)
        consider(it.key());
    children.sort();
    return children;
}

QStringList AzCli::completions(const QStringList &words) const
{
    QString group;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        const QString candidate = group.isEmpty() ? words.at(i) : group + QLatin1Char(' ') + words.at(i);
        if (m_groups.contains(candidate)) {
            group = candidate;
            continue;
        }
        if (const AzCommand *cmd = command(candidate)) {
            QStringList options;
            const QString prefix = words.last();
            for (const AzArgument &a : cmd->arguments) {
                if (a.options.first().startsWith(prefix))
                    options.append(a.options.first());
            }
            for (const AzArgument &a : globalArguments()) {
                if (a.options.first().startsWith(prefix))
                    options.append(a.options.first());
            }
            return options;
        }
        return {};
    }
    const QString prefix = words.isEmpty() ? QString() : words.last();
    QStringList result;
    for (const QString &child : childrenOf(group)) {
        if (child.startsWith(prefix))
            result.append(child);
    }
    return result;
}

QString AzCli::groupHelp(const QString &group) const
{
    QString text = QStringLiteral("\nGroup\n    az%1 : %2\n")
                       .arg(group.isEmpty() ? QString() : QLatin1Char(' ') + group, m_groups.value(group));
    QStringList subgroups;
    QStringList commands;
    const QString prefix = group.isEmpty() ? QString() : group + QLatin1Char(' ');
    for (const QString &child : childrenOf(group)) {
        if (m_groups.contains(prefix + child))
            subgroups.append(child);
        else
            commands.append(child);
    }
    int width = 0;
    for (const QString &c : subgroups + commands)
        width = qMax(width, int(c.size()));
    if (!subgroups.isEmpty()) {
        text += QStringLiteral("\nSubgroups:\n");
        for (const QString &s : std::as_const(subgroups))
            text += QStringLiteral("    %1 : %2\n").arg(s.leftJustified(width), m_groups.value(prefix + s));
    }
    if (!commands.isEmpty()) {
        text += QStringLiteral("\nCommands:\n");
        for (const QString &c : std::as_const(commands))
            text += QStringLiteral("    %1 : %2\n").arg(c.leftJustified(width), m_commands.value(prefix + c).summary);
    }
    text += QStringLiteral("\nTo search AI knowledge base for examples, use: az find \"az%1\"\n")
                .arg(group.isEmpty() ? QString() : QLatin1Char(' ') + group);
    return text;
}

QString AzCli::commandHelp(const AzCommand &command) const
{
    QString text = QStringLiteral("\nCommand\n    az %1 : %2\n").arg(command.name, command.summary);
    const auto label = [](const AzArgument &a) {
        QStringList longs;
        QStringList shorts;
        for (const QString &o : a.options)
            (o.startsWith(QLatin1String("--")) ? longs : shorts).append(o);
        return (longs + shorts).join(QLatin1Char(' ')) + (a.required ? QStringLiteral(" [Required]") : QString());
    };
    const QList<AzArgument> globals = globalArguments();
    int width = 0;
    for (const AzArgument &a : command.arguments)
        width = qMax(width, int(label(a).size()));
    for (const AzArgument &a : globals)
        width = qMax(width, int(label(a).size()));
    const auto line = [&](const AzArgument &a) {
        QString help = a.help;
        if (!a.choices.isEmpty() && a.dest != QLatin1String("output"))
            help += QStringLiteral("  Allowed values: %1.").arg(a.choices.join(QLatin1String(", ")));
        if (!a.defaultValue.isEmpty() && a.dest != QLatin1String("output"))
            help += QStringLiteral("  Default: %1.").arg(a.defaultValue);
        return QStringLiteral("    %1 : %2\n").arg(label(a).leftJustified(width), help);
    };
    if (!command.arguments.isEmpty()) {
        text += QStringLiteral("\nArguments\n");
        QList<AzArgument> sorted = command.arguments;
        std::stable_sort(sorted.begin(), sorted.end(), [](const AzArgument &x, const AzArgument &y) {
            if (x.required != y.required)
                return x.required;
            return x.options.first() < y.options.first();
        });
        for (const AzArgument &a : std::as_const(sorted))
            text += line(a);
    }
    text += QStringLiteral("\nGlobal Arguments\n");
    for (const AzArgument &a : globals)
        text += line(a);
    if (!command.examples.isEmpty()) {
        text += QStringLiteral("\nExamples\n");
        for (const AzExample &e : command.examples)
            text += QStringLiteral("    %1\n        %2\n\n").arg(e.summary, e.command);
    } else {
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("To search AI knowledge base for examples, use: az find \"az %1\"\n").arg(command.name);
    return text;
}

QString AzCli::examplesBlock(const AzCommand &command) const
{
    if (command.examples.isEmpty())
        return {};
    const AzExample &e = command.examples.first();
    return QStringLiteral("\nExamples from AI knowledge base:\n%1\n%2\n\nhttps://aka.ms/cli_ref\nRead more about the "
                          "command in reference docs\n")
        .arg(e.command, e.summary);
}

int AzCli::run(CommandContext &context, Session &session)
{
    const QStringList &words = context.args;
    // Only while the console has no such command of its own: one added later is not hidden by the list.
    if (const QString real = realCommandNotSimulated(words); !real.isEmpty() && !command(real)) {
        QString group = real.section(QLatin1Char(' '), 0, -2);
        while (!group.isEmpty() && !m_groups.contains(group))
            group = group.section(QLatin1Char(' '), 0, -2);
        context.printError(
            QStringLiteral("ERROR: 'az %1' is a real Azure CLI command, but Keyless does not simulate it.").arg(real));
        context.printError(QStringLiteral("Run 'az%1 --help' to see the commands this console runs.")
                               .arg(group.isEmpty() ? QString() : QLatin1Char(' ') + group));
        return 2;
    }
    // Find the command: leading words name groups, then one command.
    QString group;
    const AzCommand *cmd = nullptr;
    qsizetype i = 0;
    for (; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QLatin1Char('-')))
            break;
        const QString candidate = group.isEmpty() ? w : group + QLatin1Char(' ') + w;
        if (m_groups.contains(candidate)) {
            group = candidate;
            continue;
        }
        if ((cmd = command(candidate))) {
            ++i;
            break;
        }
        context.printError(QStringLiteral("ERROR: '%1' is misspelled or not recognized by the system.").arg(w));
        const QStringList candidates = closeMatches(w, childrenOf(group));
        if (!candidates.isEmpty())
            context.printError(QStringLiteral("Did you mean '%1' ?").arg(candidates.first()));
        else
            context.printError(QStringLiteral("Run 'az%1 --help' to see the available commands.")
                                   .arg(group.isEmpty() ? QString() : QLatin1Char(' ') + group));
        return 2;
    }
    if (!cmd) {
        const QStringList rest = words.mid(i);
        if (rest.isEmpty() || rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h"))) {
            context.out(groupHelp(group));
            return 0;
        }
        context.printError(
            QStringLiteral("ERROR: '%1' is misspelled or not recognized by the system.").arg(rest.first()));
        context.printError(QStringLiteral("Run 'az%1 --help' to see the available commands.")
                               .arg(group.isEmpty() ? QString() : QLatin1Char(' ') + group));
        return 2;
    }

    // Parse the arguments the way argparse does.
    const QList<AzArgument> globals = globalArguments();
    const auto find = [&](const QString &option) -> const AzArgument * {
        for (const AzArgument &a : cmd->arguments) {
            if (a.options.contains(option))
                return &a;
        }
        for (const AzArgument &a : globals) {
            if (a.options.contains(option))
                return &a;
        }
        return nullptr;
    };
    const auto usageError = [&](const QString &message) {
        context.printError(QStringLiteral("ERROR: ") + message);
        context.err(examplesBlock(*cmd));
        return 2;
    };
    AzArgs args;
    QStringList unrecognized;
    for (; i < words.size(); ++i) {
        QString w = words.at(i);
        QString inlineValue;
        bool hasInline = false;
        if (w.startsWith(QLatin1String("--")) && w.contains(QLatin1Char('='))) {
            const qsizetype eq = w.indexOf(QLatin1Char('='));
            inlineValue = w.mid(eq + 1);
            w = w.left(eq);
            hasInline = true;
        }
        const bool looksLikeOption = w.startsWith(QLatin1Char('-')) && w.size() > 1 && !w.at(1).isDigit();
        if (!looksLikeOption) {
            unrecognized.append(words.at(i));
            continue;
        }
        const AzArgument *a = find(w);
        if (!a && !w.startsWith(QLatin1String("--")) && w.size() > 2) {
            // -nNAME: a short option with its value attached
            a = find(w.left(2));
            if (a && a->kind == AzArgument::Kind::Value) {
                inlineValue = w.mid(2);
                hasInline = true;
            } else {
                a = nullptr;
            }
        }
        if (!a) {
            unrecognized.append(words.at(i));
            continue;
        }
        if (a->dest == QLatin1String("help")) {
            context.out(commandHelp(*cmd));
            return 0;
        }
        const auto isValue = [](const QString &t) {
            return !(t.startsWith(QLatin1Char('-')) && t.size() > 1 && !t.at(1).isDigit());
        };
        QStringList values;
        switch (a->kind) {
        case AzArgument::Kind::Flag:
            if (hasInline)
                return usageError(
                    QStringLiteral("argument %1: ignored explicit argument '%2'").arg(optionLabel(*a), inlineValue));
            values = {QStringLiteral("true")};
            break;
        case AzArgument::Kind::Value:
            if (hasInline) {
                values = {inlineValue};
            } else if (i + 1 < words.size() && isValue(words.at(i + 1))) {
                values = {words.at(++i)};
            } else {
                return usageError(QStringLiteral("argument %1: expected one argument").arg(optionLabel(*a)));
            }
            break;
        case AzArgument::Kind::List:
        case AzArgument::Kind::OptionalList:
            if (hasInline)
                values.append(inlineValue);
            while (i + 1 < words.size() && isValue(words.at(i + 1)))
                values.append(words.at(++i));
            if (values.isEmpty() && a->kind == AzArgument::Kind::List)
                return usageError(QStringLiteral("argument %1: expected at least one argument").arg(optionLabel(*a)));
            break;
        }
        if (!a->choices.isEmpty()) {
            for (QString &v : values) {
                QString matched;
                for (const QString &c : a->choices) {
                    if (c.compare(v, Qt::CaseInsensitive) == 0)
                        matched = c;
                }
                if (matched.isEmpty()) {
                    context.printError(
                        QStringLiteral("ERROR: az %1: '%2' is not a valid value for '%3'. Allowed "
                                       "values: %4.")
                            .arg(cmd->name, v, a->options.first(), a->choices.join(QLatin1String(", "))));
                    const QStringList close = closeMatches(v, a->choices);
                    if (!close.isEmpty())
                        context.printError(QStringLiteral("Did you mean '%1' ?").arg(close.first()));
                    context.err(examplesBlock(*cmd));
                    return 2;
                }
                v = matched;
            }
        }
        args.set(a->dest, values);
    }

    QStringList missing;
    for (const AzArgument &a : cmd->arguments) {
        if (a.required && !args.has(a.dest))
            missing.append(optionLabel(a));
    }
    if (!missing.isEmpty())
        return usageError(
            QStringLiteral("the following arguments are required: %1").arg(missing.join(QLatin1String(", "))));
    if (!unrecognized.isEmpty())
        return usageError(QStringLiteral("unrecognized arguments: %1").arg(unrecognized.join(QLatin1Char(' '))));
    for (const AzArgument &a : cmd->arguments) {
        if (!args.has(a.dest) && !a.defaultValue.isEmpty())
            args.set(a.dest, {a.defaultValue});
    }

    const QString output =
        args.has(QStringLiteral("output")) ? args.value(QStringLiteral("output")) : session.defaultOutput();
    JmesPath::Expression query;
    if (args.has(QStringLiteral("query"))) {
        const JmesPath::CompileResult compiled = JmesPath::Expression::compile(args.value(QStringLiteral("query")));
        if (!compiled.ok()) {
            context.printError(QStringLiteral("ERROR: argument --query: invalid jmespath_type value: '%1'")
                                   .arg(args.value(QStringLiteral("query"))));
            context.printError(QStringLiteral("To learn more about --query, please visit: "
                                              "'https://learn.microsoft.com/cli/azure/query-azure-cli'"));
            return 2;
        }
        query = compiled.expression;
    }
    if (args.has(QStringLiteral("subscription")) &&
        !session.isKnownSubscription(args.value(QStringLiteral("subscription")))) {
        context.printError(QStringLiteral("ERROR: Subscription '%1' not found. Check the spelling and casing and try "
                                          "again.")
                               .arg(args.value(QStringLiteral("subscription"))));
        return 1;
    }

    // Every command but login/logout needs a signed-in az (on the laptop, or `az login --identity` in a resource).
    if (cmd->name != QLatin1String("login") && cmd->name != QLatin1String("logout") && !session.profile().signedIn) {
        context.printError(QStringLiteral("ERROR: Please run 'az login' to setup account."));
        return 1;
    }

    AzCall call;
    call.args = args;
    call.command = cmd;
    call.context = &context;
    call.session = &session;
    call.onlyShowErrors = args.flag(QStringLiteral("only-show-errors"));
    const AzResult result = cmd->handler(call);
    if (!result.error.isEmpty()) {
        context.printError(QStringLiteral("ERROR: ") + result.error);
        return result.status == 0 ? 1 : result.status;
    }
    if (!result.hasValue || output == QLatin1String("none"))
        return result.status;

    QJsonValue value = result.value;
    AzOutput::KeyOrder order;
    bool sortKeys = true;
    if (query.isValid()) {
        const JmesPath::Result evaluated = query.evaluate(value);
        if (!evaluated.ok()) {
            context.printError(QStringLiteral("ERROR: Invalid jmespath query supplied for `--query`: ") +
                               evaluated.error);
            context.printError(QStringLiteral("To learn more about --query, please visit: "
                                              "'https://learn.microsoft.com/cli/azure/query-azure-cli'"));
            return 1;
        }
        value = evaluated.value;
        order = [query](const QJsonObject &o) {
            return query.keysInQueryOrder(o);
        };
        sortKeys = false;
    } else if (output == QLatin1String("table") && !result.tableTransform.isEmpty()) {
        const JmesPath::CompileResult transform = JmesPath::Expression::compile(result.tableTransform);
        if (transform.ok()) {
            value = transform.expression.evaluate(value).value;
            const JmesPath::Expression e = transform.expression;
            order = [e](const QJsonObject &o) {
                return e.keysInQueryOrder(o);
            };
            sortKeys = false;
        }
    }
    if (value.isNull() || value.isUndefined())
        return result.status;
    if (output == QLatin1String("tsv")) {
        context.out(AzOutput::tsv(value, order));
    } else if (output == QLatin1String("table")) {
        bool ok = true;
        const QString text = AzOutput::table(value, order, sortKeys, ok);
        if (!ok) {
            context.printError(QStringLiteral("ERROR: Table output unavailable. Use the --query option to specify an "
                                              "appropriate query. Use --debug for more info."));
            return 1;
        }
        context.out(text);
    } else {
        context.out(AzOutput::json(value));
    }
    return result.status;
}

} // namespace Keyless::Shell
