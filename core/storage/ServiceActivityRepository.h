#pragma once

#include "Error.h"
#include "domain/ServiceActivity.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace wushe::storage {

// Service activities with their participants (organizations, volunteers, social
// workers) and the ledger persons they served, saved together.
class ServiceActivityRepository
{
public:
    ServiceActivityRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // `newId` (demo data) gives the link rows reproducible ids.
    Result<void> add(ServiceActivity& activity, const std::function<QString()>& newId = {});
    Result<void> update(ServiceActivity& activity);
    Result<void> remove(ServiceActivity& activity); // tombstones the activity and its link rows

    Result<std::optional<ServiceActivity>> find(const QString& id) const;
    // Live activities held under the division in [from, to], by date.
    Result<QList<ServiceActivity>> list(const QString& underCode, QDate from, QDate to) const;
    // Live activities run by one service unit in [from, to], by date.
    Result<QList<ServiceActivity>> ofUnit(const QString& serviceUnitId, QDate from, QDate to) const;

private:
    Result<void> validate(ServiceActivity& activity) const;
    Result<void> saveLinks(const ServiceActivity& activity, const std::function<QString()>& newId);
    Result<QList<ServiceActivity>> select(const QString& where, const QVariantMap& binds) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
