#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Keyless::Shell {

// `jq` through Debian's libjq (jq 1.6), in the process that runs it: the keyless-jq worker (see jqrunner.h for why
// not the app's own). Exit statuses and messages follow jq's command line: 2 for bad input or usage, 3 for a compile
// error, 5 for a runtime error, and with -e 1 (last value false or null) or 4 (no value).
class JqEngine final
{
public:
    struct Result {
        QString out;
        QString err;
        int status = 0;
    };

    // Output beyond this many UTF-16 units ends the run with an error (`repeat(1)` never ends by itself).
    static constexpr qsizetype MaxOutput = qsizetype(1) << 24;

    JqEngine();
    ~JqEngine();
    JqEngine(const JqEngine &) = delete;
    JqEngine &operator=(const JqEngine &) = delete;

    // `args` are jq's own command-line arguments (options, filter, optional file contents already read).
    Result run(const QStringList &args, const QString &input);

private:
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace Keyless::Shell
