-- One offence reference (issue 12): selection and performance grade offences
-- by the same tables. offence_gravity (0030) is each partnership's gravity
-- table; here its neighbourhood-crime groups join it, with the reference's
-- version, bumped on each change, which a selection run stores. Until now the
-- selection matrix carried its own gravity table and groups; matrix versions
-- stored with them keep them in their JSON, where they are no longer read.

CREATE TABLE offence_references (
  partnership_id  integer PRIMARY KEY REFERENCES partnerships(id),
  version         integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_by_label text,
  updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE neighbourhood_crime_groups (
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  group_code      text NOT NULL CHECK (group_code ~ '^[0-9]{3}$'),
  PRIMARY KEY (partnership_id, group_code)
);

-- The reference version a run graded offences with (NULL: a run made before it).
ALTER TABLE selection_runs ADD COLUMN offence_reference_version integer;

-- Every partnership that exists now starts from the matrix's default table
-- (src/offences/defaults.ts, as it stood), so its selection scores do not
-- change. A gravity a partnership had already set for performance is kept.
-- Later partnerships are seeded by seedOffenceReference (src/offences/store.ts).
INSERT INTO offence_references (partnership_id) SELECT id FROM partnerships;

INSERT INTO offence_gravity (partnership_id, group_code, gravity)
SELECT p.id, d.group_code, d.gravity
FROM partnerships p CROSS JOIN (VALUES
  ('001', 10), ('002', 10), ('004', 10),
  ('019', 9), ('016', 9), ('070', 9), ('071', 9), ('072', 9), ('074', 9),
  ('003', 8), ('005', 8), ('029', 8), ('031', 8), ('057', 8), ('056', 8),
  ('008', 7), ('017', 7), ('020', 7), ('021', 7), ('022', 7), ('023', 7), ('034', 7),
  ('103', 6), ('028', 6), ('037', 6), ('013', 6), ('011', 6),
  ('104', 5), ('802', 5), ('030', 5), ('039', 5), ('048', 5), ('092', 5),
  ('105', 4), ('126', 4), ('149', 4), ('045', 4), ('054', 4), ('058', 4), ('009', 4), ('059', 4),
  ('130', 3), ('040', 3), ('041', 3), ('044', 3), ('046', 3), ('047', 3), ('049', 3), ('053', 3),
  ('193', 2), ('077', 2), ('093', 2)
) AS d(group_code, gravity)
ON CONFLICT (partnership_id, group_code) DO NOTHING;

INSERT INTO neighbourhood_crime_groups (partnership_id, group_code)
SELECT p.id, g FROM partnerships p CROSS JOIN unnest(ARRAY['028', '034', '039', '045', '048', '037', '126']) AS g;
