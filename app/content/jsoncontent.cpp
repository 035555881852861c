#include "content/jsoncontent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace Keyless::Content {

namespace {

// Finds line numbers in the raw JSON text, which QJsonDocument does not keep: where each element of a
// top-level array starts, and where a key occurs after a given offset.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &text)
        : m_text(text)
    {
        // Every entry and option asks for its line: counting from the start each time made loading quadratic.
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            if (m_text.at(i) == '\n')
                m_newlines.append(i);
        }
    }

    int lineAt(qsizetype offset) const
    {
        offset = qBound(qsizetype(0), offset, m_text.size());
        return int(std::lower_bound(m_newlines.cbegin(), m_newlines.cend(), offset) - m_newlines.cbegin()) + 1;
    }

    // Offsets of the '{' of each object in the array that is the value of top-level key `arrayKey`.
    QList<qsizetype> elementOffsets(const QByteArray &arrayKey) const
    {
        QList<qsizetype> out;
        int depth = 0;
        bool inString = false;
        bool escaped = false;
        qsizetype stringStart = -1;
        QByteArray lastTopKey;
        bool inArray = false;
        for (qsizetype i = 0; i < m_text.size(); ++i) {
            const char c = m_text.at(i);
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"') {
                    inString = false;
                    if (depth == 1)
                        lastTopKey = m_text.mid(stringStart + 1, i - stringStart - 1);
                }
                continue;
            }
            switch (c) {
            case '"':
                inString = true;
                stringStart = i;
                break;
            case '[':
                if (depth == 1 && lastTopKey == arrayKey)
                    inArray = true;
                ++depth;
                break;
            case '{':
                if (inArray && depth == 2)
                    out.append(i);
                ++depth;
                break;
            case ']':
            case '}':
                --depth;
                if (depth == 1)
                    inArray = false;
                break;
            default:
                break;
            }
        }
        return out;
    }

    // Line of the first occurrence of "key" (as a JSON key) at or after `from`; `fallback` if none.
    int keyLine(qsizetype from, const QString &key, int fallback) const
    {
        const qsizetype at = keyOffset(from, key, 0);
        return at < 0 ? fallback : lineAt(at);
    }

    // Offset of the n-th (0-based) occurrence of "key" used as a JSON key at or after `from`, or -1.
    qsizetype keyOffset(qsizetype from, const QString &key, int n) const
    {
        const QByteArray needle = '"' + key.toUtf8() + '"';
        qsizetype at = m_text.indexOf(needle, from);
        while (at >= 0) {
            qsizetype j = at + needle.size();
            while (j < m_text.size() &&
                   (m_text.at(j) == ' ' || m_text.at(j) == '\t' || m_text.at(j) == '\n' || m_text.at(j) == '\r'))
                ++j;
            if (j < m_text.size() && m_text.at(j) == ':') {
                if (n == 0)
                    return at;
                --n;
            }
            at = m_text.indexOf(needle, at + 1);
        }
        return -1;
    }

private:
    QByteArray m_text;
    QList<qsizetype> m_newlines; // offsets of the line breaks, ascending
};

struct Document {
    QJsonObject root;
    bool ok = false;
};

Document readDocument(const QByteArray &json, const QString &fileName, const JsonLocator &locator,
                      QList<LoadIssue> &issues)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        issues.append(
            {fileName, locator.lineAt(error.offset), QStringLiteral("JSON syntax error: %1").arg(error.errorString())});
        return {};
    }
    if (!doc.isObject()) {
        issues.append({fileName, 1, QStringLiteral("the top level must be a JSON object")});
        return {};
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt(0) != 1) {
        issues.append({fileName, locator.keyLine(0, QStringLiteral("format"), 1),
                       QStringLiteral("unsupported or missing \"format\" (expected 1)")});
        return {};
    }
    return {root, true};
}

// Collects the problems of one entry; `where(key)` gives the line of a field in that entry.
struct EntryChecker {
    const QJsonObject &object;
    std::function<int(const QString &)> where;
    QString fileName;
    QList<LoadIssue> problems;

    QString requireString(const QString &key)
    {
        const QJsonValue v = object.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            problems.append({fileName, where(key),
                             v.isUndefined() ? QStringLiteral("missing \"%1\"").arg(key)
                                             : QStringLiteral("\"%1\" must be a non-empty string").arg(key)});
            return {};
        }
        return v.toString();
    }

    QString optionalString(const QString &key)
    {
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isString()) {
            problems.append({fileName, where(key), QStringLiteral("\"%1\" must be a string").arg(key)});
            return {};
        }
        return v.toString();
    }
};

QStringList stringList(const QJsonValue &value, bool &ok)
{
    ok = value.isArray();
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (!v.isString())
            ok = false;
        else
            out.append(v.toString());
    }
    return out;
}

} // namespace

QuestionParseResult parseQuestions(const QByteArray &json, const QString &fileName)
{
    QuestionParseResult result;
    const JsonLocator locator(json);
    const Document doc = readDocument(json, fileName, locator, result.issues);
    if (!doc.ok)
        return result;
    const QJsonValue list = doc.root.value(QStringLiteral("questions"));
    if (!list.isArray()) {
        result.issues.append({fileName, locator.keyLine(0, QStringLiteral("questions"), 1),
                              QStringLiteral("\"questions\" must be an array")});
        return result;
    }
    const QList<qsizetype> offsets = locator.elementOffsets("questions");
    const QJsonArray array = list.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qsizetype start = i < offsets.size() ? offsets.at(i) : 0;
        const int entryLine = locator.lineAt(start);
        if (!array.at(i).isObject()) {
            result.issues.append({fileName, entryLine, QStringLiteral("question %1 is not an object").arg(i + 1)});
            continue;
        }
        const QJsonObject o = array.at(i).toObject();
        EntryChecker check{o, [&](const QString &key) { return locator.keyLine(start, key, entryLine); }, fileName, {}};
        Question q;
        q.sourceFile = fileName;
        q.line = entryLine;
        q.id = check.requireString(QStringLiteral("id"));
        const QString kind = check.requireString(QStringLiteral("kind"));
        if (kind == QLatin1String("single"))
            q.kind = QuestionKind::Single;
        else if (kind == QLatin1String("multiple"))
            q.kind = QuestionKind::Multiple;
        else if (kind == QLatin1String("ordering"))
            q.kind = QuestionKind::Ordering;
        else if (!kind.isEmpty())
            check.problems.append({fileName, check.where(QStringLiteral("kind")),
                                   QStringLiteral("unknown kind '%1' (single, multiple, ordering)").arg(kind)});
        const QString difficulty = check.requireString(QStringLiteral("difficulty"));
        if (difficulty == QLatin1String("easy"))
            q.difficulty = Difficulty::Easy;
        else if (difficulty == QLatin1String("medium"))
            q.difficulty = Difficulty::Medium;
        else if (difficulty == QLatin1String("hard"))
            q.difficulty = Difficulty::Hard;
        else if (!difficulty.isEmpty())
            check.problems.append({fileName, check.where(QStringLiteral("difficulty")),
                                   QStringLiteral("unknown difficulty '%1' (easy, medium, hard)").arg(difficulty)});
        q.lessonId = check.requireString(QStringLiteral("lesson"));
        q.objectiveId = check.requireString(QStringLiteral("objective"));
        q.prompt = check.requireString(QStringLiteral("prompt"));

        const QJsonValue options = o.value(QStringLiteral("options"));
        QSet<QString> optionIds;
        if (!options.isArray() || options.toArray().size() < 2) {
            check.problems.append({fileName, check.where(QStringLiteral("options")),
                                   QStringLiteral("\"options\" must be an array of at least two options")});
        } else {
            const QJsonArray optionArray = options.toArray();
            const qsizetype optionsAt = qMax(start, locator.keyOffset(start, QStringLiteral("options"), 0));
            for (qsizetype k = 0; k < optionArray.size(); ++k) {
                const QJsonObject opt = optionArray.at(k).toObject();
                QuestionOption option{opt.value(QStringLiteral("id")).toString(),
                                      opt.value(QStringLiteral("text")).toString(),
                                      opt.value(QStringLiteral("explanation")).toString()};
                const qsizetype optionAt = locator.keyOffset(optionsAt, QStringLiteral("id"), int(k));
                const int optionLine = optionAt < 0 ? check.where(QStringLiteral("options")) : locator.lineAt(optionAt);
                if (option.id.isEmpty() || option.text.trimmed().isEmpty())
                    check.problems.append(
                        {fileName, optionLine, QStringLiteral("option %1 needs an \"id\" and a \"text\"").arg(k + 1)});
                else if (option.explanation.trimmed().isEmpty())
                    check.problems.append(
                        {fileName, optionLine, QStringLiteral("option '%1' has no \"explanation\"").arg(option.id)});
                if (optionIds.contains(option.id))
                    check.problems.append(
                        {fileName, optionLine, QStringLiteral("duplicate option id '%1'").arg(option.id)});
                optionIds.insert(option.id);
                q.options.append(option);
            }
        }

        bool answerOk = false;
        q.answer = stringList(o.value(QStringLiteral("answer")), answerOk);
        const int answerLine = check.where(QStringLiteral("answer"));
        if (!answerOk) {
            check.problems.append({fileName, answerLine, QStringLiteral("\"answer\" must be an array of option ids")});
        } else {
            for (const QString &a : std::as_const(q.answer)) {
                if (!optionIds.contains(a))
                    check.problems.append(
                        {fileName, answerLine, QStringLiteral("answer '%1' is not an option id").arg(a)});
            }
            const QSet<QString> distinct(q.answer.cbegin(), q.answer.cend());
            if (distinct.size() != q.answer.size())
                check.problems.append({fileName, answerLine, QStringLiteral("the answer repeats an option id")});
            if (q.kind == QuestionKind::Single && q.answer.size() != 1)
                check.problems.append(
                    {fileName, answerLine, QStringLiteral("a single-answer question needs exactly one answer")});
            if (q.kind == QuestionKind::Multiple && q.answer.size() < 2)
                check.problems.append(
                    {fileName, answerLine, QStringLiteral("a multiple-answer question needs at least two answers")});
            if (q.kind == QuestionKind::Ordering && distinct != optionIds)
                check.problems.append({fileName, answerLine,
                                       QStringLiteral("an ordering answer must list every option id exactly once")});
        }

        q.scriptId = check.optionalString(QStringLiteral("script"));
        q.worldId = check.optionalString(QStringLiteral("world"));
        if (!q.worldId.isEmpty() && q.scriptId.isEmpty())
            check.problems.append(
                {fileName, check.where(QStringLiteral("world")), QStringLiteral("\"world\" without a \"script\"")});
        const QJsonValue expect = o.value(QStringLiteral("expect"));
        if (!q.scriptId.isEmpty()) {
            bool ok1 = true;
            bool ok2 = true;
            const QJsonObject e = expect.toObject();
            q.expectContains = stringList(e.value(QStringLiteral("contains")), ok1);
            if (e.contains(QStringLiteral("notContains")))
                q.expectNotContains = stringList(e.value(QStringLiteral("notContains")), ok2);
            if (!expect.isObject() || !ok1 || !ok2 || (q.expectContains.isEmpty() && q.expectNotContains.isEmpty()))
                check.problems.append(
                    {fileName, check.where(expect.isUndefined() ? QStringLiteral("script") : QStringLiteral("expect")),
                     QStringLiteral("a question with a \"script\" needs \"expect\": {\"contains\": [ … ]}")});
        } else if (!expect.isUndefined()) {
            check.problems.append(
                {fileName, check.where(QStringLiteral("expect")), QStringLiteral("\"expect\" without a \"script\"")});
        }

        if (!q.id.isEmpty() && seen.contains(q.id))
            check.problems.append(
                {fileName, check.where(QStringLiteral("id")), QStringLiteral("duplicate question id '%1'").arg(q.id)});
        if (!check.problems.isEmpty()) {
            result.issues.append(check.problems);
            continue;
        }
        seen.insert(q.id);
        result.questions.append(q);
    }
    return result;
}

CardParseResult parseCards(const QByteArray &json, const QString &fileName)
{
    CardParseResult result;
    const JsonLocator locator(json);
    const Document doc = readDocument(json, fileName, locator, result.issues);
    if (!doc.ok)
        return result;
    const QString deck = doc.root.value(QStringLiteral("deck")).toString();
    const QJsonValue list = doc.root.value(QStringLiteral("cards"));
    if (!list.isArray()) {
        result.issues.append(
            {fileName, locator.keyLine(0, QStringLiteral("cards"), 1), QStringLiteral("\"cards\" must be an array")});
        return result;
    }
    const QList<qsizetype> offsets = locator.elementOffsets("cards");
    const QJsonArray array = list.toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const qsizetype start = i < offsets.size() ? offsets.at(i) : 0;
        const int entryLine = locator.lineAt(start);
        const QJsonObject o = array.at(i).toObject();
        EntryChecker check{o, [&](const QString &key) { return locator.keyLine(start, key, entryLine); }, fileName, {}};
        Card card;
        card.deck = deck;
        card.sourceFile = fileName;
        card.line = entryLine;
        card.id = check.requireString(QStringLiteral("id"));
        card.front = check.requireString(QStringLiteral("front"));
        card.back = check.requireString(QStringLiteral("back"));
        card.lessonId = check.optionalString(QStringLiteral("lesson"));
        card.objectiveId = check.optionalString(QStringLiteral("objective"));
        if (!card.id.isEmpty() && seen.contains(card.id))
            check.problems.append(
                {fileName, check.where(QStringLiteral("id")), QStringLiteral("duplicate card id '%1'").arg(card.id)});
        if (!check.problems.isEmpty()) {
            result.issues.append(check.problems);
            continue;
        }
        seen.insert(card.id);
        result.cards.append(card);
    }
    return result;
}

OutlineParseResult parseOutline(const QByteArray &json, const QString &fileName)
{
    OutlineParseResult result;
    const JsonLocator locator(json);
    const Document doc = readDocument(json, fileName, locator, result.issues);
    if (!doc.ok)
        return result;
    const QJsonObject &root = doc.root;
    SkillsOutline outline;
    outline.exam = root.value(QStringLiteral("exam")).toString();
    outline.title = root.value(QStringLiteral("title")).toString();
    outline.outlineDate = root.value(QStringLiteral("outlineDate")).toString();
    outline.sourceNote = root.value(QStringLiteral("sourceNote")).toString();
    if (outline.exam.isEmpty())
        result.issues.append({fileName, 1, QStringLiteral("missing \"exam\"")});
    QSet<QString> ids;
    auto checkId = [&](const QString &id, const QString &what) {
        if (id.isEmpty()) {
            result.issues.append({fileName, 1, QStringLiteral("a %1 has no \"id\"").arg(what)});
        } else if (ids.contains(id)) {
            result.issues.append(
                {fileName, locator.keyLine(0, QStringLiteral("id"), 1), QStringLiteral("duplicate id '%1'").arg(id)});
        }
        ids.insert(id);
    };
    auto lineOfId = [&](const QString &id) {
        const qsizetype at = json.indexOf(QByteArray("\"" + id.toUtf8() + "\""));
        return at < 0 ? 1 : locator.lineAt(at);
    };
    const QJsonArray domains = root.value(QStringLiteral("domains")).toArray();
    if (domains.isEmpty())
        result.issues.append({fileName, locator.keyLine(0, QStringLiteral("domains"), 1),
                              QStringLiteral("\"domains\" must be a non-empty array")});
    for (const QJsonValue &dv : domains) {
        const QJsonObject d = dv.toObject();
        Domain domain{d.value(QStringLiteral("id")).toString(),
                      d.value(QStringLiteral("title")).toString(),
                      d.value(QStringLiteral("weightMin")).toInt(-1),
                      d.value(QStringLiteral("weightMax")).toInt(-1),
                      {}};
        checkId(domain.id, QStringLiteral("domain"));
        if (domain.weightMin < 0 || domain.weightMax < domain.weightMin || domain.weightMax > 100)
            result.issues.append(
                {fileName, lineOfId(domain.id),
                 QStringLiteral("domain '%1' needs 0 <= weightMin <= weightMax <= 100").arg(domain.id)});
        for (const QJsonValue &gv : d.value(QStringLiteral("groups")).toArray()) {
            const QJsonObject g = gv.toObject();
            ObjectiveGroup group{
                g.value(QStringLiteral("id")).toString(), g.value(QStringLiteral("title")).toString(), {}};
            checkId(group.id, QStringLiteral("group"));
            for (const QJsonValue &ov : g.value(QStringLiteral("objectives")).toArray()) {
                const QJsonObject obj = ov.toObject();
                Objective objective{obj.value(QStringLiteral("id")).toString(),
                                    obj.value(QStringLiteral("title")).toString()};
                checkId(objective.id, QStringLiteral("objective"));
                if (objective.title.isEmpty())
                    result.issues.append({fileName, lineOfId(objective.id),
                                          QStringLiteral("objective '%1' has no title").arg(objective.id)});
                group.objectives.append(objective);
            }
            if (group.objectives.isEmpty())
                result.issues.append(
                    {fileName, lineOfId(group.id), QStringLiteral("group '%1' has no objectives").arg(group.id)});
            domain.groups.append(group);
        }
        outline.domains.append(domain);
    }
    const QJsonObject labs = root.value(QStringLiteral("labs")).toObject();
    for (auto it = labs.constBegin(); it != labs.constEnd(); ++it) {
        bool ok = false;
        const QStringList objectives = stringList(it.value(), ok);
        if (!ok)
            result.issues.append({fileName, locator.keyLine(0, it.key(), 1),
                                  QStringLiteral("lab '%1' must map to an array of objective ids").arg(it.key())});
        for (const QString &o : objectives) {
            if (!outline.objective(o))
                result.issues.append({fileName, locator.keyLine(0, it.key(), 1),
                                      QStringLiteral("lab '%1' names unknown objective '%2'").arg(it.key(), o)});
        }
        outline.labObjectives.insert(it.key(), objectives);
    }
    if (result.issues.isEmpty())
        result.outline = outline;
    return result;
}

CoverageParseResult parseCoverage(const QByteArray &json, const QString &fileName)
{
    CoverageParseResult result;
    const JsonLocator locator(json);
    const Document doc = readDocument(json, fileName, locator, result.issues);
    if (!doc.ok)
        return result;
    const QList<qsizetype> offsets = locator.elementOffsets("points");
    const QJsonArray array = doc.root.value(QStringLiteral("points")).toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int line = locator.lineAt(i < offsets.size() ? offsets.at(i) : 0);
        const QJsonObject o = array.at(i).toObject();
        bool ok = false;
        CoveragePoint p{o.value(QStringLiteral("point")).toInt(0), o.value(QStringLiteral("title")).toString(),
                        stringList(o.value(QStringLiteral("sections")), ok)};
        if (p.point <= 0 || !ok || p.sections.isEmpty()) {
            result.issues.append(
                {fileName, line, QStringLiteral("a coverage point needs \"point\" (> 0) and non-empty \"sections\"")});
            continue;
        }
        result.points.append(p);
    }
    return result;
}

} // namespace Keyless::Content
