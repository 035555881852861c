#pragma once

#include "content/contentmodel.h"

#include <optional>

namespace Keyless::Content {

struct LessonParseResult {
    std::optional<Lesson> lesson; // empty when the file has errors
    QList<LoadIssue> issues;
};

// Parses one lesson file: the metadata header (id, title, order, objectives, minutes; optional points,
// labs, flow), then sections "## Title {#section-id}". Two section ids are reserved: "reflection" holds
// "**Q:** …" / "**A:** …" pairs, "exam-tip" holds the exam tip. Headings inside ``` fences are ignored.
// Every problem is reported with `fileName` and its line; a lesson with any problem is not returned.
LessonParseResult parseLesson(const QString &text, const QString &fileName, const QString &language);

} // namespace Keyless::Content
