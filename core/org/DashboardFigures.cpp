#include "org/DashboardFigures.h"

#include "storage/DueList.h"
#include "storage/OrgTargetFacts.h"
#include "storage/OrgUnitRepository.h"
#include "storage/Sql.h"
#include "storage/StationStandardFacts.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace wushe::org {

namespace {

// Rows of a grouped statement as (key, value) pairs.
Result<QList<std::pair<QString, qint64>>> grouped(const QSqlDatabase& db, const QString& sql, const QVariantMap& binds)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (auto ok = storage::prepare(query, sql); !ok)
        return std::unexpected(ok.error());
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (auto ok = storage::exec(query, QStringLiteral("dashboard")); !ok)
        return std::unexpected(ok.error());
    QList<std::pair<QString, qint64>> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toLongLong()});
    return rows;
}

// The value grouped under `key`, 0 when the group has no rows.
qint64 valueOf(const QList<std::pair<QString, qint64>>& rows, const QString& key)
{
    for (const auto& [k, value] : rows)
        if (k == key)
            return value;
    return 0;
}

Result<void> loadStations(const QSqlDatabase& db, const CodeRange& range, DashboardFigures& figures)
{
    auto ids = grouped(db,
                       QStringLiteral("SELECT id, 0 FROM service_unit WHERE tier = 3 AND deleted = 0 "
                                      "AND org_code BETWEEN :low AND :high ORDER BY org_code"),
                       {{QStringLiteral(":low"), range.low}, {QStringLiteral(":high"), range.high}});
    if (!ids)
        return std::unexpected(ids.error());
    for (const auto& [id, unused] : *ids) {
        auto standard = storage::StationStandardFacts::evaluate(db, id, figures.day);
        if (!standard)
            return std::unexpected(standard.error());
        ++(standard->standardized ? figures.stationsStandardized : figures.stationsNotStandardized);
    }
    return {};
}

Result<void> loadOrganizations(const QSqlDatabase& db, const OrgUnit& unit, DashboardFigures& figures)
{
    auto counts = storage::OrgTargetFacts::counts(db, unit.code, figures.day);
    if (!counts)
        return std::unexpected(counts.error());
    // One bar per division right below the unit; a village is its own bar.
    QList<OrgUnit> parts;
    if (unit.level == OrgLevel::Village) {
        parts << unit;
    } else {
        auto children = storage::OrgUnitRepository(db).children(unit.code);
        if (!children)
            return std::unexpected(children.error());
        parts = *children;
    }
    for (const OrgUnit& part : parts) {
        DashboardFigures::OrgBar bar{part.code, part.name};
        const CodeRange range = subtreeRange(part.code, part.level);
        for (const rules::CommunityOrgCount& count : *counts) {
            if (!range.contains(count.code))
                continue;
            bar.organizations += count.organizations;
            bar.target += count.target;
            ++bar.communities;
            if (count.countMet && count.shareMet)
                ++bar.communitiesMet;
        }
        figures.organizations << bar;
    }
    return {};
}

} // namespace

QDate DashboardFigures::quarterStart(QDate day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

Result<DashboardFigures> DashboardFigures::load(const QSqlDatabase& db, const QString& code, QDate day)
{
    auto unit = storage::OrgUnitRepository(db).find(code);
    if (!unit)
        return std::unexpected(unit.error());
    if (!*unit)
        return fail(QStringLiteral("unit.unknown"),
                    QCoreApplication::translate("DashboardFigures", "区划%1不在本数据库中").arg(code));
    DashboardFigures figures;
    figures.code = code;
    figures.day = day;
    figures.quarterFrom = quarterStart(day);
    const CodeRange range = subtreeRange(code, (*unit)->level);
    const QVariantMap binds{{QStringLiteral(":low"), range.low},
                            {QStringLiteral(":high"), range.high},
                            {QStringLiteral(":from"), figures.quarterFrom.toString(Qt::ISODate)},
                            {QStringLiteral(":day"), day.toString(Qt::ISODate)}};

    if (auto ok = loadStations(db, range, figures); !ok)
        return std::unexpected(ok.error());
    if (auto ok = loadOrganizations(db, **unit, figures); !ok)
        return std::unexpected(ok.error());

    auto domains = grouped(db,
                           QStringLiteral("SELECT domain, count(*) FROM service_activity WHERE org_code BETWEEN :low AND :high "
                                          "AND deleted = 0 AND held_on BETWEEN :from AND :day GROUP BY domain"),
                           binds);
    if (!domains)
        return std::unexpected(domains.error());
    for (const auto& entry : kServiceDomains.entries()) {
        DomainCount count{entry.value};
        count.activities = valueOf(*domains, QLatin1String(entry.key));
        figures.activitiesByDomain << count;
    }

    const QDate firstMonth = QDate(day.year(), day.month(), 1).addMonths(1 - kMonths);
    QVariantMap monthBinds = binds;
    monthBinds.insert(QStringLiteral(":from"), firstMonth.toString(Qt::ISODate));
    auto months = grouped(db,
                          QStringLiteral("SELECT substr(served_on, 1, 7), sum(minutes) FROM volunteer_service "
                                         "WHERE org_code BETWEEN :low AND :high AND deleted = 0 "
                                         "AND served_on BETWEEN :from AND :day GROUP BY 1"),
                          monthBinds);
    if (!months)
        return std::unexpected(months.error());
    for (int i = 0; i < kMonths; ++i) {
        MonthMinutes month{firstMonth.addMonths(i)};
        month.minutes = valueOf(*months, month.month.toString(QStringLiteral("yyyy-MM")));
        figures.volunteerMinutes << month;
    }

    auto due = storage::DueList(db).dueAndOverdue(code, day, 0);
    if (!due)
        return std::unexpected(due.error());
    auto done = grouped(db,
                        QStringLiteral("SELECT ledger, count(*) FROM visit WHERE org_code BETWEEN :low AND :high "
                                       "AND deleted = 0 AND visit_on BETWEEN :from AND :day GROUP BY ledger"),
                        binds);
    if (!done)
        return std::unexpected(done.error());
    for (const auto& entry : kLedgers.entries()) {
        VisitBar bar{entry.value};
        for (const storage::DueItem& item : *due)
            if (item.ledger == entry.value)
                ++bar.due;
        bar.done = valueOf(*done, QLatin1String(entry.key));
        figures.visits << bar;
    }
    return figures;
}

} // namespace wushe::org
