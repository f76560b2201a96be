#include "DemoTestSupport.h"

#include "storage/OrgTargetFacts.h"
#include "storage/Sql.h"
#include "storage/StationStandardFacts.h"

#include <QSqlQuery>

using namespace wushe;
using namespace wushe::test;

namespace {

qint64 count(const QString& sql)
{
    return storage::scalarInt(defaultDemo().db->sql(), sql).value();
}

qint64 rowsOf(const QString& table)
{
    for (const auto& [name, rows] : defaultDemo().summary.rowsPerTable)
        if (name == table)
            return rows;
    return -1;
}

} // namespace

TEST_CASE("Demo registries: every table is filled at a county's proportions", "[demo][registry]")
{
    for (const char* table : {"social_worker", "training", "training_trainee", "community_org", "volunteer_team",
                              "volunteer", "volunteer_service", "service_activity", "activity_participant",
                              "activity_person"}) {
        INFO(table);
        const QString name = QString::fromLatin1(table);
        CHECK(rowsOf(name) > 0);
        CHECK(rowsOf(name) == count(QStringLiteral("SELECT count(*) FROM %1").arg(name)));
    }
    // Scale 1 is a tenth of 大荔县: ~100 organizations, ~500 volunteers.
    CHECK(rowsOf(QStringLiteral("community_org")) >= 60);
    CHECK(rowsOf(QStringLiteral("community_org")) <= 200);
    CHECK(rowsOf(QStringLiteral("volunteer")) == 500);
    // Social workers: the station staff plus community workers.
    CHECK(count(QStringLiteral("SELECT count(*) FROM social_worker WHERE post IN ('station_head', 'resident_worker')"))
          >= count(QStringLiteral("SELECT count(*) FROM station_staff")) - 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM social_worker WHERE is_community_worker = 1"))
          == count(QStringLiteral("SELECT count(*) FROM service_unit WHERE tier = 4")));
    // Every township station has work each month of the year it has existed.
    CHECK(count(QStringLiteral("SELECT count(*) FROM service_activity a JOIN service_unit u ON u.id = a.service_unit_id "
                               "WHERE u.tier = 3"))
          >= 3 * 10 * count(QStringLiteral("SELECT count(*) FROM service_unit WHERE tier = 3 AND established_on <= '2025-06-30'")));
    // Trainings at all three levels.
    CHECK(count(QStringLiteral("SELECT count(DISTINCT level) FROM training")) == 3);
}

TEST_CASE("Demo registries: station staff are social workers, some volunteers are in a ledger", "[demo][registry]")
{
    // Same ID number as the staff row: the same person.
    CHECK(count(QStringLiteral("SELECT count(*) FROM social_worker w JOIN person p ON p.id = w.person_id "
                               "JOIN station_staff s ON s.id_number = p.id_number AND s.service_unit_id = w.service_unit_id"))
          == count(QStringLiteral("SELECT count(*) FROM social_worker WHERE post IN ('station_head', 'resident_worker')")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM volunteer v WHERE EXISTS (SELECT 1 FROM elderly_record e "
                               "WHERE e.person_id = v.person_id) OR EXISTS (SELECT 1 FROM relief_member m "
                               "WHERE m.person_id = v.person_id)"))
          > 0);
    // Volunteer minutes of an activity are its volunteers' service records.
    CHECK(count(QStringLiteral("SELECT count(*) FROM service_activity a WHERE volunteer_minutes <> "
                               "(SELECT coalesce(sum(minutes), 0) FROM volunteer_service s WHERE s.activity_id = a.id)"))
          == 0);
    CHECK(count(QStringLiteral("SELECT count(*) FROM volunteer_service WHERE with_social_worker = 1")) > 0);
}

TEST_CASE("Demo registries: some stations are standardized, some communities below target", "[demo][registry]")
{
    const QSqlDatabase sql = defaultDemo().db->sql();
    QSqlQuery stations(sql);
    REQUIRE(stations.exec(QStringLiteral("SELECT id FROM service_unit WHERE tier = 3 AND deleted = 0")));
    int standardized = 0;
    int failing = 0;
    while (stations.next()) {
        const auto result = storage::StationStandardFacts::evaluate(sql, stations.value(0).toString(), kToday);
        REQUIRE(result.has_value());
        (result->standardized ? standardized : failing) += 1;
    }
    CHECK(standardized > 0);
    CHECK(failing > 0);
    const auto all = storage::OrgTargetFacts::counts(sql, QStringLiteral("610523000000"), kToday).value();
    const auto below = storage::OrgTargetFacts::belowTarget(sql, QStringLiteral("610523000000"), kToday).value();
    CHECK(all.size() > below.size());
    CHECK(!below.isEmpty());
}
