#include "DueListModel.h"

#include "rules/Masking.h"
#include "rules/PhoneNumber.h"

#include <QBrush>
#include <QColor>

namespace wushe::ui {

DueListModel::DueListModel(QObject* parent) : QAbstractTableModel(parent) {}

void DueListModel::setItems(QList<storage::DueItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void DueListModel::setRevealSensitive(bool reveal)
{
    m_reveal = reveal;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, IdColumn), index(rowCount() - 1, PhoneColumn), {Qt::DisplayRole});
}

const storage::DueItem* DueListModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int DueListModel::overdueCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const auto& item) { return item.daysOverdue > 0; }));
}

int DueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    const storage::DueItem* item = index.isValid() ? itemAt(index.row()) : nullptr;
    if (!item)
        return {};
    if (role == Qt::ForegroundRole && item->daysOverdue > 0 && index.column() == OverdueColumn)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case LedgerColumn: return kLedgers.label(item->ledger);
    case NameColumn: return item->name;
    case IdColumn: return m_reveal ? item->idNumber : rules::maskIdNumber(item->idNumber);
    case VillageColumn: return item->villageName;
    case PhoneColumn: return m_reveal ? item->phone : rules::maskPhoneNumber(item->phone);
    case IntervalColumn: return kVisitIntervals.label(item->interval);
    case LastVisitColumn: return item->lastVisit.isValid() ? item->lastVisit.toString(Qt::ISODate) : tr("未访");
    case DueColumn: return item->due.toString(Qt::ISODate);
    case OverdueColumn:
        return item->daysOverdue > 0 ? tr("逾期 %1 天").arg(item->daysOverdue)
                                     : tr("%1 天后到期").arg(-item->daysOverdue);
    }
    return {};
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case LedgerColumn: return tr("台账");
    case NameColumn: return tr("姓名（户主）");
    case IdColumn: return tr("身份证号");
    case VillageColumn: return tr("村（社区）");
    case PhoneColumn: return tr("联系电话");
    case IntervalColumn: return tr("频次");
    case LastVisitColumn: return tr("上次探访/核查");
    case DueColumn: return tr("应访日期");
    case OverdueColumn: return tr("状态");
    }
    return {};
}

} // namespace wushe::ui
