-- Performance measures (SPEC 3.6): frozen NI30 cohort lists, the record of
-- computed figures with their model version, the editable unit costs of crime
-- and the gravity table that grades offences by Home Office offence group.

-- A cohort frozen by the scheme manager (NI30's cohort was agreed with the
-- Home Office at the start of the year and did not follow later selections).
CREATE TABLE cohort_lists (
  id                serial PRIMARY KEY,
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  scheme_id         integer NOT NULL REFERENCES schemes(id),
  name              text NOT NULL,
  performance_year  text CHECK (performance_year ~ '^[0-9]{4}/[0-9]{2}$'),
  cohort_date       date NOT NULL,
  note              text,
  frozen_by         integer REFERENCES users(id),
  frozen_by_label   text NOT NULL,
  frozen_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (partnership_id, scheme_id, name)
);

CREATE TABLE cohort_list_members (
  cohort_list_id  integer NOT NULL REFERENCES cohort_lists(id) ON DELETE CASCADE,
  person_id       bigint NOT NULL REFERENCES people(id),
  PRIMARY KEY (cohort_list_id, person_id)
);

-- Every figure computed, with its inputs and the model version it used.
CREATE TABLE performance_results (
  id              bigserial PRIMARY KEY,
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  measure         text NOT NULL CHECK (measure IN ('ni30','ni38','reoffending','ogrs3_cohort')),
  scheme_id       integer REFERENCES schemes(id),
  model_version   text NOT NULL,
  inputs          jsonb NOT NULL,
  figures         jsonb NOT NULL,
  computed_by     integer REFERENCES users(id),
  computed_by_label text NOT NULL,
  computed_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX performance_results_lookup ON performance_results (partnership_id, measure, computed_at);

-- Unit costs of crime. Rows with no partnership are the installation's seed;
-- a partnership's own row for a category overrides it. group_codes are the
-- 3-digit Home Office offence groups the category covers. pounds is NULL until
-- someone enters a figure: missing figures are never invented.
CREATE TABLE unit_costs (
  id              serial PRIMARY KEY,
  partnership_id  integer REFERENCES partnerships(id),
  category        text NOT NULL,
  pounds          numeric(12,2) CHECK (pounds >= 0),
  price_year      text,
  source          text,
  group_codes     text[] NOT NULL DEFAULT '{}',
  updated_by_label text,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX unit_costs_category ON unit_costs (coalesce(partnership_id, 0), category);

INSERT INTO unit_costs (category, pounds, price_year, source, group_codes) VALUES
  ('rape',                     39360, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{019}'),
  ('violence with injury',     14050, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{005,008}'),
  ('robbery',                  11320, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{034}'),
  ('theft of a vehicle',       10290, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{048,037}'),
  ('arson',                     8420, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{056}'),
  ('other sexual offences',     6520, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{016,017,018,020,021,022,023,024,025,026,027,070,071,072,073,074}'),
  ('criminal damage',           1350, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{058}'),
  ('theft from a vehicle',       870, '2015/16', 'Heeks et al. 2018, The economic and social costs of crime (Home Office)', '{045}'),
  -- Named in the source but without a figure here: for the user to enter.
  ('domestic burglary',         NULL, NULL, 'to be entered from Heeks et al. 2018, Table 1', '{028,029}'),
  ('violence without injury',   NULL, NULL, 'to be entered from Heeks et al. 2018, Table 1', '{105}'),
  ('theft from the person',     NULL, NULL, 'to be entered from Heeks et al. 2018, Table 1', '{039}'),
  ('other theft',               NULL, NULL, 'to be entered from Heeks et al. 2018, Table 1', '{040,041,044,046,049}');

-- Gravity of an offence, by 3-digit Home Office offence group, set by each
-- partnership (SPEC 3.3 and 3.6 use the same table). An offence in a group
-- with no row is counted as ungraded, never guessed.
CREATE TABLE offence_gravity (
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  group_code      text NOT NULL CHECK (group_code ~ '^[0-9]{3}$'),
  gravity         numeric(8,2) NOT NULL CHECK (gravity >= 0),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (partnership_id, group_code)
);
