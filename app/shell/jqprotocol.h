#pragma once

// The frames between JqRunner and the keyless-jq worker: a quint64 length, then a QDataStream of the fields.
#include <QByteArray>
#include <QDataStream>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Keyless::Shell::JqProtocol {

constexpr quint32 Version = 1;
constexpr quint64 MaxFrame = quint64(1) << 31; // the console's limits keep requests and replies far below this

struct Request {
    QStringList args;
    QString input;
    QHash<QString, QString> environment;
};

struct Reply {
    QString out;
    QString err;
    int status = 0;
};

inline QByteArray encode(const Request &r)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << Version << r.args << r.input << r.environment;
    return data;
}

inline QByteArray encode(const Reply &r)
{
    QByteArray data;
    QDataStream stream(&data, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << Version << r.out << r.err << qint32(r.status);
    return data;
}

inline bool decode(const QByteArray &data, Request &r)
{
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    stream >> version >> r.args >> r.input >> r.environment;
    return version == Version && stream.status() == QDataStream::Ok;
}

inline bool decode(const QByteArray &data, Reply &r)
{
    QDataStream stream(data);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 version = 0;
    qint32 status = 0;
    stream >> version >> r.out >> r.err >> status;
    r.status = status;
    return version == Version && stream.status() == QDataStream::Ok;
}

} // namespace Keyless::Shell::JqProtocol
