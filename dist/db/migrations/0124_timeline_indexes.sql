-- The person page's timeline (issue 15) reads each case-management table by
-- person: these three had no index on person_id (0120 indexes them by case),
-- so each view of a person would scan them whole.
CREATE INDEX case_actions_person ON case_actions (person_id);
CREATE INDEX disengagements_person ON disengagements (person_id);
CREATE INDEX needs_assessments_person ON needs_assessments (person_id);
