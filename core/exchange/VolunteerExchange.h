#pragma once

#include "domain/Volunteer.h"
#include "exchange/NameIndex.h"
#include "exchange/RecordExchange.h"
#include "exchange/UnitResolver.h"
#include "storage/VolunteerRepository.h"

namespace wushe::exchange {

// Volunteers as a table, known by ID number. The team is shown by name; a team
// named in the file that does not exist yet is created in the volunteer's division.
class VolunteerExchange : public RecordExchange<Volunteer>
{
public:
    VolunteerExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);

    QString name() const override { return QStringLiteral("volunteers"); }
    QString title() const override;
    QStringList keyColumns() const override { return {QStringLiteral("id_number")}; }
    Result<qint64> count(const ExportScope& scope) const override;
    Result<ApplyOutcome> apply(const QList<ImportValues>& group) override;
    void rolledBack() override;

protected:
    Result<void> forEach(const ExportScope& scope, const std::function<bool(const Volunteer&)>& visit) const override;
    Result<std::optional<Volunteer>> findExisting(const ImportValues& values) const override;
    void initNew(Volunteer& volunteer) const override;
    Result<void> add(Volunteer& volunteer) override;
    Result<void> update(Volunteer& volunteer) override { return m_repository.update(volunteer); }

private:
    Result<void> loadTeams() const;

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    const UnitResolver* m_units;
    storage::VolunteerRepository m_repository;
    mutable std::optional<NameIndex> m_teams;
    QStringList m_createdTeams; // by the row being applied
};

} // namespace wushe::exchange
