-- 007: quarterly progress reports (issue 5) and pilot townships.
--
-- quarterly_report holds one row per revision of a unit's report for a quarter.
-- A local report is written as a draft, reviewed (已审核) and submitted (已报送);
-- submitting freezes it: figures and text are stored as submitted in `content`
-- (the upward package's JSON) with its SHA-256 `digest`, and the row can no
-- longer change. A correction is a new revision; the old one stays. A city's
-- database keeps its counties' imported packages here too (source 'imported').

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
    status          TEXT NOT NULL CHECK (status IN ('draft', 'reviewed', 'submitted')),
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

CREATE UNIQUE INDEX quarterly_report_revision ON quarterly_report (org_code, quarter, revision) WHERE deleted = 0;
CREATE INDEX quarterly_report_quarter ON quarterly_report (quarter, org_code) WHERE deleted = 0;

CREATE TRIGGER quarterly_report_no_hard_delete BEFORE DELETE ON quarterly_report
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- As submitted means as submitted: not even a tombstone.
CREATE TRIGGER quarterly_report_frozen BEFORE UPDATE ON quarterly_report
    WHEN OLD.status = 'submitted'
BEGIN
    SELECT RAISE(ABORT, 'a submitted report is frozen: correct it in a new revision');
END;

-- The pilot township of a pilot county (试点乡镇), whose pilot must cover more
-- than half of its communities; the report flags it when it does not.
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

CREATE UNIQUE INDEX pilot_township_once ON pilot_township (org_code) WHERE deleted = 0;

CREATE TRIGGER pilot_township_no_hard_delete BEFORE DELETE ON pilot_township
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- The report counts a quarter's visits of a whole county: a range of days, not of
-- divisions (visit_org_day serves one division's days). Covering, so the count
-- reads no visit rows.
CREATE INDEX visit_day ON visit (visit_on, ledger, kind, subject_id, org_code) WHERE deleted = 0;
