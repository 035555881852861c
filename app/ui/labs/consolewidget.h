#pragma once

#include "shell/commandcontext.h"

#include <QClipboard>
#include <QColor>
#include <QStringList>
#include <QTextFormat>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QLineEdit;

namespace Keyless::Ui::Labs {

class LongTextView;

// What one command printed, as the console shows it.
struct ConsoleResult {
    int exitStatus = 0;
    QString standardOutput;
    QString standardError;
    // Both channels in the order written, where the runner knows it: shown so (QA: an az error came after the
    // `echo` that followed it). Empty: the output, then the errors.
    QList<Keyless::Shell::OutputChunk> chunks;
};

// A terminal-like console over any command runner (the lab session's shell): an output pane and a prompt
// with history (Up/Down), tab completion (a unique candidate completes, several are listed), Ctrl+L to
// clear and copy from the output. Errors (stderr, non-zero exit) are shown in the failure colour. Commands
// the portal runs are echoed the same way, marked as coming from the portal. Printed text keeps its role
// (output, error, prompt, note), not a colour: it is re-coloured from the palette when the theme changes.
class ConsoleWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleWidget)

public:
    using Runner = std::function<ConsoleResult(const QString &command)>;
    static constexpr int maxInputLength = 1 << 20; // characters in the input line
    using Completer = std::function<QStringList(const QString &line)>;
    enum class Origin { Typed, Portal, Replay };

    explicit ConsoleWidget(QWidget *parent = nullptr);

    void setRunner(Runner runner) { m_runner = std::move(runner); }
    void setCompleter(Completer completer) { m_completer = std::move(completer); }

    // Runs a command as if typed (origin Typed) or on behalf of the portal, and shows it with its output.
    ConsoleResult execute(const QString &command, Origin origin = Origin::Typed);
    // Shows a command that already ran elsewhere (e.g. replayed on resume), with its output.
    void showCommand(const QString &command, const ConsoleResult &result, Origin origin);
    void appendNote(const QString &text);
    void clear();
    // A new session in this console (another lab, or the same one again): no output, no history and an empty input
    // line (QA: the line half typed in one lab stood in the next).
    void startSession();
    // What Up and Down recall, oldest first (a resumed lab's commands; QA: it recalled nothing).
    void setHistory(const QStringList &history);
    void completeInput(); // what Tab does

    QLineEdit *input() const { return m_input; }
    LongTextView *output() const { return m_output; }
    const QStringList &history() const { return m_history; }

    // What a piece of printed text is; its colour comes from the palette (see toneColor).
    enum class Tone { Output, Error, Prompt, Muted };
    QColor toneColor(Tone tone) const;
    // The tone stored on printed text (a QTextCharFormat property), for tests and re-colouring.
    static constexpr int ToneProperty = QTextFormat::UserProperty + 1;

signals:
    void commandExecuted(const QString &command, int exitStatus, Keyless::Ui::Labs::ConsoleWidget::Origin origin);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void submit();
    bool refusesPaste(QClipboard::Mode mode);
    void showInputMenu(const QPoint &at);
    void historyStep(int delta);
    void appendText(const QString &text, Tone tone, bool bold = false);
    void recolor();
    void retranslate();
    void updateLinesNote();

    LongTextView *m_output = nullptr;
    bool m_followEnd = true; // the output is scrolled to its end and keeps to it
    QLineEdit *m_input = nullptr;
    QLabel *m_linesNote = nullptr; // "3 lines: Enter runs them all", while the input holds several
    QAction *m_copyAction = nullptr;
    QAction *m_clearAction = nullptr;
    Runner m_runner;
    Completer m_completer;
    QStringList m_history;
    int m_historyIndex = 0; // == m_history.size() when editing a new line
    QString m_draft;
};

} // namespace Keyless::Ui::Labs
