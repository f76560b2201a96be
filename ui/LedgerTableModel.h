#pragma once

#include "PageCache.h"
#include "report/LedgerColumns.h"
#include "storage/LedgerQuery.h"

#include <QAbstractTableModel>

namespace wushe::ui {

// A ledger as a table, read page by page from SQL: only the pages on screen are
// in memory, so 200,000 rows cost what 200 do. Sorting and filtering are done by
// LedgerQuery in SQL.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Column = report::LedgerColumn;
    enum Role { RecordIdRole = Qt::UserRole + 1, OverdueRole };
    static constexpr int kPageSize = 100;

    LedgerTableModel(QSqlDatabase db, Ledger ledger, QObject* parent = nullptr);

    Ledger ledger() const { return m_filter.ledger; }
    const storage::LedgerFilter& filter() const { return m_filter; }
    void setFilter(const storage::LedgerFilter& filter); // ledger stays as constructed
    void setRevealSensitive(bool reveal);
    bool revealSensitive() const { return m_reveal; }
    storage::LedgerSort sortKey() const { return m_sort; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // Re-reads count and pages (after an edit).
    void refresh();
    QString lastError() const { return m_error; }
    qint64 totalCount() const { return m_count; }
    const storage::LedgerRow* rowAt(int row) const;
    // Pages read and held (at most a few; tests of what a view makes the model read).
    int cachedPageCount() const { return m_pages.pageCount(); }
    QString recordIdAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    Column columnAt(int section) const;

    storage::LedgerQuery m_query;
    storage::LedgerFilter m_filter;
    QList<Column> m_columns;
    storage::LedgerSort m_sort = storage::LedgerSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    bool m_reveal = false;
    qint64 m_count = 0;
    QString m_error;
    mutable PageCache<storage::LedgerRow> m_pages{kPageSize};
};

} // namespace wushe::ui
