-- user_version 9
-- application_id 1465075781

-- table activity_participant
CREATE TABLE activity_participant (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    activity_id     TEXT NOT NULL REFERENCES service_activity (id),
    kind            TEXT NOT NULL CHECK (kind = 'org' OR kind = 'volunteer' OR kind = 'social_worker'),
    ref_id          TEXT NOT NULL CHECK (length(ref_id) = 36)
);

-- table activity_person
CREATE TABLE activity_person (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    activity_id     TEXT NOT NULL REFERENCES service_activity (id),
    person_id       TEXT NOT NULL REFERENCES person (id)
);

-- table charity_fund
CREATE TABLE charity_fund (
    id                 TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code           TEXT NOT NULL REFERENCES org_unit (code),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name               TEXT NOT NULL CHECK (name <> ''),
    kind               TEXT NOT NULL CHECK (kind = 'community_foundation' OR kind = 'charity_fund' OR
                                            kind = 'village_fund'),
    established_on     TEXT NOT NULL CHECK (date(established_on) = established_on),
    initial_amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (initial_amount_fen >= 0),
    manager            TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);

-- table charity_fund_flow
CREATE TABLE charity_fund_flow (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code    TEXT NOT NULL REFERENCES org_unit (code),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    fund_id     TEXT NOT NULL REFERENCES charity_fund (id),
    flowed_on   TEXT NOT NULL CHECK (date(flowed_on) = flowed_on),
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    purpose     TEXT NOT NULL DEFAULT ''
);

-- table charity_referral
CREATE TABLE charity_referral (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    household_id    TEXT NOT NULL REFERENCES relief_household (id),
    referred_on     TEXT NOT NULL CHECK (date(referred_on) = referred_on),
    to_organization TEXT NOT NULL CHECK (to_organization <> ''),
    reason          TEXT NOT NULL DEFAULT '',
    amount_fen      INTEGER NOT NULL DEFAULT 0 CHECK (amount_fen >= 0 AND (status = 'aided' OR amount_fen = 0)),
    status          TEXT NOT NULL CHECK (status = 'pending' OR status = 'aided' OR status = 'declined'),
    -- The service activity (资源链接) that made the referral. Deliberately a plain
    -- nullable id without REFERENCES: service_activity comes with migration 004,
    -- written in parallel; the link is tied up when both are merged.
    activity_id     TEXT CHECK (activity_id IS NULL OR length(activity_id) = 36)
);

-- table charity_supermarket
CREATE TABLE charity_supermarket (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code    TEXT NOT NULL REFERENCES org_unit (code),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name        TEXT NOT NULL CHECK (name <> ''),
    opened_on   TEXT NOT NULL CHECK (date(opened_on) = opened_on),
    address     TEXT NOT NULL DEFAULT '',
    operator    TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL CHECK (status = 'open' OR status = 'suspended' OR status = 'closed')
);

-- table child_record
CREATE TABLE child_record (
    id                 TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code           TEXT NOT NULL REFERENCES org_unit (code),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    person_id          TEXT NOT NULL REFERENCES person (id),
    name_key           BLOB NOT NULL,
    id_number          TEXT NOT NULL,
    birth_date         TEXT NOT NULL,
    registered_on      TEXT NOT NULL CHECK (date(registered_on) = registered_on),
    categories         INTEGER NOT NULL CHECK (categories > 0),      -- ChildCategory bits
    guardianship_type  TEXT NOT NULL,
    guardian_name      TEXT NOT NULL DEFAULT '',
    guardian_relation  TEXT NOT NULL DEFAULT '',
    guardian_phone     TEXT NOT NULL DEFAULT '',
    guardian_id_number TEXT NOT NULL DEFAULT '',
    father_name        TEXT NOT NULL DEFAULT '',
    father_workplace   TEXT NOT NULL DEFAULT '',
    father_phone       TEXT NOT NULL DEFAULT '',
    mother_name        TEXT NOT NULL DEFAULT '',
    mother_workplace   TEXT NOT NULL DEFAULT '',
    mother_phone       TEXT NOT NULL DEFAULT '',
    schooling          TEXT NOT NULL,
    boarding           INTEGER NOT NULL DEFAULT 0 CHECK (boarding IN (0, 1)),
    health             TEXT NOT NULL,
    disability_note    TEXT NOT NULL DEFAULT '',
    income_sources     INTEGER NOT NULL DEFAULT 0,                   -- FamilyIncome bits
    assistance         INTEGER NOT NULL DEFAULT 0,                   -- Assistance bits
    risk_tier          TEXT NOT NULL CHECK (risk_tier = 'high' OR risk_tier = 'key' OR risk_tier = 'general'),
    visit_interval     TEXT NOT NULL CHECK (visit_interval = 'week' OR visit_interval = 'month' OR
                                            visit_interval = 'quarter' OR visit_interval = 'half_year' OR
                                            visit_interval = 'year'),
    note               TEXT NOT NULL DEFAULT ''
, last_visit_on TEXT);

-- table community_org
CREATE TABLE community_org (
    id                TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code          TEXT NOT NULL REFERENCES org_unit (code),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name              TEXT NOT NULL CHECK (name <> ''),
    -- registered 登记 (social group / private non-enterprise unit), filed 备案 with the township
    registration      TEXT NOT NULL CHECK (registration IN ('registered', 'filed')),
    registration_no   TEXT NOT NULL DEFAULT '',
    type              TEXT NOT NULL CHECK (type = 'life_service' OR type = 'community_affairs' OR
                                           type = 'culture_sports' OR type = 'public_welfare'),
    -- counts towards the > 50 % service / public-welfare / mutual-aid target
    counts_as_service INTEGER NOT NULL DEFAULT 0 CHECK (counts_as_service IN (0, 1)),
    leader_name       TEXT NOT NULL DEFAULT '',
    leader_phone      TEXT NOT NULL DEFAULT '',
    members           INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
    founded_on        TEXT CHECK (founded_on IS NULL OR date(founded_on) = founded_on),
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'dormant' OR
                                                            status = 'dissolved')
);

-- table donation
CREATE TABLE donation (
    id                TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code          TEXT NOT NULL REFERENCES org_unit (code),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    received_on       TEXT NOT NULL CHECK (date(received_on) = received_on),
    donor_name        TEXT NOT NULL DEFAULT '',
    donor_kind        TEXT NOT NULL CHECK (donor_kind = 'person' OR donor_kind = 'company' OR
                                           donor_kind = 'organization' OR donor_kind = 'anonymous'),
    kind              TEXT NOT NULL CHECK (kind IN ('money', 'goods')),
    amount_fen        INTEGER NOT NULL CHECK (amount_fen >= 0),
    goods_description TEXT NOT NULL DEFAULT '' CHECK (kind = 'money' OR goods_description <> ''),
    fund_id           TEXT REFERENCES charity_fund (id),
    project_id        TEXT REFERENCES fundraising_project (id)
);

-- table elderly_record
CREATE TABLE elderly_record (
    id                  TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code            TEXT NOT NULL REFERENCES org_unit (code),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    person_id           TEXT NOT NULL REFERENCES person (id),
    name_key            BLOB NOT NULL,
    id_number           TEXT NOT NULL,
    birth_date          TEXT NOT NULL,
    registered_on       TEXT NOT NULL CHECK (date(registered_on) = registered_on),
    categories          INTEGER NOT NULL CHECK (categories > 0),     -- ElderlyCategory bits
    economic_sources    INTEGER NOT NULL DEFAULT 0,                  -- EconomicSource bits
    family_structure    TEXT NOT NULL,
    health_status       TEXT NOT NULL,
    care_situation      TEXT NOT NULL,
    supporter_name      TEXT NOT NULL DEFAULT '',                    -- 赡养人
    supporter_phone     TEXT NOT NULL DEFAULT '',
    supporter_workplace TEXT NOT NULL DEFAULT '',
    helper_name         TEXT NOT NULL DEFAULT '',                    -- 结对帮扶人
    risk_tier           TEXT NOT NULL CHECK (risk_tier = 'high' OR risk_tier = 'key' OR risk_tier = 'general'),
    visit_interval      TEXT NOT NULL CHECK (visit_interval = 'week' OR visit_interval = 'month' OR
                                             visit_interval = 'quarter' OR visit_interval = 'half_year' OR
                                             visit_interval = 'year'),
    note                TEXT NOT NULL DEFAULT ''
, last_visit_on TEXT);

-- table fundraising_project
CREATE TABLE fundraising_project (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code    TEXT NOT NULL REFERENCES org_unit (code),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name        TEXT NOT NULL CHECK (name <> ''),
    organizer   TEXT NOT NULL DEFAULT '',
    starts_on   TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on     TEXT CHECK (ends_on IS NULL OR (date(ends_on) = ends_on AND ends_on >= starts_on)),
    target_fen  INTEGER NOT NULL DEFAULT 0 CHECK (target_fen >= 0),
    raised_fen  INTEGER NOT NULL DEFAULT 0 CHECK (raised_fen >= 0)
);

-- table happy_home_project
CREATE TABLE happy_home_project (
    id               TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code         TEXT NOT NULL REFERENCES org_unit (code),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    updated_by       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted          INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    started_on       TEXT NOT NULL CHECK (date(started_on) = started_on),
    funds_raised_fen INTEGER NOT NULL DEFAULT 0 CHECK (funds_raised_fen >= 0),
    funds_used_fen   INTEGER NOT NULL DEFAULT 0 CHECK (funds_used_fen >= 0 AND funds_used_fen <= funds_raised_fen),
    status           TEXT NOT NULL CHECK (status = 'preparing' OR status = 'running' OR status = 'suspended'),
    note             TEXT NOT NULL DEFAULT ''
);

-- table meta
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- table org_unit
CREATE TABLE org_unit (
    code         TEXT PRIMARY KEY CHECK (length(code) = 12 AND code NOT GLOB '*[^0-9]*'),
    name         TEXT NOT NULL CHECK (name <> ''),
    level        TEXT NOT NULL CHECK (level = 'province' OR level = 'city' OR level = 'county' OR level = 'township' OR
                                      level = 'village'),
    -- No foreign key: the jurisdiction's own parent lies outside the database.
    parent_code  TEXT CHECK (parent_code IS NULL OR length(parent_code) = 12),
    kind         TEXT NOT NULL,
    -- 街道/社区 are urban, 镇/乡/村 rural; targets for social organizations differ.
    area_type    TEXT NOT NULL CHECK (area_type = 'urban' OR area_type = 'rural' OR area_type = 'other'),
    pilot_county INTEGER NOT NULL DEFAULT 0 CHECK (pilot_county IN (0, 1)),
    depth        INTEGER NOT NULL CHECK (depth >= 0)
) WITHOUT ROWID;

-- table person
CREATE TABLE person (
    id           TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code     TEXT NOT NULL REFERENCES org_unit (code),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    id_number    TEXT NOT NULL CHECK (length(id_number) = 18),
    name         TEXT NOT NULL CHECK (name <> ''),
    -- ICU zh (pinyin) collation key: ORDER BY name_key is pinyin order, no custom collation needed.
    name_key     BLOB NOT NULL,
    sex          TEXT NOT NULL CHECK (sex IN ('male', 'female')),
    birth_date   TEXT NOT NULL CHECK (date(birth_date) = birth_date),
    ethnicity    TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    -- Reversed copies turn "ends with" searches (last digits of ID or phone) into index range scans.
    id_reversed    TEXT NOT NULL,
    phone_reversed TEXT NOT NULL DEFAULT ''
);

-- table person_name_index
CREATE TABLE person_name_index (
    gram      TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id),
    PRIMARY KEY (gram, person_id)
) WITHOUT ROWID;

-- table pilot_township
CREATE TABLE pilot_township (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    designated_on   TEXT NOT NULL CHECK (date(designated_on) = designated_on)
);

-- table project_evaluation
CREATE TABLE project_evaluation (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code       TEXT NOT NULL REFERENCES org_unit (code),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    project_id     TEXT NOT NULL REFERENCES purchased_project (id),
    evaluated_on   TEXT NOT NULL CHECK (date(evaluated_on) = evaluated_on),
    evaluator_kind TEXT NOT NULL CHECK (evaluator_kind = 'third_party' OR evaluator_kind = 'township' OR
                                        evaluator_kind = 'village' OR evaluator_kind = 'bureau'),
    score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    grade          TEXT NOT NULL DEFAULT '',
    published      INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1))
);

-- table project_spending
CREATE TABLE project_spending (
    id          TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code    TEXT NOT NULL REFERENCES org_unit (code),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted     INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    project_id  TEXT NOT NULL REFERENCES purchased_project (id),
    spent_on    TEXT NOT NULL CHECK (date(spent_on) = spent_on),
    kind        TEXT NOT NULL CHECK (kind = 'labour' OR kind = 'activity' OR kind = 'training' OR kind = 'admin' OR
                                     kind = 'other'),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    note        TEXT NOT NULL DEFAULT ''
);

-- table purchased_project
CREATE TABLE purchased_project (
    id                  TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code            TEXT NOT NULL REFERENCES org_unit (code),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name                TEXT NOT NULL CHECK (name <> ''),
    buyer               TEXT NOT NULL CHECK (buyer <> ''),
    contractor          TEXT NOT NULL CHECK (contractor <> ''),
    contract_amount_fen INTEGER NOT NULL CHECK (contract_amount_fen >= 0),
    starts_on           TEXT NOT NULL CHECK (date(starts_on) = starts_on),
    ends_on             TEXT NOT NULL CHECK (date(ends_on) = ends_on AND ends_on >= starts_on),
    domain              TEXT,
    -- 评估结果已公开
    published           INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    note                TEXT NOT NULL DEFAULT ''
);

-- table quarterly_report
CREATE TABLE quarterly_report (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    -- org_code is the reporting unit itself (a county, township or city)
    quarter         TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]Q[1-4]'),
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    status          TEXT NOT NULL CHECK (status = 'draft' OR status = 'reviewed' OR status = 'submitted'),
    source          TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'imported')),
    reporting_unit  TEXT NOT NULL DEFAULT '',   -- 填报单位
    unit_head       TEXT NOT NULL DEFAULT '',   -- 单位负责人
    reviewer        TEXT NOT NULL DEFAULT '',   -- 审核人
    preparer        TEXT NOT NULL DEFAULT '',   -- 填表人
    phone           TEXT NOT NULL DEFAULT '',   -- 联系电话
    report_date     TEXT CHECK (report_date IS NULL OR date(report_date) = report_date), -- 报出日期
    practices       TEXT NOT NULL DEFAULT '',   -- 经验做法
    cases           TEXT NOT NULL DEFAULT '',   -- 典型案例
    problems        TEXT NOT NULL DEFAULT '',   -- 存在问题
    next_plan       TEXT NOT NULL DEFAULT '',   -- 下季度计划
    reviewed_at     TEXT,
    submitted_at    TEXT,
    content         TEXT,                       -- JSON as submitted (NULL while a draft)
    digest          TEXT NOT NULL DEFAULT '',   -- SHA-256 of content
    received_at     TEXT,                       -- imported: when the city read the package
    CHECK (status <> 'submitted' OR (content IS NOT NULL AND digest <> '' AND submitted_at IS NOT NULL))
);

-- table relief_household
CREATE TABLE relief_household (
    id                 TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code           TEXT NOT NULL REFERENCES org_unit (code),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    head_person_id     TEXT NOT NULL REFERENCES person (id),
    name_key           BLOB NOT NULL,
    id_number          TEXT NOT NULL,
    birth_date         TEXT NOT NULL,
    registered_on      TEXT NOT NULL CHECK (date(registered_on) = registered_on),
    category           TEXT NOT NULL CHECK (category = 'dibao_urban' OR category = 'dibao_rural' OR
                                            category = 'tekun_centralized' OR category = 'tekun_dispersed' OR
                                            category = 'temporary'),
    self_care          TEXT NOT NULL DEFAULT '' CHECK (self_care = '' OR self_care = 'full' OR self_care = 'partial' OR
                                                       self_care = 'none'),
    monthly_amount_fen INTEGER NOT NULL CHECK (monthly_amount_fen >= 0),
    start_on           TEXT NOT NULL CHECK (date(start_on) = start_on),
    status             TEXT NOT NULL CHECK (status = 'active' OR status = 'increased' OR status = 'reduced' OR
                                            status = 'stopped'),
    review_cycle       TEXT NOT NULL CHECK (review_cycle IN ('year', 'half_year')),
    address            TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
, last_visit_on TEXT);

-- table relief_member
CREATE TABLE relief_member (
    id           TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code     TEXT NOT NULL REFERENCES org_unit (code),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    updated_by   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted      INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    household_id TEXT NOT NULL REFERENCES relief_household (id),
    person_id    TEXT NOT NULL REFERENCES person (id),
    relationship TEXT NOT NULL,
    work_ability TEXT NOT NULL,
    health       TEXT NOT NULL
);

-- table service_activity
CREATE TABLE service_activity (
    id                TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code          TEXT NOT NULL REFERENCES org_unit (code),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    held_on           TEXT NOT NULL CHECK (date(held_on) = held_on),
    domain            TEXT NOT NULL CHECK (domain = 'social_relief' OR domain = 'elderly_care' OR
                                           domain = 'child_welfare' OR domain = 'community_governance' OR
                                           domain = 'social_affairs' OR domain = 'safety' OR
                                           domain = 'rural_revitalization' OR domain = 'epidemic_prevention'),
    kind              TEXT NOT NULL CHECK (kind = 'needs_survey' OR kind = 'service_plan' OR
                                           kind = 'resource_linking' OR kind = 'professional_service' OR
                                           kind = 'visit' OR kind = 'publicity' OR kind = 'training' OR
                                           kind = 'consultation' OR kind = 'other'),
    societies         INTEGER NOT NULL DEFAULT 0 CHECK (societies BETWEEN 0 AND 31),
    service_unit_id   TEXT REFERENCES service_unit (id),
    title             TEXT NOT NULL CHECK (title <> ''),
    people_served     INTEGER NOT NULL DEFAULT 0 CHECK (people_served >= 0),
    volunteer_minutes INTEGER NOT NULL DEFAULT 0 CHECK (volunteer_minutes >= 0),
    money_fen         INTEGER NOT NULL DEFAULT 0 CHECK (money_fen >= 0),
    summary           TEXT NOT NULL DEFAULT ''
);

-- table service_unit
CREATE TABLE service_unit (
    id             TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code       TEXT NOT NULL REFERENCES org_unit (code),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    updated_by     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    -- 1 city work body, 2 county general station, 3 township station, 4 community/village room
    tier           INTEGER NOT NULL CHECK (tier BETWEEN 1 AND 4),
    name           TEXT NOT NULL CHECK (name <> ''),
    established_on TEXT CHECK (established_on IS NULL OR date(established_on) = established_on),
    address        TEXT NOT NULL DEFAULT '',
    phone          TEXT NOT NULL DEFAULT '',
    standardized   INTEGER NOT NULL DEFAULT 0 CHECK (standardized IN (0, 1)),
    rules_in_place INTEGER NOT NULL DEFAULT 0 CHECK (rules_in_place IN (0, 1)),
    note           TEXT NOT NULL DEFAULT ''
);

-- table social_worker
CREATE TABLE social_worker (
    id                  TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code            TEXT NOT NULL REFERENCES org_unit (code),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    updated_by          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted             INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    person_id           TEXT NOT NULL REFERENCES person (id),
    service_unit_id     TEXT REFERENCES service_unit (id),
    -- station_head 站长, resident_worker 驻站社工, community_worker 社区社工, agency_worker 机构社工
    post                TEXT NOT NULL CHECK (post = 'station_head' OR post = 'resident_worker' OR
                                             post = 'community_worker' OR post = 'agency_worker'),
    certificate_level   TEXT NOT NULL DEFAULT 'none'
                        CHECK (certificate_level = 'none' OR certificate_level = 'assistant' OR
                               certificate_level = 'intermediate' OR certificate_level = 'senior'),
    certificate_no      TEXT NOT NULL DEFAULT '',
    is_community_worker INTEGER NOT NULL DEFAULT 0 CHECK (is_community_worker IN (0, 1)),
    -- a community worker who sat the national exam (seed §五(五))
    sat_exam            INTEGER NOT NULL DEFAULT 0 CHECK (sat_exam IN (0, 1) AND (sat_exam = 0 OR is_community_worker = 1)),
    employer            TEXT NOT NULL DEFAULT '',
    start_on            TEXT NOT NULL CHECK (date(start_on) = start_on),
    end_on              TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on >= start_on))
);

-- table station_staff
CREATE TABLE station_staff (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    service_unit_id TEXT NOT NULL REFERENCES service_unit (id),
    name            TEXT NOT NULL CHECK (name <> ''),
    id_number       TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    -- head = 站长, resident_worker = 驻站社工
    post            TEXT NOT NULL CHECK (post IN ('head', 'resident_worker')),
    start_on        TEXT NOT NULL CHECK (date(start_on) = start_on),
    end_on          TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on >= start_on))
);

-- table training
CREATE TABLE training (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    level           TEXT NOT NULL CHECK (level = 'city' OR level = 'county' OR level = 'township'),
    held_on         TEXT NOT NULL CHECK (date(held_on) = held_on),
    topic           TEXT NOT NULL CHECK (topic <> ''),
    minutes         INTEGER NOT NULL CHECK (minutes > 0),
    organizer       TEXT NOT NULL DEFAULT ''
);

-- table training_trainee
CREATE TABLE training_trainee (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    training_id     TEXT NOT NULL REFERENCES training (id),
    person_id       TEXT NOT NULL REFERENCES person (id),
    role            TEXT NOT NULL CHECK (role = 'staff' OR role = 'social_worker' OR role = 'community_worker' OR
                                         role = 'volunteer')
);

-- table visit
CREATE TABLE visit (
    id            TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code      TEXT NOT NULL REFERENCES org_unit (code),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    ledger        TEXT NOT NULL CHECK (ledger = 'elderly' OR ledger = 'child' OR ledger = 'relief'),
    subject_id    TEXT NOT NULL,
    visit_on      TEXT NOT NULL CHECK (date(visit_on) = visit_on),
    mode          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind = 'visit' OR kind = 'household_check' OR kind = 'review'),
    visitors      TEXT NOT NULL,   -- JSON array of {"name", "role"}; ≥ 2 for a household check
    visitor_count INTEGER NOT NULL CHECK (visitor_count >= 1),
    findings      TEXT NOT NULL DEFAULT '',
    actions       TEXT NOT NULL DEFAULT '',
    referral      TEXT NOT NULL DEFAULT '' CHECK (referral = '' OR referral = 'charity' OR referral = 'medical' OR
                                                  referral = 'housing' OR referral = 'education' OR referral = 'other'),
    referral_note TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'household_check' OR visitor_count >= 2)
);

-- table volunteer
CREATE TABLE volunteer (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    person_id       TEXT NOT NULL REFERENCES person (id),
    team_id         TEXT REFERENCES volunteer_team (id),
    volunteer_no    TEXT NOT NULL DEFAULT '',
    skills          TEXT NOT NULL DEFAULT '',
    registered_on   TEXT NOT NULL CHECK (date(registered_on) = registered_on)
);

-- table volunteer_service
CREATE TABLE volunteer_service (
    id                 TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code           TEXT NOT NULL REFERENCES org_unit (code),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    volunteer_id       TEXT NOT NULL REFERENCES volunteer (id),
    served_on          TEXT NOT NULL CHECK (date(served_on) = served_on),
    minutes            INTEGER NOT NULL CHECK (minutes > 0),
    content            TEXT NOT NULL DEFAULT '',
    activity_id        TEXT REFERENCES service_activity (id),
    with_social_worker INTEGER NOT NULL DEFAULT 0 CHECK (with_social_worker IN (0, 1))
);

-- table volunteer_team
CREATE TABLE volunteer_team (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name            TEXT NOT NULL CHECK (name <> ''),
    leader_name     TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    founded_on      TEXT CHECK (founded_on IS NULL OR date(founded_on) = founded_on),
    note            TEXT NOT NULL DEFAULT ''
);

-- index activity_participant_once
CREATE UNIQUE INDEX activity_participant_once ON activity_participant (activity_id, kind, ref_id) WHERE deleted = 0;

-- index activity_participant_ref
CREATE INDEX activity_participant_ref ON activity_participant (ref_id) WHERE deleted = 0;

-- index activity_person_once
CREATE UNIQUE INDEX activity_person_once ON activity_person (activity_id, person_id) WHERE deleted = 0;

-- index activity_person_person
CREATE INDEX activity_person_person ON activity_person (person_id) WHERE deleted = 0;

-- index charity_fund_flow_fund
CREATE INDEX charity_fund_flow_fund ON charity_fund_flow (fund_id, flowed_on) WHERE deleted = 0;

-- index charity_fund_flow_org
CREATE INDEX charity_fund_flow_org ON charity_fund_flow (org_code, flowed_on) WHERE deleted = 0;

-- index charity_fund_org
CREATE INDEX charity_fund_org ON charity_fund (org_code, established_on) WHERE deleted = 0;

-- index charity_referral_household
CREATE INDEX charity_referral_household ON charity_referral (household_id) WHERE deleted = 0;

-- index charity_referral_org
CREATE INDEX charity_referral_org ON charity_referral (org_code, referred_on) WHERE deleted = 0;

-- index charity_supermarket_org
CREATE INDEX charity_supermarket_org ON charity_supermarket (org_code, opened_on) WHERE deleted = 0;

-- index child_record_birth
CREATE INDEX child_record_birth ON child_record (birth_date) WHERE deleted = 0;

-- index child_record_id_number
CREATE INDEX child_record_id_number ON child_record (id_number) WHERE deleted = 0;

-- index child_record_name
CREATE INDEX child_record_name ON child_record (name_key) WHERE deleted = 0;

-- index child_record_org
CREATE INDEX child_record_org ON child_record (org_code, name_key) WHERE deleted = 0;

-- index child_record_person
CREATE UNIQUE INDEX child_record_person ON child_record (person_id) WHERE deleted = 0;

-- index community_org_name
CREATE UNIQUE INDEX community_org_name ON community_org (org_code, name) WHERE deleted = 0;

-- index community_org_org
CREATE INDEX community_org_org ON community_org (org_code, status) WHERE deleted = 0;

-- index donation_fund
CREATE INDEX donation_fund ON donation (fund_id) WHERE fund_id IS NOT NULL AND deleted = 0;

-- index donation_org
CREATE INDEX donation_org ON donation (org_code, received_on) WHERE deleted = 0;

-- index donation_project
CREATE INDEX donation_project ON donation (project_id) WHERE project_id IS NOT NULL AND deleted = 0;

-- index elderly_record_birth
CREATE INDEX elderly_record_birth ON elderly_record (birth_date) WHERE deleted = 0;

-- index elderly_record_id_number
CREATE INDEX elderly_record_id_number ON elderly_record (id_number) WHERE deleted = 0;

-- index elderly_record_name
CREATE INDEX elderly_record_name ON elderly_record (name_key) WHERE deleted = 0;

-- index elderly_record_org
CREATE INDEX elderly_record_org ON elderly_record (org_code, name_key) WHERE deleted = 0;

-- index elderly_record_person
CREATE UNIQUE INDEX elderly_record_person ON elderly_record (person_id) WHERE deleted = 0;

-- index fundraising_project_org
CREATE INDEX fundraising_project_org ON fundraising_project (org_code, starts_on) WHERE deleted = 0;

-- index happy_home_project_started
CREATE INDEX happy_home_project_started ON happy_home_project (started_on) WHERE deleted = 0;

-- index happy_home_project_village
CREATE UNIQUE INDEX happy_home_project_village ON happy_home_project (org_code) WHERE deleted = 0;

-- index org_unit_parent
CREATE INDEX org_unit_parent ON org_unit (parent_code, code);

-- index person_id_number
CREATE UNIQUE INDEX person_id_number ON person (id_number) WHERE deleted = 0;

-- index person_id_reversed
CREATE INDEX person_id_reversed ON person (id_reversed);

-- index person_phone
CREATE INDEX person_phone ON person (phone) WHERE phone <> '';

-- index person_phone_reversed
CREATE INDEX person_phone_reversed ON person (phone_reversed) WHERE phone_reversed <> '';

-- index pilot_township_once
CREATE UNIQUE INDEX pilot_township_once ON pilot_township (org_code) WHERE deleted = 0;

-- index project_evaluation_org
CREATE INDEX project_evaluation_org ON project_evaluation (org_code, evaluated_on) WHERE deleted = 0;

-- index project_evaluation_project
CREATE INDEX project_evaluation_project ON project_evaluation (project_id, evaluated_on) WHERE deleted = 0;

-- index project_spending_org
CREATE INDEX project_spending_org ON project_spending (org_code, spent_on) WHERE deleted = 0;

-- index project_spending_project
CREATE INDEX project_spending_project ON project_spending (project_id, spent_on) WHERE deleted = 0;

-- index purchased_project_org
CREATE INDEX purchased_project_org ON purchased_project (org_code, starts_on) WHERE deleted = 0;

-- index quarterly_report_quarter
CREATE INDEX quarterly_report_quarter ON quarterly_report (quarter, org_code) WHERE deleted = 0;

-- index quarterly_report_revision
CREATE UNIQUE INDEX quarterly_report_revision ON quarterly_report (org_code, quarter, revision) WHERE deleted = 0;

-- index relief_household_birth
CREATE INDEX relief_household_birth ON relief_household (birth_date) WHERE deleted = 0;

-- index relief_household_head
CREATE INDEX relief_household_head ON relief_household (head_person_id) WHERE deleted = 0;

-- index relief_household_id_number
CREATE INDEX relief_household_id_number ON relief_household (id_number) WHERE deleted = 0;

-- index relief_household_name
CREATE INDEX relief_household_name ON relief_household (name_key) WHERE deleted = 0;

-- index relief_household_org
CREATE INDEX relief_household_org ON relief_household (org_code, name_key) WHERE deleted = 0;

-- index relief_member_household
CREATE INDEX relief_member_household ON relief_member (household_id) WHERE deleted = 0;

-- index relief_member_person
CREATE UNIQUE INDEX relief_member_person ON relief_member (person_id) WHERE deleted = 0;

-- index service_activity_day
CREATE INDEX service_activity_day ON service_activity (held_on, kind, domain, people_served, org_code) WHERE deleted = 0;

-- index service_activity_org_day
CREATE INDEX service_activity_org_day ON service_activity (org_code, held_on) WHERE deleted = 0;

-- index service_activity_unit_day
CREATE INDEX service_activity_unit_day ON service_activity (service_unit_id, held_on, kind)
    WHERE deleted = 0 AND service_unit_id IS NOT NULL;

-- index service_unit_per_org
CREATE UNIQUE INDEX service_unit_per_org ON service_unit (org_code, tier) WHERE deleted = 0;

-- index social_worker_current
CREATE UNIQUE INDEX social_worker_current ON social_worker (person_id) WHERE deleted = 0 AND end_on IS NULL;

-- index social_worker_org
CREATE INDEX social_worker_org ON social_worker (org_code) WHERE deleted = 0;

-- index social_worker_person
CREATE INDEX social_worker_person ON social_worker (person_id) WHERE deleted = 0;

-- index social_worker_unit
CREATE INDEX social_worker_unit ON social_worker (service_unit_id) WHERE deleted = 0 AND service_unit_id IS NOT NULL;

-- index station_staff_unit
CREATE INDEX station_staff_unit ON station_staff (service_unit_id) WHERE deleted = 0;

-- index training_org_day
CREATE INDEX training_org_day ON training (org_code, held_on) WHERE deleted = 0;

-- index training_trainee_once
CREATE UNIQUE INDEX training_trainee_once ON training_trainee (training_id, person_id) WHERE deleted = 0;

-- index training_trainee_person
CREATE INDEX training_trainee_person ON training_trainee (person_id) WHERE deleted = 0;

-- index visit_day
CREATE INDEX visit_day ON visit (visit_on, ledger, kind, subject_id, org_code) WHERE deleted = 0;

-- index visit_org_day
CREATE INDEX visit_org_day ON visit (org_code, visit_on) WHERE deleted = 0;

-- index visit_subject
CREATE INDEX visit_subject ON visit (subject_id, visit_on) WHERE deleted = 0;

-- index volunteer_org
CREATE INDEX volunteer_org ON volunteer (org_code) WHERE deleted = 0;

-- index volunteer_person
CREATE UNIQUE INDEX volunteer_person ON volunteer (person_id) WHERE deleted = 0;

-- index volunteer_service_day
CREATE INDEX volunteer_service_day ON volunteer_service (served_on, with_social_worker, minutes, org_code) WHERE deleted = 0;

-- index volunteer_service_org_day
CREATE INDEX volunteer_service_org_day ON volunteer_service (org_code, served_on) WHERE deleted = 0;

-- index volunteer_service_volunteer
CREATE INDEX volunteer_service_volunteer ON volunteer_service (volunteer_id, served_on) WHERE deleted = 0;

-- index volunteer_team_members
CREATE INDEX volunteer_team_members ON volunteer (team_id) WHERE deleted = 0 AND team_id IS NOT NULL;

-- index volunteer_team_name
CREATE UNIQUE INDEX volunteer_team_name ON volunteer_team (org_code, name) WHERE deleted = 0;

-- trigger activity_participant_no_hard_delete
CREATE TRIGGER activity_participant_no_hard_delete BEFORE DELETE ON activity_participant
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger activity_person_no_hard_delete
CREATE TRIGGER activity_person_no_hard_delete BEFORE DELETE ON activity_person
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_fund_flow_no_hard_delete
CREATE TRIGGER charity_fund_flow_no_hard_delete BEFORE DELETE ON charity_fund_flow
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_fund_no_hard_delete
CREATE TRIGGER charity_fund_no_hard_delete BEFORE DELETE ON charity_fund
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_referral_no_hard_delete
CREATE TRIGGER charity_referral_no_hard_delete BEFORE DELETE ON charity_referral
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_supermarket_no_hard_delete
CREATE TRIGGER charity_supermarket_no_hard_delete BEFORE DELETE ON charity_supermarket
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger child_record_no_hard_delete
CREATE TRIGGER child_record_no_hard_delete BEFORE DELETE ON child_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger community_org_no_hard_delete
CREATE TRIGGER community_org_no_hard_delete BEFORE DELETE ON community_org
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger donation_no_hard_delete
CREATE TRIGGER donation_no_hard_delete BEFORE DELETE ON donation
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger elderly_record_no_hard_delete
CREATE TRIGGER elderly_record_no_hard_delete BEFORE DELETE ON elderly_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger fundraising_project_no_hard_delete
CREATE TRIGGER fundraising_project_no_hard_delete BEFORE DELETE ON fundraising_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger happy_home_project_no_hard_delete
CREATE TRIGGER happy_home_project_no_hard_delete BEFORE DELETE ON happy_home_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger person_no_hard_delete
CREATE TRIGGER person_no_hard_delete BEFORE DELETE ON person
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger pilot_township_no_hard_delete
CREATE TRIGGER pilot_township_no_hard_delete BEFORE DELETE ON pilot_township
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger project_evaluation_no_hard_delete
CREATE TRIGGER project_evaluation_no_hard_delete BEFORE DELETE ON project_evaluation
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger project_spending_no_hard_delete
CREATE TRIGGER project_spending_no_hard_delete BEFORE DELETE ON project_spending
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger purchased_project_no_hard_delete
CREATE TRIGGER purchased_project_no_hard_delete BEFORE DELETE ON purchased_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger quarterly_report_frozen
CREATE TRIGGER quarterly_report_frozen BEFORE UPDATE ON quarterly_report
    WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'a submitted report is frozen: correct it in a new revision');
END;

-- trigger quarterly_report_no_hard_delete
CREATE TRIGGER quarterly_report_no_hard_delete BEFORE DELETE ON quarterly_report
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger relief_household_no_hard_delete
CREATE TRIGGER relief_household_no_hard_delete BEFORE DELETE ON relief_household
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger relief_member_no_hard_delete
CREATE TRIGGER relief_member_no_hard_delete BEFORE DELETE ON relief_member
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger service_activity_no_hard_delete
CREATE TRIGGER service_activity_no_hard_delete BEFORE DELETE ON service_activity
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger service_unit_no_hard_delete
CREATE TRIGGER service_unit_no_hard_delete BEFORE DELETE ON service_unit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger social_worker_no_hard_delete
CREATE TRIGGER social_worker_no_hard_delete BEFORE DELETE ON social_worker
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger station_staff_no_hard_delete
CREATE TRIGGER station_staff_no_hard_delete BEFORE DELETE ON station_staff
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger training_no_hard_delete
CREATE TRIGGER training_no_hard_delete BEFORE DELETE ON training
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger training_trainee_no_hard_delete
CREATE TRIGGER training_trainee_no_hard_delete BEFORE DELETE ON training_trainee
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger visit_last_visit_insert
CREATE TRIGGER visit_last_visit_insert AFTER INSERT ON visit
BEGIN
    UPDATE elderly_record SET last_visit_on =
        (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = NEW.subject_id AND v.deleted = 0)
        WHERE NEW.ledger = 'elderly' AND id = NEW.subject_id;
    UPDATE child_record SET last_visit_on =
        (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = NEW.subject_id AND v.deleted = 0)
        WHERE NEW.ledger = 'child' AND id = NEW.subject_id;
    UPDATE relief_household SET last_visit_on =
        (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = NEW.subject_id AND v.deleted = 0
            AND v.kind IN ('household_check', 'review'))
        WHERE NEW.ledger = 'relief' AND id = NEW.subject_id;
END;

-- trigger visit_last_visit_update
CREATE TRIGGER visit_last_visit_update AFTER UPDATE OF subject_id, ledger, visit_on, kind, deleted ON visit
BEGIN
    UPDATE elderly_record SET last_visit_on =
        (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = elderly_record.id AND v.deleted = 0)
        WHERE id IN (OLD.subject_id, NEW.subject_id);
    UPDATE child_record SET last_visit_on =
        (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = child_record.id AND v.deleted = 0)
        WHERE id IN (OLD.subject_id, NEW.subject_id);
    UPDATE relief_household SET last_visit_on =
        (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = relief_household.id AND v.deleted = 0
            AND v.kind IN ('household_check', 'review'))
        WHERE id IN (OLD.subject_id, NEW.subject_id);
END;

-- trigger visit_no_hard_delete
CREATE TRIGGER visit_no_hard_delete BEFORE DELETE ON visit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger volunteer_no_hard_delete
CREATE TRIGGER volunteer_no_hard_delete BEFORE DELETE ON volunteer
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger volunteer_service_no_hard_delete
CREATE TRIGGER volunteer_service_no_hard_delete BEFORE DELETE ON volunteer_service
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger volunteer_team_no_hard_delete
CREATE TRIGGER volunteer_team_no_hard_delete BEFORE DELETE ON volunteer_team
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
