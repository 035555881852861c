#include "ui/labs/floweventmodel.h"

#include <QFont>
#include <QLocale>
#include <QTime>

namespace Keyless::Ui::Labs {

FlowEventModel::FlowEventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FlowEventModel::setTrace(const FlowTrace &trace)
{
    beginResetModel();
    m_trace = trace;
    m_trace.normalise();
    m_current = -1;
    endResetModel();
}

void FlowEventModel::setCurrentStep(int step)
{
    if (step == m_current)
        return;
    const int old = m_current;
    m_current = step;
    if (old >= 0 && old < rowCount())
        emit dataChanged(index(old, 0), index(old, ColumnCount - 1));
    if (step >= 0 && step < rowCount())
        emit dataChanged(index(step, 0), index(step, ColumnCount - 1));
}

void FlowEventModel::setColors(const QColor &failure, const QColor &currentBackground)
{
    m_failure = failure;
    m_currentBackground = currentBackground;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole, Qt::BackgroundRole});
}

void FlowEventModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole, Qt::ToolTipRole});
}

int FlowEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trace.events.size());
}

int FlowEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FlowEventModel::formatTime(qint64 relativeMs)
{
    if (relativeMs < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(relativeMs) / 1000.0, 'f', 3));
    return QTime(0, 0).addMSecs(int(relativeMs % (24 * 3600 * 1000))).toString(QStringLiteral("HH:mm:ss"));
}

QString FlowEventModel::participantLabel(const QString &id) const
{
    const FlowParticipant *p = m_trace.participant(id);
    return p ? p->label : id;
}

QVariant FlowEventModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const FlowEvent &e = m_trace.events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return e.index + 1;
        case TimeColumn:
            return formatTime(e.timeMs - m_trace.events.first().timeMs);
        case HopColumn:
            if (e.isLocal())
                return participantLabel(e.from);
            return tr("%1 → %2").arg(participantLabel(e.from), participantLabel(e.to));
        case KindColumn:
            return e.kindName;
        case StatusColumn:
            if (e.failed)
                return e.statusText().isEmpty() ? tr("failed") : e.statusText();
            if (e.decision.present)
                return tr("allowed");
            return e.status > 0 ? QString::number(e.status) : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return e.explanation.isEmpty() ? e.caption : e.explanation;
    case Qt::ForegroundRole:
        if (e.failed)
            return m_failure;
        return {};
    case Qt::FontRole:
        if (index.row() == m_current || e.failed) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::BackgroundRole:
        if (index.row() == m_current)
            return m_currentBackground;
        return {};
    case FailedRole:
        return e.failed;
    case KindNameRole:
        return e.kindName;
    case EventIndexRole:
        return e.index;
    case CurrentRole:
        return index.row() == m_current;
    default:
        return {};
    }
}

QVariant FlowEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case HopColumn:
        return tr("From → to");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

FlowEventFilter::FlowEventFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void FlowEventFilter::setKind(const QString &kindName)
{
    if (kindName == m_kind)
        return;
    m_kind = kindName;
    invalidateFilter();
}

void FlowEventFilter::setOutcome(Outcome outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

bool FlowEventFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(FlowEventModel::KindNameRole).toString() != m_kind)
        return false;
    const bool failed = index.data(FlowEventModel::FailedRole).toBool();
    switch (m_outcome) {
    case Outcome::All:
        return true;
    case Outcome::Success:
        return !failed;
    case Outcome::Failure:
        return failed;
    }
    return true;
}

} // namespace Keyless::Ui::Labs
