#include "sim/jwt.h"

#include "sim/ids.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace Keyless::Sim::Jwt {

QByteArray sign(const QByteArray &signingInput, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256);
}

QString encode(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key)
{
    const QByteArray input = Ids::base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             Ids::base64UrlEncode(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(input + '.' + Ids::base64UrlEncode(sign(input, key)));
}

Decoded decode(const QString &token)
{
    Decoded d;
    const QByteArray raw = token.trimmed().toLatin1();
    const QList<QByteArray> parts = raw.split('.');
    if (parts.size() != 3) {
        d.error = QStringLiteral("a JWT has three base64url parts separated by '.'");
        return d;
    }
    QJsonParseError e1{}, e2{};
    const QJsonDocument h = QJsonDocument::fromJson(Ids::base64UrlDecode(parts.at(0)), &e1);
    const QJsonDocument p = QJsonDocument::fromJson(Ids::base64UrlDecode(parts.at(1)), &e2);
    if (e1.error != QJsonParseError::NoError || e2.error != QJsonParseError::NoError || !h.isObject() ||
        !p.isObject()) {
        d.error = QStringLiteral("header or payload is not base64url-encoded JSON");
        return d;
    }
    d.ok = true;
    d.header = h.object();
    d.payload = p.object();
    d.signingInput = parts.at(0) + '.' + parts.at(1);
    d.signature = Ids::base64UrlDecode(parts.at(2));
    return d;
}

bool verifySignature(const Decoded &decoded, const QByteArray &key)
{
    return decoded.ok && decoded.header.value(QStringLiteral("alg")).toString() == QLatin1String("HS256") &&
           sign(decoded.signingInput, key) == decoded.signature;
}

} // namespace Keyless::Sim::Jwt
