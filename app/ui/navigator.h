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

    // Requests a page reacts to. Pages are built when first needed, so pageNeeded goes out first: the main window
    // builds the target page (synchronously) and it is then connected when the request signal follows.
    void requestLab(const QString &labId)
    {
        emit pageNeeded(Page::Labs);
        emit labRequested(labId);
    }
    void requestFlowStep(const QString &flow, int step)
    {
        emit pageNeeded(Page::Flow);
        emit flowStepRequested(flow, step);
    }
    void requestLesson(const QString &lessonId)
    {
        emit pageNeeded(Page::Lessons);
        emit lessonRequested(lessonId);
    }

signals:
    void pageNeeded(Keyless::Ui::Navigator::Page page);
    void pageRequested(Keyless::Ui::Navigator::Page page);
    void labRequested(const QString &labId);
    // flow: "imds" (VM) or "appservice" (App Service / Functions); step: 1-based hop in the canonical run.
    void flowStepRequested(const QString &flow, int step);
    void lessonRequested(const QString &lessonId);
};

} // namespace Keyless::Ui
