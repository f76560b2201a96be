-- 002: the four-tier social-work service system on top of the divisions.
-- Every user-written table carries the same sync and audit columns:
--   id (UUID), org_code (division the row belongs to), created_at, updated_at,
--   updated_by, version (bumped on every change), deleted (tombstone).
-- Hard deletes are refused by trigger: exchange between township and county
-- copies must see deletions as rows.

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

-- One live service unit per division and tier.
CREATE UNIQUE INDEX service_unit_per_org ON service_unit (org_code, tier) WHERE deleted = 0;

CREATE TRIGGER service_unit_no_hard_delete BEFORE DELETE ON service_unit
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

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

CREATE INDEX station_staff_unit ON station_staff (service_unit_id) WHERE deleted = 0;

CREATE TRIGGER station_staff_no_hard_delete BEFORE DELETE ON station_staff
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
