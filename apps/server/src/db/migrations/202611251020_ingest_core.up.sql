-- Ingest: import runs, candidate registry, social accounts, activities, account ↔ ASN links.
CREATE TABLE import_run (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('asn', 'candidates', 'accounts', 'x', 'meta', 'tiktok', 'youtube', 'csv')),
  file_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('running', 'succeeded', 'failed', 'dry_run')),
  dry_run boolean NOT NULL DEFAULT false,
  skip_invalid boolean NOT NULL DEFAULT false,
  records_read integer NOT NULL DEFAULT 0,
  records_written integer NOT NULL DEFAULT 0,
  -- [{row, column, reason}] — rows refused (dry run / failure) or skipped (--skip-invalid)
  problems jsonb NOT NULL DEFAULT '[]',
  error text,
  started_by text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  summary jsonb NOT NULL DEFAULT '{}',
  -- set when the analysis job (links, engagement findings) has finished for this run
  analysed_at timestamptz
);
CREATE INDEX import_run_started_idx ON import_run (started_at DESC);

CREATE TABLE candidate (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contest text NOT NULL,
  dapil text NOT NULL DEFAULT '',
  party text NOT NULL DEFAULT '',
  ballot_number integer NOT NULL,
  name text NOT NULL,
  import_run_id uuid REFERENCES import_run(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (contest, dapil, party, ballot_number)
);

-- One row per account on a platform. `handle` is the lowercased username without '@'; platforms that give
-- only an id (TikTok comments, some Facebook profiles) use 'id:<platform id>'.
CREATE TABLE social_account (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  platform text NOT NULL,
  handle text NOT NULL,
  platform_user_id text,
  display_name text,
  bio text,
  profile_image_hash text,
  -- campaign accounts (SKB 2/2022: official and winning-team accounts of candidates and parties)
  campaign_kind text CHECK (campaign_kind IN ('candidate', 'party', 'winning_team')),
  campaign_label text,
  campaign_target text CHECK (campaign_target IN ('pair', 'candidate', 'bakal_calon', 'party', 'caleg')),
  contest_id text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (platform, handle)
);
CREATE INDEX social_account_user_idx ON social_account (platform, platform_user_id);
CREATE INDEX social_account_name_trgm_idx ON social_account USING gin (display_name gin_trgm_ops);
CREATE INDEX social_account_image_idx ON social_account (profile_image_hash);

-- One thing an account did. Natural key (platform, platform_id); engagement without an id of its own
-- (a like, a follow) gets a composed id such as 'like:<post>:<user>'.
CREATE TABLE activity (
  id bigserial PRIMARY KEY,
  platform text NOT NULL,
  platform_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('post', 'comment', 'reply', 'like', 'share', 'follow', 'join_group', 'mention')),
  actor_handle text,
  actor_user_id text,
  target_handle text,
  target_user_id text,
  target_post_id text,
  text text,
  media jsonb NOT NULL DEFAULT '[]',
  occurred_at timestamptz,
  observed_at timestamptz NOT NULL,
  source text NOT NULL,
  raw jsonb NOT NULL,
  import_run_id uuid,
  UNIQUE (platform, platform_id)
);
CREATE INDEX activity_run_idx ON activity (import_run_id);
CREATE INDEX activity_actor_idx ON activity (platform, actor_handle);
CREATE INDEX activity_actor_user_idx ON activity (platform, actor_user_id);
CREATE INDEX activity_target_post_idx ON activity (platform, target_post_id);

CREATE TABLE account_link (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  account_id uuid NOT NULL REFERENCES social_account(id) ON DELETE CASCADE,
  asn_id uuid NOT NULL REFERENCES asn(id) ON DELETE CASCADE,
  status text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'confirmed', 'rejected')),
  score real NOT NULL CHECK (score >= 0 AND score <= 1),
  reasons jsonb NOT NULL DEFAULT '[]',
  decided_by uuid REFERENCES app_user(id),
  decided_at timestamptz,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (account_id, asn_id)
);
-- An account belongs to at most one person.
CREATE UNIQUE INDEX account_link_one_confirmed_idx ON account_link (account_id) WHERE status = 'confirmed';
CREATE INDEX account_link_status_idx ON account_link (status, score DESC);

-- COPY lands here first (outside the run's transaction), then one transaction moves the run's rows into
-- activity with ON CONFLICT DO NOTHING, so a failed run leaves no activity behind.
CREATE UNLOGGED TABLE activity_stage (
  import_run_id uuid NOT NULL,
  platform text NOT NULL,
  platform_id text NOT NULL,
  kind text NOT NULL,
  actor_handle text,
  actor_user_id text,
  target_handle text,
  target_user_id text,
  target_post_id text,
  text text,
  -- jsonb here, so the JSON is parsed by the COPY while the importer still reads the file, not in the merge
  media jsonb NOT NULL,
  occurred_at timestamptz,
  observed_at timestamptz NOT NULL,
  source text NOT NULL,
  raw jsonb NOT NULL
);
