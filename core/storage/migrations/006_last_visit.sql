-- 006: each ledger record keeps the date of its last live visit (relief: its last
-- household check or review), so the due-and-overdue list of a county reads one
-- column per record instead of seeking through ten years of visits. The column is
-- derived, not user data: triggers on visit keep it right whoever writes visits
-- (the app, the demo, an import), and it does not bump the record's version.

ALTER TABLE elderly_record ADD COLUMN last_visit_on TEXT;
ALTER TABLE child_record ADD COLUMN last_visit_on TEXT;
ALTER TABLE relief_household ADD COLUMN last_visit_on TEXT;

UPDATE elderly_record SET last_visit_on =
    (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = elderly_record.id AND v.deleted = 0);
UPDATE child_record SET last_visit_on =
    (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = child_record.id AND v.deleted = 0);
UPDATE relief_household SET last_visit_on =
    (SELECT max(v.visit_on) FROM visit v WHERE v.subject_id = relief_household.id AND v.deleted = 0
        AND v.kind IN ('household_check', 'review'));

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

-- An edit may move the visit to another day or record, change its kind, or tombstone
-- it: both the old and the new record are recomputed.
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
