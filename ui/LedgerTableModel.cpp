#include "LedgerTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace wushe::ui {

LedgerTableModel::LedgerTableModel(QSqlDatabase db, Ledger ledger, QObject* parent)
    : QAbstractTableModel(parent), m_query(std::move(db))
{
    m_filter.ledger = ledger;
    m_filter.asOf = QDate::currentDate();
    m_columns = report::ledgerColumns(ledger);
}

void LedgerTableModel::setFilter(const storage::LedgerFilter& filter)
{
    const Ledger ledger = m_filter.ledger;
    m_filter = filter;
    m_filter.ledger = ledger;
    refresh();
}

void LedgerTableModel::setRevealSensitive(bool reveal)
{
    if (reveal == m_reveal)
        return;
    m_reveal = reveal;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
}

void LedgerTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    auto count = m_query.count(m_filter);
    m_count = count ? *count : 0;
    m_error = count ? QString() : count.error().message;
    endResetModel();
}

const storage::LedgerRow* LedgerTableModel::rowAt(int row) const
{
    return m_pages.at(row, m_count, [this](qint64 offset, int limit) {
        return m_query.page(m_filter, m_sort, m_order, offset, limit);
    });
}

QString LedgerTableModel::recordIdAt(int row) const
{
    const storage::LedgerRow* ledgerRow = rowAt(row);
    return ledgerRow ? ledgerRow->recordId : QString();
}

int LedgerTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int LedgerTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

LedgerTableModel::Column LedgerTableModel::columnAt(int section) const
{
    return m_columns.value(section, Column::Name);
}

QVariant LedgerTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const storage::LedgerRow* row = rowAt(index.row());
    if (!row)
        return {};
    const Column column = columnAt(index.column());
    switch (role) {
    case Qt::DisplayRole: return report::ledgerCellText(*row, column, m_reveal);
    case Qt::ForegroundRole:
        if (column == Column::NextDue && row->overdue)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (column == Column::Age || column == Column::HouseholdSize || column == Column::Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole: return row->recordId;
    case OverdueRole: return row->overdue;
    }
    return {};
}

QVariant LedgerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return report::ledgerColumnHeader(m_filter.ledger, columnAt(section));
}

void LedgerTableModel::sort(int section, Qt::SortOrder order)
{
    storage::LedgerSort sort;
    switch (columnAt(section)) {
    case Column::Name: sort = storage::LedgerSort::Name; break;
    case Column::IdNumber: sort = storage::LedgerSort::IdNumber; break;
    // Older first when "age" goes up: birth dates go down.
    case Column::Age:
        sort = storage::LedgerSort::BirthDate;
        order = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        break;
    case Column::Village: sort = storage::LedgerSort::Village; break;
    default: return; // other columns are not sortable in SQL at speed
    }
    if (sort == m_sort && order == m_order)
        return;
    m_sort = sort;
    m_order = order;
    beginResetModel(); // every row may change: cheaper than tracking persistent indexes
    m_pages.clear();
    endResetModel();
}

} // namespace wushe::ui
