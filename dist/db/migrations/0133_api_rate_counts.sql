-- API rate limits (issue 17): how many calls each caller (an API token, a
-- signed-in user, or an address) has made to /api/v1 in the current fixed
-- window. Kept in the database so that every app node counts against the
-- same limit; one row per caller, overwritten when a new window starts
-- (an atomic upsert), and rows of windows long past swept away.
CREATE TABLE api_rate_counts (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  count integer NOT NULL CHECK (count > 0)
);
CREATE INDEX api_rate_counts_window ON api_rate_counts (window_start);
