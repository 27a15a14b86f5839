-- NI30 targets (issue 16): the performance ceiling (the agreed reduction, 0.16
-- for 16%) and an optional stretch, stored per scheme and performance year, so
-- that `waymark report annual` and the /reports page can leave --ceiling out.
-- Set by scheme managers and administrators (web, API and CLI); versioned for
-- optimistic concurrency like every edited row.
CREATE TABLE ni30_targets (
  partnership_id    integer NOT NULL REFERENCES partnerships(id),
  scheme_id         integer NOT NULL REFERENCES schemes(id),
  year              text NOT NULL CHECK (year ~ '^[0-9]{4}/[0-9]{2}$'),
  ceiling           double precision NOT NULL CHECK (ceiling >= 0 AND ceiling < 1),
  stretch           double precision CHECK (stretch >= 0 AND stretch < 1),
  version           integer NOT NULL DEFAULT 1,
  updated_by_label  text,
  updated_at        timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (partnership_id, scheme_id, year)
);
