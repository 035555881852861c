#pragma once

#include <QList>
#include <QString>

namespace Keyless::Lab {

// One problem found while loading a lab file. `line`/`column` are 1-based and 0 when unknown;
// `pointer` is an RFC 6901 JSON pointer into the lab document ("" = the whole document).
struct LabIssue {
    QString file;
    int line = 0;
    int column = 0;
    QString pointer;
    QString message;

    // "file:line:column: /pointer: message" — the form editors and compilers use.
    QString toString() const;
};

using LabIssues = QList<LabIssue>;

} // namespace Keyless::Lab
