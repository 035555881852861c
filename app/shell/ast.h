#pragma once

#include <QList>
#include <QString>

// The syntax tree of the console's bash subset. Words keep their quoting structure so that expansion
// (variables, $(…)) and field splitting happen at run time exactly where bash would do them.
namespace Keyless::Shell {

struct WordPart {
    enum class Kind {
        Literal,             // text as written, quotes removed
        Variable,            // $NAME or ${NAME}
        VariableLength,      // ${#NAME}: the length of its value, in characters
        LastStatus,          // $?
        CommandSubstitution, // $(…): text holds the inner script
    };
    Kind kind = Kind::Literal;
    QString text;
    bool quoted = false; // inside "…" (or '…' for literals): no field splitting
};

struct Word {
    QList<WordPart> parts;
    QString source; // as typed, for the command log and error messages
};

struct Assignment {
    QString name;
    Word value;
};

struct Redirection {
    enum class Kind {
        StdoutToFile,       // > file  (1> file)
        StdoutAppendToFile, // >> file
        StderrToFile,       // 2> file
        StderrToStdout,     // 2>&1
        StdoutToStderr,     // >&2, 1>&2
        BothToFile,         // &> file
    };
    Kind kind = Kind::StdoutToFile;
    Word target;
};

struct SimpleCommand {
    QList<Assignment> assignments;
    QList<Word> words;
    QList<Redirection> redirections;
    QString source;
    int line = 1;
};

struct Pipeline {
    QList<SimpleCommand> commands;
    bool negated = false; // leading `!`
};

// pipeline ( (&& | ||) pipeline )*
struct AndOrList {
    enum class Op { And, Or };
    QList<Pipeline> pipelines;
    QList<Op> ops; // ops[i] joins pipelines[i] and pipelines[i + 1]
    QString source;
    int line = 1;
};

} // namespace Keyless::Shell
