#include "demo/DemoGenerator.h"

#include "demo/ChineseNames.h"
#include "demo/DemoCharity.h"
#include "demo/DemoLedgers.h"
#include "demo/DemoRegistry.h"
#include "demo/DemoVisits.h"
#include "storage/OrgUnitRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QScopeGuard>

namespace wushe::demo {

namespace {

// Page cache while generating (SQLite's default is 2 MB). Measured on the 10-year,
// scale-10 county (~770 MB): 73 s with the default, 56 s with 256 MB, no gain above.
constexpr int kDemoCacheKiB = 256 * 1024;

// Share of divisions that have set up their tier's service unit, and of those,
// the share built to standard: township stations are the programme's focus.
int coveragePercent(ServiceTier tier)
{
    switch (tier) {
    case ServiceTier::CityWorkBody: return 100;
    case ServiceTier::CountyStation: return 90;
    case ServiceTier::TownshipStation: return 88;
    case ServiceTier::CommunityRoom: return 65;
    }
    return 0;
}

QString serviceUnitName(const OrgUnit& org, ServiceTier tier)
{
    switch (tier) {
    case ServiceTier::CityWorkBody: return org.name + QStringLiteral("“五社联动”工作办公室");
    case ServiceTier::CountyStation: return org.name + QStringLiteral("社会工作服务总站");
    case ServiceTier::TownshipStation: return org.name + QStringLiteral("社会工作服务站");
    case ServiceTier::CommunityRoom: {
        QString base = org.name;
        base.remove(QStringLiteral("居委会")).remove(QStringLiteral("村委会")).remove(QStringLiteral("委员会"));
        return base + QStringLiteral("社会工作室");
    }
    }
    return org.name;
}

// Short street-style address inside the division.
QString addressIn(const OrgUnit& org, const QString& jurisdictionPath, QRandomGenerator& random)
{
    if (org.level == OrgLevel::Village)
        return QStringLiteral("%1%2组%3号").arg(org.name).arg(random.bounded(1, 12)).arg(random.bounded(1, 120));
    return QStringLiteral("%1%2 政府路%3号").arg(jurisdictionPath, org.level == OrgLevel::County ? QString() : org.name)
        .arg(random.bounded(1, 300));
}

} // namespace

Result<DemoSummary> DemoGenerator::generate()
{
    if (m_options.scale < 1)
        return fail(QStringLiteral("demo.scale"),
                    QCoreApplication::translate("DemoGenerator", "--scale 应为不小于1的整数"));
    if (m_options.years < 1 || m_options.years > 15)
        return fail(QStringLiteral("demo.years"),
                    QCoreApplication::translate("DemoGenerator", "--years 应为1到15之间的整数"));
    QRandomGenerator random(m_options.seed);
    ChineseNames people(random);
    const QDate today = m_context.clock->today();

    auto units = storage::OrgUnitRepository(m_db.sql()).all();
    if (!units)
        return std::unexpected(units.error());
    if (units->isEmpty())
        return fail(QStringLiteral("db.no_jurisdiction"),
                    QCoreApplication::translate("DemoGenerator", "数据库中没有辖区，无法生成演示数据"));
    const QString jurisdictionPath = m_db.meta(QStringLiteral("jurisdiction_path")).remove(u' ');

    // One transaction of up to several hundred MB: keep its pages in memory rather
    // than spilling them to the WAL again and again (random UUID keys touch every
    // page of the primary-key indexes). Per connection, put back afterwards.
    const auto cacheSize = storage::scalarInt(m_db.sql(), QStringLiteral("PRAGMA cache_size"));
    if (!cacheSize)
        return std::unexpected(cacheSize.error());
    if (auto ok = storage::execSql(m_db.sql(), QStringLiteral("PRAGMA cache_size = -%1").arg(kDemoCacheKiB)); !ok)
        return std::unexpected(ok.error());
    const auto restoreCache = qScopeGuard([&] {
        (void)storage::execSql(m_db.sql(), QStringLiteral("PRAGMA cache_size = %1").arg(*cacheSize));
    });

    DemoTeams teams;
    storage::ServiceUnitRepository serviceUnits(m_db.sql(), m_context);
    qint64 unitCount = 0;
    qint64 staffCount = 0;
    for (const OrgUnit& org : *units) {
        const auto tier = tierOfOrgLevel(org.level);
        if (!tier || random.bounded(100) >= coveragePercent(*tier))
            continue;
        ServiceUnit unit;
        unit.meta.id = people.uuid();
        unit.meta.orgCode = org.code;
        unit.tier = *tier;
        unit.name = serviceUnitName(org, *tier);
        unit.establishedOn = people.dateBetween(QDate(2021, 3, 1), std::min(today, QDate(2024, 12, 31)));
        unit.address = addressIn(org, jurisdictionPath, random);
        unit.phone = QStringLiteral("0913-%1").arg(random.bounded(2000000, 9999999));
        unit.rulesInPlace = random.bounded(100) < 75;
        unit.standardized = unit.rulesInPlace && random.bounded(100) < 70;
        if (auto ok = serviceUnits.add(unit); !ok)
            return std::unexpected(ok.error());
        ++unitCount;
        if (unit.tier != ServiceTier::TownshipStation && unit.tier != ServiceTier::CountyStation)
            continue;
        // 2–5 resident staff; some stations fall short of the ≥ 3 rule, as in real life.
        const int staffSize = random.bounded(2, 6);
        for (int i = 0; i < staffSize; ++i) {
            StationStaff member;
            member.meta.id = people.uuid();
            member.meta.orgCode = org.code;
            member.serviceUnitId = unit.meta.id;
            const rules::Sex sex = people.anySex();
            member.name = people.fullName(sex);
            // Staff are registered where their station is: the county's own region code.
            member.idNumber = people.idNumber(org.code.left(6), people.dateBetween(QDate(1968, 1, 1), QDate(2001, 12, 31)), sex);
            member.phone = people.mobilePhone();
            member.post = i == 0 ? StaffPost::Head : StaffPost::ResidentWorker;
            member.startOn = people.dateBetween(unit.establishedOn, std::max(unit.establishedOn, today.addMonths(-1)));
            if (auto ok = serviceUnits.addStaff(member); !ok)
                return std::unexpected(ok.error());
            ++staffCount;
            if (unit.tier == ServiceTier::TownshipStation)
                teams.townships[org.code].staff << StaffOnDuty{member.name, member.startOn};
        }
    }

    DemoLedgers ledgers(m_db.sql(), m_context, random, people, m_options.scale, m_options.years);
    auto counts = ledgers.generate(*units, teams);
    if (!counts)
        return std::unexpected(counts.error());
    auto visits = DemoVisits(m_db.sql(), m_context, random, people, m_options.years, m_options.visitWriter)
                      .write(ledgers.subjects(), teams);
    if (!visits)
        return std::unexpected(visits.error());
    // The registries last, so the rows above stay as they were for a seed.
    auto registry = DemoRegistry(m_db.sql(), m_context, random, people, m_options.scale, m_options.years,
                                 m_db.meta(QStringLiteral("jurisdiction_path")))
                        .generate(*units);
    if (!registry)
        return std::unexpected(registry.error());

    // Charity resources and purchased services (migration 005).
    auto charity = DemoCharity(m_db.sql(), m_context, random, people, m_options.scale, m_options.years).generate(*units);
    if (!charity)
        return std::unexpected(charity.error());

    // person counts the registries' new people too (social workers, volunteers).
    DemoSummary summary{{{QStringLiteral("service_unit"), unitCount},
                         {QStringLiteral("station_staff"), staffCount},
                         {QStringLiteral("person"), counts->persons + registry->persons},
                         {QStringLiteral("elderly_record"), counts->elderly},
                         {QStringLiteral("child_record"), counts->children},
                         {QStringLiteral("relief_household"), counts->households},
                         {QStringLiteral("relief_member"), counts->members},
                         {QStringLiteral("visit"), *visits}}};
    summary.rowsPerTable << registry->rowsPerTable;
    summary.rowsPerTable.append(*charity); // charity and purchased services (migration 005)
    return summary;
}

} // namespace wushe::demo
