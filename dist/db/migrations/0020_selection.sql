-- Selection matrix versions, selection runs and their results, review panels
-- and their decisions, risk assessments, MAPPA referrals and transfers
-- (SPEC 3.2–3.4). JSON is kept as text, exactly as written, on both engines.

-- Each save of a scheme's matrix is a new version; versions are never edited.
CREATE TABLE matrix_versions (
  id                serial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  scheme_id         integer NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
  version           integer NOT NULL CHECK (version > 0),
  note              text,
  config            text NOT NULL,          -- JSON MatrixConfig (src/selection/matrix.ts)
  created_by        integer REFERENCES users(id),
  created_by_label  text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (scheme_id, version)
);

CREATE TABLE selection_runs (
  id                 serial PRIMARY KEY,
  partnership_id     integer NOT NULL REFERENCES partnerships(id),
  scheme_id          integer NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
  matrix_version_id  integer NOT NULL REFERENCES matrix_versions(id),
  as_of              date NOT NULL,
  pool_size          integer NOT NULL,
  members            integer NOT NULL,
  capacity           integer,
  summary            text NOT NULL,         -- JSON: proposals, disproportionality, balance
  created_by         integer REFERENCES users(id),
  created_by_label   text NOT NULL,
  created_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX selection_runs_scheme ON selection_runs (scheme_id, as_of);

CREATE TABLE selection_run_results (
  run_id               integer NOT NULL REFERENCES selection_runs(id) ON DELETE CASCADE,
  partnership_id       integer NOT NULL REFERENCES partnerships(id),
  person_id            bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  rank                 integer NOT NULL,
  score                double precision NOT NULL,
  member               boolean NOT NULL,
  in_pool              boolean NOT NULL,
  above_lowest_member  boolean NOT NULL,
  priority             boolean NOT NULL,
  proposal             text CHECK (proposal IN ('select','deselect')),
  proposal_reasons     text NOT NULL,       -- JSON Reason[]
  criteria             text NOT NULL,       -- JSON CriterionResult[]
  PRIMARY KEY (run_id, person_id)
);
CREATE INDEX selection_run_results_rank ON selection_run_results (run_id, rank);

-- A review panel meeting for one scheme on one date.
CREATE TABLE panel_meetings (
  id                serial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  scheme_id         integer NOT NULL REFERENCES schemes(id) ON DELETE CASCADE,
  meeting_date      date NOT NULL,
  run_id            integer REFERENCES selection_runs(id),
  notes             text,
  created_by        integer REFERENCES users(id),
  created_by_label  text NOT NULL,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (scheme_id, meeting_date)
);

-- One decision on one agenda item. decision says what the panel did with the
-- proposal or flag (accept, reject, or override with professional judgement);
-- action says what happened to the membership.
CREATE TABLE panel_decisions (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  meeting_id        integer NOT NULL REFERENCES panel_meetings(id) ON DELETE CASCADE,
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  item              text NOT NULL,          -- what raised it: 'proposal:select', 'rule:stopped_offending', 'release', …
  decision          text NOT NULL CHECK (decision IN ('accept','reject','override')),
  action            text NOT NULL CHECK (action IN ('select','deselect','tier_move','none')),
  reason            text NOT NULL CHECK (length(trim(reason)) > 0),
  end_reason        text CHECK (end_reason IN ('stopped_offending','moved_area','significant_custody','regular_review','two_years_on_scheme','high_risk_of_harm','deceased','other')),
  exit_plan         text,
  tier_id           integer REFERENCES tiers(id),
  membership_id     bigint REFERENCES memberships(id),   -- the membership started or ended
  score             double precision,       -- the matrix score beside the judgement
  decided_by        integer REFERENCES users(id),
  decided_by_label  text NOT NULL,
  decided_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX panel_decisions_meeting ON panel_decisions (meeting_id);
CREATE INDEX panel_decisions_person ON panel_decisions (person_id, decided_at);

CREATE TABLE risk_assessments (
  id                        bigserial PRIMARY KEY,
  partnership_id            integer NOT NULL REFERENCES partnerships(id),
  person_id                 bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  assessment_date           date NOT NULL,
  risk_of_serious_harm      text NOT NULL CHECK (risk_of_serious_harm IN ('low','medium','high','very_high')),
  risk_of_serious_harm_raw  text,
  assessor                  text,
  agency_id                 integer REFERENCES agencies(id),
  notes                     text,
  created_by                integer REFERENCES users(id),
  created_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX risk_assessments_person ON risk_assessments (person_id, assessment_date);

CREATE TABLE mappa_referrals (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  person_id       bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  referral_date   date NOT NULL,
  outcome         text,
  outcome_date    date,
  created_by      integer REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mappa_referrals_person ON mappa_referrals (person_id, referral_date);

-- A move out of the area (SPEC 3.2). When the receiving area belongs to a
-- partnership on this installation, the transfer shows in its inbox with the
-- summary the sender disclosed; otherwise it records a notice sent outside.
CREATE TABLE transfers (
  id                   bigserial PRIMARY KEY,
  partnership_id       integer NOT NULL REFERENCES partnerships(id),   -- the sender
  person_id            bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  scheme_id            integer REFERENCES schemes(id),
  to_area_code         text NOT NULL,
  to_partnership_id    integer REFERENCES partnerships(id),
  summary              text NOT NULL,       -- JSON disclosed to the receiver
  note                 text,
  status               text NOT NULL CHECK (status IN ('sent','notified_outside','acknowledged','selected','not_selected')),
  notified_at          timestamptz NOT NULL DEFAULT now(),
  received_by          integer REFERENCES users(id),
  received_at          timestamptz,
  receiver_note        text,
  created_by           integer REFERENCES users(id),
  created_by_label     text NOT NULL
);
CREATE INDEX transfers_to ON transfers (to_partnership_id, status);
CREATE INDEX transfers_person ON transfers (person_id);
