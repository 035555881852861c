#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;

namespace Keyless::Lab {
class CheckRegistry;
class LabCatalog;
} // namespace Keyless::Lab

namespace Keyless::Ui {
struct AppContext;
class LabLibrary;
} // namespace Keyless::Ui

namespace Keyless::Ui::Labs {

class FlowView;
class LabBrowser;
class LabWorkspace;

// The Flow page: the canonical successful runs (VM via IMDS, Function via the identity endpoint), produced
// by running the simulator, and the step a lesson asks for (Navigator::flowStepRequested).
class FlowPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowPage)

public:
    FlowPage(AppContext &context, QWidget *parent = nullptr);

    // flow: "imds" or "appservice"; step: 1-based hop (0 = before the first).
    void showFlow(const QString &flow, int step);
    FlowView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppContext &m_context;
    QLabel *m_choiceLabel = nullptr;
    QComboBox *m_choice = nullptr;
    FlowView *m_view = nullptr;
    QString m_flow;
};

// The Labs page: the lab browser, and the workspace of the lab being worked on.
class LabsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LabsPage)

public:
    LabsPage(AppContext &context, QWidget *parent = nullptr);
    ~LabsPage() override;

    bool openLab(const QString &labId);
    LabBrowser *browser() const { return m_browser; }
    LabWorkspace *workspace() const { return m_workspace; }
    const Lab::LabCatalog &catalog() const { return *m_catalog; }

private:
    QString nextLabId() const;
    static QString resumeArea(); // the progress store's resume point: the lab open when Keyless closed
    void showProblems();

    AppContext &m_context;
    std::unique_ptr<LabLibrary> m_ownLabs; // when the context has no shared one
    Lab::LabCatalog *m_catalog = nullptr;
    QStackedWidget *m_stack = nullptr;
    LabBrowser *m_browser = nullptr;
    LabWorkspace *m_workspace = nullptr;
    QString m_currentLab;
};

QWidget *createFlowPage(AppContext &context, QWidget *parent);
QWidget *createLabsPage(AppContext &context, QWidget *parent);

} // namespace Keyless::Ui::Labs
