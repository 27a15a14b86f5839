-- The NI38 cohort (SPEC 3.6) is the people identified by a drug test or a
-- required assessment in a period: read those by date, not the whole tables,
-- so NI38 for a 3,000-person cohort stays inside SPEC 6's 1 s.
CREATE INDEX drug_tests_date ON drug_tests (partnership_id, test_date);
CREATE INDEX required_assessments_date ON required_assessments (partnership_id, assessment_date);
