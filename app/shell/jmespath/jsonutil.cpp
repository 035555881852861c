#include "shell/jmespath/jsonutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace Keyless::JmesPath {

namespace {

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= MaxExactInteger)
        return QString::number(qint64(d));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

QString numberText(const QJsonValue &value)
{
    // Integers beyond 2^53 that came in as JSON text are held exactly by QJsonValue.
    const qint64 asInt = value.toInteger(std::numeric_limits<qint64>::min());
    if (asInt != std::numeric_limits<qint64>::min())
        return QString::number(asInt);
    return numberText(value.toDouble());
}

} // namespace

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

bool isTruthy(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::String:
        return !value.toString().isEmpty();
    case QJsonValue::Array:
        return !value.toArray().isEmpty();
    case QJsonValue::Object:
        return !value.toObject().isEmpty();
    case QJsonValue::Double:
        return true;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return false;
}

bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    const bool aNull = a.isNull() || a.isUndefined();
    const bool bNull = b.isNull() || b.isUndefined();
    if (aNull || bNull)
        return aNull && bNull;
    if (a.type() != b.type())
        return false;
    switch (a.type()) {
    case QJsonValue::Double:
        return a.toDouble() == b.toDouble();
    case QJsonValue::String:
        return a.toString() == b.toString();
    case QJsonValue::Bool:
        return a.toBool() == b.toBool();
    case QJsonValue::Array: {
        const QJsonArray x = a.toArray();
        const QJsonArray y = b.toArray();
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (!jsonEqual(x.at(i), y.at(i)))
                return false;
        }
        return true;
    }
    case QJsonValue::Object: {
        const QJsonObject x = a.toObject();
        const QJsonObject y = b.toObject();
        if (x.size() != y.size())
            return false;
        for (auto it = x.constBegin(); it != x.constEnd(); ++it) {
            const auto other = y.constFind(it.key());
            if (other == y.constEnd() || !jsonEqual(it.value(), other.value()))
                return false;
        }
        return true;
    }
    default:
        return false;
    }
}

int compareCodePoints(const QString &a, const QString &b)
{
    // UTF-16 order differs from code point order only where surrogates (U+D800..DFFF) meet
    // U+E000..FFFF: shift both ranges so surrogates sort last.
    const auto key = [](char16_t u) -> int {
        if (u >= 0xD800 && u <= 0xDFFF)
            return u + 0x2000;
        if (u >= 0xE000)
            return u - 0x800;
        return u;
    };
    const qsizetype n = qMin(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a.at(i).unicode();
        const char16_t y = b.at(i).unicode();
        if (x != y)
            return key(x) < key(y) ? -1 : 1;
    }
    if (a.size() == b.size())
        return 0;
    return a.size() < b.size() ? -1 : 1;
}

qsizetype codePointLength(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QJsonValue makeNumber(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= MaxExactInteger)
        return QJsonValue(qint64(d));
    return QJsonValue(d);
}

QString toJsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::String: {
        // Serialise through an array to get JSON string escaping, then strip the brackets.
        const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString pythonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::isfinite(d) && d == std::floor(d) ? QStringLiteral("int") : QStringLiteral("float");
    }
    case QJsonValue::String:
        return QStringLiteral("str");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Array:
        return QStringLiteral("list");
    case QJsonValue::Object:
        return QStringLiteral("dict");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("NoneType");
}

QString pythonRepr(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return numberText(value);
    case QJsonValue::String: {
        const QString s = value.toString();
        const QChar quote = s.contains(u'\'') && !s.contains(u'"') ? u'"' : u'\'';
        QString out(quote);
        for (const QChar c : s) {
            if (c == u'\\')
                out += QStringLiteral("\\\\");
            else if (c == quote)
                out += QStringLiteral("\\") + c;
            else if (c == u'\n')
                out += QStringLiteral("\\n");
            else if (c == u'\r')
                out += QStringLiteral("\\r");
            else if (c == u'\t')
                out += QStringLiteral("\\t");
            else
                out += c;
        }
        return out + quote;
    }
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue &element : value.toArray())
            parts.append(pythonRepr(element));
        return u'[' + parts.join(QStringLiteral(", ")) + u']';
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            parts.append(pythonRepr(it.key()) + QStringLiteral(": ") + pythonRepr(it.value()));
        return u'{' + parts.join(QStringLiteral(", ")) + u'}';
    }
    }
    return {};
}

} // namespace Keyless::JmesPath
