#pragma once

#include "shell/commandcontext.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QSet>

namespace Keyless::Sim {
class World;
}

namespace Keyless::Shell {

class Session;

// One argument of an az command, as azure-cli registers it (options_list, nargs, required, default).
struct AzArgument {
    enum class Kind {
        Value,        // --name NAME
        Flag,         // --yes (store_true)
        List,         // --identities A B … (nargs='+')
        OptionalList, // --assign-identity [A …] (nargs='*')
    };
    QStringList options; // long first: {"--resource-group", "-g"}
    QString dest;        // derived from the first long option: "resource-group"
    QString help;
    Kind kind = Kind::Value;
    bool required = false;
    QString defaultValue;
    QStringList choices; // case-insensitive, as az's get_enum_type
};

struct AzExample {
    QString summary;
    QString command;
};

// Parsed arguments of one az invocation.
class AzArgs
{
public:
    bool has(const QString &dest) const { return m_values.contains(dest); }
    QString value(const QString &dest) const { return m_values.value(dest).value(0); }
    QStringList list(const QString &dest) const { return m_values.value(dest); }
    bool flag(const QString &dest) const { return m_values.contains(dest); }
    void set(const QString &dest, const QStringList &values) { m_values.insert(dest, values); }

private:
    QHash<QString, QStringList> m_values;
};

// What an az command produced: a result to format (json/tsv/table), or an error az prints as
// "ERROR: …" with an exit status (1 generic, 2 usage, 3 resource not found).
struct AzResult {
    QJsonValue value;
    bool hasValue = false;
    int status = 0;
    QString error;          // first line after "ERROR: "; may contain further lines
    QString tableTransform; // optional JMESPath az applies for -o table without --query

    static AzResult of(const QJsonValue &value)
    {
        AzResult r;
        r.value = value;
        r.hasValue = true;
        return r;
    }
    static AzResult none() { return {}; }
    static AzResult fail(const QString &error, int status = 1)
    {
        AzResult r;
        r.error = error;
        r.status = status;
        return r;
    }
};

struct AzCall;
using AzHandler = std::function<AzResult(AzCall &)>;

struct AzCommand {
    QString name; // "role assignment create"
    QString summary;
    QList<AzArgument> arguments;
    QList<AzExample> examples;
    AzHandler handler;
};

// The running invocation a handler sees.
struct AzCall {
    AzArgs args;
    const AzCommand *command = nullptr;
    CommandContext *context = nullptr;
    Session *session = nullptr;
    bool onlyShowErrors = false;

    void warn(const QString &message) const; // "WARNING: …" unless --only-show-errors
};

// The simulated `az`: a command table (groups, commands, arguments, help, examples), argparse-like
// parsing with az's messages, global arguments (--output/-o, --query, --only-show-errors,
// --subscription, --help/-h, --debug, --verbose) and output formatting.
class AzCli final
{
public:
    AzCli();

    void addGroup(const QString &name, const QString &summary);
    // `arguments` use a compact spec: "--resource-group -g" etc.; see azcommands.cpp.
    void addCommand(AzCommand command);

    int run(CommandContext &context, Session &session);

    QStringList groupNames() const;
    QStringList commandNames() const; // full names, sorted
    const AzCommand *command(const QString &name) const;
    // Completion candidates for the words after "az" (the last word may be a prefix).
    QStringList completions(const QStringList &words) const;

    static AzArgument globalArgument(const QString &dest);
    // difflib.get_close_matches(word, choices, n=3, cutoff=0.7), as az uses for suggestions.
    static QStringList closeMatches(const QString &word, const QStringList &choices, double cutoff = 0.7);

private:
    QString groupHelp(const QString &group) const;
    QString commandHelp(const AzCommand &command) const;
    QString examplesBlock(const AzCommand &command) const;
    QStringList childrenOf(const QString &group) const;

    QMap<QString, QString> m_groups; // "" is the root
    QMap<QString, AzCommand> m_commands;
};

} // namespace Keyless::Shell
