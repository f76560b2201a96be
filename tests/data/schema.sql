-- user_version 10
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

-- table change_batch
CREATE TABLE change_batch (
    id            INTEGER PRIMARY KEY,
    started_at    TEXT NOT NULL,
    operator      TEXT NOT NULL CHECK (operator <> ''),  -- login name
    operator_name TEXT NOT NULL DEFAULT '',              -- display name (填表人)
    operator_role TEXT NOT NULL DEFAULT '',
    operator_unit TEXT NOT NULL DEFAULT '',              -- division code of the operator's unit
    kind          TEXT NOT NULL,                         -- e.g. elderly.save, import.elderly, undo
    summary       TEXT NOT NULL DEFAULT '',              -- what a person reads, e.g. 保存老年人台账：张三
    reverts       INTEGER REFERENCES change_batch (id),  -- undo and redo: the batch this one reverses
    log_rows      INTEGER NOT NULL DEFAULT 1 CHECK (log_rows IN (0, 1)), -- 0: generated demo data
    open          INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1))      -- 1 only inside its transaction
);

-- table change_bulk_mark
CREATE TABLE change_bulk_mark (
    table_name TEXT PRIMARY KEY,
    max_rowid  INTEGER NOT NULL
) WITHOUT ROWID;

-- table change_log
CREATE TABLE change_log (
    seq             INTEGER PRIMARY KEY,                 -- local order, never reused (rows are never deleted)
    batch           INTEGER REFERENCES change_batch (id),
    changed_at      TEXT NOT NULL,
    operator        TEXT NOT NULL,
    installation_id TEXT NOT NULL,
    table_name      TEXT NOT NULL,
    row_id          TEXT NOT NULL,
    org_code        TEXT NOT NULL,
    operation       TEXT NOT NULL CHECK (operation = 'insert' OR operation = 'update' OR operation = 'delete' OR operation = 'restore'),
    row_version     INTEGER NOT NULL,                    -- the row's version after the change
    old_values      TEXT,
    new_values      TEXT
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

-- index change_batch_open
CREATE UNIQUE INDEX change_batch_open ON change_batch (open) WHERE open = 1;

-- index change_log_batch
CREATE INDEX change_log_batch ON change_log (batch);

-- index change_log_row
CREATE INDEX change_log_row ON change_log (row_id);

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

-- trigger activity_participant_log_insert
CREATE TRIGGER activity_participant_log_insert AFTER INSERT ON activity_participant WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'activity_participant', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('activity_id', NEW.activity_id, 'kind', NEW.kind, 'ref_id', NEW.ref_id);
END;

-- trigger activity_participant_log_update
CREATE TRIGGER activity_participant_log_update AFTER UPDATE OF version ON activity_participant WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'activity_participant' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.activity_id IS NOT NEW.activity_id OR OLD.kind IS NOT NEW.kind OR OLD.ref_id IS NOT NEW.ref_id)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'activity_participant', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'activity_id' AS c, OLD.activity_id AS o, NEW.activity_id AS n UNION ALL SELECT 'kind' AS c, OLD.kind AS o, NEW.kind AS n UNION ALL SELECT 'ref_id' AS c, OLD.ref_id AS o, NEW.ref_id AS n) WHERE o IS NOT n;
END;

-- trigger activity_participant_no_hard_delete
CREATE TRIGGER activity_participant_no_hard_delete BEFORE DELETE ON activity_participant
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger activity_person_log_insert
CREATE TRIGGER activity_person_log_insert AFTER INSERT ON activity_person WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'activity_person', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('activity_id', NEW.activity_id, 'person_id', NEW.person_id);
END;

-- trigger activity_person_log_update
CREATE TRIGGER activity_person_log_update AFTER UPDATE OF version ON activity_person WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'activity_person' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.activity_id IS NOT NEW.activity_id OR OLD.person_id IS NOT NEW.person_id)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'activity_person', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'activity_id' AS c, OLD.activity_id AS o, NEW.activity_id AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n) WHERE o IS NOT n;
END;

-- trigger activity_person_no_hard_delete
CREATE TRIGGER activity_person_no_hard_delete BEFORE DELETE ON activity_person
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger change_batch_closed
CREATE TRIGGER change_batch_closed BEFORE UPDATE ON change_batch WHEN OLD.open = 0
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

-- trigger change_batch_no_delete
CREATE TRIGGER change_batch_no_delete BEFORE DELETE ON change_batch
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

-- trigger change_log_no_delete
CREATE TRIGGER change_log_no_delete BEFORE DELETE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

-- trigger change_log_no_update
CREATE TRIGGER change_log_no_update BEFORE UPDATE ON change_log
BEGIN
    SELECT RAISE(ABORT, 'the change log is append-only');
END;

-- trigger charity_fund_flow_log_insert
CREATE TRIGGER charity_fund_flow_log_insert AFTER INSERT ON charity_fund_flow WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_fund_flow', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('fund_id', NEW.fund_id, 'flowed_on', NEW.flowed_on, 'direction', NEW.direction, 'amount_fen', NEW.amount_fen, 'purpose', NEW.purpose);
END;

-- trigger charity_fund_flow_log_update
CREATE TRIGGER charity_fund_flow_log_update AFTER UPDATE OF version ON charity_fund_flow WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'charity_fund_flow' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.fund_id IS NOT NEW.fund_id OR OLD.flowed_on IS NOT NEW.flowed_on OR OLD.direction IS NOT NEW.direction OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.purpose IS NOT NEW.purpose)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_fund_flow', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'fund_id' AS c, OLD.fund_id AS o, NEW.fund_id AS n UNION ALL SELECT 'flowed_on' AS c, OLD.flowed_on AS o, NEW.flowed_on AS n UNION ALL SELECT 'direction' AS c, OLD.direction AS o, NEW.direction AS n UNION ALL SELECT 'amount_fen' AS c, OLD.amount_fen AS o, NEW.amount_fen AS n UNION ALL SELECT 'purpose' AS c, OLD.purpose AS o, NEW.purpose AS n) WHERE o IS NOT n;
END;

-- trigger charity_fund_flow_no_hard_delete
CREATE TRIGGER charity_fund_flow_no_hard_delete BEFORE DELETE ON charity_fund_flow
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_fund_log_insert
CREATE TRIGGER charity_fund_log_insert AFTER INSERT ON charity_fund WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_fund', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('name', NEW.name, 'kind', NEW.kind, 'established_on', NEW.established_on, 'initial_amount_fen', NEW.initial_amount_fen, 'manager', NEW.manager, 'note', NEW.note);
END;

-- trigger charity_fund_log_update
CREATE TRIGGER charity_fund_log_update AFTER UPDATE OF version ON charity_fund WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'charity_fund' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.name IS NOT NEW.name OR OLD.kind IS NOT NEW.kind OR OLD.established_on IS NOT NEW.established_on OR OLD.initial_amount_fen IS NOT NEW.initial_amount_fen OR OLD.manager IS NOT NEW.manager OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_fund', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'kind' AS c, OLD.kind AS o, NEW.kind AS n UNION ALL SELECT 'established_on' AS c, OLD.established_on AS o, NEW.established_on AS n UNION ALL SELECT 'initial_amount_fen' AS c, OLD.initial_amount_fen AS o, NEW.initial_amount_fen AS n UNION ALL SELECT 'manager' AS c, OLD.manager AS o, NEW.manager AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger charity_fund_no_hard_delete
CREATE TRIGGER charity_fund_no_hard_delete BEFORE DELETE ON charity_fund
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_referral_log_insert
CREATE TRIGGER charity_referral_log_insert AFTER INSERT ON charity_referral WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_referral', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('household_id', NEW.household_id, 'referred_on', NEW.referred_on, 'to_organization', NEW.to_organization, 'reason', NEW.reason, 'amount_fen', NEW.amount_fen, 'status', NEW.status, 'activity_id', NEW.activity_id);
END;

-- trigger charity_referral_log_update
CREATE TRIGGER charity_referral_log_update AFTER UPDATE OF version ON charity_referral WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'charity_referral' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.household_id IS NOT NEW.household_id OR OLD.referred_on IS NOT NEW.referred_on OR OLD.to_organization IS NOT NEW.to_organization OR OLD.reason IS NOT NEW.reason OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.status IS NOT NEW.status OR OLD.activity_id IS NOT NEW.activity_id)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_referral', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'household_id' AS c, OLD.household_id AS o, NEW.household_id AS n UNION ALL SELECT 'referred_on' AS c, OLD.referred_on AS o, NEW.referred_on AS n UNION ALL SELECT 'to_organization' AS c, OLD.to_organization AS o, NEW.to_organization AS n UNION ALL SELECT 'reason' AS c, OLD.reason AS o, NEW.reason AS n UNION ALL SELECT 'amount_fen' AS c, OLD.amount_fen AS o, NEW.amount_fen AS n UNION ALL SELECT 'status' AS c, OLD.status AS o, NEW.status AS n UNION ALL SELECT 'activity_id' AS c, OLD.activity_id AS o, NEW.activity_id AS n) WHERE o IS NOT n;
END;

-- trigger charity_referral_no_hard_delete
CREATE TRIGGER charity_referral_no_hard_delete BEFORE DELETE ON charity_referral
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger charity_supermarket_log_insert
CREATE TRIGGER charity_supermarket_log_insert AFTER INSERT ON charity_supermarket WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_supermarket', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('name', NEW.name, 'opened_on', NEW.opened_on, 'address', NEW.address, 'operator', NEW.operator, 'status', NEW.status);
END;

-- trigger charity_supermarket_log_update
CREATE TRIGGER charity_supermarket_log_update AFTER UPDATE OF version ON charity_supermarket WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'charity_supermarket' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.name IS NOT NEW.name OR OLD.opened_on IS NOT NEW.opened_on OR OLD.address IS NOT NEW.address OR OLD.operator IS NOT NEW.operator OR OLD.status IS NOT NEW.status)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'charity_supermarket', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'opened_on' AS c, OLD.opened_on AS o, NEW.opened_on AS n UNION ALL SELECT 'address' AS c, OLD.address AS o, NEW.address AS n UNION ALL SELECT 'operator' AS c, OLD.operator AS o, NEW.operator AS n UNION ALL SELECT 'status' AS c, OLD.status AS o, NEW.status AS n) WHERE o IS NOT n;
END;

-- trigger charity_supermarket_no_hard_delete
CREATE TRIGGER charity_supermarket_no_hard_delete BEFORE DELETE ON charity_supermarket
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger child_record_log_insert
CREATE TRIGGER child_record_log_insert AFTER INSERT ON child_record WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'child_record', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('person_id', NEW.person_id, 'registered_on', NEW.registered_on, 'categories', NEW.categories, 'guardianship_type', NEW.guardianship_type, 'guardian_name', NEW.guardian_name, 'guardian_relation', NEW.guardian_relation, 'guardian_phone', NEW.guardian_phone, 'guardian_id_number', NEW.guardian_id_number, 'father_name', NEW.father_name, 'father_workplace', NEW.father_workplace, 'father_phone', NEW.father_phone, 'mother_name', NEW.mother_name, 'mother_workplace', NEW.mother_workplace, 'mother_phone', NEW.mother_phone, 'schooling', NEW.schooling, 'boarding', NEW.boarding, 'health', NEW.health, 'disability_note', NEW.disability_note, 'income_sources', NEW.income_sources, 'assistance', NEW.assistance, 'risk_tier', NEW.risk_tier, 'visit_interval', NEW.visit_interval, 'note', NEW.note);
END;

-- trigger child_record_log_update
CREATE TRIGGER child_record_log_update AFTER UPDATE OF version ON child_record WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'child_record' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.person_id IS NOT NEW.person_id OR OLD.registered_on IS NOT NEW.registered_on OR OLD.categories IS NOT NEW.categories OR OLD.guardianship_type IS NOT NEW.guardianship_type OR OLD.guardian_name IS NOT NEW.guardian_name OR OLD.guardian_relation IS NOT NEW.guardian_relation OR OLD.guardian_phone IS NOT NEW.guardian_phone OR OLD.guardian_id_number IS NOT NEW.guardian_id_number OR OLD.father_name IS NOT NEW.father_name OR OLD.father_workplace IS NOT NEW.father_workplace OR OLD.father_phone IS NOT NEW.father_phone OR OLD.mother_name IS NOT NEW.mother_name OR OLD.mother_workplace IS NOT NEW.mother_workplace OR OLD.mother_phone IS NOT NEW.mother_phone OR OLD.schooling IS NOT NEW.schooling OR OLD.boarding IS NOT NEW.boarding OR OLD.health IS NOT NEW.health OR OLD.disability_note IS NOT NEW.disability_note OR OLD.income_sources IS NOT NEW.income_sources OR OLD.assistance IS NOT NEW.assistance OR OLD.risk_tier IS NOT NEW.risk_tier OR OLD.visit_interval IS NOT NEW.visit_interval OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'child_record', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n UNION ALL SELECT 'registered_on' AS c, OLD.registered_on AS o, NEW.registered_on AS n UNION ALL SELECT 'categories' AS c, OLD.categories AS o, NEW.categories AS n UNION ALL SELECT 'guardianship_type' AS c, OLD.guardianship_type AS o, NEW.guardianship_type AS n UNION ALL SELECT 'guardian_name' AS c, OLD.guardian_name AS o, NEW.guardian_name AS n UNION ALL SELECT 'guardian_relation' AS c, OLD.guardian_relation AS o, NEW.guardian_relation AS n UNION ALL SELECT 'guardian_phone' AS c, OLD.guardian_phone AS o, NEW.guardian_phone AS n UNION ALL SELECT 'guardian_id_number' AS c, OLD.guardian_id_number AS o, NEW.guardian_id_number AS n UNION ALL SELECT 'father_name' AS c, OLD.father_name AS o, NEW.father_name AS n UNION ALL SELECT 'father_workplace' AS c, OLD.father_workplace AS o, NEW.father_workplace AS n UNION ALL SELECT 'father_phone' AS c, OLD.father_phone AS o, NEW.father_phone AS n UNION ALL SELECT 'mother_name' AS c, OLD.mother_name AS o, NEW.mother_name AS n UNION ALL SELECT 'mother_workplace' AS c, OLD.mother_workplace AS o, NEW.mother_workplace AS n UNION ALL SELECT 'mother_phone' AS c, OLD.mother_phone AS o, NEW.mother_phone AS n UNION ALL SELECT 'schooling' AS c, OLD.schooling AS o, NEW.schooling AS n UNION ALL SELECT 'boarding' AS c, OLD.boarding AS o, NEW.boarding AS n UNION ALL SELECT 'health' AS c, OLD.health AS o, NEW.health AS n UNION ALL SELECT 'disability_note' AS c, OLD.disability_note AS o, NEW.disability_note AS n UNION ALL SELECT 'income_sources' AS c, OLD.income_sources AS o, NEW.income_sources AS n UNION ALL SELECT 'assistance' AS c, OLD.assistance AS o, NEW.assistance AS n UNION ALL SELECT 'risk_tier' AS c, OLD.risk_tier AS o, NEW.risk_tier AS n UNION ALL SELECT 'visit_interval' AS c, OLD.visit_interval AS o, NEW.visit_interval AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger child_record_no_hard_delete
CREATE TRIGGER child_record_no_hard_delete BEFORE DELETE ON child_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger community_org_log_insert
CREATE TRIGGER community_org_log_insert AFTER INSERT ON community_org WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'community_org', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('name', NEW.name, 'registration', NEW.registration, 'registration_no', NEW.registration_no, 'type', NEW.type, 'counts_as_service', NEW.counts_as_service, 'leader_name', NEW.leader_name, 'leader_phone', NEW.leader_phone, 'members', NEW.members, 'founded_on', NEW.founded_on, 'status', NEW.status);
END;

-- trigger community_org_log_update
CREATE TRIGGER community_org_log_update AFTER UPDATE OF version ON community_org WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'community_org' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.name IS NOT NEW.name OR OLD.registration IS NOT NEW.registration OR OLD.registration_no IS NOT NEW.registration_no OR OLD.type IS NOT NEW.type OR OLD.counts_as_service IS NOT NEW.counts_as_service OR OLD.leader_name IS NOT NEW.leader_name OR OLD.leader_phone IS NOT NEW.leader_phone OR OLD.members IS NOT NEW.members OR OLD.founded_on IS NOT NEW.founded_on OR OLD.status IS NOT NEW.status)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'community_org', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'registration' AS c, OLD.registration AS o, NEW.registration AS n UNION ALL SELECT 'registration_no' AS c, OLD.registration_no AS o, NEW.registration_no AS n UNION ALL SELECT 'type' AS c, OLD.type AS o, NEW.type AS n UNION ALL SELECT 'counts_as_service' AS c, OLD.counts_as_service AS o, NEW.counts_as_service AS n UNION ALL SELECT 'leader_name' AS c, OLD.leader_name AS o, NEW.leader_name AS n UNION ALL SELECT 'leader_phone' AS c, OLD.leader_phone AS o, NEW.leader_phone AS n UNION ALL SELECT 'members' AS c, OLD.members AS o, NEW.members AS n UNION ALL SELECT 'founded_on' AS c, OLD.founded_on AS o, NEW.founded_on AS n UNION ALL SELECT 'status' AS c, OLD.status AS o, NEW.status AS n) WHERE o IS NOT n;
END;

-- trigger community_org_no_hard_delete
CREATE TRIGGER community_org_no_hard_delete BEFORE DELETE ON community_org
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger donation_log_insert
CREATE TRIGGER donation_log_insert AFTER INSERT ON donation WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'donation', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('received_on', NEW.received_on, 'donor_name', NEW.donor_name, 'donor_kind', NEW.donor_kind, 'kind', NEW.kind, 'amount_fen', NEW.amount_fen, 'goods_description', NEW.goods_description, 'fund_id', NEW.fund_id, 'project_id', NEW.project_id);
END;

-- trigger donation_log_update
CREATE TRIGGER donation_log_update AFTER UPDATE OF version ON donation WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'donation' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.received_on IS NOT NEW.received_on OR OLD.donor_name IS NOT NEW.donor_name OR OLD.donor_kind IS NOT NEW.donor_kind OR OLD.kind IS NOT NEW.kind OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.goods_description IS NOT NEW.goods_description OR OLD.fund_id IS NOT NEW.fund_id OR OLD.project_id IS NOT NEW.project_id)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'donation', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'received_on' AS c, OLD.received_on AS o, NEW.received_on AS n UNION ALL SELECT 'donor_name' AS c, OLD.donor_name AS o, NEW.donor_name AS n UNION ALL SELECT 'donor_kind' AS c, OLD.donor_kind AS o, NEW.donor_kind AS n UNION ALL SELECT 'kind' AS c, OLD.kind AS o, NEW.kind AS n UNION ALL SELECT 'amount_fen' AS c, OLD.amount_fen AS o, NEW.amount_fen AS n UNION ALL SELECT 'goods_description' AS c, OLD.goods_description AS o, NEW.goods_description AS n UNION ALL SELECT 'fund_id' AS c, OLD.fund_id AS o, NEW.fund_id AS n UNION ALL SELECT 'project_id' AS c, OLD.project_id AS o, NEW.project_id AS n) WHERE o IS NOT n;
END;

-- trigger donation_no_hard_delete
CREATE TRIGGER donation_no_hard_delete BEFORE DELETE ON donation
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger elderly_record_log_insert
CREATE TRIGGER elderly_record_log_insert AFTER INSERT ON elderly_record WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'elderly_record', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('person_id', NEW.person_id, 'registered_on', NEW.registered_on, 'categories', NEW.categories, 'economic_sources', NEW.economic_sources, 'family_structure', NEW.family_structure, 'health_status', NEW.health_status, 'care_situation', NEW.care_situation, 'supporter_name', NEW.supporter_name, 'supporter_phone', NEW.supporter_phone, 'supporter_workplace', NEW.supporter_workplace, 'helper_name', NEW.helper_name, 'risk_tier', NEW.risk_tier, 'visit_interval', NEW.visit_interval, 'note', NEW.note);
END;

-- trigger elderly_record_log_update
CREATE TRIGGER elderly_record_log_update AFTER UPDATE OF version ON elderly_record WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'elderly_record' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.person_id IS NOT NEW.person_id OR OLD.registered_on IS NOT NEW.registered_on OR OLD.categories IS NOT NEW.categories OR OLD.economic_sources IS NOT NEW.economic_sources OR OLD.family_structure IS NOT NEW.family_structure OR OLD.health_status IS NOT NEW.health_status OR OLD.care_situation IS NOT NEW.care_situation OR OLD.supporter_name IS NOT NEW.supporter_name OR OLD.supporter_phone IS NOT NEW.supporter_phone OR OLD.supporter_workplace IS NOT NEW.supporter_workplace OR OLD.helper_name IS NOT NEW.helper_name OR OLD.risk_tier IS NOT NEW.risk_tier OR OLD.visit_interval IS NOT NEW.visit_interval OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'elderly_record', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n UNION ALL SELECT 'registered_on' AS c, OLD.registered_on AS o, NEW.registered_on AS n UNION ALL SELECT 'categories' AS c, OLD.categories AS o, NEW.categories AS n UNION ALL SELECT 'economic_sources' AS c, OLD.economic_sources AS o, NEW.economic_sources AS n UNION ALL SELECT 'family_structure' AS c, OLD.family_structure AS o, NEW.family_structure AS n UNION ALL SELECT 'health_status' AS c, OLD.health_status AS o, NEW.health_status AS n UNION ALL SELECT 'care_situation' AS c, OLD.care_situation AS o, NEW.care_situation AS n UNION ALL SELECT 'supporter_name' AS c, OLD.supporter_name AS o, NEW.supporter_name AS n UNION ALL SELECT 'supporter_phone' AS c, OLD.supporter_phone AS o, NEW.supporter_phone AS n UNION ALL SELECT 'supporter_workplace' AS c, OLD.supporter_workplace AS o, NEW.supporter_workplace AS n UNION ALL SELECT 'helper_name' AS c, OLD.helper_name AS o, NEW.helper_name AS n UNION ALL SELECT 'risk_tier' AS c, OLD.risk_tier AS o, NEW.risk_tier AS n UNION ALL SELECT 'visit_interval' AS c, OLD.visit_interval AS o, NEW.visit_interval AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger elderly_record_no_hard_delete
CREATE TRIGGER elderly_record_no_hard_delete BEFORE DELETE ON elderly_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger fundraising_project_log_insert
CREATE TRIGGER fundraising_project_log_insert AFTER INSERT ON fundraising_project WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'fundraising_project', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('name', NEW.name, 'organizer', NEW.organizer, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'target_fen', NEW.target_fen, 'raised_fen', NEW.raised_fen);
END;

-- trigger fundraising_project_log_update
CREATE TRIGGER fundraising_project_log_update AFTER UPDATE OF version ON fundraising_project WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'fundraising_project' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.name IS NOT NEW.name OR OLD.organizer IS NOT NEW.organizer OR OLD.starts_on IS NOT NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR OLD.target_fen IS NOT NEW.target_fen OR OLD.raised_fen IS NOT NEW.raised_fen)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'fundraising_project', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'organizer' AS c, OLD.organizer AS o, NEW.organizer AS n UNION ALL SELECT 'starts_on' AS c, OLD.starts_on AS o, NEW.starts_on AS n UNION ALL SELECT 'ends_on' AS c, OLD.ends_on AS o, NEW.ends_on AS n UNION ALL SELECT 'target_fen' AS c, OLD.target_fen AS o, NEW.target_fen AS n UNION ALL SELECT 'raised_fen' AS c, OLD.raised_fen AS o, NEW.raised_fen AS n) WHERE o IS NOT n;
END;

-- trigger fundraising_project_no_hard_delete
CREATE TRIGGER fundraising_project_no_hard_delete BEFORE DELETE ON fundraising_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger happy_home_project_log_insert
CREATE TRIGGER happy_home_project_log_insert AFTER INSERT ON happy_home_project WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'happy_home_project', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('started_on', NEW.started_on, 'funds_raised_fen', NEW.funds_raised_fen, 'funds_used_fen', NEW.funds_used_fen, 'status', NEW.status, 'note', NEW.note);
END;

-- trigger happy_home_project_log_update
CREATE TRIGGER happy_home_project_log_update AFTER UPDATE OF version ON happy_home_project WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'happy_home_project' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.started_on IS NOT NEW.started_on OR OLD.funds_raised_fen IS NOT NEW.funds_raised_fen OR OLD.funds_used_fen IS NOT NEW.funds_used_fen OR OLD.status IS NOT NEW.status OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'happy_home_project', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'started_on' AS c, OLD.started_on AS o, NEW.started_on AS n UNION ALL SELECT 'funds_raised_fen' AS c, OLD.funds_raised_fen AS o, NEW.funds_raised_fen AS n UNION ALL SELECT 'funds_used_fen' AS c, OLD.funds_used_fen AS o, NEW.funds_used_fen AS n UNION ALL SELECT 'status' AS c, OLD.status AS o, NEW.status AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger happy_home_project_no_hard_delete
CREATE TRIGGER happy_home_project_no_hard_delete BEFORE DELETE ON happy_home_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger person_log_insert
CREATE TRIGGER person_log_insert AFTER INSERT ON person WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'person', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('id_number', NEW.id_number, 'name', NEW.name, 'sex', NEW.sex, 'birth_date', NEW.birth_date, 'ethnicity', NEW.ethnicity, 'phone', NEW.phone, 'address', NEW.address);
END;

-- trigger person_log_update
CREATE TRIGGER person_log_update AFTER UPDATE OF version ON person WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'person' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.id_number IS NOT NEW.id_number OR OLD.name IS NOT NEW.name OR OLD.sex IS NOT NEW.sex OR OLD.birth_date IS NOT NEW.birth_date OR OLD.ethnicity IS NOT NEW.ethnicity OR OLD.phone IS NOT NEW.phone OR OLD.address IS NOT NEW.address)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'person', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'id_number' AS c, OLD.id_number AS o, NEW.id_number AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'sex' AS c, OLD.sex AS o, NEW.sex AS n UNION ALL SELECT 'birth_date' AS c, OLD.birth_date AS o, NEW.birth_date AS n UNION ALL SELECT 'ethnicity' AS c, OLD.ethnicity AS o, NEW.ethnicity AS n UNION ALL SELECT 'phone' AS c, OLD.phone AS o, NEW.phone AS n UNION ALL SELECT 'address' AS c, OLD.address AS o, NEW.address AS n) WHERE o IS NOT n;
END;

-- trigger person_no_hard_delete
CREATE TRIGGER person_no_hard_delete BEFORE DELETE ON person
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger pilot_township_log_insert
CREATE TRIGGER pilot_township_log_insert AFTER INSERT ON pilot_township WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'pilot_township', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('designated_on', NEW.designated_on);
END;

-- trigger pilot_township_log_update
CREATE TRIGGER pilot_township_log_update AFTER UPDATE OF version ON pilot_township WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'pilot_township' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.designated_on IS NOT NEW.designated_on)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'pilot_township', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'designated_on' AS c, OLD.designated_on AS o, NEW.designated_on AS n) WHERE o IS NOT n;
END;

-- trigger pilot_township_no_hard_delete
CREATE TRIGGER pilot_township_no_hard_delete BEFORE DELETE ON pilot_township
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger project_evaluation_log_insert
CREATE TRIGGER project_evaluation_log_insert AFTER INSERT ON project_evaluation WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'project_evaluation', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('project_id', NEW.project_id, 'evaluated_on', NEW.evaluated_on, 'evaluator_kind', NEW.evaluator_kind, 'score', NEW.score, 'grade', NEW.grade, 'published', NEW.published);
END;

-- trigger project_evaluation_log_update
CREATE TRIGGER project_evaluation_log_update AFTER UPDATE OF version ON project_evaluation WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'project_evaluation' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.project_id IS NOT NEW.project_id OR OLD.evaluated_on IS NOT NEW.evaluated_on OR OLD.evaluator_kind IS NOT NEW.evaluator_kind OR OLD.score IS NOT NEW.score OR OLD.grade IS NOT NEW.grade OR OLD.published IS NOT NEW.published)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'project_evaluation', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'project_id' AS c, OLD.project_id AS o, NEW.project_id AS n UNION ALL SELECT 'evaluated_on' AS c, OLD.evaluated_on AS o, NEW.evaluated_on AS n UNION ALL SELECT 'evaluator_kind' AS c, OLD.evaluator_kind AS o, NEW.evaluator_kind AS n UNION ALL SELECT 'score' AS c, OLD.score AS o, NEW.score AS n UNION ALL SELECT 'grade' AS c, OLD.grade AS o, NEW.grade AS n UNION ALL SELECT 'published' AS c, OLD.published AS o, NEW.published AS n) WHERE o IS NOT n;
END;

-- trigger project_evaluation_no_hard_delete
CREATE TRIGGER project_evaluation_no_hard_delete BEFORE DELETE ON project_evaluation
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger project_spending_log_insert
CREATE TRIGGER project_spending_log_insert AFTER INSERT ON project_spending WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'project_spending', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('project_id', NEW.project_id, 'spent_on', NEW.spent_on, 'kind', NEW.kind, 'amount_fen', NEW.amount_fen, 'note', NEW.note);
END;

-- trigger project_spending_log_update
CREATE TRIGGER project_spending_log_update AFTER UPDATE OF version ON project_spending WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'project_spending' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.project_id IS NOT NEW.project_id OR OLD.spent_on IS NOT NEW.spent_on OR OLD.kind IS NOT NEW.kind OR OLD.amount_fen IS NOT NEW.amount_fen OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'project_spending', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'project_id' AS c, OLD.project_id AS o, NEW.project_id AS n UNION ALL SELECT 'spent_on' AS c, OLD.spent_on AS o, NEW.spent_on AS n UNION ALL SELECT 'kind' AS c, OLD.kind AS o, NEW.kind AS n UNION ALL SELECT 'amount_fen' AS c, OLD.amount_fen AS o, NEW.amount_fen AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger project_spending_no_hard_delete
CREATE TRIGGER project_spending_no_hard_delete BEFORE DELETE ON project_spending
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger purchased_project_log_insert
CREATE TRIGGER purchased_project_log_insert AFTER INSERT ON purchased_project WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'purchased_project', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('name', NEW.name, 'buyer', NEW.buyer, 'contractor', NEW.contractor, 'contract_amount_fen', NEW.contract_amount_fen, 'starts_on', NEW.starts_on, 'ends_on', NEW.ends_on, 'domain', NEW.domain, 'published', NEW.published, 'note', NEW.note);
END;

-- trigger purchased_project_log_update
CREATE TRIGGER purchased_project_log_update AFTER UPDATE OF version ON purchased_project WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'purchased_project' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.name IS NOT NEW.name OR OLD.buyer IS NOT NEW.buyer OR OLD.contractor IS NOT NEW.contractor OR OLD.contract_amount_fen IS NOT NEW.contract_amount_fen OR OLD.starts_on IS NOT NEW.starts_on OR OLD.ends_on IS NOT NEW.ends_on OR OLD.domain IS NOT NEW.domain OR OLD.published IS NOT NEW.published OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'purchased_project', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'buyer' AS c, OLD.buyer AS o, NEW.buyer AS n UNION ALL SELECT 'contractor' AS c, OLD.contractor AS o, NEW.contractor AS n UNION ALL SELECT 'contract_amount_fen' AS c, OLD.contract_amount_fen AS o, NEW.contract_amount_fen AS n UNION ALL SELECT 'starts_on' AS c, OLD.starts_on AS o, NEW.starts_on AS n UNION ALL SELECT 'ends_on' AS c, OLD.ends_on AS o, NEW.ends_on AS n UNION ALL SELECT 'domain' AS c, OLD.domain AS o, NEW.domain AS n UNION ALL SELECT 'published' AS c, OLD.published AS o, NEW.published AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
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

-- trigger quarterly_report_log_insert
CREATE TRIGGER quarterly_report_log_insert AFTER INSERT ON quarterly_report WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'quarterly_report', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('quarter', NEW.quarter, 'revision', NEW.revision, 'status', NEW.status, 'source', NEW.source, 'reporting_unit', NEW.reporting_unit, 'unit_head', NEW.unit_head, 'reviewer', NEW.reviewer, 'preparer', NEW.preparer, 'phone', NEW.phone, 'report_date', NEW.report_date, 'practices', NEW.practices, 'cases', NEW.cases, 'problems', NEW.problems, 'next_plan', NEW.next_plan, 'reviewed_at', NEW.reviewed_at, 'submitted_at', NEW.submitted_at, 'content', NEW.content, 'digest', NEW.digest, 'received_at', NEW.received_at);
END;

-- trigger quarterly_report_log_update
CREATE TRIGGER quarterly_report_log_update AFTER UPDATE OF version ON quarterly_report WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'quarterly_report' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.quarter IS NOT NEW.quarter OR OLD.revision IS NOT NEW.revision OR OLD.status IS NOT NEW.status OR OLD.source IS NOT NEW.source OR OLD.reporting_unit IS NOT NEW.reporting_unit OR OLD.unit_head IS NOT NEW.unit_head OR OLD.reviewer IS NOT NEW.reviewer OR OLD.preparer IS NOT NEW.preparer OR OLD.phone IS NOT NEW.phone OR OLD.report_date IS NOT NEW.report_date OR OLD.practices IS NOT NEW.practices OR OLD.cases IS NOT NEW.cases OR OLD.problems IS NOT NEW.problems OR OLD.next_plan IS NOT NEW.next_plan OR OLD.reviewed_at IS NOT NEW.reviewed_at OR OLD.submitted_at IS NOT NEW.submitted_at OR OLD.content IS NOT NEW.content OR OLD.digest IS NOT NEW.digest OR OLD.received_at IS NOT NEW.received_at)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'quarterly_report', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'quarter' AS c, OLD.quarter AS o, NEW.quarter AS n UNION ALL SELECT 'revision' AS c, OLD.revision AS o, NEW.revision AS n UNION ALL SELECT 'status' AS c, OLD.status AS o, NEW.status AS n UNION ALL SELECT 'source' AS c, OLD.source AS o, NEW.source AS n UNION ALL SELECT 'reporting_unit' AS c, OLD.reporting_unit AS o, NEW.reporting_unit AS n UNION ALL SELECT 'unit_head' AS c, OLD.unit_head AS o, NEW.unit_head AS n UNION ALL SELECT 'reviewer' AS c, OLD.reviewer AS o, NEW.reviewer AS n UNION ALL SELECT 'preparer' AS c, OLD.preparer AS o, NEW.preparer AS n UNION ALL SELECT 'phone' AS c, OLD.phone AS o, NEW.phone AS n UNION ALL SELECT 'report_date' AS c, OLD.report_date AS o, NEW.report_date AS n UNION ALL SELECT 'practices' AS c, OLD.practices AS o, NEW.practices AS n UNION ALL SELECT 'cases' AS c, OLD.cases AS o, NEW.cases AS n UNION ALL SELECT 'problems' AS c, OLD.problems AS o, NEW.problems AS n UNION ALL SELECT 'next_plan' AS c, OLD.next_plan AS o, NEW.next_plan AS n UNION ALL SELECT 'reviewed_at' AS c, OLD.reviewed_at AS o, NEW.reviewed_at AS n UNION ALL SELECT 'submitted_at' AS c, OLD.submitted_at AS o, NEW.submitted_at AS n UNION ALL SELECT 'content' AS c, OLD.content AS o, NEW.content AS n UNION ALL SELECT 'digest' AS c, OLD.digest AS o, NEW.digest AS n UNION ALL SELECT 'received_at' AS c, OLD.received_at AS o, NEW.received_at AS n) WHERE o IS NOT n;
END;

-- trigger quarterly_report_no_hard_delete
CREATE TRIGGER quarterly_report_no_hard_delete BEFORE DELETE ON quarterly_report
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger relief_household_log_insert
CREATE TRIGGER relief_household_log_insert AFTER INSERT ON relief_household WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'relief_household', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('head_person_id', NEW.head_person_id, 'registered_on', NEW.registered_on, 'category', NEW.category, 'self_care', NEW.self_care, 'monthly_amount_fen', NEW.monthly_amount_fen, 'start_on', NEW.start_on, 'status', NEW.status, 'review_cycle', NEW.review_cycle, 'address', NEW.address, 'note', NEW.note);
END;

-- trigger relief_household_log_update
CREATE TRIGGER relief_household_log_update AFTER UPDATE OF version ON relief_household WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'relief_household' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.head_person_id IS NOT NEW.head_person_id OR OLD.registered_on IS NOT NEW.registered_on OR OLD.category IS NOT NEW.category OR OLD.self_care IS NOT NEW.self_care OR OLD.monthly_amount_fen IS NOT NEW.monthly_amount_fen OR OLD.start_on IS NOT NEW.start_on OR OLD.status IS NOT NEW.status OR OLD.review_cycle IS NOT NEW.review_cycle OR OLD.address IS NOT NEW.address OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'relief_household', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'head_person_id' AS c, OLD.head_person_id AS o, NEW.head_person_id AS n UNION ALL SELECT 'registered_on' AS c, OLD.registered_on AS o, NEW.registered_on AS n UNION ALL SELECT 'category' AS c, OLD.category AS o, NEW.category AS n UNION ALL SELECT 'self_care' AS c, OLD.self_care AS o, NEW.self_care AS n UNION ALL SELECT 'monthly_amount_fen' AS c, OLD.monthly_amount_fen AS o, NEW.monthly_amount_fen AS n UNION ALL SELECT 'start_on' AS c, OLD.start_on AS o, NEW.start_on AS n UNION ALL SELECT 'status' AS c, OLD.status AS o, NEW.status AS n UNION ALL SELECT 'review_cycle' AS c, OLD.review_cycle AS o, NEW.review_cycle AS n UNION ALL SELECT 'address' AS c, OLD.address AS o, NEW.address AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger relief_household_no_hard_delete
CREATE TRIGGER relief_household_no_hard_delete BEFORE DELETE ON relief_household
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger relief_member_log_insert
CREATE TRIGGER relief_member_log_insert AFTER INSERT ON relief_member WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'relief_member', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('household_id', NEW.household_id, 'person_id', NEW.person_id, 'relationship', NEW.relationship, 'work_ability', NEW.work_ability, 'health', NEW.health);
END;

-- trigger relief_member_log_update
CREATE TRIGGER relief_member_log_update AFTER UPDATE OF version ON relief_member WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'relief_member' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.household_id IS NOT NEW.household_id OR OLD.person_id IS NOT NEW.person_id OR OLD.relationship IS NOT NEW.relationship OR OLD.work_ability IS NOT NEW.work_ability OR OLD.health IS NOT NEW.health)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'relief_member', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'household_id' AS c, OLD.household_id AS o, NEW.household_id AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n UNION ALL SELECT 'relationship' AS c, OLD.relationship AS o, NEW.relationship AS n UNION ALL SELECT 'work_ability' AS c, OLD.work_ability AS o, NEW.work_ability AS n UNION ALL SELECT 'health' AS c, OLD.health AS o, NEW.health AS n) WHERE o IS NOT n;
END;

-- trigger relief_member_no_hard_delete
CREATE TRIGGER relief_member_no_hard_delete BEFORE DELETE ON relief_member
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger service_activity_log_insert
CREATE TRIGGER service_activity_log_insert AFTER INSERT ON service_activity WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'service_activity', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('held_on', NEW.held_on, 'domain', NEW.domain, 'kind', NEW.kind, 'societies', NEW.societies, 'service_unit_id', NEW.service_unit_id, 'title', NEW.title, 'people_served', NEW.people_served, 'volunteer_minutes', NEW.volunteer_minutes, 'money_fen', NEW.money_fen, 'summary', NEW.summary);
END;

-- trigger service_activity_log_update
CREATE TRIGGER service_activity_log_update AFTER UPDATE OF version ON service_activity WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'service_activity' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.held_on IS NOT NEW.held_on OR OLD.domain IS NOT NEW.domain OR OLD.kind IS NOT NEW.kind OR OLD.societies IS NOT NEW.societies OR OLD.service_unit_id IS NOT NEW.service_unit_id OR OLD.title IS NOT NEW.title OR OLD.people_served IS NOT NEW.people_served OR OLD.volunteer_minutes IS NOT NEW.volunteer_minutes OR OLD.money_fen IS NOT NEW.money_fen OR OLD.summary IS NOT NEW.summary)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'service_activity', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'held_on' AS c, OLD.held_on AS o, NEW.held_on AS n UNION ALL SELECT 'domain' AS c, OLD.domain AS o, NEW.domain AS n UNION ALL SELECT 'kind' AS c, OLD.kind AS o, NEW.kind AS n UNION ALL SELECT 'societies' AS c, OLD.societies AS o, NEW.societies AS n UNION ALL SELECT 'service_unit_id' AS c, OLD.service_unit_id AS o, NEW.service_unit_id AS n UNION ALL SELECT 'title' AS c, OLD.title AS o, NEW.title AS n UNION ALL SELECT 'people_served' AS c, OLD.people_served AS o, NEW.people_served AS n UNION ALL SELECT 'volunteer_minutes' AS c, OLD.volunteer_minutes AS o, NEW.volunteer_minutes AS n UNION ALL SELECT 'money_fen' AS c, OLD.money_fen AS o, NEW.money_fen AS n UNION ALL SELECT 'summary' AS c, OLD.summary AS o, NEW.summary AS n) WHERE o IS NOT n;
END;

-- trigger service_activity_no_hard_delete
CREATE TRIGGER service_activity_no_hard_delete BEFORE DELETE ON service_activity
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger service_unit_log_insert
CREATE TRIGGER service_unit_log_insert AFTER INSERT ON service_unit WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'service_unit', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('tier', NEW.tier, 'name', NEW.name, 'established_on', NEW.established_on, 'address', NEW.address, 'phone', NEW.phone, 'standardized', NEW.standardized, 'rules_in_place', NEW.rules_in_place, 'note', NEW.note);
END;

-- trigger service_unit_log_update
CREATE TRIGGER service_unit_log_update AFTER UPDATE OF version ON service_unit WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'service_unit' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.tier IS NOT NEW.tier OR OLD.name IS NOT NEW.name OR OLD.established_on IS NOT NEW.established_on OR OLD.address IS NOT NEW.address OR OLD.phone IS NOT NEW.phone OR OLD.standardized IS NOT NEW.standardized OR OLD.rules_in_place IS NOT NEW.rules_in_place OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'service_unit', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'tier' AS c, OLD.tier AS o, NEW.tier AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'established_on' AS c, OLD.established_on AS o, NEW.established_on AS n UNION ALL SELECT 'address' AS c, OLD.address AS o, NEW.address AS n UNION ALL SELECT 'phone' AS c, OLD.phone AS o, NEW.phone AS n UNION ALL SELECT 'standardized' AS c, OLD.standardized AS o, NEW.standardized AS n UNION ALL SELECT 'rules_in_place' AS c, OLD.rules_in_place AS o, NEW.rules_in_place AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger service_unit_no_hard_delete
CREATE TRIGGER service_unit_no_hard_delete BEFORE DELETE ON service_unit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger social_worker_log_insert
CREATE TRIGGER social_worker_log_insert AFTER INSERT ON social_worker WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'social_worker', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('person_id', NEW.person_id, 'service_unit_id', NEW.service_unit_id, 'post', NEW.post, 'certificate_level', NEW.certificate_level, 'certificate_no', NEW.certificate_no, 'is_community_worker', NEW.is_community_worker, 'sat_exam', NEW.sat_exam, 'employer', NEW.employer, 'start_on', NEW.start_on, 'end_on', NEW.end_on);
END;

-- trigger social_worker_log_update
CREATE TRIGGER social_worker_log_update AFTER UPDATE OF version ON social_worker WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'social_worker' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.person_id IS NOT NEW.person_id OR OLD.service_unit_id IS NOT NEW.service_unit_id OR OLD.post IS NOT NEW.post OR OLD.certificate_level IS NOT NEW.certificate_level OR OLD.certificate_no IS NOT NEW.certificate_no OR OLD.is_community_worker IS NOT NEW.is_community_worker OR OLD.sat_exam IS NOT NEW.sat_exam OR OLD.employer IS NOT NEW.employer OR OLD.start_on IS NOT NEW.start_on OR OLD.end_on IS NOT NEW.end_on)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'social_worker', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n UNION ALL SELECT 'service_unit_id' AS c, OLD.service_unit_id AS o, NEW.service_unit_id AS n UNION ALL SELECT 'post' AS c, OLD.post AS o, NEW.post AS n UNION ALL SELECT 'certificate_level' AS c, OLD.certificate_level AS o, NEW.certificate_level AS n UNION ALL SELECT 'certificate_no' AS c, OLD.certificate_no AS o, NEW.certificate_no AS n UNION ALL SELECT 'is_community_worker' AS c, OLD.is_community_worker AS o, NEW.is_community_worker AS n UNION ALL SELECT 'sat_exam' AS c, OLD.sat_exam AS o, NEW.sat_exam AS n UNION ALL SELECT 'employer' AS c, OLD.employer AS o, NEW.employer AS n UNION ALL SELECT 'start_on' AS c, OLD.start_on AS o, NEW.start_on AS n UNION ALL SELECT 'end_on' AS c, OLD.end_on AS o, NEW.end_on AS n) WHERE o IS NOT n;
END;

-- trigger social_worker_no_hard_delete
CREATE TRIGGER social_worker_no_hard_delete BEFORE DELETE ON social_worker
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger station_staff_log_insert
CREATE TRIGGER station_staff_log_insert AFTER INSERT ON station_staff WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'station_staff', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('service_unit_id', NEW.service_unit_id, 'name', NEW.name, 'id_number', NEW.id_number, 'phone', NEW.phone, 'post', NEW.post, 'start_on', NEW.start_on, 'end_on', NEW.end_on);
END;

-- trigger station_staff_log_update
CREATE TRIGGER station_staff_log_update AFTER UPDATE OF version ON station_staff WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'station_staff' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.service_unit_id IS NOT NEW.service_unit_id OR OLD.name IS NOT NEW.name OR OLD.id_number IS NOT NEW.id_number OR OLD.phone IS NOT NEW.phone OR OLD.post IS NOT NEW.post OR OLD.start_on IS NOT NEW.start_on OR OLD.end_on IS NOT NEW.end_on)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'station_staff', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'service_unit_id' AS c, OLD.service_unit_id AS o, NEW.service_unit_id AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'id_number' AS c, OLD.id_number AS o, NEW.id_number AS n UNION ALL SELECT 'phone' AS c, OLD.phone AS o, NEW.phone AS n UNION ALL SELECT 'post' AS c, OLD.post AS o, NEW.post AS n UNION ALL SELECT 'start_on' AS c, OLD.start_on AS o, NEW.start_on AS n UNION ALL SELECT 'end_on' AS c, OLD.end_on AS o, NEW.end_on AS n) WHERE o IS NOT n;
END;

-- trigger station_staff_no_hard_delete
CREATE TRIGGER station_staff_no_hard_delete BEFORE DELETE ON station_staff
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger training_log_insert
CREATE TRIGGER training_log_insert AFTER INSERT ON training WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'training', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('level', NEW.level, 'held_on', NEW.held_on, 'topic', NEW.topic, 'minutes', NEW.minutes, 'organizer', NEW.organizer);
END;

-- trigger training_log_update
CREATE TRIGGER training_log_update AFTER UPDATE OF version ON training WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'training' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.level IS NOT NEW.level OR OLD.held_on IS NOT NEW.held_on OR OLD.topic IS NOT NEW.topic OR OLD.minutes IS NOT NEW.minutes OR OLD.organizer IS NOT NEW.organizer)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'training', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'level' AS c, OLD.level AS o, NEW.level AS n UNION ALL SELECT 'held_on' AS c, OLD.held_on AS o, NEW.held_on AS n UNION ALL SELECT 'topic' AS c, OLD.topic AS o, NEW.topic AS n UNION ALL SELECT 'minutes' AS c, OLD.minutes AS o, NEW.minutes AS n UNION ALL SELECT 'organizer' AS c, OLD.organizer AS o, NEW.organizer AS n) WHERE o IS NOT n;
END;

-- trigger training_no_hard_delete
CREATE TRIGGER training_no_hard_delete BEFORE DELETE ON training
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger training_trainee_log_insert
CREATE TRIGGER training_trainee_log_insert AFTER INSERT ON training_trainee WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'training_trainee', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('training_id', NEW.training_id, 'person_id', NEW.person_id, 'role', NEW.role);
END;

-- trigger training_trainee_log_update
CREATE TRIGGER training_trainee_log_update AFTER UPDATE OF version ON training_trainee WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'training_trainee' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.training_id IS NOT NEW.training_id OR OLD.person_id IS NOT NEW.person_id OR OLD.role IS NOT NEW.role)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'training_trainee', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'training_id' AS c, OLD.training_id AS o, NEW.training_id AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n UNION ALL SELECT 'role' AS c, OLD.role AS o, NEW.role AS n) WHERE o IS NOT n;
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

-- trigger visit_log_insert
CREATE TRIGGER visit_log_insert AFTER INSERT ON visit WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'visit', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('ledger', NEW.ledger, 'subject_id', NEW.subject_id, 'visit_on', NEW.visit_on, 'mode', NEW.mode, 'kind', NEW.kind, 'visitors', NEW.visitors, 'visitor_count', NEW.visitor_count, 'findings', NEW.findings, 'actions', NEW.actions, 'referral', NEW.referral, 'referral_note', NEW.referral_note);
END;

-- trigger visit_log_update
CREATE TRIGGER visit_log_update AFTER UPDATE OF version ON visit WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'visit' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.ledger IS NOT NEW.ledger OR OLD.subject_id IS NOT NEW.subject_id OR OLD.visit_on IS NOT NEW.visit_on OR OLD.mode IS NOT NEW.mode OR OLD.kind IS NOT NEW.kind OR OLD.visitors IS NOT NEW.visitors OR OLD.visitor_count IS NOT NEW.visitor_count OR OLD.findings IS NOT NEW.findings OR OLD.actions IS NOT NEW.actions OR OLD.referral IS NOT NEW.referral OR OLD.referral_note IS NOT NEW.referral_note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'visit', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'ledger' AS c, OLD.ledger AS o, NEW.ledger AS n UNION ALL SELECT 'subject_id' AS c, OLD.subject_id AS o, NEW.subject_id AS n UNION ALL SELECT 'visit_on' AS c, OLD.visit_on AS o, NEW.visit_on AS n UNION ALL SELECT 'mode' AS c, OLD.mode AS o, NEW.mode AS n UNION ALL SELECT 'kind' AS c, OLD.kind AS o, NEW.kind AS n UNION ALL SELECT 'visitors' AS c, OLD.visitors AS o, NEW.visitors AS n UNION ALL SELECT 'visitor_count' AS c, OLD.visitor_count AS o, NEW.visitor_count AS n UNION ALL SELECT 'findings' AS c, OLD.findings AS o, NEW.findings AS n UNION ALL SELECT 'actions' AS c, OLD.actions AS o, NEW.actions AS n UNION ALL SELECT 'referral' AS c, OLD.referral AS o, NEW.referral AS n UNION ALL SELECT 'referral_note' AS c, OLD.referral_note AS o, NEW.referral_note AS n) WHERE o IS NOT n;
END;

-- trigger visit_no_hard_delete
CREATE TRIGGER visit_no_hard_delete BEFORE DELETE ON visit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger volunteer_log_insert
CREATE TRIGGER volunteer_log_insert AFTER INSERT ON volunteer WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'volunteer', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('person_id', NEW.person_id, 'team_id', NEW.team_id, 'volunteer_no', NEW.volunteer_no, 'skills', NEW.skills, 'registered_on', NEW.registered_on);
END;

-- trigger volunteer_log_update
CREATE TRIGGER volunteer_log_update AFTER UPDATE OF version ON volunteer WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'volunteer' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.person_id IS NOT NEW.person_id OR OLD.team_id IS NOT NEW.team_id OR OLD.volunteer_no IS NOT NEW.volunteer_no OR OLD.skills IS NOT NEW.skills OR OLD.registered_on IS NOT NEW.registered_on)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'volunteer', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'person_id' AS c, OLD.person_id AS o, NEW.person_id AS n UNION ALL SELECT 'team_id' AS c, OLD.team_id AS o, NEW.team_id AS n UNION ALL SELECT 'volunteer_no' AS c, OLD.volunteer_no AS o, NEW.volunteer_no AS n UNION ALL SELECT 'skills' AS c, OLD.skills AS o, NEW.skills AS n UNION ALL SELECT 'registered_on' AS c, OLD.registered_on AS o, NEW.registered_on AS n) WHERE o IS NOT n;
END;

-- trigger volunteer_no_hard_delete
CREATE TRIGGER volunteer_no_hard_delete BEFORE DELETE ON volunteer
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger volunteer_service_log_insert
CREATE TRIGGER volunteer_service_log_insert AFTER INSERT ON volunteer_service WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'volunteer_service', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('volunteer_id', NEW.volunteer_id, 'served_on', NEW.served_on, 'minutes', NEW.minutes, 'content', NEW.content, 'activity_id', NEW.activity_id, 'with_social_worker', NEW.with_social_worker);
END;

-- trigger volunteer_service_log_update
CREATE TRIGGER volunteer_service_log_update AFTER UPDATE OF version ON volunteer_service WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'volunteer_service' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.volunteer_id IS NOT NEW.volunteer_id OR OLD.served_on IS NOT NEW.served_on OR OLD.minutes IS NOT NEW.minutes OR OLD.content IS NOT NEW.content OR OLD.activity_id IS NOT NEW.activity_id OR OLD.with_social_worker IS NOT NEW.with_social_worker)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'volunteer_service', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'volunteer_id' AS c, OLD.volunteer_id AS o, NEW.volunteer_id AS n UNION ALL SELECT 'served_on' AS c, OLD.served_on AS o, NEW.served_on AS n UNION ALL SELECT 'minutes' AS c, OLD.minutes AS o, NEW.minutes AS n UNION ALL SELECT 'content' AS c, OLD.content AS o, NEW.content AS n UNION ALL SELECT 'activity_id' AS c, OLD.activity_id AS o, NEW.activity_id AS n UNION ALL SELECT 'with_social_worker' AS c, OLD.with_social_worker AS o, NEW.with_social_worker AS n) WHERE o IS NOT n;
END;

-- trigger volunteer_service_no_hard_delete
CREATE TRIGGER volunteer_service_no_hard_delete BEFORE DELETE ON volunteer_service
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger volunteer_team_log_insert
CREATE TRIGGER volunteer_team_log_insert AFTER INSERT ON volunteer_team WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'volunteer_team', NEW.id, NEW.org_code, 'insert', NEW.version, NULL, json_object('name', NEW.name, 'leader_name', NEW.leader_name, 'phone', NEW.phone, 'founded_on', NEW.founded_on, 'note', NEW.note);
END;

-- trigger volunteer_team_log_update
CREATE TRIGGER volunteer_team_log_update AFTER UPDATE OF version ON volunteer_team WHEN NOT EXISTS (SELECT 1 FROM change_batch WHERE open = 1 AND log_rows = 0) AND NOT EXISTS (SELECT 1 FROM change_bulk_mark WHERE table_name = 'volunteer_team' AND max_rowid < NEW.rowid) AND (OLD.deleted IS NOT NEW.deleted OR OLD.org_code IS NOT NEW.org_code OR OLD.name IS NOT NEW.name OR OLD.leader_name IS NOT NEW.leader_name OR OLD.phone IS NOT NEW.phone OR OLD.founded_on IS NOT NEW.founded_on OR OLD.note IS NOT NEW.note)
BEGIN
    INSERT INTO change_log (batch, changed_at, operator, installation_id, table_name, row_id, org_code, operation, row_version, old_values, new_values) SELECT (SELECT id FROM change_batch WHERE open = 1), NEW.updated_at, NEW.updated_by, (SELECT value FROM meta WHERE key = 'installation_id'), 'volunteer_team', NEW.id, NEW.org_code, CASE WHEN NEW.deleted > OLD.deleted THEN 'delete' WHEN NEW.deleted < OLD.deleted THEN 'restore' ELSE 'update' END, NEW.version, nullif(json_group_object(c, o), '{}'), nullif(json_group_object(c, n), '{}') FROM (SELECT 'org_code' AS c, OLD.org_code AS o, NEW.org_code AS n UNION ALL SELECT 'name' AS c, OLD.name AS o, NEW.name AS n UNION ALL SELECT 'leader_name' AS c, OLD.leader_name AS o, NEW.leader_name AS n UNION ALL SELECT 'phone' AS c, OLD.phone AS o, NEW.phone AS n UNION ALL SELECT 'founded_on' AS c, OLD.founded_on AS o, NEW.founded_on AS n UNION ALL SELECT 'note' AS c, OLD.note AS o, NEW.note AS n) WHERE o IS NOT n;
END;

-- trigger volunteer_team_no_hard_delete
CREATE TRIGGER volunteer_team_no_hard_delete BEFORE DELETE ON volunteer_team
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
