#include "sim/clock.h"

#include <QDateTime>
#include <QTimeZone>

namespace Keyless::Sim {

QString Clock::iso(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
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
