-- A case is a person's management on a scheme (SPEC 2), so it ends when their
-- membership of the scheme ends: a panel's de-selection, an imported end date,
-- a death. Done here, once, so that every door that ends a membership (the
-- panel page, the API, the CLI, a memberships import) closes the case too, and
-- a de-selected person leaves the caseloads and gets no more alerts.
CREATE FUNCTION close_cases_on_membership_end() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.end_date IS NOT NULL AND OLD.end_date IS DISTINCT FROM NEW.end_date THEN
    UPDATE cases
       SET closed_on = GREATEST(NEW.end_date, cases.opened_on),
           version = cases.version + 1,
           updated_by_label = 'the membership ended',
           updated_at = now()
     WHERE cases.person_id = NEW.person_id
       AND cases.scheme_id = NEW.scheme_id
       AND cases.closed_on IS NULL
       AND NOT EXISTS (SELECT 1 FROM memberships m
                        WHERE m.person_id = NEW.person_id AND m.scheme_id = NEW.scheme_id
                          AND m.id <> NEW.id AND m.end_date IS NULL);
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER memberships_close_cases
  AFTER UPDATE OF end_date ON memberships
  FOR EACH ROW EXECUTE FUNCTION close_cases_on_membership_end();

-- Fires even under session_replication_role = replica, which imports of event
-- tables set to skip foreign-key triggers (src/imports/merge.ts skipKeyChecks):
-- whatever path a memberships import takes, it closes the cases it ends.
ALTER TABLE memberships ENABLE ALWAYS TRIGGER memberships_close_cases;
