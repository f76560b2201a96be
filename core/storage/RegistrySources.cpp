#include "storage/RegistrySources.h"

namespace wushe::storage::RegistrySources {

namespace {

// Standing things (organizations, volunteers, funds …) are listed when they existed by
// the end of the period: started on or before it, no end.
const QString kNoEnd = QStringLiteral("'9999-12-31'");

// The division a row belongs to, for its name (o.name).
const QString kDivisionJoin = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");

// Fields that are the main table's own columns, named after them ("name" → t.name).
QHash<QString, QString> ownColumns(std::initializer_list<const char*> columns)
{
    QHash<QString, QString> fields;
    for (const char* column : columns)
        fields.insert(QString::fromLatin1(column), QStringLiteral("t.") + QLatin1String(column));
    return fields;
}

} // namespace

RegistrySource stations()
{
    RegistrySource source;
    source.from = QStringLiteral("service_unit t");
    source.joins = kDivisionJoin;
    source.order = QStringLiteral("t.tier, t.org_code");
    source.fields = ownColumns({"name", "tier", "established_on", "rules_in_place", "phone"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    source.fields.insert(QStringLiteral("staff_on_duty"),
                         QStringLiteral("(SELECT count(*) FROM station_staff s WHERE s.service_unit_id = t.id "
                                        "AND s.deleted = 0 AND s.start_on <= :as_of "
                                        "AND (s.end_on IS NULL OR s.end_on >= :as_of))"));
    source.fields.insert(QStringLiteral("township_station_id"), QStringLiteral("CASE WHEN t.tier = 3 THEN t.id END"));
    return source;
}

RegistrySource stationStaff()
{
    RegistrySource source;
    source.from = QStringLiteral("station_staff t");
    source.joins = QStringLiteral("JOIN service_unit u ON u.id = t.service_unit_id");
    source.periodFrom = QStringLiteral("t.start_on");
    source.periodTo = QStringLiteral("t.end_on");
    source.order = QStringLiteral("t.org_code, t.post, t.start_on");
    source.fields = ownColumns({"name", "post", "id_number", "phone", "start_on", "end_on"});
    source.fields.insert(QStringLiteral("station_name"), QStringLiteral("u.name"));
    return source;
}

RegistrySource socialWorkers()
{
    RegistrySource source;
    source.from = QStringLiteral("social_worker t");
    source.joins = QStringLiteral("JOIN person p ON p.id = t.person_id JOIN org_unit o ON o.code = t.org_code "
                                  "LEFT JOIN service_unit u ON u.id = t.service_unit_id");
    source.joinAfterPaging = false; // ordered by the person's pinyin key
    source.periodFrom = QStringLiteral("t.start_on");
    source.periodTo = QStringLiteral("t.end_on");
    source.order = QStringLiteral("t.org_code, t.start_on, p.name_key");
    source.fields = ownColumns({"post", "certificate_level", "certificate_no", "is_community_worker", "sat_exam",
                                "employer", "start_on", "end_on"});
    source.fields.insert(QStringLiteral("person_name"), QStringLiteral("p.name"));
    source.fields.insert(QStringLiteral("person_sex"), QStringLiteral("p.sex"));
    source.fields.insert(QStringLiteral("person_id_number"), QStringLiteral("p.id_number"));
    source.fields.insert(QStringLiteral("station_or_division_name"), QStringLiteral("coalesce(u.name, o.name)"));
    return source;
}

RegistrySource communityOrgs()
{
    RegistrySource source;
    source.from = QStringLiteral("community_org t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("coalesce(t.founded_on, '0001-01-01')");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.name");
    source.fields = ownColumns({"name", "registration", "registration_no", "type", "counts_as_service", "leader_name",
                                "members", "founded_on", "status"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource volunteers()
{
    RegistrySource source;
    source.from = QStringLiteral("volunteer t");
    source.joins = QStringLiteral("JOIN person p ON p.id = t.person_id JOIN org_unit o ON o.code = t.org_code "
                                  "LEFT JOIN volunteer_team m ON m.id = t.team_id");
    source.joinAfterPaging = false; // ordered by the person's pinyin key
    source.periodFrom = QStringLiteral("t.registered_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, p.name_key");
    source.fields = ownColumns({"volunteer_no", "skills", "registered_on"});
    source.fields.insert(QStringLiteral("person_name"), QStringLiteral("p.name"));
    source.fields.insert(QStringLiteral("person_sex"), QStringLiteral("p.sex"));
    source.fields.insert(QStringLiteral("person_id_number"), QStringLiteral("p.id_number"));
    source.fields.insert(QStringLiteral("team_name"), QStringLiteral("m.name"));
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    source.fields.insert(QStringLiteral("service_minutes"),
                         QStringLiteral("(SELECT coalesce(sum(s.minutes), 0) FROM volunteer_service s "
                                        "WHERE s.volunteer_id = t.id AND s.deleted = 0)"));
    return source;
}

RegistrySource volunteerTeams()
{
    RegistrySource source;
    source.from = QStringLiteral("volunteer_team t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("coalesce(t.founded_on, '0001-01-01')");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.name");
    source.fields = ownColumns({"name", "leader_name", "phone", "founded_on", "note"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    source.fields.insert(QStringLiteral("members"),
                         QStringLiteral("(SELECT count(*) FROM volunteer v WHERE v.team_id = t.id AND v.deleted = 0)"));
    return source;
}

RegistrySource volunteerServices()
{
    RegistrySource source;
    source.from = QStringLiteral("volunteer_service t");
    source.joins = QStringLiteral("JOIN volunteer v ON v.id = t.volunteer_id JOIN person p ON p.id = v.person_id"
                                  " JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.served_on");
    source.order = QStringLiteral("t.served_on DESC, t.id");
    source.fields = ownColumns({"served_on", "minutes", "content", "with_social_worker"});
    source.fields.insert(QStringLiteral("person_name"), QStringLiteral("p.name"));
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource activities()
{
    RegistrySource source;
    source.from = QStringLiteral("service_activity t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.held_on");
    source.order = QStringLiteral("t.held_on DESC, t.id");
    source.fields = ownColumns({"held_on", "domain", "kind", "title", "societies", "people_served",
                                "volunteer_minutes", "money_fen"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource trainings()
{
    RegistrySource source;
    source.from = QStringLiteral("training t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.held_on");
    source.order = QStringLiteral("t.held_on DESC, t.id");
    source.fields = ownColumns({"held_on", "level", "topic", "minutes", "organizer"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    source.fields.insert(QStringLiteral("trainees"),
                         QStringLiteral("(SELECT count(*) FROM training_trainee r WHERE r.training_id = t.id "
                                        "AND r.deleted = 0)"));
    return source;
}

RegistrySource charityFunds()
{
    RegistrySource source;
    source.from = QStringLiteral("charity_fund t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.established_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.established_on");
    source.fields = ownColumns({"name", "kind", "established_on", "initial_amount_fen", "manager"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    source.fields.insert(QStringLiteral("balance_fen"),
                         QStringLiteral("t.initial_amount_fen + (SELECT coalesce(sum(CASE f.direction WHEN 'in' "
                                        "THEN f.amount_fen ELSE -f.amount_fen END), 0) FROM charity_fund_flow f "
                                        "WHERE f.fund_id = t.id AND f.deleted = 0)"));
    return source;
}

RegistrySource fundraising()
{
    RegistrySource source;
    source.from = QStringLiteral("fundraising_project t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.starts_on");
    source.periodTo = QStringLiteral("t.ends_on");
    source.order = QStringLiteral("t.starts_on DESC, t.id");
    source.fields = ownColumns({"name", "organizer", "starts_on", "ends_on", "target_fen", "raised_fen"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource donations()
{
    RegistrySource source;
    source.from = QStringLiteral("donation t");
    source.joins = kDivisionJoin + QStringLiteral(" LEFT JOIN charity_fund f ON f.id = t.fund_id");
    source.periodFrom = QStringLiteral("t.received_on");
    source.order = QStringLiteral("t.received_on DESC, t.id");
    source.fields = ownColumns({"received_on", "donor_name", "donor_kind", "kind", "amount_fen", "goods_description"});
    source.fields.insert(QStringLiteral("fund_name"), QStringLiteral("f.name"));
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource supermarkets()
{
    RegistrySource source;
    source.from = QStringLiteral("charity_supermarket t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.opened_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.name");
    source.fields = ownColumns({"name", "opened_on", "address", "operator", "status"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource happyHomes()
{
    RegistrySource source;
    source.from = QStringLiteral("happy_home_project t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.started_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code");
    source.fields = ownColumns({"started_on", "funds_raised_fen", "funds_used_fen", "status", "note"});
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    source.fields.insert(QStringLiteral("funds_left_fen"), QStringLiteral("t.funds_raised_fen - t.funds_used_fen"));
    return source;
}

RegistrySource referrals()
{
    RegistrySource source;
    source.from = QStringLiteral("charity_referral t");
    source.joins = QStringLiteral("JOIN relief_household h ON h.id = t.household_id"
                                  " JOIN person p ON p.id = h.head_person_id JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.referred_on");
    source.order = QStringLiteral("t.referred_on DESC, t.id");
    source.fields = ownColumns({"referred_on", "to_organization", "reason", "status", "amount_fen"});
    source.fields.insert(QStringLiteral("person_name"), QStringLiteral("p.name"));
    source.fields.insert(QStringLiteral("division_name"), QStringLiteral("o.name"));
    return source;
}

RegistrySource purchasedProjects()
{
    RegistrySource source;
    source.from = QStringLiteral("purchased_project t");
    source.joins = kDivisionJoin;
    source.periodFrom = QStringLiteral("t.starts_on");
    source.periodTo = QStringLiteral("t.ends_on");
    source.order = QStringLiteral("t.starts_on DESC, t.id");
    source.fields = ownColumns({"name", "buyer", "contractor", "contract_amount_fen", "starts_on", "ends_on",
                                "published"});
    source.fields.insert(QStringLiteral("domain"), QStringLiteral("coalesce(t.domain, '')"));
    source.fields.insert(QStringLiteral("labour_fen"),
                         QStringLiteral("(SELECT coalesce(sum(s.amount_fen), 0) FROM project_spending s "
                                        "WHERE s.project_id = t.id AND s.deleted = 0 AND s.kind = 'labour')"));
    source.fields.insert(QStringLiteral("spent_fen"),
                         QStringLiteral("(SELECT coalesce(sum(s.amount_fen), 0) FROM project_spending s "
                                        "WHERE s.project_id = t.id AND s.deleted = 0)"));
    source.fields.insert(QStringLiteral("latest_score"),
                         QStringLiteral("(SELECT e.score FROM project_evaluation e WHERE e.project_id = t.id "
                                        "AND e.deleted = 0 ORDER BY e.evaluated_on DESC LIMIT 1)"));
    return source;
}

} // namespace wushe::storage::RegistrySources
