#pragma once

#include "Error.h"
#include "domain/OrgUnit.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// The divisions held by a database: its jurisdiction and everything below it.
class OrgUnitRepository
{
public:
    explicit OrgUnitRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<void> insertAll(const QList<OrgUnit>& units);
    // Depth-first in code order, the jurisdiction first.
    Result<QList<OrgUnit>> all() const;
    // `under` and all its descendants, in the same order.
    Result<QList<OrgUnit>> subtree(const QString& under) const;
    Result<std::optional<OrgUnit>> find(const QString& code) const;
    Result<QList<OrgUnit>> children(const QString& code) const;
    Result<OrgUnit> jurisdiction() const;

private:
    Result<QList<OrgUnit>> select(const QString& where, const QVariantMap& binds) const;
    QSqlDatabase m_db;
};

} // namespace wushe::storage
