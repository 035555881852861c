#include "ui/guiapplication.h"

#include "content/contentlibrary.h"
#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/study/appearance.h"
#include "ui/study/startupclock.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QApplication>
#include <QEvent>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace Keyless::Ui {

namespace {

// Prints the milliseconds from process start to the main window's first paint, then quits. The paint
// event is seen before it is handled; the zero timer fires once it (and the flush) are done.
class FirstPaintProbe final : public QObject
{
public:
    explicit FirstPaintProbe(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && watched->isWidgetType() &&
            static_cast<QWidget *>(watched)->window() == m_window) {
            m_seen = true;
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, m_window, [] {
                const double ms = StartupClock::elapsedSinceProcessStartMs();
                std::printf("startup: %.1f ms\n", ms);
                std::fflush(stdout);
                QApplication::exit(ms >= 0 ? 0 : 1);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window = nullptr;
    bool m_seen = false;
};

} // namespace

void setStoreStatus(AppContext &context, const Progress::OpenResult &opened)
{
    context.databasePath = opened.inMemory ? QString() : opened.path;
    // The store's own warning already says "progress is not being saved"; the banner says that itself and
    // gives only the reason.
    context.databaseWarning = opened.inMemory ? (opened.error.isEmpty() ? opened.warning : opened.error) : QString();
    context.databaseNotice = opened.inMemory ? QString() : opened.warning;
}

int runGui(const GuiOptions &options)
{
    QSettings settings;
    UiState uiState;
    loadUiState(uiState, settings);
    if (!options.language.isEmpty())
        uiState.setLanguage(options.language);
    if (!options.measureStartup)
        uiState.setPresenterMode(settings.value(SettingsKeys::presenterAtStart(), false).toBool());

    Translations translations;
    translations.apply(uiState.language());
    QObject::connect(&uiState, &UiState::languageChanged, &translations,
                     [&translations](const QString &code) { translations.apply(code); });
    Appearance appearance(uiState);
    Navigator navigator;

    // Content is compiled in; the UI language picks translated content where there is some.
    Content::ContentLibrary content(QStringLiteral("en"));
    content.loadBuiltIn();

    Progress::ProgressStore progress;
    const Progress::OpenResult opened = progress.open(options.databasePath);

    AppContext context;
    setStoreStatus(context, opened);
    context.language = translations.current();
    context.extraLabDirs = options.labDirs;
    context.uiState = &uiState;
    context.navigator = &navigator;
    context.progress = &progress;
    context.content = &content;

    MainWindow window(context, settings);
    if (options.measureStartup)
        new FirstPaintProbe(&window);
    window.show();
    if (!options.measureStartup)
        window.showWelcomeIfFirstRun();
    return QApplication::exec();
}

} // namespace Keyless::Ui
