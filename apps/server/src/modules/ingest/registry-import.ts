// Imports of table files: the ASN roster, candidate lists and social-account lists. All rows are checked
// first; a file with bad rows stores nothing unless `skipInvalid` is set, and then the run lists exactly the
// rows skipped. The write is one transaction (rows, run status and audit row together).
import type { ImportKind, RowProblem } from '@netra/shared';
import { mapHeaders, type HeaderMap } from '../../domain/ingest/table.ts';
import {
  ROSTER_HEADER_ALIASES,
  ROSTER_REQUIRED,
  readRosterRow,
  type RosterColumn,
  type RosterRow,
} from '../../domain/ingest/roster.ts';
import {
  ACCOUNT_HEADER_ALIASES,
  ACCOUNT_REQUIRED,
  CANDIDATE_HEADER_ALIASES,
  CANDIDATE_REQUIRED,
  readAccountRow,
  readCandidateRow,
  type AccountRow,
  type CandidateRow,
} from '../../domain/ingest/registry.ts';
import { readTable, TableFormatError } from '../../ingest/read-table.ts';
import type { ImportContext, ImportOutcome } from './import-context.ts';

type Reader<C extends string, R> = {
  aliases: Record<C, readonly string[]>;
  required: readonly C[];
  read(cells: unknown[], row: number, h: HeaderMap<C>): { ok: true; row: R } | { ok: false; problems: RowProblem[] };
  key(r: R): string;
  keyColumn: C;
};

async function readAll<C extends string, R>(
  file: string,
  fileName: string,
  reader: Reader<C, R>,
  onProgress: (n: number) => Promise<void>,
): Promise<{ rows: { row: number; value: R }[]; problems: RowProblem[]; read: number }> {
  let headers: HeaderMap<C> | null = null;
  const rows: { row: number; value: R }[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  let read = 0;
  for await (const r of readTable(file, fileName)) {
    if (!headers) {
      headers = mapHeaders(r.cells, reader.aliases, reader.required);
      if (headers.missing.length)
        throw new TableFormatError(
          `kolom wajib tidak ditemukan di baris judul: ${headers.missing.map((c) => reader.aliases[c][0]).join(', ')}`,
        );
      continue;
    }
    read++;
    const res = reader.read(r.cells, r.row, headers);
    if (!res.ok) problems.push(...res.problems);
    else {
      const k = reader.key(res.row);
      const prev = seen.get(k);
      if (prev !== undefined)
        problems.push({ row: r.row, column: headers.label[reader.keyColumn] ?? reader.keyColumn, reason: `duplikat baris ${prev}` });
      else {
        seen.set(k, r.row);
        rows.push({ row: r.row, value: res.row });
      }
    }
    if (read % 500 === 0) await onProgress(read);
  }
  if (!headers) throw new TableFormatError('berkas kosong');
  return { rows, problems, read };
}

/** Shared tail: decide between refuse / dry run / write, and record the run. */
async function finishTable<R>(
  ctx: ImportContext,
  kind: ImportKind,
  data: { rows: { row: number; value: R }[]; problems: RowProblem[]; read: number },
  dryRunSummary: () => Promise<Record<string, number>>,
  write: (q: import('../../db/database.ts').Queryable, rows: R[]) => Promise<{ written: number; summary: Record<string, number> }>,
): Promise<ImportOutcome> {
  const { rows, problems, read } = data;
  const badRows = [...new Set(problems.map((p) => p.row))].sort((a, b) => a - b);
  if (read === 0) return ctx.fail(read, problems, 'berkas tidak berisi baris data');
  if (ctx.opts.dryRun) {
    const summary = { valid: rows.length, invalid: badRows.length, ...(await dryRunSummary()) };
    return ctx.finish('dry_run', read, 0, problems, null, summary);
  }
  if (problems.length && !ctx.opts.skipInvalid)
    return ctx.fail(
      read,
      problems,
      `${badRows.length} baris bermasalah; tidak ada yang disimpan. Perbaiki berkas, atau pilih "impor baris yang valid saja".`,
    );
  return ctx.writeAndFinish(async (q) => {
    const out = await write(q, rows.map((r) => r.value));
    await ctx.audit(q, { action: `import.${kind}`, entity: 'import_run', details: { ...out.summary, skippedRows: badRows } });
    return { written: out.written, problems, summary: { ...out.summary, skipped: badRows.length }, read };
  });
}

export async function importRoster(ctx: ImportContext, file: string): Promise<ImportOutcome> {
  const { repo, db } = ctx;
  const regions = await repo.regionCodes(db);
  const agencies = await repo.agencies(db);
  const byKey = new Map<string, { id: string; regionCode: string }>();
  for (const a of agencies) {
    byKey.set(a.code.toLowerCase(), { id: a.id, regionCode: a.region_code });
    byKey.set(a.name.toLowerCase(), { id: a.id, regionCode: a.region_code });
  }
  const today = ctx.now().toISOString().slice(0, 10);
  const reader: Reader<RosterColumn, RosterRow> = {
    aliases: ROSTER_HEADER_ALIASES,
    required: ROSTER_REQUIRED,
    keyColumn: 'nip',
    key: (r) => r.nip,
    read: (cells, row, h) =>
      readRosterRow(cells, row, h, {
        today,
        regionExists: (c) => regions.has(c),
        findAgency: (v) => byKey.get(v.trim().toLowerCase()) ?? null,
      }),
  };
  const data = await readAll(file, ctx.fileName, reader, ctx.progress);
  return finishTable(
    ctx,
    'asn',
    data,
    async () => {
      const existing = await repo.existingNips(db, data.rows.map((r) => r.value.nip));
      return { wouldInsert: data.rows.length - existing, wouldUpdate: existing };
    },
    async (q, rows) => {
      let inserted = 0;
      let updated = 0;
      for (let i = 0; i < rows.length; i += 1000) {
        const r = await repo.upsertAsn(q, rows.slice(i, i + 1000));
        inserted += r.inserted;
        updated += r.updated;
        await ctx.progress(Math.min(i + 1000, rows.length));
      }
      return { written: rows.length, summary: { inserted, updated } };
    },
  );
}

export async function importCandidates(ctx: ImportContext, file: string): Promise<ImportOutcome> {
  const reader: Reader<(typeof CANDIDATE_REQUIRED)[number] | 'dapil' | 'party', CandidateRow> = {
    aliases: CANDIDATE_HEADER_ALIASES,
    required: CANDIDATE_REQUIRED,
    keyColumn: 'ballotNumber',
    key: (r) => `${r.contest}|${r.dapil}|${r.party}|${r.ballotNumber}`,
    read: readCandidateRow,
  };
  const data = await readAll(file, ctx.fileName, reader, ctx.progress);
  return finishTable(
    ctx,
    'candidates',
    data,
    async () => ({}),
    async (q, rows) => {
      for (let i = 0; i < rows.length; i += 1000) await ctx.repo.upsertCandidates(q, rows.slice(i, i + 1000), ctx.runId);
      return { written: rows.length, summary: { candidates: rows.length } };
    },
  );
}

export async function importAccounts(ctx: ImportContext, file: string): Promise<ImportOutcome> {
  const reader: Reader<keyof typeof ACCOUNT_HEADER_ALIASES, AccountRow> = {
    aliases: ACCOUNT_HEADER_ALIASES,
    required: ACCOUNT_REQUIRED,
    keyColumn: 'handle',
    key: (r) => `${r.platform}|${r.handle}|${r.type === 'declared' ? r.nip : ''}`,
    read: readAccountRow,
  };
  const data = await readAll(file, ctx.fileName, reader, ctx.progress);
  // Declared accounts need their NIP on the roster; an unknown NIP is a row problem like any other.
  const declared = data.rows.filter((r) => r.value.type === 'declared');
  const asnIds = await ctx.repo.asnIdsByNip(
    ctx.db,
    declared.map((r) => (r.value as Extract<AccountRow, { type: 'declared' }>).nip),
  );
  const nipLabel = 'NIP';
  data.rows = data.rows.filter((r) => {
    if (r.value.type !== 'declared' || asnIds.has(r.value.nip)) return true;
    data.problems.push({ row: r.row, column: nipLabel, reason: `NIP ${r.value.nip} tidak ada di data ASN; impor data ASN dahulu` });
    return false;
  });
  data.problems.sort((a, b) => a.row - b.row);
  return finishTable(
    ctx,
    'accounts',
    data,
    async () => ({ declared: declared.length }),
    async (q, rows) => {
      let campaign = 0;
      let self = 0;
      for (const r of rows) {
        if (r.type === 'campaign') {
          await ctx.repo.upsertCampaignAccount(q, {
            platform: r.platform,
            handle: r.handle,
            kind: r.campaignKind,
            label: r.label,
            target: r.target,
            contest: r.contest,
            displayName: r.displayName,
          });
          campaign++;
        } else {
          await ctx.repo.upsertAccounts(q, [
            { platform: r.platform, handle: r.handle, key: r.handle, displayName: r.displayName, imageHash: null },
          ]);
          const acc = await q.query<{ id: string }>(`SELECT id FROM social_account WHERE platform = $1 AND handle = $2`, [
            r.platform,
            r.handle,
          ]);
          // SKB 2/2022 asks ASN to declare their accounts; a declaration is strong evidence but a person
          // still confirms the link.
          await ctx.repo.upsertSuggestion(q, {
            accountId: acc.rows[0].id,
            asnId: asnIds.get(r.nip)!,
            score: 1,
            reasons: [{ kind: 'self_declared', weight: 1, detail: `dideklarasikan pemilik NIP ${r.nip} (berkas ${ctx.fileName})` }],
          });
          self++;
        }
      }
      return { written: rows.length, summary: { campaign, declared: self } };
    },
  );
}
