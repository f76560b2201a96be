#pragma once

#include "storage/DueList.h"

#include <QAbstractTableModel>

namespace wushe::ui {

// The due-and-overdue work list as a table (a county's list is a few thousand rows).
class DueListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LedgerColumn, NameColumn, IdColumn, VillageColumn, PhoneColumn, IntervalColumn, LastVisitColumn,
                  DueColumn, OverdueColumn, ColumnCount };

    explicit DueListModel(QObject* parent = nullptr);

    void setItems(QList<storage::DueItem> items);
    void setRevealSensitive(bool reveal);
    const storage::DueItem* itemAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<storage::DueItem> m_items;
    bool m_reveal = false;
};

} // namespace wushe::ui
