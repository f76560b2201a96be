#pragma once

#include "domain/CommunityOrg.h"
#include "exchange/RecordExchange.h"
#include "exchange/UnitResolver.h"
#include "storage/CommunityOrgRepository.h"

namespace wushe::exchange {

// 社区社会组织 registry as a table; an organization is known by its village and name.
class CommunityOrgExchange : public RecordExchange<CommunityOrg>
{
public:
    CommunityOrgExchange(QSqlDatabase db, storage::WriteContext context, const UnitResolver* units);

    QString name() const override { return QStringLiteral("organizations"); }
    QString title() const override;
    QStringList keyColumns() const override { return {QStringLiteral("org_code"), QStringLiteral("name")}; }
    Result<qint64> count(const ExportScope& scope) const override;

protected:
    Result<void> forEach(const ExportScope& scope, const std::function<bool(const CommunityOrg&)>& visit) const override;
    Result<std::optional<CommunityOrg>> findExisting(const ImportValues& values) const override;
    Result<void> add(CommunityOrg& org) override { return m_repository.add(org); }
    Result<void> update(CommunityOrg& org) override { return m_repository.update(org); }

private:
    const UnitResolver* m_units;
    storage::CommunityOrgRepository m_repository;
};

} // namespace wushe::exchange
