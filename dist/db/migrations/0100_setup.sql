-- Setting up and administering a real partnership (issue 13, helper "setup").
--  * API tokens carry a scope ('read': GET and HEAD only; 'role': what the
--    user's role may do) and an expiry. Tokens made before this migration
--    keep the whole role they had, and expire 90 days from now.
--  * A user made with a one-time password must change it at first sign-in.
--  * An invited user has no password until the invitation is accepted.
--  * Invitations and password resets are single-use, expiring links, kept as
--    the SHA-256 of their token.

ALTER TABLE api_tokens ADD COLUMN scope text NOT NULL DEFAULT 'read' CHECK (scope IN ('read', 'role'));
ALTER TABLE api_tokens ADD COLUMN expires_at timestamptz;
ALTER TABLE api_tokens ADD COLUMN created_by_label text;
UPDATE api_tokens SET scope = 'role', expires_at = now() + interval '90 days';
ALTER TABLE api_tokens ALTER COLUMN expires_at SET NOT NULL;
CREATE INDEX api_tokens_user ON api_tokens (user_id);

ALTER TABLE users ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

CREATE TABLE invitations (
  id          serial PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash  text NOT NULL UNIQUE,         -- SHA-256 of the link's token
  purpose     text NOT NULL CHECK (purpose IN ('invitation', 'password_reset')),
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz
);
CREATE INDEX invitations_user ON invitations (user_id);
