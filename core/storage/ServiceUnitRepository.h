#pragma once

#include "Error.h"
#include "domain/ServiceUnit.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// Service units of the four tiers and the staff of their stations.
class ServiceUnitRepository
{
public:
    ServiceUnitRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Validates (tier matches the division's level, one live unit per division and
    // tier, no future dates) and stores; `unit.meta` is filled in.
    Result<void> add(ServiceUnit& unit);
    Result<void> update(ServiceUnit& unit);
    Result<void> remove(ServiceUnit& unit); // tombstone

    Result<std::optional<ServiceUnit>> find(const QString& id) const;
    Result<std::optional<ServiceUnit>> forOrg(const QString& orgCode, ServiceTier tier) const;
    // Live units of the division and all divisions below it, by tier then code.
    Result<QList<ServiceUnit>> under(const QString& orgCode) const;

    Result<void> addStaff(StationStaff& staff);
    Result<void> updateStaff(StationStaff& staff);
    Result<void> removeStaff(StationStaff& staff);
    // Staff of one unit; with a valid `activeOn`, only those at the station on that day.
    Result<QList<StationStaff>> staffOf(const QString& serviceUnitId, QDate activeOn = {}) const;

private:
    Result<void> validate(const ServiceUnit& unit) const;
    Result<void> validate(const StationStaff& staff) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
