#pragma once

#include "ui/labs/flowtrace.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QSortFilterProxyModel>

namespace Keyless::Ui::Labs {

// The event list of the flow view: one row per trace event (time, from → to, kind, status). The row of
// the current step is marked, failed hops are drawn in the failure colour.
class FlowEventModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowEventModel)

public:
    // The long "from → to" column last: in a narrow list what happened and its status stay in view.
    enum Column { IndexColumn, TimeColumn, KindColumn, StatusColumn, HopColumn, ColumnCount };
    enum Role { FailedRole = Qt::UserRole + 1, KindNameRole, EventIndexRole, CurrentRole };

    explicit FlowEventModel(QObject *parent = nullptr);

    void setTrace(const FlowTrace &trace);
    void setCurrentStep(int step);
    int currentStep() const { return m_current; }
    void setColors(const QColor &failure, const QColor &currentBackground);
    // After a language switch: the headers and the texts the model words itself ("failed", "allowed", times).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString formatTime(qint64 relativeMs);

private:
    QString participantLabel(const QString &id) const;

    FlowTrace m_trace;
    int m_current = -1;
    QColor m_failure{0xc6, 0x28, 0x28};
    QColor m_currentBackground{0x00, 0x67, 0xc0, 0x30};
};

// Filters the event list by kind and by outcome; keeps source order.
class FlowEventFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowEventFilter)

public:
    enum class Outcome { All, Success, Failure };

    explicit FlowEventFilter(QObject *parent = nullptr);

    void setKind(const QString &kindName); // empty: every kind
    QString kind() const { return m_kind; }
    void setOutcome(Outcome outcome);
    Outcome outcome() const { return m_outcome; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_kind;
    Outcome m_outcome = Outcome::All;
};

} // namespace Keyless::Ui::Labs
