// Reads the rulebook and election packs that ship with the code (YAML under domain/rulebook/), validated
// by their schemas. Used by the server at start and by CLI commands that must work without a database.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  formatPackIssues,
  parseElectionPack,
  rulebookSchema,
  type ElectionPack,
  type Rulebook,
} from '@netra/shared';

const RULEBOOK_DIR = fileURLToPath(new URL('../../domain/rulebook/', import.meta.url));
export const SHIPPED_PACKS_DIR = path.join(RULEBOOK_DIR, 'packs');

export class PackFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: string[],
  ) {
    super(`${file}: invalid election pack\n${errors.map((e) => `  - ${e}`).join('\n')}`);
    this.name = 'PackFileError';
  }
}

/** Decodes YAML or JSON (by extension, or by content when no name is known) into a plain value. */
export function decodeDataFile(content: string, fileName = ''): unknown {
  if (fileName.toLowerCase().endsWith('.json')) return JSON.parse(content);
  return parseYaml(content, { prettyErrors: true });
}

/** Parses and validates pack file content; throws PackFileError naming every bad field. */
export function parsePackFile(content: string, fileName: string): ElectionPack {
  let data: unknown;
  try {
    data = decodeDataFile(content, fileName);
  } catch (e: any) {
    throw new PackFileError(fileName, [`cannot decode: ${e?.message ?? e}`]);
  }
  const r = parseElectionPack(data);
  if (!r.ok) throw new PackFileError(fileName, r.errors);
  return r.pack;
}

let shippedPacks: ElectionPack[] | null = null;

export function loadShippedPacks(): ElectionPack[] {
  if (shippedPacks) return shippedPacks;
  const files = readdirSync(SHIPPED_PACKS_DIR)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort();
  shippedPacks = files.map((f) => parsePackFile(readFileSync(path.join(SHIPPED_PACKS_DIR, f), 'utf8'), f));
  return shippedPacks;
}

export const SHIPPED_RULEBOOK_FILE = path.join(RULEBOOK_DIR, 'data', 'rulebook.yaml');

/** Validates rulebook data; throws naming every bad field. */
export function parseRulebook(data: unknown, fileName = 'rulebook'): Rulebook {
  const r = rulebookSchema.safeParse(data);
  if (!r.success)
    throw new Error(
      `${fileName}: invalid rulebook\n${formatPackIssues(r.error.issues)
        .map((e) => `  - ${e}`)
        .join('\n')}`,
    );
  return r.data;
}

let shippedRulebook: Rulebook | null = null;

export function loadShippedRulebook(): Rulebook {
  shippedRulebook ??= parseRulebook(
    decodeDataFile(readFileSync(SHIPPED_RULEBOOK_FILE, 'utf8'), SHIPPED_RULEBOOK_FILE),
    'rulebook.yaml',
  );
  return shippedRulebook;
}
