-- DRR targets (issue 15): a target is edited by scheme managers and
-- administrators from the web page, the API and the CLI. Like every edited
-- row it carries a version, so that the second of two conflicting saves is
-- refused and shown the first (If-Match on the API, a hidden field on the form).
ALTER TABLE drr_targets
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_by_label text,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
