#include "ui/labs/consolewidget.h"

#include "ui/labs/longtextview.h"
#include "ui/relativefont.h"
#include "ui/study/appearance.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Keyless::Ui::Labs {

namespace {

// The longest common prefix of the candidates, for completing as far as they agree.
QString commonPrefix(const QStringList &words)
{
    if (words.isEmpty())
        return {};
    QString prefix = words.first();
    for (const QString &w : words) {
        int n = 0;
        while (n < prefix.size() && n < w.size() && prefix.at(n) == w.at(n))
            ++n;
        prefix.truncate(n);
    }
    return prefix;
}

} // namespace

ConsoleWidget::ConsoleWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("console"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_output = new LongTextView(this);
    m_output->setObjectName(QStringLiteral("consoleOutput"));
    setFixedPitchFont(m_output);
    m_output->setMaximumBlockCount(5000);
    m_output->setUndoRedoEnabled(false); // re-colouring must not pile up undo steps
    m_output->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_output->setFocusPolicy(Qt::ClickFocus);
    // Output read to its end stays at its end when the lines reflow (QA: after F11 the newest output was out of view):
    // the range grows with the larger type and the view kept its first line.
    QScrollBar *bar = m_output->verticalScrollBar();
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int maximum) {
        if (m_followEnd)
            bar->setValue(maximum);
    });
    connect(bar, &QScrollBar::valueChanged, this, [this, bar](int value) { m_followEnd = value >= bar->maximum(); });
    layout->addWidget(m_output, 1);

    auto *row = new QHBoxLayout;
    auto *prompt = new QLabel(QStringLiteral("$"), this);
    prompt->setObjectName(QStringLiteral("consolePrompt"));
    setFixedPitchFont(prompt);
    row->addWidget(prompt);
    m_input = new QLineEdit(this);
    m_input->setObjectName(QStringLiteral("consoleInput"));
    setFixedPitchFont(m_input);
    m_input->setClearButtonEnabled(false);
    // QLineEdit keeps 32,767 characters and drops the rest of a paste without a word: a pasted script was cut and its
    // cut last line ran (QA). A longer input is taken; one that fills even this is refused in submit().
    m_input->setMaxLength(maxInputLength);
    m_input->installEventFilter(this);
    m_input->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_input, &QLineEdit::customContextMenuRequested, this, &ConsoleWidget::showInputMenu);
    prompt->setBuddy(m_input);
    row->addWidget(m_input, 1);
    // A paste of several lines shows on one line, its breaks as spaces, and Enter runs every line (QA: "echo one echo
    // two az group delete …" looked like one harmless echo and deleted a group): the count says so.
    m_linesNote = new QLabel(this);
    m_linesNote->setObjectName(QStringLiteral("consoleLinesNote"));
    m_linesNote->setForegroundRole(QPalette::Link);
    m_linesNote->hide();
    row->addWidget(m_linesNote);
    connect(m_input, &QLineEdit::textChanged, this, &ConsoleWidget::updateLinesNote);
    layout->addLayout(row);

    connect(m_input, &QLineEdit::returnPressed, this, &ConsoleWidget::submit);

    auto *copy = new QAction(this);
    m_copyAction = copy;
    copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(m_output->selectedOrAllText()); });
    addAction(copy);
    auto *clearAction = new QAction(this);
    m_clearAction = clearAction;
    clearAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    clearAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(clearAction, &QAction::triggered, this, &ConsoleWidget::clear);
    addAction(clearAction);
    m_output->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_output->addAction(copy);
    m_output->addAction(clearAction);
    retranslate();
}

void ConsoleWidget::updateLinesNote()
{
    const int lines = int(m_input->text().count(QLatin1Char('\n'))) + 1;
    m_linesNote->setVisible(lines > 1);
    if (lines > 1) {
        m_linesNote->setText(tr("%n lines: Enter runs them all", nullptr, lines));
        m_linesNote->setToolTip(
            m_input->text().left(4000).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
}

// Only the controls follow the language: text already printed is history, as in a terminal.
void ConsoleWidget::retranslate()
{
    m_input->setPlaceholderText(tr("Type a command, e.g. az functionapp identity show -g rg -n app (Tab completes)"));
    m_copyAction->setText(tr("Copy output"));
    m_clearAction->setText(tr("Clear"));
    m_output->setAccessibleName(tr("Console output"));
    m_input->setAccessibleName(tr("Command"));
    updateLinesNote();
}

QColor ConsoleWidget::toneColor(Tone tone) const
{
    const QPalette &p = palette();
    switch (tone) {
    case Tone::Output:
        return p.color(QPalette::Text);
    case Tone::Error:
        return statusColors(p).bad;
    case Tone::Prompt:
        return p.color(QPalette::Link);
    case Tone::Muted:
        return p.color(QPalette::PlaceholderText);
    }
    return p.color(QPalette::Text);
}

void ConsoleWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        recolor();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// Text already printed carries the colour of the palette it was printed under; give each fragment the
// colour of its tone in the current palette (light <-> dark switch).
void ConsoleWidget::recolor()
{
    // Collected first: changing a format may merge fragments under a running iterator.
    struct Span {
        int position;
        int length;
        Tone tone;
    };
    QList<Span> spans;
    QTextDocument *document = m_output->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QVariant tone = fragment.charFormat().property(ToneProperty);
            if (fragment.isValid() && tone.isValid())
                spans.append({fragment.position(), fragment.length(), Tone(tone.toInt())});
        }
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Span &span : std::as_const(spans)) {
        QTextCharFormat format;
        format.setForeground(toneColor(span.tone));
        cursor.setPosition(span.position);
        cursor.setPosition(span.position + span.length, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    }
    cursor.endEditBlock();
}

bool ConsoleWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Paste) && refusesPaste(QClipboard::Clipboard))
            return true;
        // Ctrl+C drops the line being typed, as in a terminal (a selection is still copied).
        if (key->key() == Qt::Key_C && key->modifiers() == Qt::ControlModifier && !m_input->hasSelectedText()) {
            appendText(QStringLiteral("$ ") + m_input->text() + QStringLiteral("^C"), Tone::Prompt);
            m_input->clear();
            m_draft.clear();
            m_historyIndex = int(m_history.size());
            return true;
        }
        switch (key->key()) {
        case Qt::Key_Up:
            historyStep(-1);
            return true;
        case Qt::Key_Down:
            historyStep(1);
            return true;
        case Qt::Key_Tab:
            completeInput();
            return true;
        case Qt::Key_L:
            if (key->modifiers() & Qt::ControlModifier) {
                clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    // The middle button pastes the X11 selection: the same check.
    if (watched == m_input && event->type() == QEvent::MouseButtonRelease &&
        static_cast<QMouseEvent *>(event)->button() == Qt::MiddleButton && refusesPaste(QClipboard::Selection))
        return true;
    // Tab must reach the line edit instead of moving focus.
    if (watched == m_input && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Tab) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// A paste that cannot fit is refused before QLineEdit lays a megabyte out on one line (QA: the window froze for
// seconds, for minutes from the context menu, and the text was then cut at the limit).
bool ConsoleWidget::refusesPaste(QClipboard::Mode mode)
{
    const qsizetype pasted = QApplication::clipboard()->text(mode).size();
    if (m_input->text().size() - m_input->selectedText().size() + pasted < maxInputLength)
        return false;
    appendText(tr("This paste of %L1 characters does not fit the console's limit of %L2 characters; nothing was "
                  "pasted. Paste it in smaller parts, or run it with `keyless script`.")
                   .arg(pasted)
                   .arg(maxInputLength),
               Tone::Error);
    return true;
}

// The line edit's own menu, with its Paste checked first.
void ConsoleWidget::showInputMenu(const QPoint &at)
{
    QMenu *menu = m_input->createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Qt names none of its actions: Paste is the one that shows the Paste shortcut ("&Paste\tCtrl+V", translated).
    const QString pasteKeys = QLatin1Char('\t') + QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText);
    for (QAction *action : menu->actions()) {
        if (action->text().endsWith(pasteKeys)) {
            action->setObjectName(QStringLiteral("edit-paste"));
            disconnect(action, nullptr, m_input, nullptr); // the line edit's own paste; the menu's links stay
            connect(action, &QAction::triggered, this, [this] {
                if (!refusesPaste(QClipboard::Clipboard))
                    m_input->paste();
            });
        }
    }
    menu->popup(m_input->mapToGlobal(at));
}

void ConsoleWidget::historyStep(int delta)
{
    if (m_history.isEmpty())
        return;
    if (m_historyIndex == m_history.size())
        m_draft = m_input->text();
    m_historyIndex = qBound(0, m_historyIndex + delta, int(m_history.size()));
    m_input->setText(m_historyIndex == m_history.size() ? m_draft : m_history.at(m_historyIndex));
}

void ConsoleWidget::completeInput()
{
    if (!m_completer)
        return;
    const QString line = m_input->text();
    const QStringList candidates = m_completer(line);
    if (candidates.isEmpty())
        return;
    const int wordStart = int(line.lastIndexOf(QLatin1Char(' '))) + 1;
    const QString word = line.mid(wordStart);
    if (candidates.size() == 1) {
        m_input->setText(line.left(wordStart) + candidates.first() + QLatin1Char(' '));
        return;
    }
    const QString prefix = commonPrefix(candidates);
    if (prefix.size() > word.size()) {
        m_input->setText(line.left(wordStart) + prefix);
        return;
    }
    appendText(QStringLiteral("$ ") + line, Tone::Prompt);
    appendText(candidates.join(QStringLiteral("  ")), Tone::Muted);
}

void ConsoleWidget::submit()
{
    if (m_input->text().size() >= maxInputLength) {
        // Most likely cut at the limit: never run a fragment of what was pasted.
        appendText(tr("This input fills the console's limit of %L1 characters, so it may have been cut; nothing was "
                      "run. Run it in smaller parts, or with `keyless script`.")
                       .arg(maxInputLength),
                   Tone::Error);
        return;
    }
    const QString command = m_input->text().trimmed();
    m_input->clear();
    m_draft.clear();
    if (command.isEmpty())
        return;
    execute(command, Origin::Typed);
}

ConsoleResult ConsoleWidget::execute(const QString &command, Origin origin)
{
    if (m_history.isEmpty() || m_history.last() != command)
        m_history << command;
    m_historyIndex = int(m_history.size());
    ConsoleResult result;
    // `clear` is the terminal's, as Ctrl+L: it empties the pane and changes nothing in the lab (QA: "command not
    // found").
    if (command.trimmed() == QLatin1String("clear") && origin == Origin::Typed) {
        clear(); // not a lab command: nothing recorded, nothing replayed
        return result;
    }
    if (m_runner) {
        result = m_runner(command);
    } else {
        result.exitStatus = 127;
        result.standardError = tr("The console is not connected to a lab.");
    }
    showCommand(command, result, origin);
    emit commandExecuted(command, result.exitStatus, origin);
    return result;
}

void ConsoleWidget::showCommand(const QString &command, const ConsoleResult &result, Origin origin)
{
    if (origin == Origin::Portal)
        appendText(tr("# from the portal:"), Tone::Muted);
    appendText(QStringLiteral("$ ") + command, Tone::Prompt, true);
    // Runs of one channel, in the order written; each shown without its last newline.
    QList<Shell::OutputChunk> runs;
    const QList<Shell::OutputChunk> chunks =
        !result.chunks.isEmpty() ? result.chunks
                                 : QList<Shell::OutputChunk>{{Shell::Channel::Stdout, result.standardOutput},
                                                             {Shell::Channel::Stderr, result.standardError}};
    for (const Shell::OutputChunk &chunk : chunks) {
        if (chunk.text.isEmpty())
            continue;
        if (!runs.isEmpty() && runs.last().channel == chunk.channel)
            runs.last().text += chunk.text;
        else
            runs.append(chunk);
    }
    bool anyError = false;
    for (const Shell::OutputChunk &run : std::as_const(runs)) {
        const QString text = run.text.endsWith(QLatin1Char('\n')) ? run.text.chopped(1) : run.text;
        if (run.channel == Shell::Channel::Stderr) {
            anyError = anyError || !text.isEmpty();
            appendText(text, Tone::Error, true);
        } else {
            appendText(text, Tone::Output);
        }
    }
    if (result.exitStatus != 0 && !anyError)
        appendText(tr("(exit status %1)").arg(result.exitStatus), Tone::Error);
}

void ConsoleWidget::appendNote(const QString &text)
{
    appendText(text, Tone::Muted);
}

void ConsoleWidget::clear()
{
    m_output->clear();
}

void ConsoleWidget::startSession()
{
    m_output->clear();
    m_input->clear();
    setHistory({});
}

void ConsoleWidget::setHistory(const QStringList &history)
{
    m_history = history;
    m_historyIndex = int(m_history.size());
    m_draft.clear();
}

void ConsoleWidget::appendText(const QString &text, Tone tone, bool bold)
{
    QTextCharFormat format;
    format.setForeground(toneColor(tone));
    format.setProperty(ToneProperty, int(tone));
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    QTextCursor cursor(m_output->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_output->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertText(LongTextView::shown(text), format);
    m_output->verticalScrollBar()->setValue(m_output->verticalScrollBar()->maximum());
}

} // namespace Keyless::Ui::Labs
