#pragma once

#include "Error.h"
#include "domain/CharityReferral.h"
#include "storage/RegistryTable.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// 转介慈善救助: referrals of relief households (社会救助台账) to charity aid. The
// household must be live; the referral belongs to the household's village.
class CharityReferralRepository
{
public:
    CharityReferralRepository(QSqlDatabase db, WriteContext context)
        : m_db(std::move(db)), m_context(std::move(context))
    {
    }

    // Sets referral.meta.orgCode to the household's village.
    Result<void> add(CharityReferral& referral);
    Result<void> update(CharityReferral& referral);
    Result<void> remove(CharityReferral& referral); // tombstone

    Result<std::optional<CharityReferral>> find(const QString& id) const;
    Result<QList<CharityReferral>> ofHousehold(const QString& householdId) const;
    Result<QList<CharityReferral>> under(const UnitPeriod& scope) const; // by referred_on

private:
    Result<void> validate(CharityReferral& referral) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
