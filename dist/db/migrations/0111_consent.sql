-- Consent to share health and drug-treatment detail (SPEC 3.8, issue 14).
-- Without it that detail is shown only to drug-service staff and the case's
-- lead agency. A consent has the date it was given and its scope: every agency
-- of the partnership, or a list of agency kinds. Withdrawing it keeps the row
-- (with the date withdrawn), so the record shows what was in force when; at
-- most one consent is in force for a person at a time.
CREATE TABLE health_consents (
  id                  bigserial PRIMARY KEY,
  partnership_id      integer NOT NULL REFERENCES partnerships(id),
  person_id           bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  given_date          date NOT NULL,
  share_with_all      boolean NOT NULL,
  agency_kinds        text[] NOT NULL DEFAULT '{}',
  recorded_by         integer REFERENCES users(id) ON DELETE SET NULL,
  recorded_by_label   text NOT NULL,
  recorded_at         timestamptz NOT NULL DEFAULT now(),
  withdrawn_date      date,
  withdrawn_by        integer REFERENCES users(id) ON DELETE SET NULL,
  withdrawn_by_label  text,
  CHECK (share_with_all OR cardinality(agency_kinds) > 0),
  CHECK (withdrawn_date IS NULL OR withdrawn_date >= given_date)
);
CREATE UNIQUE INDEX health_consents_in_force ON health_consents (person_id) WHERE withdrawn_date IS NULL;
CREATE INDEX health_consents_partnership ON health_consents (partnership_id, person_id);
