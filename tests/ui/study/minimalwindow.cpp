// The baseline of the startup benchmark: the smallest Qt Widgets main window, measured exactly like
// `keyless --measure-startup` (process start to first paint, see ui/study/startupclock.h).
#include "ui/study/startupclock.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
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
                std::printf("startup: %.1f ms\npainted at: %.3f ms\n",
                            Keyless::Ui::StartupClock::elapsedSinceProcessStartMs(),
                            Keyless::Ui::StartupClock::bootTimeMs());
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window = nullptr;
    bool m_seen = false;
};
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1200, 800);
    new FirstPaint(&window);
    window.show();
    return QApplication::exec();
}
