#include "ui/labs/flowinspector.h"

#include "ui/labs/longtextview.h"
#include "ui/relativefont.h"
#include "ui/study/appearance.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Keyless::Ui::Labs {

FlowInspector::FlowInspector(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("flowInspector"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("inspectorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMargin(6);
    // Its longest word (a URL, a resource id) must not widen the inspector: the split with the event list would
    // move from step to step. The text wraps anywhere it has to instead.
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_summary);

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    m_http = new LongTextView(m_tabs);
    m_http->setObjectName(QStringLiteral("inspectorHttp"));
    setFixedPitchFont(m_http);
    m_http->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(m_http, QString());

    auto *tokenPage = new QWidget(m_tabs);
    auto *tokenLayout = new QVBoxLayout(tokenPage);
    m_rawToken = new QLabel(tokenPage);
    m_rawToken->setObjectName(QStringLiteral("inspectorRawToken"));
    m_rawToken->setWordWrap(true);
    m_rawToken->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFixedPitchFont(m_rawToken);
    // The token is one long word: it must not widen the inspector either (it is cut at the pane's edge).
    m_rawToken->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    tokenLayout->addWidget(m_rawToken);
    m_claims = new QTableWidget(0, 3, tokenPage);
    m_claims->setObjectName(QStringLiteral("claimsTable"));
    m_claims->horizontalHeader()->setStretchLastSection(true);
    m_claims->verticalHeader()->hide();
    m_claims->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_claims->setWordWrap(true);
    tokenLayout->addWidget(m_claims, 1);
    // Row heights depend on the width of the stretched Meaning column, which is only known once the table is
    // laid out (and changes with the splitter): measured at fill time, the rows came out several lines too tall.
    connect(m_claims->horizontalHeader(), &QHeaderView::sectionResized, m_claims,
            [this] { m_claims->resizeRowsToContents(); });
    m_tabs->addTab(tokenPage, QString());

    m_decision = new QTextBrowser(m_tabs);
    m_decision->setObjectName(QStringLiteral("inspectorDecision"));
    m_tabs->addTab(m_decision, QString());

    retranslate();
    clear();
}

void FlowInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange && m_event) {
        const FlowEvent shown = *m_event;
        const FlowTrace trace = m_trace;
        inspect(shown, trace);
    }
}

void FlowInspector::retranslate()
{
    m_tabs->setTabText(HttpTab, tr("HTTP"));
    m_tabs->setTabText(TokenTab, tr("Token"));
    m_tabs->setTabText(AuthorizationTab, tr("Authorization"));
    m_claims->setHorizontalHeaderLabels({tr("Claim"), tr("Value"), tr("Meaning")});
    m_http->setAccessibleName(tr("HTTP request and response"));
    m_claims->setAccessibleName(tr("Token claims"));
    m_decision->setAccessibleName(tr("Authorization decision"));
}

void FlowInspector::clear()
{
    m_event.reset();
    m_trace = FlowTrace();
    m_summary->setText(tr("Select an event to see its request, token and authorization decision."));
    m_http->clear();
    m_rawToken->clear();
    m_claims->setRowCount(0);
    m_decision->clear();
    m_tabs->setTabEnabled(TokenTab, false);
    m_tabs->setTabEnabled(AuthorizationTab, false);
}

void FlowInspector::inspect(const FlowEvent &event, const FlowTrace &trace)
{
    m_event = event;
    m_trace = trace;
    // From the palette (QA: the fixed light-theme red was 1.9:1 on the dark theme's header).
    const StatusColors colours = statusColors(palette());
    auto label = [&trace](const QString &id) {
        const FlowParticipant *p = trace.participant(id);
        return (p ? p->label : id).toHtmlEscaped();
    };
    QString hop = event.isLocal() ? label(event.from) : tr("%1 → %2").arg(label(event.from), label(event.to));
    QString header = tr("<b>Step %1 · %2</b> — %3").arg(event.index + 1).arg(event.kindName.toHtmlEscaped(), hop);
    if (event.failed) {
        header += QStringLiteral(" <span style=\"color:%1;font-weight:bold\">%2</span>")
                      .arg(colours.bad.name(),
                           (event.statusText().isEmpty() ? tr("failed") : event.statusText()).toHtmlEscaped());
    } else if (event.status > 0) {
        header += QStringLiteral(" · %1").arg(event.status);
    }
    if (!event.explanation.isEmpty())
        header += QStringLiteral("<br>") + event.explanation.toHtmlEscaped();
    m_summary->setText(header);

    QString http;
    if (!event.request.isEmpty())
        http += tr("Request") + QLatin1Char('\n') + event.request + QLatin1Char('\n');
    if (!event.response.isEmpty())
        http += (http.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Response") + QLatin1Char('\n') +
                event.response + QLatin1Char('\n');
    if (http.isEmpty())
        http = tr("This event carries no HTTP message.");
    m_http->setLongText(http);

    m_rawToken->setText(event.jwt.isEmpty() ? QString() : event.jwt.left(120) + QStringLiteral("…"));
    m_claims->setRowCount(int(event.claims.size()));
    for (int row = 0; row < event.claims.size(); ++row) {
        const FlowClaim &claim = event.claims.at(row);
        m_claims->setItem(row, 0, new QTableWidgetItem(claim.name));
        auto *value = new QTableWidgetItem(claim.value);
        value->setToolTip(claim.value);
        m_claims->setItem(row, 1, value);
        auto *meaning = new QTableWidgetItem(claim.meaning);
        meaning->setToolTip(claim.meaning);
        m_claims->setItem(row, 2, meaning);
    }
    m_claims->resizeColumnToContents(0);
    m_claims->resizeColumnToContents(1);
    // Wide enough for an object id on one line; longer values (a resource id) wrap.
    const int guidWidth =
        m_claims->fontMetrics().horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) +
        2 * m_claims->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_claims) + 8;
    m_claims->setColumnWidth(1, qMin(m_claims->columnWidth(1), qMax(260, guidWidth)));
    m_claims->resizeRowsToContents();
    // Again once pending layouts have given the Meaning column its width (a page just shown, a language switch):
    // measured against the old width the rows cut longer texts off.
    QMetaObject::invokeMethod(m_claims, &QTableWidget::resizeRowsToContents, Qt::QueuedConnection);
    // Enabled exactly on the hops a token travels on (or is checked at).
    const bool carriesToken = !event.jwt.isEmpty() || !event.claims.isEmpty();
    m_tabs->setTabEnabled(TokenTab, carriesToken);

    const FlowDecision &d = event.decision;
    if (d.present) {
        QString html =
            QStringLiteral("<p><b style=\"color:%1\">%2</b></p>")
                .arg(d.allowed ? colours.good.name() : colours.bad.name(), d.allowed ? tr("Allowed") : tr("Denied"));
        html += QStringLiteral("<table cellspacing=\"4\">");
        auto row = [&html](const QString &name, const QString &value) {
            if (!value.isEmpty())
                html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(name, value.toHtmlEscaped());
        };
        row(tr("Principal"), d.principal);
        row(tr("Action needed"), d.action);
        row(tr("Scope"), d.scope);
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Assignments considered"));
        if (d.considered.isEmpty()) {
            html +=
                QStringLiteral("<p>%1</p>").arg(tr("None: no role assignment for this principal covers the scope."));
        } else {
            html += QStringLiteral("<ul>");
            for (const QString &line : d.considered)
                html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        if (!d.explanation.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(d.explanation.toHtmlEscaped());
        m_decision->setHtml(html);
    } else {
        m_decision->clear();
    }
    m_tabs->setTabEnabled(AuthorizationTab, d.present);

    // Open the tab that says most about this event: the decision, else the token, else HTTP.
    if (d.present)
        m_tabs->setCurrentIndex(AuthorizationTab);
    else if (carriesToken)
        m_tabs->setCurrentIndex(TokenTab);
    else if (!m_tabs->isTabEnabled(m_tabs->currentIndex()))
        m_tabs->setCurrentIndex(HttpTab);
}

} // namespace Keyless::Ui::Labs
