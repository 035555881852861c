#include "ui/labs/longtextview.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

#include <algorithm>

namespace Keyless::Ui::Labs {

namespace {
constexpr qsizetype longRun = 4096;
constexpr qsizetype breakEvery = 1024;
constexpr QChar zeroWidthSpace(0x200B);
} // namespace

LongTextView::LongTextView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setReadOnly(true);
}

QString LongTextView::shown(const QString &text)
{
    QString result;
    qsizetype copied = 0;
    for (qsizetype start = 0; start < text.size();) {
        if (text.at(start).isSpace()) {
            ++start;
            continue;
        }
        qsizetype end = start;
        while (end < text.size() && !text.at(end).isSpace())
            ++end;
        if (end - start > longRun) {
            result += QStringView(text).mid(copied, start - copied);
            for (qsizetype at = start; at < end; at += breakEvery) {
                if (at > start)
                    result += zeroWidthSpace;
                result += QStringView(text).mid(at, std::min(breakEvery, end - at));
            }
            copied = end;
        }
        start = end;
    }
    if (copied == 0)
        return text;
    result += QStringView(text).mid(copied);
    return result;
}

QString LongTextView::given(QString shown)
{
    return shown.remove(zeroWidthSpace);
}

QString LongTextView::selectedOrAllText() const
{
    const QString selected = textCursor().selection().toPlainText();
    return given(selected.isEmpty() ? toPlainText() : selected);
}

QMimeData *LongTextView::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(given(textCursor().selection().toPlainText()));
    return data;
}

} // namespace Keyless::Ui::Labs
