-- The first problems an import found (SPEC 3.1: "a bad row gets a message that
-- names the file, the row number, the field and what is wrong"), kept so the
-- import's page can show them after the import has ended, in any web process.
-- All problems of a partial import also go to its downloadable error file.
CREATE TABLE import_errors (
  partnership_id  integer NOT NULL REFERENCES partnerships(id),
  import_id       integer NOT NULL REFERENCES imports(id),
  position        integer NOT NULL,
  file_name       text NOT NULL,
  row_no          integer NOT NULL,
  field           text NOT NULL,
  value           text NOT NULL,
  reason          text NOT NULL,
  PRIMARY KEY (import_id, position)
);
