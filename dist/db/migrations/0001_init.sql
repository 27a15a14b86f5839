-- Waymark's data model: SPEC section 2.
-- Conventions:
--  * every row that belongs to a partnership carries partnership_id, so one
--    installation can serve several partnerships without one seeing another's;
--  * periods are half-open [start, end): end_date is exclusive and NULL means open;
--    spans of one kind for one person never overlap (exclusion constraints);
--  * a mapped code keeps the text the partner sent beside it (*_raw).
-- SQL here must run on PostgreSQL 15 and on PGlite (PostgreSQL 18).

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE partnerships (
  id          serial PRIMARY KEY,
  code        text NOT NULL UNIQUE,
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- A local authority / community safety partnership area, or a neighbourhood in one.
CREATE TABLE areas (
  id              serial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  code            text NOT NULL,
  name            text NOT NULL,
  parent_area_id  integer REFERENCES areas(id),
  UNIQUE (partnership_id, code)
);

CREATE TABLE agencies (
  id              serial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  code            text NOT NULL,
  name            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('police','probation','prison','drug_service','youth_offending','local_authority','housing','voluntary')),
  UNIQUE (partnership_id, code)
);

CREATE TABLE users (
  id              serial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  agency_id       integer NOT NULL REFERENCES agencies(id),
  username        text NOT NULL UNIQUE,
  display_name    text NOT NULL,
  email           text,
  password_hash   text NOT NULL,
  role            text NOT NULL CHECK (role IN ('practitioner','scheme_manager','analyst','board_member','administrator')),
  totp_secret     text,
  disabled        boolean NOT NULL DEFAULT false,
  created_at      timestamptz NOT NULL DEFAULT now()
);

-- Sessions live in the database so any number of web processes can serve a user.
CREATE TABLE sessions (
  id           text PRIMARY KEY,            -- SHA-256 of the cookie's token
  user_id      integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id          serial PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name        text NOT NULL,
  token_hash  text NOT NULL UNIQUE,         -- SHA-256 of the token
  created_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at  timestamptz
);

-- Sign-in attempts, for rate limiting that holds across web processes.
CREATE TABLE sign_in_attempts (
  id          bigserial PRIMARY KEY,
  username    text NOT NULL,
  ip          text NOT NULL,
  at          timestamptz NOT NULL DEFAULT now(),
  succeeded   boolean NOT NULL
);
CREATE INDEX sign_in_attempts_recent ON sign_in_attempts (username, at);

-- Each import of a partner extract (SPEC 3.1).
CREATE TABLE imports (
  id              serial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  user_id         integer REFERENCES users(id),
  kind            text NOT NULL,
  file_name       text NOT NULL,
  sha256          text NOT NULL,
  status          text NOT NULL CHECK (status IN ('running','completed','failed')),
  mode            text NOT NULL DEFAULT 'all_or_nothing' CHECK (mode IN ('all_or_nothing','partial')),
  started_at      timestamptz NOT NULL DEFAULT now(),
  finished_at     timestamptz,
  rows_read       integer NOT NULL DEFAULT 0,
  rows_added      integer NOT NULL DEFAULT 0,
  rows_updated    integer NOT NULL DEFAULT 0,
  rows_unchanged  integer NOT NULL DEFAULT 0,
  rows_rejected   integer NOT NULL DEFAULT 0,
  message         text
);

-- Home Office offence codes (reference data an administrator loads) and the
-- 3-digit offence groups that stand in when no code table has been loaded.
CREATE TABLE offence_groups (
  group_code   text PRIMARY KEY CHECK (group_code ~ '^[0-9]{3}$'),
  description  text NOT NULL,
  category     text NOT NULL,
  ogrs3_category text,
  violent      boolean NOT NULL DEFAULT false,
  sexual       boolean NOT NULL DEFAULT false,
  neighbourhood_crime boolean NOT NULL DEFAULT false
);

CREATE TABLE offence_codes (
  code            text PRIMARY KEY CHECK (code ~ '^[0-9]{5}$'),
  group_code      text NOT NULL,
  category        text,
  description     text NOT NULL,
  ogrs3_category  text,
  actuarial_category text,
  violent         boolean NOT NULL DEFAULT false
);

CREATE TABLE people (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_ref      text NOT NULL,
  family_name     text NOT NULL,
  given_names     text NOT NULL,
  date_of_birth   date NOT NULL,
  sex             text NOT NULL CHECK (sex IN ('male','female','other','unknown')),
  sex_raw         text,
  ethnicity       text,                     -- 18+1 census categories; monitoring only
  ethnicity_raw   text,
  restricted      boolean NOT NULL DEFAULT false,
  date_of_death   date,
  import_id       integer REFERENCES imports(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, person_ref)
);
CREATE INDEX people_name ON people USING gin ((family_name || ' ' || given_names) gin_trgm_ops);

-- Named users who may see a restricted person.
CREATE TABLE person_access (
  person_id  bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  user_id    integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  PRIMARY KEY (person_id, user_id)
);

CREATE TABLE person_identifiers (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('pnc','cro','prison','probation_crn','drug_service','local')),
  value           text NOT NULL,
  UNIQUE (partnership_id, kind, value)
);
CREATE INDEX person_identifiers_person ON person_identifiers (person_id);

CREATE TABLE person_aliases (
  id           bigserial PRIMARY KEY,
  person_id    bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  family_name  text NOT NULL,
  given_names  text NOT NULL,
  date_of_birth date
);
CREATE INDEX person_aliases_person ON person_aliases (person_id);

-- Address history: which area a person lived in, over [from_date, to_date).
CREATE TABLE addresses (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  from_date       date NOT NULL,
  to_date         date,
  area_code       text NOT NULL,            -- as sent; may be outside the partnership
  area_id         integer REFERENCES areas(id),
  postcode        text,
  import_id       integer REFERENCES imports(id),
  CHECK (to_date IS NULL OR to_date > from_date),
  EXCLUDE USING gist (person_id WITH =, daterange(from_date, to_date, '[)') WITH &&)
);

-- ---------------------------------------------------------------- events
-- Each event kind is its own table, so each is aggregated once per person.

CREATE TABLE arrests (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  arrest_date     date NOT NULL,
  offence_code    text,
  offence_code_raw text,
  outcome         text CHECK (outcome IN ('charged','released','bailed','nfa','other')),
  outcome_raw     text,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX arrests_person ON arrests (person_id, arrest_date);

CREATE TABLE charges (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  charge_date     date NOT NULL,
  offence_code    text,
  offence_code_raw text,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX charges_person ON charges (person_id, charge_date);

-- A conviction or caution: one row per offence.
CREATE TABLE outcomes (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  offence_date    date NOT NULL,
  outcome_date    date NOT NULL,
  outcome         text NOT NULL CHECK (outcome IN ('conviction','caution')),
  outcome_raw     text,
  offence_code    text,                     -- 5-digit Home Office code when recognised
  offence_code_raw text NOT NULL,
  offence_code_known boolean NOT NULL DEFAULT true,
  offence_description text,
  disposal        text CHECK (disposal IN ('custody','community','suspended','fine','discharge','other')),
  disposal_raw    text,
  sentence_days   integer CHECK (sentence_days >= 0),
  court           text,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX outcomes_person ON outcomes (person_id, offence_date);

CREATE TABLE intelligence_reports (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  report_date     date NOT NULL,
  grading         text,
  topic           text,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX intelligence_reports_person ON intelligence_reports (person_id, report_date);

-- Drug test on arrest or charge.
CREATE TABLE drug_tests (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  test_date       date NOT NULL,
  opiates         boolean NOT NULL,
  cocaine         boolean NOT NULL,
  trigger_offence_code text,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX drug_tests_person ON drug_tests (person_id, test_date);

CREATE TABLE required_assessments (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  assessment_date date NOT NULL,
  attended        boolean,
  drug_misuser    boolean,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX required_assessments_person ON required_assessments (person_id, assessment_date);

CREATE TABLE breaches (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  breach_date     date NOT NULL,
  order_kind      text,
  outcome         text,
  import_id       integer REFERENCES imports(id)
);
CREATE INDEX breaches_person ON breaches (person_id, breach_date);

-- ---------------------------------------------------------------- periods

-- Custody over [reception_date, release_date); remand is a kind of custody.
CREATE TABLE custody_periods (
  id                    bigserial PRIMARY KEY,
  partnership_id        integer NOT NULL REFERENCES partnerships(id),
  person_id             bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind                  text NOT NULL CHECK (kind IN ('remand','sentenced')),
  kind_raw              text,
  reception_date        date NOT NULL,
  release_date          date,
  sentence_days         integer CHECK (sentence_days >= 0),
  expected_release_date date,
  establishment         text,
  import_id             integer REFERENCES imports(id),
  CHECK (release_date IS NULL OR release_date > reception_date),
  EXCLUDE USING gist (person_id WITH =, daterange(reception_date, release_date, '[)') WITH &&)
);

-- Community order, licence, DRR or none, over [start_date, end_date).
CREATE TABLE supervision_periods (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind            text NOT NULL CHECK (kind IN ('community_order','licence','drr','none')),
  kind_raw        text,
  statutory       boolean NOT NULL,
  start_date      date NOT NULL,
  end_date        date,
  import_id       integer REFERENCES imports(id),
  CHECK (end_date IS NULL OR end_date > start_date),
  EXCLUDE USING gist (person_id WITH =, kind WITH =, daterange(start_date, end_date, '[)') WITH &&)
);

-- ---------------------------------------------------------------- schemes

CREATE TABLE schemes (
  id              serial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  code            text NOT NULL,
  name            text NOT NULL,
  description     text,
  capacity        integer CHECK (capacity > 0),
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, code)
);

CREATE TABLE scheme_areas (
  scheme_id  integer NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
  area_id    integer NOT NULL REFERENCES areas(id),
  PRIMARY KEY (scheme_id, area_id)
);

CREATE TABLE strands (
  id         serial PRIMARY KEY,
  scheme_id  integer NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
  code       text NOT NULL,
  name       text NOT NULL,
  UNIQUE (scheme_id, code)
);

-- Tiers of intensity; rank 1 is the most intensive.
CREATE TABLE tiers (
  id         serial PRIMARY KEY,
  scheme_id  integer NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
  code       text NOT NULL,
  name       text NOT NULL,
  rank       integer NOT NULL,
  UNIQUE (scheme_id, code)
);

-- A person on a scheme over [start_date, end_date), in a tier.
CREATE TABLE memberships (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  scheme_id         integer NOT NULL REFERENCES schemes(id),
  tier_id           integer REFERENCES tiers(id),
  strand_id         integer REFERENCES strands(id),
  start_date        date NOT NULL,
  end_date          date,
  selection_reason  text,                   -- matrix result and panel decision, in words
  end_reason        text CHECK (end_reason IN ('stopped_offending','moved_area','significant_custody','regular_review','two_years_on_scheme','high_risk_of_harm','deceased','other')),
  end_reason_raw    text,                   -- the reason as stated, always kept
  exit_plan         text,
  import_id         integer REFERENCES imports(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date IS NULL OR end_date > start_date),
  EXCLUDE USING gist (person_id WITH =, scheme_id WITH =, daterange(start_date, end_date, '[)') WITH &&)
);
CREATE INDEX memberships_scheme ON memberships (scheme_id, start_date);

-- ---------------------------------------------------------------- audit
-- DPA 2018 s.62 logging: append-only, chained by hashes so tampering shows.
CREATE TABLE audit_log (
  id              bigserial PRIMARY KEY,
  at              timestamptz NOT NULL DEFAULT clock_timestamp(),
  partnership_id  integer REFERENCES partnerships(id),
  user_id         integer REFERENCES users(id),
  action          text NOT NULL CHECK (action IN ('collection','alteration','consultation','disclosure','combination','erasure','sign_in','sign_out','sign_in_failed')),
  person_id       bigint,                   -- no FK: the entry outlives an erased person
  what            text NOT NULL,
  justification   text,
  details         text,                     -- JSON, kept as written so its hash verifies
  prev_hash       text NOT NULL,
  hash            text NOT NULL
);
CREATE INDEX audit_log_person ON audit_log (person_id, at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
