#include "content/contentlibrary.h"

#include "content/jsoncontent.h"
#include "content/lessonparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcContent, "keyless.content")

namespace Keyless::Content {

namespace {

QStringList filesIn(const QString &dir, const QString &pattern)
{
    const QDir d(dir);
    if (!d.exists())
        return {};
    QStringList out;
    const QStringList names = d.entryList({pattern}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        out.append(d.filePath(name));
    return out;
}

// Replace an entry with the same id (translation overrides English) or append it.
template <typename T> void upsert(QList<T> &list, const T &item)
{
    for (T &existing : list) {
        if (existing.id == item.id) {
            existing = item;
            return;
        }
    }
    list.append(item);
}

} // namespace

ContentLibrary::ContentLibrary(const QString &language)
    : m_language(language.isEmpty() ? QStringLiteral("en") : language)
{
}

QString ContentLibrary::builtInRoot()
{
    return QStringLiteral(":/keyless/content");
}

void ContentLibrary::loadBuiltIn()
{
    loadFolder(builtInRoot());
}

bool ContentLibrary::loadFolder(const QString &root)
{
    if (!QFileInfo(root).isDir()) {
        m_issues.append({root, 0, QStringLiteral("content folder not found")});
        return false;
    }
    const QDir dir(root);
    QStringList languages{QStringLiteral("en")};
    if (m_language != QLatin1String("en"))
        languages.append(m_language);
    for (const QString &lang : std::as_const(languages)) {
        loadLessons(dir.filePath(QStringLiteral("lessons/") + lang), lang);
        loadQuestions(dir.filePath(QStringLiteral("questions/") + lang));
        loadCards(dir.filePath(QStringLiteral("cards/") + lang));
    }
    loadScripts(dir.filePath(QStringLiteral("questions/scripts")));
    loadWorlds(dir.filePath(QStringLiteral("questions/worlds")));
    loadOutline(dir.filePath(QStringLiteral("skills")));
    const QString coverage = dir.filePath(QStringLiteral("lessons/coverage.json"));
    if (QFileInfo::exists(coverage))
        loadCoverage(coverage);
    sortLessons();
    return true;
}

void ContentLibrary::clear()
{
    m_lessons.clear();
    m_questions.clear();
    m_cards.clear();
    m_outline = {};
    m_coverage.clear();
    m_scripts.clear();
    m_worlds.clear();
    m_issues.clear();
}

bool ContentLibrary::readFile(const QString &path, QByteArray &data)
{
    QFile file(path);
    if (file.size() > maxFileSize) {
        m_issues.append({path, 0, QStringLiteral("file is larger than %1 bytes; skipped").arg(maxFileSize)});
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_issues.append({path, 0, QStringLiteral("cannot read file: %1").arg(file.errorString())});
        return false;
    }
    data = file.readAll();
    return true;
}

void ContentLibrary::loadLessons(const QString &dir, const QString &language)
{
    for (const QString &path : filesIn(dir, QStringLiteral("*.md"))) {
        QByteArray data;
        if (!readFile(path, data))
            continue;
        LessonParseResult parsed = parseLesson(QString::fromUtf8(data), path, language);
        m_issues.append(parsed.issues);
        if (!parsed.lesson) {
            qCWarning(lcContent) << "skipped lesson" << path;
            continue;
        }
        const Lesson *same = lesson(parsed.lesson->id);
        if (same && same->language == language) {
            m_issues.append({path, 1,
                             QStringLiteral("duplicate lesson id '%1' (also in %2); skipped")
                                 .arg(parsed.lesson->id, same->sourceFile)});
            continue;
        }
        upsert(m_lessons, *parsed.lesson);
    }
}

void ContentLibrary::loadQuestions(const QString &dir)
{
    for (const QString &path : filesIn(dir, QStringLiteral("*.json"))) {
        QByteArray data;
        if (!readFile(path, data))
            continue;
        const QuestionParseResult parsed = parseQuestions(data, path);
        m_issues.append(parsed.issues);
        for (const Question &q : parsed.questions)
            upsert(m_questions, q);
    }
}

void ContentLibrary::loadCards(const QString &dir)
{
    for (const QString &path : filesIn(dir, QStringLiteral("*.json"))) {
        QByteArray data;
        if (!readFile(path, data))
            continue;
        const CardParseResult parsed = parseCards(data, path);
        m_issues.append(parsed.issues);
        for (const Card &c : parsed.cards)
            upsert(m_cards, c);
    }
}

void ContentLibrary::loadScripts(const QString &dir)
{
    for (const QString &path : filesIn(dir, QStringLiteral("*.sh"))) {
        QByteArray data;
        if (!readFile(path, data))
            continue;
        m_scripts.insert(QFileInfo(path).completeBaseName(), QString::fromUtf8(data));
    }
}

void ContentLibrary::loadWorlds(const QString &dir)
{
    // Only checked to be a JSON object here; the simulator validates the rest when a test loads it.
    for (const QString &path : filesIn(dir, QStringLiteral("*.json"))) {
        QByteArray data;
        if (!readFile(path, data))
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            m_issues.append({path, int(data.left(error.offset).count('\n')) + 1,
                             QStringLiteral("world file is not a JSON object: %1").arg(error.errorString())});
            continue;
        }
        m_worlds.insert(QFileInfo(path).completeBaseName(), data);
    }
}

void ContentLibrary::loadOutline(const QString &dir)
{
    // One outline per exam; the newest file (by name) wins if several describe the same exam.
    for (const QString &path : filesIn(dir, QStringLiteral("*.json"))) {
        QByteArray data;
        if (!readFile(path, data))
            continue;
        OutlineParseResult parsed = parseOutline(data, path);
        m_issues.append(parsed.issues);
        if (!parsed.outline.isEmpty())
            m_outline = parsed.outline;
    }
}

void ContentLibrary::loadCoverage(const QString &file)
{
    QByteArray data;
    if (!readFile(file, data))
        return;
    const CoverageParseResult parsed = parseCoverage(data, file);
    m_issues.append(parsed.issues);
    m_coverage = parsed.points;
}

void ContentLibrary::sortLessons()
{
    std::stable_sort(m_lessons.begin(), m_lessons.end(), [](const Lesson &a, const Lesson &b) {
        return a.order != b.order ? a.order < b.order : a.id < b.id;
    });
}

const Lesson *ContentLibrary::lesson(const QString &id) const
{
    for (const Lesson &l : m_lessons) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

const Question *ContentLibrary::question(const QString &id) const
{
    for (const Question &q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

QList<Question> ContentLibrary::questionsForLesson(const QString &lessonId) const
{
    QList<Question> out;
    for (const Question &q : m_questions) {
        if (q.lessonId == lessonId)
            out.append(q);
    }
    return out;
}

QList<Question> ContentLibrary::questionsForObjective(const QString &objectiveId) const
{
    QList<Question> out;
    for (const Question &q : m_questions) {
        if (q.objectiveId == objectiveId)
            out.append(q);
    }
    return out;
}

QStringList ContentLibrary::knownLabIds()
{
    return {QStringLiteral("func-cosmos-no-secret"),
            QStringLiteral("appservice-keyvault"),
            QStringLiteral("vm-storage-imds"),
            QStringLiteral("shared-uami-storage"),
            QStringLiteral("troubleshoot-contributor-not-enough"),
            QStringLiteral("troubleshoot-propagation-cache"),
            QStringLiteral("troubleshoot-recreated-app")};
}

QList<LoadIssue> ContentLibrary::validateReferences() const
{
    static const QRegularExpression labLink(QStringLiteral("^keyless://lab/([a-z0-9-]+)$"));
    static const QRegularExpression flowLink(QStringLiteral("^keyless://flow/(imds|appservice)/([1-7])$"));
    const QStringList labs = knownLabIds();
    QList<LoadIssue> out;
    auto objectiveKnown = [&](const QString &id) {
        return m_outline.objective(id) != nullptr;
    };

    for (const Lesson &l : m_lessons) {
        for (const QString &o : l.objectives) {
            if (!objectiveKnown(o))
                out.append({l.sourceFile, 1, QStringLiteral("lesson '%1' names unknown objective '%2'").arg(l.id, o)});
        }
        for (const QString &lab : l.labs) {
            if (!labs.contains(lab))
                out.append({l.sourceFile, 1, QStringLiteral("lesson '%1' names unknown lab '%2'").arg(l.id, lab)});
        }
        for (const LessonLink &link : l.links) {
            const QRegularExpressionMatch lab = labLink.match(link.url);
            if (lab.hasMatch()) {
                if (!labs.contains(lab.captured(1)))
                    out.append({l.sourceFile, link.line, QStringLiteral("link to unknown lab '%1'").arg(link.url)});
            } else if (!flowLink.match(link.url).hasMatch()) {
                out.append({l.sourceFile, link.line,
                            QStringLiteral(
                                "link '%1' is neither keyless://lab/<id> nor keyless://flow/<imds|appservice>/<1-7>")
                                .arg(link.url)});
            }
        }
    }
    for (const Question &q : m_questions) {
        if (!lesson(q.lessonId))
            out.append({q.sourceFile, q.line,
                        QStringLiteral("question '%1' names unknown lesson '%2'").arg(q.id, q.lessonId)});
        if (!objectiveKnown(q.objectiveId))
            out.append({q.sourceFile, q.line,
                        QStringLiteral("question '%1' names unknown objective '%2'").arg(q.id, q.objectiveId)});
        if (q.hasScript() && !hasScript(q.scriptId))
            out.append({q.sourceFile, q.line,
                        QStringLiteral("question '%1' names missing script '%2.sh'").arg(q.id, q.scriptId)});
        if (!q.worldId.isEmpty() && !hasWorld(q.worldId))
            out.append({q.sourceFile, q.line,
                        QStringLiteral("question '%1' names missing world '%2.json'").arg(q.id, q.worldId)});
    }
    for (const Card &c : m_cards) {
        if (!c.lessonId.isEmpty() && !lesson(c.lessonId))
            out.append(
                {c.sourceFile, c.line, QStringLiteral("card '%1' names unknown lesson '%2'").arg(c.id, c.lessonId)});
        if (!c.objectiveId.isEmpty() && !objectiveKnown(c.objectiveId))
            out.append({c.sourceFile, c.line,
                        QStringLiteral("card '%1' names unknown objective '%2'").arg(c.id, c.objectiveId)});
    }
    for (const CoveragePoint &p : m_coverage) {
        for (const QString &ref : p.sections) {
            const QStringList parts = ref.split(QLatin1Char('#'));
            const Lesson *l = parts.size() == 2 ? lesson(parts.at(0)) : nullptr;
            if (!l || !(l->section(parts.at(1)) || parts.at(1) == QLatin1String("reflection") ||
                        parts.at(1) == QLatin1String("exam-tip")))
                out.append({QStringLiteral("coverage"), 0,
                            QStringLiteral("point %1 names unknown section '%2'").arg(p.point).arg(ref)});
        }
    }
    for (auto it = m_outline.labObjectives.constBegin(); it != m_outline.labObjectives.constEnd(); ++it) {
        if (!labs.contains(it.key()))
            out.append({QStringLiteral("skills"), 0, QStringLiteral("outline maps unknown lab '%1'").arg(it.key())});
    }
    return out;
}

} // namespace Keyless::Content
