#pragma once

class QWidget;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Labs {

QWidget *createFlowPage(AppContext &context, QWidget *parent);
QWidget *createLabsPage(AppContext &context, QWidget *parent);

} // namespace Keyless::Ui::Labs
