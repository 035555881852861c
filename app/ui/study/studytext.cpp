#include "ui/study/studytext.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace Keyless::Ui::Study {

namespace {
// The inline marks of option texts and explanations: `code`, **bold**, *emphasis*.
const QRegularExpression &codeMark()
{
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    return code;
}
const QRegularExpression &boldMark()
{
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    return bold;
}
const QRegularExpression &emphasisMark()
{
    static const QRegularExpression emphasis(QStringLiteral("(^|[^*])\\*([^*\\s][^*]*)\\*"));
    return emphasis;
}
} // namespace

QString inlineMarkdownToHtml(const QString &markdown)
{
    QString html = markdown.toHtmlEscaped();
    html.replace(codeMark(), QStringLiteral("<code>\\1</code>"));
    html.replace(boldMark(), QStringLiteral("<b>\\1</b>"));
    html.replace(emphasisMark(), QStringLiteral("\\1<i>\\2</i>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

QString inlineMarkdownToPlain(const QString &markdown)
{
    // The same marks as the HTML (QA: an ordering step read "Assign *Key Vault Secrets User* …" with its asterisks).
    QString plain = markdown;
    plain.replace(codeMark(), QStringLiteral("\\1"));
    plain.replace(boldMark(), QStringLiteral("\\1"));
    plain.replace(emphasisMark(), QStringLiteral("\\1\\2"));
    plain.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return plain.simplified();
}

QString markdownToPlainText(const QString &markdown)
{
    // The same importer and dialect as LessonBrowser::createDocument, not a second hand-written parser.
    QTextDocument doc;
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return doc.toPlainText().simplified();
}

} // namespace Keyless::Ui::Study
