#pragma once

#include "Error.h"
#include "domain/CharityFund.h"
#include "domain/CharitySupermarket.h"
#include "domain/Donation.h"
#include "storage/RegistryTable.h"
#include "storage/WriteContext.h"

#include <QSqlDatabase>

#include <optional>

namespace wushe::storage {

// Charity resources of a jurisdiction: funds with their money flows, fundraising
// projects, donations and charity supermarkets. Amounts are fen, never negative;
// a fund's balance (initial + in − out) never goes below zero. The balance rule
// is on the totals, not day by day: an outflow dated before the inflow that
// covers it is accepted. Donations and flows are recorded separately (a money
// donation into a fund is not also booked as an inflow), and a fundraising
// project's raised amount is entered, not summed from donations. Multi-row
// work belongs in the caller's transaction (storage::inTransaction).
class CharityRepository
{
public:
    CharityRepository(QSqlDatabase db, WriteContext context) : m_db(std::move(db)), m_context(std::move(context)) {}

    Result<void> addFund(CharityFund& fund);
    Result<void> updateFund(CharityFund& fund); // refused when flows already spent more than the new initial amount
    Result<void> removeFund(CharityFund& fund); // tombstone; its flows stay as they were
    Result<std::optional<CharityFund>> findFund(const QString& id) const;
    Result<QList<CharityFund>> funds(const UnitPeriod& scope) const; // by established_on

    // initial + live inflows − live outflows.
    Result<qint64> balance(const QString& fundId) const;

    // An outflow, or removing an inflow, that would take the balance below zero is refused.
    Result<void> addFlow(FundFlow& flow);
    Result<void> updateFlow(FundFlow& flow);
    Result<void> removeFlow(FundFlow& flow);
    Result<QList<FundFlow>> flowsOf(const QString& fundId) const;
    Result<QList<FundFlow>> flows(const UnitPeriod& scope) const;

    Result<void> addProject(FundraisingProject& project);
    Result<void> updateProject(FundraisingProject& project);
    Result<void> removeProject(FundraisingProject& project);
    Result<std::optional<FundraisingProject>> findProject(const QString& id) const;
    Result<QList<FundraisingProject>> projects(const UnitPeriod& scope) const; // overlapping the period

    Result<void> addDonation(Donation& donation);
    Result<void> updateDonation(Donation& donation);
    Result<void> removeDonation(Donation& donation);
    Result<std::optional<Donation>> findDonation(const QString& id) const;
    Result<QList<Donation>> donations(const UnitPeriod& scope) const;

    Result<void> addSupermarket(CharitySupermarket& market);
    Result<void> updateSupermarket(CharitySupermarket& market);
    Result<void> removeSupermarket(CharitySupermarket& market);
    Result<std::optional<CharitySupermarket>> findSupermarket(const QString& id) const;
    Result<QList<CharitySupermarket>> supermarkets(const UnitPeriod& scope) const;

private:
    Result<void> validate(const CharityFund& fund) const;
    Result<void> validate(FundFlow& flow) const;
    Result<void> validate(const FundraisingProject& project) const;
    Result<void> validate(const Donation& donation) const;
    Result<void> validate(const CharitySupermarket& market) const;
    Result<CharityFund> liveFund(const QString& fundId) const;
    // Refuses when balance + change < 0.
    Result<void> keepBalance(const QString& fundId, qint64 changeFen) const;
    Result<void> notFuture(QDate day, const QString& key, const QString& what) const;

    QSqlDatabase m_db;
    WriteContext m_context;
};

} // namespace wushe::storage
