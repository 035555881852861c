#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// Plain value types the UI renders. Everything is loaded from data files (see resources/README.md);
// nothing here knows about widgets or the simulator.
namespace Keyless::Content {

// A problem found while loading or cross-checking content. `line` is 1-based; 0 means "whole file".
struct LoadIssue {
    QString file;
    int line = 0;
    QString message;

    QString toString() const; // "file:line: message", as compilers print it
};

struct LessonSection {
    QString id; // unique within the lesson, from "## Title {#id}"
    QString title;
    QString markdown; // the section's body, Markdown
    int line = 0;     // line of the heading in the source file
};

struct ReflectionQuestion {
    QString question;    // Markdown
    QString modelAnswer; // Markdown
};

// A `keyless://lab/<id>` or `keyless://flow/<imds|appservice>/<step>` link found in a lesson body.
struct LessonLink {
    QString url;
    int line = 0;
};

struct Lesson {
    QString id;
    QString title;
    QString language;   // folder the file came from, e.g. "en"
    QString sourceFile; // path it was loaded from (":/…" for built-in content)
    int order = 0;
    int minutes = 0;
    QStringList objectives;        // skills-outline objective ids
    QList<int> points;             // issue points of the course plan this lesson covers
    QStringList labs;              // lab ids
    QStringList flowSteps;         // "imds/3", "appservice/1", …
    QString intro;                 // Markdown before the first section (usually empty)
    QList<LessonSection> sections; // content sections, without reflection and exam tip
    QList<ReflectionQuestion> reflections;
    QString examTip; // Markdown
    QList<LessonLink> links;

    const LessonSection *section(const QString &sectionId) const; // nullptr if absent
};

enum class QuestionKind { Single, Multiple, Ordering };
enum class Difficulty { Easy, Medium, Hard };

struct QuestionOption {
    QString id;
    QString text;        // Markdown
    QString explanation; // why this option is right or wrong (or, for ordering, why it sits where it does)
};

struct Question {
    QString id;
    QuestionKind kind = QuestionKind::Single;
    Difficulty difficulty = Difficulty::Medium;
    QString lessonId;
    QString objectiveId;
    QString prompt; // Markdown
    QList<QuestionOption> options;
    // Single: one option id. Multiple: the correct option ids (order irrelevant). Ordering: every option
    // id in the correct order.
    QStringList answer;
    // Console script (resources/questions/scripts/<scriptId>.sh) that reproduces the situation the
    // question describes, and what its output must (not) contain. Empty for purely conceptual questions.
    QString scriptId;
    // Optional starting world for the script (resources/questions/worlds/<worldId>.json, simulator World JSON,
    // see app/sim/README.md) when the situation needs app code or seeded state; empty = a fresh sandbox.
    QString worldId;
    QStringList expectContains;
    QStringList expectNotContains;
    QString sourceFile;
    int line = 0;

    bool isCorrect(const QStringList &response) const;
    const QuestionOption *option(const QString &optionId) const;
    bool hasScript() const { return !scriptId.isEmpty(); }
};

struct Card {
    QString id;
    QString deck;
    QString lessonId;    // may be empty
    QString objectiveId; // may be empty
    QString front;       // Markdown
    QString back;        // Markdown
    QString sourceFile;
    int line = 0;
};

struct Objective {
    QString id; // e.g. "az204-3.2.3"
    QString title;
};

struct ObjectiveGroup {
    QString id;
    QString title;
    QList<Objective> objectives;
};

struct Domain {
    QString id;
    QString title;
    int weightMin = 0; // percent
    int weightMax = 0;
    QList<ObjectiveGroup> groups;
};

struct SkillsOutline {
    QString exam; // "AZ-204"
    QString title;
    QString outlineDate; // date of the outline text the file follows
    QString sourceNote;  // where the text comes from, and any caveat
    QList<Domain> domains;
    QHash<QString, QStringList> labObjectives; // lab id -> objective ids it trains

    bool isEmpty() const { return domains.isEmpty(); }
    const Objective *objective(const QString &objectiveId) const;
    int groupCount() const;
    int objectiveCount() const;
};

// One point of the course plan (issue 7) and the lesson sections ("lessonId#sectionId") that teach it.
struct CoveragePoint {
    int point = 0;
    QString title;
    QStringList sections;
};

QString kindName(QuestionKind kind);
QString difficultyName(Difficulty difficulty);

} // namespace Keyless::Content
