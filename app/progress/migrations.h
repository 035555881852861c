#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Keyless::Progress {

// One forward step of the schema. Version N turns a version N-1 file into a version N file; the statements
// run in one transaction together with `PRAGMA user_version = N`. Never edit a released step: add one.
struct Migration {
    int version = 0;
    QString summary;
    QStringList statements;
};

// All steps, ordered by version, starting at 1 and without gaps.
const QList<Migration> &migrations();

} // namespace Keyless::Progress
