-- 005: charity resources (慈善资源) and government-purchased service projects (政府购买服务).
-- Money is integer fen (分), never negative; dates are ISO dates. Enum columns hold
-- stable English keys (labels live in core/domain). Common columns and the
-- no-hard-delete trigger as in 002.
-- Numbered 005 while 004 (social workers, organizations, volunteers, service
-- activities, training) is written in parallel: nothing here refers to 004's tables.

-- 慈善基金 / 社区基金会 / 村级互助金, held by the division in org_code.
CREATE TABLE charity_fund (
    id                 TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code           TEXT NOT NULL REFERENCES org_unit (code),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    updated_by         TEXT NOT NULL,
    version            INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted            INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    name               TEXT NOT NULL CHECK (name <> ''),
    kind               TEXT NOT NULL CHECK (kind IN ('community_foundation', 'charity_fund', 'village_fund')),
    established_on     TEXT NOT NULL CHECK (date(established_on) = established_on),
    initial_amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (initial_amount_fen >= 0),
    manager            TEXT NOT NULL DEFAULT '',
    note               TEXT NOT NULL DEFAULT ''
);
CREATE INDEX charity_fund_org ON charity_fund (org_code, established_on) WHERE deleted = 0;
CREATE TRIGGER charity_fund_no_hard_delete BEFORE DELETE ON charity_fund
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Money into and out of a fund. The balance (initial + in − out) never goes
-- below zero: CharityRepository refuses an outflow that would overdraw.
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
CREATE INDEX charity_fund_flow_fund ON charity_fund_flow (fund_id, flowed_on) WHERE deleted = 0;
CREATE INDEX charity_fund_flow_org ON charity_fund_flow (org_code, flowed_on) WHERE deleted = 0;
CREATE TRIGGER charity_fund_flow_no_hard_delete BEFORE DELETE ON charity_fund_flow
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 募捐项目.
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
CREATE INDEX fundraising_project_org ON fundraising_project (org_code, starts_on) WHERE deleted = 0;
CREATE TRIGGER fundraising_project_no_hard_delete BEFORE DELETE ON fundraising_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 捐赠: money, or goods with their estimated value in amount_fen; optionally into
-- a fund and/or for a fundraising project.
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
    donor_kind        TEXT NOT NULL CHECK (donor_kind IN ('person', 'company', 'organization', 'anonymous')),
    kind              TEXT NOT NULL CHECK (kind IN ('money', 'goods')),
    amount_fen        INTEGER NOT NULL CHECK (amount_fen >= 0),
    goods_description TEXT NOT NULL DEFAULT '' CHECK (kind = 'money' OR goods_description <> ''),
    fund_id           TEXT REFERENCES charity_fund (id),
    project_id        TEXT REFERENCES fundraising_project (id)
);
CREATE INDEX donation_org ON donation (org_code, received_on) WHERE deleted = 0;
CREATE INDEX donation_fund ON donation (fund_id) WHERE fund_id IS NOT NULL AND deleted = 0;
CREATE INDEX donation_project ON donation (project_id) WHERE project_id IS NOT NULL AND deleted = 0;
CREATE TRIGGER donation_no_hard_delete BEFORE DELETE ON donation
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 慈善超市.
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
    status      TEXT NOT NULL CHECK (status IN ('open', 'suspended', 'closed'))
);
CREATE INDEX charity_supermarket_org ON charity_supermarket (org_code, opened_on) WHERE deleted = 0;
CREATE TRIGGER charity_supermarket_no_hard_delete BEFORE DELETE ON charity_supermarket
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 幸福家园村社互助工程: one live row per village (org_code is the village).
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
    status           TEXT NOT NULL CHECK (status IN ('preparing', 'running', 'suspended')),
    note             TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX happy_home_project_village ON happy_home_project (org_code) WHERE deleted = 0;
CREATE INDEX happy_home_project_started ON happy_home_project (started_on) WHERE deleted = 0;
CREATE TRIGGER happy_home_project_no_hard_delete BEFORE DELETE ON happy_home_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 转介慈善救助: a relief household referred to charity aid. amount_fen is the aid
-- received, 0 unless aided.
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
    status          TEXT NOT NULL CHECK (status IN ('pending', 'aided', 'declined')),
    -- The service activity (资源链接) that made the referral. Deliberately a plain
    -- nullable id without REFERENCES: service_activity comes with migration 004,
    -- written in parallel; the link is tied up when both are merged.
    activity_id     TEXT CHECK (activity_id IS NULL OR length(activity_id) = 36)
);
CREATE INDEX charity_referral_household ON charity_referral (household_id) WHERE deleted = 0;
CREATE INDEX charity_referral_org ON charity_referral (org_code, referred_on) WHERE deleted = 0;
CREATE TRIGGER charity_referral_no_hard_delete BEFORE DELETE ON charity_referral
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 政府购买服务项目. domain: key of one of the 8 service domains (defined with the
-- service activities), NULL when the project spans several.
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
CREATE INDEX purchased_project_org ON purchased_project (org_code, starts_on) WHERE deleted = 0;
CREATE TRIGGER purchased_project_no_hard_delete BEFORE DELETE ON purchased_project
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Spending of a project by kind (人员经费 first).
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
    kind        TEXT NOT NULL CHECK (kind IN ('labour', 'activity', 'training', 'admin', 'other')),
    amount_fen  INTEGER NOT NULL CHECK (amount_fen > 0),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX project_spending_project ON project_spending (project_id, spent_on) WHERE deleted = 0;
CREATE INDEX project_spending_org ON project_spending (org_code, spent_on) WHERE deleted = 0;
CREATE TRIGGER project_spending_no_hard_delete BEFORE DELETE ON project_spending
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- 项目评估 by a third party, the township, the village or the bureau.
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
    evaluator_kind TEXT NOT NULL CHECK (evaluator_kind IN ('third_party', 'township', 'village', 'bureau')),
    score          INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    grade          TEXT NOT NULL DEFAULT '',
    published      INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1))
);
CREATE INDEX project_evaluation_project ON project_evaluation (project_id, evaluated_on) WHERE deleted = 0;
CREATE INDEX project_evaluation_org ON project_evaluation (org_code, evaluated_on) WHERE deleted = 0;
CREATE TRIGGER project_evaluation_no_hard_delete BEFORE DELETE ON project_evaluation
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
