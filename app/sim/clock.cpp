#include "sim/clock.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace Keyless::Sim {

QString Clock::iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString Clock::armIso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'.000000+00:00'"));
}

QString Clock::storageIso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'.0000000Z'"));
}

QString Clock::httpDate(qint64 seconds)
{
    // English names whatever the locale, as HTTP requires.
    return QLocale::c().toString(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()),
                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

qint64 Clock::parseIso(const QString &text, qint64 fallback)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return fallback;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc()); // no zone given: the simulator's time is UTC
    return dt.toSecsSinceEpoch();
}

} // namespace Keyless::Sim
