-- Sign-in (issue 13): the TOTP second factor and its recovery codes, the
-- password-checked-but-not-yet-signed-in step, idle sessions, and throttling
-- counters that one statement both records and reads.

-- Per partnership: everyone must enrol a second factor (administrators always
-- must). A demo partnership's administrators are exempt, outside production only.
ALTER TABLE partnerships ADD COLUMN second_factor_required_for_all boolean NOT NULL DEFAULT false;
ALTER TABLE partnerships ADD COLUMN demo_second_factor_exempt boolean NOT NULL DEFAULT false;
-- Demo partnerships created before this migration keep today's easy sign-in.
UPDATE partnerships SET demo_second_factor_exempt = true WHERE name LIKE 'Demo Partnership%(fictional)';

-- users.totp_secret (0001) holds the Base32 secret from the start of enrolment;
-- the user is enrolled once a first code confirms it.
ALTER TABLE users ADD COLUMN totp_enrolled_at timestamptz;
-- The RFC 6238 time step of the last code accepted: a code is never accepted twice.
ALTER TABLE users ADD COLUMN totp_last_step bigint;

-- Single-use recovery codes, stored as SHA-256 (they are random, 50 bits each).
CREATE TABLE recovery_codes (
  id         serial PRIMARY KEY,
  user_id    integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash  text NOT NULL,
  used_at    timestamptz,
  UNIQUE (user_id, code_hash)
);

-- A password that was right, waiting for its second factor: not a session,
-- it reaches no page but the code page. Only the token's SHA-256 is stored.
CREATE TABLE sign_in_challenges (
  id          text PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  return_to   text NOT NULL DEFAULT '/',
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sign_in_challenges_user ON sign_in_challenges (user_id);

-- Failures per username and per address in the current window. An attempt
-- increments its counters and reads them back in one upsert, so parallel
-- guesses are counted one after another and cannot all pass.
CREATE TABLE sign_in_throttle (
  key           text PRIMARY KEY,          -- 'user:<username>' or 'ip:<address>'
  window_start  timestamptz NOT NULL,
  failures      integer NOT NULL
);
