#include "lab/labloader.h"

#include "lab/checkregistry.h"
#include "lab/jsonsourcemap.h"
#include "lab/labworld.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace Keyless::Lab {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyless::Lab", text); // the context lupdate gives tr() in this namespace
}

// A JSON syntax error in our words and our translations. QJsonParseError::errorString() is Qt's, translated by Qt's
// own file: in a German window the loader said "JSON syntax error: Nicht abgeschlossenes Objekt" (QA).
QString jsonSyntaxError(QJsonParseError::ParseError error)
{
    switch (error) {
    case QJsonParseError::UnterminatedObject:
        return tr("JSON syntax error: an object is not closed here (a comma between two fields, the quotes around a "
                  "name or the closing } may be missing)");
    case QJsonParseError::MissingNameSeparator:
        return tr("JSON syntax error: a colon is missing after a field's name");
    case QJsonParseError::UnterminatedArray:
        return tr("JSON syntax error: an array is not closed here (a comma between two values or the closing ] may "
                  "be missing)");
    case QJsonParseError::MissingValueSeparator:
        return tr("JSON syntax error: a comma is missing between two values");
    case QJsonParseError::IllegalValue:
        return tr("JSON syntax error: this is not a JSON value (text needs double quotes; true, false and null are "
                  "written in lower case)");
    case QJsonParseError::TerminationByNumber:
        return tr("JSON syntax error: the file ends before its objects and arrays are closed");
    case QJsonParseError::IllegalNumber:
        return tr("JSON syntax error: a number is not written as JSON allows");
    case QJsonParseError::IllegalEscapeSequence:
        return tr("JSON syntax error: a backslash in a string starts no escape JSON knows (a backslash itself is "
                  "written twice)");
    case QJsonParseError::IllegalUTF8String:
        return tr("JSON syntax error: the text is not valid UTF-8 (save the file as UTF-8)");
    case QJsonParseError::UnterminatedString:
        return tr("JSON syntax error: a string is not closed with a double quote");
    case QJsonParseError::MissingObject:
        return tr("JSON syntax error: a value is missing after a comma (JSON allows no comma after the last one)");
    case QJsonParseError::DeepNesting:
        return tr("JSON syntax error: objects and arrays are nested too deeply");
    case QJsonParseError::DocumentTooLarge:
        return tr("JSON syntax error: the document is too large");
    case QJsonParseError::GarbageAtEnd:
        return tr("JSON syntax error: there is more text after the end of the lab's object");
    case QJsonParseError::NoError:
        break;
    }
    return tr("JSON syntax error: the file is not valid JSON");
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{\\{\\s*([^{}]*?)\\s*\\}\\}"));
    return pattern;
}

const QRegularExpression &idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]{1,63}$"));
    return pattern;
}

const QRegularExpression &nameKeyPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,31}$"));
    return pattern;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

// Levenshtein distance, for "did you mean" suggestions on misspelt names.
int editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            current[j] = qMin(qMin(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

QString suggestion(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = 3; // only suggest close matches
    for (const QString &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral(" (did you mean \"%1\"?)").arg(best);
}

QString joinQuoted(const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << QLatin1Char('"') + w + QLatin1Char('"');
    return quoted.join(QLatin1String(", "));
}

// Collects issues with positions; all reading helpers report through it.
class Reader
{
public:
    Reader(QString file, const QByteArray &text, LabIssues &issues)
        : m_file(std::move(file))
        , m_text(text)
        , m_issues(issues)
    {
    }

    void error(const QString &pointer, const QString &message)
    {
        // The source map is only needed to place errors: build it on the first one (good labs never pay).
        if (!m_map)
            m_map.emplace(m_text);
        const auto pos = m_map->position(pointer);
        m_issues.append(LabIssue{m_file, pos.line, pos.column, pointer, message});
    }

    static QString child(const QString &pointer, const QString &key)
    {
        return pointer + QLatin1Char('/') + JsonSourceMap::escapeToken(key);
    }
    static QString child(const QString &pointer, qsizetype index)
    {
        return pointer + QLatin1Char('/') + QString::number(index);
    }

    void rejectUnknownKeys(const QJsonObject &object, const QString &pointer, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (known.contains(it.key()) || it.key().startsWith(QLatin1String("x-")))
                continue;
            error(child(pointer, it.key()),
                  QStringLiteral("unknown field \"%1\"%2").arg(it.key(), suggestion(it.key(), known)));
        }
    }

    bool expectType(const QJsonValue &value, QJsonValue::Type type, const QString &pointer, const QString &what)
    {
        if (value.type() == type)
            return true;
        error(pointer, QStringLiteral("expected %1, found %2").arg(what, jsonTypeName(value)));
        return false;
    }

    QString string(const QJsonObject &object, const QString &key, const QString &pointer, bool required,
                   bool allowEmpty = false)
    {
        const QJsonValue value = object.value(key);
        const QString at = child(pointer, key);
        if (value.isUndefined()) {
            if (required)
                error(pointer, QStringLiteral("missing required field \"%1\"").arg(key));
            return {};
        }
        if (!expectType(value, QJsonValue::String, at, QStringLiteral("a string")))
            return {};
        if (!allowEmpty && value.toString().trimmed().isEmpty())
            error(at, QStringLiteral("\"%1\" must not be empty").arg(key));
        return value.toString();
    }

    // Markdown and scripts may be written as one string or as an array of lines (easier to diff).
    QString text(const QJsonObject &object, const QString &key, const QString &pointer, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isArray()) {
            const QStringList lines = stringList(object, key, pointer, false);
            return lines.join(QLatin1Char('\n'));
        }
        return string(object, key, pointer, required);
    }

    QStringList stringList(const QJsonObject &object, const QString &key, const QString &pointer, bool required)
    {
        const QJsonValue value = object.value(key);
        const QString at = child(pointer, key);
        if (value.isUndefined()) {
            if (required)
                error(pointer, QStringLiteral("missing required field \"%1\"").arg(key));
            return {};
        }
        if (!expectType(value, QJsonValue::Array, at, QStringLiteral("an array of strings")))
            return {};
        QStringList result;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (expectType(array.at(i), QJsonValue::String, child(at, i), QStringLiteral("a string")))
                result << array.at(i).toString();
        }
        return result;
    }

    std::optional<double> number(const QJsonObject &object, const QString &key, const QString &pointer, bool required,
                                 double min, double max)
    {
        const QJsonValue value = object.value(key);
        const QString at = child(pointer, key);
        if (value.isUndefined()) {
            if (required)
                error(pointer, QStringLiteral("missing required field \"%1\"").arg(key));
            return std::nullopt;
        }
        if (!expectType(value, QJsonValue::Double, at, QStringLiteral("a number")))
            return std::nullopt;
        const double d = value.toDouble();
        if (d < min || d > max) {
            error(at, QStringLiteral("\"%1\" must be between %2 and %3, found %4")
                          .arg(key, QString::number(min), QString::number(max), QString::number(d)));
            return std::nullopt;
        }
        return d;
    }

    std::optional<int> integer(const QJsonObject &object, const QString &key, const QString &pointer, bool required,
                               int min, int max)
    {
        const auto d = number(object, key, pointer, required, min, max);
        if (!d)
            return std::nullopt;
        if (*d != double(qint64(*d))) {
            error(child(pointer, key), QStringLiteral("\"%1\" must be a whole number").arg(key));
            return std::nullopt;
        }
        return int(*d);
    }

private:
    QString m_file;
    const QByteArray &m_text;
    std::optional<JsonSourceMap> m_map;
    LabIssues &m_issues;
};

// Where checkPlaceholders is in the document: keys and indices, turned into a JSON pointer only for an
// error (a good lab has thousands of values and no error, and building every pointer was most of the walk).
struct PathStep {
    QString key;
    qsizetype index = -1;
};

QString pointerOf(const QList<PathStep> &path)
{
    QString pointer;
    for (const PathStep &step : path)
        pointer = step.index >= 0 ? Reader::child(pointer, step.index) : Reader::child(pointer, step.key);
    return pointer;
}

void checkPlaceholderText(const QString &text, const QList<PathStep> &path, const QSet<QString> &declared,
                          Reader &reader)
{
    if (!text.contains(QLatin1String("{{")))
        return;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const QString key = match.captured(1);
        if (!declared.contains(key)) {
            reader.error(pointerOf(path),
                         QStringLiteral("placeholder {{%1}} is not declared in \"names\"%2")
                             .arg(key, suggestion(key, QStringList(declared.cbegin(), declared.cend()))));
        }
    }
}

// Every {{name}} used anywhere in the document must be declared in "names".
void checkPlaceholders(const QJsonValue &value, QList<PathStep> &path, const QSet<QString> &declared, Reader &reader)
{
    if (value.isString()) {
        checkPlaceholderText(value.toString(), path, declared, reader);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            path.append(PathStep{QString(), i});
            checkPlaceholders(array.at(i), path, declared, reader);
            path.removeLast();
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            path.append(PathStep{it.key()});
            checkPlaceholderText(it.key(), path, declared, reader);
            checkPlaceholders(it.value(), path, declared, reader);
            path.removeLast();
        }
    }
}

QList<NameRule> readNames(const QJsonObject &root, Reader &reader)
{
    QList<NameRule> names;
    const QJsonValue value = root.value(QLatin1String("names"));
    if (value.isUndefined())
        return names;
    if (!reader.expectType(value, QJsonValue::Object, QStringLiteral("/names"), QStringLiteral("an object")))
        return names;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString at = Reader::child(QStringLiteral("/names"), it.key());
        if (!nameKeyPattern().match(it.key()).hasMatch()) {
            reader.error(
                at, QStringLiteral("name key \"%1\" must be a letter followed by letters, digits or _").arg(it.key()));
            continue;
        }
        if (!reader.expectType(it.value(), QJsonValue::Object, at, QStringLiteral("an object")))
            continue;
        const QJsonObject rule = it.value().toObject();
        reader.rejectUnknownKeys(rule, at, {QStringLiteral("prefix"), QStringLiteral("length")});
        NameRule name;
        name.key = it.key();
        name.prefix = reader.string(rule, QStringLiteral("prefix"), at, true);
        name.length = reader.integer(rule, QStringLiteral("length"), at, false, 0, 16).value_or(5);
        names << name;
    }
    return names;
}

CheckSpec readCheck(const QJsonValue &value, const QString &at, const CheckRegistry &registry, Reader &reader)
{
    CheckSpec spec;
    spec.pointer = at;
    if (!reader.expectType(value, QJsonValue::Object, at, QStringLiteral("an object")))
        return spec;
    const QJsonObject object = value.toObject();
    spec.check = reader.string(object, QStringLiteral("check"), at, true);
    spec.feedback = reader.string(object, QStringLiteral("feedback"), at, false);
    spec.weight = reader.number(object, QStringLiteral("weight"), at, false, 0.0, 1000.0).value_or(1.0);
    if (spec.check.isEmpty())
        return spec;
    const CheckRegistry::Kind *kind = registry.find(spec.check);
    if (!kind) {
        reader.error(
            Reader::child(at, QStringLiteral("check")),
            QStringLiteral("unknown check \"%1\"%2; known checks: %3")
                .arg(spec.check, suggestion(spec.check, registry.names()), registry.names().join(QLatin1String(", "))));
        return spec;
    }
    QStringList known{QStringLiteral("check"), QStringLiteral("feedback"), QStringLiteral("weight")};
    for (const auto &param : kind->params)
        known << param.name;
    reader.rejectUnknownKeys(object, at, known);
    for (const auto &param : kind->params) {
        const QJsonValue v = object.value(param.name);
        const QString pat = Reader::child(at, param.name);
        if (v.isUndefined()) {
            if (param.required)
                reader.error(at, QStringLiteral("check \"%1\" needs parameter \"%2\"").arg(spec.check, param.name));
            continue;
        }
        if (!CheckRegistry::matchesType(v, param.type)) {
            reader.error(pat, QStringLiteral("parameter \"%1\" of check \"%2\" must be %3, found %4")
                                  .arg(param.name, spec.check, CheckRegistry::typeName(param.type), jsonTypeName(v)));
            continue;
        }
        if (!param.allowed.isEmpty() && v.isString() && !param.allowed.contains(v.toString())) {
            reader.error(pat, QStringLiteral("parameter \"%1\" must be one of %2, found \"%3\"")
                                  .arg(param.name, joinQuoted(param.allowed), v.toString()));
            continue;
        }
        spec.params.insert(param.name, v);
    }
    return spec;
}

QList<LabTask> readTasks(const QJsonObject &root, const CheckRegistry &registry, Reader &reader)
{
    QList<LabTask> tasks;
    const QJsonValue value = root.value(QLatin1String("tasks"));
    if (value.isUndefined()) {
        reader.error(QString(), QStringLiteral("missing required field \"tasks\""));
        return tasks;
    }
    if (!reader.expectType(value, QJsonValue::Array, QStringLiteral("/tasks"), QStringLiteral("an array of tasks")))
        return tasks;
    const QJsonArray array = value.toArray();
    if (array.isEmpty())
        reader.error(QStringLiteral("/tasks"), QStringLiteral("a lab needs at least one task"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = Reader::child(QStringLiteral("/tasks"), i);
        if (!reader.expectType(array.at(i), QJsonValue::Object, at, QStringLiteral("an object")))
            continue;
        const QJsonObject object = array.at(i).toObject();
        reader.rejectUnknownKeys(object, at,
                                 {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("instructions"),
                                  QStringLiteral("hints"), QStringLiteral("points"), QStringLiteral("checks")});
        LabTask task;
        task.id = reader.string(object, QStringLiteral("id"), at, true);
        if (!task.id.isEmpty()) {
            if (!idPattern().match(task.id).hasMatch())
                reader.error(Reader::child(at, QStringLiteral("id")),
                             QStringLiteral("task id \"%1\" must be lower-case letters, digits and -").arg(task.id));
            if (ids.contains(task.id))
                reader.error(Reader::child(at, QStringLiteral("id")),
                             QStringLiteral("duplicate task id \"%1\"").arg(task.id));
            ids.insert(task.id);
        }
        task.title = reader.string(object, QStringLiteral("title"), at, true);
        task.instructions = reader.text(object, QStringLiteral("instructions"), at, true);
        task.hints = reader.stringList(object, QStringLiteral("hints"), at, false);
        task.points = reader.integer(object, QStringLiteral("points"), at, false, 0, 1000).value_or(10);
        const QJsonValue checks = object.value(QLatin1String("checks"));
        const QString checksAt = Reader::child(at, QStringLiteral("checks"));
        if (checks.isUndefined()) {
            reader.error(at, QStringLiteral("missing required field \"checks\""));
        } else if (reader.expectType(checks, QJsonValue::Array, checksAt, QStringLiteral("an array of checks"))) {
            const QJsonArray list = checks.toArray();
            if (list.isEmpty())
                reader.error(checksAt, QStringLiteral("a task needs at least one check"));
            for (qsizetype c = 0; c < list.size(); ++c)
                task.checks << readCheck(list.at(c), Reader::child(checksAt, c), registry, reader);
        }
        tasks << task;
    }
    return tasks;
}

QList<LabFault> readFaults(const QJsonObject &root, Reader &reader)
{
    QList<LabFault> faults;
    const QJsonValue value = root.value(QLatin1String("faults"));
    if (value.isUndefined())
        return faults;
    if (!reader.expectType(value, QJsonValue::Array, QStringLiteral("/faults"), QStringLiteral("an array of faults")))
        return faults;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = Reader::child(QStringLiteral("/faults"), i);
        if (!reader.expectType(array.at(i), QJsonValue::Object, at, QStringLiteral("an object")))
            continue;
        const QJsonObject object = array.at(i).toObject();
        reader.rejectUnknownKeys(object, at,
                                 {QStringLiteral("id"), QStringLiteral("description"), QStringLiteral("commands")});
        LabFault fault;
        fault.id = reader.string(object, QStringLiteral("id"), at, true);
        fault.description = reader.text(object, QStringLiteral("description"), at, true);
        fault.commands = reader.stringList(object, QStringLiteral("commands"), at, true);
        faults << fault;
    }
    return faults;
}

} // namespace

QString LabIssue::toString() const
{
    QString result = file;
    if (line > 0)
        result += QStringLiteral(":%1:%2").arg(line).arg(column);
    result += QLatin1String(": ");
    if (!pointer.isEmpty())
        result += pointer + QLatin1String(": ");
    return result + message;
}

int LabDefinition::totalPoints() const
{
    int total = 0;
    for (const auto &task : tasks)
        total += task.points;
    return total;
}

int LabDefinition::checkCount() const
{
    int count = 0;
    for (const auto &task : tasks)
        count += int(task.checks.size());
    return count;
}

const LabTask *LabDefinition::task(const QString &taskId) const
{
    for (const auto &task : tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

LabLoader::LabLoader(const CheckRegistry &registry)
    : m_registry(registry)
{
}

LabLoadResult LabLoader::loadFile(const QString &path, Checks checks) const
{
    QFile file(path);
    LabLoadResult result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.issues << LabIssue{path, 0, 0, QString(), QStringLiteral("cannot open: %1").arg(file.errorString())};
        return result;
    }
    // Read one byte more than the limit so an oversized file is detected without reading all of it.
    const QByteArray data = file.read(MaxFileSize + 1);
    if (data.size() > MaxFileSize) {
        result.issues << LabIssue{
            path, 0, 0, QString(),
            QStringLiteral("file is larger than the limit of %1 KiB for a lab").arg(MaxFileSize / 1024)};
        return result;
    }
    result = loadData(data, path, checks);
    return result;
}

LabIssues LabLoader::checkWorld(const LabDefinition &lab, const QByteArray &data) const
{
    LabIssues issues;
    Reader reader(lab.sourcePath, data, issues);
    for (const auto &problem : LabWorld::validate(lab, m_registry))
        reader.error(problem.pointer, problem.message);
    return issues;
}

LabLoadResult LabLoader::loadData(const QByteArray &data, const QString &fileName, Checks checks) const
{
    LabLoadResult result;
    if (data.size() > MaxFileSize) {
        result.issues << LabIssue{
            fileName, 0, 0, QString(),
            QStringLiteral("file is larger than the limit of %1 KiB for a lab").arg(MaxFileSize / 1024)};
        return result;
    }
    if (data.trimmed().isEmpty()) { // JSON's "illegal value" at 1:1 said less than this (QA)
        result.issues << LabIssue{fileName, 0, 0, QString(),
                                  QStringLiteral("the file is empty: a lab is a JSON object (see labs/README.md)")};
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto pos = JsonSourceMap::positionOfOffset(data, parseError.offset);
        result.issues << LabIssue{fileName, pos.line, pos.column, QString(), jsonSyntaxError(parseError.error)};
        return result;
    }
    Reader reader(fileName, data, result.issues);
    if (!document.isObject()) {
        reader.error(QString(), QStringLiteral("a lab file must contain one JSON object"));
        return result;
    }
    const QJsonObject root = document.object();
    reader.rejectUnknownKeys(
        root, QString(),
        {QStringLiteral("$schema"), QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("title"),
         QStringLiteral("summary"), QStringLiteral("level"), QStringLiteral("minutes"), QStringLiteral("skills"),
         QStringLiteral("story"), QStringLiteral("names"), QStringLiteral("seed"), QStringLiteral("world"),
         QStringLiteral("faults"), QStringLiteral("tasks"), QStringLiteral("solution"), QStringLiteral("scoring")});

    auto lab = std::make_shared<LabDefinition>();
    lab->sourcePath = fileName;
    const auto format = reader.integer(root, QStringLiteral("format"), QString(), true, 1, 1000);
    if (format && *format != FormatVersion) {
        reader.error(QStringLiteral("/format"),
                     QStringLiteral("lab format %1 is not supported by this version of Keyless (it reads format %2)")
                         .arg(*format)
                         .arg(FormatVersion));
        return result; // the rest of a newer format cannot be judged
    }
    lab->id = reader.string(root, QStringLiteral("id"), QString(), true);
    if (!lab->id.isEmpty() && !idPattern().match(lab->id).hasMatch())
        reader.error(QStringLiteral("/id"),
                     QStringLiteral("lab id \"%1\" must be 2-64 lower-case letters, digits and -").arg(lab->id));
    lab->title = reader.string(root, QStringLiteral("title"), QString(), true);
    lab->summary = reader.string(root, QStringLiteral("summary"), QString(), true);
    lab->level = reader.string(root, QStringLiteral("level"), QString(), true);
    static const QStringList levels{QStringLiteral("beginner"), QStringLiteral("intermediate"),
                                    QStringLiteral("advanced")};
    if (!lab->level.isEmpty() && !levels.contains(lab->level))
        reader.error(QStringLiteral("/level"),
                     QStringLiteral("level must be one of %1, found \"%2\"").arg(joinQuoted(levels), lab->level));
    lab->minutes = reader.integer(root, QStringLiteral("minutes"), QString(), true, 1, 600).value_or(0);
    lab->skills = reader.stringList(root, QStringLiteral("skills"), QString(), false);
    lab->story = reader.text(root, QStringLiteral("story"), QString(), true);
    lab->defaultSeed = quint64(reader.integer(root, QStringLiteral("seed"), QString(), false, 0, 2147483647)
                                   .value_or(int(Lab::defaultSeed())));
    if (root.contains(QLatin1String("scoring"))) {
        const QJsonValue scoring = root.value(QLatin1String("scoring"));
        if (reader.expectType(scoring, QJsonValue::Object, QStringLiteral("/scoring"), QStringLiteral("an object"))) {
            reader.rejectUnknownKeys(scoring.toObject(), QStringLiteral("/scoring"), {QStringLiteral("hintPenalty")});
            lab->hintPenalty = reader
                                   .number(scoring.toObject(), QStringLiteral("hintPenalty"),
                                           QStringLiteral("/scoring"), false, 0.0, 1.0)
                                   .value_or(0.1);
        }
    }
    lab->names = readNames(root, reader);
    QSet<QString> declared;
    for (const auto &name : lab->names)
        declared.insert(name.key);
    QList<PathStep> path;
    checkPlaceholders(root, path, declared, reader);

    const QJsonValue world = root.value(QLatin1String("world"));
    if (world.isUndefined())
        reader.error(QString(), QStringLiteral("missing required field \"world\""));
    else if (reader.expectType(world, QJsonValue::Object, QStringLiteral("/world"), QStringLiteral("an object")))
        lab->world = world.toObject();
    lab->faults = readFaults(root, reader);
    lab->tasks = readTasks(root, m_registry, reader);

    // The initial world is built once by app/sim (with the default seed) to prove it is valid, and
    // every resource, principal and scope a check names is resolved in it.
    if (checks == Checks::All && root.value(QLatin1String("world")).isObject() && result.issues.isEmpty()) {
        for (const auto &problem : LabWorld::validate(*lab, m_registry))
            reader.error(problem.pointer, problem.message);
    }

    const QString solutionAt = QStringLiteral("/solution");
    if (!root.contains(QLatin1String("solution"))) {
        reader.error(QString(), QStringLiteral("missing required field \"solution\""));
    } else if (root.value(QLatin1String("solution")).isString()) {
        lab->solution = root.value(QLatin1String("solution")).toString().split(QLatin1Char('\n'));
    } else {
        lab->solution = reader.stringList(root, QStringLiteral("solution"), QString(), true);
    }
    for (const auto &problem : LabWorld::parseScript(lab->solution.join(QLatin1Char('\n'))))
        reader.error(solutionAt, QStringLiteral("the solution does not parse: %1").arg(problem));
    for (qsizetype f = 0; f < lab->faults.size(); ++f) {
        for (const auto &problem : LabWorld::parseScript(lab->faults.at(f).commands.join(QLatin1Char('\n'))))
            reader.error(Reader::child(Reader::child(QStringLiteral("/faults"), f), QStringLiteral("commands")),
                         QStringLiteral("a fault command does not parse: %1").arg(problem));
    }

    if (result.issues.isEmpty())
        result.lab = std::move(lab);
    return result;
}

} // namespace Keyless::Lab
