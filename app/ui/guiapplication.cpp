#include "ui/guiapplication.h"

#include "content/contentlibrary.h"
#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/lablibrary.h"
#include "ui/mainwindow.h"
#include "ui/navigator.h"
#include "ui/study/appearance.h"
#include "ui/study/startupclock.h"
#include "ui/study/translations.h"
#include "ui/uistate.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <future>
#include <thread>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

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
                std::printf("startup: %.1f ms\npainted at: %.3f ms\n", ms, StartupClock::bootTimeMs());
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

// Fills Qt's font database on another core while this thread opens the progress store: fontconfig's configuration and
// font list, and the fallback families of the styles the first screen uses (regular text with symbols such as ✓ and →,
// italic, code). Qt supports fonts outside the GUI thread and keeps the database under its own lock; the first text
// measurement of the window waits for it at most. Font engines are per thread, so nothing is shared but the database:
// this only saves time.
class FontWarmUp final
{
public:
    FontWarmUp()
        : m_thread([font = QGuiApplication::font(), fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont)] {
            const QString sample = QStringLiteral("Keyless ✓ read · Next → ← Previous");
            QFont italic = font;
            italic.setItalic(true);
            for (const QFont &f : {font, italic, fixed})
                (void)QFontMetrics(f).horizontalAdvance(sample);
        })
    {
    }
    ~FontWarmUp() { m_thread.join(); }
    FontWarmUp(const FontWarmUp &) = delete;
    FontWarmUp &operator=(const FontWarmUp &) = delete;

private:
    std::thread m_thread;
};

#ifdef Q_OS_UNIX
// SIGTERM, SIGINT and SIGHUP (a logout, Ctrl+C in the terminal, `kill`) close the window and end the event loop as Quit
// does: the window keeps its place, the progress store closes and a temporary copy of a read-only progress file is
// removed (QA: after a SIGTERM /tmp/keyless-*/progress.sqlite stayed behind). The handler only writes a byte to a
// socket (async-signal-safe); the event loop reads it.
class TerminationSignals final : public QObject
{
public:
    TerminationSignals()
    {
        if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_fds) != 0)
            return;
        m_notifier = new QSocketNotifier(s_fds[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [] {
            char byte = 0;
            (void)::read(s_fds[0], &byte, 1);
            QApplication::closeAllWindows();
            QApplication::exit(0);
        });
        struct sigaction action = {};
        action.sa_handler = &TerminationSignals::handle;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        for (const int signal : {SIGTERM, SIGINT, SIGHUP})
            ::sigaction(signal, &action, nullptr);
    }
    ~TerminationSignals() override
    {
        struct sigaction action = {};
        action.sa_handler = SIG_DFL;
        for (const int signal : {SIGTERM, SIGINT, SIGHUP})
            ::sigaction(signal, &action, nullptr);
        delete m_notifier; // before its socket is closed
        for (int &fd : s_fds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    TerminationSignals(const TerminationSignals &) = delete;
    TerminationSignals &operator=(const TerminationSignals &) = delete;

private:
    static void handle(int)
    {
        const char byte = 1;
        (void)!::write(s_fds[1], &byte, 1);
    }
    static inline int s_fds[2] = {-1, -1};
    QSocketNotifier *m_notifier = nullptr;
};
#endif

} // namespace

void setStoreStatus(AppContext &context, const Progress::OpenResult &opened)
{
    context.databasePath = opened.inMemory ? QString() : opened.path;
    // The store's own warning already says "progress is not being saved"; the banner says that itself and
    // gives only the reason.
    context.databaseWarning = opened.inMemory
                                  ? (opened.errorSentence.isEmpty() ? opened.warningSentence : opened.errorSentence)
                                  : Progress::Sentence();
    context.databaseNotice = opened.inMemory ? Progress::Sentence() : opened.warningSentence;
}

int runGui(int &argc, char **argv, const GuiOptions &options)
{
    // The content is compiled in and needs only Qt Core: it is parsed on the second core while this thread creates
    // the application, reads the settings and opens the progress store. English first; the UI language picks
    // translated content where there is some.
    std::future<Content::ContentLibrary> loadingContent = std::async(std::launch::async, [] {
        Content::ContentLibrary library(QStringLiteral("en"));
        library.loadBuiltIn();
        return library;
    });

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Keyless"));
#ifdef Q_OS_UNIX
    // First: a signal during the start is answered once the event loop runs (the byte waits in the socket).
    const TerminationSignals terminationSignals;
#endif
    const FontWarmUp fontWarmUp;
    QSettings settings;
    UiState uiState;
    loadUiState(uiState, settings);
    if (!options.language.isEmpty())
        uiState.setLanguageForThisRun(options.language); // QA: a one-off --lang de became the saved language
    if (!options.measureStartup)
        uiState.setPresenterMode(settings.value(SettingsKeys::presenterAtStart(), false).toBool());

    Translations translations;
    translations.apply(uiState.language());
    QObject::connect(&uiState, &UiState::languageChanged, &translations,
                     [&translations](const QString &code) { translations.apply(code); });
    Appearance appearance(uiState);
    Navigator navigator;

    Progress::ProgressStore progress;
    const Progress::OpenResult opened = progress.open(options.databasePath);
    Content::ContentLibrary content = loadingContent.get();

    // Loaded by the first page that needs the labs, then shared.
    LabLibrary labs(options.labDirs);

    AppContext context;
    setStoreStatus(context, opened);
    context.language = translations.current();
    context.extraLabDirs = options.labDirs;
    context.uiState = &uiState;
    context.navigator = &navigator;
    context.progress = &progress;
    context.content = &content;
    context.labs = &labs;
    context.settings = &settings;

    MainWindow window(context, settings);
    if (options.measureStartup)
        new FirstPaintProbe(&window);
    window.show();
    if (!options.measureStartup)
        window.showWelcomeIfFirstRun();
    return QApplication::exec();
}

} // namespace Keyless::Ui
