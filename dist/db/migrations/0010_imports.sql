-- Imports of partner extracts (SPEC 3.1, formats of SPEC 5): what the import
-- pipeline needs beyond the data model of 0001.
--
-- Natural keys (how a re-import of the same file finds the rows it stored):
--   people             (partnership_id, person_ref)
--   outcomes           (person_id, offence_date, outcome_date, offence_code_raw, key_seq)
--   arrests            (person_id, arrest_date, offence_code_raw, key_seq)
--   intelligence       (person_id, report_date, topic, key_seq)
--   drug_tests         (person_id, test_date, key_seq)
--   custody_periods    (person_id, reception_date)
--   supervision_periods(person_id, kind, start_date)
--   memberships        (person_id, scheme_id, start_date)
--   addresses          (person_id, from_date)
-- key_seq numbers rows that share the rest of their key within one file (two
-- counts of the same offence on the same day are two offences), in file order.
-- Rows written by other features get key_seq 1.

ALTER TABLE outcomes ADD COLUMN key_seq integer NOT NULL DEFAULT 1;
ALTER TABLE arrests ADD COLUMN key_seq integer NOT NULL DEFAULT 1;
ALTER TABLE intelligence_reports ADD COLUMN key_seq integer NOT NULL DEFAULT 1;
ALTER TABLE drug_tests ADD COLUMN key_seq integer NOT NULL DEFAULT 1;

-- The area a person lives in, as the people extract states it. An area code
-- outside the partnership keeps its text and has no area_id.
ALTER TABLE people ADD COLUMN area_code text;
ALTER TABLE people ADD COLUMN area_id integer REFERENCES areas(id);
ALTER TABLE people ADD COLUMN postcode text;
-- A person merged into another (a recorded, reversible decision): kept so the
-- merge can be undone, and so rows that name them still find the survivor.
ALTER TABLE people ADD COLUMN merged_into_id bigint REFERENCES people(id);

CREATE INDEX custody_periods_key ON custody_periods (person_id, reception_date);
CREATE INDEX supervision_periods_key ON supervision_periods (person_id, kind, start_date);
CREATE INDEX memberships_key ON memberships (person_id, scheme_id, start_date);
CREATE INDEX addresses_key ON addresses (person_id, from_date);
CREATE INDEX people_same_name ON people (partnership_id, lower(family_name), lower(given_names), date_of_birth);

-- Two people who may be one: same name and date of birth, different identifiers.
-- Never merged silently; a user decides.
CREATE TABLE possible_duplicates (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,   -- the newer record
  other_person_id bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,   -- the one it resembles
  reason          text NOT NULL,
  import_id       integer REFERENCES imports(id),
  status          text NOT NULL DEFAULT 'open' CHECK (status IN ('open','merged','not_duplicate')),
  decided_by      integer REFERENCES users(id),
  decided_at      timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now(),
  CHECK (person_id <> other_person_id),
  UNIQUE (person_id, other_person_id)
);
CREATE INDEX possible_duplicates_open ON possible_duplicates (partnership_id, status);

-- A merge: every row moved from the merged person to the survivor is listed in
-- moved_rows (JSON), so unmerging puts each one back.
CREATE TABLE person_merges (
  id               bigserial PRIMARY KEY,
  partnership_id   integer NOT NULL REFERENCES partnerships(id),
  kept_person_id   bigint NOT NULL REFERENCES people(id),
  merged_person_id bigint NOT NULL REFERENCES people(id),
  reason           text NOT NULL,
  moved_rows       text NOT NULL,
  merged_by        integer REFERENCES users(id),
  merged_at        timestamptz NOT NULL DEFAULT now(),
  unmerged_by      integer REFERENCES users(id),
  unmerged_at      timestamptz,
  CHECK (kept_person_id <> merged_person_id)
);
CREATE INDEX person_merges_people ON person_merges (partnership_id, merged_person_id);
