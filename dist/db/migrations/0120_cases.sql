-- Case management (SPEC 3.5, issue 15): the daily work of an IOM team around
-- one person on a scheme. A case has a lead agency, a case manager and a team
-- (a role per agency); needs assessments across the seven pathways; a plan of
-- actions; appointments, with assertive outreach after a miss and the
-- disengagement pathway after repeated misses; alerts with an acknowledgement;
-- case notes; and release planning tasks. Every row a practitioner edits has a
-- version, raised by each save, for optimistic concurrency: a save that names
-- an older version is refused and shown the other change.

CREATE TABLE cases (
  id                 bigserial PRIMARY KEY,
  partnership_id     integer NOT NULL REFERENCES partnerships(id),
  person_id          bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  scheme_id          integer NOT NULL REFERENCES schemes(id),
  lead_agency_id     integer NOT NULL REFERENCES agencies(id),
  case_manager_id    integer REFERENCES users(id) ON DELETE SET NULL,
  opened_on          date NOT NULL,
  closed_on          date,
  version            integer NOT NULL DEFAULT 1,
  updated_by_label   text,
  updated_at         timestamptz NOT NULL DEFAULT now(),
  created_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (closed_on IS NULL OR closed_on >= opened_on)
);
-- One open case per person and scheme.
CREATE UNIQUE INDEX cases_open ON cases (person_id, scheme_id) WHERE closed_on IS NULL;
CREATE INDEX cases_partnership ON cases (partnership_id, closed_on);
CREATE INDEX cases_manager ON cases (case_manager_id) WHERE closed_on IS NULL;

-- The team around the case: one role per agency (the lead agency is also here,
-- with role 'lead'), optionally naming the worker.
CREATE TABLE case_team (
  id          bigserial PRIMARY KEY,
  case_id     bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  agency_id   integer NOT NULL REFERENCES agencies(id),
  user_id     integer REFERENCES users(id) ON DELETE SET NULL,
  role        text NOT NULL,
  added_on    date NOT NULL,
  UNIQUE (case_id, agency_id)
);
CREATE INDEX case_team_user ON case_team (user_id);
CREATE INDEX case_team_agency ON case_team (agency_id, case_id);

-- Needs assessments: initial, then follow-ups; each rates the seven pathways.
CREATE TABLE needs_assessments (
  id               bigserial PRIMARY KEY,
  partnership_id   integer NOT NULL REFERENCES partnerships(id),
  case_id          bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  person_id        bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind             text NOT NULL CHECK (kind IN ('initial','follow_up')),
  assessment_date  date NOT NULL,
  agency_id        integer REFERENCES agencies(id),
  created_by       integer REFERENCES users(id) ON DELETE SET NULL,
  created_by_label text NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX needs_assessments_case ON needs_assessments (case_id, assessment_date);
CREATE TABLE needs_ratings (
  assessment_id  bigint NOT NULL REFERENCES needs_assessments(id) ON DELETE CASCADE,
  pathway        text NOT NULL CHECK (pathway IN ('accommodation','education_training_employment','health','drugs_alcohol','finance_benefit_debt','children_families','attitudes_thinking_behaviour')),
  rating         text NOT NULL CHECK (rating IN ('none','low','medium','high')),
  note           text,
  PRIMARY KEY (assessment_id, pathway)
);

-- Appointments: planned, attended, missed or cancelled. A date may be any day
-- up to today when entered late; planned ones may be in the future.
CREATE TABLE appointments (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  case_id           bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  appointment_date  date NOT NULL,
  purpose           text NOT NULL,
  agency_id         integer REFERENCES agencies(id),
  status            text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned','attended','missed','cancelled')),
  outcome_recorded_on date,
  version           integer NOT NULL DEFAULT 1,
  created_by        integer REFERENCES users(id) ON DELETE SET NULL,
  created_by_label  text NOT NULL,
  updated_by_label  text,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX appointments_case ON appointments (case_id, appointment_date);
CREATE INDEX appointments_person ON appointments (person_id, appointment_date);

-- The plan, and the follow-ups the work itself opens: plan actions per
-- pathway; assertive outreach after a missed appointment; release planning
-- tasks (accommodation on release, treatment continuity, police told of the
-- release), each recording who was told and when.
CREATE TABLE case_actions (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  case_id           bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  kind              text NOT NULL CHECK (kind IN ('plan','assertive_outreach','release_accommodation','release_treatment','release_police_informed')),
  pathway           text CHECK (pathway IN ('accommodation','education_training_employment','health','drugs_alcohol','finance_benefit_debt','children_families','attitudes_thinking_behaviour')),
  description       text NOT NULL,
  owner_agency_id   integer REFERENCES agencies(id),
  due_date          date NOT NULL,
  status            text NOT NULL DEFAULT 'open' CHECK (status IN ('open','done','cancelled')),
  outcome           text,
  completed_on      date,
  appointment_id    bigint REFERENCES appointments(id) ON DELETE SET NULL,
  told_whom         text,
  told_on           date,
  version           integer NOT NULL DEFAULT 1,
  created_by        integer REFERENCES users(id) ON DELETE SET NULL,
  created_by_label  text NOT NULL,
  updated_by_label  text,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  created_at        timestamptz NOT NULL DEFAULT now(),
  CHECK (kind <> 'plan' OR pathway IS NOT NULL)
);
CREATE INDEX case_actions_case ON case_actions (case_id, status, due_date);
CREATE INDEX case_actions_open_due ON case_actions (partnership_id, due_date) WHERE status = 'open';

-- The disengagement pathway: opened by a further miss while outreach is open
-- or within 28 days after it. The lead records the route and its outcome.
CREATE TABLE disengagements (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  case_id           bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  opened_on         date NOT NULL,
  appointment_id    bigint REFERENCES appointments(id) ON DELETE SET NULL,
  stage             text NOT NULL DEFAULT 'opened' CHECK (stage IN ('opened','route_chosen','concluded')),
  route             text CHECK (route IN ('enforcement','breach','return_to_court')),
  route_on          date,
  outcome           text,
  concluded_on      date,
  version           integer NOT NULL DEFAULT 1,
  updated_by_label  text,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  created_at        timestamptz NOT NULL DEFAULT now()
);
-- At most one pathway in progress per case.
CREATE UNIQUE INDEX disengagements_open ON disengagements (case_id) WHERE stage <> 'concluded';

-- Case notes, with author, agency and sensitivity. 'health' notes are drug-
-- treatment and health detail: shown under the need-to-know rule for health.
CREATE TABLE case_notes (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  case_id           bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  note_date         date NOT NULL,
  body              text NOT NULL,
  sensitivity       text NOT NULL DEFAULT 'normal' CHECK (sensitivity IN ('normal','health')),
  author_id         integer REFERENCES users(id) ON DELETE SET NULL,
  author_label      text NOT NULL,
  agency_id         integer REFERENCES agencies(id),
  created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_notes_person ON case_notes (person_id, note_date);

-- Alerts, from imports and from the work. Recipients are roles on the case
-- ('lead', 'team'); the first acknowledgement closes it for all. dedupe_key
-- makes generation idempotent (one alert per source row or per due date).
CREATE TABLE alerts (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  person_id         bigint NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  case_id           bigint REFERENCES cases(id) ON DELETE CASCADE,
  kind              text NOT NULL CHECK (kind IN ('arrested','charged','positive_drug_test','remanded','released','missed_appointment','review_due','release_due')),
  raised_on         date NOT NULL,
  about_date        date,
  detail            text NOT NULL,
  recipients        text[] NOT NULL DEFAULT '{lead,team}',
  dedupe_key        text NOT NULL,
  acknowledged_by   integer REFERENCES users(id) ON DELETE SET NULL,
  acknowledged_by_label text,
  acknowledged_at   timestamptz,
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, kind, dedupe_key)
);
CREATE INDEX alerts_case ON alerts (case_id, acknowledged_at);
CREATE INDEX alerts_person ON alerts (person_id, raised_on);

-- Watch lists: saved searches a user names and runs daily.
CREATE TABLE watch_lists (
  id                bigserial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  user_id           integer REFERENCES users(id) ON DELETE CASCADE,
  name              text NOT NULL,
  query             text NOT NULL CHECK (query IN ('released_recently','convicted_this_month','offending_outside_areas','offending_by_type')),
  params            jsonb NOT NULL DEFAULT '{}',
  version           integer NOT NULL DEFAULT 1,
  created_at        timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, user_id, name)
);

-- DRR: how each DRR supervision period ended, and the yearly target of starts.
ALTER TABLE supervision_periods ADD COLUMN end_kind text CHECK (end_kind IN ('completed','early_termination','other'));
CREATE TABLE drr_targets (
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  year              text NOT NULL CHECK (year ~ '^[0-9]{4}/[0-9]{2}$'),
  starts            integer NOT NULL CHECK (starts >= 0),
  completions       integer CHECK (completions >= 0),
  PRIMARY KEY (partnership_id, year)
);

-- The assertive outreach window, configurable per partnership.
ALTER TABLE partnerships ADD COLUMN outreach_days integer NOT NULL DEFAULT 2 CHECK (outreach_days BETWEEN 0 AND 60);
