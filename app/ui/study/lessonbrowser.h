#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace Keyless::Ui::Study {

// A QTextBrowser that never loads anything from outside the binary: only qrc resources are served, every
// other URL (http, file, …) is refused and counted. Links are not followed by the widget itself; the
// owner handles linkActivated (keyless:// links, in-page anchors, external links in the browser).
class LessonBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LessonBrowser)

public:
    explicit LessonBrowser(QWidget *parent = nullptr);
    ~LessonBrowser() override;

    QVariant loadResource(int type, const QUrl &name) override;
    int refusedResources() const { return m_refused; }

    // A document rendered from Markdown, parented to this browser (so its resources go through
    // loadResource() above). Level-2 headings get the anchor names in `anchors` (id, heading text), in
    // order, so scrollToAnchor(sectionId) works. Laid out at the viewport's width when `layOut` is set.
    QTextDocument *createDocument(const QString &markdown, const QList<QPair<QString, QString>> &anchors,
                                  bool layOut = false);
    void setLessonMarkdown(const QString &markdown, const QList<QPair<QString, QString>> &anchors);
    // Shows `doc` from its first line. Until the browser is first shown it only keeps it, and sets it when shown:
    // a browser that was never shown is 100 px wide, and QTextEdit laid the whole lesson out at that width first
    // (a fifth of the startup's work). lessonDocument() is the document the browser shows or will show.
    void setLessonDocument(QTextDocument *doc);
    QTextDocument *lessonDocument() const { return m_pending ? m_pending.data() : document(); }

    // Where the learner is in the text: the line at the top (how far into its block as a share of the block, so
    // that it holds at another width or type size) and the selection (a search hit). Blocks are counted, so a place
    // holds in the same Markdown rendered again (another language changes only the words of Keyless's headings).
    struct Place {
        int topBlock = 0;
        qreal intoTop = 0;
        int anchorBlock = 0;
        int anchorOffset = 0;
        int positionBlock = 0;
        int positionOffset = 0;
        bool scrolled = false;
        bool atEnd = false; // scrolled to the end: stays at the end (a last section cannot come to the top)
    };
    Place place() const;
    // The same place in the document shown now (nothing before the browser was first shown: it opens at the top).
    // A resize and a new type size keep the line at the top by themselves.
    void restorePlace(const Place &place);
    // Selects the first occurrence of `text` after the heading anchored `anchor` (or anywhere) and shows it.
    bool selectText(const QString &text, const QString &anchor);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int m_refused = 0;
    QPointer<QTextDocument> m_pending;
    bool m_shown = false;
    bool m_keepAtEnd = false; // restored to the end of the text: follows it while the layout grows
    void scrollTo(const Place &place);
    template <typename Relayout> void keepingPlace(bool changes, Relayout relayout);
};

} // namespace Keyless::Ui::Study
