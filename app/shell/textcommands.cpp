#include "shell/textcommands.h"

#include "shell/interpreter.h"
#include "shell/jqrunner.h"

#include <QRegularExpression>

#include <memory>

namespace Keyless::Shell {

namespace {

QStringList linesOf(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

// Reads the named files from the in-memory file system, or stdin when there are none.
bool readInputs(CommandContext &ctx, const QStringList &files, QString &text)
{
    if (files.isEmpty() || files == QStringList{QStringLiteral("-")}) {
        text = ctx.input;
        return true;
    }
    for (const QString &file : files) {
        if (!ctx.shell->hasFile(file)) {
            ctx.printError(QStringLiteral("%1: %2: No such file or directory").arg(ctx.name, file));
            return false;
        }
        text += ctx.shell->readFile(file);
    }
    return true;
}

QString interpretEscapes(const QString &text, bool &stop)
{
    QString out;
    stop = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char('\\') || i + 1 >= text.size()) {
            out += c;
            continue;
        }
        const QChar n = text.at(++i);
        switch (n.toLatin1()) {
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case '\\':
            out += QLatin1Char('\\');
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 'e':
            out += QChar(27);
            break;
        case 'c':
            stop = true;
            return out;
        default:
            out += QLatin1Char('\\');
            out += n;
            break;
        }
    }
    return out;
}

int echo(CommandContext &ctx)
{
    bool newline = true;
    bool escapes = false;
    qsizetype i = 0;
    static const QRegularExpression flags(QStringLiteral("^-[neE]+$"));
    for (; i < ctx.args.size() && flags.match(ctx.args.at(i)).hasMatch(); ++i) {
        for (const QChar f : ctx.args.at(i).mid(1)) {
            if (f == QLatin1Char('n'))
                newline = false;
            else if (f == QLatin1Char('e'))
                escapes = true;
            else
                escapes = false;
        }
    }
    QString text = ctx.args.mid(i).join(QLatin1Char(' '));
    if (escapes) {
        bool stop = false;
        text = interpretEscapes(text, stop);
        if (stop)
            newline = false;
    }
    ctx.out(newline ? text + QLatin1Char('\n') : text);
    return 0;
}

int printfCommand(CommandContext &ctx)
{
    if (ctx.args.isEmpty()) {
        ctx.printError(QStringLiteral("printf: usage: printf format [arguments]"));
        return 2;
    }
    bool stop = false;
    const QString format = interpretEscapes(ctx.args.first(), stop);
    QStringList values = ctx.args.mid(1);
    QString out;
    qsizetype used = 0;
    do {
        for (qsizetype i = 0; i < format.size(); ++i) {
            const QChar c = format.at(i);
            if (c != QLatin1Char('%') || i + 1 >= format.size()) {
                out += c;
                continue;
            }
            const QChar spec = format.at(++i);
            if (spec == QLatin1Char('%')) {
                out += QLatin1Char('%');
            } else if (spec == QLatin1Char('s') || spec == QLatin1Char('d')) {
                const QString v = used < values.size() ? values.at(used) : QString();
                ++used;
                out += spec == QLatin1Char('d') && v.isEmpty() ? QStringLiteral("0") : v;
            } else {
                ctx.printError(QStringLiteral("printf: %%%1: only %%s and %%d are supported").arg(spec));
                return 1;
            }
        }
    } while (used > 0 && used < values.size());
    ctx.out(out);
    return 0;
}

int cat(CommandContext &ctx)
{
    for (const QString &a : std::as_const(ctx.args)) {
        if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-")) {
            ctx.printError(QStringLiteral("cat: option '%1' is not supported").arg(a));
            return 1;
        }
    }
    QString text;
    if (!readInputs(ctx, ctx.args, text))
        return 1;
    ctx.out(text);
    return 0;
}

// Translates a POSIX basic regular expression into PCRE: in BRE, + ? | ( ) { } are literal unless
// escaped, the opposite of ERE/PCRE.
QString basicToPcre(const QString &pattern)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\') && i + 1 < pattern.size()) {
            const QChar n = pattern.at(++i);
            if (QStringLiteral("+?|(){}").contains(n))
                out += n;
            else {
                out += QLatin1Char('\\');
                out += n;
            }
        } else if (QStringLiteral("+?|(){}").contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

int grep(CommandContext &ctx)
{
    bool ignoreCase = false, invert = false, count = false, quiet = false, extended = false, fixed = false;
    bool onlyMatching = false, lineNumbers = false, word = false;
    QString pattern;
    bool havePattern = false;
    QStringList files;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (a == QLatin1String("-e") && i + 1 < ctx.args.size() && !havePattern) {
            pattern = ctx.args.at(++i);
            havePattern = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            if (a == QLatin1String("--ignore-case"))
                ignoreCase = true;
            else if (a == QLatin1String("--invert-match"))
                invert = true;
            else if (a == QLatin1String("--count"))
                count = true;
            else if (a == QLatin1String("--quiet") || a == QLatin1String("--silent"))
                quiet = true;
            else if (a == QLatin1String("--extended-regexp"))
                extended = true;
            else if (a == QLatin1String("--fixed-strings"))
                fixed = true;
            else {
                ctx.printError(QStringLiteral("grep: option '%1' is not supported in this console").arg(a));
                return 2;
            }
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            for (const QChar f : a.mid(1)) {
                switch (f.toLatin1()) {
                case 'i':
                    ignoreCase = true;
                    break;
                case 'v':
                    invert = true;
                    break;
                case 'c':
                    count = true;
                    break;
                case 'q':
                    quiet = true;
                    break;
                case 'E':
                    extended = true;
                    break;
                case 'F':
                    fixed = true;
                    break;
                case 'o':
                    onlyMatching = true;
                    break;
                case 'n':
                    lineNumbers = true;
                    break;
                case 'w':
                    word = true;
                    break;
                default:
                    ctx.printError(QStringLiteral("grep: option '-%1' is not supported in this console "
                                                  "(supported: -i -v -c -q -E -F -o -n -w)")
                                       .arg(f));
                    return 2;
                }
            }
        } else if (!havePattern) {
            pattern = a;
            havePattern = true;
        } else {
            files.append(a);
        }
    }
    if (!havePattern) {
        ctx.printError(QStringLiteral("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep -i error' or "
                                      "'grep -c name'."));
        return 2;
    }
    QString regex = fixed ? QRegularExpression::escape(pattern) : (extended ? pattern : basicToPcre(pattern));
    if (word)
        regex = QStringLiteral("\\b(?:%1)\\b").arg(regex);
    QRegularExpression re(regex,
                          ignoreCase ? QRegularExpression::CaseInsensitiveOption : QRegularExpression::NoPatternOption);
    if (!re.isValid()) {
        ctx.printError(QStringLiteral("grep: invalid regular expression '%1': %2").arg(pattern, re.errorString()));
        return 2;
    }
    QString text;
    if (!readInputs(ctx, files, text))
        return 2;
    int matches = 0;
    QString out;
    const QStringList lines = linesOf(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const bool hit = re.match(line).hasMatch() != invert;
        if (!hit)
            continue;
        ++matches;
        if (quiet || count)
            continue;
        const QString prefix = lineNumbers ? QStringLiteral("%1:").arg(n + 1) : QString();
        if (onlyMatching && !invert) {
            auto it = re.globalMatch(line);
            while (it.hasNext())
                out += prefix + it.next().captured(0) + QLatin1Char('\n');
        } else {
            out += prefix + line + QLatin1Char('\n');
        }
    }
    if (quiet)
        return matches > 0 ? 0 : 1;
    if (count)
        out = QString::number(matches) + QLatin1Char('\n');
    ctx.out(out);
    return matches > 0 ? 0 : 1;
}

// head / tail: -n N, -N, -n +N (tail), and -c N.
int headTail(CommandContext &ctx, bool head)
{
    qsizetype count = 10;
    bool bytes = false;
    bool fromStart = false;
    QStringList files;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        QString value;
        if (a == QLatin1String("-n") || a == QLatin1String("-c") || a == QLatin1String("--lines") ||
            a == QLatin1String("--bytes")) {
            if (i + 1 >= ctx.args.size()) {
                ctx.printError(QStringLiteral("%1: option requires an argument -- '%2'").arg(ctx.name, a.mid(1, 1)));
                return 1;
            }
            bytes = a == QLatin1String("-c") || a == QLatin1String("--bytes");
            value = ctx.args.at(++i);
        } else if (a.startsWith(QLatin1String("-n")) || a.startsWith(QLatin1String("-c"))) {
            bytes = a.startsWith(QLatin1String("-c"));
            value = a.mid(2);
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            value = a.mid(1);
            bool ok = false;
            value.toLongLong(&ok);
            if (!ok) {
                ctx.printError(
                    QStringLiteral("%1: option '%2' is not supported in this console (use -n N)").arg(ctx.name, a));
                return 1;
            }
        } else {
            files.append(a);
            continue;
        }
        if (!head && value.startsWith(QLatin1Char('+'))) {
            fromStart = true;
            value = value.mid(1);
        }
        bool ok = false;
        count = value.toLongLong(&ok);
        if (!ok || count < 0) {
            ctx.printError(QStringLiteral("%1: invalid number of %2: '%3'")
                               .arg(ctx.name, bytes ? QStringLiteral("bytes") : QStringLiteral("lines"), value));
            return 1;
        }
    }
    QString text;
    if (!readInputs(ctx, files, text))
        return 1;
    if (bytes) {
        ctx.out(head ? text.left(count) : text.right(count));
        return 0;
    }
    const QStringList lines = linesOf(text);
    QStringList selected;
    if (head)
        selected = lines.mid(0, count);
    else if (fromStart)
        selected = lines.mid(qMax<qsizetype>(0, count - 1));
    else
        selected = lines.mid(qMax<qsizetype>(0, lines.size() - count));
    QString out;
    for (const QString &line : std::as_const(selected))
        out += line + QLatin1Char('\n');
    ctx.out(out);
    return 0;
}

int wc(CommandContext &ctx)
{
    bool lines = false, words = false, chars = false;
    QStringList files;
    for (const QString &a : std::as_const(ctx.args)) {
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            for (const QChar f : a.mid(1)) {
                if (f == QLatin1Char('l'))
                    lines = true;
                else if (f == QLatin1Char('w'))
                    words = true;
                else if (f == QLatin1Char('c') || f == QLatin1Char('m'))
                    chars = true;
                else {
                    ctx.printError(QStringLiteral("wc: option '-%1' is not supported (use -l, -w or -c)").arg(f));
                    return 1;
                }
            }
        } else {
            files.append(a);
        }
    }
    if (!lines && !words && !chars)
        lines = words = chars = true;
    QString text;
    if (!readInputs(ctx, files, text))
        return 1;
    QStringList fields;
    if (lines)
        fields.append(QString::number(text.count(QLatin1Char('\n'))));
    if (words) {
        static const QRegularExpression ws(QStringLiteral("\\s+"));
        fields.append(QString::number(text.split(ws, Qt::SkipEmptyParts).size()));
    }
    if (chars)
        fields.append(QString::number(text.toUtf8().size()));
    // coreutils pads only when printing several counts.
    if (fields.size() > 1) {
        for (QString &f : fields)
            f = f.rightJustified(7);
    }
    ctx.print(fields.join(QLatin1Char(' ')) + (files.isEmpty() ? QString() : QLatin1Char(' ') + files.join(u' ')));
    return 0;
}

int sortCommand(CommandContext &ctx)
{
    bool reverse = false, unique = false, numeric = false;
    QStringList files;
    for (const QString &a : std::as_const(ctx.args)) {
        if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            for (const QChar f : a.mid(1)) {
                if (f == QLatin1Char('r'))
                    reverse = true;
                else if (f == QLatin1Char('u'))
                    unique = true;
                else if (f == QLatin1Char('n'))
                    numeric = true;
                else {
                    ctx.printError(QStringLiteral("sort: option '-%1' is not supported (use -r, -u, -n)").arg(f));
                    return 2;
                }
            }
        } else {
            files.append(a);
        }
    }
    QString text;
    if (!readInputs(ctx, files, text))
        return 2;
    QStringList lines = linesOf(text);
    std::stable_sort(lines.begin(), lines.end(), [numeric](const QString &a, const QString &b) {
        if (numeric)
            return a.toDouble() < b.toDouble();
        return a < b;
    });
    if (unique)
        lines.removeDuplicates();
    if (reverse)
        std::reverse(lines.begin(), lines.end());
    QString out;
    for (const QString &line : std::as_const(lines))
        out += line + QLatin1Char('\n');
    ctx.out(out);
    return 0;
}

int cut(CommandContext &ctx)
{
    QString delimiter = QStringLiteral("\t");
    QString fieldSpec;
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        if (a == QLatin1String("-d") && i + 1 < ctx.args.size())
            delimiter = ctx.args.at(++i);
        else if (a.startsWith(QLatin1String("-d")))
            delimiter = a.mid(2);
        else if (a == QLatin1String("-f") && i + 1 < ctx.args.size())
            fieldSpec = ctx.args.at(++i);
        else if (a.startsWith(QLatin1String("-f")))
            fieldSpec = a.mid(2);
        else {
            ctx.printError(QStringLiteral("cut: '%1' is not supported (use cut -d CHAR -f N[,M])").arg(a));
            return 1;
        }
    }
    if (fieldSpec.isEmpty() || delimiter.size() != 1) {
        ctx.printError(QStringLiteral("cut: you must give a one-character delimiter (-d) and fields (-f)"));
        return 1;
    }
    QList<int> fields;
    for (const QString &f : fieldSpec.split(QLatin1Char(','))) {
        bool ok = false;
        const int n = f.toInt(&ok);
        if (!ok || n < 1) {
            ctx.printError(QStringLiteral("cut: invalid field value '%1'").arg(f));
            return 1;
        }
        fields.append(n);
    }
    QString out;
    for (const QString &line : linesOf(ctx.input)) {
        if (!line.contains(delimiter)) {
            out += line + QLatin1Char('\n');
            continue;
        }
        const QStringList parts = line.split(delimiter);
        QStringList picked;
        for (const int n : std::as_const(fields)) {
            if (n <= parts.size())
                picked.append(parts.at(n - 1));
        }
        out += picked.join(delimiter) + QLatin1Char('\n');
    }
    ctx.out(out);
    return 0;
}

int base64Command(CommandContext &ctx)
{
    bool decode = false;
    for (const QString &a : std::as_const(ctx.args)) {
        if (a == QLatin1String("-d") || a == QLatin1String("--decode")) {
            decode = true;
        } else {
            ctx.printError(QStringLiteral("base64: '%1' is not supported (use base64 or base64 -d)").arg(a));
            return 1;
        }
    }
    if (!decode) {
        const QByteArray encoded = ctx.input.toUtf8().toBase64();
        QString out;
        for (qsizetype i = 0; i < encoded.size(); i += 76)
            out += QString::fromLatin1(encoded.mid(i, 76)) + QLatin1Char('\n');
        ctx.out(out);
        return 0;
    }
    QByteArray data = ctx.input.trimmed().toLatin1();
    const auto result = QByteArray::fromBase64Encoding(data, QByteArray::AbortOnBase64DecodingErrors);
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok) {
        // GNU base64 prints what it decoded, then complains (typical for unpadded JWT segments).
        ctx.out(QString::fromUtf8(QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding)));
        ctx.printError(QStringLiteral("base64: invalid input"));
        return 1;
    }
    ctx.out(QString::fromUtf8(result.decoded));
    return 0;
}

} // namespace

void registerTextCommands(Interpreter &shell)
{
    shell.registerCommand(QStringLiteral("echo"), echo, QStringLiteral("Print arguments (-n, -e)."));
    shell.registerCommand(QStringLiteral("printf"), printfCommand, QStringLiteral("Format and print (%s, %d)."));
    shell.registerCommand(QStringLiteral("cat"), cat, QStringLiteral("Print files or standard input."));
    shell.registerCommand(QStringLiteral("grep"), grep, QStringLiteral("Filter lines (-i -v -c -q -E -F -o -n -w)."));
    shell.registerCommand(
        QStringLiteral("head"), [](CommandContext &ctx) { return headTail(ctx, true); },
        QStringLiteral("First lines (-n N)."));
    shell.registerCommand(
        QStringLiteral("tail"), [](CommandContext &ctx) { return headTail(ctx, false); },
        QStringLiteral("Last lines (-n N)."));
    shell.registerCommand(QStringLiteral("wc"), wc, QStringLiteral("Count lines, words, bytes (-l -w -c)."));
    shell.registerCommand(QStringLiteral("sort"), sortCommand, QStringLiteral("Sort lines (-r -u -n)."));
    shell.registerCommand(QStringLiteral("cut"), cut, QStringLiteral("Select fields (-d CHAR -f N)."));
    shell.registerCommand(QStringLiteral("base64"), base64Command, QStringLiteral("Encode or decode (-d) base64."));

    shell.registerCommand(
        QStringLiteral("jq"),
        [](CommandContext &ctx) {
            // Options and the filter stay; file operands are read from the in-memory file system. As jq does, an
            // option is one wherever it stands: `jq .access_token -r` (QA: "-r" was taken for a file).
            QStringList args;
            QString filter;
            QString input = ctx.input;
            bool haveFilter = false;
            bool haveFiles = false;
            for (qsizetype i = 0; i < ctx.args.size(); ++i) {
                const QString &a = ctx.args.at(i);
                if (a == QLatin1String("--arg") || a == QLatin1String("--argjson")) {
                    args << a << ctx.args.mid(i + 1, 2);
                    i += 2;
                } else if (a == QLatin1String("--indent")) {
                    args << a << ctx.args.mid(i + 1, 1);
                    i += 1;
                } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
                    args << a;
                } else if (!haveFilter) {
                    filter = a;
                    haveFilter = true;
                } else {
                    if (!ctx.shell->hasFile(a)) {
                        ctx.printError(
                            QStringLiteral("jq: error: Could not open %1: No such file or directory").arg(a));
                        return 2;
                    }
                    if (!haveFiles)
                        input.clear();
                    haveFiles = true;
                    input += ctx.shell->readFile(a);
                }
            }
            // jq 1.6 runs `.` when it is given no filter and its input is not the terminal: `az … | jq`.
            if (!haveFilter && ctx.inputIsPipe) {
                filter = QStringLiteral(".");
                haveFilter = true;
            }
            if (haveFilter)
                args << filter;
            const JqRunner::Result result = ctx.shell->runJq(args, input, ctx.environment);
            ctx.out(result.out);
            ctx.err(result.err);
            return result.status;
        },
        QStringLiteral("Filter JSON with the real jq (-r -c -e -S -n -s -R, --arg)."));
}

} // namespace Keyless::Shell
