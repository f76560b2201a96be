#pragma once

#include "Error.h"
#include "domain/HappyHomeProject.h"
#include "storage/RegistryTable.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// 幸福家园村社互助工程: only on a village (村/社区 level), one live project per
// village, funds used never more than funds raised, amounts in fen ≥ 0.
class HappyHomeRepository
{
public:
    HappyHomeRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    Result<void> add(HappyHomeProject& project);
    Result<void> update(HappyHomeProject& project);
    Result<void> remove(HappyHomeProject& project); // tombstone: the village may start a new one

    Result<std::optional<HappyHomeProject>> find(const QString& id) const;
    Result<std::optional<HappyHomeProject>> forVillage(const QString& villageCode) const;
    // Live projects under the unit started on or before the period's end (and after its start, if given).
    Result<QList<HappyHomeProject>> under(const UnitPeriod& scope) const;

private:
    Result<void> validate(const HappyHomeProject& project) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
