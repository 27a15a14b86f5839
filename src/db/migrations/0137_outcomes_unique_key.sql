-- An outcome's natural key is unique (issue 18): person, offence date, outcome
-- date, the offence code as sent, and key_seq (rows of one file that share the
-- rest of the key, numbered in file order). One unique index replaces
-- outcomes_person (person_id, offence_date), whose order it keeps as its
-- prefix, so the person's timeline and the feature query read it as before.
-- An import's COPY of new rows now meets a stored key in the index itself,
-- instead of in a join over the whole table after it.
--
-- Rows written before this (the demo, merges of two people who had the same
-- conviction) may share a key and key_seq. Each such row after the first, in
-- id order, is numbered after the highest key_seq its key has.
WITH dup AS (
  SELECT id, person_id, offence_date, outcome_date, offence_code_raw, key_seq,
         row_number() OVER (PARTITION BY person_id, offence_date, outcome_date, offence_code_raw, key_seq ORDER BY id) AS n,
         max(key_seq) OVER (PARTITION BY person_id, offence_date, outcome_date, offence_code_raw) AS top
  FROM outcomes
),
renumbered AS (
  SELECT id, top + row_number() OVER (PARTITION BY person_id, offence_date, outcome_date, offence_code_raw ORDER BY key_seq, id) AS key_seq
  FROM dup WHERE n > 1
)
UPDATE outcomes o SET key_seq = r.key_seq FROM renumbered r WHERE o.id = r.id;

DROP INDEX outcomes_person;
CREATE UNIQUE INDEX outcomes_key ON outcomes (person_id, offence_date, outcome_date, offence_code_raw, key_seq);
