-- A selection run (SPEC 3.3, 6) counts each candidate's arrests and
-- intelligence reports in its frequency windows: read those by date, the
-- widest window's range of the index, not the whole tables (2 million
-- reports at force scale). person_id is carried in the index, so where the
-- pages are known all-visible (PostgreSQL's autovacuum, or a VACUUM) the
-- table is not read at all.
CREATE INDEX arrests_date ON arrests (partnership_id, arrest_date) INCLUDE (person_id);
CREATE INDEX intelligence_reports_date ON intelligence_reports (partnership_id, report_date) INCLUDE (person_id);
