-- Tamper evidence that survives the database's owner (issue 14, SPEC 3.8).
-- Each entry now carries a random uid and an HMAC of its content under a key
-- kept outside the database, so an altered or forged entry shows without
-- reading its neighbours: appends take no lock and never wait on each other.
-- The transaction that wrote an entry (txid) lets a sealer find, in order,
-- every committed entry not yet sealed; seals chain by HMAC, and their head
-- (`waymark audit anchor`) kept elsewhere shows a cut tail or a rewritten log.
-- Entries written before this migration keep their SHA-256 chain (prev_hash,
-- hash) and are verified by it before they are sealed.
ALTER TABLE audit_log ALTER COLUMN prev_hash DROP NOT NULL;
ALTER TABLE audit_log ALTER COLUMN hash DROP NOT NULL;
ALTER TABLE audit_log ADD COLUMN uid text;
ALTER TABLE audit_log ADD COLUMN mac text;
-- Added without its default first, so the entries already written have none.
ALTER TABLE audit_log ADD COLUMN txid bigint;
ALTER TABLE audit_log ALTER COLUMN txid SET DEFAULT (pg_current_xact_id()::text::bigint);
-- A keyed entry has a uid and a mac and no hash; an entry of before has a hash and neither.
ALTER TABLE audit_log ADD CONSTRAINT audit_log_keyed CHECK ((uid IS NULL) = (mac IS NULL) AND (mac IS NULL) = (hash IS NOT NULL));
CREATE UNIQUE INDEX audit_log_uid ON audit_log (uid);
CREATE INDEX audit_log_txid ON audit_log (txid, id);

-- One row per seal, inserted under the sealers' own lock; seq counts 1, 2, 3…
-- with no gap. hash = HMAC(key, prev_hash, seq, sealed_at, boundary, each sealed
-- entry's id and mac in the order sealed). boundary: the oldest transaction
-- still running when the seal was taken; every entry of an older one is in it.
CREATE TABLE audit_seals (
  seq        integer PRIMARY KEY CHECK (seq > 0),
  sealed_at  timestamptz NOT NULL,
  boundary   bigint NOT NULL,
  entry_ids  bigint[] NOT NULL,
  prev_hash  text NOT NULL,
  hash       text NOT NULL
);
-- Which seal holds each entry: an entry is sealed at most once. No foreign key
-- to audit_log: verify must see, and name, a sealed entry that has gone.
CREATE TABLE audit_seal_entries (
  entry_id  bigint PRIMARY KEY,
  seal_seq  integer NOT NULL REFERENCES audit_seals(seq)
);
CREATE INDEX audit_seal_entries_seal ON audit_seal_entries (seal_seq);

CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seals_no_update BEFORE UPDATE OR DELETE ON audit_seals
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seals_no_truncate BEFORE TRUNCATE ON audit_seals
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seal_entries_no_update BEFORE UPDATE OR DELETE ON audit_seal_entries
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_seal_entries_no_truncate BEFORE TRUNCATE ON audit_seal_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
-- Imports set session_replication_role = replica to skip foreign-key triggers;
-- that must not silence these.
ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_update;
ALTER TABLE audit_log ENABLE ALWAYS TRIGGER audit_log_no_truncate;
ALTER TABLE audit_seals ENABLE ALWAYS TRIGGER audit_seals_no_update;
ALTER TABLE audit_seals ENABLE ALWAYS TRIGGER audit_seals_no_truncate;
ALTER TABLE audit_seal_entries ENABLE ALWAYS TRIGGER audit_seal_entries_no_update;
ALTER TABLE audit_seal_entries ENABLE ALWAYS TRIGGER audit_seal_entries_no_truncate;

-- Least privilege (docs/deploy-database.md): whoever may change the other
-- tables (the app's role, through default privileges) may only insert into and
-- read these three; only their owner, who runs the migrations, keeps the rest.
DO $$
DECLARE r record;
BEGIN
  FOR r IN
    SELECT DISTINCT c.relname AS tbl, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(g.rolname) END AS who
    FROM pg_class c
    CROSS JOIN LATERAL aclexplode(c.relacl) a
    LEFT JOIN pg_roles g ON g.oid = a.grantee
    WHERE c.relnamespace = 'public'::regnamespace
      AND c.relname IN ('audit_log', 'audit_seals', 'audit_seal_entries')
      AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE', 'TRIGGER', 'REFERENCES')
      AND a.grantee <> c.relowner
  LOOP
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON %I FROM %s', r.tbl, r.who);
  END LOOP;
END $$;
