#pragma once

#include <QString>
#include <QtGlobal>

namespace Keyless::Sim {

// Simulated time in Unix seconds. Nothing in the simulator reads the wall clock: time moves only through advance().
class Clock
{
public:
    static constexpr qint64 DefaultStart = 1767258000; // 2026-01-01T09:00:00Z

    explicit Clock(qint64 start = DefaultStart)
        : m_now(start)
    {
    }

    // The clock never passes 9999-01-01T00:00:00Z: HTTP dates and ISO times keep four-digit years, and what is
    // added to now (token lifetimes, purge dates: at most months) stays below year 10000 and far from overflow.
    static constexpr qint64 MaxSeconds = 253370764800;

    qint64 now() const { return m_now; }
    void advance(qint64 seconds)
    {
        if (seconds > 0)
            m_now = seconds >= MaxSeconds - m_now ? MaxSeconds : m_now + seconds;
    }
    void setNow(qint64 seconds) { m_now = seconds; }

    QString isoNow() const { return iso(m_now); }
    // "2026-01-01T09:00:00Z"
    static QString iso(qint64 seconds);
    // As ARM answers role assignments' createdOn / updatedOn and az prints them: "2026-01-01T09:00:00.000000+00:00"
    // (facts §4.3, §9.4).
    static QString armIso(qint64 seconds);
    // As Azure Storage writes the Time line of an error message: "2026-01-01T09:00:00.0000000Z" (facts §7.3).
    static QString storageIso(qint64 seconds);
    // RFC 1123 as HTTP dates are written: "Thu, 01 Jan 2026 09:00:00 GMT".
    static QString httpDate(qint64 seconds);
    // Parses the iso() form (and any ISO 8601 with offset); returns fallback when it cannot.
    static qint64 parseIso(const QString &text, qint64 fallback);

private:
    qint64 m_now = DefaultStart;
};

} // namespace Keyless::Sim
