#include "ui/labs/labpages.h"

#include "content/contentlibrary.h"
#include "lab/checkregistry.h"
#include "lab/labcatalog.h"
#include "lab/labdefinition.h"
#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/lablibrary.h"
#include "ui/labs/canonicalflows.h"
#include "ui/labs/combofit.h"
#include "ui/labs/flowplayer.h"
#include "ui/labs/flowview.h"
#include "ui/labs/labbrowser.h"
#include "ui/labs/labworkspace.h"
#include "ui/navigator.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Keyless::Ui::Labs {

FlowPage::FlowPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("flowPage"));
    auto *layout = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;
    m_choiceLabel = new QLabel(this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("canonicalFlowBox"));
    m_choice->addItem(QString(), QStringLiteral("imds"));
    m_choice->addItem(QString(), QStringLiteral("appservice"));
    m_choiceLabel->setBuddy(m_choice);
    retranslate();
    followTexts(m_choice); // as wide as the run's name in every language
    row->addWidget(m_choiceLabel);
    row->addWidget(m_choice, 1);
    layout->addLayout(row);
    m_view = new FlowView(context.uiState, this);
    // A click on "Flow" in the navigation lands here, so Space and the arrow keys drive the run at once.
    setFocusProxy(m_view);
    layout->addWidget(m_view, 1);
    connect(m_choice, &QComboBox::currentIndexChanged, this,
            [this](int index) { showFlow(m_choice->itemData(index).toString(), 0); });
    if (context.navigator) {
        connect(context.navigator, &Navigator::flowStepRequested, this, [this](const QString &flow, int step) {
            showFlow(flow, step);
            emit m_context.navigator->pageRequested(Navigator::Page::Flow);
        });
    }
    showFlow(QStringLiteral("imds"), 0);
}

void FlowPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void FlowPage::retranslate()
{
    m_choiceLabel->setText(tr("Canonical run:"));
    m_choice->setItemText(0, tr("Virtual machine → IMDS → Entra ID → Storage"));
    m_choice->setItemText(1, tr("Function App → identity endpoint → Entra ID → Key Vault"));
}

void FlowPage::showFlow(const QString &flow, int step)
{
    const int index = m_choice->findData(flow);
    if (index < 0)
        return;
    if (flow != m_flow) {
        m_flow = flow;
        m_choice->blockSignals(true);
        m_choice->setCurrentIndex(index);
        m_choice->blockSignals(false);
        m_view->setTraceSource(flow == QLatin1String("imds") ? &canonicalImdsFlow : &canonicalAppServiceFlow);
    }
    if (step > 0)
        m_view->player()->goTo(step - 1);
    else
        m_view->player()->restart();
}

LabsPage::LabsPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("labsPage"));
    if (!context.labs)
        m_ownLabs = std::make_unique<LabLibrary>(context.extraLabDirs);
    LabLibrary &labs = context.labs ? *context.labs : *m_ownLabs;
    m_catalog = &labs.catalog();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_browser = new LabBrowser(context.progress, context.content ? &context.content->outline() : nullptr, m_stack);
    showProblems();
    m_stack->addWidget(m_browser);
    m_workspace = new LabWorkspace(labs.registry(), context.progress, context.uiState, m_stack);
    m_stack->addWidget(m_workspace);
    layout->addWidget(m_stack);

    connect(m_browser, &LabBrowser::labChosen, this, &LabsPage::openLab);
    connect(m_workspace, &LabWorkspace::backRequested, this, [this] {
        if (m_context.progress)
            m_context.progress->setResumePoint(resumeArea(), QString()); // the learner left the lab
        m_browser->refresh();
        m_stack->setCurrentWidget(m_browser);
    });
    connect(m_workspace, &LabWorkspace::nextLabRequested, this, [this] {
        const QString next = nextLabId();
        if (!next.isEmpty())
            openLab(next);
    });
    if (context.navigator) {
        connect(context.navigator, &Navigator::labRequested, this, [this](const QString &id) {
            // A listed lab that fails its checks on opening shows the browser with the reason.
            const bool listed = m_catalog->find(id) != nullptr;
            if (openLab(id) || listed)
                emit m_context.navigator->pageRequested(Navigator::Page::Labs);
        });
    }
    // Back in the lab that was open when Keyless last closed, its attempt replayed (QA: a restart showed the list and
    // the lab waited behind "Resume"). A finished lab is not reopened: that would start a new attempt.
    if (context.progress) {
        const QString open = context.progress->resumePoint(resumeArea());
        if (!open.isEmpty() && m_catalog->find(open) && context.progress->resumableLabAttempt(open))
            openLab(open);
    }
}

QString LabsPage::resumeArea()
{
    return QStringLiteral("labs");
}

LabsPage::~LabsPage() = default;

QString LabsPage::nextLabId() const
{
    const QStringList ids = m_catalog->ids();
    const int at = int(ids.indexOf(m_currentLab));
    return at >= 0 && at + 1 < ids.size() ? ids.at(at + 1) : QString();
}

void LabsPage::showProblems()
{
    QStringList problems;
    for (const auto &issue : m_catalog->issues())
        problems << issue.toString();
    m_browser->setLabs(m_catalog->labs(), problems);
}

bool LabsPage::openLab(const QString &labId)
{
    const bool listed = m_catalog->find(labId) != nullptr;
    // The browser lists labs whose worlds are not built yet; the world is checked here, once.
    const auto lab = m_catalog->validated(labId);
    if (!lab) {
        if (listed) { // it failed just now: its card goes, its errors show
            // Queued: the request may come from the card's own button, which the refresh deletes.
            QMetaObject::invokeMethod(this, &LabsPage::showProblems, Qt::QueuedConnection);
            m_stack->setCurrentWidget(m_browser);
        }
        return false;
    }
    m_currentLab = labId;
    const QString next = nextLabId();
    const auto nextLab = next.isEmpty() ? nullptr : m_catalog->find(next);
    m_workspace->setNextLabTitle(nextLab ? nextLab->title : QString());
    m_workspace->openLab(lab);
    m_stack->setCurrentWidget(m_workspace);
    if (m_context.progress)
        m_context.progress->setResumePoint(resumeArea(), labId);
    return true;
}

QWidget *createFlowPage(AppContext &context, QWidget *parent)
{
    return new FlowPage(context, parent);
}

QWidget *createLabsPage(AppContext &context, QWidget *parent)
{
    return new LabsPage(context, parent);
}

} // namespace Keyless::Ui::Labs
