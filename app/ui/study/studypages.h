#pragma once

class QWidget;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

QWidget *createLessonsPage(AppContext &context, QWidget *parent);
QWidget *createPracticePage(AppContext &context, QWidget *parent);
QWidget *createProgressPage(AppContext &context, QWidget *parent);

} // namespace Keyless::Ui::Study
