#pragma once

// Milliseconds since this process started, for `--measure-startup`. Header-only and Qt-free so that the
// minimal comparison window in tests/ui/study measures exactly the same way.
//
// Linux: /proc/self/stat field 22 is the start time in clock ticks since boot (CLOCK_BOOTTIME based),
// so "now" on CLOCK_BOOTTIME minus it covers exec, dynamic loading and static initialisation. The tick is
// 10 ms, and the start is rounded down to it: this figure is 0-10 ms too long, 5 ms on average, for any
// program alike (which flatters the ratio of a slower one to a faster one). `--measure-startup` prints the
// moment of the first paint on CLOCK_BOOTTIME as well, so that a launcher that reads the same clock just
// before it starts the process measures to the microsecond (bench_startup reports both).

#include <cstdio>
#include <cstring>
#include <ctime>
#include <unistd.h>

namespace Keyless::Ui::StartupClock {

inline double bootTimeMs()
{
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1.0e6;
}

// Process start in ms on CLOCK_BOOTTIME, or a negative value when /proc is not readable.
inline double processStartMs()
{
    std::FILE *file = std::fopen("/proc/self/stat", "r");
    if (!file)
        return -1.0;
    char buffer[1024] = {};
    const size_t n = std::fread(buffer, 1, sizeof buffer - 1, file);
    std::fclose(file);
    buffer[n] = '\0';
    // The command name (field 2) is in parentheses and may contain spaces: start after the last ')'.
    const char *p = std::strrchr(buffer, ')');
    if (!p)
        return -1.0;
    int field = 2;
    unsigned long long startTicks = 0;
    for (const char *c = p + 1; *c; ++c) {
        if (*c == ' ') {
            ++field;
            if (field == 22) {
                std::sscanf(c + 1, "%llu", &startTicks);
                break;
            }
        }
    }
    const long hz = sysconf(_SC_CLK_TCK);
    if (startTicks == 0 || hz <= 0)
        return -1.0;
    return static_cast<double>(startTicks) * 1000.0 / static_cast<double>(hz);
}

// Elapsed ms since the process started.
inline double elapsedSinceProcessStartMs()
{
    const double start = processStartMs();
    const double now = bootTimeMs();
    return start >= 0 ? now - start : -1.0;
}

} // namespace Keyless::Ui::StartupClock
