#pragma once

#include "content/contentmodel.h"

#include <QMap>

namespace Keyless::Content {

// All study content: lessons, questions, review cards, the skills outline and the coverage map.
//
// Content is data, laid out as in resources/ (see resources/README.md):
//     lessons/<lang>/*.md   questions/<lang>/*.json   questions/scripts/*.sh
//     cards/<lang>/*.json   skills/*.json             lessons/coverage.json
// loadBuiltIn() reads the copy compiled into the library (Qt resources under ":/keyless/content");
// loadFolder() adds content from a folder with the same layout (an instructor's pack, a translation).
// A bad file or entry never stops loading: it is reported in issues() with file, line and what is wrong,
// and skipped. For a language other than "en", English is loaded first and translated files replace
// entries with the same id, so untranslated content stays available.
class ContentLibrary final
{
public:
    explicit ContentLibrary(const QString &language = QStringLiteral("en"));

    QString language() const { return m_language; }

    static QString builtInRoot(); // ":/keyless/content"
    void loadBuiltIn();
    // Returns false if `root` is not a readable folder (reported in issues()).
    bool loadFolder(const QString &root);
    void clear();

    const QList<Lesson> &lessons() const { return m_lessons; } // sorted by order, then id
    const Lesson *lesson(const QString &id) const;
    const QList<Question> &questions() const { return m_questions; }
    const Question *question(const QString &id) const;
    QList<Question> questionsForLesson(const QString &lessonId) const;
    QList<Question> questionsForObjective(const QString &objectiveId) const;
    const QList<Card> &cards() const { return m_cards; }
    const SkillsOutline &outline() const { return m_outline; }
    const QList<CoveragePoint> &coverage() const { return m_coverage; }

    // Console scripts named by questions ("scriptId" -> bash text).
    bool hasScript(const QString &scriptId) const { return m_scripts.contains(scriptId); }
    QString script(const QString &scriptId) const { return m_scripts.value(scriptId); }
    QStringList scriptIds() const { return m_scripts.keys(); }
    // Starting worlds named by questions ("worldId" -> simulator World JSON text).
    bool hasWorld(const QString &worldId) const { return m_worlds.contains(worldId); }
    QByteArray world(const QString &worldId) const { return m_worlds.value(worldId); }
    QStringList worldIds() const { return m_worlds.keys(); }

    // Problems found while loading (files skipped, entries skipped).
    const QList<LoadIssue> &issues() const { return m_issues; }

    // Cross-references that can only be checked once everything is loaded: lesson → lab / flow step /
    // objective, question → lesson / objective / script, card → lesson / objective, coverage → section.
    QList<LoadIssue> validateReferences() const;

    // The lab ids lessons may link to (keyless://lab/<id>) — the first lab pack.
    static QStringList knownLabIds();
    // Largest content file accepted (bigger files are reported and skipped).
    static constexpr qint64 maxFileSize = 1024 * 1024;

private:
    void loadLessons(const QString &dir, const QString &language);
    void loadQuestions(const QString &dir);
    void loadCards(const QString &dir);
    void loadScripts(const QString &dir);
    void loadWorlds(const QString &dir);
    void loadOutline(const QString &dir);
    void loadCoverage(const QString &file);
    bool readFile(const QString &path, QByteArray &data);
    void sortLessons();

    QString m_language;
    QList<Lesson> m_lessons;
    QList<Question> m_questions;
    QList<Card> m_cards;
    SkillsOutline m_outline;
    QList<CoveragePoint> m_coverage;
    QMap<QString, QString> m_scripts;
    QMap<QString, QByteArray> m_worlds;
    QList<LoadIssue> m_issues;
};

} // namespace Keyless::Content
