#include "sim/ids.h"

#include <QCryptographicHash>

namespace Keyless::Sim::Ids {

QByteArray bytes(const QString &seed, const QStringList &parts, int n)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(seed.toUtf8());
    for (const QString &part : parts) {
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(part.toUtf8());
    }
    return hash.result().left(qBound(1, n, 32));
}

QString uuid(const QString &seed, const QStringList &parts)
{
    QByteArray b = bytes(seed, parts, 16);
    b[6] = char((uchar(b[6]) & 0x0f) | 0x40);
    b[8] = char((uchar(b[8]) & 0x3f) | 0x80);
    const QString h = QString::fromLatin1(b.toHex());
    return h.mid(0, 8) + QLatin1Char('-') + h.mid(8, 4) + QLatin1Char('-') + h.mid(12, 4) + QLatin1Char('-') +
           h.mid(16, 4) + QLatin1Char('-') + h.mid(20, 12);
}

QString hex(const QString &seed, const QStringList &parts, int n)
{
    return QString::fromLatin1(bytes(seed, parts, n).toHex());
}

QString blobEtag(const QString &seed, const QStringList &parts)
{
    return QStringLiteral("\"0x8D") + hex(seed, parts, 7).left(13).toUpper() + QLatin1Char('"');
}

QString base64(const QString &seed, const QStringList &parts, int n)
{
    QByteArray out;
    int counter = 0;
    while (out.size() < n) {
        QStringList p = parts;
        p << QString::number(counter++);
        out += bytes(seed, p, 32);
    }
    return QString::fromLatin1(out.left(n).toBase64());
}

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray base64UrlDecode(const QByteArray &data)
{
    return QByteArray::fromBase64(data, QByteArray::Base64UrlEncoding);
}

} // namespace Keyless::Sim::Ids
