#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace Keyless::Shell {

// `jq` through Debian's libjq (jq 1.6). Exit statuses and messages follow jq's command line: 2 for
// bad input or usage, 3 for a compile error, 5 for a runtime error, and with -e 1 (last value false or
// null) or 4 (no value).
class JqRunner final
{
public:
    struct Result {
        QString out;
        QString err;
        int status = 0;
    };

    JqRunner();
    ~JqRunner();
    JqRunner(const JqRunner &) = delete;
    JqRunner &operator=(const JqRunner &) = delete;

    // `args` are jq's own command-line arguments (options, filter, optional file contents already read).
    Result run(const QStringList &args, const QString &input);

private:
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace Keyless::Shell
