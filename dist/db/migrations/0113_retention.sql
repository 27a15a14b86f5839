-- Retention (SPEC 3.8, issue 14). A record with no activity for the
-- partnership's retention period comes up for review, and the review decides:
-- keep it (with a reason, reviewed again later), erase it (every row about the
-- person goes), or anonymise it (the event rows stay for statistics, without
-- anything that identifies the person). Erasure and anonymisation are logged
-- as 'erasure' in the audit log, which keeps its entries: they hold ids only.

-- Years without activity before a record comes up for review. Six by default:
-- see docs/retention.md (configurable; check your force's policy).
ALTER TABLE partnerships ADD COLUMN retention_years integer NOT NULL DEFAULT 6 CHECK (retention_years BETWEEN 1 AND 100);

-- Set when a record is anonymised: it no longer comes up for review.
ALTER TABLE people ADD COLUMN anonymised_at timestamptz;

-- A decision to keep a record that came up for review, and when to look again.
CREATE TABLE retention_keeps (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  reason          text NOT NULL CHECK (length(trim(reason)) > 0),
  review_after    date NOT NULL,
  decided_by      integer REFERENCES users(id),
  decided_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX retention_keeps_person ON retention_keeps (person_id, review_after);
