#include "cli/headless.h"
#include "progress/database.h"
#include "progress/progressexporter.h"
#include "progress/progressstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace Keyless::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keyless::Cli", text); // the context lupdate gives tr() in this namespace
}

QString usage()
{
    return tr("usage: keyless progress export [--db PATH] [--format json|csv] [--output FILE]\n"
              "       keyless progress reset [--db PATH] --yes\n");
}

int runExport(const QString &path, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    const QString format =
        parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("csv")) {
        err << tr("keyless progress export: unknown format '%1' (use json or csv)\n").arg(format);
        return 2;
    }
    // Exporting must not create a file, nor move a damaged one aside: say so and stop.
    if (!QFileInfo::exists(path)) {
        err << tr("keyless progress export: there is no progress file at %1\n").arg(QDir::toNativeSeparators(path));
        return 1;
    }
    Progress::ProgressStore store;
    Progress::OpenOptions options;
    options.fallbackToMemory = false;
    options.recoverCorrupt = false;
    options.readOnlyCopy = true; // a read-only file exports as well as any other
    const Progress::OpenResult opened = store.open(path, options);
    // A damaged SQLite file: export what can still be read from it, as the app carries on with it (QA: export refused
    // the file the app recovered two records from), and leave the file as it is.
    const bool damaged = !opened.ok && opened.corrupt && Progress::Database::hasSqliteHeader(path);
    if (!opened.ok && !damaged) {
        err << tr("keyless progress export: %1\n").arg(opened.error);
        return 1;
    }
    if (damaged) {
        const Progress::OpenResult salvaged = store.database().openSalvaged(path);
        if (!salvaged.ok || salvaged.salvagedRecords == 0) { // nothing readable: nothing to export
            err << tr("keyless progress export: %1\n").arg(opened.error);
            return 1;
        }
        err << tr("keyless progress export: %1\n").arg(opened.error)
            << tr("keyless progress export: exporting what can still be read from it.\n");
    }
    const Progress::ExportResult exported =
        format == QLatin1String("csv")
            ? Progress::ProgressExporter::toCsv(store.database())
            : Progress::ProgressExporter::toJson(store.database(), QDateTime::currentDateTimeUtc());
    if (!exported.ok()) {
        err << tr("keyless progress export: %1\n").arg(exported.error);
        return 1;
    }
    if (!parser.isSet(QStringLiteral("output"))) {
        out << QString::fromUtf8(exported.data);
        out.flush();
        return 0;
    }
    const QString output = parser.value(QStringLiteral("output"));
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(exported.data) != exported.data.size() || !file.commit()) {
        err << tr("keyless progress export: cannot write %1: %2\n")
                   .arg(QDir::toNativeSeparators(output), file.errorString());
        return 1;
    }
    out << QCoreApplication::translate("Keyless::Cli::ProgressCommand", "exported %n record(s) to %1\n", nullptr,
                                       exported.records)
               .arg(QDir::toNativeSeparators(output));
    return 0;
}

int runReset(const QString &path, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    if (!parser.isSet(QStringLiteral("yes"))) {
        err << tr("keyless progress reset: this starts your progress from scratch; add --yes to confirm "
                  "(the old file is moved aside, not deleted)\n");
        return 2;
    }
    const Progress::ProgressStore::ResetResult reset =
        Progress::ProgressStore::moveAside(path, QDateTime::currentDateTimeUtc());
    if (!reset.ok()) {
        err << tr("keyless progress reset: %1\n").arg(reset.error);
        return 1;
    }
    out << tr("moved %1 to %2\n").arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(reset.movedTo));
    return 0;
}

} // namespace

int runProgressCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("db"), tr("Progress database file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("format"), tr("Export format: json or csv."), QStringLiteral("format")});
    parser.addOption({QStringLiteral("output"), tr("Write the export to this file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("yes"), tr("Confirm the reset.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    if (!parser.parse(QStringList{QStringLiteral("keyless-progress")} + invocation.args)) {
        err << tr("keyless progress: %1\n").arg(parser.errorText()) << usage();
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << usage();
        return 0;
    }
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1) {
        err << usage();
        return 2;
    }
    QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        path = invocation.globalDb;
    if (path.isEmpty())
        path = Progress::ProgressStore::defaultPath();

    if (words.first() == QLatin1String("export"))
        return runExport(path, parser, out, err);
    if (words.first() == QLatin1String("reset")) {
        if (parser.isSet(QStringLiteral("format")) || parser.isSet(QStringLiteral("output"))) {
            err << usage();
            return 2;
        }
        return runReset(path, parser, out, err);
    }
    err << tr("keyless progress: unknown action '%1'\n").arg(words.first()) << usage();
    return 2;
}

} // namespace Keyless::Cli
