#pragma once

// Shared set-up of the study widget tests: real content (compiled in), a real progress store in a
// temporary folder, and the app-wide objects pages receive through AppContext.

#include "content/contentlibrary.h"
#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/lablibrary.h"
#include "ui/navigator.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QFontMetrics>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <ctime>
#include <memory>

// CPU time of this thread in ms. Benchmarks use it, not wall time: the shared build machine runs
// many compilers at once, and wall time then measures the machine, not the code.
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1.0e6;
}

// True when the item's first-column text fits whole: wrapped at the column's text width, the row is tall
// enough for every line and no word is wider than the column.
inline bool fitsFirstColumn(const QTreeWidget *tree, const QTreeWidgetItem *item)
{
    const int margin = tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, tree) + 1;
    int depth = tree->rootIsDecorated() ? 1 : 0;
    for (const QTreeWidgetItem *parent = item->parent(); parent; parent = parent->parent())
        ++depth;
    const int width = tree->columnWidth(0) - depth * tree->indentation() - 2 * margin;
    const QRect needed =
        QFontMetrics(tree->font()).boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, item->text(0));
    return needed.width() <= width && needed.height() <= tree->visualItemRect(item).height();
}

struct StudyFixture {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    Keyless::Ui::UiState uiState;
    Keyless::Ui::Navigator navigator;
    Keyless::Ui::Translations translations; // English plural forms ("2 answers", not "2 answer(s)")
    Keyless::Content::ContentLibrary content;
    Keyless::Ui::LabLibrary labs; // the bundled labs, shared by the pages as in the app
    std::unique_ptr<Keyless::Progress::ProgressStore> progress;
    Keyless::Ui::AppContext context;

    // Returns false (with a QTest failure message) when the fixture cannot be built.
    bool setUp()
    {
        QStandardPaths::setTestModeEnabled(true);
        translations.apply(QStringLiteral("en"));
        if (!dir.isValid())
            return false;
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        if (content.lessons().isEmpty())
            content.loadBuiltIn();
        progress = std::make_unique<Keyless::Progress::ProgressStore>();
        const Keyless::Progress::OpenResult opened = progress->open(dir.filePath(QStringLiteral("progress.sqlite")));
        if (!opened.ok || opened.inMemory)
            return false;
        uiState.setAnimationSpeed(1000.0);
        context = {};
        context.databasePath = opened.path;
        context.language = QStringLiteral("en");
        context.uiState = &uiState;
        context.navigator = &navigator;
        context.progress = progress.get();
        context.content = &content;
        context.labs = &labs;
        context.settings = settings.get();
        return true;
    }
};
