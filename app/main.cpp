// Keyless entry point: parse the command line, then either run a headless subcommand on a
// QCoreApplication (no display needed) or start the GUI. Nothing else lives here.
#include "cli/headless.h"
#include "ui/guiapplication.h"
#include "ui/study/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

struct Options {
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("Progress database file."), QStringLiteral("path")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("User interface language (en, de, es)."),
                            QStringLiteral("code")};
    QCommandLineOption labs{QStringLiteral("labs"), QStringLiteral("Extra folder of lab files (repeatable)."),
                            QStringLiteral("dir")};
    QCommandLineOption measureStartup{QStringLiteral("measure-startup"),
                                      QStringLiteral("Print milliseconds until the main window painted, then exit.")};
};

QString helpText(const QCommandLineParser &parser)
{
    // Without an application object Qt cannot know the program name yet.
    QString text = parser.helpText();
    text.replace(QStringLiteral("<executable_name>"), QStringLiteral("keyless"));
    text +=
        QStringLiteral("\nCommands (run without a display):\n"
                       "  script [--lab LAB] [--seed N] [FILE|-]   Run a console script in a fresh simulated world.\n"
                       "  lab list | lab check LAB [...]           List labs, or check a lab's solution.\n"
                       "  progress export | progress reset         Export or reset the progress database.\n"
                       "\nWithout a command, Keyless opens its main window.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    // Our debug categories are for developers; QT_LOGGING_RULES still overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("keyless.*.debug=false"));

    QCoreApplication::setOrganizationName(QStringLiteral("Keyless"));
    QCoreApplication::setApplicationName(QStringLiteral("keyless"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYLESS_VERSION));

    Options options;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Keyless — a study and lab simulator for Azure managed identities."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({options.db, options.lang, options.labs, options.measureStartup});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("Optional headless command: script, lab, progress."),
                                 QStringLiteral("[command [args...]]"));
    // Everything after the subcommand belongs to it (it parses its own flags).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    QTextStream out(stdout);
    QTextStream err(stderr);

    if (!parser.parse(arguments)) {
        err << "keyless: " << parser.errorText() << "\nTry 'keyless --help' for more information.\n";
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << helpText(parser);
        return 0;
    }
    if (parser.isSet(versionOption)) {
        out << "keyless " << KEYLESS_VERSION << '\n';
        return 0;
    }

    // --lang is the one global option a subcommand does not have: taken wherever it stands, so that
    // `keyless lab list --lang de` works as well as `keyless --lang de lab list`.
    QStringList positional = parser.positionalArguments();
    QString language = parser.value(options.lang);
    for (qsizetype i = 1; i < positional.size();) {
        const QString &word = positional.at(i);
        if (word == QLatin1String("--"))
            break;
        if (word == QLatin1String("--lang")) {
            if (i + 1 >= positional.size()) {
                err << "keyless: Missing value after '--lang'.\nTry 'keyless --help' for more information.\n";
                return 2;
            }
            language = positional.at(i + 1);
            positional.remove(i, 2);
        } else if (word.startsWith(QLatin1String("--lang="))) {
            language = word.mid(7);
            positional.remove(i);
        } else {
            ++i;
        }
    }
    if (!language.isEmpty() && !Keyless::Ui::Translations::isAvailable(language)) {
        // An unknown language is a mistake to say, not a reason to start silently in English.
        QStringList codes;
        for (const auto &available : Keyless::Ui::Translations::available())
            codes << available.code;
        err << "keyless: unknown language '" << language << "' (available: " << codes.join(QStringLiteral(", "))
            << ").\nTry 'keyless --help' for more information.\n";
        return 2;
    }

    if (!positional.isEmpty()) {
        const QString command = positional.first();
        if (parser.isSet(options.measureStartup)) {
            // It times the window: with a command it was silently ignored.
            err << "keyless: --measure-startup times the main window; it does not go with a command ('" << command
                << "').\nTry 'keyless --help' for more information.\n";
            return 2;
        }
        if (!Keyless::Cli::isHeadlessCommand(command)) {
            err << "keyless: '" << command << "' is not a keyless command. Commands: "
                << Keyless::Cli::headlessCommandNames().join(QStringLiteral(", "))
                << ".\nTry 'keyless --help' for more information.\n";
            return 2;
        }
        QCoreApplication app(argc, argv);
        // A command says what went wrong in its own words; the layers' log warnings would say it twice.
        QLoggingCategory::setFilterRules(QStringLiteral("keyless.*.debug=false\nkeyless.*.warning=false"));
        // Headless output is English unless --lang asks otherwise (scripts parse it), never the system's
        // language; English too has its plural forms ("1 record", "2 records").
        Keyless::Ui::Translations translations;
        translations.apply(language.isEmpty() ? QStringLiteral("en") : language);
        Keyless::Cli::Invocation invocation;
        invocation.args = positional.mid(1);
        invocation.globalDb = parser.value(options.db);
        invocation.language = language;
        invocation.labDirs = parser.values(options.labs);
        const int status = Keyless::Cli::runHeadless(command, invocation, out, err);
        out.flush();
        err.flush();
        return status;
    }

    Keyless::Ui::GuiOptions gui;
    gui.databasePath = parser.value(options.db);
    gui.language = language;
    gui.labDirs = parser.values(options.labs);
    gui.measureStartup = parser.isSet(options.measureStartup);
    return Keyless::Ui::runGui(argc, argv, gui);
}
