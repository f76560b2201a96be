#include "DemoTestSupport.h"

#include "demo/DemoGenerator.h"
#include "domain/ServiceUnit.h"
#include "rules/IdNumber.h"
#include "rules/PhoneNumber.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace wushe;
using namespace wushe::test;

namespace {

// Every column of every row the demo wrote, in id order.
QString dump(const storage::Database& db)
{
    QString text;
    for (const char* table : {"service_unit", "station_staff"}) {
        QSqlQuery query(db.sql());
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                text += query.value(i).toString() + u'\t';
            text += u'\n';
        }
    }
    return text;
}

QList<QStringList> rows(const storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    REQUIRE(query.exec(sql));
    QList<QStringList> result;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i).toString();
        result << row;
    }
    return result;
}

} // namespace

TEST_CASE("Demo people have valid, local, consistent personal data", "[demo]")
{
    const storage::Database& db = *defaultDemo().db;
    static const QRegularExpression hanName(QStringLiteral("^\\p{Han}{2,3}$"));
    const auto staff = rows(db, QStringLiteral("SELECT name, id_number, phone FROM station_staff"));
    REQUIRE(staff.size() > 30);
    int women = 0;
    for (const QStringList& person : staff) {
        INFO(u8(person.join(u' ')));
        CHECK(hanName.match(person[0]).hasMatch());
        const auto id = rules::IdNumber::parse(person[1], kToday);
        REQUIRE(id.has_value());
        CHECK(u8(id->regionCode()) == "610523");
        CHECK(id->ageOn(kToday) >= 18);
        CHECK(id->ageOn(kToday) <= 65);
        // Given names fit the sex coded in the ID number.
        const bool woman = id->sex() == rules::Sex::Female;
        women += woman ? 1 : 0;
        static const QRegularExpression female(QStringLiteral("[娜芳婷娟霞艳燕琴]"));
        static const QRegularExpression male(QStringLiteral("[伟强刚军勇杰磊鹏]"));
        CHECK_FALSE((woman ? male : female).match(person[0].mid(1)).hasMatch());
        CHECK(rules::checkPhoneNumber(person[2]).value() == person[2]);
    }
    CHECK(women > 0);
    CHECK(women < staff.size());
    for (const QStringList& unit : rows(db, QStringLiteral("SELECT phone FROM service_unit"))) {
        INFO(u8(unit[0]));
        CHECK(rules::checkPhoneNumber(unit[0]).value() == unit[0]);
        CHECK_FALSE(unit[0].isEmpty());
    }
}

TEST_CASE("Demo service units sit on the level of their tier", "[demo]")
{
    const storage::Database& db = *defaultDemo().db;
    const auto units = rows(db, QStringLiteral("SELECT s.tier, o.level, s.org_code FROM service_unit s "
                                               "JOIN org_unit o ON o.code = s.org_code"));
    REQUIRE(units.size() > 100);
    for (const QStringList& unit : units) {
        INFO(u8(unit.join(u' ')));
        CHECK(u8(kOrgLevels.key(orgLevelOfTier(ServiceTier(unit[0].toInt())))) == u8(unit[1]));
    }
    // Staff per township station on the day: some below the ≥ 3 rule, some meeting it.
    const auto sizes = rows(db, QStringLiteral("SELECT s.org_code, count(f.id) FROM service_unit s "
                                               "LEFT JOIN station_staff f ON f.service_unit_id = s.id "
                                               "AND f.start_on <= '%1' AND f.end_on IS NULL "
                                               "WHERE s.tier = 3 GROUP BY s.id")
                                    .arg(kToday.toString(Qt::ISODate)));
    REQUIRE(sizes.size() >= 10);
    const auto below = std::count_if(sizes.cbegin(), sizes.cend(), [](const QStringList& r) { return r[1].toInt() < 3; });
    CHECK(below > 0);
    CHECK(below < sizes.size());
}

TEST_CASE("The same seed gives the same demo data", "[demo]")
{
    const QString first = dump(*defaultDemo().db);
    CHECK(u8(dump(*defaultDemoThroughRepository().db)) == u8(first));
    CHECK(dump(*otherSeedDemo().db) != first);
    CHECK(first.count(u'\n') > 100);
}
