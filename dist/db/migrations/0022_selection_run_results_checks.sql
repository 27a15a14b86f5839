-- Selection runs at force scale (SPEC 6), continued from 0021.
-- Per-row foreign-key checks on the people and partnership references cost
-- more than the insert itself (measured on PostgreSQL 15: 1.9 s against
-- 0.6 s for 31,000 rows; each check locks the referenced row). The rows are
-- written only by the selection run, for people it has just read, and the
-- partnership is the run's own (selection_runs keeps its foreign key). The
-- run reference keeps its foreign key, so deleting a run still deletes its
-- rows. Erasing a person still erases their run results: once per DELETE
-- statement, by the trigger below, instead of a cascade per row.
ALTER TABLE selection_run_results DROP CONSTRAINT selection_run_results_partnership_id_fkey;
ALTER TABLE selection_run_results DROP CONSTRAINT selection_run_results_person_id_fkey;

CREATE FUNCTION selection_run_results_erase_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM selection_run_results r USING erased e WHERE r.person_id = e.id;
  RETURN NULL;
END;
$$;

CREATE TRIGGER people_erase_selection_run_results
  AFTER DELETE ON people
  REFERENCING OLD TABLE AS erased
  FOR EACH STATEMENT EXECUTE FUNCTION selection_run_results_erase_people();
