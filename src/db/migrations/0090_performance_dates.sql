-- Date-ordered reads for the performance measures (SPEC 3.6, and SPEC 6's 1 s
-- bar for a 3,000-person cohort), so none of them reads a whole event table:
-- the data currency shown beside NI30 (the latest outcome date on record) and
-- the proven-reoffending cohort's index events by outcome date; the NI38 cohort,
-- identified by drug tests and required assessments in its period.
CREATE INDEX outcomes_outcome_date ON outcomes (partnership_id, outcome_date);
CREATE INDEX drug_tests_date ON drug_tests (partnership_id, test_date);
CREATE INDEX required_assessments_date ON required_assessments (partnership_id, assessment_date);
