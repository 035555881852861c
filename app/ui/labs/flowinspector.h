#pragma once

#include "ui/labs/flowtrace.h"

#include <QWidget>

#include <optional>

class QLabel;

class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace Keyless::Ui::Labs {

class LongTextView;

// Details of one trace event: what happened and why, the HTTP request and response, the decoded JWT
// with every claim explained, and the authorization decision (assignments considered, action needed).
class FlowInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowInspector)

public:
    enum Tab { HttpTab, TokenTab, AuthorizationTab };

    explicit FlowInspector(QWidget *parent = nullptr);

    void inspect(const FlowEvent &event, const FlowTrace &trace);
    void clear();

    QLabel *summary() const { return m_summary; }
    QTabWidget *tabs() const { return m_tabs; }
    LongTextView *httpView() const { return m_http; }
    QTableWidget *claimsTable() const { return m_claims; }
    QTextBrowser *decisionView() const { return m_decision; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate(); // the tabs and the claim headers; the event shown is the owner's to show again

    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    LongTextView *m_http = nullptr;
    QLabel *m_rawToken = nullptr;
    QTableWidget *m_claims = nullptr;
    QTextBrowser *m_decision = nullptr;
    // What is shown, drawn again in the status colours of a new palette (a theme switch).
    std::optional<FlowEvent> m_event;
    FlowTrace m_trace;
};

} // namespace Keyless::Ui::Labs
