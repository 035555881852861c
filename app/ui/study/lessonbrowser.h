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
    bool hasPendingDocument() const { return !m_pending.isNull(); }
    // Selects the first occurrence of `text` after the heading anchored `anchor` (or anywhere) and shows it.
    bool selectText(const QString &text, const QString &anchor);

protected:
    void showEvent(QShowEvent *event) override;

private:
    int m_refused = 0;
    QPointer<QTextDocument> m_pending;
    bool m_shown = false;
};

} // namespace Keyless::Ui::Study
