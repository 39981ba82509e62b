DROP INDEX IF EXISTS agency_parent_idx;
DROP INDEX IF EXISTS agency_region_prefix_idx;
DROP INDEX IF EXISTS asn_region_prefix_idx;
DROP INDEX IF EXISTS user_session_expires_idx;
ALTER TABLE app_user DROP COLUMN IF EXISTS password_changed_at;
DROP TABLE IF EXISTS login_throttle;
