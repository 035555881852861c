// The console showing one very long word (a pasted `echo` of 300,000 characters: it froze the window for 30 s, QA stop
// 19) against the same number of characters in 3,000 lines of 100, the baseline, in the same run. Both are shown in a
// 600x300 console and laid out for a paint. Report the ratio of the two.
#include "ui/labs/consolewidget.h"
#include "ui/labs/longtextview.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>

using Keyless::Ui::Labs::ConsoleResult;
using Keyless::Ui::Labs::ConsoleWidget;

class BenchConsole final : public QObject
{
    Q_OBJECT

    static void show(const QString &output)
    {
        ConsoleWidget console;
        console.setRunner([&output](const QString &) { return ConsoleResult{0, output, {}, {}}; });
        console.resize(600, 300);
        console.show();
        console.execute(QStringLiteral("print"));
        console.output()->viewport()->repaint();
    }

private slots:
    void oneWordOf300000Characters()
    {
        const QString word(300000, QLatin1Char('E'));
        QBENCHMARK
        {
            show(word);
        }
    }

    void baseline3000LinesOf100Characters()
    {
        QString lines;
        for (int i = 0; i < 3000; ++i)
            lines += QString(99, QLatin1Char('E')) + QLatin1Char('\n');
        QBENCHMARK
        {
            show(lines);
        }
    }
};

QTEST_MAIN(BenchConsole)
#include "bench_console.moc"
