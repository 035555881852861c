#pragma once

#include "content/contentmodel.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace Keyless::Ui {
struct AppContext;
}

namespace Keyless::Ui::Study {

// Spaced review: the cards the progress store's SM-2 scheduler says are due, one at a time. Space flips
// the card, 1–4 grade it (Again, Hard, Good, Easy). A card graded Again or Hard comes back once more at
// the end of today's session (SM-2 step 7) without being scheduled a second time.
class ReviewWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewWidget)

public:
    using Today = std::function<QDate()>;

    ReviewWidget(AppContext &context, QList<Content::Card> cards, QWidget *parent = nullptr);
    ~ReviewWidget() override;

    void setToday(Today today);
    // Makes sure every content card is known to the scheduler, then loads today's due cards.
    void reload();
    int remaining() const { return int(m_queue.size()); }
    QString currentCardId() const;
    bool isFlipped() const { return m_flipped; }
    void flip();
    // grade: 1 = Again … 4 = Easy. Ignored until the card is flipped.
    void grade(int grade);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Entry {
        QString cardId;
        bool repeat = false;
    };
    void retranslate();
    void showCurrent();
    void showIntervals(const Entry &entry);
    static QStringList gradeNames(); // "1 Again" … "4 Easy", in the interface language
    QDate today() const { return m_today ? m_today() : QDate::currentDate(); }

    AppContext &m_context;
    QHash<QString, Content::Card> m_cards;
    QList<QString> m_order;
    QList<Entry> m_queue;
    bool m_flipped = false;
    bool m_loaded = false;
    QString m_loadError; // why the due cards could not be read at the last reload(), or ""
    int m_reviewedToday = 0;
    Today m_today;

    QLabel *m_header = nullptr;
    QLabel *m_front = nullptr;
    QLabel *m_back = nullptr;
    QWidget *m_separator = nullptr;
    QPushButton *m_flip = nullptr;
    QList<QPushButton *> m_grades;
    QLabel *m_status = nullptr;
};

} // namespace Keyless::Ui::Study
