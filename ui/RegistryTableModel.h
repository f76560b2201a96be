#pragma once

#include "PageCache.h"
#include "storage/RegistryList.h"

#include <QAbstractTableModel>

namespace wushe::ui {

// A registry list as a table, read page by page with LIMIT/OFFSET: only the pages on
// screen are in memory, so the ten-year county's 200,000 activities cost what 100 do.
class RegistryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RecordIdRole = Qt::UserRole + 1 };
    static constexpr int kPageSize = 100;

    RegistryTableModel(QSqlDatabase db, storage::RegistrySpec spec, QObject* parent = nullptr);

    const storage::RegistryList& list() const { return m_list; }
    const storage::RegistrySpec& spec() const { return m_list.spec(); }
    void setSpec(storage::RegistrySpec spec); // another list (view) of the same page
    const storage::RegistryScope& scope() const { return m_scope; }
    void setScope(const storage::RegistryScope& scope);
    void refresh(); // re-reads count and pages (after an edit)
    QString lastError() const { return m_error; }
    qint64 totalCount() const { return m_count; }
    QString recordIdAt(int row) const;
    const storage::RegistryRow* rowAt(int row) const;
    int cachedPageCount() const { return m_pages.pageCount(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    storage::RegistryList m_list;
    storage::RegistryScope m_scope;
    qint64 m_count = 0;
    QString m_error;
    mutable PageCache<storage::RegistryRow> m_pages{kPageSize};
};

} // namespace wushe::ui
