#!/bin/sh
# Runs a test binary as an unprivileged user: root writes into read-only files and folders, so the
# read-only rows of tst_database only mean something without it. Exit 77 (skipped) when that is not possible.
test_binary="$1"; shift
if [ "$(id -u)" -ne 0 ]; then
    exec "$test_binary" "$@"
fi
if ! command -v runuser >/dev/null 2>&1 || ! id nobody >/dev/null 2>&1; then
    echo "skipped: runuser or the user 'nobody' is missing"; exit 77
fi
if ! runuser -u nobody -- test -x "$test_binary"; then
    echo "skipped: 'nobody' cannot reach $test_binary"; exit 77
fi
scratch="$(mktemp -d)" && chmod 777 "$scratch"
runuser -u nobody -- env HOME="$scratch" TMPDIR="$scratch" XDG_RUNTIME_DIR="$scratch" "$test_binary" "$@"
status=$?
rm -rf "$scratch"
exit $status
