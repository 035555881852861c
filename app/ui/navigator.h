#pragma once

#include <QObject>
#include <QString>

namespace Keyless::Ui {

// Cross-page navigation: a lesson link asks for a lab or a flow step, the main window switches pages
// and the target page reacts. Pages only know this object, never each other.
class Navigator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Navigator)

public:
    enum class Page { Lessons, Flow, Labs, Practice, Progress };
    Q_ENUM(Page)

    using QObject::QObject;

signals:
    void pageRequested(Keyless::Ui::Navigator::Page page);
    void labRequested(const QString &labId);
    // flow: "imds" (VM) or "appservice" (App Service / Functions); step: 1-based hop in the canonical run.
    void flowStepRequested(const QString &flow, int step);
    void lessonRequested(const QString &lessonId);
};

} // namespace Keyless::Ui
