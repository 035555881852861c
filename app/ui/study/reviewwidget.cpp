#include "ui/study/reviewwidget.h"

#include "progress/progressstore.h"
#include "progress/reviewscheduler.h"
#include "ui/appcontext.h"
#include "ui/relativefont.h"
#include "ui/study/markdownlabel.h"

#include <QDateTime>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyless::Ui::Study {

ReviewWidget::ReviewWidget(AppContext &context, QList<Content::Card> cards, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reviewWidget"));
    setFocusPolicy(Qt::StrongFocus);
    for (const Content::Card &card : cards) {
        m_cards.insert(card.id, card);
        m_order.append(card.id);
    }

    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("reviewHeader"));
    layout->addWidget(m_header);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("reviewCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(24, 24, 24, 24);
    m_front = new MarkdownLabel(card);
    m_front->setObjectName(QStringLiteral("cardFront"));
    m_front->setWordWrap(true);
    m_front->setAlignment(Qt::AlignCenter);
    setRelativeFont(m_front, 1.3);
    auto *separator = new QFrame(card);
    separator->setFrameShape(QFrame::HLine);
    m_separator = separator;
    m_back = new MarkdownLabel(card);
    m_back->setObjectName(QStringLiteral("cardBack"));
    m_back->setWordWrap(true);
    m_back->setAlignment(Qt::AlignCenter);
    cardLayout->addStretch(1);
    cardLayout->addWidget(m_front);
    cardLayout->addWidget(separator);
    cardLayout->addWidget(m_back);
    cardLayout->addStretch(1);
    layout->addWidget(card, 1);

    auto *buttons = new QHBoxLayout;
    m_flip = new QPushButton(this);
    m_flip->setObjectName(QStringLiteral("flipButton"));
    m_flip->setFocusPolicy(Qt::TabFocus);
    buttons->addStretch(1);
    buttons->addWidget(m_flip);
    for (int g = 1; g <= 4; ++g) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("grade%1Button").arg(g));
        button->setFocusPolicy(Qt::TabFocus);
        connect(button, &QPushButton::clicked, this, [this, g] { grade(g); });
        buttons->addWidget(button);
        m_grades.append(button);
        auto *shortcut = new QShortcut(QKeySequence(Qt::Key_0 + g), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, g] { grade(g); });
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reviewStatus"));
    m_status->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_status);

    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    space->setContext(Qt::WidgetWithChildrenShortcut);
    connect(space, &QShortcut::activated, this, &ReviewWidget::flip);
    connect(m_flip, &QPushButton::clicked, this, &ReviewWidget::flip);

    retranslate();
}

ReviewWidget::~ReviewWidget() = default;

void ReviewWidget::setToday(Today today)
{
    m_today = std::move(today);
}

void ReviewWidget::showEvent(QShowEvent *event)
{
    // Registering the cards writes to the store: do it when the learner first opens the review, not at start.
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

void ReviewWidget::reload()
{
    m_loaded = true;
    m_queue.clear();
    m_loadError.clear();
    if (m_context.progress) {
        for (const QString &id : std::as_const(m_order)) {
            if (!m_context.progress->reviewCard(id))
                m_context.progress->addReviewCard(id, today());
        }
        const Progress::DueCards due = m_context.progress->dueCards(today());
        m_loadError = due.error;
        for (const Progress::ReviewCard &card : due.cards) {
            if (m_cards.contains(card.cardId))
                m_queue.append({card.cardId, false});
        }
    }
    m_flipped = false;
    showCurrent();
}

QString ReviewWidget::currentCardId() const
{
    return m_queue.isEmpty() ? QString() : m_queue.first().cardId;
}

void ReviewWidget::flip()
{
    if (m_queue.isEmpty() || m_flipped)
        return;
    m_flipped = true;
    showCurrent();
}

void ReviewWidget::grade(int grade)
{
    if (m_queue.isEmpty() || !m_flipped || grade < 1 || grade > 4)
        return;
    const Entry entry = m_queue.takeFirst();
    const auto reviewGrade = static_cast<Progress::ReviewGrade>(grade);
    if (!entry.repeat && m_context.progress) {
        const Progress::WriteResult written =
            m_context.progress->recordReview(entry.cardId, reviewGrade, QDateTime(today(), QTime::currentTime()));
        m_status->setText(written.ok() ? tr("Saved.") : tr("Could not save: %1").arg(written.error));
        ++m_reviewedToday;
    }
    if (reviewGrade == Progress::ReviewGrade::Again || reviewGrade == Progress::ReviewGrade::Hard)
        m_queue.append({entry.cardId, true});
    m_flipped = false;
    showCurrent();
}

void ReviewWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReviewWidget::retranslate()
{
    m_flip->setText(tr("Show answer (Space)"));
    m_flip->setAccessibleName(tr("Show the answer"));
    const QStringList names = gradeNames();
    // The repeat is SM-2's drill within the session; it is not saved, so "today" promised what a restart did not keep.
    const QStringList help{tr("Forgot it: see it again in this session, and start over"),
                           tr("Remembered with serious difficulty: see it again in this session"),
                           tr("Remembered after a hesitation"), tr("Remembered perfectly")};
    for (int i = 0; i < m_grades.size(); ++i) {
        m_grades.at(i)->setText(names.at(i));
        m_grades.at(i)->setToolTip(help.at(i));
        m_grades.at(i)->setAccessibleName(names.at(i));
    }
    m_front->setAccessibleName(tr("Card front"));
    m_back->setAccessibleName(tr("Card back"));
    showCurrent();
}

// Each grade says when the card comes back after it, as SuperMemo 2 schedules it from the card's state: a card seen
// for the first time comes back the next day whatever the grade (I(1) = 1), and a learner who pressed Easy should
// see that before, not wonder after. A repeat within the session is not saved, so it says nothing of days.
QStringList ReviewWidget::gradeNames()
{
    return {tr("1 Again"), tr("2 Hard"), tr("3 Good"), tr("4 Easy")};
}

void ReviewWidget::showIntervals(const Entry &entry)
{
    const QStringList names = gradeNames();
    Progress::CardState state = Progress::ReviewScheduler::newCard(today());
    if (m_context.progress) {
        if (const std::optional<Progress::ReviewCard> saved = m_context.progress->reviewCard(entry.cardId))
            state = saved->state;
    }
    for (int i = 0; i < m_grades.size(); ++i) {
        QString text = names.at(i);
        if (!entry.repeat) {
            const Progress::ReviewOutcome outcome =
                Progress::ReviewScheduler::review(state, static_cast<Progress::ReviewGrade>(i + 1), today());
            text += QLatin1Char('\n') + (outcome.state.intervalDays == 1
                                             ? tr("tomorrow")
                                             : tr("in %n day(s)", nullptr, outcome.state.intervalDays));
        }
        m_grades.at(i)->setText(text);
    }
}

void ReviewWidget::showCurrent()
{
    QWidget *separator = m_separator;
    if (m_queue.isEmpty()) {
        if (!m_loadError.isEmpty()) {
            // A store that cannot be read has not "no cards due" (QA: "All caught up." over an unreadable progress
            // file); the window's banner says what went wrong with the file.
            m_header->clear();
            m_front->setText(tr("The review cards cannot be loaded."));
            m_back->setText(tr("Keyless could not read your progress, so it cannot tell which cards are due."));
            m_back->setVisible(true);
        } else {
            m_header->setText(m_reviewedToday > 0 ? tr("Done for today: %n card(s) reviewed.", nullptr, m_reviewedToday)
                                                  : tr("No cards are due today."));
            QString next;
            if (m_context.progress) {
                const QList<Progress::DueCount> counts =
                    m_context.progress->dueCountsPerDay(today().addDays(1), today().addDays(60));
                for (const Progress::DueCount &count : counts) {
                    if (count.cards > 0) {
                        next = tr("Next review: %1 (%n card(s)).", nullptr, count.cards)
                                   .arg(QLocale().toString(count.day, QLocale::ShortFormat));
                        break;
                    }
                }
            }
            m_front->setText(m_cards.isEmpty() ? tr("There are no review cards.") : tr("All caught up."));
            m_back->setText(next);
            m_back->setVisible(!next.isEmpty());
        }
        if (separator)
            separator->setVisible(false);
        m_flip->setEnabled(false);
        for (QPushButton *button : std::as_const(m_grades))
            button->setEnabled(false);
        return;
    }
    const Content::Card &card = m_cards.value(m_queue.first().cardId);
    // Cards graded Again or Hard come back in this session but are due again only tomorrow in the store:
    // counted apart, so "left today" is the figure the Progress page shows as due today.
    const int repeats = int(std::count_if(m_queue.cbegin(), m_queue.cend(), [](const Entry &e) { return e.repeat; }));
    const int due = int(m_queue.size()) - repeats;
    QStringList header;
    if (due > 0)
        header << tr("%n card(s) left today", nullptr, due);
    if (repeats > 0)
        header << tr("%n card(s) to see again", nullptr, repeats);
    m_header->setText(header.join(QStringLiteral(" · ")));
    m_front->setText(card.front);
    m_back->setText(card.back);
    m_back->setVisible(m_flipped);
    if (separator)
        separator->setVisible(m_flipped);
    m_flip->setEnabled(!m_flipped);
    m_flip->setVisible(!m_flipped);
    for (QPushButton *button : std::as_const(m_grades)) {
        button->setEnabled(m_flipped);
        button->setVisible(m_flipped);
    }
    if (m_flipped) // the buttons show only then: the card's state is read once per card shown
        showIntervals(m_queue.first());
    m_status->setText(m_flipped ? tr("How well did you remember? Press 1–4.")
                                : tr("Recall the answer, then press Space."));
}

} // namespace Keyless::Ui::Study
