#include "content/lessonparser.h"

#include "content/markdownmeta.h"

#include <QRegularExpression>
#include <QSet>

namespace Keyless::Content {

namespace {

const QString kReflectionId = QStringLiteral("reflection");
const QString kExamTipId = QStringLiteral("exam-tip");

struct RawSection {
    QString id;
    QString title;
    QStringList lines;
    int line = 0;
};

QString joinTrimmed(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).trimmed();
}

bool parsePositiveInt(const QString &text, int &out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value <= 0)
        return false;
    out = value;
    return true;
}

} // namespace

LessonParseResult parseLesson(const QString &text, const QString &fileName, const QString &language)
{
    static const QRegularExpression headingPattern(QStringLiteral("^##\\s+(.+?)\\s*\\{#([^}]*)\\}\\s*$"));
    static const QRegularExpression sectionIdPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    static const QRegularExpression flowPattern(QStringLiteral("^(imds|appservice)/[1-7]$"));
    static const QRegularExpression linkPattern(QStringLiteral("keyless://[^\\s)\\]>\"'`]+"));
    static const QSet<QString> knownKeys = {
        QStringLiteral("id"),      QStringLiteral("title"),  QStringLiteral("order"), QStringLiteral("objectives"),
        QStringLiteral("minutes"), QStringLiteral("points"), QStringLiteral("labs"),  QStringLiteral("flow")};

    LessonParseResult result;
    auto fail = [&](int line, const QString &message) {
        result.issues.append({fileName, line, message});
    };

    const MarkdownMetadata meta = parseMarkdownMetadata(text);
    for (const MetadataError &e : meta.errors)
        fail(e.line, e.message);
    if (!meta.ok())
        return result;

    Lesson lesson;
    lesson.language = language;
    lesson.sourceFile = fileName;
    for (const MetadataField &f : meta.fields) {
        if (!knownKeys.contains(f.key))
            fail(f.line, QStringLiteral("unknown metadata key '%1'").arg(f.key));
    }
    const int headerLine = 1;
    for (const QString &required : {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("order"),
                                    QStringLiteral("objectives"), QStringLiteral("minutes")}) {
        if (!meta.field(required) || meta.value(required).isEmpty())
            fail(headerLine, QStringLiteral("missing required metadata '%1'").arg(required));
    }
    lesson.id = meta.value(QStringLiteral("id"));
    if (!lesson.id.isEmpty() && !sectionIdPattern.match(lesson.id).hasMatch())
        fail(meta.field(QStringLiteral("id"))->line, QStringLiteral("invalid lesson id '%1'").arg(lesson.id));
    lesson.title = meta.value(QStringLiteral("title"));
    if (const MetadataField *f = meta.field(QStringLiteral("order"))) {
        if (!parsePositiveInt(f->value, lesson.order))
            fail(f->line, QStringLiteral("'order' must be a positive integer, got '%1'").arg(f->value));
    }
    if (const MetadataField *f = meta.field(QStringLiteral("minutes"))) {
        if (!parsePositiveInt(f->value, lesson.minutes))
            fail(f->line, QStringLiteral("'minutes' must be a positive integer, got '%1'").arg(f->value));
    }
    lesson.objectives = meta.list(QStringLiteral("objectives"));
    lesson.labs = meta.list(QStringLiteral("labs"));
    if (const MetadataField *f = meta.field(QStringLiteral("points"))) {
        for (const QString &p : meta.list(QStringLiteral("points"))) {
            int point = 0;
            if (parsePositiveInt(p, point))
                lesson.points.append(point);
            else
                fail(f->line, QStringLiteral("'points' entries must be positive integers, got '%1'").arg(p));
        }
    }
    if (const MetadataField *f = meta.field(QStringLiteral("flow"))) {
        for (const QString &step : meta.list(QStringLiteral("flow"))) {
            if (flowPattern.match(step).hasMatch())
                lesson.flowSteps.append(step);
            else
                fail(f->line, QStringLiteral("flow step '%1' is not <imds|appservice>/<1-7>").arg(step));
        }
    }

    // Body: split into sections, ignoring headings inside code fences.
    const QStringList lines = meta.body.split(QLatin1Char('\n'));
    QList<RawSection> raw;
    QStringList intro;
    bool inFence = false;
    QSet<QString> seenIds;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int lineNo = meta.bodyFirstLine + i;
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")))
            inFence = !inFence;
        QRegularExpressionMatchIterator links = linkPattern.globalMatch(line);
        while (links.hasNext())
            lesson.links.append({links.next().captured(0), lineNo});
        if (!inFence && line.startsWith(QLatin1String("## "))) {
            const QRegularExpressionMatch m = headingPattern.match(line);
            if (!m.hasMatch()) {
                fail(lineNo, QStringLiteral("section heading needs an id: '## Title {#section-id}'"));
                raw.append({QString(), trimmed.mid(3), {}, lineNo});
                continue;
            }
            const QString id = m.captured(2);
            if (!sectionIdPattern.match(id).hasMatch())
                fail(lineNo, QStringLiteral("invalid section id '%1'").arg(id));
            else if (seenIds.contains(id))
                fail(lineNo, QStringLiteral("duplicate section id '%1'").arg(id));
            seenIds.insert(id);
            raw.append({id, m.captured(1), {}, lineNo});
            continue;
        }
        if (raw.isEmpty())
            intro.append(line);
        else
            raw.last().lines.append(line);
    }
    if (inFence) {
        // Later headings were swallowed by the fence; missing-section errors would only be noise.
        fail(meta.bodyFirstLine + int(lines.size()) - 1, QStringLiteral("unclosed ``` code fence"));
        return result;
    }
    lesson.intro = joinTrimmed(intro);

    const int lastLine = meta.bodyFirstLine + int(lines.size()) - 1;
    bool haveReflection = false;
    bool haveTip = false;
    bool haveContent = false;
    for (const RawSection &s : raw) {
        if (s.id == kReflectionId) {
            haveReflection = true;
            ReflectionQuestion *current = nullptr;
            bool inAnswer = false;
            int questionLine = s.line;
            for (int k = 0; k < s.lines.size(); ++k) {
                const QString &l = s.lines.at(k);
                const QString t = l.trimmed();
                if (t.startsWith(QLatin1String("**Q:**"))) {
                    if (current && current->modelAnswer.trimmed().isEmpty())
                        fail(questionLine, QStringLiteral("reflection question has no model answer ('**A:** …')"));
                    lesson.reflections.append({t.mid(6).trimmed(), QString()});
                    current = &lesson.reflections.last();
                    inAnswer = false;
                    questionLine = s.line + 1 + k;
                } else if (t.startsWith(QLatin1String("**A:**"))) {
                    if (!current) {
                        fail(s.line + 1 + k, QStringLiteral("model answer without a question ('**Q:** …')"));
                        continue;
                    }
                    current->modelAnswer = t.mid(6).trimmed();
                    inAnswer = true;
                } else if (current) {
                    QString &target = inAnswer ? current->modelAnswer : current->question;
                    target += QLatin1Char('\n') + l;
                } else if (!t.isEmpty()) {
                    fail(s.line + 1 + k, QStringLiteral("text in the reflection section must follow '**Q:**'"));
                }
            }
            for (ReflectionQuestion &r : lesson.reflections) {
                r.question = r.question.trimmed();
                r.modelAnswer = r.modelAnswer.trimmed();
            }
            if (lesson.reflections.isEmpty())
                fail(s.line, QStringLiteral("the reflection section has no '**Q:**' question"));
            else if (lesson.reflections.last().modelAnswer.isEmpty())
                fail(questionLine, QStringLiteral("reflection question has no model answer ('**A:** …')"));
        } else if (s.id == kExamTipId) {
            haveTip = true;
            lesson.examTip = joinTrimmed(s.lines);
            if (lesson.examTip.isEmpty())
                fail(s.line, QStringLiteral("the exam tip is empty"));
        } else if (s.id.isEmpty()) {
            haveContent = true; // heading without id, already reported
        } else {
            haveContent = true;
            LessonSection section{s.id, s.title, joinTrimmed(s.lines), s.line};
            if (section.markdown.isEmpty())
                fail(s.line, QStringLiteral("section '%1' is empty").arg(s.id));
            lesson.sections.append(section);
        }
    }
    if (!haveContent)
        fail(lastLine, QStringLiteral("the lesson has no content section"));
    if (!haveReflection)
        fail(lastLine, QStringLiteral("missing section '## Reflection {#reflection}'"));
    if (!haveTip)
        fail(lastLine, QStringLiteral("missing section '## Exam tip {#exam-tip}'"));

    if (result.issues.isEmpty())
        result.lesson = std::move(lesson);
    return result;
}

} // namespace Keyless::Content
