#pragma once

#include <QString>
#include <QStringList>

namespace Keyless::Ui::Labs::SimNarration {

// The simulator words its trace in English (its golden tests, the CLI and its own checks read those texts), so the
// flow view translates the narration when it converts a run: each English sentence the simulator writes is a
// template here ("New token for %1 (oid %2), valid until %3."), and a text that matches one whole is given in the
// current language with its values (names, ids, URLs, actions, times) as they were. Templates whose parts are
// themselves narration ("allowed: %1", a "; " list of reasons) translate those parts too, and match only if they
// do. A text that matches no template (an SDK or Azure message, an HTTP line) comes back as it is.
QString translated(const QString &english);

// Whether `english` is one of the simulator's sentences (translated() has a template for it).
bool isNarration(const QString &english);

// The English templates, for tests and for the curious.
QStringList templates();

} // namespace Keyless::Ui::Labs::SimNarration
