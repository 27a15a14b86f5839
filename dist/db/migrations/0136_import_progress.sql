-- Beyond one machine (issue 18): everything another app node shows about an
-- import comes from the database. A running import's progress (its phase, the
-- rows and bytes read so far) is written here every second or so, outside the
-- import's own transaction, so that any node can answer its progress page; and
-- a partial import's error file (every rejected row, as CSV) is kept here
-- rather than on the disk of the node that ran it.
ALTER TABLE imports
  ADD COLUMN progress_phase       text,
  ADD COLUMN progress_rows        integer NOT NULL DEFAULT 0,
  ADD COLUMN progress_bytes       bigint NOT NULL DEFAULT 0,
  ADD COLUMN progress_total_bytes bigint NOT NULL DEFAULT 0,
  ADD COLUMN progress_at          timestamptz;

CREATE TABLE import_error_files (
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  import_id       integer PRIMARY KEY REFERENCES imports(id),
  content         bytea NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
