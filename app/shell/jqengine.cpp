#include "shell/jqengine.h"

#include <QHash>

#include <optional>
#include <unistd.h> // environ

extern "C" {
#include <jq.h>
#include <jv.h>
}

namespace Keyless::Shell {

namespace {

struct Options {
    bool raw = false;
    bool join = false;
    bool compact = false;
    bool exitStatus = false;
    bool sortKeys = false;
    bool nullInput = false;
    bool slurp = false;
    bool rawInput = false;
    bool tab = false;
    bool ascii = false;
    int indent = 2;
    QString filter;
    bool haveFilter = false;
    QStringList files;
    QList<std::pair<QString, QString>> stringArgs;
    QList<std::pair<QString, QString>> jsonArgs;
};

QString fromJv(jv value) // consumes value (a jv string)
{
    const QString text = QString::fromUtf8(jv_string_value(value));
    jv_free(value);
    return text;
}

// The inputs, in order: the main loop takes the next for each run of the filter, and so do `input` and `inputs`
// (`jq -n '[inputs]'`), as in jq's own main. Without an input callback libjq 1.6 called through a null pointer (QA:
// `jq input` ended the app).
struct InputQueue {
    QList<jv> values;
    qsizetype next = 0;
    QString parseError; // what `input` says past the last value that parsed (-n reads lazily)
    ~InputQueue()
    {
        for (qsizetype i = next; i < values.size(); ++i)
            jv_free(values.at(i));
    }
    bool atEnd() const { return next >= values.size(); }
    jv take() { return values.at(next++); }
};

jv nextInput(jq_state *, void *data)
{
    auto *queue = static_cast<InputQueue *>(data);
    if (!queue->atEnd())
        return queue->take();
    if (!queue->parseError.isEmpty())
        return jv_invalid_with_msg(jv_string(queue->parseError.toUtf8().constData()));
    return jv_invalid(); // libjq says "No more inputs" for an invalid without a message
}

// `debug`: jq's own main prints ["DEBUG:",value] on one line to stderr; here it goes to the console's stderr, not
// the worker's.
void collectDebug(void *data, jv value)
{
    auto *err = static_cast<QString *>(data);
    jv line = jv_array_append(jv_array_append(jv_array(), jv_string("DEBUG:")), value);
    *err += fromJv(jv_dump_string(line, 0)) + QLatin1Char('\n');
}

void collectError(void *data, jv message)
{
    auto *errors = static_cast<QString *>(data);
    if (jv_get_kind(message) == JV_KIND_STRING)
        *errors += QString::fromUtf8(jv_string_value(message)) + QLatin1Char('\n');
    else
        *errors += fromJv(jv_dump_string(jv_copy(message), 0)) + QLatin1Char('\n');
    jv_free(message);
}

} // namespace

// Compiled programs by filter text: jq 1.6 recompiles its builtin library on every jq_compile, which
// costs milliseconds, and lab scripts pipe into the same filters over and over.
struct JqEngine::Cache {
    struct Program {
        jq_state *state = nullptr;
        QString errors;
    };
    QHash<QString, Program> programs;
    QStringList order;

    ~Cache()
    {
        for (auto it = programs.begin(); it != programs.end(); ++it)
            jq_teardown(&it->state);
    }
};

JqEngine::JqEngine()
    : m_cache(std::make_unique<Cache>())
{
}

JqEngine::~JqEngine() = default;

JqEngine::Result JqEngine::run(const QStringList &args, const QString &input)
{
    Result result;
    Options o;
    const auto usage = [&result](const QString &message) {
        result.err = QStringLiteral("jq: %1\nUse jq --help for help with command-line options,\nor see the "
                                    "jq manpage, or online docs  at https://stedolan.github.io/jq\n")
                         .arg(message);
        result.status = 2;
        return result;
    };
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--raw-output")) {
            o.raw = true;
        } else if (a == QLatin1String("--join-output")) {
            o.raw = o.join = true;
        } else if (a == QLatin1String("--compact-output")) {
            o.compact = true;
        } else if (a == QLatin1String("--exit-status")) {
            o.exitStatus = true;
        } else if (a == QLatin1String("--sort-keys")) {
            o.sortKeys = true;
        } else if (a == QLatin1String("--null-input")) {
            o.nullInput = true;
        } else if (a == QLatin1String("--slurp")) {
            o.slurp = true;
        } else if (a == QLatin1String("--raw-input")) {
            o.rawInput = true;
        } else if (a == QLatin1String("--tab")) {
            o.tab = true;
        } else if (a == QLatin1String("--ascii-output")) {
            o.ascii = true;
        } else if (a == QLatin1String("--monochrome-output") || a == QLatin1String("--color-output")) {
            // colour: the console shows no escape sequences
        } else if (a == QLatin1String("--version")) {
            result.out = QStringLiteral("jq-1.6\n");
            return result;
        } else if (a == QLatin1String("--indent")) {
            if (i + 1 >= args.size())
                return usage(QStringLiteral("--indent takes one parameter"));
            bool number = false;
            const int indent = args.at(++i).toInt(&number);
            if (!number || indent < -1 || indent > 7)
                return usage(QStringLiteral("--indent takes a number between -1 and 7"));
            if (indent == -1)
                o.tab = true; // as jq 1.6: -1 indents with a tab
            else
                o.indent = indent;
        } else if (a == QLatin1String("--arg") || a == QLatin1String("--argjson")) {
            if (i + 2 >= args.size())
                return usage(QStringLiteral("%1 takes two parameters (e.g. %1 varname value)").arg(a));
            (a == QLatin1String("--arg") ? o.stringArgs : o.jsonArgs).append({args.at(i + 1), args.at(i + 2)});
            i += 2;
        } else if (a.startsWith(QLatin1String("--")) && a.size() > 2) {
            return usage(QStringLiteral("Unknown option %1").arg(a));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1 && !o.haveFilter) {
            for (const QChar f : a.mid(1)) {
                switch (f.toLatin1()) {
                case 'r':
                    o.raw = true;
                    break;
                case 'j':
                    o.raw = o.join = true;
                    break;
                case 'c':
                    o.compact = true;
                    break;
                case 'e':
                    o.exitStatus = true;
                    break;
                case 'S':
                    o.sortKeys = true;
                    break;
                case 'n':
                    o.nullInput = true;
                    break;
                case 's':
                    o.slurp = true;
                    break;
                case 'R':
                    o.rawInput = true;
                    break;
                case 'a':
                    o.ascii = true;
                    break;
                case 'M':
                case 'C':
                    break; // colour: the console shows no escape sequences
                default:
                    return usage(QStringLiteral("Unknown option %1").arg(a));
                }
            }
        } else if (!o.haveFilter) {
            o.filter = a;
            o.haveFilter = true;
        } else {
            o.files.append(a);
        }
    }
    if (!o.haveFilter)
        return usage(QStringLiteral("error: no filter given; try jq '.'"));

    jv programArgs = jv_object();
    for (const auto &[name, value] : std::as_const(o.stringArgs))
        programArgs =
            jv_object_set(programArgs, jv_string(name.toUtf8().constData()), jv_string(value.toUtf8().constData()));
    for (const auto &[name, value] : std::as_const(o.jsonArgs)) {
        const QByteArray utf8 = value.toUtf8();
        jv parsed = jv_parse_sized(utf8.constData(), int(utf8.size()));
        if (!jv_is_valid(parsed)) {
            jv_free(parsed);
            jv_free(programArgs);
            return usage(QStringLiteral("Invalid JSON text passed to --argjson"));
        }
        programArgs = jv_object_set(programArgs, jv_string(name.toUtf8().constData()), parsed);
    }
    QString key = o.filter + QChar(0) + fromJv(jv_dump_string(jv_copy(programArgs), JV_PRINT_SORTED));
    // jq 1.6 binds $ENV when it compiles: a program that reads it is kept per environment (QA: after `export FOO=2`
    // $ENV.FOO was still 1). `env` reads it at run time.
    if (o.filter.contains(QLatin1String("$ENV"))) {
        QStringList environment;
        for (char **variable = environ; variable && *variable; ++variable)
            environment << QString::fromLocal8Bit(*variable);
        environment.sort();
        key += QChar(0) + environment.join(QChar(0));
    }

    auto it = m_cache->programs.find(key);
    if (it == m_cache->programs.end()) {
        Cache::Program program;
        program.state = jq_init();
        jq_set_error_cb(program.state, collectError, &program.errors);
        // No module search path: `import` and `include` find nothing (without the attribute libjq 1.6 failed an
        // assertion, and there is no file system of modules to offer).
        jq_set_attr(program.state, jv_string("JQ_LIBRARY_PATH"), jv_array());
        jq_set_attr(program.state, jv_string("JQ_ORIGIN"), jv_string("/"));
        const QByteArray filter = o.filter.toUtf8();
        const int ok = jq_compile_args(program.state, filter.constData(), jv_copy(programArgs));
        if (!ok) {
            result.err = program.errors;
            result.status = 3;
            jq_teardown(&program.state);
            jv_free(programArgs);
            return result;
        }
        if (m_cache->order.size() >= 32) {
            const QString oldest = m_cache->order.takeFirst();
            auto old = m_cache->programs.find(oldest);
            jq_teardown(&old->state);
            m_cache->programs.erase(old);
        }
        m_cache->order.append(key);
        it = m_cache->programs.insert(key, program);
        // The error callback points into the stored Program's string now.
        it->errors.clear();
        jq_set_error_cb(it->state, collectError, &it->errors);
    }
    jv_free(programArgs);
    jq_state *jq = it->state;
    it->errors.clear();

    int dumpFlags = o.compact ? 0 : (o.tab ? JV_PRINT_TAB | JV_PRINT_PRETTY : JV_PRINT_INDENT_FLAGS(o.indent));
    if (o.sortKeys)
        dumpFlags |= JV_PRINT_SORTED;
    if (o.ascii)
        dumpFlags |= JV_PRINT_ASCII;

    // Collect the inputs first (jq reads them lazily, but the console's input is already complete).
    InputQueue queue;
    QList<jv> &inputs = queue.values;
    const QByteArray data = input.toUtf8();
    const int lines = int(data.count('\n'));
    const QString stdinPosition = QStringLiteral("<stdin>:%1").arg(lines);
    bool inputError = false;
    // With -n the filter runs once on null (`jq -ns .` prints null, as in jq 1.6); the inputs are still there for
    // `input` and `inputs`, and one that does not parse is an error only for a filter that reads that far.
    if (o.rawInput) {
        // jq -R: each line is a string without its newline (a last line without one too); with -s the whole input
        // is one string.
        if (o.slurp) {
            inputs.append(jv_string_sized(data.constData(), int(data.size())));
        } else {
            qsizetype start = 0;
            while (start < data.size()) {
                qsizetype end = data.indexOf('\n', start);
                if (end < 0)
                    end = data.size();
                inputs.append(jv_string_sized(data.constData() + start, int(end - start)));
                start = end + 1;
            }
        }
    } else {
        jv_parser *parser = jv_parser_new(0);
        jv_parser_set_buf(parser, data.constData(), int(data.size()), 0);
        while (true) {
            jv value = jv_parser_next(parser);
            if (!jv_is_valid(value)) {
                if (jv_invalid_has_msg(jv_copy(value))) {
                    const QString message = fromJv(jv_invalid_get_msg(value));
                    if (o.nullInput) {
                        queue.parseError = message; // jq 1.6 then says "jq: error (at <stdin>:N): Invalid literal…"
                    } else {
                        result.err += QStringLiteral("parse error: %1\n").arg(message);
                        inputError = true;
                    }
                } else {
                    jv_free(value);
                }
                break;
            }
            inputs.append(value);
        }
        jv_parser_free(parser);
    }
    if (o.slurp && !o.rawInput) {
        jv array = jv_array();
        for (jv value : std::as_const(inputs))
            array = jv_array_append(array, value);
        inputs = {array};
    }
    jq_set_input_cb(jq, nextInput, &queue);
    jq_set_debug_cb(jq, collectDebug, &result.err);

    // As in jq 1.6, the exit status is the last input's: an error or a `halt_error` on one input does not stop the
    // next (`echo '1 {}' | jq .a` prints its error and null, and exits 0).
    int status = 0;
    bool produced = false;
    bool lastTruthy = false;
    std::optional<int> halted; // `halt` / `halt_error` on the last input: jq's exit status, exactly
    bool truncated = false;
    // -n: the filter runs once, on null, and the inputs are there for `input` and `inputs`.
    for (bool first = true; !truncated && (o.nullInput ? first : !queue.atEnd()); first = false) {
        jv value = o.nullInput ? jv_null() : queue.take();
        status = 0;
        halted.reset();
        jq_start(jq, value, 0);
        while (true) {
            jv output = jq_next(jq);
            if (!jv_is_valid(output) && jq_halted(jq)) {
                // As jq 1.6's main: the exit code (a number, 5 otherwise, 0 for `halt`), a string message as it is,
                // another value as JSON on a line, null nothing; no input after it is read.
                jv_free(output);
                jv code = jq_get_exit_code(jq);
                halted = !jv_is_valid(code) ? 0 : jv_get_kind(code) == JV_KIND_NUMBER ? int(jv_number_value(code)) : 5;
                jv_free(code);
                jv message = jq_get_error_message(jq);
                if (jv_get_kind(message) == JV_KIND_STRING)
                    result.err += fromJv(message);
                else if (jv_is_valid(message) && jv_get_kind(message) != JV_KIND_NULL)
                    result.err += fromJv(jv_dump_string(message, 0)) + QLatin1Char('\n');
                else
                    jv_free(message);
                break;
            }
            if (!jv_is_valid(output)) {
                if (jv_invalid_has_msg(jv_copy(output))) {
                    jv message = jv_invalid_get_msg(output);
                    // jq 1.6 names no place for -n until an input was read.
                    const QString position =
                        o.nullInput && queue.next == 0 ? QStringLiteral("<unknown>") : stdinPosition;
                    if (jv_get_kind(message) == JV_KIND_STRING)
                        result.err += QStringLiteral("jq: error (at %1): %2\n").arg(position, fromJv(message));
                    else
                        result.err += QStringLiteral("jq: error (at %1) (not a string): %2\n")
                                          .arg(position, fromJv(jv_dump_string(message, 0)));
                    status = 5;
                } else {
                    jv_free(output);
                }
                break;
            }
            produced = true;
            const jv_kind kind = jv_get_kind(output);
            lastTruthy = kind != JV_KIND_NULL && kind != JV_KIND_FALSE;
            if (o.raw && kind == JV_KIND_STRING && !o.ascii) {
                result.out += QString::fromUtf8(jv_string_value(output));
                jv_free(output);
            } else {
                result.out += fromJv(jv_dump_string(output, dumpFlags));
            }
            if (!o.join)
                result.out += QLatin1Char('\n');
            if (result.out.size() > MaxOutput) {
                result.err += QStringLiteral("jq: error: more than %1 MiB of output; the rest was not printed\n")
                                  .arg(MaxOutput >> 20);
                status = 5;
                truncated = true;
                break;
            }
        }
    }
    result.err += it->errors;
    if (halted)
        result.status = *halted;
    else if (inputError)
        result.status = 4; // jq 1.6 ends with 4 on input that does not parse (checked against its binary)
    else if (status != 0)
        result.status = status;
    else if (o.exitStatus)
        result.status = !produced ? 4 : (lastTruthy ? 0 : 1);
    return result;
}

} // namespace Keyless::Shell
