#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Keyless::Sim {

// Compact JWS (base64url header.payload.signature). The simulator signs with HMAC-SHA256 and says so honestly in the
// header ("alg": "HS256"); real Entra tokens are RS256.
namespace Jwt {

struct Decoded {
    bool ok = false; // three parts, valid base64url and JSON
    QJsonObject header;
    QJsonObject payload;
    QByteArray signingInput; // header.payload as sent
    QByteArray signature;    // raw bytes
    QString error;
};

QString encode(const QJsonObject &header, const QJsonObject &payload, const QByteArray &key);
Decoded decode(const QString &token);
bool verifySignature(const Decoded &decoded, const QByteArray &key);
QByteArray sign(const QByteArray &signingInput, const QByteArray &key);

} // namespace Jwt
} // namespace Keyless::Sim
