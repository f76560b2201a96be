-- 003: people and the three person ledgers (elderly, children, social relief) with visits.
-- A person is one row per 公民身份号码 across all ledgers. Ledger rows copy the
-- person's sort and search keys (name_key, id_number, birth_date) so that a
-- 200,000-row ledger pages, sorts and filters from its own indexes; the
-- repositories keep the copies in step inside the same transaction.
-- Enum columns hold stable English keys (labels live in core/domain).

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
CREATE UNIQUE INDEX person_id_number ON person (id_number) WHERE deleted = 0;
CREATE INDEX person_id_reversed ON person (id_reversed);
CREATE INDEX person_phone ON person (phone) WHERE phone <> '';
CREATE INDEX person_phone_reversed ON person (phone_reversed) WHERE phone_reversed <> '';
CREATE TRIGGER person_no_hard_delete BEFORE DELETE ON person
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Derived search index (not user data): every 1- and 2-character piece of a name,
-- so a search for a 2-character name is an index lookup, not a scan.
CREATE TABLE person_name_index (
    gram      TEXT NOT NULL,
    person_id TEXT NOT NULL REFERENCES person (id),
    PRIMARY KEY (gram, person_id)
) WITHOUT ROWID;

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
CREATE UNIQUE INDEX elderly_record_person ON elderly_record (person_id) WHERE deleted = 0;
CREATE INDEX elderly_record_name ON elderly_record (name_key) WHERE deleted = 0;
CREATE INDEX elderly_record_id_number ON elderly_record (id_number) WHERE deleted = 0;
CREATE INDEX elderly_record_org ON elderly_record (org_code, name_key) WHERE deleted = 0;
CREATE INDEX elderly_record_birth ON elderly_record (birth_date) WHERE deleted = 0;
CREATE TRIGGER elderly_record_no_hard_delete BEFORE DELETE ON elderly_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

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
CREATE UNIQUE INDEX child_record_person ON child_record (person_id) WHERE deleted = 0;
CREATE INDEX child_record_name ON child_record (name_key) WHERE deleted = 0;
CREATE INDEX child_record_id_number ON child_record (id_number) WHERE deleted = 0;
CREATE INDEX child_record_org ON child_record (org_code, name_key) WHERE deleted = 0;
CREATE INDEX child_record_birth ON child_record (birth_date) WHERE deleted = 0;
CREATE TRIGGER child_record_no_hard_delete BEFORE DELETE ON child_record
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- A relief household (以家庭为单位); its ledger row shows the head of household.
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
CREATE INDEX relief_household_head ON relief_household (head_person_id) WHERE deleted = 0;
CREATE INDEX relief_household_name ON relief_household (name_key) WHERE deleted = 0;
CREATE INDEX relief_household_id_number ON relief_household (id_number) WHERE deleted = 0;
CREATE INDEX relief_household_org ON relief_household (org_code, name_key) WHERE deleted = 0;
CREATE INDEX relief_household_birth ON relief_household (birth_date) WHERE deleted = 0;
CREATE TRIGGER relief_household_no_hard_delete BEFORE DELETE ON relief_household
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

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
-- One person, one live relief household.
CREATE UNIQUE INDEX relief_member_person ON relief_member (person_id) WHERE deleted = 0;
CREATE INDEX relief_member_household ON relief_member (household_id) WHERE deleted = 0;
CREATE TRIGGER relief_member_no_hard_delete BEFORE DELETE ON relief_member
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Visits and checks for any ledger record (subject_id is an elderly_record,
-- child_record or relief_household id, named by `ledger`).
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
-- "Last visit on or before day D" per subject is one index seek.
CREATE INDEX visit_subject ON visit (subject_id, visit_on) WHERE deleted = 0;
CREATE INDEX visit_org_day ON visit (org_code, visit_on) WHERE deleted = 0;
CREATE TRIGGER visit_no_hard_delete BEFORE DELETE ON visit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
