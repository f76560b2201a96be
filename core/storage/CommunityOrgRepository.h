#pragma once

#include "Error.h"
#include "domain/CommunityOrg.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// Community social organizations (社区社会组织) of the villages and communities.
class CommunityOrgRepository
{
public:
    CommunityOrgRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    // Validates (a village/community of the database, unique name there, 登记
    // needs its certificate number, no future founding date) and stores.
    Result<void> add(CommunityOrg& org);
    Result<void> update(CommunityOrg& org);
    Result<void> remove(CommunityOrg& org); // tombstone

    Result<std::optional<CommunityOrg>> find(const QString& id) const;
    // Live organizations under the division founded in [from, to] (null dates:
    // no limit; an unknown founding date only matches without limits), by
    // community then name.
    Result<QList<CommunityOrg>> list(const QString& underCode, QDate from = {}, QDate to = {}) const;

private:
    Result<void> validate(CommunityOrg& org) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
