#pragma once

#include "content/contentmodel.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QWidget>

class QKeyEvent;
class QLabel;
class QVBoxLayout;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextDocument;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QUrl;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

class LessonBrowser;

// The lessons: a table of contents with per-lesson progress, the lesson rendered from Markdown, the
// reflection questions with a model-answer reveal, "mark as read", previous / next, search across all
// lessons (Ctrl+F / Ctrl+K) and keyless:// links that open a lab or a flow step through the Navigator.
class LessonsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonsPage)

public:
    // How long a section's end must stay on screen before it counts as read: at least `minimumMs`, and `msPerWord` for
    // each of its words (tests make both short).
    void setReadPace(int minimumMs, int msPerWord)
    {
        m_readDwellMs = minimumMs;
        m_readMsPerWord = msPerWord;
    }
    LessonsPage(AppContext &context, QList<Content::Lesson> lessons, QWidget *parent = nullptr);
    ~LessonsPage() override;

    // Empty id: the first lesson. Returns false for an unknown id.
    bool openLesson(const QString &lessonId);
    QString currentLessonId() const;
    int lessonCount() const { return int(m_lessons.size()); }
    bool answersRevealed() const { return m_revealed; }
    // Completion of one lesson, 0–100, from the progress store.
    double completionPercent(const QString &lessonId) const;

    void focusSearch();
    // What a search finds: "lessonId#sectionId" per hit, in lesson order. The search covers what the page shows: the
    // intro ("lessonId#", as is a match of the title alone), the sections, the reflection questions and the exam tip
    // ("lessonId#reflection", "lessonId#exam-tip"); model answers only of the open lesson while they are revealed.
    QStringList search(const QString &text) const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static double completionPercent(const Content::Lesson &lesson, const QStringList &read);
    static QString resumeArea(); // the progress store's resume point: the lesson last open
    bool searchKey(QObject *watched, QKeyEvent *event);
    void checkSectionsSeen();
    void retranslate();
    void retranslateControls();
    void buildToc();
    void refreshProgress();
    void render();
    QTextDocument *buildDocument(int index, bool revealed, bool layOut);
    void dropDocuments();
    void prewarm();
    void markAsRead();
    void updateStatus();
    void step(int delta);
    void handleLink(const QUrl &url);
    // Lesson `index` as plain text (what the browser shows), for search and its snippets.
    struct PlainLesson {
        QString intro;
        QStringList sections;
        QStringList questions;
        QStringList answers;
        QString examTip;
    };
    const PlainLesson &plainLesson(int index) const;
    // The reflection as the page shows it for lesson `index`: the questions, and the answers while revealed.
    QString plainReflection(int index) const;
    void updateSearchResults(const QString &text);
    void openSearchResult(int row);
    void setRevealed(bool revealed);
    int indexOf(const QString &lessonId) const;
    void fitTableOfContents();
    void fitReadColumn();
    void arrangeButtons(bool twoRows);
    void fitButtons();

    AppContext &m_context;
    QList<Content::Lesson> m_lessons;
    int m_current = -1;
    bool m_revealed = false;
    // What "mark as read" did to the current lesson, kept as a state (not as text) so that it can be said
    // again in another language; cleared when another lesson opens.
    enum class SaveStatus { None, Saved, Failed };
    SaveStatus m_saveStatus = SaveStatus::None;
    QString m_saveError;
    QElapsedTimer m_onTask;
    QHash<QString, QTextDocument *> m_documents; // "index:revealed" -> rendered lesson, owned by m_browser
    mutable QList<PlainLesson> m_plainLessons;   // filled by plainLesson()
    int m_prewarmNext = 0;
    bool m_resumeSaving = false; // not while the constructor opens the lesson it resumed
    QTimer *m_prewarmTimer = nullptr;
    // A section counts as read once its end has been on screen for as long as a quick reader needs for it (4 s at
    // least, 500 words a minute: scrolling past, or glancing at a screen that shows it whole, is not reading). Time on
    // screen per section of the current lesson.
    QTimer *m_readTimer = nullptr;
    int m_readDwellMs = 4000;
    int m_readMsPerWord = 120;
    QHash<QString, int> m_sectionEndShownMs;
    QStringList m_currentRead; // sections of the current lesson read, as of the last refreshProgress()

    QSplitter *m_splitter = nullptr;
    QLineEdit *m_search = nullptr;
    QStackedWidget *m_leftStack = nullptr;
    QTreeWidget *m_toc = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    LessonBrowser *m_browser = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_reveal = nullptr;
    QPushButton *m_markRead = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_right = nullptr; // the lesson's side of the splitter
    QVBoxLayout *m_buttonRows = nullptr;
    bool m_twoButtonRows = false;
    bool m_tocDragged = false; // the learner set the table of contents' width
};

} // namespace Keyless::Ui::Study
