#pragma once

#include "shell/ast.h"

namespace Keyless::Shell {

struct ParseResult {
    // The complete commands before the first error, in order. A script with an error on line 5 still
    // runs lines 1–4, as bash does when it reads a script command by command.
    QList<AndOrList> lists;
    QString error; // empty when the whole text parsed; otherwise names the construct
    int errorLine = 0;

    bool ok() const { return error.isEmpty(); }
};

// Tokenizes and parses the console's bash subset: words with '…', "…", backslash escapes and line
// continuation, # comments, NAME=value prefixes, $NAME, ${NAME}, $?, nested $(…), ;, newlines, &&, ||,
// |, a leading !, and the redirections >, >>, 2>, &>, 2>&1, >&2. Everything else bash has (here-documents,
// if/for/while/case, subshells, backquotes, arithmetic, background jobs, …) is rejected with an error
// that names the construct, never silently misparsed.
class Parser final
{
public:
    static ParseResult parse(const QString &script);

    // True when `name` can be assigned to (NAME=value, export NAME).
    static bool isValidName(const QString &name);
};

} // namespace Keyless::Shell
