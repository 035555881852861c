#pragma once

#include "shell/interpreter.h"

#include <QHash>

#include <memory>

namespace Keyless::Sim {
class World;
class ControlPlane;
struct HttpRequest;
struct HttpResponse;
struct Origin;
} // namespace Keyless::Sim

namespace Keyless::Shell {

class AzCli;

/*
 * One console: the interpreter plus the commands that reach the simulated cloud — `az`, `curl`,
 * `exec RESOURCE -- …` and `invoke APP` — against a World the caller owns (the lab engine, the UI or
 * `keyless script`). Synchronous and deterministic: the same world and script give the same output.
 *
 *   Sim::World world;                       // or Sim::World::fromJson(lab.initialWorld).world
 *   Shell::Session session(world);
 *   session.setCommandObserver([](const Shell::CommandRecord &r) { … });   // command log
 *   Shell::RunResult r = session.run("az group create -n rg1 -l eastus");
 *   r.exitStatus; r.stdoutText(); r.stderrText(); r.text();            // or r.output chunk by chunk
 */
class Session final
{
public:
    explicit Session(Sim::World &world);
    ~Session();
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    // Points the console at another world (lab reset). Forgets az sign-ins made inside resources; shell
    // variables and files stay unless resetShell is true.
    void setWorld(Sim::World &world, bool resetShell = false);
    Sim::World &world() { return *m_world; }

    RunResult run(const QString &script);
    int run(const QString &script, const Writer &out, const Writer &err); // streaming

    // Called after every executed simple command (nestingLevel 0 for what was typed).
    void setCommandObserver(std::function<void(const CommandRecord &)> observer);

    // Tab completion: candidates for the last word of `line` (command names, az groups/commands/flags,
    // $VARIABLES, resource names after -n/--name/-g).
    QStringList completions(const QString &line) const;
    QStringList commandNames() const;

    Interpreter &interpreter() { return *m_shell; }
    const AzCli &az() const { return *m_az; }

    // --- used by the az / curl / exec implementations ---------------------------------------------
    struct AzProfile {
        bool signedIn = false;
        bool managedIdentity = false;
        QString objectId;             // who az acts as
        QString userName;             // upn, or systemAssignedIdentity / userAssignedIdentity
        QString assignedIdentityInfo; // MSI, MSIClient-<id>, MSIObject-<id>, MSIResource-<id>
        QString identitySelector;     // query parameter for the identity endpoint (client_id=…)
    };
    AzProfile &profile(); // of the current location (laptop or the resource of `exec`)
    Sim::Origin origin() const;
    QString location() const; // resource id inside `exec`, empty on the laptop
    Sim::ControlPlane controlPlane();
    // A bearer token for `resource` as the current az identity; empty with `error` set when there is none.
    struct Token {
        QString accessToken;
        qint64 expiresOn = 0;
        QString error;
    };
    Token accessToken(const QString &resource);
    Sim::HttpResponse send(const Sim::HttpRequest &request);
    QString defaultOutput() const { return QStringLiteral("json"); }
    bool isKnownSubscription(const QString &nameOrId) const;

private:
    void registerCloudCommands();
    int runCurl(CommandContext &ctx);
    int runExec(CommandContext &ctx);
    int runInvoke(CommandContext &ctx);

    Sim::World *m_world = nullptr;
    std::unique_ptr<Interpreter> m_shell;
    std::unique_ptr<AzCli> m_az;
    QHash<QString, AzProfile> m_profiles; // by location; "" is the laptop
    std::function<void(const CommandRecord &)> m_observer;
    qint64 m_pendingMilliseconds = 0;
};

} // namespace Keyless::Shell
