#pragma once
// A small county database whose quarterly figures are worked out by hand
// (QuarterlyReportTest checks them one by one; tests/data/quarterly_reference.tsv
// is its reviewed TSV). The quarter is 2024Q2, the one before 2024Q1.

#include "TestSupport.h"
#include "storage/Sql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace wushe::test::fixture {

// One row of any user table: the common columns filled in, `columns` as given.
inline QString put(const QSqlDatabase& db, const QString& table, const QString& orgCode, const QVariantMap& columns,
                   bool deleted = false)
{
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList names{QStringLiteral("id"), QStringLiteral("org_code"), QStringLiteral("created_at"),
                      QStringLiteral("updated_at"), QStringLiteral("updated_by"), QStringLiteral("version"),
                      QStringLiteral("deleted")};
    QVariantList values{id, orgCode, QStringLiteral("2024-07-20T08:00:00.000Z"), QStringLiteral("2024-07-20T08:00:00.000Z"),
                        QStringLiteral("tester"), 1, deleted ? 1 : 0};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        names << it.key();
        values << it.value();
    }
    QStringList marks;
    for (int i = 0; i < names.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery query(db);
    REQUIRE(query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u','))));
    for (const QVariant& value : values)
        query.addBindValue(value);
    const bool ok = query.exec();
    INFO(u8(table + QStringLiteral(": ") + query.lastError().text()));
    REQUIRE(ok);
    return id;
}

struct Fixture
{
    QString county;
    QString t1; // first 街道 (urban)
    QString t2; // first 镇 (rural)
    QString v1, v2; // first two communities of t1
    QString v3, v4; // first two 村 of t2
};

inline QString firstCode(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    REQUIRE(query.next());
    return query.value(0).toString();
}

inline QString nthCode(const QSqlDatabase& db, const QString& sql, int n)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(sql));
    for (int i = 0; i <= n; ++i)
        REQUIRE(query.next());
    return query.value(0).toString();
}

inline int g_people = 0;

inline QString person(const QSqlDatabase& db, const QString& org, const QString& name, const QString& born)
{
    // Unique 18-character numbers; the report never checks their check digit.
    const QString idNumber = QStringLiteral("610523%1%2").arg(born.left(4) + born.mid(5, 2) + born.mid(8, 2)).arg(++g_people, 4, 10, QLatin1Char('0'));
    QString reversed = idNumber;
    std::reverse(reversed.begin(), reversed.end());
    return put(db, QStringLiteral("person"), org,
               {{QStringLiteral("id_number"), idNumber},
                {QStringLiteral("name"), name},
                {QStringLiteral("name_key"), name.toUtf8()},
                {QStringLiteral("sex"), QStringLiteral("male")},
                {QStringLiteral("birth_date"), born},
                {QStringLiteral("id_reversed"), reversed}});
}

inline QString elderly(const QSqlDatabase& db, const QString& org, const QString& name, const QString& registered,
                       int categories, const QString& interval, bool deleted = false)
{
    const QString p = person(db, org, name, QStringLiteral("1940-01-01"));
    return put(db, QStringLiteral("elderly_record"), org,
               {{QStringLiteral("person_id"), p},
                {QStringLiteral("name_key"), name.toUtf8()},
                {QStringLiteral("id_number"), QStringLiteral("x")},
                {QStringLiteral("birth_date"), QStringLiteral("1940-01-01")},
                {QStringLiteral("registered_on"), registered},
                {QStringLiteral("categories"), categories},
                {QStringLiteral("family_structure"), QStringLiteral("alone")},
                {QStringLiteral("health_status"), QStringLiteral("healthy")},
                {QStringLiteral("care_situation"), QStringLiteral("none")},
                {QStringLiteral("risk_tier"), QStringLiteral("general")},
                {QStringLiteral("visit_interval"), interval}},
               deleted);
}

inline QString child(const QSqlDatabase& db, const QString& org, const QString& name, const QString& registered,
                     int categories, const QString& interval)
{
    const QString p = person(db, org, name, QStringLiteral("2015-01-01"));
    return put(db, QStringLiteral("child_record"), org,
               {{QStringLiteral("person_id"), p},
                {QStringLiteral("name_key"), name.toUtf8()},
                {QStringLiteral("id_number"), QStringLiteral("x")},
                {QStringLiteral("birth_date"), QStringLiteral("2015-01-01")},
                {QStringLiteral("registered_on"), registered},
                {QStringLiteral("categories"), categories},
                {QStringLiteral("guardianship_type"), QStringLiteral("fair")},
                {QStringLiteral("schooling"), QStringLiteral("primary")},
                {QStringLiteral("health"), QStringLiteral("healthy")},
                {QStringLiteral("risk_tier"), QStringLiteral("key")},
                {QStringLiteral("visit_interval"), interval}});
}

inline QString relief(const QSqlDatabase& db, const QString& org, const QString& name, const QString& registered,
                      const QString& category, const QString& status, const QString& cycle)
{
    const QString p = person(db, org, name, QStringLiteral("1960-01-01"));
    return put(db, QStringLiteral("relief_household"), org,
               {{QStringLiteral("head_person_id"), p},
                {QStringLiteral("name_key"), name.toUtf8()},
                {QStringLiteral("id_number"), QStringLiteral("x")},
                {QStringLiteral("birth_date"), QStringLiteral("1960-01-01")},
                {QStringLiteral("registered_on"), registered},
                {QStringLiteral("category"), category},
                {QStringLiteral("monthly_amount_fen"), 50000},
                {QStringLiteral("start_on"), registered},
                {QStringLiteral("status"), status},
                {QStringLiteral("review_cycle"), cycle}});
}

inline void visit(const QSqlDatabase& db, const QString& org, const QString& ledger, const QString& subject, const QString& on,
                  const QString& kind = QStringLiteral("visit"), bool deleted = false)
{
    put(db, QStringLiteral("visit"), org,
        {{QStringLiteral("ledger"), ledger},
         {QStringLiteral("subject_id"), subject},
         {QStringLiteral("visit_on"), on},
         {QStringLiteral("mode"), QStringLiteral("home")},
         {QStringLiteral("kind"), kind},
         {QStringLiteral("visitors"), QStringLiteral("[]")},
         {QStringLiteral("visitor_count"), 2}},
        deleted);
}

// See QuarterlyReportTest for every figure this data gives, worked out by hand.
inline Fixture buildFixture(const QSqlDatabase& db)
{
    Fixture f;
    f.county = firstCode(db, QStringLiteral("SELECT code FROM org_unit WHERE level = 'county'"));
    f.t1 = firstCode(db, QStringLiteral("SELECT code FROM org_unit WHERE level = 'township' AND kind = '街道' ORDER BY code"));
    f.t2 = firstCode(db, QStringLiteral("SELECT code FROM org_unit WHERE level = 'township' AND kind = '镇' ORDER BY code"));
    const QString villagesOfT1 = QStringLiteral("SELECT code FROM org_unit WHERE parent_code = '%1' ORDER BY code").arg(f.t1);
    const QString villagesOfT2 = QStringLiteral("SELECT code FROM org_unit WHERE parent_code = '%1' AND kind = '村' ORDER BY code").arg(f.t2);
    f.v1 = nthCode(db, villagesOfT1, 0);
    f.v2 = nthCode(db, villagesOfT1, 1);
    f.v3 = nthCode(db, villagesOfT2, 0);
    f.v4 = nthCode(db, villagesOfT2, 1);
    const auto q = [](const char* text) { return QString::fromUtf8(text); };
    const QVariant null = QVariant(QMetaType(QMetaType::QString));

    // 一、service units and staff
    put(db, q("service_unit"), f.county, {{q("tier"), 2}, {q("name"), q("县总站")}, {q("established_on"), q("2023-01-01")}});
    const QString s2 = put(db, q("service_unit"), f.t1,
                           {{q("tier"), 3}, {q("name"), q("一站")}, {q("established_on"), q("2023-06-01")}, {q("rules_in_place"), 1}});
    const QString s3 = put(db, q("service_unit"), f.t2, {{q("tier"), 3}, {q("name"), q("二站")}, {q("established_on"), q("2024-05-10")}});
    put(db, q("service_unit"), f.v1, {{q("tier"), 4}, {q("name"), q("室一")}, {q("established_on"), q("2024-01-15")}});
    put(db, q("service_unit"), f.v2, {{q("tier"), 4}, {q("name"), q("室二")}, {q("established_on"), null}});
    put(db, q("service_unit"), f.v3, {{q("tier"), 4}, {q("name"), q("室三")}, {q("established_on"), q("2024-01-01")}}, true);
    put(db, q("service_unit"), f.v4, {{q("tier"), 4}, {q("name"), q("室四")}, {q("established_on"), q("2024-07-05")}});
    const auto staff = [&](const QString& unit, const QString& org, const char* name, const char* from, const QVariant& to,
                           bool deleted = false) {
        put(db, q("station_staff"), org,
            {{q("service_unit_id"), unit}, {q("name"), q(name)}, {q("post"), q("resident_worker")}, {q("start_on"), q(from)},
             {q("end_on"), to}},
            deleted);
    };
    staff(s2, f.t1, "甲", "2023-06-01", null);
    staff(s2, f.t1, "乙", "2023-06-01", q("2024-05-31"));
    staff(s2, f.t1, "丙", "2024-04-10", null);
    staff(s2, f.t1, "丁", "2024-01-01", null, true);
    staff(s2, f.t1, "戊", "2024-02-01", null);
    staff(s3, f.t2, "己", "2024-05-10", null);
    put(db, q("pilot_township"), f.t1, {{q("designated_on"), q("2024-01-01")}});

    // 二、training
    const QString t1 = put(db, q("training"), f.county,
                           {{q("level"), q("county")}, {q("held_on"), q("2024-04-20")}, {q("topic"), q("个案工作")}, {q("minutes"), 120}});
    const QString t2 = put(db, q("training"), f.t1,
                           {{q("level"), q("township")}, {q("held_on"), q("2024-02-10")}, {q("topic"), q("台账填写")}, {q("minutes"), 60}});
    const QString t3 = put(db, q("training"), f.county,
                           {{q("level"), q("county")}, {q("held_on"), q("2024-05-05")}, {q("topic"), q("撤销")}, {q("minutes"), 60}},
                           true);
    const auto trainee = [&](const QString& training, bool deleted = false) {
        put(db, q("training_trainee"), f.county,
            {{q("training_id"), training}, {q("person_id"), person(db, f.v1, q("学员"), q("1990-01-01"))}, {q("role"), q("staff")}},
            deleted);
    };
    trainee(t1);
    trainee(t1);
    trainee(t1, true);
    trainee(t2);
    trainee(t3);

    // 三、service activities
    const auto activity = [&](const QString& org, const char* on, const char* kind, const char* domain, int people,
                              bool deleted = false) {
        put(db, q("service_activity"), org,
            {{q("held_on"), q(on)}, {q("kind"), q(kind)}, {q("domain"), q(domain)}, {q("title"), q("活动")},
             {q("people_served"), people}},
            deleted);
    };
    activity(f.v1, "2024-04-02", "needs_survey", "elderly_care", 10);
    activity(f.t1, "2024-04-15", "service_plan", "elderly_care", 5);
    activity(f.v2, "2024-05-01", "resource_linking", "social_relief", 8);
    activity(f.t1, "2024-06-30", "professional_service", "child_welfare", 12);
    activity(f.t1, "2024-02-01", "needs_survey", "elderly_care", 20);
    activity(f.v3, "2024-05-20", "visit", "elderly_care", 7);
    activity(f.v3, "2024-05-21", "publicity", "safety", 30, true);
    activity(f.t1, "2024-07-01", "professional_service", "child_welfare", 99);

    // 四、community social organizations
    int orgNo = 0;
    const auto organization = [&](const QString& village, const char* registration, bool counting, const QVariant& founded,
                                  const char* status = "active", bool deleted = false) {
        put(db, q("community_org"), village,
            {{q("name"), q("组织%1").arg(++orgNo)}, {q("registration"), q(registration)}, {q("type"), q("life_service")},
             {q("counts_as_service"), counting ? 1 : 0}, {q("founded_on"), founded}, {q("status"), q(status)}},
            deleted);
    };
    for (int i = 0; i < 10; ++i)
        organization(f.v1, i < 4 ? "registered" : "filed", i < 6, q("2023-01-01"));
    for (int i = 0; i < 3; ++i)
        organization(f.v2, "filed", i == 0, q("2024-04-10"));
    organization(f.v2, "filed", true, q("2023-01-01"), "dissolved");
    organization(f.v2, "filed", true, q("2023-01-01"), "active", true);
    for (int i = 0; i < 5; ++i)
        organization(f.v3, i == 0 ? "registered" : "filed", i < 3, null);

    // 五、volunteers
    const QString team1 = put(db, q("volunteer_team"), f.v1, {{q("name"), q("一队")}, {q("founded_on"), q("2023-01-01")}});
    put(db, q("volunteer_team"), f.v2, {{q("name"), q("二队")}, {q("founded_on"), null}});
    put(db, q("volunteer_team"), f.v3, {{q("name"), q("三队")}, {q("founded_on"), q("2024-09-01")}});
    const auto volunteer = [&](const QString& org, const char* registered, bool deleted = false) {
        return put(db, q("volunteer"), org,
                   {{q("person_id"), person(db, org, q("志愿者"), q("1985-01-01"))}, {q("team_id"), team1},
                    {q("registered_on"), q(registered)}},
                   deleted);
    };
    const QString p1 = volunteer(f.v1, "2023-05-01");
    const QString p2 = volunteer(f.v1, "2024-04-05");
    volunteer(f.v1, "2024-08-01");
    volunteer(f.v1, "2023-01-01", true);
    const auto service = [&](const QString& who, const char* on, int minutes, bool joint, bool deleted = false) {
        put(db, q("volunteer_service"), f.v1,
            {{q("volunteer_id"), who}, {q("served_on"), q(on)}, {q("minutes"), minutes}, {q("with_social_worker"), joint ? 1 : 0}},
            deleted);
    };
    service(p1, "2024-04-10", 120, true);
    service(p2, "2024-05-10", 90, false);
    service(p1, "2024-03-10", 60, true);
    service(p1, "2024-05-11", 30, false, true);

    // 六、charity
    put(db, q("happy_home_project"), f.v1, {{q("started_on"), q("2024-03-01")}, {q("status"), q("running")}});
    put(db, q("happy_home_project"), f.v3, {{q("started_on"), q("2024-05-01")}, {q("status"), q("running")}});
    const QString fund = put(db, q("charity_fund"), f.county,
                             {{q("name"), q("慈善基金")}, {q("kind"), q("charity_fund")}, {q("established_on"), q("2023-01-01")},
                              {q("initial_amount_fen"), 10000000}});
    put(db, q("charity_fund"), f.v1, {{q("name"), q("社区基金")}, {q("kind"), q("village_fund")}, {q("established_on"), q("2024-06-01")}});
    put(db, q("charity_fund"), f.v2, {{q("name"), q("作废")}, {q("kind"), q("village_fund")}, {q("established_on"), q("2024-01-01")},
                                      {q("initial_amount_fen"), 999}}, true);
    const auto flow = [&](const char* on, const char* direction, qint64 fen) {
        put(db, q("charity_fund_flow"), f.county,
            {{q("fund_id"), fund}, {q("flowed_on"), q(on)}, {q("direction"), q(direction)}, {q("amount_fen"), fen}});
    };
    flow("2024-02-01", "in", 500000);
    flow("2024-05-01", "out", 200000);
    flow("2024-07-01", "in", 10000);
    const auto donation = [&](const char* on, const char* kind, qint64 fen, bool deleted = false) {
        put(db, q("donation"), f.county,
            {{q("received_on"), q(on)}, {q("donor_kind"), q("person")}, {q("kind"), q(kind)}, {q("amount_fen"), fen},
             {q("goods_description"), q(kind) == u"goods" ? q("米面") : q("")}},
            deleted);
    };
    donation("2024-04-03", "money", 123456);
    donation("2024-05-05", "goods", 30000);
    donation("2024-01-10", "money", 10000);
    donation("2024-04-04", "money", 777, true);
    put(db, q("charity_supermarket"), f.county, {{q("name"), q("一号")}, {q("opened_on"), q("2022-01-01")}, {q("status"), q("open")}});
    put(db, q("charity_supermarket"), f.county, {{q("name"), q("二号")}, {q("opened_on"), q("2024-04-01")}, {q("status"), q("closed")}});
    put(db, q("charity_supermarket"), f.county, {{q("name"), q("三号")}, {q("opened_on"), q("2024-06-15")}, {q("status"), q("suspended")}});

    // 七、ledgers and visits
    const QString e1 = elderly(db, f.v1, q("老一"), q("2023-01-01"), 1 | 64, q("quarter"));
    const QString e2 = elderly(db, f.v1, q("老二"), q("2024-04-01"), 2, q("month"));
    const QString e3 = elderly(db, f.v3, q("老三"), q("2023-06-01"), 64, q("quarter"));
    const QString e4 = elderly(db, f.v3, q("老四"), q("2023-01-01"), 8, q("month"));
    const QString e5 = elderly(db, f.v1, q("老五"), q("2023-01-01"), 1, q("month"), true);
    visit(db, f.v1, q("elderly"), e1, q("2024-02-15"));
    visit(db, f.v1, q("elderly"), e1, q("2024-05-10"));
    visit(db, f.v1, q("elderly"), e1, q("2024-06-05"));
    visit(db, f.v1, q("elderly"), e2, q("2024-06-01"), q("visit"), true);
    visit(db, f.v3, q("elderly"), e3, q("2024-01-05"));
    visit(db, f.v3, q("elderly"), e3, q("2024-06-20"));
    visit(db, f.v3, q("elderly"), e4, q("2023-12-01"));
    visit(db, f.v3, q("elderly"), e4, q("2024-06-25"));
    visit(db, f.v1, q("elderly"), e5, q("2024-05-01"));
    const QString c1 = child(db, f.v2, q("童一"), q("2023-03-01"), 1, q("month"));
    const QString c2 = child(db, f.v2, q("童二"), q("2024-05-01"), 2 | 4, q("quarter"));
    visit(db, f.v2, q("child"), c1, q("2024-04-20"));
    visit(db, f.v2, q("child"), c2, q("2024-06-01"));
    const QString h1 = relief(db, f.v3, q("户一"), q("2023-01-01"), q("dibao_rural"), q("active"), q("year"));
    const QString h2 = relief(db, f.v1, q("户二"), q("2022-01-01"), q("tekun_dispersed"), q("active"), q("half_year"));
    relief(db, f.v1, q("户三"), q("2023-01-01"), q("dibao_urban"), q("stopped"), q("year"));
    relief(db, f.v3, q("户四"), q("2024-06-01"), q("temporary"), q("active"), q("year"));
    visit(db, f.v3, q("relief"), h1, q("2024-04-10"), q("household_check"));
    visit(db, f.v3, q("relief"), h1, q("2024-02-20"), q("review"));
    const auto referral = [&](const QString& household, const char* on, const char* status, qint64 fen) {
        put(db, q("charity_referral"), f.v1,
            {{q("household_id"), household}, {q("referred_on"), q(on)}, {q("to_organization"), q("慈善协会")},
             {q("amount_fen"), fen}, {q("status"), q(status)}});
    };
    referral(h2, "2024-05-03", "aided", 50000);
    referral(h1, "2024-03-03", "pending", 0);
    referral(h2, "2024-06-01", "declined", 0);

    // 八、purchased services
    const auto project = [&](const char* name, qint64 fen, const char* from, const char* to) {
        return put(db, q("purchased_project"), f.county,
                   {{q("name"), q(name)}, {q("buyer"), q("民政局")}, {q("contractor"), q("社工机构")},
                    {q("contract_amount_fen"), fen}, {q("starts_on"), q(from)}, {q("ends_on"), q(to)}});
    };
    const QString pp1 = project("项目一", 20000000, "2024-01-01", "2024-12-31");
    const QString pp2 = project("项目二", 5000000, "2023-01-01", "2024-03-31");
    project("项目三", 100, "2024-07-01", "2024-12-31");
    const auto spend = [&](const QString& p, const char* on, const char* kind, qint64 fen) {
        put(db, q("project_spending"), f.county, {{q("project_id"), p}, {q("spent_on"), q(on)}, {q("kind"), q(kind)}, {q("amount_fen"), fen}});
    };
    spend(pp1, "2024-04-15", "labour", 3000000);
    spend(pp1, "2024-05-15", "activity", 1000000);
    spend(pp2, "2024-03-01", "labour", 2000000);
    put(db, q("project_evaluation"), f.county,
        {{q("project_id"), pp2}, {q("evaluated_on"), q("2024-03-30")}, {q("evaluator_kind"), q("third_party")}, {q("score"), 90},
         {q("published"), 1}});
    put(db, q("project_evaluation"), f.county,
        {{q("project_id"), pp1}, {q("evaluated_on"), q("2024-06-10")}, {q("evaluator_kind"), q("third_party")}, {q("score"), 85},
         {q("published"), 0}});
    return f;
}

} // namespace wushe::test::fixture
