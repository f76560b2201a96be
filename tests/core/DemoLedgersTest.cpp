// The demo's three ledgers and their visits: valid, consistent, in proportion,
// reproducible. Most cases read the default demo (scale 1, one year, generated once).

#include "DemoTestSupport.h"
#include "rules/IdNumber.h"
#include "rules/LedgerRules.h"
#include "rules/PhoneNumber.h"
#include "rules/VisitSchedule.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace wushe;
using namespace wushe::test;

namespace {

const storage::Database& shared()
{
    return *defaultDemo().db;
}

qint64 count(const storage::Database& db, const QString& sql)
{
    auto value = storage::scalarInt(db.sql(), sql);
    INFO(u8(sql));
    REQUIRE(value.has_value());
    return *value;
}

QList<QStringList> rows(const storage::Database& db, const QString& sql)
{
    QSqlQuery query(db.sql());
    query.setForwardOnly(true);
    INFO(u8(sql));
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

// Percent of the rows of `table` matching `condition`.
double share(const storage::Database& db, const QString& table, const QString& condition)
{
    return 100.0 *
           double(count(db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, condition))) /
           double(count(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
}

// Every row of every table the demo writes, in key order, hashed.
QByteArray digest(const storage::Database& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* table :
         {"service_unit", "station_staff", "person", "person_name_index", "elderly_record", "child_record",
          "relief_household", "relief_member", "visit", "social_worker", "training", "training_trainee",
          "community_org", "volunteer_team", "volunteer", "volunteer_service", "service_activity",
          "activity_participant", "activity_person",
          // charity and purchased services (migration 005)
          "charity_fund", "charity_fund_flow", "fundraising_project", "donation", "charity_supermarket",
          "happy_home_project", "charity_referral", "purchased_project", "project_spending", "project_evaluation"}) {
        QSqlQuery query(db.sql());
        query.setForwardOnly(true);
        const QString order = QLatin1String(table) == QLatin1String("person_name_index")
                                  ? QStringLiteral("gram, person_id")
                                  : QStringLiteral("id");
        REQUIRE(query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY %2").arg(QLatin1String(table), order)));
        hash.addData(QByteArray(table));
        while (query.next()) {
            for (int i = 0; i < query.record().count(); ++i)
                hash.addData(query.value(i).toString().toUtf8() + '\t');
            hash.addData(QByteArrayView("\n"));
        }
    }
    return hash.result().toHex();
}

qint64 rowsOf(const demo::DemoSummary& summary, const QString& table)
{
    for (const auto& [name, rows] : summary.rowsPerTable)
        if (name == table)
            return rows;
    return -1;
}

// "row: reason" for the first few offenders, so a failure says which rows.
struct Offenders
{
    QStringList lines;
    int total = 0;
    void add(const QString& line)
    {
        if (++total <= 5)
            lines << line;
    }
    std::string text() const
    {
        return u8(QStringLiteral("%1 offending rows, e.g.\n").arg(total) + lines.join(u'\n'));
    }
};

} // namespace

TEST_CASE("Demo ledgers: every person's ID number is valid, local and matches birth date and sex",
          "[demo][ledgers]")
{
    const storage::Database& db = shared();
    const auto people =
        rows(db, QStringLiteral("SELECT id_number, birth_date, sex, name, phone, org_code FROM person"));
    REQUIRE(people.size() > 4000);
    static const QRegularExpression hanName(QStringLiteral("^\\p{Han}{2,3}$"));
    static const QRegularExpression female(QStringLiteral("[娜芳婷娟霞艳燕琴]"));
    static const QRegularExpression male(QStringLiteral("[伟强刚军勇杰磊鹏]"));
    Offenders bad;
    for (const QStringList& p : people) {
        const auto id = rules::IdNumber::parse(p[0], kToday);
        const QString row = p.join(u' ');
        if (!id || id->text() != p[0]) {
            bad.add(row + QStringLiteral(": invalid ID"));
            continue;
        }
        if (id->birthDate() != QDate::fromString(p[1], Qt::ISODate))
            bad.add(row + QStringLiteral(": birth date"));
        if ((id->sex() == rules::Sex::Male ? QStringLiteral("male") : QStringLiteral("female")) != p[2])
            bad.add(row + QStringLiteral(": sex"));
        if (id->regionCode() != p[5].left(6))
            bad.add(row + QStringLiteral(": region"));
        if (!hanName.match(p[3]).hasMatch() ||
            (id->sex() == rules::Sex::Female ? male : female).match(p[3].mid(1)).hasMatch())
            bad.add(row + QStringLiteral(": name"));
        if (rules::checkPhoneNumber(p[4]).value_or(QStringLiteral("?")) != p[4])
            bad.add(row + QStringLiteral(": phone"));
    }
    INFO(bad.text());
    CHECK(bad.total == 0);
    // Guardians' and supporters' numbers are valid too.
    for (const QStringList& r :
         rows(db, QStringLiteral("SELECT guardian_id_number, guardian_phone, father_phone, "
                                 "mother_phone FROM child_record")))
        if (!r[0].isEmpty() && !rules::IdNumber::parse(r[0], kToday))
            bad.add(r.join(u' ') + QStringLiteral(": guardian ID"));
    for (const QStringList& r : rows(db, QStringLiteral("SELECT supporter_phone FROM elderly_record")))
        if (rules::checkPhoneNumber(r[0]).value_or(QStringLiteral("?")) != r[0])
            bad.add(r[0] + QStringLiteral(": supporter phone"));
    INFO(bad.text());
    CHECK(bad.total == 0);
}

TEST_CASE("Demo ledgers: the ledger rules hold and the fields agree with each other", "[demo][ledgers]")
{
    const storage::Database& db = shared();
    Offenders bad;
    // Elderly: 60+ when registered, 高龄 80+, never registered in the future.
    for (const QStringList& r :
         rows(db, QStringLiteral("SELECT birth_date, registered_on, categories, family_structure, "
                                 "health_status, supporter_name FROM elderly_record"))) {
        const QDate birth = QDate::fromString(r[0], Qt::ISODate);
        const QDate registered = QDate::fromString(r[1], Qt::ISODate);
        const quint32 categories = r[2].toUInt();
        const int age = rules::ageOn(birth, registered);
        if (age < 60 || registered > kToday)
            bad.add(r.join(u' ') + QStringLiteral(": age/registration"));
        if (((categories & quint32(ElderlyCategory::VeryOld)) != 0) !=
            (age >= 80 && rules::ageOn(birth, kToday) >= 80))
            bad.add(r.join(u' ') + QStringLiteral(": 高龄"));
        if (((categories & quint32(ElderlyCategory::LivingAlone)) != 0) != (r[3] == QStringLiteral("alone")))
            bad.add(r.join(u' ') + QStringLiteral(": 独居"));
        if (((categories & quint32(ElderlyCategory::Disabled)) != 0) !=
            (r[4] == QStringLiteral("no_self_care")))
            bad.add(r.join(u' ') + QStringLiteral(": 失能"));
        if ((categories & quint32(ElderlyCategory::DispersedSupport)) && !r[5].isEmpty())
            bad.add(r.join(u' ') + QStringLiteral(": 特困 with a supporter"));
    }
    // Children: under 18 when registered and today, 留守 under 16.
    for (const QStringList& r : rows(db, QStringLiteral("SELECT birth_date, registered_on, categories, "
                                                        "father_workplace, schooling FROM child_record"))) {
        const QDate birth = QDate::fromString(r[0], Qt::ISODate);
        const QDate registered = QDate::fromString(r[1], Qt::ISODate);
        const int age = rules::ageOn(birth, registered);
        const int today = rules::ageOn(birth, kToday);
        if (age < 0 || age >= 18 || today >= 18 || registered > kToday)
            bad.add(r.join(u' ') + QStringLiteral(": age"));
        if ((r[2].toUInt() & quint32(ChildCategory::LeftBehind)) && (age >= 16 || r[3].isEmpty()))
            bad.add(r.join(u' ') + QStringLiteral(": 留守"));
        if ((today <= 2 && r[4] != QStringLiteral("not_in_kindergarten")) ||
            (today >= 6 && today <= 11 && r[4] != QStringLiteral("primary") &&
             r[4] != QStringLiteral("not_in_school")))
            bad.add(r.join(u' ') + QStringLiteral(": schooling"));
    }
    INFO(bad.text());
    CHECK(bad.total == 0);

    // Relief: exactly one head, who is the household's head person; 特困 assessed.
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM relief_household h WHERE (SELECT count(*) FROM relief_member m "
                        "WHERE m.household_id = h.id AND m.relationship = 'head') <> 1")) == 0);
    CHECK(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM relief_household h JOIN relief_member m ON m.household_id = h.id "
                      "AND m.relationship = 'head' WHERE m.person_id <> h.head_person_id")) == 0);
    // The head was stored first (the repository keeps members in order).
    CHECK(count(db,
                QStringLiteral(
                    "SELECT count(*) FROM relief_household h WHERE (SELECT relationship FROM relief_member m "
                    "WHERE m.household_id = h.id ORDER BY m.rowid LIMIT 1) <> 'head'")) == 0);
    CHECK(
        count(db,
              QStringLiteral(
                  "SELECT count(*) FROM relief_household WHERE category LIKE 'tekun%' AND self_care = ''")) ==
        0);
    // Monthly amounts (fen) in the Shaanxi ranges; stopped households get nothing.
    CHECK(count(db,
                QStringLiteral("SELECT count(*) FROM relief_household WHERE status <> 'stopped' AND NOT ("
                               "(category = 'dibao_rural' AND monthly_amount_fen BETWEEN 30000 AND 70000) OR "
                               "(category = 'dibao_urban' AND monthly_amount_fen BETWEEN 50000 AND 90000) OR "
                               "(category LIKE 'tekun%' AND monthly_amount_fen BETWEEN 80000 AND 120000) OR "
                               "(category = 'temporary' AND monthly_amount_fen = 0))")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM relief_household WHERE status = 'stopped' AND "
                                   "monthly_amount_fen <> 0")) == 0);
    // Half-yearly reviews exactly where an able-bodied adult lives.
    CHECK(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM relief_household h WHERE (review_cycle = 'half_year') <> "
                      "(category LIKE 'dibao%' AND EXISTS (SELECT 1 FROM relief_member m JOIN person p "
                      "ON p.id = m.person_id WHERE m.household_id = h.id AND m.work_ability = 'full' AND "
                      "p.birth_date > date('%1', '-60 years') AND p.birth_date <= date('%1', '-18 years')))")
                      .arg(kToday.toString(Qt::ISODate))) == 0);

    // Visits: of a live record of their ledger, in its village, not in the future,
    // not before the history; checks and reviews for relief only, checks by two.
    CHECK(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM visit v WHERE NOT EXISTS (SELECT 1 FROM elderly_record r WHERE "
                      "r.id = v.subject_id AND v.ledger = 'elderly' AND r.org_code = v.org_code) AND NOT "
                      "EXISTS (SELECT 1 FROM child_record r WHERE r.id = v.subject_id AND v.ledger = 'child' "
                      "AND r.org_code = v.org_code) AND NOT EXISTS (SELECT 1 FROM relief_household r WHERE "
                      "r.id = v.subject_id AND v.ledger = 'relief' AND r.org_code = v.org_code)")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE visit_on > '%1' OR visit_on < '%2'")
                        .arg(kToday.toString(Qt::ISODate), kToday.addYears(-1).toString(Qt::ISODate))) == 0);
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM visit WHERE kind <> 'visit' AND ledger <> 'relief'")) == 0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE kind = 'household_check'")) > 900);
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM visit WHERE kind = 'household_check' AND (visitor_count < 2 "
                        "OR json_array_length(visitors) <> visitor_count)")) == 0);
    CHECK(
        count(
            db,
            QStringLiteral(
                "SELECT count(*) FROM visit v WHERE (SELECT count(DISTINCT json_extract(j.value, '$.name')) "
                "FROM json_each(v.visitors) j) <> visitor_count")) == 0);
    // Social workers are the staff of the subject's own township station.
    CHECK(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM visit v, json_each(v.visitors) j WHERE "
                      "json_extract(j.value, '$.role') = 'social_worker' AND NOT EXISTS (SELECT 1 FROM "
                      "station_staff s WHERE s.name = json_extract(j.value, '$.name') AND "
                      "substr(s.org_code, 1, 9) = substr(v.org_code, 1, 9) AND s.start_on <= v.visit_on)")) ==
        0);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM visit v, json_each(v.visitors) j WHERE "
                                   "json_extract(j.value, '$.role') = 'social_worker'")) > 1000);
}

TEST_CASE("Demo ledgers: sizes and shares look like a tenth of a real county", "[demo][ledgers]")
{
    const storage::Database& db = shared();
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM elderly_record")) == 2000);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM child_record")) == 800);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM relief_household")) == 1000);
    const double members = double(count(db, QStringLiteral("SELECT count(*) FROM relief_member"))) / 1000.0;
    CHECK(members > 2.2);
    CHECK(members < 2.8);
    // Every village has some of each, in proportion to its size.
    CHECK(count(db, QStringLiteral("SELECT count(DISTINCT org_code) FROM elderly_record")) > 290);

    const auto between = [&](const char* table, const char* condition, double low, double high) {
        const double percent = share(db, QLatin1String(table), QLatin1String(condition));
        INFO(table << " " << condition << ": " << percent << " %");
        CHECK(percent >= low);
        CHECK(percent <= high);
    };
    const QString age80 =
        QStringLiteral("birth_date <= date('%1', '-80 years')").arg(kToday.toString(Qt::ISODate));
    between("elderly_record", u8(age80).c_str(), 10, 20);
    between("elderly_record", "categories & 1", 22, 38);   // 留守
    between("elderly_record", "categories & 2", 10, 20);   // 独居
    between("elderly_record", "categories & 4", 18, 32);   // 空巢
    between("elderly_record", "categories & 8", 5, 12);    // 失能
    between("elderly_record", "categories & 16", 2, 7);    // 重残
    between("elderly_record", "categories & 32", 0.5, 4);  // 计生特殊
    between("elderly_record", "categories & 128", 14, 28); // 经济困难
    between("elderly_record", "categories & 256", 3, 8);   // 分散供养特困
    between("elderly_record", "risk_tier = 'high'", 3, 8);
    between("elderly_record", "risk_tier = 'key'", 28, 45);
    between("elderly_record", "risk_tier = 'general'", 50, 68);
    between("child_record", "categories & 1", 45, 65);  // 留守
    between("child_record", "categories & 14", 28, 48); // 困境
    between("child_record", "categories & 16", 3, 10);  // 事实无人抚养
    between("child_record", "categories & 32", 1, 6);   // 孤儿
    between("relief_household", "category LIKE 'dibao%'", 70, 85);
    between("relief_household", "category = 'tekun_dispersed'", 9, 15);
    between("relief_household", "category = 'tekun_centralized'", 1.5, 5);
    between("relief_household", "category = 'temporary'", 3, 7);
    // Amounts change or stop at a review: after one year, few have had theirs yet.
    between("relief_household", "status = 'active'", 85, 99);
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM relief_household WHERE status = 'stopped'")) > 5);
    between("relief_household", "review_cycle = 'half_year'", 15, 45);
    between("(SELECT * FROM visit WHERE ledger = 'elderly')", "mode IN ('home', 'phone')", 75, 97);
    between("(SELECT * FROM visit WHERE kind <> 'visit')", "referral = 'charity'", 2, 9); // 转介慈善救助
    // Rural villages have rural 低保, communities urban 低保.
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM relief_household h JOIN org_unit o ON o.code = h.org_code "
                        "WHERE (h.category = 'dibao_rural' AND o.kind = '社区') OR "
                        "(h.category = 'dibao_urban' AND o.kind = '村')")) == 0);
    // 留守 children live in villages, not communities, almost always.
    CHECK(
        count(db, QStringLiteral("SELECT count(*) FROM child_record c JOIN org_unit o ON o.code = c.org_code "
                                 "WHERE c.categories & 1 AND o.kind = '社区'")) < 30);
}

TEST_CASE("Demo ledgers: some people are in two ledgers, one person row each", "[demo][ledgers]")
{
    const storage::Database& db = shared();
    const qint64 elderlyInRelief = count(
        db, QStringLiteral(
                "SELECT count(*) FROM elderly_record e JOIN relief_member m ON m.person_id = e.person_id"));
    CHECK(elderlyInRelief >= 200); // 10–15 % of 2,000
    CHECK(elderlyInRelief <= 300);
    CHECK(
        count(db,
              QStringLiteral(
                  "SELECT count(*) FROM child_record c JOIN relief_member m ON m.person_id = c.person_id")) >
        30);
    // Every 分散供养特困 old person is in the relief ledger as such.
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM elderly_record e WHERE e.categories & 256 AND NOT EXISTS ("
                        "SELECT 1 FROM relief_member m JOIN relief_household h ON h.id = m.household_id "
                        "WHERE m.person_id = e.person_id AND h.category = 'tekun_dispersed')")) == 0);
    // One row per ID number; every row is someone's in a ledger or a registry.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM (SELECT id_number FROM person GROUP BY id_number "
                                   "HAVING count(*) > 1)")) == 0);
    CHECK(
        count(db, QStringLiteral(
                      "SELECT count(*) FROM person p WHERE NOT EXISTS (SELECT 1 FROM elderly_record e WHERE "
                      "e.person_id = p.id) AND NOT EXISTS (SELECT 1 FROM child_record c WHERE c.person_id = "
                      "p.id) AND NOT EXISTS (SELECT 1 FROM relief_member m WHERE m.person_id = p.id) "
                      "AND NOT EXISTS (SELECT 1 FROM social_worker w WHERE w.person_id = p.id) "
                      "AND NOT EXISTS (SELECT 1 FROM volunteer v WHERE v.person_id = p.id)")) == 0);
    // Linked people were not rewritten: every person row is at its first version.
    CHECK(count(db, QStringLiteral("SELECT count(*) FROM person WHERE version <> 1")) == 0);
    // Grandparents in the elderly ledger look after children of the same village.
    CHECK(count(db,
                QStringLiteral(
                    "SELECT count(*) FROM child_record c JOIN person p ON p.id_number = c.guardian_id_number "
                    "JOIN elderly_record e ON e.person_id = p.id AND e.org_code = c.org_code")) > 20);
}

TEST_CASE("Demo ledgers: most records are visited on time, some are overdue today", "[demo][ledgers]")
{
    const storage::Database& db = shared();
    // The rule's own SQL: next due after the last visit (or the registration).
    const QString last =
        QStringLiteral("coalesce((SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = r.id "
                       "AND v.deleted = 0), r.registered_on)");
    const QString overdue =
        QStringLiteral("%1 < '%2'")
            .arg(rules::nextDueSql(last, QStringLiteral("r.visit_interval")), kToday.toString(Qt::ISODate));
    qint64 late = 0;
    qint64 all = 0;
    for (const char* table : {"elderly_record", "child_record"}) {
        late += count(
            db, QStringLiteral("SELECT count(*) FROM %1 r WHERE %2").arg(QLatin1String(table), overdue));
        all += count(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    }
    const QString reliefInterval =
        QStringLiteral("CASE r.review_cycle WHEN 'half_year' THEN 'half_year' ELSE 'year' END");
    late += count(db, QStringLiteral("SELECT count(*) FROM relief_household r WHERE %1 < '%2'")
                          .arg(rules::nextDueSql(last, reliefInterval), kToday.toString(Qt::ISODate)));
    all += 1000;
    INFO(late << " of " << all << " overdue");
    CHECK(late > all / 100);
    CHECK(late < all / 5);
    // Every record was visited when registered (relief: checked before).
    CHECK(count(db, QStringLiteral(
                        "SELECT count(*) FROM elderly_record r WHERE NOT EXISTS (SELECT 1 FROM visit v WHERE "
                        "v.subject_id = r.id AND v.visit_on = r.registered_on AND v.deleted = 0)")) == 0);
    // Weekly records got about a visit a week since registered.
    const auto weekly =
        rows(db, QStringLiteral("SELECT r.registered_on, count(v.id) FROM elderly_record r JOIN visit v ON "
                                "v.subject_id = r.id AND v.deleted = 0 WHERE r.visit_interval = 'week' "
                                "GROUP BY r.id"));
    REQUIRE(weekly.size() > 40);
    double weeks = 0;
    double visits = 0;
    for (const QStringList& r : weekly) {
        weeks += double(QDate::fromString(r[0], Qt::ISODate).daysTo(kToday)) / 7.0;
        visits += r[1].toDouble();
    }
    CHECK(visits / weeks > 0.8);
    CHECK(visits / weeks < 1.3);
}

TEST_CASE("Demo ledgers: same seed, same data, another seed, other data, every table reported",
          "[demo][ledgers]")
{
    // The second run writes its visits through VisitRepository::add: identical data
    // also shows that the generator's prepared statement writes the repository's rows.
    const QByteArray first = digest(shared());
    CHECK(digest(*defaultDemoThroughRepository().db) == first);
    CHECK(digest(*otherSeedDemo().db) != first);
    QStringList tables;
    for (const auto& [table, rows] : defaultDemo().summary.rowsPerTable) {
        tables << table;
        CHECK(rows == count(shared(), QStringLiteral("SELECT count(*) FROM %1").arg(table)));
    }
    CHECK(tables == QStringList{QStringLiteral("service_unit"), QStringLiteral("station_staff"),
                                QStringLiteral("person"), QStringLiteral("elderly_record"),
                                QStringLiteral("child_record"), QStringLiteral("relief_household"),
                                QStringLiteral("relief_member"), QStringLiteral("visit"),
                                QStringLiteral("social_worker"), QStringLiteral("training"),
                                QStringLiteral("training_trainee"), QStringLiteral("community_org"),
                                QStringLiteral("volunteer_team"), QStringLiteral("volunteer"),
                                QStringLiteral("volunteer_service"), QStringLiteral("service_activity"),
                                QStringLiteral("activity_participant"), QStringLiteral("activity_person"),
                                // charity and purchased services (migration 005)
                                QStringLiteral("charity_fund"), QStringLiteral("charity_fund_flow"),
                                QStringLiteral("fundraising_project"), QStringLiteral("donation"),
                                QStringLiteral("charity_supermarket"), QStringLiteral("happy_home_project"),
                                QStringLiteral("charity_referral"), QStringLiteral("purchased_project"),
                                QStringLiteral("project_spending"), QStringLiteral("project_evaluation")});
}

TEST_CASE("Demo ledgers: --scale 2 doubles the ledgers, --years 3 lengthens the history", "[demo][ledgers]")
{
    const DemoDb twice = generateDemo({2, 2022, 3});
    const storage::Database& once = shared();
    for (const char* table : {"elderly_record", "child_record", "relief_household"})
        CHECK(count(*twice.db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))) ==
              2 * count(once, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    const double members = double(rowsOf(twice.summary, QStringLiteral("relief_member"))) /
                           double(count(once, QStringLiteral("SELECT count(*) FROM relief_member")));
    CHECK(members > 1.8);
    CHECK(members < 2.2);
    // Two times the records over three years: several times the visits, back to three years ago.
    CHECK(rowsOf(twice.summary, QStringLiteral("visit")) >
          4 * count(once, QStringLiteral("SELECT count(*) FROM visit")));
    CHECK(count(*twice.db, QStringLiteral("SELECT count(*) FROM visit WHERE visit_on < '%1'")
                               .arg(kToday.addYears(-2).toString(Qt::ISODate))) > 0);
    CHECK(count(*twice.db, QStringLiteral("SELECT count(*) FROM visit WHERE visit_on < '%1'")
                               .arg(kToday.addYears(-3).toString(Qt::ISODate))) == 0);
    // 停保/增发/减发 after three years of reviews.
    const double changed =
        share(*twice.db, QStringLiteral("relief_household"), QStringLiteral("status <> 'active'"));
    CHECK(changed > 8);
    CHECK(changed < 25);
}
