#include "ui/study/lessonspage.h"

#include "progress/progressstore.h"
#include "ui/appcontext.h"
#include "ui/navigator.h"
#include "ui/relativefont.h"
#include "ui/study/lessonbrowser.h"
#include "ui/study/studytext.h"
#include "ui/study/wordwrapdelegate.h"
#include "ui/uistate.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QStyleOptionViewItem>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace Keyless::Ui::Study {

namespace {
constexpr int lessonRole = Qt::UserRole + 1;
constexpr int sectionRole = Qt::UserRole + 2;

// About 40 characters before the match and 80 after, cut at spaces, with "…" where the text goes on.
QString snippetAround(const QString &plain, const QString &needle)
{
    const int at = plain.indexOf(needle, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    int from = std::max(0, at - 40);
    if (from > 0) {
        const int space = plain.indexOf(QLatin1Char(' '), from);
        from = space >= 0 && space < at ? space + 1 : from;
    }
    int to = std::min(int(plain.size()), at + int(needle.size()) + 80);
    if (to < plain.size()) {
        const int space = plain.lastIndexOf(QLatin1Char(' '), to);
        to = space >= at + needle.size() ? space : to;
    }
    return (from > 0 ? QStringLiteral("…") : QString()) + plain.mid(from, to - from) +
           (to < plain.size() ? QStringLiteral("…") : QString());
}

// Search results wrap at the list's width: QListView asks its delegate for sizes without one, and a result stayed a
// line high and ran past the edge (QA at 1280x720).
class ResultDelegate final : public QStyledItemDelegate
{
public:
    explicit ResultDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem wrapped = option;
        wrapped.rect = QRect(0, 0, std::max(1, m_view->viewport()->width() - 2 * m_view->spacing()),
                             std::max(1, option.rect.height()));
        return QStyledItemDelegate::sizeHint(wrapped, index);
    }

private:
    QListView *m_view;
};

QString quoted(const QString &markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line.prepend(QStringLiteral("> "));
    return lines.join(QLatin1Char('\n'));
}
} // namespace

LessonsPage::LessonsPage(AppContext &context, QList<Content::Lesson> lessons, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lessons(std::move(lessons))
{
    setObjectName(QStringLiteral("lessonsPage"));
    std::stable_sort(m_lessons.begin(), m_lessons.end(),
                     [](const Content::Lesson &a, const Content::Lesson &b) { return a.order < b.order; });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    auto *splitter = m_splitter;
    splitter->setObjectName(QStringLiteral("lessonsSplitter"));
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("lessonSearch"));
    m_search->setClearButtonEnabled(true);
    leftLayout->addWidget(m_search);
    m_leftStack = new QStackedWidget(left);
    m_toc = new QTreeWidget(m_leftStack);
    m_toc->setObjectName(QStringLiteral("lessonToc"));
    m_toc->setColumnCount(2);
    m_toc->header()->setStretchLastSection(false);
    m_toc->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // Sized by fitReadColumn(): in ResizeToContents mode the header measured every row again on each change to
    // the tree (29 times while the window was first shown, a tenth of the startup's work).
    m_toc->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_toc->setRootIsDecorated(true);
    // Lesson and section titles wrap in full at any width and type size (presenter mode, zoom).
    WordWrapDelegate::install(m_toc);
    m_results = new QListWidget(m_leftStack);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setWordWrap(true);
    // Wrapped at the list's width, never scrolled sideways (QA at 1280x720: each result ran past the edge). Items are
    // laid out again when the list's width changes.
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setTextElideMode(Qt::ElideNone);
    m_results->setItemDelegate(new ResultDelegate(m_results));
    m_results->setSpacing(3); // wrapped results ran into each other
    m_leftStack->addWidget(m_toc);
    m_leftStack->addWidget(m_results);
    leftLayout->addWidget(m_leftStack, 1);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    m_title = new QLabel(right);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    setRelativeFont(m_title, 1.5);
    m_meta = new QLabel(right);
    m_meta->setObjectName(QStringLiteral("lessonMeta"));
    m_meta->setWordWrap(true);
    m_browser = new LessonBrowser(right);
    m_browser->setObjectName(QStringLiteral("lessonBrowser"));
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_meta);
    rightLayout->addWidget(m_browser, 1);

    m_right = right;
    m_previous = new QPushButton(right);
    m_previous->setObjectName(QStringLiteral("previousLessonButton"));
    m_reveal = new QPushButton(right);
    m_reveal->setObjectName(QStringLiteral("revealAnswersButton"));
    m_reveal->setCheckable(true);
    m_markRead = new QPushButton(right);
    m_markRead->setObjectName(QStringLiteral("markReadButton"));
    m_next = new QPushButton(right);
    m_next->setObjectName(QStringLiteral("nextLessonButton"));
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("lessonStatus"));
    m_status->setWordWrap(true); // a save error says why
    m_buttonRows = new QVBoxLayout;
    rightLayout->addLayout(m_buttonRows);
    arrangeButtons(false);
    right->installEventFilter(this);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 900});
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_tocDragged = true; }); // only the learner's drags
    fitTableOfContents();

    for (const QKeySequence &key : {QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_K)}) {
        auto *shortcut = new QShortcut(key, this);
        // The whole window while this page is shown (a hidden page's shortcuts do not fire): QA pressed Ctrl+K with
        // the focus still on the navigation list and nothing happened.
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &LessonsPage::focusSearch);
    }
    auto *back = new QShortcut(QKeySequence(QKeySequence::Back), this);
    back->setContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QShortcut::activated, this, [this] { step(-1); });
    auto *forward = new QShortcut(QKeySequence(QKeySequence::Forward), this);
    forward->setContext(Qt::WidgetWithChildrenShortcut);
    connect(forward, &QShortcut::activated, this, [this] { step(+1); });

    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_markRead, &QPushButton::clicked, this, &LessonsPage::markAsRead);
    connect(m_reveal, &QPushButton::toggled, this, &LessonsPage::setRevealed);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &LessonsPage::handleLink);
    connect(m_toc, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const int lesson = item->data(0, lessonRole).toInt();
        if (lesson != m_current)
            openLesson(m_lessons.at(lesson).id);
        const QString section = item->data(0, sectionRole).toString();
        if (!section.isEmpty())
            m_browser->scrollToAnchor(section);
    });
    connect(m_search, &QLineEdit::textChanged, this, &LessonsPage::updateSearchResults);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    m_browser->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            openSearchResult(std::max(0, m_results->currentRow()));
    });
    connect(m_results, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openSearchResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openSearchResult(m_results->row(item)); });

    if (m_context.navigator) {
        connect(m_context.navigator, &Navigator::lessonRequested, this,
                [this](const QString &lessonId) { openLesson(lessonId); });
    }
    if (m_context.progress)
        connect(m_context.progress, &Progress::ProgressStore::changed, this, &LessonsPage::refreshProgress);

    m_prewarmTimer = new QTimer(this);
    m_prewarmTimer->setSingleShot(true);
    m_prewarmTimer->setInterval(200); // after the window has painted: startup must not wait for it
    connect(m_prewarmTimer, &QTimer::timeout, this, &LessonsPage::prewarm);

    m_readTimer = new QTimer(this);
    m_readTimer->setInterval(250);
    connect(m_readTimer, &QTimer::timeout, this, &LessonsPage::checkSectionsSeen);

    buildToc();
    retranslateControls();
    // Back where the learner was (the lesson last open, kept with the progress), else the first lesson; rendered
    // once, with the table of contents' progress.
    const QString resume = m_context.progress ? m_context.progress->resumePoint(resumeArea()) : QString();
    if (resume.isEmpty() || !openLesson(resume))
        openLesson(QString());
    m_resumeSaving = true;
}

QString LessonsPage::resumeArea()
{
    return QStringLiteral("lessons");
}

LessonsPage::~LessonsPage() = default;

int LessonsPage::indexOf(const QString &lessonId) const
{
    for (int i = 0; i < m_lessons.size(); ++i) {
        if (m_lessons.at(i).id == lessonId)
            return i;
    }
    return -1;
}

QString LessonsPage::currentLessonId() const
{
    return m_current >= 0 ? m_lessons.at(m_current).id : QString();
}

double LessonsPage::completionPercent(const QString &lessonId) const
{
    const int index = indexOf(lessonId);
    if (index < 0 || !m_context.progress)
        return 0.0;
    return completionPercent(m_lessons.at(index), m_context.progress->sectionsRead(lessonId));
}

double LessonsPage::completionPercent(const Content::Lesson &lesson, const QStringList &read)
{
    int count = 0;
    for (const Content::LessonSection &section : lesson.sections)
        count += read.contains(section.id) ? 1 : 0;
    return lesson.sections.isEmpty() ? 0.0 : 100.0 * count / double(lesson.sections.size());
}

void LessonsPage::buildToc()
{
    m_toc->clear();
    for (int i = 0; i < m_lessons.size(); ++i) {
        const Content::Lesson &lesson = m_lessons.at(i);
        auto *item = new QTreeWidgetItem(m_toc);
        item->setText(0, QStringLiteral("%1. %2").arg(i + 1).arg(lesson.title));
        item->setData(0, lessonRole, i);
        item->setToolTip(0, lesson.title);
        for (const Content::LessonSection &section : lesson.sections) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, section.title);
            child->setData(0, lessonRole, i);
            child->setData(0, sectionRole, section.id);
        }
    }
}

void LessonsPage::refreshProgress()
{
    // One query for the whole table of contents, not two per lesson.
    const QHash<QString, QStringList> readByLesson =
        m_context.progress ? m_context.progress->sectionsReadByLesson() : QHash<QString, QStringList>();
    for (int i = 0; i < m_toc->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_toc->topLevelItem(i);
        const Content::Lesson &lesson = m_lessons.at(i);
        const QStringList read = readByLesson.value(lesson.id);
        const double percent = completionPercent(lesson, read);
        // Text, not colour alone: a check mark and the percentage.
        item->setText(1, percent >= 100.0 ? tr("✓ read") : tr("%1 %").arg(qRound(percent)));
        item->setData(1, Qt::AccessibleTextRole, tr("%1 percent read").arg(qRound(percent)));
        for (int c = 0; c < item->childCount(); ++c) {
            QTreeWidgetItem *child = item->child(c);
            child->setText(1, read.contains(child->data(0, sectionRole).toString()) ? tr("✓") : QString());
        }
    }
    if (m_current >= 0) {
        m_currentRead = readByLesson.value(currentLessonId());
        const bool done = completionPercent(m_lessons.at(m_current), m_currentRead) >= 100.0;
        m_markRead->setEnabled(!done && m_context.progress);
        m_markRead->setText(done ? tr("Read ✓") : tr("&Mark as read"));
    }
}

void LessonsPage::retranslate()
{
    // Where the learner is reads on after the switch: the line at the top, the selection (a search hit), the hit
    // chosen in the results.
    const LessonBrowser::Place place = m_browser->place();
    const int resultRow = m_results->currentRow();

    dropDocuments();
    retranslateControls();
    refreshProgress();
    render();
    if (!m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_results);
        updateSearchResults(m_search->text());
        if (resultRow >= 0 && resultRow < m_results->count())
            m_results->setCurrentRow(resultRow);
    }
    m_browser->restorePlace(place);
}

void LessonsPage::retranslateControls()
{
    m_search->setPlaceholderText(tr("Search all lessons (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search lessons"));
    m_toc->setHeaderLabels({tr("Lesson"), tr("Read")});
    m_toc->setAccessibleName(tr("Table of contents"));
    m_results->setAccessibleName(tr("Search results"));
    m_browser->setAccessibleName(tr("Lesson text"));
    m_previous->setText(tr("← &Previous"));
    m_previous->setToolTip(tr("Previous lesson (Alt+Left)"));
    m_next->setText(tr("&Next →"));
    m_next->setToolTip(tr("Next lesson (Alt+Right)"));
    m_reveal->setText(m_revealed ? tr("Hide model an&swers") : tr("&Show model answers"));
    m_reveal->setAccessibleName(tr("Show or hide the model answers of the reflection questions"));
    m_markRead->setAccessibleName(tr("Mark this lesson as read"));
    updateStatus();
    fitReadColumn();
}

void LessonsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    } else if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange) {
        // Rendered documents carry the font and the link colour of their time: render again, at the same place
        // (QA: presenter mode on and off brought the lesson back to its first line).
        const LessonBrowser::Place place = m_browser->place();
        dropDocuments();
        if (m_current >= 0) {
            render();
            m_browser->restorePlace(place);
        }
        if (event->type() == QEvent::FontChange) {
            fitTableOfContents();
            fitReadColumn();
        }
    }
    QWidget::changeEvent(event);
}

void LessonsPage::fitTableOfContents()
{
    // Wide enough for about 40 characters, so that titles wrap on words (a long one like
    // "DefaultAzureCredential" must fit a line) also at presenter mode's type size. It follows the type size both
    // ways (QA: back from presenter mode it kept presenter mode's width); a width the learner dragged is theirs
    // and only widened where the type outgrows it.
    const int wanted = std::max(300, QFontMetrics(font()).averageCharWidth() * 40);
    const QList<int> sizes = m_splitter->sizes();
    if (sizes.size() != 2 || sizes.at(0) == wanted || (m_tocDragged && sizes.at(0) > wanted))
        return;
    const int total = sizes.at(0) + sizes.at(1);
    m_splitter->setSizes({wanted, total > wanted ? total - wanted : 900});
}

void LessonsPage::fitReadColumn()
{
    // As wide as the widest text the column can hold, measured as the style measures an item, so that it keeps
    // its width while the learner reads; and as its header.
    QStyleOptionViewItem option;
    option.initFrom(m_toc);
    option.font = m_toc->font();
    option.features = QStyleOptionViewItem::HasDisplay;
    int widest = m_toc->header()->sectionSizeHint(1);
    for (const QString &text : {tr("✓ read"), tr("%1 %").arg(100), tr("✓")}) {
        option.text = text;
        widest = std::max(widest,
                          m_toc->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), m_toc).width());
    }
    m_toc->header()->resizeSection(1, widest);
}

// Previous, the answers, the status, Mark as read and Next on one line; on two where the lesson's side is narrower
// than that line (QA: at 800 px in Spanish the one line held that side so wide that the table of contents was
// squeezed to 100 px, a few letters a line). The side is never held wider than the two lines.
void LessonsPage::arrangeButtons(bool twoRows)
{
    m_twoButtonRows = twoRows;
    while (QLayoutItem *row = m_buttonRows->takeAt(0)) {
        if (QLayout *layout = row->layout()) {
            while (QLayoutItem *item = layout->takeAt(0))
                delete item; // the spacers; the buttons stay children of the page
        }
        delete row;
    }
    auto *first = new QHBoxLayout;
    first->addWidget(m_previous);
    if (!twoRows)
        first->addWidget(m_reveal);
    first->addStretch(1);
    if (!twoRows) {
        first->addWidget(m_status, 1);
        first->addWidget(m_markRead);
    }
    first->addWidget(m_next);
    m_buttonRows->addLayout(first);
    if (twoRows) {
        auto *second = new QHBoxLayout;
        second->addWidget(m_reveal);
        second->addWidget(m_status, 1);
        second->addWidget(m_markRead);
        m_buttonRows->addLayout(second);
    }
}

void LessonsPage::fitButtons()
{
    const int spacing = m_right->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing);
    const QMargins margins = m_right->layout()->contentsMargins();
    const auto width = [spacing](std::initializer_list<QWidget *> widgets) {
        int total = 0;
        for (QWidget *widget : widgets)
            total += widget->sizeHint().width() + spacing;
        return total - spacing;
    };
    const bool status = !m_status->text().isEmpty();
    const int oneRow = width({m_previous, m_reveal, m_markRead, m_next}) + spacing +
                       (status ? m_status->sizeHint().width() + spacing : 0);
    const int twoRows =
        std::max(width({m_previous, m_next}) + spacing,
                 width({m_reveal, m_markRead}) + (status ? m_status->minimumSizeHint().width() + spacing : 0));
    m_right->setMinimumWidth(twoRows + margins.left() + margins.right());
    const bool two = m_right->width() < oneRow + margins.left() + margins.right();
    if (two != m_twoButtonRows)
        arrangeButtons(two);
}

bool LessonsPage::eventFilter(QObject *watched, QEvent *event)
{
    // A resize, and a button's or the status's new text (its new size hint asks the side for a new layout).
    if (watched == m_right && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest))
        fitButtons();
    const bool keyEvent = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    // QA: after a result was opened (the lesson has the keyboard) Escape did nothing and the results stayed; it closes
    // the search there too, and leaves the found text selected. Without a search it is presenter mode's.
    if (keyEvent && watched == m_browser && !m_search->text().isEmpty() &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape &&
        !(static_cast<QKeyEvent *>(event)->modifiers() & ~Qt::KeypadModifier)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            m_search->clear();
        return true;
    }
    if (keyEvent && (watched == m_search || watched == m_results)) {
        auto *key = static_cast<QKeyEvent *>(event); // a key event only (UBSan: a QMoveEvent came through here)
        // Escape that clears the search or leaves the results is the search's, not presenter mode's way out.
        if (event->type() == QEvent::ShortcutOverride && key->key() == Qt::Key_Escape &&
            (watched == m_results || !m_search->text().isEmpty())) {
            event->accept();
            return true;
        }
        if (event->type() == QEvent::KeyPress)
            return searchKey(watched, key);
    }
    return QWidget::eventFilter(watched, event);
}

// The search box and its results work as one control, as in a browser's address bar: Down goes into the results,
// Up from the first result comes back, Escape clears the search (and from the results returns to the box first).
bool LessonsPage::searchKey(QObject *watched, QKeyEvent *event)
{
    const bool inResults = m_leftStack->currentWidget() == m_results && m_results->count() > 0 &&
                           (m_results->item(0)->flags() & Qt::ItemIsEnabled);
    if (event->modifiers() & ~Qt::KeypadModifier)
        return false;
    if (watched == m_search) {
        if ((event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown) && inResults) {
            m_results->setFocus(Qt::TabFocusReason);
            if (m_results->currentRow() < 0)
                m_results->setCurrentRow(0);
            return true;
        }
        if (event->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear(); // the table of contents again
            return true;
        }
        if (event->key() == Qt::Key_Escape) {
            // Nothing left to clear: in presenter mode it leaves full screen (the window's), else back to the contents.
            if (m_context.uiState && m_context.uiState->presenterMode())
                return false;
            m_toc->setFocus(Qt::OtherFocusReason);
            return true;
        }
        return false;
    }
    if ((event->key() == Qt::Key_Up && m_results->currentRow() <= 0) || event->key() == Qt::Key_Escape) {
        m_search->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void LessonsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_readTimer->start();
    if (m_prewarmNext < m_lessons.size())
        m_prewarmTimer->start();
}

bool LessonsPage::openLesson(const QString &lessonId)
{
    const int index = lessonId.isEmpty() ? (m_lessons.isEmpty() ? -1 : 0) : indexOf(lessonId);
    if (index < 0) {
        if (m_lessons.isEmpty())
            render();
        return false;
    }
    if (index != m_current) {
        m_current = index;
        m_revealed = false;
        m_saveStatus = SaveStatus::None; // "Saved." was about the lesson before
        m_saveError.clear();
        updateStatus();
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
        m_reveal->setText(tr("&Show model answers"));
        m_onTask.start();
        m_sectionEndShownMs.clear();
        if (m_resumeSaving && m_context.progress)
            m_context.progress->setResumePoint(resumeArea(), m_lessons.at(index).id); // a failure costs only this
        render();
        QTreeWidgetItem *item = m_toc->topLevelItem(index);
        if (item && m_toc->currentItem() != item && (!m_toc->currentItem() || m_toc->currentItem()->parent() != item)) {
            const QSignalBlocker tocBlocker(m_toc);
            m_toc->setCurrentItem(item);
        }
    }
    refreshProgress();
    return true;
}

void LessonsPage::render()
{
    if (m_current < 0) {
        m_title->setText(tr("No lessons"));
        m_meta->setText(tr("No lesson could be loaded."));
        m_browser->clear();
        m_previous->setEnabled(false);
        m_next->setEnabled(false);
        m_markRead->setEnabled(false);
        m_reveal->setEnabled(false);
        return;
    }
    const Content::Lesson &lesson = m_lessons.at(m_current);
    m_title->setText(lesson.title);
    m_title->setAccessibleName(lesson.title);
    m_meta->setText(
        tr("Lesson %1 of %2 · about %n minute(s)", nullptr, lesson.minutes).arg(m_current + 1).arg(m_lessons.size()));

    const QString key = QStringLiteral("%1:%2").arg(m_current).arg(m_revealed);
    QTextDocument *doc = m_documents.value(key);
    if (!doc) {
        doc = buildDocument(m_current, m_revealed, false);
        m_documents.insert(key, doc);
    }
    m_browser->setLessonDocument(doc); // from its first line
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < m_lessons.size());
    m_reveal->setEnabled(!lesson.reflections.isEmpty());
}

QTextDocument *LessonsPage::buildDocument(int index, bool revealed, bool layOut)
{
    const Content::Lesson &lesson = m_lessons.at(index);
    QString md = lesson.intro;
    QList<QPair<QString, QString>> anchors;
    for (const Content::LessonSection &section : lesson.sections) {
        md += QStringLiteral("\n\n## ") + section.title + QStringLiteral("\n\n") + section.markdown;
        anchors.append({section.id, section.title});
    }
    if (!lesson.reflections.isEmpty()) {
        const QString heading = tr("Reflection");
        md += QStringLiteral("\n\n## ") + heading + QStringLiteral("\n\n");
        anchors.append({QStringLiteral("reflection"), heading});
        for (int i = 0; i < lesson.reflections.size(); ++i) {
            const Content::ReflectionQuestion &q = lesson.reflections.at(i);
            md += QStringLiteral("**") + tr("Question %1:").arg(i + 1) + QStringLiteral("** ") + q.question +
                  QStringLiteral("\n\n");
            if (revealed) {
                md += quoted(QStringLiteral("**") + tr("Model answer:") + QStringLiteral("** ") + q.modelAnswer) +
                      QStringLiteral("\n\n");
            } else {
                md += QStringLiteral("[") + tr("Show model answer") + QStringLiteral("](keyless-reveal:%1)\n\n").arg(i);
            }
        }
    }
    if (!lesson.examTip.isEmpty()) {
        const QString heading = tr("Exam tip");
        md += QStringLiteral("\n\n## ") + heading + QStringLiteral("\n\n") + lesson.examTip + QStringLiteral("\n");
        anchors.append({QStringLiteral("exam-tip"), heading});
    }
    return m_browser->createDocument(md, anchors, layOut);
}

void LessonsPage::dropDocuments()
{
    // The browser keeps showing its current document until render() replaces it.
    for (QTextDocument *doc : std::as_const(m_documents)) {
        if (doc != m_browser->document() && doc != m_browser->lessonDocument())
            delete doc;
        else
            doc->deleteLater();
    }
    m_documents.clear();
    m_prewarmNext = 0;
}

void LessonsPage::prewarm()
{
    // Render the lessons not seen yet in idle time, one per turn of the event loop, so that the first
    // switch to each one is as fast as the second.
    while (m_prewarmNext < m_lessons.size()) {
        const int index = m_prewarmNext++;
        const QString key = QStringLiteral("%1:0").arg(index);
        if (m_documents.contains(key))
            continue;
        m_documents.insert(key, buildDocument(index, false, m_browser->isVisible()));
        break;
    }
    if (m_prewarmNext < m_lessons.size())
        m_prewarmTimer->start();
}

void LessonsPage::setRevealed(bool revealed)
{
    if (revealed == m_revealed)
        return;
    m_revealed = revealed;
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(revealed);
    }
    m_reveal->setText(m_revealed ? tr("Hide model an&swers") : tr("&Show model answers"));
    render();
    if (!m_search->text().trimmed().isEmpty()) {
        // The model answers are searched while they are shown.
        const int row = m_results->currentRow();
        updateSearchResults(m_search->text());
        if (row >= 0 && row < m_results->count())
            m_results->setCurrentRow(row);
    }
    if (revealed)
        m_browser->scrollToAnchor(QStringLiteral("reflection"));
}

// Which sections of the current lesson have their last line on screen now; each that stayed there long enough is
// recorded as read, with the time since the lesson (or the last section read in it) as its time on task.
void LessonsPage::checkSectionsSeen()
{
    if (!isVisible()) {
        m_readTimer->stop(); // started again when the page is shown
        return;
    }
    if (m_current < 0 || !m_context.progress || m_browser->document() != m_browser->lessonDocument())
        return;
    const Content::Lesson &lesson = m_lessons.at(m_current);
    QStringList ids;
    for (const Content::LessonSection &section : lesson.sections)
        ids << section.id;
    // What is read already, as the last refresh of the progress found it: no query four times a second.
    const QStringList &already = m_currentRead;
    if (std::all_of(ids.cbegin(), ids.cend(), [&already](const QString &id) { return already.contains(id); }))
        return;
    QTextDocument *doc = m_browser->document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    const int top = m_browser->verticalScrollBar()->value();
    const int bottom = top + m_browser->viewport()->height();
    // A section runs from its level-2 heading to the block before the next level-2 heading (a section, the
    // reflection, the exam tip) or to the end.
    QString open;
    QTextBlock last;
    const auto closeSection = [&] {
        if (open.isEmpty() || !last.isValid())
            return;
        const qreal end = layout->blockBoundingRect(last).bottom();
        if (end >= top && end <= bottom + 1 && !already.contains(open))
            m_sectionEndShownMs[open] += m_readTimer->interval();
        open.clear();
    };
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 2) {
            closeSection();
            const QStringList names =
                block.begin().atEnd() ? QStringList() : block.begin().fragment().charFormat().anchorNames();
            for (const QString &name : names) {
                if (ids.contains(name))
                    open = name;
            }
        } else if (!block.text().trimmed().isEmpty()) {
            last = block;
        }
    }
    closeSection();
    for (const Content::LessonSection &section : lesson.sections) {
        const QString &id = section.id;
        const int shown = m_sectionEndShownMs.value(id);
        if (already.contains(id) || shown < m_readDwellMs)
            continue;
        static const QRegularExpression space(QStringLiteral("\\s+"));
        if (shown < int(section.markdown.split(space, Qt::SkipEmptyParts).size()) * m_readMsPerWord)
            continue;
        Progress::SectionRead read;
        read.lessonId = lesson.id;
        read.sectionId = id;
        read.readAt = QDateTime::currentDateTime();
        read.secondsOnTask = int(m_onTask.restart() / 1000);
        m_context.progress->recordSectionRead(read); // a failure shows in the window's banner
        if (!m_currentRead.contains(id))
            m_currentRead << id; // once: a store that fails is not asked again four times a second
    }
}

void LessonsPage::markAsRead()
{
    if (m_current < 0 || !m_context.progress)
        return;
    const Content::Lesson &lesson = m_lessons.at(m_current);
    const QStringList already = m_context.progress->sectionsRead(lesson.id);
    QList<const Content::LessonSection *> unread;
    for (const Content::LessonSection &section : lesson.sections) {
        if (!already.contains(section.id))
            unread.append(&section);
    }
    const int seconds = unread.isEmpty() ? 0 : int(m_onTask.elapsed() / 1000 / unread.size());
    QString error;
    for (const Content::LessonSection *section : std::as_const(unread)) {
        Progress::SectionRead read;
        read.lessonId = lesson.id;
        read.sectionId = section->id;
        read.readAt = QDateTime::currentDateTime();
        read.secondsOnTask = seconds;
        const Progress::WriteResult result = m_context.progress->recordSectionRead(read);
        if (!result.ok())
            error = result.error;
    }
    m_onTask.restart();
    // Only say "saved" once the store committed it.
    m_saveStatus = error.isEmpty() ? SaveStatus::Saved : SaveStatus::Failed;
    m_saveError = error;
    updateStatus();
    refreshProgress();
}

void LessonsPage::updateStatus()
{
    switch (m_saveStatus) {
    case SaveStatus::None:
        m_status->clear();
        break;
    case SaveStatus::Saved:
        m_status->setText(tr("Saved."));
        break;
    case SaveStatus::Failed:
        m_status->setText(tr("Could not save: %1").arg(m_saveError));
        break;
    }
    m_status->setVisible(!m_status->text().isEmpty()); // an empty label still takes a spacing among the buttons
}

void LessonsPage::step(int delta)
{
    const int target = m_current + delta;
    if (target >= 0 && target < m_lessons.size())
        openLesson(m_lessons.at(target).id);
}

void LessonsPage::handleLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("keyless-reveal")) {
        setRevealed(true);
        return;
    }
    if (scheme == QLatin1String("keyless")) {
        const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const QString kind = url.host();
        if (kind == QLatin1String("lab") && !parts.isEmpty() && m_context.navigator) {
            m_context.navigator->requestLab(parts.first());
        } else if (kind == QLatin1String("flow") && parts.size() >= 2 && m_context.navigator) {
            m_context.navigator->requestFlowStep(parts.at(0), parts.at(1).toInt());
        } else if (kind == QLatin1String("lesson") && !parts.isEmpty()) {
            openLesson(parts.first());
            if (url.hasFragment())
                m_browser->scrollToAnchor(url.fragment());
        }
        return;
    }
    if (scheme.isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    // External references open in the user's browser; nothing remote is ever loaded in here.
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http"))
        QDesktopServices::openUrl(url);
}

const LessonsPage::PlainLesson &LessonsPage::plainLesson(int index) const
{
    // Built on the first search, not at startup: a Markdown import per section costs time the first paint
    // should not wait for. The lessons never change while the page lives.
    if (m_plainLessons.isEmpty()) {
        m_plainLessons.reserve(m_lessons.size());
        for (const Content::Lesson &lesson : m_lessons) {
            PlainLesson plain;
            plain.intro = markdownToPlainText(lesson.intro);
            plain.sections.reserve(lesson.sections.size());
            for (const Content::LessonSection &section : lesson.sections)
                plain.sections << markdownToPlainText(section.markdown);
            for (const Content::ReflectionQuestion &q : lesson.reflections) {
                plain.questions << markdownToPlainText(q.question);
                plain.answers << markdownToPlainText(q.modelAnswer);
            }
            plain.examTip = markdownToPlainText(lesson.examTip);
            m_plainLessons << plain;
        }
    }
    return m_plainLessons.at(index);
}

QString LessonsPage::plainReflection(int index) const
{
    const PlainLesson &plain = plainLesson(index);
    const bool revealed = m_revealed && index == m_current;
    QStringList parts;
    for (int i = 0; i < plain.questions.size(); ++i) {
        parts << plain.questions.at(i);
        if (revealed)
            parts << plain.answers.at(i);
    }
    return parts.join(QLatin1Char(' '));
}

QStringList LessonsPage::search(const QString &text) const
{
    QStringList hits;
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return hits;
    const auto found = [&needle](const QString &haystack) {
        return haystack.contains(needle, Qt::CaseInsensitive);
    };
    for (int i = 0; i < m_lessons.size(); ++i) {
        const Content::Lesson &lesson = m_lessons.at(i);
        const PlainLesson &plain = plainLesson(i);
        const int before = int(hits.size());
        // The text the learner reads, not its Markdown: a URL or a `**` is no match, and a phrase that
        // Markdown splits ("**managed** identity") is one.
        if (found(plain.intro))
            hits << lesson.id + QLatin1Char('#');
        for (int s = 0; s < lesson.sections.size(); ++s) {
            const Content::LessonSection &section = lesson.sections.at(s);
            if (found(section.title) || found(plain.sections.at(s)))
                hits << lesson.id + QLatin1Char('#') + section.id;
        }
        // QA: a phrase of a reflection question or of the exam tip was "Nothing found".
        if (!lesson.reflections.isEmpty() && (found(tr("Reflection")) || found(plainReflection(i))))
            hits << lesson.id + QStringLiteral("#reflection");
        if (!lesson.examTip.isEmpty() && (found(tr("Exam tip")) || found(plain.examTip)))
            hits << lesson.id + QStringLiteral("#exam-tip");
        if (hits.size() == before && found(lesson.title))
            hits << lesson.id + QLatin1Char('#');
    }
    return hits;
}

void LessonsPage::updateSearchResults(const QString &text)
{
    m_results->clear();
    if (text.trimmed().isEmpty()) {
        m_leftStack->setCurrentWidget(m_toc);
        return;
    }
    const QString needle = text.simplified();
    for (const QString &hit : search(needle)) {
        const QString lessonId = hit.section(QLatin1Char('#'), 0, 0);
        const QString sectionId = hit.section(QLatin1Char('#'), 1);
        const int index = indexOf(lessonId);
        const Content::Lesson &lesson = m_lessons.at(index);
        const Content::LessonSection *section = lesson.section(sectionId);
        const PlainLesson &plain = plainLesson(index);
        QString label = lesson.title;
        QString snippet;
        if (section) {
            label += QStringLiteral(" › ") + section->title;
            snippet = snippetAround(plain.sections.at(int(section - lesson.sections.constData())), needle);
        } else if (sectionId == QLatin1String("reflection")) {
            label += QStringLiteral(" › ") + tr("Reflection");
            snippet = snippetAround(plainReflection(index), needle);
        } else if (sectionId == QLatin1String("exam-tip")) {
            label += QStringLiteral(" › ") + tr("Exam tip");
            snippet = snippetAround(plain.examTip, needle);
        } else {
            snippet = snippetAround(plain.intro, needle);
        }
        auto *item = new QListWidgetItem(snippet.isEmpty() ? label : label + QLatin1Char('\n') + snippet, m_results);
        item->setData(lessonRole, index);
        item->setData(sectionRole, sectionId);
        item->setData(Qt::AccessibleTextRole, label);
    }
    if (m_results->count() == 0) {
        auto *none = new QListWidgetItem(tr("Nothing found for “%1”.").arg(needle), m_results);
        none->setFlags(Qt::NoItemFlags);
    } else {
        m_results->setCurrentRow(0);
    }
    m_leftStack->setCurrentWidget(m_results);
}

void LessonsPage::openSearchResult(int row)
{
    QListWidgetItem *item = m_results->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const int index = item->data(lessonRole).toInt();
    const QString section = item->data(sectionRole).toString();
    const QString needle = m_search->text().simplified();
    openLesson(m_lessons.at(index).id);
    // Select the first occurrence after the section heading so the learner sees what matched.
    m_browser->selectText(needle, section);
    m_browser->setFocus();
}

void LessonsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Keyless::Ui::Study
