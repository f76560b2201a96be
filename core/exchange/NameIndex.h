#pragma once

#include "Error.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace wushe::exchange {

// Ids and names of the rows of a small table (stations, volunteer teams), for the
// columns that show a row by name and are read back by name.
class NameIndex
{
public:
    // `sql` selects id, name and the row's division code.
    static Result<NameIndex> load(const QSqlDatabase& db, const QString& sql);
    // Loads `index` from `sql` unless it is loaded already (exports and imports read
    // the names once, on first use).
    static Result<void> loadOnce(std::optional<NameIndex>& index, const QSqlDatabase& db, const QString& sql);
    // Live stations and rooms, for loadOnce().
    static QString stationsSql();

    QString name(const QString& id) const { return m_names.value(id); }
    // The id of the row called `name`; empty name → empty id. Two rows of one name
    // (two villages called 石槽 each with its 石槽社会工作室) are told apart by the
    // division closest to `nearCode` (longest common code prefix). Unknown or still
    // ambiguous names are errors that say so (`what`: 站点, 队伍 …).
    Result<QString> idOf(const QString& name, const QString& what, const QString& nearCode = {}) const;
    bool contains(const QString& name) const;
    void insert(const QString& id, const QString& name, const QString& orgCode = {});
    void remove(const QString& id);

private:
    QHash<QString, QString> m_names;      // id → name
    QHash<QString, QString> m_orgs;       // id → division code
    QHash<QString, QStringList> m_ids;    // match key of the name → ids
};

} // namespace wushe::exchange
