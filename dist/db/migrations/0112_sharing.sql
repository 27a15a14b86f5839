-- Information-sharing agreements between agencies (SPEC 3.8, issue 14). Each
-- disclosure to another agency names the agreement in force it relies on; one
-- with none is refused. An agreement is in force on the days [start_date,
-- end_date): the end is exclusive, and an open end means until it is ended.
-- Its parties are agencies, of this partnership or (for transfers) another in
-- the installation; the partnership that recorded it manages it.
CREATE TABLE sharing_agreements (
  id                 serial PRIMARY KEY,
  partnership_id     integer NOT NULL REFERENCES partnerships(id),
  title              text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  purpose            text NOT NULL CHECK (length(purpose) BETWEEN 1 AND 2000),
  data_categories    text[] NOT NULL CHECK (cardinality(data_categories) >= 1),
  start_date         date NOT NULL,
  end_date           date,
  recorded_by        integer REFERENCES users(id),
  recorded_by_label  text NOT NULL,
  recorded_at        timestamptz NOT NULL DEFAULT now(),
  ended_by_label     text,
  CHECK (end_date IS NULL OR end_date > start_date)
);
CREATE INDEX sharing_agreements_partnership ON sharing_agreements (partnership_id);

CREATE TABLE sharing_agreement_parties (
  agreement_id  integer NOT NULL REFERENCES sharing_agreements(id) ON DELETE CASCADE,
  agency_id     integer NOT NULL REFERENCES agencies(id),
  PRIMARY KEY (agreement_id, agency_id)
);
CREATE INDEX sharing_agreement_parties_agency ON sharing_agreement_parties (agency_id);
