#pragma once

#include "Error.h"

#include <QHash>
#include <QSqlDatabase>

namespace wushe::exchange {

// Ids and names of the rows of a small table (stations, volunteer teams), for the
// columns that show a row by name and are read back by name.
class NameIndex
{
public:
    // `sql` selects id, name.
    static Result<NameIndex> load(const QSqlDatabase& db, const QString& sql);

    QString name(const QString& id) const { return m_names.value(id); }
    // The id of the row called `name`; empty name → empty id. Unknown or ambiguous
    // names are errors that say so (`what`: 站点, 队伍 …).
    Result<QString> idOf(const QString& name, const QString& what) const;
    bool contains(const QString& name) const;
    void insert(const QString& id, const QString& name);
    void remove(const QString& id);

private:
    QHash<QString, QString> m_names;      // id → name
    QHash<QString, QStringList> m_ids;    // match key of the name → ids
};

} // namespace wushe::exchange
