#pragma once

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
    // Selects the first occurrence of `text` after the heading anchored `anchor` (or anywhere) and shows it.
    bool selectText(const QString &text, const QString &anchor);

private:
    int m_refused = 0;
};

} // namespace Keyless::Ui::Study
