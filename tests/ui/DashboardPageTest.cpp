#include "DashboardPage.h"
#include "demo/DemoGenerator.h"
#include "org/DivisionCatalog.h"
#include "org/JurisdictionCreator.h"
#include "storage/Sql.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <numeric>

#include <catch2/catch.hpp>

using namespace wushe;

namespace {

// The values of the chart's first bar set named `label`.
QList<qreal> barValues(QChart* chart, const QString& label)
{
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets())
                if (set->label() == label) {
                    QList<qreal> values;
                    for (int i = 0; i < set->count(); ++i)
                        values << set->at(i);
                    return values;
                }
    return {};
}

QList<qint64> counts(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    QList<qint64> values;
    while (query.next())
        values << query.value(0).toLongLong();
    return values;
}

} // namespace

TEST_CASE("Dashboard charts carry the database's numbers", "[ui][dashboard]")
{
    const FixedClock clock(QDate(2026, 6, 30));
    QTemporaryDir dir;
    const auto catalog = org::DivisionCatalog::loadBundled();
    REQUIRE(catalog);
    auto db = org::JurisdictionCreator(*catalog).create(dir.filePath(QStringLiteral("dali.db")),
                                                        QStringLiteral("610523000000"), {QStringLiteral("test"), &clock});
    REQUIRE(db);
    REQUIRE(demo::DemoGenerator(*db, {QStringLiteral("test"), &clock}, {}).generate());

    ui::DashboardPage page(db->sql(), clock);
    page.setUnit(QStringLiteral("610523000000"), QStringLiteral("大荔县"));
    page.reload();
    REQUIRE(page.errorText().isEmpty());

    // Activities per domain this quarter, in the domains' order, counted here by SQL.
    QList<qreal> activities;
    for (const auto& entry : kServiceDomains.entries())
        activities << qreal(counts(db->sql(), QStringLiteral("SELECT count(*) FROM service_activity WHERE deleted = 0 "
                                                             "AND domain = '%1' AND held_on BETWEEN '2026-04-01' "
                                                             "AND '2026-06-30'")
                                                  .arg(QLatin1String(entry.key)))
                               .value(0));
    CHECK(barValues(page.activitiesChart(), QStringLiteral("活动次数")) == activities);
    CHECK(std::accumulate(activities.begin(), activities.end(), 0.0) > 0);

    // Volunteer hours of the 12 months to June 2026.
    QList<qreal> hours;
    for (int month = 0; month < 12; ++month) {
        const QDate first = QDate(2025, 7, 1).addMonths(month);
        hours << counts(db->sql(), QStringLiteral("SELECT coalesce(sum(minutes), 0) FROM volunteer_service WHERE deleted = 0 "
                                                  "AND served_on BETWEEN '%1' AND '%2'")
                                       .arg(first.toString(Qt::ISODate), first.addMonths(1).addDays(-1).toString(Qt::ISODate)))
                         .value(0) / 60.0;
    }
    CHECK(barValues(page.volunteerChart(), QStringLiteral("小时")) == hours);

    // Visits done this quarter per ledger.
    QList<qreal> done;
    for (const char* ledger : {"elderly", "child", "relief"})
        done << qreal(counts(db->sql(), QStringLiteral("SELECT count(*) FROM visit WHERE deleted = 0 AND ledger = '%1' "
                                                       "AND visit_on BETWEEN '2026-04-01' AND '2026-06-30'")
                                            .arg(QLatin1String(ledger)))
                          .value(0));
    CHECK(barValues(page.visitsChart(), QStringLiteral("本季度已访")) == done);
    CHECK(barValues(page.visitsChart(), QStringLiteral("待访（含逾期）")).size() == 3);

    // Organizations per township: 17 bars; their sum is every active organization.
    const QList<qreal> organizations = barValues(page.organizationsChart(), QStringLiteral("社区社会组织"));
    CHECK(organizations.size() == 17);
    CHECK(std::accumulate(organizations.begin(), organizations.end(), 0.0) ==
          qreal(counts(db->sql(), QStringLiteral("SELECT count(*) FROM community_org WHERE deleted = 0 AND status = 'active' "
                                                 "AND (founded_on IS NULL OR founded_on <= '2026-06-30')"))
                    .value(0)));

    // The stations' pie: one slice each for standardized and not, all 17 township stations.
    auto* pie = qobject_cast<QPieSeries*>(page.stationsChart()->series().value(0));
    REQUIRE(pie);
    REQUIRE(pie->count() == 2);
    CHECK(pie->sum() == qreal(counts(db->sql(), QStringLiteral("SELECT count(*) FROM service_unit WHERE deleted = 0 AND tier = 3"))
                                  .value(0)));
    CHECK(pie->slices().at(0)->value() == page.figures().stationsStandardized);

    // Another unit: the township's own figures.
    page.setUnit(QStringLiteral("610523101000"), QStringLiteral("许庄镇"));
    page.reload();
    auto* townshipPie = qobject_cast<QPieSeries*>(page.stationsChart()->series().value(0));
    REQUIRE(townshipPie);
    CHECK(townshipPie->sum() == 1);
}
