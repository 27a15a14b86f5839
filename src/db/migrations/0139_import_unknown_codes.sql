-- An import's record counts the rows it stored with an offence code that is not
-- a known Home Office code (SPEC 3.1: kept as sent, and flagged), so that every
-- door's account of the import says so, not only the data-quality report.
ALTER TABLE imports ADD COLUMN rows_unknown_code integer NOT NULL DEFAULT 0;
