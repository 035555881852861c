#include "ui/study/studypages.h"

#include "ui/appcontext.h"
#include "ui/placeholderpage.h"

#include <QCoreApplication>

namespace Keyless::Ui::Study {

QWidget *createLessonsPage(AppContext &, QWidget *parent)
{
    return makePlaceholderPage(QStringLiteral("lessonsPage"),
                               QCoreApplication::translate("Keyless::Ui::Study", "Lessons"), parent);
}

QWidget *createPracticePage(AppContext &, QWidget *parent)
{
    return makePlaceholderPage(QStringLiteral("practicePage"),
                               QCoreApplication::translate("Keyless::Ui::Study", "Practice"), parent);
}

QWidget *createProgressPage(AppContext &, QWidget *parent)
{
    return makePlaceholderPage(QStringLiteral("progressPage"),
                               QCoreApplication::translate("Keyless::Ui::Study", "Progress"), parent);
}

} // namespace Keyless::Ui::Study
