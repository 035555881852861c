#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace Keyless::Shell {

// az's output formats (knack/output.py): json (Python json.dumps, indent 2, sorted keys), tsv, table
// (tabulate "simple"), none. jsonc is json without colour here, as az prints it when stdout is not a tty.
namespace AzOutput {

// Orders the keys of an object for tsv/table: az keeps the key order of a --query multiselect hash and
// sorts plain dictionaries. Null means "sorted".
using KeyOrder = std::function<QStringList(const QJsonObject &)>;

QString json(const QJsonValue &value);
QString tsv(const QJsonValue &value, const KeyOrder &order = {});
// Throws nothing: returns false in `ok` when az would say "Table output unavailable".
QString table(const QJsonValue &value, const KeyOrder &order, bool sortKeys, bool &ok);
// Python's repr() of a number, as json.dumps and str() print it (1, 1.5, 1e+20, 2.0).
QString pythonNumber(const QJsonValue &number);

} // namespace AzOutput

} // namespace Keyless::Shell
