-- Foundation/auth: login throttling per source address, and indexes the scope filter and directory use.
-- Sessions live in user_session (id = SHA-256 of the cookie token, never the token itself).
CREATE TABLE login_throttle (
  key text PRIMARY KEY,
  window_start timestamptz NOT NULL,
  attempts integer NOT NULL DEFAULT 0
);

ALTER TABLE app_user ADD COLUMN password_changed_at timestamptz;

CREATE INDEX user_session_expires_idx ON user_session (expires_at);
-- Prefix matches of the scope filter (`region_code LIKE '64.%'`) can use these regardless of collation.
CREATE INDEX asn_region_prefix_idx ON asn (region_code text_pattern_ops);
CREATE INDEX agency_region_prefix_idx ON agency (region_code text_pattern_ops);
CREATE INDEX agency_parent_idx ON agency (parent_id);
