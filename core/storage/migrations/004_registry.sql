-- 004: the registries of the five societies and their work: social workers,
-- training, community social organizations, volunteers and service activities.
-- Same conventions as 002/003: the seven common columns, tombstones only,
-- enum columns hold stable English keys (Chinese labels live in core/domain).
-- Durations are integer MINUTES (training length, volunteer service, volunteer
-- time of an activity): 1.5 h = 90; reports divide by 60. Money is integer fen.

-- A social worker (or community worker) in a post. The person is the shared
-- person row (one per ID number, also used by the ledgers). org_code is the
-- division where the post is (township for station posts, village for community
-- workers). One current post (end_on IS NULL) per person.
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
    post                TEXT NOT NULL CHECK (post IN ('station_head', 'resident_worker', 'community_worker', 'agency_worker')),
    certificate_level   TEXT NOT NULL DEFAULT 'none'
                        CHECK (certificate_level IN ('none', 'assistant', 'intermediate', 'senior')),
    certificate_no      TEXT NOT NULL DEFAULT '',
    is_community_worker INTEGER NOT NULL DEFAULT 0 CHECK (is_community_worker IN (0, 1)),
    -- a community worker who sat the national exam (seed §五(五))
    sat_exam            INTEGER NOT NULL DEFAULT 0 CHECK (sat_exam IN (0, 1) AND (sat_exam = 0 OR is_community_worker = 1)),
    employer            TEXT NOT NULL DEFAULT '',
    start_on            TEXT NOT NULL CHECK (date(start_on) = start_on),
    end_on              TEXT CHECK (end_on IS NULL OR (date(end_on) = end_on AND end_on >= start_on))
);
CREATE INDEX social_worker_org ON social_worker (org_code) WHERE deleted = 0;
CREATE INDEX social_worker_person ON social_worker (person_id) WHERE deleted = 0;
CREATE INDEX social_worker_unit ON social_worker (service_unit_id) WHERE deleted = 0 AND service_unit_id IS NOT NULL;
CREATE UNIQUE INDEX social_worker_current ON social_worker (person_id) WHERE deleted = 0 AND end_on IS NULL;
CREATE TRIGGER social_worker_no_hard_delete BEFORE DELETE ON social_worker
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Three-level training (三级培训). org_code is the division that held it.
CREATE TABLE training (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    level           TEXT NOT NULL CHECK (level IN ('city', 'county', 'township')),
    held_on         TEXT NOT NULL CHECK (date(held_on) = held_on),
    topic           TEXT NOT NULL CHECK (topic <> ''),
    minutes         INTEGER NOT NULL CHECK (minutes > 0),
    organizer       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX training_org_day ON training (org_code, held_on) WHERE deleted = 0;
CREATE TRIGGER training_no_hard_delete BEFORE DELETE ON training
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Who attended a training; org_code is the training's.
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
    role            TEXT NOT NULL CHECK (role IN ('staff', 'social_worker', 'community_worker', 'volunteer'))
);
CREATE UNIQUE INDEX training_trainee_once ON training_trainee (training_id, person_id) WHERE deleted = 0;
CREATE INDEX training_trainee_person ON training_trainee (person_id) WHERE deleted = 0;
CREATE TRIGGER training_trainee_no_hard_delete BEFORE DELETE ON training_trainee
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Community social organizations (社区社会组织); org_code is the community/village.
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
    type              TEXT NOT NULL CHECK (type IN ('life_service', 'community_affairs', 'culture_sports', 'public_welfare')),
    -- counts towards the > 50 % service / public-welfare / mutual-aid target
    counts_as_service INTEGER NOT NULL DEFAULT 0 CHECK (counts_as_service IN (0, 1)),
    leader_name       TEXT NOT NULL DEFAULT '',
    leader_phone      TEXT NOT NULL DEFAULT '',
    members           INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
    founded_on        TEXT CHECK (founded_on IS NULL OR date(founded_on) = founded_on),
    status            TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'dormant', 'dissolved'))
);
CREATE INDEX community_org_org ON community_org (org_code, status) WHERE deleted = 0;
CREATE UNIQUE INDEX community_org_name ON community_org (org_code, name) WHERE deleted = 0;
CREATE TRIGGER community_org_no_hard_delete BEFORE DELETE ON community_org
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Service activities of the five societies. org_code is where it took place;
-- societies is a bit set: 1 community, 2 social_org, 4 social_worker, 8 volunteer, 16 charity.
CREATE TABLE service_activity (
    id                TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code          TEXT NOT NULL REFERENCES org_unit (code),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    updated_by        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted           INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    held_on           TEXT NOT NULL CHECK (date(held_on) = held_on),
    domain            TEXT NOT NULL CHECK (domain IN ('social_relief', 'elderly_care', 'child_welfare', 'community_governance',
                                                      'social_affairs', 'safety', 'rural_revitalization', 'epidemic_prevention')),
    kind              TEXT NOT NULL CHECK (kind IN ('needs_survey', 'service_plan', 'resource_linking', 'professional_service',
                                                    'visit', 'publicity', 'training', 'consultation', 'other')),
    societies         INTEGER NOT NULL DEFAULT 0 CHECK (societies BETWEEN 0 AND 31),
    service_unit_id   TEXT REFERENCES service_unit (id),
    title             TEXT NOT NULL CHECK (title <> ''),
    people_served     INTEGER NOT NULL DEFAULT 0 CHECK (people_served >= 0),
    volunteer_minutes INTEGER NOT NULL DEFAULT 0 CHECK (volunteer_minutes >= 0),
    money_fen         INTEGER NOT NULL DEFAULT 0 CHECK (money_fen >= 0),
    summary           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_activity_org_day ON service_activity (org_code, held_on) WHERE deleted = 0;
CREATE INDEX service_activity_unit_day ON service_activity (service_unit_id, held_on, kind)
    WHERE deleted = 0 AND service_unit_id IS NOT NULL;
CREATE TRIGGER service_activity_no_hard_delete BEFORE DELETE ON service_activity
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Organizations, volunteers and social workers who took part; ref_id is the row
-- of community_org, volunteer or social_worker by kind. org_code is the activity's.
CREATE TABLE activity_participant (
    id              TEXT PRIMARY KEY CHECK (length(id) = 36),
    org_code        TEXT NOT NULL REFERENCES org_unit (code),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    updated_by      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted         INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    activity_id     TEXT NOT NULL REFERENCES service_activity (id),
    kind            TEXT NOT NULL CHECK (kind IN ('org', 'volunteer', 'social_worker')),
    ref_id          TEXT NOT NULL CHECK (length(ref_id) = 36)
);
CREATE UNIQUE INDEX activity_participant_once ON activity_participant (activity_id, kind, ref_id) WHERE deleted = 0;
CREATE INDEX activity_participant_ref ON activity_participant (ref_id) WHERE deleted = 0;
CREATE TRIGGER activity_participant_no_hard_delete BEFORE DELETE ON activity_participant
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Ledger persons an activity served (optional detail of people_served).
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
CREATE UNIQUE INDEX activity_person_once ON activity_person (activity_id, person_id) WHERE deleted = 0;
CREATE INDEX activity_person_person ON activity_person (person_id) WHERE deleted = 0;
CREATE TRIGGER activity_person_no_hard_delete BEFORE DELETE ON activity_person
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Volunteer teams; org_code is the division the team belongs to.
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
CREATE UNIQUE INDEX volunteer_team_name ON volunteer_team (org_code, name) WHERE deleted = 0;
CREATE TRIGGER volunteer_team_no_hard_delete BEFORE DELETE ON volunteer_team
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Registered volunteers (the person row is shared with the ledgers).
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
CREATE UNIQUE INDEX volunteer_person ON volunteer (person_id) WHERE deleted = 0;
CREATE INDEX volunteer_org ON volunteer (org_code) WHERE deleted = 0;
CREATE INDEX volunteer_team_members ON volunteer (team_id) WHERE deleted = 0 AND team_id IS NOT NULL;
CREATE TRIGGER volunteer_no_hard_delete BEFORE DELETE ON volunteer
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;

-- Volunteer service records (志愿服务记录, 民政部令第67号); org_code is where the
-- service was done. with_social_worker marks 社工+志愿者 joint work.
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
CREATE INDEX volunteer_service_volunteer ON volunteer_service (volunteer_id, served_on) WHERE deleted = 0;
CREATE INDEX volunteer_service_org_day ON volunteer_service (org_code, served_on) WHERE deleted = 0;
CREATE TRIGGER volunteer_service_no_hard_delete BEFORE DELETE ON volunteer_service
BEGIN
    SELECT RAISE(ABORT, 'rows are never deleted: set deleted = 1');
END;
