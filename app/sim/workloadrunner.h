#pragma once

#include "sim/origin.h"
#include "sim/tokenservice.h"
#include "sim/trace.h"
#include "sim/workload.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

namespace Keyless::Sim {

class World;

// One credential the SDK tried and how it ended.
struct CredentialAttempt {
    enum class Outcome { Success, Unavailable, Failed };
    QString credential; // "ManagedIdentityCredential"
    Outcome outcome = Outcome::Unavailable;
    QString message; // the SDK's line, e.g. "ManagedIdentityCredential authentication unavailable. ..."
    QJsonObject toJson() const;
};

// What GetToken returned: a token, or the SDK exception (type and full message).
struct CredentialResult {
    bool ok = false;
    IssuedToken token;
    QString credentialUsed;
    QString exceptionType; // "CredentialUnavailableException", "AuthenticationFailedException"
    QString message;
    QList<CredentialAttempt> attempts;
};

struct StepResult {
    QString label;
    QString operation;
    bool ok = false;
    int status = 0;    // HTTP status of the service call (0 when no call was made)
    int subStatus = 0; // Cosmos x-ms-substatus
    QString errorCode; // service error code or SDK exception type
    QString message;   // what the app would log (SDK exception message or service message)
    QJsonValue value;  // secret value, blob content, item, query results, token claims ...
    QList<CredentialAttempt> attempts;
    int traceBegin = 0; // index range in the world's trace
    int traceEnd = 0;
    QJsonObject toJson() const;
};

struct WorkloadResult {
    QList<StepResult> steps;
    QList<TraceEvent> trace; // the events of this run
    bool ok() const;         // every step succeeded
    QJsonObject toJson() const;
};

// Runs an app's code (a Workload) the way the Azure SDKs would: credentials acquire tokens through the reachable
// identity endpoint (or the learner's az login on the laptop), then service clients call the data planes.
class WorkloadRunner
{
public:
    explicit WorkloadRunner(World &world);

    // Runs the workload stored on the compute resource, with its environment (app settings, identity endpoint).
    WorkloadResult run(const QString &resourceId);
    // Runs steps from an origin with an explicit environment (laptop: whatever the learner exported).
    WorkloadResult run(const Workload &workload, const Origin &origin, const QMap<QString, QString> &environment);

    // GetToken for one credential and scope ("https://vault.azure.net/.default"), recording attempts in the trace.
    CredentialResult getToken(const CredentialSpec &credential, const QString &scope, const Origin &origin,
                              const QMap<QString, QString> &environment);

private:
    StepResult runStep(const WorkloadStep &step, const Origin &origin, const QMap<QString, QString> &environment);

    World *m_world = nullptr;
};

} // namespace Keyless::Sim
