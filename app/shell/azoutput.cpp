#include "shell/azoutput.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariant>

#include <cmath>

namespace Keyless::Shell::AzOutput {

namespace {

bool isInteger(const QJsonValue &value)
{
    return value.toVariant().metaType().id() == QMetaType::LongLong;
}

QString quote(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

void dump(const QJsonValue &value, int indent, QString &out)
{
    const QString pad(indent + 2, QLatin1Char(' '));
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null");
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case QJsonValue::Double:
        out += pythonNumber(value);
        return;
    case QJsonValue::String:
        out += quote(value.toString());
        return;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += QLatin1String("[]");
            return;
        }
        out += QLatin1String("[\n");
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += pad;
            dump(array.at(i), indent + 2, out);
            out += i + 1 < array.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += QString(indent, QLatin1Char(' ')) + QLatin1Char(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1String("{\n");
        QStringList keys = object.keys(); // QJsonObject keeps keys sorted, as sort_keys=True does
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += pad + quote(keys.at(i)) + QLatin1String(": ");
            dump(object.value(keys.at(i)), indent + 2, out);
            out += i + 1 < keys.size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += QString(indent, QLatin1Char(' ')) + QLatin1Char('}');
        return;
    }
    }
}

QStringList orderedKeys(const QJsonObject &object, const KeyOrder &order)
{
    return order ? order(object) : object.keys();
}

// str() of a value inside a row (Python: True, None, numbers' repr).
QString pythonStr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return pythonNumber(value);
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::number(value.toArray().size());
    case QJsonValue::Object:
        return QString();
    }
    return QString();
}

void tsvRow(const QJsonValue &data, const KeyOrder &order, QString &out)
{
    if (data.isObject()) {
        const QJsonObject object = data.toObject();
        QString separator;
        for (const QString &key : orderedKeys(object, order)) {
            out += separator + pythonStr(object.value(key));
            separator = QStringLiteral("\t");
        }
    } else if (data.isArray()) {
        QString separator;
        for (const QJsonValue &v : data.toArray()) {
            out += separator + pythonStr(v);
            separator = QStringLiteral("\t");
        }
    } else if (data.isBool()) {
        out += data.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    } else {
        out += pythonStr(data);
    }
    out += QLatin1Char('\n');
}

} // namespace

QString pythonNumber(const QJsonValue &number)
{
    if (isInteger(number))
        return QString::number(number.toInteger());
    const double d = number.toDouble();
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    const double magnitude = std::fabs(d);
    if (magnitude != 0 && (magnitude >= 1e16 || magnitude < 1e-4)) {
        QString text = QString::number(d, 'e', QLocale::FloatingPointShortest); // "1e+20", "1.5e-05"
        return text;
    }
    QString text = QString::number(d, 'f', QLocale::FloatingPointShortest);
    if (!text.contains(QLatin1Char('.')))
        text += QLatin1String(".0");
    return text;
}

QString json(const QJsonValue &value)
{
    QString out;
    dump(value, 0, out);
    out += QLatin1Char('\n');
    return out;
}

QString tsv(const QJsonValue &value, const KeyOrder &order)
{
    QString out;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            tsvRow(item, order, out);
    } else if (!value.isNull() && !value.isUndefined()) {
        tsvRow(value, order, out);
    }
    return out;
}

QString table(const QJsonValue &value, const KeyOrder &order, bool sortKeys, bool &ok)
{
    ok = true;
    const QJsonArray rows = value.isArray() ? value.toArray() : QJsonArray{value};
    // _auto_table_item: scalar, non-null values; id/type/etag skipped; first letter capitalised.
    QStringList headers;
    QList<QHash<QString, QJsonValue>> table;
    for (const QJsonValue &row : rows) {
        QHash<QString, QJsonValue> entry;
        const auto add = [&](const QString &header, const QJsonValue &v) {
            if (!headers.contains(header))
                headers.append(header);
            entry.insert(header, v);
        };
        if (row.isObject()) {
            const QJsonObject object = row.toObject();
            const QStringList keys = sortKeys || !order ? object.keys() : order(object);
            for (const QString &key : keys) {
                if (key == QLatin1String("id") || key == QLatin1String("type") || key == QLatin1String("etag"))
                    continue;
                const QJsonValue v = object.value(key);
                if (v.isNull() || v.isArray() || v.isObject())
                    continue;
                add(key.isEmpty() ? key : key.at(0).toUpper() + key.mid(1), v);
            }
        } else if (row.isArray()) {
            const QJsonArray array = row.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                add(QStringLiteral("Column%1").arg(i + 1), array.at(i));
        } else {
            add(QStringLiteral("Result"), row);
        }
        table.append(entry);
    }
    if (rows.isEmpty())
        return QStringLiteral("\n");
    if (headers.isEmpty()) {
        ok = false;
        return {};
    }
    QList<int> widths;
    QList<bool> numeric;
    for (const QString &h : std::as_const(headers)) {
        int width = int(h.size()) + 2; // tabulate's MIN_PADDING for headers
        bool allNumbers = true;
        bool any = false;
        for (const auto &entry : std::as_const(table)) {
            if (!entry.contains(h))
                continue;
            any = true;
            const QJsonValue v = entry.value(h);
            width = qMax(width, int(pythonStr(v).size()));
            if (!v.isDouble())
                allNumbers = false;
        }
        widths.append(width);
        numeric.append(any && allNumbers);
    }
    const auto cell = [&](int column, const QString &text) {
        return numeric.at(column) ? text.rightJustified(widths.at(column)) : text.leftJustified(widths.at(column));
    };
    QStringList lines;
    QStringList headerCells;
    QStringList ruleCells;
    for (int c = 0; c < headers.size(); ++c) {
        headerCells.append(cell(c, headers.at(c)));
        ruleCells.append(QString(widths.at(c), QLatin1Char('-')));
    }
    lines.append(headerCells.join(QLatin1String("  ")));
    lines.append(ruleCells.join(QLatin1String("  ")));
    for (const auto &entry : std::as_const(table)) {
        QStringList cells;
        for (int c = 0; c < headers.size(); ++c)
            cells.append(cell(c, entry.contains(headers.at(c)) ? pythonStr(entry.value(headers.at(c))) : QString()));
        lines.append(cells.join(QLatin1String("  ")));
    }
    // tabulate's _build_simple_row strips trailing whitespace from every line.
    for (QString &line : lines) {
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace Keyless::Shell::AzOutput
