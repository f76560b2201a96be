-- 009: the quarterly report counts a quarter's service activities and volunteer
-- services of a whole county: a range of days, not of divisions (the *_org_day
-- indexes serve one division's days, so a county read all ten years' rows:
-- 186,000 volunteer services, ≈ 30 ms per statement). Covering the report's
-- columns, like visit_day (007), so the count reads no table rows.

CREATE INDEX service_activity_day ON service_activity (held_on, kind, domain, people_served, org_code) WHERE deleted = 0;
CREATE INDEX volunteer_service_day ON volunteer_service (served_on, with_social_worker, minutes, org_code) WHERE deleted = 0;
