-- Case handling (issue #5). A case is one ASN in one contest; findings, public reports and referrals merge
-- into it (case_source, reversible). case_event is append-only and hash-chained per case; case_status is
-- derived from the events in the same transaction (head_hash/event_count let `audit verify` see a deleted
-- tail row).
CREATE TABLE case_file (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  number text NOT NULL UNIQUE,
  asn_id uuid REFERENCES asn(id),
  asn_name text NOT NULL,
  agency_id uuid REFERENCES agency(id),
  agency_name text,
  region_code text NOT NULL REFERENCES region(code),
  contest_id text NOT NULL,
  contest_kind text NOT NULL CHECK (contest_kind IN ('pemilu', 'pilkada')),
  description text NOT NULL,
  occurred_at timestamptz,
  opened_at timestamptz NOT NULL,
  created_by uuid REFERENCES app_user(id)
);
-- one case per ASN per contest (unidentified persons are matched by analysts)
CREATE UNIQUE INDEX case_file_asn_contest_uq ON case_file (asn_id, contest_id) WHERE asn_id IS NOT NULL;
CREATE INDEX case_file_region_idx ON case_file (region_code);
CREATE INDEX case_file_agency_idx ON case_file (agency_id);
CREATE INDEX case_file_name_trgm_idx ON case_file USING gin (asn_name gin_trgm_ops);

CREATE TABLE case_status (
  case_id uuid PRIMARY KEY REFERENCES case_file(id),
  status text NOT NULL CHECK (status IN ('received', 'verification', 'clarification', 'study', 'recommendation',
    'ppk_decision', 'sanction_executed', 'monitoring', 'closed', 'dismissed', 'forwarded')),
  status_since timestamptz NOT NULL,
  track text CHECK (track IN ('ethics', 'discipline', 'criminal')),
  rule_ids text[] NOT NULL DEFAULT '{}',
  sanction_level text,
  sanction_option text,
  recommending_body text,
  recommended_at timestamptz,
  escalated_at timestamptz,
  dismissal_reason text CHECK (dismissal_reason IN ('not_proven', 'not_a_violation', 'not_asn', 'out_of_time')),
  assignee_id uuid REFERENCES app_user(id),
  completion_due_date date,
  hearing jsonb,
  history jsonb NOT NULL DEFAULT '[]',
  event_count integer NOT NULL,
  head_hash text NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX case_status_status_idx ON case_status (status);

CREATE TABLE case_event (
  seq bigserial PRIMARY KEY,
  case_id uuid NOT NULL REFERENCES case_file(id),
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_name text NOT NULL,
  type text NOT NULL CHECK (type IN ('opened', 'transition', 'source_merged', 'source_unmerged', 'assigned',
    'note_added', 'evidence_added', 'document_generated', 'completion_requested', 'reporter_completed',
    'hearing_recorded', 'deadline_extended', 'reminder_sent', 'escalated')),
  transition text,
  from_status text,
  to_status text,
  reason text,
  data jsonb NOT NULL DEFAULT '{}',
  prev_hash text NOT NULL,
  hash text NOT NULL
);
CREATE INDEX case_event_case_idx ON case_event (case_id, seq);

CREATE TABLE public_report (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tracking_code text NOT NULL UNIQUE,
  description text NOT NULL,
  asn_name text NOT NULL,
  agency_text text NOT NULL,
  region_code text NOT NULL REFERENCES region(code),
  occurred_at timestamptz NOT NULL,
  place text,
  links text[] NOT NULL DEFAULT '{}',
  -- confidential: only custodians read these (audited); null when anonymous
  reporter_name text,
  reporter_email text,
  reporter_phone text,
  anonymous boolean NOT NULL DEFAULT false,
  device_id text,
  ip_hash text,
  dedupe_hash text NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'claimed', 'in_case', 'dismissed')),
  claimed_by uuid REFERENCES app_user(id),
  case_id uuid REFERENCES case_file(id),
  asn_id uuid REFERENCES asn(id),
  agency_id uuid REFERENCES agency(id),
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);
CREATE INDEX public_report_dedupe_idx ON public_report (dedupe_hash, created_at);
CREATE INDEX public_report_status_idx ON public_report (status, created_at);

CREATE TABLE referral (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  body text NOT NULL CHECK (body IN ('bawaslu', 'bkn', 'kasn', 'kemendagri', 'other')),
  reference_number text NOT NULL,
  received_at timestamptz NOT NULL,
  asn_name text NOT NULL,
  asn_id uuid REFERENCES asn(id),
  agency_id uuid REFERENCES agency(id),
  region_code text NOT NULL REFERENCES region(code),
  description text NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'claimed', 'in_case', 'dismissed')),
  claimed_by uuid REFERENCES app_user(id),
  case_id uuid REFERENCES case_file(id),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL,
  UNIQUE (body, reference_number)
);

-- Merge log: a row per source merged into a case; unmerge stamps it (never deletes).
CREATE TABLE case_source (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES case_file(id),
  kind text NOT NULL CHECK (kind IN ('finding', 'public_report', 'referral', 'manual')),
  ref_id uuid NOT NULL,
  merged_at timestamptz NOT NULL,
  merged_by uuid REFERENCES app_user(id),
  unmerged_at timestamptz,
  unmerged_by uuid REFERENCES app_user(id),
  unmerge_reason text
);
CREATE UNIQUE INDEX case_source_active_uq ON case_source (kind, ref_id) WHERE unmerged_at IS NULL;
CREATE INDEX case_source_case_idx ON case_source (case_id);

CREATE TABLE evidence (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid REFERENCES case_file(id),
  report_id uuid REFERENCES public_report(id),
  kind text NOT NULL CHECK (kind IN ('upload', 'captured_post', 'link')),
  file_name text,
  mime_type text,
  size_bytes bigint,
  sha256 text,
  url text,
  description text,
  text text,
  spans jsonb NOT NULL DEFAULT '[]',
  source_finding_id uuid REFERENCES finding(id),
  captured_at timestamptz NOT NULL,
  added_by uuid REFERENCES app_user(id),
  added_by_name text,
  added_via text NOT NULL CHECK (added_via IN ('analyst', 'reporter', 'ingest')),
  CHECK (kind <> 'upload' OR (sha256 IS NOT NULL AND mime_type IS NOT NULL))
);
CREATE INDEX evidence_case_idx ON evidence (case_id);
CREATE INDEX evidence_report_idx ON evidence (report_id);

CREATE TABLE evidence_custody (
  seq bigserial PRIMARY KEY,
  evidence_id uuid NOT NULL REFERENCES evidence(id),
  at timestamptz NOT NULL,
  actor_id uuid,
  actor_name text NOT NULL,
  action text NOT NULL CHECK (action IN ('added', 'viewed', 'downloaded', 'exported')),
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX evidence_custody_ev_idx ON evidence_custody (evidence_id, seq);

CREATE TABLE case_document (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES case_file(id),
  kind text NOT NULL CHECK (kind IN ('summons', 'minutes', 'study_report', 'recommendation_letter', 'discipline_decision_draft')),
  number text NOT NULL,
  format text NOT NULL CHECK (format IN ('docx', 'pdf')),
  file_name text NOT NULL,
  sha256 text NOT NULL,
  size_bytes bigint NOT NULL,
  created_at timestamptz NOT NULL,
  created_by uuid REFERENCES app_user(id),
  created_by_name text
);
CREATE INDEX case_document_case_idx ON case_document (case_id);

-- Letter numbering per issuing office and year.
CREATE TABLE document_counter (
  issuer_key text NOT NULL,
  year integer NOT NULL,
  last_number integer NOT NULL,
  PRIMARY KEY (issuer_key, year)
);

-- Issuing office per region (Bawaslu / Kesbangpol): letterhead and signatory. Nearest ancestor region applies.
CREATE TABLE case_issuer (
  region_code text PRIMARY KEY REFERENCES region(code),
  name text NOT NULL,
  parent_name text NOT NULL,
  address text NOT NULL,
  city text NOT NULL,
  signatory_name text NOT NULL,
  signatory_title text NOT NULL,
  number_prefix text NOT NULL
);

-- Which body receives recommendations, by period (KASN until 2024, BKN after; may change by 2027).
CREATE TABLE recommending_body_period (
  valid_from date PRIMARY KEY,
  body text NOT NULL CHECK (body IN ('kasn', 'bkn', 'independent_body')),
  basis text NOT NULL
);
INSERT INTO recommending_body_period (valid_from, body, basis) VALUES
  ('2014-01-15', 'kasn', 'UU 5/2014 Pasal 30–32'),
  ('2024-09-01', 'bkn', 'UU 20/2023 Pasal 70(3); Perpres 92/2024; SE MenPAN-RB 4/2024');

CREATE TABLE case_deadline (
  case_id uuid NOT NULL REFERENCES case_file(id),
  kind text NOT NULL CHECK (kind IN ('report_filing', 'initial_study', 'handling', 'handling_extended',
    'reporter_completion', 'ppk_follow_up')),
  mode text NOT NULL CHECK (mode IN ('working', 'calendar')),
  days integer NOT NULL,
  start_at timestamptz NOT NULL,
  due_date date NOT NULL,
  met_at timestamptz,
  reminded_at timestamptz,
  escalated_at timestamptz,
  PRIMARY KEY (case_id, kind)
);
CREATE INDEX case_deadline_due_idx ON case_deadline (due_date) WHERE met_at IS NULL;

CREATE TABLE case_note (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  case_id uuid NOT NULL REFERENCES case_file(id),
  visibility text NOT NULL CHECK (visibility IN ('internal', 'public')),
  body text NOT NULL,
  author_id uuid REFERENCES app_user(id),
  author_name text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX case_note_case_idx ON case_note (case_id);

CREATE TABLE notification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id),
  kind text NOT NULL CHECK (kind IN ('assignment', 'deadline_upcoming', 'deadline_overdue', 'escalation', 'status_change')),
  title text NOT NULL,
  body text NOT NULL,
  case_id uuid REFERENCES case_file(id),
  dedupe_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  read_at timestamptz
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);

-- E-mail outbox: a row per message (dedupe_key makes reminder jobs idempotent); the sender stamps sent_at.
CREATE TABLE outbound_email (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  dedupe_key text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL,
  sent_at timestamptz,
  attempts integer NOT NULL DEFAULT 0,
  last_error text
);
CREATE INDEX outbound_email_pending_idx ON outbound_email (created_at) WHERE sent_at IS NULL;

ALTER TABLE finding ADD CONSTRAINT finding_case_fk FOREIGN KEY (case_id) REFERENCES case_file(id);
