#pragma once

#include "Error.h"
#include "domain/OrgUnit.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

namespace wushe::exchange {

// The database's divisions by code and by name, for the 村（社区） and 乡镇（街道）
// columns: written by name, read back by name (or code) from the unit tree.
class UnitResolver
{
public:
    static Result<UnitResolver> load(const QSqlDatabase& db);

    const OrgUnit* find(const QString& code) const;
    // The database's jurisdiction (the root of the tree).
    QString rootCode() const { return m_units.isEmpty() ? QString() : m_units.first().code; }
    QString name(const QString& code) const;
    // The township (乡镇/街道) a village belongs to; empty above townships.
    QString townshipName(const QString& code) const;
    // The code of the division called `name` (a village first), inside the township
    // called `township` when given, or given as a 12-digit code. Errors say whether
    // the name is unknown or names several villages.
    Result<QString> resolve(const QString& code, const QString& name, const QString& township) const;

private:
    QList<OrgUnit> m_units;
    QHash<QString, int> m_byCode;
    QHash<QString, QList<int>> m_byName; // ValueNormalizer::matchKey of the name (and its short forms)
};

} // namespace wushe::exchange
