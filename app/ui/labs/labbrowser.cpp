#include "ui/labs/labbrowser.h"

#include "content/contentmodel.h"
#include "lab/labdefinition.h"
#include "progress/progressstore.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyless::Ui::Labs {

LabBrowser::LabBrowser(Progress::ProgressStore *progress, const Content::SkillsOutline *outline, QWidget *parent)
    : QWidget(parent)
    , m_progress(progress)
    , m_outline(outline)
{
    setObjectName(QStringLiteral("labBrowser"));
    auto *layout = new QVBoxLayout(this);
    // Only promise saving when there is a file to save to (the store may have fallen back to memory).
    m_saved = progress && progress->isOpen() && !progress->isInMemory();
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("labsHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    // The problems scroll past a few lines (QA: twenty of them pushed the cards to the bottom of the window); they can
    // be selected and copied.
    m_problemArea = new QScrollArea(this);
    m_problemArea->setObjectName(QStringLiteral("labProblemsScroll"));
    m_problemArea->setWidgetResizable(true);
    m_problemArea->setFrameShape(QFrame::NoFrame);
    m_problemLabel = new QLabel(m_problemArea);
    m_problemLabel->setObjectName(QStringLiteral("labProblems"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_problemLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_problemArea->setWidget(m_problemLabel);
    m_problemArea->hide();
    layout->addWidget(m_problemArea);
    fitProblemArea();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("labCardsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_cards = new QWidget(scroll);
    m_grid = new QGridLayout(m_cards);
    m_grid->setSpacing(12);
    scroll->setWidget(m_cards);
    layout->addWidget(scroll, 1);
    retranslate();
}

void LabBrowser::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::FontChange)
        fitProblemArea();
}

void LabBrowser::fitProblemArea()
{
    const int lines = int(std::min<qsizetype>(m_problems.size() + 1, 8)); // the heading and up to seven problems
    m_problemArea->setMaximumHeight(lines * fontMetrics().lineSpacing() + 2 * m_problemArea->frameWidth() + 4);
}

// The cards stay (focus and scroll position with them); only their texts are set again.
void LabBrowser::retranslate()
{
    m_heading->setText(m_saved ? tr("<h2>Labs</h2><p>Change the simulated cloud, run the app and watch what happens. "
                                    "Your work is saved as you go.</p>")
                               : tr("<h2>Labs</h2><p>Change the simulated cloud, run the app and watch what happens. "
                                    "Your work is not saved in this session.</p>"));
    updateProblems();
    for (const auto &lab : std::as_const(m_labs)) {
        if (auto *frame = qobject_cast<QFrame *>(card(lab->id)))
            updateCard(frame, *lab);
    }
}

void LabBrowser::updateProblems()
{
    if (!m_problems.isEmpty()) {
        m_problemLabel->setText(tr("Some lab files could not be loaded:\n%1").arg(m_problems.join(QLatin1Char('\n'))));
        fitProblemArea();
        m_problemArea->show();
    } else {
        m_problemLabel->clear();
        m_problemArea->hide();
    }
}

void LabBrowser::setLabs(const QList<std::shared_ptr<const Lab::LabDefinition>> &labs, const QStringList &problems)
{
    m_labs = labs;
    m_problems = problems;
    refresh();
}

int LabBrowser::cardCount() const
{
    return int(m_cards->findChildren<QFrame *>(QString(), Qt::FindDirectChildrenOnly).size());
}

QWidget *LabBrowser::card(const QString &labId) const
{
    return m_cards->findChild<QFrame *>(QStringLiteral("labCard-") + labId, Qt::FindDirectChildrenOnly);
}

void LabBrowser::refresh()
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    updateProblems();
    const int columns = 3;
    int index = 0;
    for (const auto &lab : std::as_const(m_labs)) {
        auto *card = new QFrame(m_cards);
        card->setObjectName(QStringLiteral("labCard-") + lab->id);
        card->setFrameShape(QFrame::StyledPanel);
        card->setMinimumWidth(260);
        // Columns of one width: the width a card would like is that of its title unwrapped (QA: the first column,
        // with the longest title, was half as wide again as the others).
        card->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto *v = new QVBoxLayout(card);
        auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(lab->title.toHtmlEscaped()), card);
        title->setWordWrap(true);
        v->addWidget(title);
        auto *meta = new QLabel(card);
        meta->setObjectName(QStringLiteral("labMeta"));
        v->addWidget(meta);
        // A lab from --labs says which file it is (QA: one titled as a bundled lab made two cards alike).
        if (!lab->sourcePath.startsWith(QLatin1String(":/"))) {
            auto *source = new QLabel(card);
            source->setObjectName(QStringLiteral("labSource"));
            source->setWordWrap(true);
            source->setToolTip(QDir::toNativeSeparators(lab->sourcePath));
            v->addWidget(source);
        }
        auto *summary = new QLabel(lab->summary, card);
        summary->setWordWrap(true);
        summary->setAlignment(Qt::AlignLeft | Qt::AlignTop); // a short summary beside a long one does not float
        v->addWidget(summary, 1);
        // Labs from --labs may list no skills; an empty "Skills:" line would read as missing data.
        if (std::any_of(lab->skills.cbegin(), lab->skills.cend(),
                        [](const QString &id) { return !id.trimmed().isEmpty(); })) {
            auto *skills = new QLabel(card);
            skills->setObjectName(QStringLiteral("labSkills"));
            skills->setWordWrap(true);
            v->addWidget(skills);
        }
        auto *bar = new QProgressBar(card);
        bar->setObjectName(QStringLiteral("labCompletion"));
        bar->setRange(0, 100);
        v->addWidget(bar);
        // A lab never opened says so in plain text: an empty bar reading "Not started" over the Start button looked
        // like a second button (QA).
        auto *notStarted = new QLabel(card);
        notStarted->setObjectName(QStringLiteral("labNotStarted"));
        v->addWidget(notStarted);
        auto *open = new QPushButton(card);
        open->setObjectName(QStringLiteral("openLabButton"));
        const QString id = lab->id;
        connect(open, &QPushButton::clicked, this, [this, id] { emit labChosen(id); });
        v->addWidget(open);
        updateCard(card, *lab);
        m_grid->addWidget(card, index / columns, index % columns);
        ++index;
    }
    m_grid->setRowStretch(index / columns + 1, 1);
    for (int column = 0; column < columns; ++column)
        m_grid->setColumnStretch(column, 1);
}

// Everything on a card that is translated or read from the progress store: set when the card is made and
// again when the language changes.
void LabBrowser::updateCard(QFrame *card, const Lab::LabDefinition &lab) const
{
    QString level = lab.level;
    if (level == QLatin1String("beginner"))
        level = tr("Beginner");
    else if (level == QLatin1String("intermediate"))
        level = tr("Intermediate");
    else if (level == QLatin1String("advanced"))
        level = tr("Advanced");
    if (auto *meta = card->findChild<QLabel *>(QStringLiteral("labMeta")))
        meta->setText(tr("%1 · %n min", nullptr, lab.minutes).arg(level));
    if (auto *source = card->findChild<QLabel *>(QStringLiteral("labSource")))
        source->setText(tr("From %1").arg(QFileInfo(lab.sourcePath).fileName()));
    // QA: the card listed objective ids ("az204-3.2.3"); a learner reads the skill, with the outline's number.
    QStringList skillNames;
    for (const QString &id : lab.skills) {
        if (id.trimmed().isEmpty())
            continue;
        const Content::Objective *objective = m_outline ? m_outline->objective(id) : nullptr;
        skillNames << (objective ? tr("%1 (AZ-204 %2)").arg(objective->title, id.section(QLatin1Char('-'), 1)) : id);
    }
    if (auto *skills = card->findChild<QLabel *>(QStringLiteral("labSkills")))
        skills->setText(tr("Skills: %1").arg(skillNames.join(QStringLiteral("; "))));

    double best = 0;
    bool unfinished = false;
    bool tried = false;
    if (m_progress) {
        const QList<Progress::LabAttempt> attempts = m_progress->labAttempts(lab.id);
        tried = !attempts.isEmpty();
        for (const Progress::LabAttempt &a : attempts) {
            best = qMax(best, a.score.completionPercent);
            unfinished = unfinished || !a.isFinished();
        }
    }
    if (auto *bar = card->findChild<QProgressBar *>(QStringLiteral("labCompletion"))) {
        bar->setValue(qRound(best));
        bar->setFormat(tried ? tr("%p% best") : tr("Not started")); // QA: "0% best" for a lab never opened
        bar->setHidden(!tried);
    }
    if (auto *notStarted = card->findChild<QLabel *>(QStringLiteral("labNotStarted"))) {
        notStarted->setText(tr("Not started"));
        notStarted->setHidden(tried);
    }
    if (auto *open = card->findChild<QPushButton *>(QStringLiteral("openLabButton")))
        open->setText(unfinished ? tr("Resume") : tr("Start"));
}

} // namespace Keyless::Ui::Labs
