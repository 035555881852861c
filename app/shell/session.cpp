#include "shell/session.h"

#include "shell/azcli.h"
#include "shell/azcommands.h"
#include "shell/azoutput.h"
#include "sim/controlplane.h"
#include "sim/httpmessage.h"
#include "sim/identityendpoint.h"
#include "sim/origin.h"
#include "sim/workloadrunner.h"
#include "sim/world.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Keyless::Shell {

namespace {

// Quotes a word for re-parsing inside a resource: double quotes keep it one word while $VAR and $(…)
// still expand in the resource's environment (what content and labs expect from `exec … --`).
QString requote(const QString &word)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./$-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    quoted.replace(QLatin1Char('"'), QLatin1String("\\\""));
    quoted.replace(QLatin1Char('`'), QLatin1String("\\`"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString curlEscapes(const QString &format)
{
    QString out = format;
    out.replace(QLatin1String("\\n"), QLatin1String("\n"));
    out.replace(QLatin1String("\\t"), QLatin1String("\t"));
    out.replace(QLatin1String("\\r"), QLatin1String("\r"));
    return out;
}

} // namespace

Session::Session(Sim::World &world)
    : m_world(&world)
    , m_shell(std::make_unique<Interpreter>())
    , m_az(std::make_unique<AzCli>())
{
    registerAzCommands(*m_az);
    Interpreter::Hooks hooks;
    hooks.advanceClock = [this](qint64 ms) {
        // The simulated clock counts whole seconds; keep the remainder for the next sleep.
        m_pendingMilliseconds += ms;
        m_world->advance(m_pendingMilliseconds / 1000);
        m_pendingMilliseconds %= 1000;
    };
    hooks.now = [this] {
        return QDateTime::fromSecsSinceEpoch(m_world->now(), Qt::UTC);
    };
    hooks.commandExecuted = [this](const CommandRecord &record) {
        if (m_observer)
            m_observer(record);
    };
    m_shell->setHooks(hooks);
    registerCloudCommands();
}

Session::~Session() = default;

void Session::setWorld(Sim::World &world, bool resetShell)
{
    m_world = &world;
    m_profiles.clear();
    m_pendingMilliseconds = 0;
    if (resetShell) {
        const auto observer = m_observer;
        m_shell = std::make_unique<Interpreter>();
        Interpreter::Hooks hooks;
        hooks.advanceClock = [this](qint64 ms) {
            m_pendingMilliseconds += ms;
            m_world->advance(m_pendingMilliseconds / 1000);
            m_pendingMilliseconds %= 1000;
        };
        hooks.now = [this] {
            return QDateTime::fromSecsSinceEpoch(m_world->now(), Qt::UTC);
        };
        hooks.commandExecuted = [this](const CommandRecord &record) {
            if (m_observer)
                m_observer(record);
        };
        m_shell->setHooks(hooks);
        registerCloudCommands();
    }
}

RunResult Session::run(const QString &script)
{
    return m_shell->run(script);
}

int Session::run(const QString &script, const Writer &out, const Writer &err)
{
    return m_shell->run(script, out, err);
}

void Session::setCommandObserver(std::function<void(const CommandRecord &)> observer)
{
    m_observer = std::move(observer);
}

QStringList Session::commandNames() const
{
    return m_shell->commandNames();
}

QStringList Session::completions(const QString &line) const
{
    static const QRegularExpression separators(QStringLiteral("[;&|]"));
    const qsizetype lastSeparator = line.lastIndexOf(separators);
    const QString command = line.mid(lastSeparator + 1);
    QStringList words = command.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (command.isEmpty() || command.back().isSpace())
        words.append(QString());
    if (words.isEmpty())
        return m_shell->commandNames();
    const QString prefix = words.last();
    QStringList result;
    if (prefix.startsWith(QLatin1Char('$'))) {
        for (const QString &name : m_shell->variableNames()) {
            if (name.startsWith(prefix.mid(1)))
                result.append(QLatin1Char('$') + name);
        }
        return result;
    }
    if (words.size() == 1) {
        for (const QString &name : m_shell->commandNames()) {
            if (name.startsWith(prefix))
                result.append(name);
        }
        return result;
    }
    if (words.size() >= 3) {
        const QString option = words.at(words.size() - 2);
        const bool groupCommand = words.size() > 1 && words.at(1) == QLatin1String("group");
        const bool wantsGroup = option == QLatin1String("-g") || option == QLatin1String("--resource-group") ||
                                (groupCommand && (option == QLatin1String("-n") || option == QLatin1String("--name")));
        const bool wantsName = option == QLatin1String("-n") || option == QLatin1String("--name") ||
                               option == QLatin1String("--vault-name") || option == QLatin1String("--account-name");
        if (wantsGroup) {
            for (const Sim::ResourceGroup &g : m_world->resourceGroups()) {
                if (g.name.startsWith(prefix, Qt::CaseInsensitive))
                    result.append(g.name);
            }
            return result;
        }
        if (wantsName) {
            for (const Sim::Resource *r : m_world->resources()) {
                if (r->name.startsWith(prefix, Qt::CaseInsensitive))
                    result.append(r->name);
            }
            result.removeDuplicates();
            return result;
        }
    }
    if (words.first() == QLatin1String("az"))
        return m_az->completions(words.mid(1));
    if ((words.first() == QLatin1String("exec") || words.first() == QLatin1String("invoke")) && words.size() == 2) {
        for (const Sim::Resource *r : m_world->resources()) {
            if (r->isCompute() && r->name.startsWith(prefix, Qt::CaseInsensitive))
                result.append(r->name);
        }
    }
    return result;
}

Session::AzProfile &Session::profile()
{
    const QString where = location();
    AzProfile &p = m_profiles[where];
    if (where.isEmpty() && !p.managedIdentity) {
        // The laptop's az follows the world's sign-in state (labs may start signed out).
        p.signedIn = m_world->learnerSignedIn();
        p.objectId = m_world->learnerId();
        p.userName = m_world->settings().learnerUserPrincipalName;
    }
    return p;
}

QString Session::location() const
{
    return m_shell->location();
}

Sim::Origin Session::origin() const
{
    const QString where = location();
    return where.isEmpty() ? Sim::Origin::laptop() : Sim::Origin::resource(where);
}

Sim::ControlPlane Session::controlPlane()
{
    return m_world->controlPlane(profile().objectId);
}

Sim::HttpResponse Session::send(const Sim::HttpRequest &request)
{
    return m_world->send(request, origin());
}

bool Session::isKnownSubscription(const QString &nameOrId) const
{
    return nameOrId.compare(m_world->subscriptionId(), Qt::CaseInsensitive) == 0 ||
           nameOrId.compare(m_world->subscriptionName(), Qt::CaseInsensitive) == 0;
}

Session::Token Session::accessToken(const QString &resource)
{
    Token token;
    AzProfile &p = profile();
    if (!p.signedIn) {
        token.error = QStringLiteral("Please run 'az login' to setup account.");
        return token;
    }
    if (!p.managedIdentity) {
        const Sim::IssuedToken t = m_world->learnerToken(resource);
        if (!t.isValid()) {
            token.error = QStringLiteral("Please run 'az login' to setup account.");
            return token;
        }
        token.accessToken = t.accessToken;
        token.expiresOn = t.expiresOn;
        return token;
    }
    // A managed identity: ask the identity endpoint reachable from here, as azure-cli's MSI login does.
    const Sim::Resource *host = m_world->resource(location());
    Sim::HttpRequest request;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(resource));
    if (!host || host->isVirtualMachine()) {
        request = Sim::HttpRequest::get(QStringLiteral("http://169.254.169.254/metadata/identity/oauth2/token?"
                                                       "api-version=2018-02-01&resource=") +
                                        encoded + p.identitySelector);
        request.headers.set(QStringLiteral("Metadata"), QStringLiteral("true"));
    } else {
        const QMap<QString, QString> env = m_world->environment(location());
        request = Sim::HttpRequest::get(
            env.value(QStringLiteral("IDENTITY_ENDPOINT"), Sim::IdentityEndpoint::appServiceEndpoint()) +
            QStringLiteral("?api-version=2019-08-01&resource=") + encoded +
            QString(p.identitySelector).replace(QLatin1String("msi_res_id"), QLatin1String("mi_res_id")));
        request.headers.set(QStringLiteral("X-IDENTITY-HEADER"), env.value(QStringLiteral("IDENTITY_HEADER")));
    }
    const Sim::HttpResponse response = send(request);
    if (response.noResponse()) {
        const QUrl url(request.url);
        token.error = QStringLiteral("Failed to connect to MSI. Please make sure MSI is configured correctly and check "
                                     "the network connection.\nError detail: HTTPConnectionPool(host='%1', port=%2): "
                                     "Max retries exceeded with url: %3 (%4)")
                          .arg(url.host())
                          .arg(url.port(80))
                          .arg(url.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::FullyEncoded),
                               response.networkError);
        return token;
    }
    const QJsonObject body = response.json();
    if (!response.ok() || !body.contains(QStringLiteral("access_token"))) {
        token.error =
            QStringLiteral("Failed to connect to MSI. Please make sure MSI is configured correctly.\nGet Token "
                           "request returned: <Response [%1]>\n%2")
                .arg(response.status)
                .arg(response.text());
        return token;
    }
    token.accessToken = body.value(QStringLiteral("access_token")).toString();
    token.expiresOn = body.value(QStringLiteral("expires_on")).toVariant().toLongLong();
    return token;
}

void Session::registerCloudCommands()
{
    m_shell->registerCommand(
        QStringLiteral("az"), [this](CommandContext &ctx) { return m_az->run(ctx, *this); },
        QStringLiteral("The Azure CLI, on the simulated cloud (az --help)."));
    m_shell->registerCommand(
        QStringLiteral("curl"), [this](CommandContext &ctx) { return runCurl(ctx); },
        QStringLiteral("HTTP requests to IMDS, $IDENTITY_ENDPOINT, Key Vault, Blob, Cosmos DB, ARM."));
    m_shell->registerCommand(
        QStringLiteral("exec"), [this](CommandContext &ctx) { return runExec(ctx); },
        QStringLiteral("Run a command inside a VM, Web App or Function App (exec NAME -- COMMAND)."));
    m_shell->registerCommand(
        QStringLiteral("invoke"), [this](CommandContext &ctx) { return runInvoke(ctx); },
        QStringLiteral("Run an app's code and print its result (invoke [--json] APP)."));
}

int Session::runCurl(CommandContext &ctx)
{
    QString method;
    QString url;
    QStringList data;
    Sim::HttpHeaders headers;
    bool include = false, silent = false, showError = false, fail = false, head = false;
    QString outputFile;
    QString writeOut;
    const auto usage = [&ctx](const QString &message) {
        ctx.printError(QStringLiteral("curl: ") + message);
        ctx.printError(QStringLiteral("curl: try 'curl --help' or 'curl --manual' for more information"));
        return 2;
    };
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString &a = ctx.args.at(i);
        const auto takeValue = [&](QString &into) {
            if (i + 1 >= ctx.args.size())
                return false;
            into = ctx.args.at(++i);
            return true;
        };
        QString value;
        if (a == QLatin1String("-H") || a == QLatin1String("--header")) {
            if (!takeValue(value))
                return usage(QStringLiteral("option %1: requires parameter").arg(a));
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon > 0)
                headers.set(value.left(colon).trimmed(), value.mid(colon + 1).trimmed());
        } else if (a == QLatin1String("-X") || a == QLatin1String("--request")) {
            if (!takeValue(method))
                return usage(QStringLiteral("option %1: requires parameter").arg(a));
        } else if (a == QLatin1String("-d") || a == QLatin1String("--data") || a == QLatin1String("--data-raw") ||
                   a == QLatin1String("--data-binary")) {
            if (!takeValue(value))
                return usage(QStringLiteral("option %1: requires parameter").arg(a));
            if (value.startsWith(QLatin1Char('@')) && a != QLatin1String("--data-raw")) {
                if (!ctx.shell->hasFile(value.mid(1))) {
                    ctx.printError(QStringLiteral("Warning: Couldn't read data from file \"%1\", this makes an empty "
                                                  "POST.")
                                       .arg(value.mid(1)));
                    value.clear();
                } else {
                    value = ctx.shell->readFile(value.mid(1));
                    if (a == QLatin1String("-d") || a == QLatin1String("--data"))
                        value.remove(QLatin1Char('\n'));
                }
            }
            data.append(value);
        } else if (a == QLatin1String("-o") || a == QLatin1String("--output")) {
            if (!takeValue(outputFile))
                return usage(QStringLiteral("option %1: requires parameter").arg(a));
        } else if (a == QLatin1String("-w") || a == QLatin1String("--write-out")) {
            if (!takeValue(writeOut))
                return usage(QStringLiteral("option %1: requires parameter").arg(a));
        } else if (a == QLatin1String("--url")) {
            if (!takeValue(url))
                return usage(QStringLiteral("option %1: requires parameter").arg(a));
        } else if (a == QLatin1String("--include")) {
            include = true;
        } else if (a == QLatin1String("--silent")) {
            silent = true;
        } else if (a == QLatin1String("--show-error")) {
            showError = true;
        } else if (a == QLatin1String("--fail")) {
            fail = true;
        } else if (a == QLatin1String("--head")) {
            head = true;
        } else if (a == QLatin1String("--location") || a == QLatin1String("--insecure") ||
                   a == QLatin1String("--compressed")) {
            // accepted, nothing to do in the simulation
        } else if (a.startsWith(QLatin1String("--"))) {
            return usage(QStringLiteral("option %1: is not supported in this console (supported: -H -X -d -i -s -S -f "
                                        "-o -w -I -L)")
                             .arg(a));
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            // Bundled short options: -sS, -fsSL, -sH 'x: y' (the value-taking one must come last).
            const QString flags = a.mid(1);
            for (qsizetype f = 0; f < flags.size(); ++f) {
                const QChar c = flags.at(f);
                if (c == QLatin1Char('i'))
                    include = true;
                else if (c == QLatin1Char('s'))
                    silent = true;
                else if (c == QLatin1Char('S'))
                    showError = true;
                else if (c == QLatin1Char('f'))
                    fail = true;
                else if (c == QLatin1Char('I'))
                    head = true;
                else if (c == QLatin1Char('L') || c == QLatin1Char('k'))
                    continue;
                else if (QStringLiteral("HXdow").contains(c) && f == flags.size() - 1) {
                    QStringList rebuilt = ctx.args;
                    rebuilt[i] = QStringLiteral("-") + c;
                    // Re-run the single-option branch for the value-taking option.
                    if (i + 1 >= ctx.args.size())
                        return usage(QStringLiteral("option -%1: requires parameter").arg(c));
                    const QString v = ctx.args.at(++i);
                    if (c == QLatin1Char('H')) {
                        const qsizetype colon = v.indexOf(QLatin1Char(':'));
                        if (colon > 0)
                            headers.set(v.left(colon).trimmed(), v.mid(colon + 1).trimmed());
                    } else if (c == QLatin1Char('X')) {
                        method = v;
                    } else if (c == QLatin1Char('d')) {
                        data.append(v);
                    } else if (c == QLatin1Char('o')) {
                        outputFile = v;
                    } else {
                        writeOut = v;
                    }
                } else {
                    return usage(QStringLiteral("option -%1: is not supported in this console (supported: -H -X -d -i "
                                                "-s -S -f -o -w -I -L)")
                                     .arg(c));
                }
            }
        } else if (url.isEmpty()) {
            url = a;
        } else {
            return usage(QStringLiteral("only one URL per command is supported in this console"));
        }
    }
    if (url.isEmpty()) {
        ctx.printError(QStringLiteral("curl: no URL specified!"));
        ctx.printError(QStringLiteral("curl: try 'curl --help' or 'curl --manual' for more information"));
        return 2;
    }
    // A URL that starts at its path or query lost what stood in front of it: most often "$IDENTITY_ENDPOINT?…" in
    // double quotes, which this console expands before exec runs the command, where the app's variables are not set
    // (QA: only curl's own words, "Protocol \"?resource=https\" not supported").
    const QString lostItsStart =
        url.startsWith(QLatin1Char('?')) || url.startsWith(QLatin1Char('/')) ? url.left(1) : QString();
    const auto sayWhatWasLost = [&] {
        if (lostItsStart.isEmpty())
            return;
        const Sim::Resource *here = location().isEmpty() ? nullptr : m_world->resource(location());
        const QString app = here && here->isSite() ? here->name : QStringLiteral("APP_NAME");
        ctx.printError(
            QStringLiteral("keyless: the URL starts with '%1': a variable in front of it was empty. In double "
                           "quotes, variables expand in this console before exec runs the command, and "
                           "$IDENTITY_ENDPOINT and $IDENTITY_HEADER are set only inside the app: quote the "
                           "whole command in single quotes: exec %2 -- 'curl -s \"$IDENTITY_ENDPOINT?"
                           "resource=…&api-version=2019-08-01\" -H \"X-IDENTITY-HEADER: $IDENTITY_HEADER\"'")
                .arg(lostItsStart, app));
    };
    if (!url.contains(QLatin1String("://")))
        url = QStringLiteral("http://") + url;
    const QString scheme = url.left(url.indexOf(QLatin1String("://"))).toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https")) {
        ctx.printError(QStringLiteral("curl: (1) Protocol \"%1\" not supported or disabled in libcurl").arg(scheme));
        sayWhatWasLost();
        return 1;
    }
    if (method.isEmpty())
        method = head ? QStringLiteral("HEAD") : (data.isEmpty() ? QStringLiteral("GET") : QStringLiteral("POST"));
    Sim::HttpRequest request;
    request.method = method.toUpper();
    request.url = url;
    request.headers = headers;
    if (!data.isEmpty()) {
        request.body = data.join(QLatin1Char('&')).toUtf8();
        if (!request.headers.contains(QStringLiteral("Content-Type")))
            request.headers.set(QStringLiteral("Content-Type"), QStringLiteral("application/x-www-form-urlencoded"));
    }
    const bool errorsShown = !silent || showError;
    const Sim::HttpResponse response = send(request);
    if (response.noResponse()) {
        const QUrl parsed(url);
        const QString host = parsed.host();
        const int port = parsed.port(scheme == QLatin1String("https") ? 443 : 80);
        int code = 6;
        QString message = QStringLiteral("Could not resolve host: %1").arg(host);
        QString hint;
        if (response.networkError.startsWith(QLatin1String("Connection timed out"))) {
            code = 28;
            message = QStringLiteral("Failed to connect to %1 port %2 after 21000 ms: Timed out").arg(host).arg(port);
            const Sim::Resource *here = location().isEmpty() ? nullptr : m_world->resource(location());
            // Code in a Web App or Function App has its own endpoint (QA: inside an app it was told to use a VM).
            // In single quotes, so that the app's variables expand inside it (QA: typed at the console, they were
            // empty).
            hint = here && here->isSite()
                       ? QStringLiteral(
                             "keyless: %1 A Web App or Function App gets its tokens from the local endpoint "
                             "instead: exec %2 -- 'curl -s \"$IDENTITY_ENDPOINT?resource=…&api-version=2019-08-01\" "
                             "-H \"X-IDENTITY-HEADER: $IDENTITY_HEADER\"'")
                             .arg(response.networkError, here->name)
                       : QStringLiteral("keyless: %1 Run the request there: exec VM_NAME -- curl …")
                             .arg(response.networkError);
        } else if (response.networkError.startsWith(QLatin1String("Connection refused"))) {
            code = 7;
            message =
                QStringLiteral("Failed to connect to %1 port %2 after 0 ms: Connection refused").arg(host).arg(port);
            hint = QStringLiteral("keyless: %1 The App Service identity endpoint exists only inside a Web App or "
                                  "Function App with an identity: exec APP_NAME -- curl …")
                       .arg(response.networkError);
        }
        if (errorsShown)
            ctx.printError(QStringLiteral("curl: (%1) %2").arg(code).arg(message));
        if (!hint.isEmpty() && errorsShown)
            ctx.printError(hint);
        if (errorsShown)
            sayWhatWasLost();
        if (!writeOut.isEmpty())
            ctx.out(curlEscapes(writeOut)
                        .replace(QLatin1String("%{http_code}"), QLatin1String("000"))
                        .replace(QLatin1String("%{response_code}"), QLatin1String("000")));
        return code;
    }
    if (fail && response.status >= 400) {
        if (errorsShown)
            ctx.printError(QStringLiteral("curl: (22) The requested URL returned error: %1").arg(response.status));
        if (!writeOut.isEmpty())
            ctx.out(curlEscapes(writeOut).replace(QLatin1String("%{http_code}"), QString::number(response.status)));
        return 22;
    }
    QString text;
    if (include || head) {
        text +=
            QStringLiteral("HTTP/1.1 %1 %2\n")
                .arg(response.status)
                .arg(response.reason.isEmpty() ? Sim::HttpResponse::reasonPhrase(response.status) : response.reason);
        for (const auto &[name, value] : response.headers.entries())
            text += name + QStringLiteral(": ") + value + QLatin1Char('\n');
        text += QLatin1Char('\n');
    }
    if (!head)
        text += response.text();
    if (!outputFile.isEmpty() && outputFile != QLatin1String("-")) {
        if (outputFile != QLatin1String("/dev/null"))
            ctx.shell->writeFile(outputFile, response.text());
        text = (include || head) ? text.left(text.size() - response.text().size()) : QString();
    }
    ctx.out(text);
    if (!writeOut.isEmpty()) {
        QString w = curlEscapes(writeOut);
        w.replace(QLatin1String("%{http_code}"), QString::number(response.status));
        w.replace(QLatin1String("%{response_code}"), QString::number(response.status));
        w.replace(QLatin1String("%{content_type}"), response.headers.value(QStringLiteral("Content-Type")));
        w.replace(QLatin1String("%{size_download}"), QString::number(response.body.size()));
        ctx.out(w);
    }
    return 0;
}

int Session::runExec(CommandContext &ctx)
{
    const qsizetype dashes = ctx.args.indexOf(QStringLiteral("--"));
    if (ctx.args.isEmpty() || dashes != 1 || dashes + 1 >= ctx.args.size()) {
        ctx.printError(QStringLiteral("exec: usage: exec RESOURCE -- COMMAND [ARGUMENT …]\n"
                                      "  e.g. exec vm1 -- curl -s -H 'Metadata: true' "
                                      "'http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&"
                                      "resource=https://vault.azure.net'"));
        return 2;
    }
    const QString name = ctx.args.first();
    const Sim::Resource *target = name.startsWith(QLatin1Char('/')) ? m_world->resource(name) : nullptr;
    if (!target) {
        for (const Sim::Resource *r : m_world->resources()) {
            if (r->name.compare(name, Qt::CaseInsensitive) == 0 && (r->isCompute() || !target))
                target = r;
        }
    }
    if (!target) {
        ctx.printError(
            QStringLiteral("exec: no resource named '%1' (exec runs commands inside a VM, Web App or "
                           "Function App; list them with: az vm list, az webapp list or az functionapp list)")
                .arg(name));
        return 1;
    }
    if (!target->isCompute()) {
        ctx.printError(QStringLiteral("exec: '%1' is a %2, which runs no code; exec works with VMs, Web Apps and "
                                      "Function Apps")
                           .arg(target->name, target->type));
        return 1;
    }
    const QStringList command = ctx.args.mid(dashes + 1);
    QString script;
    if (command.size() == 1)
        script = command.first();
    else if ((command.first() == QLatin1String("sh") || command.first() == QLatin1String("bash")) &&
             command.size() >= 3 && command.at(1) == QLatin1String("-c"))
        script = command.at(2);
    else {
        QStringList words;
        for (const QString &w : command)
            words.append(requote(w));
        script = words.join(QLatin1Char(' '));
    }
    Interpreter::Scope scope;
    scope.location = target->id;
    const QMap<QString, QString> env = m_world->environment(target->id);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        scope.environment.insert(it.key(), it.value());
    scope.environment.insert(QStringLiteral("HOSTNAME"), target->name);
    return m_shell->runInScope(script, scope, ctx);
}

int Session::runInvoke(CommandContext &ctx)
{
    bool json = false;
    QString name;
    for (const QString &a : std::as_const(ctx.args)) {
        if (a == QLatin1String("--json"))
            json = true;
        else if (name.isEmpty())
            name = a;
        else {
            ctx.printError(QStringLiteral("invoke: usage: invoke [--json] APP_NAME"));
            return 2;
        }
    }
    if (name.isEmpty()) {
        ctx.printError(QStringLiteral("invoke: usage: invoke [--json] APP_NAME"));
        return 2;
    }
    const Sim::Resource *target = nullptr;
    for (const Sim::Resource *r : m_world->resources()) {
        if (r->name.compare(name, Qt::CaseInsensitive) == 0 && r->isCompute())
            target = r;
    }
    if (!target) {
        ctx.printError(QStringLiteral("invoke: no Web App, Function App or VM named '%1'").arg(name));
        return 1;
    }
    if (target->workload.isEmpty()) {
        ctx.printError(QStringLiteral("invoke: '%1' has no code to run (its workload is empty; labs and world files "
                                      "define it)")
                           .arg(target->name));
        return 1;
    }
    const QString id = target->id;
    const Sim::WorkloadResult result = Sim::WorkloadRunner(*m_world).run(id);
    if (json) {
        QJsonObject body = result.toJson();
        body.remove(QStringLiteral("trace"));
        ctx.out(AzOutput::json(body));
        return result.ok() ? 0 : 1;
    }
    int n = 0;
    for (const Sim::StepResult &step : result.steps) {
        ++n;
        const QString head = QStringLiteral("[%1] %2 (%3): ").arg(n).arg(step.label, step.operation);
        if (step.ok) {
            ctx.print(head + QStringLiteral("OK") +
                      (step.status
                           ? QStringLiteral(" %1 %2").arg(step.status).arg(Sim::HttpResponse::reasonPhrase(step.status))
                           : QString()));
            QString value;
            if (step.value.isString())
                value = step.value.toString();
            else if (step.value.isObject())
                value = QString::fromUtf8(QJsonDocument(step.value.toObject()).toJson(QJsonDocument::Compact));
            else if (step.value.isArray())
                value = QString::fromUtf8(QJsonDocument(step.value.toArray()).toJson(QJsonDocument::Compact));
            else if (!step.value.isNull() && !step.value.isUndefined())
                value = AzOutput::json(step.value).trimmed();
            if (!value.isEmpty())
                ctx.print(QStringLiteral("    ") + value);
        } else {
            QString status = step.status ? QStringLiteral(" %1").arg(step.status) : QString();
            if (step.subStatus)
                status += QStringLiteral(" (substatus %1)").arg(step.subStatus);
            ctx.print(head + QStringLiteral("FAILED") + status +
                      (step.errorCode.isEmpty() ? QString() : QLatin1Char(' ') + step.errorCode));
            for (const QString &line : step.message.split(QLatin1Char('\n')))
                ctx.print(QStringLiteral("    ") + line);
        }
    }
    return result.ok() ? 0 : 1;
}

} // namespace Keyless::Shell
