-- OpenID Connect sign-in (issue 13): an agency's identity provider vouches for
-- a user, who is mapped to an EXISTING account by the provider's subject or,
-- when the provider says the address is verified, by e-mail. Waymark never
-- creates an account from a sign-in.

-- The subject (`sub`) the configured provider gives this user. One provider
-- serves the installation, so a subject names at most one account.
ALTER TABLE users ADD COLUMN oidc_subject text UNIQUE;
-- Mapping by e-mail compares addresses without regard to case.
CREATE INDEX users_email_lower ON users (lower(email)) WHERE email IS NOT NULL;

-- A sign-in under way: sent to the provider, not yet back. Kept in the
-- database (not in the web process) so any web process can take the callback;
-- bound to the browser that started it by a short-lived cookie whose SHA-256
-- is the id. Each row is used once and lives a few minutes.
CREATE TABLE oidc_sign_ins (
  id             text PRIMARY KEY,          -- SHA-256 of the browser cookie's token
  state          text NOT NULL,
  nonce          text NOT NULL,
  code_verifier  text NOT NULL,             -- PKCE (S256)
  redirect_uri   text NOT NULL,
  return_to      text NOT NULL DEFAULT '/',
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL
);
CREATE INDEX oidc_sign_ins_expiry ON oidc_sign_ins (expires_at);
