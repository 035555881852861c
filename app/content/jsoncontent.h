#pragma once

#include "content/contentmodel.h"

#include <QByteArray>

namespace Keyless::Content {

struct QuestionParseResult {
    QList<Question> questions; // the valid ones; invalid entries are reported and left out
    QList<LoadIssue> issues;
};

struct CardParseResult {
    QList<Card> cards;
    QList<LoadIssue> issues;
};

struct OutlineParseResult {
    SkillsOutline outline; // empty when the file has errors
    QList<LoadIssue> issues;
};

struct CoverageParseResult {
    QList<CoveragePoint> points;
    QList<LoadIssue> issues;
};

// Parsers for the JSON content files (formats in resources/README.md). A syntax error is reported with
// the line it occurs on; a bad entry (missing field, wrong type, invalid answer key, …) is reported with
// the line where that entry or field starts and skipped, the rest of the file still loads.
QuestionParseResult parseQuestions(const QByteArray &json, const QString &fileName);
CardParseResult parseCards(const QByteArray &json, const QString &fileName);
OutlineParseResult parseOutline(const QByteArray &json, const QString &fileName);
CoverageParseResult parseCoverage(const QByteArray &json, const QString &fileName);

} // namespace Keyless::Content
