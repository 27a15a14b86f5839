-- Selection runs at force scale (SPEC 6: a full run in ≤ 3 s on PostgreSQL,
-- ≤ 6 s on PGlite; a run stores about 30,000 rows for 200,000 people).
-- Each person's selection features are stored compactly (a JSON array of
-- about 150 bytes, against about 1 KB of scored criteria with reasons); the
-- criteria are recomputed from them with the run's matrix version when the
-- run is reopened (they are pure functions of features and matrix). Rows
-- stored before this keep their criteria JSON and no features.
ALTER TABLE selection_run_results ADD COLUMN features text;
ALTER TABLE selection_run_results ALTER COLUMN criteria DROP NOT NULL;
