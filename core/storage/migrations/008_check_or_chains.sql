-- 008: CHECK constraints with a list of three or more values are rewritten from
-- `x IN ('a', 'b', 'c')` to `x = 'a' OR x = 'b' OR x = 'c'`. Same meaning: TEXT
-- affinity and BINARY collation apply alike to both forms, and NULL gives NULL in
-- both, which a CHECK lets pass (all these columns are NOT NULL anyway). The reason
-- is speed: SQLite 3.40 evaluates a CHECK's IN list of three or more constants by
-- filling a temporary b-tree on every row written (OpenEphemeral in EXPLAIN INSERT;
-- two values compile to plain comparisons, so `deleted IN (0, 1)` stays). CPU time
-- for 100,000 inserts (SQLite 3.40.1, in memory): elderly_record (2 lists) 1.66 s
-- before, 1.19 s after; visit (3 lists) 2.39 s before, 1.87 s after; see also
-- docs/benchmarks.md section 4.
--
-- Method: SQLite's documented procedure for constraint-only changes
-- (https://www.sqlite.org/lang_altertable.html, "Making Other Kinds Of Table Schema
-- Changes"): the table definitions in sqlite_schema are edited under writable_schema.
-- The stored rows and their record format do not change, and every existing row
-- satisfies the new CHECKs because they accept exactly the same values. The
-- alternative, the 12-step rebuild of the 19 tables, copies every row and rebuilds
-- their indexes and triggers: 164 s (20 s CPU, busy machine) and a file grown from
-- 1.1 to 1.6 GB on a county's ten years (1.5 million visits); this takes 0.01 s.
--
-- The procedure's steps that plain SQL cannot do are the Migrator's, for every
-- script: it raises schema_version by one when the script left it unchanged (a
-- PRAGMA takes no expression; other connections re-read the schema when it
-- moves), and it runs PRAGMA writable_schema = RESET before COMMIT, which turns
-- writable_schema off and makes this connection re-read the schema: a syntax error
-- here would fail the migration and roll it back instead of damaging the file.
-- Partial indexes and triggers hold no list of three or more constants; the two-
-- value `id IN (OLD.subject_id, NEW.subject_id)` in visit_last_visit_update does
-- open a temporary table (to probe the ledger's key), but an OR there measured no
-- faster, so the triggers stay as they are.
-- The edits are exact replacements of text written by migrations 001-007;
-- tests/core/CheckListTest.cpp checks that no such list is left and that each
-- rewritten column accepts the same values as before.

PRAGMA writable_schema = ON;

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''org'', ''volunteer'', ''social_worker''))',
    'CHECK (kind = ''org'' OR kind = ''volunteer'' OR kind = ''social_worker'')')
WHERE type = 'table' AND name = 'activity_participant';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''community_foundation'', ''charity_fund'', ''village_fund''))',
    'CHECK (kind = ''community_foundation'' OR kind = ''charity_fund'' OR
                                            kind = ''village_fund'')')
WHERE type = 'table' AND name = 'charity_fund';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''pending'', ''aided'', ''declined''))',
    'CHECK (status = ''pending'' OR status = ''aided'' OR status = ''declined'')')
WHERE type = 'table' AND name = 'charity_referral';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''open'', ''suspended'', ''closed''))',
    'CHECK (status = ''open'' OR status = ''suspended'' OR status = ''closed'')')
WHERE type = 'table' AND name = 'charity_supermarket';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (risk_tier IN (''high'', ''key'', ''general''))',
    'CHECK (risk_tier = ''high'' OR risk_tier = ''key'' OR risk_tier = ''general'')'),
    'CHECK (visit_interval IN (''week'', ''month'', ''quarter'', ''half_year'', ''year''))',
    'CHECK (visit_interval = ''week'' OR visit_interval = ''month'' OR
                                            visit_interval = ''quarter'' OR visit_interval = ''half_year'' OR
                                            visit_interval = ''year'')')
WHERE type = 'table' AND name = 'child_record';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (type IN (''life_service'', ''community_affairs'', ''culture_sports'', ''public_welfare''))',
    'CHECK (type = ''life_service'' OR type = ''community_affairs'' OR
                                           type = ''culture_sports'' OR type = ''public_welfare'')'),
    'CHECK (status IN (''active'', ''dormant'', ''dissolved''))',
    'CHECK (status = ''active'' OR status = ''dormant'' OR
                                                            status = ''dissolved'')')
WHERE type = 'table' AND name = 'community_org';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (donor_kind IN (''person'', ''company'', ''organization'', ''anonymous''))',
    'CHECK (donor_kind = ''person'' OR donor_kind = ''company'' OR
                                           donor_kind = ''organization'' OR donor_kind = ''anonymous'')')
WHERE type = 'table' AND name = 'donation';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (risk_tier IN (''high'', ''key'', ''general''))',
    'CHECK (risk_tier = ''high'' OR risk_tier = ''key'' OR risk_tier = ''general'')'),
    'CHECK (visit_interval IN (''week'', ''month'', ''quarter'', ''half_year'', ''year''))',
    'CHECK (visit_interval = ''week'' OR visit_interval = ''month'' OR
                                             visit_interval = ''quarter'' OR visit_interval = ''half_year'' OR
                                             visit_interval = ''year'')')
WHERE type = 'table' AND name = 'elderly_record';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''preparing'', ''running'', ''suspended''))',
    'CHECK (status = ''preparing'' OR status = ''running'' OR status = ''suspended'')')
WHERE type = 'table' AND name = 'happy_home_project';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (level IN (''province'', ''city'', ''county'', ''township'', ''village''))',
    'CHECK (level = ''province'' OR level = ''city'' OR level = ''county'' OR level = ''township'' OR
                                      level = ''village'')'),
    'CHECK (area_type IN (''urban'', ''rural'', ''other''))',
    'CHECK (area_type = ''urban'' OR area_type = ''rural'' OR area_type = ''other'')')
WHERE type = 'table' AND name = 'org_unit';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (evaluator_kind IN (''third_party'', ''township'', ''village'', ''bureau''))',
    'CHECK (evaluator_kind = ''third_party'' OR evaluator_kind = ''township'' OR
                                        evaluator_kind = ''village'' OR evaluator_kind = ''bureau'')')
WHERE type = 'table' AND name = 'project_evaluation';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (kind IN (''labour'', ''activity'', ''training'', ''admin'', ''other''))',
    'CHECK (kind = ''labour'' OR kind = ''activity'' OR kind = ''training'' OR kind = ''admin'' OR
                                     kind = ''other'')')
WHERE type = 'table' AND name = 'project_spending';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (status IN (''draft'', ''reviewed'', ''submitted''))',
    'CHECK (status = ''draft'' OR status = ''reviewed'' OR status = ''submitted'')')
WHERE type = 'table' AND name = 'quarterly_report';

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (category IN (''dibao_urban'', ''dibao_rural'', ''tekun_centralized'',
                                                         ''tekun_dispersed'', ''temporary''))',
    'CHECK (category = ''dibao_urban'' OR category = ''dibao_rural'' OR
                                            category = ''tekun_centralized'' OR category = ''tekun_dispersed'' OR
                                            category = ''temporary'')'),
    'CHECK (self_care IN ('''', ''full'', ''partial'', ''none''))',
    'CHECK (self_care = '''' OR self_care = ''full'' OR self_care = ''partial'' OR
                                                       self_care = ''none'')'),
    'CHECK (status IN (''active'', ''increased'', ''reduced'', ''stopped''))',
    'CHECK (status = ''active'' OR status = ''increased'' OR status = ''reduced'' OR
                                            status = ''stopped'')')
WHERE type = 'table' AND name = 'relief_household';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (domain IN (''social_relief'', ''elderly_care'', ''child_welfare'', ''community_governance'',
                                                      ''social_affairs'', ''safety'', ''rural_revitalization'', ''epidemic_prevention''))',
    'CHECK (domain = ''social_relief'' OR domain = ''elderly_care'' OR
                                           domain = ''child_welfare'' OR domain = ''community_governance'' OR
                                           domain = ''social_affairs'' OR domain = ''safety'' OR
                                           domain = ''rural_revitalization'' OR domain = ''epidemic_prevention'')'),
    'CHECK (kind IN (''needs_survey'', ''service_plan'', ''resource_linking'', ''professional_service'',
                                                    ''visit'', ''publicity'', ''training'', ''consultation'', ''other''))',
    'CHECK (kind = ''needs_survey'' OR kind = ''service_plan'' OR
                                           kind = ''resource_linking'' OR kind = ''professional_service'' OR
                                           kind = ''visit'' OR kind = ''publicity'' OR kind = ''training'' OR
                                           kind = ''consultation'' OR kind = ''other'')')
WHERE type = 'table' AND name = 'service_activity';

UPDATE sqlite_schema SET sql = replace(replace(sql,
    'CHECK (post IN (''station_head'', ''resident_worker'', ''community_worker'', ''agency_worker''))',
    'CHECK (post = ''station_head'' OR post = ''resident_worker'' OR
                                             post = ''community_worker'' OR post = ''agency_worker'')'),
    'CHECK (certificate_level IN (''none'', ''assistant'', ''intermediate'', ''senior''))',
    'CHECK (certificate_level = ''none'' OR certificate_level = ''assistant'' OR
                               certificate_level = ''intermediate'' OR certificate_level = ''senior'')')
WHERE type = 'table' AND name = 'social_worker';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (level IN (''city'', ''county'', ''township''))',
    'CHECK (level = ''city'' OR level = ''county'' OR level = ''township'')')
WHERE type = 'table' AND name = 'training';

UPDATE sqlite_schema SET sql = replace(sql,
    'CHECK (role IN (''staff'', ''social_worker'', ''community_worker'', ''volunteer''))',
    'CHECK (role = ''staff'' OR role = ''social_worker'' OR role = ''community_worker'' OR
                                         role = ''volunteer'')')
WHERE type = 'table' AND name = 'training_trainee';

UPDATE sqlite_schema SET sql = replace(replace(replace(sql,
    'CHECK (ledger IN (''elderly'', ''child'', ''relief''))',
    'CHECK (ledger = ''elderly'' OR ledger = ''child'' OR ledger = ''relief'')'),
    'CHECK (kind IN (''visit'', ''household_check'', ''review''))',
    'CHECK (kind = ''visit'' OR kind = ''household_check'' OR kind = ''review'')'),
    'CHECK (referral IN ('''', ''charity'', ''medical'', ''housing'', ''education'', ''other''))',
    'CHECK (referral = '''' OR referral = ''charity'' OR referral = ''medical'' OR
                                                  referral = ''housing'' OR referral = ''education'' OR referral = ''other'')')
WHERE type = 'table' AND name = 'visit';

PRAGMA writable_schema = OFF;
