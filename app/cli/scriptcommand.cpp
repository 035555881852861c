// `keyless script [--lab LAB] [--seed N] [FILE|-]`: runs a console script headlessly in a fresh sandbox
// world (or a lab's initial world) and prints what the console would show. Instructors and tests drive
// the simulator this way, so the output is stable across runs.
#include "cli/headless.h"
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labloader.h"
#include "lab/labsession.h"
#include "shell/session.h"
#include "sim/world.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <optional>

namespace Keyless::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyless::Cli", text); // the context lupdate gives tr() in this namespace
}

QString usage()
{
    return tr("usage: keyless script [--lab LAB] [--seed N] [FILE|-]\n"
              "Runs a console script (az, curl, exec, invoke, jq, …) in a fresh simulated sandbox, or in the initial "
              "world of LAB (a lab file or the id of a bundled lab). Without FILE, or with -, the script is read "
              "from standard input. The exit status is that of the last command (or of the failing one under set "
              "-e).\n");
}

} // namespace

int runScriptCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(usage());
    parser.addOption({QStringLiteral("lab"), tr("Start from the initial world of this lab (file or id)."), tr("LAB")});
    parser.addOption({QStringLiteral("seed"), tr("Seed of the simulated world (default: the lab's, or 0)."), tr("N")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addPositionalArgument(QStringLiteral("file"), tr("Script file, or - for standard input."));
    if (!parser.parse(QStringList{QStringLiteral("keyless script")} + invocation.args)) {
        err << tr("keyless script: %1\n").arg(parser.errorText()) << usage();
        err.flush();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        out.flush();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        err << tr("keyless script: only one script file can be given") << '\n' << usage();
        err.flush();
        return 2;
    }
    quint64 seed = 0;
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err << tr("keyless script: --seed needs a non-negative integer, got '%1'")
                       .arg(parser.value(QStringLiteral("seed")))
                << '\n';
            err.flush();
            return 2;
        }
    }

    // The world: a lab's initial world, or the default sandbox.
    std::optional<Sim::World> world;
    if (parser.isSet(QStringLiteral("lab"))) {
        const QString lab = parser.value(QStringLiteral("lab"));
        const Lab::CheckRegistry registry = Lab::CheckRegistry::builtIn();
        std::shared_ptr<const Lab::LabDefinition> definition;
        if (QFileInfo::exists(lab)) {
            const Lab::LabLoader loader(registry);
            const Lab::LabLoadResult loaded = loader.loadFile(lab);
            for (const Lab::LabIssue &issue : loaded.issues)
                err << issue.toString() << '\n';
            definition = loaded.ok() ? loaded.lab : nullptr;
        } else {
            Lab::LabCatalog catalog(registry);
            catalog.addBundled();
            definition = catalog.find(lab);
            if (!definition)
                err << tr("keyless script: no lab file or bundled lab named '%1' (bundled: %2)")
                           .arg(lab, catalog.ids().join(QStringLiteral(", ")))
                    << '\n';
        }
        if (!definition) {
            err.flush();
            return 2;
        }
        // The world the learner starts in: its faults applied, as in the app and in `lab check` (QA: without them a
        // troubleshooting lab's script ran against a world with nothing broken).
        const Lab::LabSession started(definition, registry, seed);
        if (!started.isUsable()) {
            for (const QString &e : started.errors())
                err << e << '\n';
            err.flush();
            return 2;
        }
        world.emplace(started.world());
    } else {
        Sim::WorldSettings settings;
        if (parser.isSet(QStringLiteral("seed")))
            settings.seed = QStringLiteral("keyless-%1").arg(seed);
        world.emplace(settings);
    }

    QString script;
    const QString file = positional.value(0, QStringLiteral("-"));
    QFile input;
    const bool opened = file == QLatin1String("-") ? input.open(stdin, QIODevice::ReadOnly)
                                                   : (input.setFileName(file), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err << tr("keyless script: cannot read '%1': %2").arg(file, input.errorString()) << '\n';
        err.flush();
        return 2;
    }
    script = QString::fromUtf8(input.readAll());

    Shell::Session session(*world);
    // Flush after every chunk so a terminal (or 2>&1) shows both streams in the order they were written.
    const int status = session.run(
        script,
        [&out](const QString &text) {
            out << text;
            out.flush();
        },
        [&err](const QString &text) {
            err << text;
            err.flush();
        });
    out.flush();
    err.flush();
    return status;
}

} // namespace Keyless::Cli
