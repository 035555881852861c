#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Deterministic identifiers: everything the simulator shows as an id (tenant, subscription, object ids, client ids,
// assignment names, token ids, keys) is derived by hashing the world seed with names, never from randomness or time.
namespace Keyless::Sim::Ids {

// SHA-256 of seed and parts (separated so that ("ab","c") != ("a","bc")), first n bytes (n <= 32).
QByteArray bytes(const QString &seed, const QStringList &parts, int n = 16);
// Lower-case 8-4-4-4-12 UUID (version 4 / variant bits set, so it looks like a real GUID).
QString uuid(const QString &seed, const QStringList &parts);
// Lower-case hex of n bytes.
QString hex(const QString &seed, const QStringList &parts, int n);
// Base64 of n bytes (account keys look like this).
QString base64(const QString &seed, const QStringList &parts, int n);
// A blob's ETag, quoted as the service sends it since x-ms-version 2011-08-18: "\"0x8D" and 13 upper-case hex
// digits, the shape az prints ("\"0x8D4F9929765C139\"" in the managed identity storage tutorial).
QString blobEtag(const QString &seed, const QStringList &parts);

QByteArray base64UrlEncode(const QByteArray &data);
QByteArray base64UrlDecode(const QByteArray &data);

} // namespace Keyless::Sim::Ids
