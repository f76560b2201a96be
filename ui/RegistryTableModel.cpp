#include "RegistryTableModel.h"

namespace wushe::ui {

RegistryTableModel::RegistryTableModel(QSqlDatabase db, storage::RegistrySpec spec, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_list(db, std::move(spec))
{
}

void RegistryTableModel::setSpec(storage::RegistrySpec spec)
{
    beginResetModel();
    m_list = storage::RegistryList(m_db, std::move(spec));
    m_pages.clear();
    m_count = 0;
    endResetModel();
    refresh();
}

void RegistryTableModel::setScope(const storage::RegistryScope& scope)
{
    m_scope = scope;
    refresh();
}

void RegistryTableModel::refresh()
{
    beginResetModel();
    m_pages.clear();
    m_count = 0;
    m_error.clear();
    if (!m_scope.orgCode.isEmpty()) {
        auto count = m_list.count(m_scope);
        m_count = count ? *count : 0;
        m_error = count ? QString() : count.error().message;
    }
    endResetModel();
}

const storage::RegistryRow* RegistryTableModel::rowAt(int row) const
{
    return m_pages.at(row, m_count, [this](qint64 offset, int limit) { return m_list.page(m_scope, offset, limit); });
}

QString RegistryTableModel::recordIdAt(int row) const
{
    const storage::RegistryRow* registryRow = rowAt(row);
    return registryRow ? registryRow->id : QString();
}

int RegistryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int RegistryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(spec().columns.size());
}

QVariant RegistryTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const storage::RegistryRow* row = rowAt(index.row());
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: return row->cells.value(index.column());
    case Qt::TextAlignmentRole:
        if (spec().columns.value(index.column()).numeric)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RecordIdRole: return row->id;
    }
    return {};
}

QVariant RegistryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return spec().columns.value(section).header;
}

} // namespace wushe::ui
