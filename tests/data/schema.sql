-- user_version 3
-- application_id 1465075781

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
    risk_tier          TEXT NOT NULL CHECK (risk_tier IN ('high', 'key', 'general')),
    visit_interval     TEXT NOT NULL CHECK (visit_interval IN ('week', 'month', 'quarter', 'half_year', 'year')),
    note               TEXT NOT NULL DEFAULT ''
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
    risk_tier           TEXT NOT NULL CHECK (risk_tier IN ('high', 'key', 'general')),
    visit_interval      TEXT NOT NULL CHECK (visit_interval IN ('week', 'month', 'quarter', 'half_year', 'year')),
    note                TEXT NOT NULL DEFAULT ''
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
    level        TEXT NOT NULL CHECK (level IN ('province', 'city', 'county', 'township', 'village')),
    -- No foreign key: the jurisdiction's own parent lies outside the database.
    parent_code  TEXT CHECK (parent_code IS NULL OR length(parent_code) = 12),
    kind         TEXT NOT NULL,
    -- 街道/社区 are urban, 镇/乡/村 rural; targets for social organizations differ.
    area_type    TEXT NOT NULL CHECK (area_type IN ('urban', 'rural', 'other')),
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
    category           TEXT NOT NULL CHECK (category IN ('dibao_urban', 'dibao_rural', 'tekun_centralized',
                                                         'tekun_dispersed', 'temporary')),
    self_care          TEXT NOT NULL DEFAULT '' CHECK (self_care IN ('', 'full', 'partial', 'none')),
    monthly_amount_fen INTEGER NOT NULL CHECK (monthly_amount_fen >= 0),
    start_on           TEXT NOT NULL CHECK (date(start_on) = start_on),
    status             TEXT NOT NULL CHECK (status IN ('active', 'increased', 'reduced', 'stopped')),
    review_cycle       TEXT NOT NULL CHECK (review_cycle IN ('year', 'half_year')),
    address            TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);

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

-- table visit
CREATE TABLE visit (
    id            TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code      TEXT NOT NULL REFERENCES org_unit (code),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    updated_by    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    ledger        TEXT NOT NULL CHECK (ledger IN ('elderly', 'child', 'relief')),
    subject_id    TEXT NOT NULL,
    visit_on      TEXT NOT NULL CHECK (date(visit_on) = visit_on),
    mode          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('visit', 'household_check', 'review')),
    visitors      TEXT NOT NULL,   -- JSON array of {"name", "role"}; ≥ 2 for a household check
    visitor_count INTEGER NOT NULL CHECK (visitor_count >= 1),
    findings      TEXT NOT NULL DEFAULT '',
    actions       TEXT NOT NULL DEFAULT '',
    referral      TEXT NOT NULL DEFAULT '' CHECK (referral IN ('', 'charity', 'medical', 'housing', 'education', 'other')),
    referral_note TEXT NOT NULL DEFAULT '',
    CHECK (kind <> 'household_check' OR visitor_count >= 2)
);

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

-- index service_unit_per_org
CREATE UNIQUE INDEX service_unit_per_org ON service_unit (org_code, tier) WHERE deleted = 0;

-- index station_staff_unit
CREATE INDEX station_staff_unit ON station_staff (service_unit_id) WHERE deleted = 0;

-- index visit_org_day
CREATE INDEX visit_org_day ON visit (org_code, visit_on) WHERE deleted = 0;

-- index visit_subject
CREATE INDEX visit_subject ON visit (subject_id, visit_on) WHERE deleted = 0;

-- trigger child_record_no_hard_delete
CREATE TRIGGER child_record_no_hard_delete BEFORE DELETE ON child_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger elderly_record_no_hard_delete
CREATE TRIGGER elderly_record_no_hard_delete BEFORE DELETE ON elderly_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger person_no_hard_delete
CREATE TRIGGER person_no_hard_delete BEFORE DELETE ON person
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

-- trigger service_unit_no_hard_delete
CREATE TRIGGER service_unit_no_hard_delete BEFORE DELETE ON service_unit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger station_staff_no_hard_delete
CREATE TRIGGER station_staff_no_hard_delete BEFORE DELETE ON station_staff
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- trigger visit_no_hard_delete
CREATE TRIGGER visit_no_hard_delete BEFORE DELETE ON visit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
