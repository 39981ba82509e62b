-- Findings: a detector's signal judged by the rulebook. Shared by ingest/detection (writers) and case
-- handling (triage). Attributed to an ASN only through a confirmed account link (asn_id set);
-- otherwise a lead about an unidentified account (account_ref set, asn_id null).
CREATE TABLE finding (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  dedupe_key text NOT NULL UNIQUE,
  source text NOT NULL CHECK (source IN ('text', 'engagement', 'image', 'report', 'referral', 'manual')),
  asn_id uuid REFERENCES asn(id),
  account_ref text,
  contest_id text,
  act text NOT NULL,
  verdict text NOT NULL CHECK (verdict IN ('violation', 'risky', 'allowed', 'not_applicable')),
  rules jsonb NOT NULL DEFAULT '[]',
  track text CHECK (track IN ('ethics', 'discipline', 'criminal')),
  sanction text,
  confidence real NOT NULL CHECK (confidence >= 0 AND confidence <= 1),
  evidence jsonb NOT NULL DEFAULT '[]',
  explanation text NOT NULL,
  status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'claimed', 'dismissed', 'in_case')),
  claimed_by uuid REFERENCES app_user(id),
  case_id uuid,
  region_code text REFERENCES region(code),
  agency_id uuid REFERENCES agency(id),
  occurred_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_status_idx ON finding (status, created_at);
CREATE INDEX finding_asn_idx ON finding (asn_id);
CREATE INDEX finding_region_idx ON finding (region_code);
