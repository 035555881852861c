#pragma once

#include "ui/navigator.h"

#include <QMainWindow>

class QListWidget;
class QSettings;
class QStackedWidget;

namespace Keyless::Ui {

struct AppContext;

// The application frame: a navigation sidebar over a stacked page area, a status bar and the menus.
// Pages come from the study and lab sides (studypages.h, labpages.h); the frame only switches them.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `settings` stores window geometry and the last page; it must outlive the window.
    MainWindow(AppContext &context, QSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    Navigator::Page currentPage() const;
    void showPage(Navigator::Page page);
    QWidget *page(Navigator::Page page) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addPage(Navigator::Page page, const QString &title, QWidget *widget);
    void createMenus();
    void saveState();
    void restoreState();
    void showAbout();

    AppContext &m_context;
    QSettings &m_settings;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
};

} // namespace Keyless::Ui
