#pragma once

#include "domain/ServiceActivity.h"
#include "exchange/NameIndex.h"
#include "exchange/RecordExchange.h"
#include "exchange/UnitResolver.h"
#include "storage/ServiceActivityRepository.h"

namespace wushe::exchange {

// Service activities as a table, known by date, place and title. Participants and
// the persons served are not in the table: an update keeps them.
class ActivityExchange : public RecordExchange<ServiceActivity>
{
public:
    ActivityExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);

    QString name() const override { return QStringLiteral("activities"); }
    QString title() const override;
    QStringList keyColumns() const override
    {
        return {QStringLiteral("held_on"), QStringLiteral("org_code"), QStringLiteral("title")};
    }
    bool uniqueKeys() const override { return false; }
    Result<qint64> count(const ExportScope& scope) const override;
    Result<ApplyOutcome> apply(const QList<ImportValues>& group) override;

protected:
    Result<void> forEach(const ExportScope& scope, const std::function<bool(const ServiceActivity&)>& visit) const override;
    Result<std::optional<ServiceActivity>> findExisting(const ImportValues& values) const override;
    Result<void> add(ServiceActivity& activity) override { return m_repository.add(activity); }
    Result<void> update(ServiceActivity& activity) override { return m_repository.update(activity); }

private:
    Result<void> loadStations() const;
    // By date, then by the exported values (the order of export and of pairing).
    void sortByContent(QList<ServiceActivity>& activities) const;

    QSqlDatabase m_db;
    const UnitResolver* m_units;
    storage::ServiceActivityRepository m_repository;
    mutable std::optional<NameIndex> m_stations;
};

} // namespace wushe::exchange
