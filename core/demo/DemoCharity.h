#pragma once

#include "Error.h"
#include "demo/ChineseNames.h"
#include "domain/OrgUnit.h"
#include "storage/WriteContext.h"

#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>

namespace wushe::demo {

// Rows the charity and purchased-service demo stored, as TABLE → ROWS lines.
using CharityCounts = QList<std::pair<QString, qint64>>;

// Charity resources and purchased service projects of a demo database, per
// county: a county charity fund and a few community funds with their money flows,
// fundraising projects, donations (money and goods), charity supermarkets,
// 幸福家园 in 30–60 % of one pilot township's villages and a few elsewhere,
// referrals of ~5 % of the relief households already stored, and 2–6 purchased
// projects per year with spending (labour ≥ 60 %) and evaluations. Amounts are
// realistic fen for a Shaanxi county; donations and flows grow with `scale`.
// Written through the repositories in the caller's transaction.
class DemoCharity
{
public:
    DemoCharity(QSqlDatabase db, storage::WriteContext context, QRandomGenerator& random, ChineseNames& people,
                int scale, int years);

    Result<CharityCounts> generate(const QList<OrgUnit>& units);

private:
    struct County;

    Result<void> funds(const County& county);
    Result<void> donations(const County& county);
    Result<void> supermarkets(const County& county);
    Result<void> happyHomes(const County& county);
    Result<void> referrals();
    Result<void> purchasedProjects(const County& county);

    bool chance(double p);
    int between(int low, int high); // inclusive
    qint64 yuan(int low, int high);  // whole yuan in [low, high], as fen
    QDate dayBetween(QDate from, QDate to);

    QSqlDatabase m_db;
    storage::WriteContext m_context;
    QRandomGenerator& m_random;
    ChineseNames& m_people;
    int m_scale = 1;
    QDate m_today;
    QDate m_windowStart;
    qint64 m_funds = 0, m_flows = 0, m_projects = 0, m_donations = 0, m_markets = 0, m_homes = 0, m_referrals = 0,
           m_purchased = 0, m_spending = 0, m_evaluations = 0;
    QString m_countyFundId; // of the county being generated
    QStringList m_projectIds;
};

} // namespace wushe::demo
