#include "shell/interpreter.h"

#include "shell/parser.h"
#include "shell/textcommands.h"
#include "sim/clock.h"

#include <QRegularExpression>

#include <list>
#include <utility>

namespace Keyless::Shell {

namespace {

constexpr int kMaxDepth = 32; // nested $(…) / exec levels before we refuse (runaway recursion)

QString joinChunks(const QList<OutputChunk> &chunks, int which)
{
    QString text;
    for (const OutputChunk &chunk : chunks) {
        if (which < 0 || int(chunk.channel) == which)
            text += chunk.text;
    }
    return text;
}

// Field splitting of an unquoted expansion (IFS = space, tab, newline).
QStringList splitFields(const QString &text, bool &leadingSpace, bool &trailingSpace)
{
    static const QRegularExpression whitespace(QStringLiteral("[ \\t\\n]+"));
    leadingSpace = !text.isEmpty() && QStringLiteral(" \t\n").contains(text.front());
    trailingSpace = !text.isEmpty() && QStringLiteral(" \t\n").contains(text.back());
    return text.split(whitespace, Qt::SkipEmptyParts);
}

} // namespace

QString RunResult::stdoutText() const
{
    return joinChunks(output, int(Channel::Stdout));
}

QString RunResult::stderrText() const
{
    return joinChunks(output, int(Channel::Stderr));
}

QString RunResult::text() const
{
    return joinChunks(output, -1);
}

Interpreter::Interpreter()
{
    m_variables.insert(QStringLiteral("HOME"), QStringLiteral("/home/learner"));
    m_variables.insert(QStringLiteral("USER"), QStringLiteral("learner"));
    m_variables.insert(QStringLiteral("PWD"), QStringLiteral("/home/learner"));
    m_variables.insert(QStringLiteral("SHELL"), QStringLiteral("/bin/bash"));
    for (auto it = m_variables.cbegin(); it != m_variables.cend(); ++it)
        m_exported.insert(it.key());
    registerBuiltins();
    registerTextCommands(*this);
}

Interpreter::~Interpreter() = default;

void Interpreter::setHooks(Hooks hooks)
{
    m_hooks = std::move(hooks);
}

void Interpreter::registerCommand(const QString &name, CommandFunction function, const QString &summary)
{
    m_commands.insert(name, Entry{std::move(function), summary});
}

bool Interpreter::hasCommand(const QString &name) const
{
    return m_commands.contains(name);
}

QStringList Interpreter::commandNames() const
{
    return m_commands.keys();
}

QString Interpreter::commandSummary(const QString &name) const
{
    return m_commands.value(name).summary;
}

RunResult Interpreter::run(const QString &script)
{
    RunResult result;
    const auto append = [&result](Channel channel, const QString &text) {
        if (text.isEmpty())
            return;
        if (!result.output.isEmpty() && result.output.last().channel == channel)
            result.output.last().text += text;
        else
            result.output.append({channel, text});
    };
    result.exitStatus = run(
        script, [&](const QString &text) { append(Channel::Stdout, text); },
        [&](const QString &text) { append(Channel::Stderr, text); });
    return result;
}

int Interpreter::run(const QString &script, const Writer &out, const Writer &err)
{
    Frame frame;
    frame.depth = m_depth;
    if (m_depth > 0)
        return runText(script, out, err, frame);
    m_jqFilters = 0;
    m_jqLimited.clear();
    m_jqSkipping = std::exchange(m_jqToSkip, {});
    // One run prints at most MaxRunOutput characters; the rest is dropped with one note.
    qsizetype printed = 0;
    bool noted = false;
    const auto capped = [&printed, &noted, &err](const Writer &to) {
        return [&printed, &noted, &err, to](const QString &text) {
            if (printed + text.size() <= MaxRunOutput) {
                printed += text.size();
                to(text);
            } else if (!noted) {
                // What fits is shown, to its last whole line (QA: one large output showed nothing but the note).
                const qsizetype room = MaxRunOutput - printed;
                const qsizetype lineEnd = room > 0 ? text.lastIndexOf(QLatin1Char('\n'), room - 1) : -1;
                if (lineEnd >= 0) {
                    printed += lineEnd + 1;
                    to(text.left(lineEnd + 1));
                }
                noted = true;
                err(QStringLiteral("keyless: more than %1 characters of output: the rest is not shown\n")
                        .arg(MaxRunOutput));
            }
        };
    };
    return runText(script, capped(out), capped(err), frame);
}

JqRunner::Result Interpreter::runJq(const QStringList &args, const QString &input,
                                    const QHash<QString, QString> &environment)
{
    const int number = ++m_jqFilters;
    JqRunner::Result result =
        m_jqSkipping.contains(number) ? m_jq->stoppedResult() : m_jq->run(args, input, environment);
    if (result.limited)
        m_jqLimited << number;
    return result;
}

Writer Interpreter::CappedBuffer::writer()
{
    return [this](const QString &t) {
        if (text.size() + t.size() <= MaxTextLength) {
            text += t;
        } else {
            text += QStringView(t).left(MaxTextLength - text.size());
            overflowed = true;
        }
    };
}

bool Interpreter::storeFits(qsizetype oldSize, qsizetype newSize, const Writer &err) const
{
    if (newSize > MaxTextLength) {
        err(QStringLiteral("keyless: a text of %1 characters is longer than the console keeps (%2)\n")
                .arg(newSize)
                .arg(MaxTextLength));
        return false;
    }
    if (newSize <= 65536 || newSize <= oldSize)
        return true; // small values cannot fill the store on their own
    qsizetype stored = 0;
    for (const QString &v : m_variables)
        stored += v.size();
    for (const QString &f : m_files)
        stored += f.size();
    if (stored - oldSize + newSize <= MaxStoredText)
        return true;
    err(QStringLiteral("keyless: variables and files already hold %1 characters; the console keeps at most %2\n")
            .arg(stored)
            .arg(MaxStoredText));
    return false;
}

bool Interpreter::storeVariable(const QString &name, const QString &value, const Writer &err)
{
    if (!storeFits(m_variables.value(name).size(), value.size(), err))
        return false;
    setVariable(name, value);
    return true;
}

bool Interpreter::storeFile(const QString &path, const QString &contents, bool append, const Writer &err)
{
    const qsizetype old = m_files.value(normalizePath(path)).size();
    if (!storeFits(old, append ? old + contents.size() : contents.size(), err))
        return false;
    writeFile(path, contents, append);
    return true;
}

int Interpreter::runText(const QString &script, const Writer &out, const Writer &err, Frame &frame)
{
    const ParseResult parsed = Parser::parse(script);
    int status = m_lastStatus;
    for (const AndOrList &list : parsed.lists) {
        bool errexitApplies = false;
        status = runList(list, out, err, frame, errexitApplies);
        m_lastStatus = status;
        if (frame.exitRequested)
            return frame.exitStatus;
        if (m_errexit && status != 0 && errexitApplies) {
            frame.exitRequested = true;
            frame.exitStatus = status;
            return status;
        }
    }
    if (!parsed.ok()) {
        err(QStringLiteral("keyless: line %1: %2\n").arg(parsed.errorLine).arg(parsed.error));
        status = 2;
        m_lastStatus = status;
        frame.exitRequested = true; // bash stops reading a script at a syntax error
        frame.exitStatus = status;
    }
    return status;
}

int Interpreter::runList(const AndOrList &list, const Writer &out, const Writer &err, Frame &frame,
                         bool &errexitApplies)
{
    int status = runPipeline(list.pipelines.first(), out, err, frame);
    qsizetype lastRun = 0;
    for (qsizetype i = 0; i < list.ops.size() && !frame.exitRequested; ++i) {
        const bool run = list.ops.at(i) == AndOrList::Op::And ? status == 0 : status != 0;
        if (!run)
            continue;
        m_lastStatus = status;
        status = runPipeline(list.pipelines.at(i + 1), out, err, frame);
        lastRun = i + 1;
    }
    // set -e ignores a failure that was tested by && / || or negated with !.
    errexitApplies = lastRun == list.pipelines.size() - 1 && !list.pipelines.at(lastRun).negated;
    return status;
}

int Interpreter::runPipeline(const Pipeline &pipeline, const Writer &out, const Writer &err, Frame &frame)
{
    QString input;
    bool inputIsPipe = false;
    int status = 0;
    for (qsizetype i = 0; i < pipeline.commands.size(); ++i) {
        const bool last = i == pipeline.commands.size() - 1;
        if (last) {
            status = runSimple(pipeline.commands.at(i), input, inputIsPipe, out, err, frame);
        } else {
            CappedBuffer buffer;
            status = runSimple(pipeline.commands.at(i), input, inputIsPipe, buffer.writer(), err, frame);
            if (buffer.overflowed)
                err(QStringLiteral("keyless: a pipe carries at most %1 characters: the rest was dropped\n")
                        .arg(MaxTextLength));
            input = buffer.text;
            inputIsPipe = true;
        }
        if (frame.exitRequested && !last) {
            // `exit` inside a pipeline ends only that part in bash; keep going like a subshell would.
            frame.exitRequested = false;
        }
    }
    if (pipeline.negated)
        status = status == 0 ? 1 : 0;
    return status;
}

Interpreter::Expansion Interpreter::expandWord(const Word &word, bool split, const Writer &err, Frame &frame)
{
    Expansion result;
    QString current;
    bool haveField = false; // a field exists even if empty (quoted "" or literal text)
    for (const WordPart &part : word.parts) {
        QString value;
        switch (part.kind) {
        case WordPart::Kind::Literal:
            current += part.text;
            haveField = haveField || part.quoted || !part.text.isEmpty();
            continue;
        case WordPart::Kind::Variable:
            value = variable(part.text);
            break;
        case WordPart::Kind::VariableLength:
            value = QString::number(variable(part.text).size()); // a JWT's length, say: "echo ${#token}"
            break;
        case WordPart::Kind::LastStatus:
            value = QString::number(m_lastStatus);
            break;
        case WordPart::Kind::CommandSubstitution:
            value = commandSubstitution(part.text, err, frame);
            break;
        }
        if (current.size() + value.size() > MaxTextLength) {
            err(QStringLiteral("keyless: a word longer than %1 characters: refused\n").arg(MaxTextLength));
            result.ok = false;
            return result;
        }
        if (part.quoted || !split) {
            current += value;
            haveField = true;
            continue;
        }
        bool leading = false;
        bool trailing = false;
        const QStringList pieces = splitFields(value, leading, trailing);
        if (pieces.isEmpty()) {
            if ((leading || trailing) && haveField) {
                result.fields.append(current);
                current.clear();
                haveField = false;
            }
            continue;
        }
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            if (i > 0 || (leading && haveField)) {
                result.fields.append(current);
                current.clear();
            }
            current += pieces.at(i);
            haveField = true;
        }
        if (trailing) {
            result.fields.append(current);
            current.clear();
            haveField = false;
        }
    }
    if (haveField || !split)
        result.fields.append(current);
    return result;
}

QString Interpreter::commandSubstitution(const QString &script, const Writer &err, Frame &frame)
{
    if (frame.depth >= kMaxDepth) {
        err(QStringLiteral("keyless: command substitution nested too deeply\n"));
        m_substitutionStatus = 2;
        return {};
    }
    CappedBuffer buffer;
    Frame inner;
    inner.depth = frame.depth + 1;
    const int savedStatus = m_lastStatus;
    ++m_depth;
    const int status = runText(script, buffer.writer(), err, inner);
    --m_depth;
    m_lastStatus = savedStatus;
    m_substitutionStatus = inner.exitRequested ? inner.exitStatus : status;
    if (buffer.overflowed) {
        err(QStringLiteral("keyless: $(…) keeps at most %1 characters of output\n").arg(MaxTextLength));
        m_substitutionStatus = 1;
        return {};
    }
    QString captured = std::move(buffer.text);
    while (captured.endsWith(QLatin1Char('\n')))
        captured.chop(1);
    return captured;
}

int Interpreter::runSimple(const SimpleCommand &command, const QString &input, bool inputIsPipe, const Writer &out,
                           const Writer &err, Frame &frame)
{
    const QDateTime start = now();
    m_substitutionStatus = -1;

    QHash<QString, QString> prefix;
    bool expanded = true;
    for (const Assignment &assignment : command.assignments) {
        const Expansion e = expandWord(assignment.value, false, err, frame);
        expanded = expanded && e.ok;
        prefix.insert(assignment.name, e.fields.value(0));
    }

    QStringList argv;
    qsizetype argvLength = 0; // the whole command line keeps to the limit too (QA: 100 words of 4 Mi took 2.5 GB)
    for (const Word &word : command.words) {
        if (!expanded)
            break;
        const Expansion e = expandWord(word, true, err, frame);
        expanded = e.ok;
        for (const QString &field : e.fields)
            argvLength += field.size() + 1;
        if (expanded && argvLength > MaxCommandLine) {
            err(QStringLiteral("keyless: a command line longer than %1 characters: refused\n").arg(MaxCommandLine));
            expanded = false;
            break;
        }
        argv += e.fields;
    }
    if (!expanded) {
        record(command.source, argv, start, 1, frame.depth);
        return 1;
    }

    // Redirections: /dev/null discards, other paths go to the in-memory file system.
    Writer cmdOut = out;
    Writer cmdErr = err;
    QList<std::pair<QString, CappedBuffer *>> fileTargets; // path → buffer, flushed after the command
    std::list<CappedBuffer> buffers;                       // stable addresses for the sinks below
    QSet<QString> appendPaths;
    for (const Redirection &r : command.redirections) {
        QString target;
        if (r.kind != Redirection::Kind::StderrToStdout && r.kind != Redirection::Kind::StdoutToStderr) {
            const Expansion e = expandWord(r.target, true, err, frame);
            if (e.fields.size() != 1) {
                err(QStringLiteral("keyless: %1: ambiguous redirect\n").arg(r.target.source));
                return 1;
            }
            target = e.fields.first();
        }
        Writer sink;
        if (!target.isEmpty()) {
            if (target == QLatin1String("/dev/null")) {
                sink = [](const QString &) {
                };
            } else if (target == QLatin1String("/dev/stderr")) {
                sink = err;
            } else if (target == QLatin1String("/dev/stdout")) {
                sink = out;
            } else {
                buffers.emplace_back();
                CappedBuffer *buffer = &buffers.back();
                fileTargets.append({normalizePath(target), buffer});
                if (r.kind == Redirection::Kind::StdoutAppendToFile)
                    appendPaths.insert(normalizePath(target));
                sink = buffer->writer();
            }
        }
        switch (r.kind) {
        case Redirection::Kind::StdoutToFile:
        case Redirection::Kind::StdoutAppendToFile:
            cmdOut = sink;
            break;
        case Redirection::Kind::StderrToFile:
            cmdErr = sink;
            break;
        case Redirection::Kind::BothToFile:
            cmdOut = sink;
            cmdErr = sink;
            break;
        case Redirection::Kind::StderrToStdout:
            cmdErr = cmdOut;
            break;
        case Redirection::Kind::StdoutToStderr:
            cmdOut = cmdErr;
            break;
        }
    }

    int status = 0;
    if (argv.isEmpty()) {
        // Bare assignments set shell variables; the status is that of the last $(…), or 0.
        status = m_substitutionStatus >= 0 ? m_substitutionStatus : 0;
        for (auto it = prefix.cbegin(); it != prefix.cend(); ++it) {
            if (!storeVariable(it.key(), it.value(), err))
                status = 1;
        }
    } else {
        status = dispatch(argv, prefix, input, inputIsPipe, cmdOut, cmdErr, frame);
    }
    for (const auto &[path, buffer] : fileTargets) {
        if (buffer->overflowed) {
            err(QStringLiteral("keyless: %1: a file keeps at most %2 characters\n").arg(path).arg(MaxTextLength));
            status = 1;
        } else if (!storeFile(path, buffer->text, appendPaths.contains(path), err)) {
            status = 1;
        }
    }
    record(command.source, argv, start, status, frame.depth);
    return status;
}

int Interpreter::dispatch(const QStringList &argv, const QHash<QString, QString> &prefix, const QString &input,
                          bool inputIsPipe, const Writer &out, const Writer &err, Frame &frame)
{
    const QString name = argv.first();
    if (name == QLatin1String("exit")) {
        bool ok = true;
        const int status = argv.size() > 1 ? argv.at(1).toInt(&ok) & 0xff : m_lastStatus;
        if (!ok) {
            err(QStringLiteral("keyless: exit: %1: numeric argument required\n").arg(argv.at(1)));
            frame.exitRequested = true;
            frame.exitStatus = 2;
            return 2;
        }
        frame.exitRequested = true;
        frame.exitStatus = status;
        return status;
    }
    const auto it = m_commands.constFind(name);
    if (it == m_commands.cend()) {
        err(QStringLiteral("keyless: %1: command not found (type 'help' to list the commands this console knows)\n")
                .arg(name));
        return 127;
    }
    CommandContext context;
    context.name = name;
    context.args = argv.mid(1);
    context.input = input;
    context.inputIsPipe = inputIsPipe;
    context.environment = environment();
    for (auto p = prefix.cbegin(); p != prefix.cend(); ++p)
        context.environment.insert(p.key(), p.value());
    context.out = out;
    context.err = err;
    context.shell = this;
    // NAME=value cmd: the variable is visible to the command (and to scripts it runs) only.
    QHash<QString, QString> saved;
    QSet<QString> savedMissing;
    for (auto p = prefix.cbegin(); p != prefix.cend(); ++p) {
        if (m_variables.contains(p.key()))
            saved.insert(p.key(), m_variables.value(p.key()));
        else
            savedMissing.insert(p.key());
        m_variables.insert(p.key(), p.value());
    }
    const int status = it->function(context);
    for (auto s = saved.cbegin(); s != saved.cend(); ++s)
        m_variables.insert(s.key(), s.value());
    for (const QString &missing : std::as_const(savedMissing))
        m_variables.remove(missing);
    return status;
}

int Interpreter::runArgv(const QStringList &argv, const QString &input, bool inputIsPipe, const Writer &out,
                         const Writer &err)
{
    if (argv.isEmpty())
        return 0;
    Frame frame;
    frame.depth = m_depth;
    const QDateTime start = now();
    const int status = dispatch(argv, {}, input, inputIsPipe, out, err, frame);
    record(argv.join(QLatin1Char(' ')), argv, start, status, frame.depth);
    return status;
}

int Interpreter::runInScope(const QString &script, const Scope &scope, const CommandContext &caller)
{
    if (m_depth >= kMaxDepth) {
        caller.printError(QStringLiteral("keyless: exec nested too deeply"));
        return 2;
    }
    const QHash<QString, QString> savedVariables = m_variables;
    const QSet<QString> savedExported = m_exported;
    const int savedStatus = m_lastStatus;
    const bool savedErrexit = m_errexit;
    for (auto it = scope.environment.cbegin(); it != scope.environment.cend(); ++it) {
        m_variables.insert(it.key(), it.value());
        m_exported.insert(it.key());
    }
    m_locations.append(scope.location);
    ++m_depth;
    Frame frame;
    frame.depth = m_depth;
    const int status = runText(script, caller.out, caller.err, frame);
    --m_depth;
    m_locations.removeLast();
    m_variables = savedVariables;
    m_exported = savedExported;
    m_lastStatus = savedStatus;
    m_errexit = savedErrexit;
    return frame.exitRequested ? frame.exitStatus : status;
}

int Interpreter::runArgvInScope(const QStringList &argv, const Scope &scope, const CommandContext &caller)
{
    if (m_depth >= kMaxDepth) {
        caller.printError(QStringLiteral("keyless: exec nested too deeply"));
        return 2;
    }
    const QHash<QString, QString> savedVariables = m_variables;
    const QSet<QString> savedExported = m_exported;
    for (auto it = scope.environment.cbegin(); it != scope.environment.cend(); ++it) {
        m_variables.insert(it.key(), it.value());
        m_exported.insert(it.key());
    }
    m_locations.append(scope.location);
    ++m_depth;
    const int status = runArgv(argv, caller.input, caller.inputIsPipe, caller.out, caller.err);
    --m_depth;
    m_locations.removeLast();
    m_variables = savedVariables;
    m_exported = savedExported;
    return status;
}

QString Interpreter::location() const
{
    return m_locations.isEmpty() ? QString() : m_locations.last();
}

QString Interpreter::variable(const QString &name) const
{
    return m_variables.value(name);
}

bool Interpreter::hasVariable(const QString &name) const
{
    return m_variables.contains(name);
}

void Interpreter::setVariable(const QString &name, const QString &value)
{
    m_variables.insert(name, value);
}

void Interpreter::exportVariable(const QString &name)
{
    m_exported.insert(name);
}

void Interpreter::unsetVariable(const QString &name)
{
    m_variables.remove(name);
    m_exported.remove(name);
}

QStringList Interpreter::variableNames() const
{
    QStringList names = m_variables.keys();
    names.sort();
    return names;
}

QHash<QString, QString> Interpreter::environment() const
{
    QHash<QString, QString> env;
    for (const QString &name : m_exported) {
        const auto it = m_variables.constFind(name);
        if (it != m_variables.cend())
            env.insert(name, it.value());
    }
    return env;
}

QString Interpreter::normalizePath(const QString &path)
{
    QString p = path;
    while (p.startsWith(QLatin1String("./")))
        p = p.mid(2);
    if (p.startsWith(QLatin1String("~/")))
        p = QStringLiteral("/home/learner/") + p.mid(2);
    if (p.startsWith(QLatin1String("/home/learner/")))
        p = p.mid(14);
    return p;
}

bool Interpreter::hasFile(const QString &path) const
{
    return m_files.contains(normalizePath(path));
}

QString Interpreter::readFile(const QString &path) const
{
    return m_files.value(normalizePath(path));
}

void Interpreter::writeFile(const QString &path, const QString &contents, bool append)
{
    const QString key = normalizePath(path);
    if (append)
        m_files[key] += contents;
    else
        m_files.insert(key, contents);
}

QStringList Interpreter::fileNames() const
{
    return m_files.keys();
}

QDateTime Interpreter::now() const
{
    return m_hooks.now ? m_hooks.now() : QDateTime();
}

void Interpreter::record(const QString &source, const QStringList &argv, const QDateTime &start, int status, int depth)
{
    if (!m_hooks.commandExecuted)
        return;
    CommandRecord r;
    r.source = source;
    r.argv = argv;
    r.simulatedTime = start;
    r.exitStatus = status;
    r.nestingLevel = depth;
    r.location = location();
    m_hooks.commandExecuted(r);
}

void Interpreter::registerBuiltins()
{
    registerCommand(
        QStringLiteral("true"), [](CommandContext &) { return 0; }, QStringLiteral("Do nothing, successfully."));
    registerCommand(
        QStringLiteral(":"), [](CommandContext &) { return 0; }, QStringLiteral("Do nothing, successfully."));
    registerCommand(
        QStringLiteral("false"), [](CommandContext &) { return 1; }, QStringLiteral("Do nothing, unsuccessfully."));
    registerCommand(
        QStringLiteral("exit"), [](CommandContext &) { return 0; },
        QStringLiteral("End the script with a status (exit [N])."));

    registerCommand(
        QStringLiteral("export"),
        [this](CommandContext &ctx) {
            int status = 0;
            if (ctx.args.isEmpty() || ctx.args == QStringList{QStringLiteral("-p")}) {
                QStringList names = m_exported.values();
                names.sort();
                for (const QString &name : std::as_const(names))
                    ctx.print(QStringLiteral("declare -x %1=\"%2\"").arg(name, variable(name)));
                return 0;
            }
            for (const QString &arg : std::as_const(ctx.args)) {
                const qsizetype eq = arg.indexOf(QLatin1Char('='));
                const QString name = eq < 0 ? arg : arg.left(eq);
                if (!Parser::isValidName(name)) {
                    ctx.printError(QStringLiteral("keyless: export: '%1': not a valid identifier").arg(arg));
                    status = 1;
                    continue;
                }
                if (eq >= 0 && !storeVariable(name, arg.mid(eq + 1), ctx.err)) {
                    status = 1;
                    continue;
                }
                exportVariable(name);
            }
            return status;
        },
        QStringLiteral("Mark variables for the environment of commands (export NAME[=value] …)."));

    registerCommand(
        QStringLiteral("unset"),
        [this](CommandContext &ctx) {
            for (const QString &arg : std::as_const(ctx.args)) {
                if (arg != QLatin1String("-v"))
                    unsetVariable(arg);
            }
            return 0;
        },
        QStringLiteral("Remove variables (unset NAME …)."));

    registerCommand(
        QStringLiteral("set"),
        [this](CommandContext &ctx) {
            if (ctx.args.isEmpty()) {
                for (const QString &name : variableNames())
                    ctx.print(QStringLiteral("%1=%2").arg(name, variable(name)));
                return 0;
            }
            for (qsizetype i = 0; i < ctx.args.size(); ++i) {
                const QString &arg = ctx.args.at(i);
                if ((arg.startsWith(QLatin1Char('-')) || arg.startsWith(QLatin1Char('+'))) && arg.size() > 1) {
                    const bool on = arg.startsWith(QLatin1Char('-'));
                    if (arg.mid(1) == QLatin1String("o") && i + 1 < ctx.args.size()) {
                        const QString option = ctx.args.at(++i);
                        if (option == QLatin1String("errexit")) {
                            m_errexit = on;
                            continue;
                        }
                        if (option == QLatin1String("pipefail") || option == QLatin1String("nounset")) {
                            ctx.printError(
                                QStringLiteral("keyless: set: option '%1' is not supported (only -e / -o errexit)")
                                    .arg(option));
                            return 2;
                        }
                        ctx.printError(QStringLiteral("keyless: set: %1: invalid option name").arg(option));
                        return 2;
                    }
                    for (const QChar flag : arg.mid(1)) {
                        if (flag == QLatin1Char('e')) {
                            m_errexit = on;
                        } else if (flag == QLatin1Char('x') || flag == QLatin1Char('u') || flag == QLatin1Char('o')) {
                            ctx.printError(
                                QStringLiteral("keyless: set: option '-%1' is not supported (only -e)").arg(flag));
                            return 2;
                        } else {
                            ctx.printError(QStringLiteral("keyless: set: -%1: invalid option").arg(flag));
                            return 2;
                        }
                    }
                } else {
                    ctx.printError(QStringLiteral("keyless: set: positional parameters are not supported"));
                    return 2;
                }
            }
            return 0;
        },
        QStringLiteral("Set shell options: set -e stops the script at the first failing command."));

    registerCommand(
        QStringLiteral("sleep"),
        [this](CommandContext &ctx) {
            if (ctx.args.isEmpty()) {
                ctx.printError(QStringLiteral("sleep: missing operand\nTry 'sleep 600' to wait ten (simulated) "
                                              "minutes."));
                return 1;
            }
            static const QRegularExpression format(QStringLiteral("^(\\d+(?:\\.\\d+)?)([smhd]?)$"));
            // One sleep waits at most MaxSleepSeconds of simulated time (documented in the help): more than any
            // token, cache or propagation delay needs, and far from where the clock or a qint64 could overflow.
            double totalSeconds = 0;
            qint64 total = 0;
            for (const QString &arg : std::as_const(ctx.args)) {
                const QRegularExpressionMatch m = format.match(arg);
                if (!m.hasMatch()) {
                    ctx.printError(QStringLiteral("sleep: invalid time interval '%1'").arg(arg));
                    return 1;
                }
                double seconds = m.captured(1).toDouble();
                const QString unit = m.captured(2);
                if (unit == QLatin1String("m"))
                    seconds *= 60;
                else if (unit == QLatin1String("h"))
                    seconds *= 3600;
                else if (unit == QLatin1String("d"))
                    seconds *= 86400;
                totalSeconds += seconds;
                if (!(totalSeconds <= double(MaxSleepSeconds))) {
                    ctx.printError(QStringLiteral("sleep: invalid time interval '%1': one sleep waits at most %2 "
                                                  "days of simulated time")
                                       .arg(arg)
                                       .arg(MaxSleepSeconds / 86400));
                    return 1;
                }
                total += qint64(seconds * 1000.0 + 0.5);
            }
            if (m_hooks.now && m_hooks.now().toSecsSinceEpoch() + total / 1000 > Sim::Clock::MaxSeconds) {
                ctx.printError(QStringLiteral("sleep: the simulated clock cannot go past %1")
                                   .arg(Sim::Clock::iso(Sim::Clock::MaxSeconds)));
                return 1;
            }
            if (m_hooks.advanceClock)
                m_hooks.advanceClock(total);
            return 0;
        },
        QStringLiteral("Advance the simulated clock (sleep 600 waits out a role propagation; at most 365d per call)."));

    registerCommand(
        QStringLiteral("printenv"),
        [](CommandContext &ctx) {
            if (!ctx.args.isEmpty()) {
                int status = 0;
                for (const QString &name : std::as_const(ctx.args)) {
                    if (ctx.environment.contains(name))
                        ctx.print(ctx.environment.value(name));
                    else
                        status = 1;
                }
                return status;
            }
            QStringList names = ctx.environment.keys();
            names.sort();
            for (const QString &name : std::as_const(names))
                ctx.print(QStringLiteral("%1=%2").arg(name, ctx.environment.value(name)));
            return 0;
        },
        QStringLiteral("Print the environment (printenv [NAME])."));

    registerCommand(
        QStringLiteral("help"),
        [this](CommandContext &ctx) {
            ctx.print(QStringLiteral("Commands this console knows:"));
            for (auto it = m_commands.cbegin(); it != m_commands.cend(); ++it) {
                static const QSet<QString> hidden = {
                    QStringLiteral(":"),      QStringLiteral("."),    QStringLiteral("["),    QStringLiteral("test"),
                    QStringLiteral("source"), QStringLiteral("read"), QStringLiteral("eval"), QStringLiteral("alias")};
                if (hidden.contains(it.key()))
                    continue;
                ctx.print(QStringLiteral("  %1%2").arg(it.key().leftJustified(10), it->summary));
            }
            ctx.print(QStringLiteral("Shell syntax: NAME=value, export, $VAR, ${VAR}, $?, $(…), ;, &&, ||, |, "
                                     "'…', \"…\", \\, # comments, set -e, > file, 2>/dev/null, 2>&1."));
            return 0;
        },
        QStringLiteral("List the commands of this console."));

    const auto unsupported = [this](const QString &name, const QString &message) {
        registerCommand(
            name,
            [message](CommandContext &ctx) {
                ctx.printError(QStringLiteral("keyless: %1: %2").arg(ctx.name, message));
                return 2;
            },
            message);
    };
    unsupported(QStringLiteral("test"), QStringLiteral("conditions are not supported by this console; use && / ||"));
    unsupported(QStringLiteral("["), QStringLiteral("conditions are not supported by this console; use && / ||"));
    unsupported(QStringLiteral("source"), QStringLiteral("running other script files is not supported"));
    unsupported(QStringLiteral("."), QStringLiteral("running other script files is not supported"));
    unsupported(QStringLiteral("read"), QStringLiteral("interactive input is not supported"));
    unsupported(QStringLiteral("eval"), QStringLiteral("eval is not supported by this console"));
    unsupported(QStringLiteral("alias"), QStringLiteral("aliases are not supported by this console"));
}

} // namespace Keyless::Shell
