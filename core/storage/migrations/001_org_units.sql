-- 001: database identity and the administrative divisions of the jurisdiction.
-- Reference data: org_unit rows are imported from the bundled division list when
-- the database is created and are never edited by users, so they carry no sync columns.

PRAGMA application_id = 1465075781; -- "WSHE": refuse to migrate foreign SQLite files

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

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

CREATE INDEX org_unit_parent ON org_unit (parent_code, code);
