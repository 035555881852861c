#pragma once

class QWidget;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

// The study pages, built from the content library and the progress store in `context` (either may be
// null: the pages then show that nothing is loaded / nothing is recorded).
QWidget *createLessonsPage(AppContext &context, QWidget *parent);
QWidget *createPracticePage(AppContext &context, QWidget *parent);
QWidget *createProgressPage(AppContext &context, QWidget *parent);

} // namespace Keyless::Ui::Study
