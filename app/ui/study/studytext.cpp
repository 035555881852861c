#include "ui/study/studytext.h"

#include <QRegularExpression>
#include <QTextDocument>

namespace Keyless::Ui::Study {

QString inlineMarkdownToHtml(const QString &markdown)
{
    QString html = markdown.toHtmlEscaped();
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression bold(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    static const QRegularExpression emphasis(QStringLiteral("(^|[^*])\\*([^*\\s][^*]*)\\*"));
    html.replace(code, QStringLiteral("<code>\\1</code>"));
    html.replace(bold, QStringLiteral("<b>\\1</b>"));
    html.replace(emphasis, QStringLiteral("\\1<i>\\2</i>"));
    html.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return html;
}

QString inlineMarkdownToPlain(const QString &markdown)
{
    QString plain = markdown;
    plain.remove(QLatin1Char('`'));
    plain.replace(QStringLiteral("**"), QString());
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
