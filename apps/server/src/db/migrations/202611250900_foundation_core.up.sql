-- Foundation: reference data, organisation, ASN roster, users, sessions, audit log, rulebook and election packs.
CREATE TABLE region (
  code text PRIMARY KEY,
  parent_code text REFERENCES region(code),
  level text NOT NULL CHECK (level IN ('province', 'regency', 'district')),
  kind text NOT NULL CHECK (kind IN ('provinsi', 'kabupaten', 'kota', 'kecamatan')),
  name text NOT NULL
);
CREATE INDEX region_parent_idx ON region (parent_code);

CREATE TABLE holiday (
  date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('national', 'cuti_bersama')),
  name text NOT NULL,
  PRIMARY KEY (date, kind)
);

CREATE TABLE agency_type (
  code text PRIMARY KEY,
  name_id text NOT NULL,
  name_en text NOT NULL,
  scope text NOT NULL CHECK (scope IN ('central', 'regional'))
);

CREATE TABLE agency (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE,
  name text NOT NULL,
  type_code text NOT NULL REFERENCES agency_type(code),
  region_code text NOT NULL REFERENCES region(code),
  parent_id uuid REFERENCES agency(id),
  ppk_title text,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX agency_region_idx ON agency (region_code);
CREATE INDEX agency_name_trgm_idx ON agency USING gin (name gin_trgm_ops);

CREATE TABLE asn (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  nip text NOT NULL UNIQUE,
  name text NOT NULL,
  sex text CHECK (sex IN ('L', 'P')),
  birth_date date,
  employee_kind text NOT NULL CHECK (employee_kind IN ('pns', 'pppk')),
  position text,
  position_type text CHECK (position_type IN ('jpt', 'administrator', 'pengawas', 'fungsional', 'pelaksana')),
  role_tag text,
  work_unit text,
  agency_id uuid REFERENCES agency(id),
  region_code text NOT NULL REFERENCES region(code),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX asn_region_idx ON asn (region_code);
CREATE INDEX asn_agency_idx ON asn (agency_id);
CREATE INDEX asn_name_trgm_idx ON asn USING gin (name gin_trgm_ops);

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  email text,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'supervisor', 'analyst', 'ppk', 'viewer')),
  region_codes text[] NOT NULL DEFAULT '{}',
  agency_ids uuid[],
  custodian boolean NOT NULL DEFAULT false,
  active boolean NOT NULL DEFAULT true,
  must_change_password boolean NOT NULL DEFAULT false,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  last_login_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_session (
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ip text,
  user_agent text
);
CREATE INDEX user_session_user_idx ON user_session (user_id);

-- Append-only, hash-chained: each row's hash covers its content and the previous row's hash.
CREATE TABLE audit_log (
  seq bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_name text NOT NULL,
  action text NOT NULL,
  entity text NOT NULL,
  entity_id text,
  region_code text,
  details jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);

CREATE TABLE rulebook_version (
  version text PRIMARY KEY,
  data jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE election_pack (
  id text PRIMARY KEY,
  version integer NOT NULL,
  name text NOT NULL,
  data jsonb NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text
);

CREATE TABLE app_setting (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
