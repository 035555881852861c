#pragma once

#include "ui/labs/simflow.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>

// Traces for the flow view tests, in the simulator's JSON form (app/sim/README.md §d).
namespace FlowFixtures {

inline QJsonArray loadTraceJson(const QString &name)
{
    QFile file(QStringLiteral(KEYLESS_SOURCE_DIR "/tests/ui/labs/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

// Function App → identity endpoint → Entra ID → token → Key Vault → 403 ForbiddenByRbac.
inline Keyless::Ui::Labs::FlowTrace keyVaultDenied()
{
    return Keyless::Ui::Labs::flowTraceFromSimJson(loadTraceJson(QStringLiteral("keyvault-denied.trace.json")));
}

// The same run after the fix: Key Vault Secrets User on the vault, 200 OK.
inline Keyless::Ui::Labs::FlowTrace keyVaultAllowed()
{
    return Keyless::Ui::Labs::flowTraceFromSimJson(loadTraceJson(QStringLiteral("keyvault-allowed.trace.json")));
}

// A long trace for the benchmark: the denied run followed by retries, `events` events in all.
inline Keyless::Ui::Labs::FlowTrace longTrace(int events)
{
    Keyless::Ui::Labs::FlowTrace base = keyVaultDenied();
    Keyless::Ui::Labs::FlowTrace trace = base;
    trace.events.clear();
    for (int i = 0; i < events; ++i) {
        Keyless::Ui::Labs::FlowEvent e = base.events.at(i % base.events.size());
        e.timeMs += 1000LL * (i / base.events.size());
        trace.events << e;
    }
    trace.normalise();
    return trace;
}

} // namespace FlowFixtures
