#include "ui/labs/labpages.h"

#include "ui/appcontext.h"
#include "ui/placeholderpage.h"

#include <QCoreApplication>

namespace Keyless::Ui::Labs {

QWidget *createFlowPage(AppContext &, QWidget *parent)
{
    return makePlaceholderPage(QStringLiteral("flowPage"), QCoreApplication::translate("Keyless::Ui::Labs", "Flow"),
                               parent);
}

QWidget *createLabsPage(AppContext &, QWidget *parent)
{
    return makePlaceholderPage(QStringLiteral("labsPage"), QCoreApplication::translate("Keyless::Ui::Labs", "Labs"),
                               parent);
}

} // namespace Keyless::Ui::Labs
