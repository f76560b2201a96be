#pragma once

#include "domain/SocialWorker.h"
#include "exchange/NameIndex.h"
#include "exchange/RecordExchange.h"
#include "exchange/UnitResolver.h"
#include "storage/SocialWorkerRepository.h"

namespace wushe::exchange {

// Social workers in their posts, known by ID number and start date. The post's
// division and where the person lives (居住…) are separate columns; the station
// is shown and read back by name.
class SocialWorkerExchange : public RecordExchange<SocialWorker>
{
public:
    SocialWorkerExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);

    QString name() const override { return QStringLiteral("social-workers"); }
    QString title() const override;
    QStringList keyColumns() const override { return {QStringLiteral("id_number"), QStringLiteral("start_on")}; }
    Result<qint64> count(const ExportScope& scope) const override;
    Result<ApplyOutcome> apply(const QList<ImportValues>& group) override;

protected:
    Result<void> forEach(const ExportScope& scope, const std::function<bool(const SocialWorker&)>& visit) const override;
    Result<std::optional<SocialWorker>> findExisting(const ImportValues& values) const override;
    Result<void> add(SocialWorker& worker) override;
    Result<void> update(SocialWorker& worker) override { return m_repository.update(worker); }

private:
    Result<void> loadStations() const;

    QSqlDatabase m_db;
    const UnitResolver* m_units;
    storage::SocialWorkerRepository m_repository;
    mutable std::optional<NameIndex> m_stations;
};

} // namespace wushe::exchange
