#include "storage/RegistrySources.h"

namespace wushe::storage::RegistrySources {

namespace {

// Standing things (organizations, volunteers, funds …) are listed when they existed by
// the end of the period: started on or before it, no end.
const QString kNoEnd = QStringLiteral("'9999-12-31'");

} // namespace

RegistrySource stations()
{
    RegistrySource source;
    source.from = QStringLiteral("service_unit t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.order = QStringLiteral("t.tier, t.org_code");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("tier"), QStringLiteral("t.tier")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("established_on"), QStringLiteral("t.established_on")},
        {QStringLiteral("staff_on_duty"),
         QStringLiteral("(SELECT count(*) FROM station_staff s WHERE s.service_unit_id = t.id "
                        "AND s.deleted = 0 AND s.start_on <= :as_of "
                        "AND (s.end_on IS NULL OR s.end_on >= :as_of))")},
        {QStringLiteral("rules_in_place"), QStringLiteral("t.rules_in_place")},
        {QStringLiteral("township_station_id"), QStringLiteral("CASE WHEN t.tier = 3 THEN t.id END")},
        {QStringLiteral("phone"), QStringLiteral("t.phone")},
    };
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
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("post"), QStringLiteral("t.post")},
        {QStringLiteral("station_name"), QStringLiteral("u.name")},
        {QStringLiteral("id_number"), QStringLiteral("t.id_number")},
        {QStringLiteral("phone"), QStringLiteral("t.phone")},
        {QStringLiteral("start_on"), QStringLiteral("t.start_on")},
        {QStringLiteral("end_on"), QStringLiteral("t.end_on")},
    };
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
    source.fields = {
        {QStringLiteral("person_name"), QStringLiteral("p.name")},
        {QStringLiteral("person_sex"), QStringLiteral("p.sex")},
        {QStringLiteral("person_id_number"), QStringLiteral("p.id_number")},
        {QStringLiteral("post"), QStringLiteral("t.post")},
        {QStringLiteral("station_or_division_name"), QStringLiteral("coalesce(u.name, o.name)")},
        {QStringLiteral("certificate_level"), QStringLiteral("t.certificate_level")},
        {QStringLiteral("certificate_no"), QStringLiteral("t.certificate_no")},
        {QStringLiteral("is_community_worker"), QStringLiteral("t.is_community_worker")},
        {QStringLiteral("sat_exam"), QStringLiteral("t.sat_exam")},
        {QStringLiteral("employer"), QStringLiteral("t.employer")},
        {QStringLiteral("start_on"), QStringLiteral("t.start_on")},
        {QStringLiteral("end_on"), QStringLiteral("t.end_on")},
    };
    return source;
}

RegistrySource communityOrgs()
{
    RegistrySource source;
    source.from = QStringLiteral("community_org t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("coalesce(t.founded_on, '0001-01-01')");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.name");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("registration"), QStringLiteral("t.registration")},
        {QStringLiteral("registration_no"), QStringLiteral("t.registration_no")},
        {QStringLiteral("type"), QStringLiteral("t.type")},
        {QStringLiteral("counts_as_service"), QStringLiteral("t.counts_as_service")},
        {QStringLiteral("leader_name"), QStringLiteral("t.leader_name")},
        {QStringLiteral("members"), QStringLiteral("t.members")},
        {QStringLiteral("founded_on"), QStringLiteral("t.founded_on")},
        {QStringLiteral("status"), QStringLiteral("t.status")},
    };
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
    source.fields = {
        {QStringLiteral("person_name"), QStringLiteral("p.name")},
        {QStringLiteral("person_sex"), QStringLiteral("p.sex")},
        {QStringLiteral("person_id_number"), QStringLiteral("p.id_number")},
        {QStringLiteral("volunteer_no"), QStringLiteral("t.volunteer_no")},
        {QStringLiteral("team_name"), QStringLiteral("m.name")},
        {QStringLiteral("skills"), QStringLiteral("t.skills")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("registered_on"), QStringLiteral("t.registered_on")},
        {QStringLiteral("service_minutes"),
         QStringLiteral("(SELECT coalesce(sum(s.minutes), 0) FROM volunteer_service s "
                        "WHERE s.volunteer_id = t.id AND s.deleted = 0)")},
    };
    return source;
}

RegistrySource volunteerTeams()
{
    RegistrySource source;
    source.from = QStringLiteral("volunteer_team t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("coalesce(t.founded_on, '0001-01-01')");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.name");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("leader_name"), QStringLiteral("t.leader_name")},
        {QStringLiteral("phone"), QStringLiteral("t.phone")},
        {QStringLiteral("founded_on"), QStringLiteral("t.founded_on")},
        {QStringLiteral("members"), QStringLiteral("(SELECT count(*) FROM volunteer v WHERE v.team_id = t.id AND v.deleted = 0)")},
        {QStringLiteral("note"), QStringLiteral("t.note")},
    };
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
    source.fields = {
        {QStringLiteral("served_on"), QStringLiteral("t.served_on")},
        {QStringLiteral("person_name"), QStringLiteral("p.name")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("minutes"), QStringLiteral("t.minutes")},
        {QStringLiteral("content"), QStringLiteral("t.content")},
        {QStringLiteral("with_social_worker"), QStringLiteral("t.with_social_worker")},
    };
    return source;
}

RegistrySource activities()
{
    RegistrySource source;
    source.from = QStringLiteral("service_activity t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.held_on");
    source.order = QStringLiteral("t.held_on DESC, t.id");
    source.fields = {
        {QStringLiteral("held_on"), QStringLiteral("t.held_on")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("domain"), QStringLiteral("t.domain")},
        {QStringLiteral("kind"), QStringLiteral("t.kind")},
        {QStringLiteral("title"), QStringLiteral("t.title")},
        {QStringLiteral("societies"), QStringLiteral("t.societies")},
        {QStringLiteral("people_served"), QStringLiteral("t.people_served")},
        {QStringLiteral("volunteer_minutes"), QStringLiteral("t.volunteer_minutes")},
        {QStringLiteral("money_fen"), QStringLiteral("t.money_fen")},
    };
    return source;
}

RegistrySource trainings()
{
    RegistrySource source;
    source.from = QStringLiteral("training t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.held_on");
    source.order = QStringLiteral("t.held_on DESC, t.id");
    source.fields = {
        {QStringLiteral("held_on"), QStringLiteral("t.held_on")},
        {QStringLiteral("level"), QStringLiteral("t.level")},
        {QStringLiteral("topic"), QStringLiteral("t.topic")},
        {QStringLiteral("minutes"), QStringLiteral("t.minutes")},
        {QStringLiteral("organizer"), QStringLiteral("t.organizer")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("trainees"),
         QStringLiteral("(SELECT count(*) FROM training_trainee r WHERE r.training_id = t.id "
                        "AND r.deleted = 0)")},
    };
    return source;
}

RegistrySource charityFunds()
{
    RegistrySource source;
    source.from = QStringLiteral("charity_fund t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.established_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.established_on");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("kind"), QStringLiteral("t.kind")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("established_on"), QStringLiteral("t.established_on")},
        {QStringLiteral("initial_amount_fen"), QStringLiteral("t.initial_amount_fen")},
        {QStringLiteral("balance_fen"),
         QStringLiteral("t.initial_amount_fen + (SELECT coalesce(sum(CASE f.direction WHEN 'in' "
                        "THEN f.amount_fen ELSE -f.amount_fen END), 0) FROM charity_fund_flow f "
                        "WHERE f.fund_id = t.id AND f.deleted = 0)")},
        {QStringLiteral("manager"), QStringLiteral("t.manager")},
    };
    return source;
}

RegistrySource fundraising()
{
    RegistrySource source;
    source.from = QStringLiteral("fundraising_project t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.starts_on");
    source.periodTo = QStringLiteral("t.ends_on");
    source.order = QStringLiteral("t.starts_on DESC, t.id");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("organizer"), QStringLiteral("t.organizer")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("starts_on"), QStringLiteral("t.starts_on")},
        {QStringLiteral("ends_on"), QStringLiteral("t.ends_on")},
        {QStringLiteral("target_fen"), QStringLiteral("t.target_fen")},
        {QStringLiteral("raised_fen"), QStringLiteral("t.raised_fen")},
    };
    return source;
}

RegistrySource donations()
{
    RegistrySource source;
    source.from = QStringLiteral("donation t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code LEFT JOIN charity_fund f ON f.id = t.fund_id");
    source.periodFrom = QStringLiteral("t.received_on");
    source.order = QStringLiteral("t.received_on DESC, t.id");
    source.fields = {
        {QStringLiteral("received_on"), QStringLiteral("t.received_on")},
        {QStringLiteral("donor_name"), QStringLiteral("t.donor_name")},
        {QStringLiteral("donor_kind"), QStringLiteral("t.donor_kind")},
        {QStringLiteral("kind"), QStringLiteral("t.kind")},
        {QStringLiteral("amount_fen"), QStringLiteral("t.amount_fen")},
        {QStringLiteral("goods_description"), QStringLiteral("t.goods_description")},
        {QStringLiteral("fund_name"), QStringLiteral("f.name")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
    };
    return source;
}

RegistrySource supermarkets()
{
    RegistrySource source;
    source.from = QStringLiteral("charity_supermarket t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.opened_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code, t.name");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("opened_on"), QStringLiteral("t.opened_on")},
        {QStringLiteral("address"), QStringLiteral("t.address")},
        {QStringLiteral("operator"), QStringLiteral("t.operator")},
        {QStringLiteral("status"), QStringLiteral("t.status")},
    };
    return source;
}

RegistrySource happyHomes()
{
    RegistrySource source;
    source.from = QStringLiteral("happy_home_project t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.started_on");
    source.periodTo = kNoEnd;
    source.order = QStringLiteral("t.org_code");
    source.fields = {
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("started_on"), QStringLiteral("t.started_on")},
        {QStringLiteral("funds_raised_fen"), QStringLiteral("t.funds_raised_fen")},
        {QStringLiteral("funds_used_fen"), QStringLiteral("t.funds_used_fen")},
        {QStringLiteral("funds_left_fen"), QStringLiteral("t.funds_raised_fen - t.funds_used_fen")},
        {QStringLiteral("status"), QStringLiteral("t.status")},
        {QStringLiteral("note"), QStringLiteral("t.note")},
    };
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
    source.fields = {
        {QStringLiteral("referred_on"), QStringLiteral("t.referred_on")},
        {QStringLiteral("person_name"), QStringLiteral("p.name")},
        {QStringLiteral("division_name"), QStringLiteral("o.name")},
        {QStringLiteral("to_organization"), QStringLiteral("t.to_organization")},
        {QStringLiteral("reason"), QStringLiteral("t.reason")},
        {QStringLiteral("status"), QStringLiteral("t.status")},
        {QStringLiteral("amount_fen"), QStringLiteral("t.amount_fen")},
    };
    return source;
}

RegistrySource purchasedProjects()
{
    RegistrySource source;
    source.from = QStringLiteral("purchased_project t");
    source.joins = QStringLiteral("JOIN org_unit o ON o.code = t.org_code");
    source.periodFrom = QStringLiteral("t.starts_on");
    source.periodTo = QStringLiteral("t.ends_on");
    source.order = QStringLiteral("t.starts_on DESC, t.id");
    source.fields = {
        {QStringLiteral("name"), QStringLiteral("t.name")},
        {QStringLiteral("buyer"), QStringLiteral("t.buyer")},
        {QStringLiteral("contractor"), QStringLiteral("t.contractor")},
        {QStringLiteral("contract_amount_fen"), QStringLiteral("t.contract_amount_fen")},
        {QStringLiteral("starts_on"), QStringLiteral("t.starts_on")},
        {QStringLiteral("ends_on"), QStringLiteral("t.ends_on")},
        {QStringLiteral("domain"), QStringLiteral("coalesce(t.domain, '')")},
        {QStringLiteral("labour_fen"),
         QStringLiteral("(SELECT coalesce(sum(s.amount_fen), 0) FROM project_spending s "
                        "WHERE s.project_id = t.id AND s.deleted = 0 AND s.kind = 'labour')")},
        {QStringLiteral("spent_fen"),
         QStringLiteral("(SELECT coalesce(sum(s.amount_fen), 0) FROM project_spending s "
                        "WHERE s.project_id = t.id AND s.deleted = 0)")},
        {QStringLiteral("latest_score"),
         QStringLiteral("(SELECT e.score FROM project_evaluation e WHERE e.project_id = t.id "
                        "AND e.deleted = 0 ORDER BY e.evaluated_on DESC LIMIT 1)")},
        {QStringLiteral("published"), QStringLiteral("t.published")},
    };
    return source;
}

} // namespace wushe::storage::RegistrySources
