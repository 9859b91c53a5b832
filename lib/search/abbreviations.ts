import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeText } from '../vietnamese/normalize.js';
import { telexText } from '../vietnamese/telex.js';

/** One line of abbreviations.txt: "SXH = sốt xuất huyết", or "~TU = Tỉnh ủy" for an ambiguous one. */
export interface Abbreviation {
  /** As written in the list, e.g. "KT-XH". */
  abbr: string;
  expansions: string[];
  /** Also an ordinary syllable without accents: expanded only when typed in capitals, never an index synonym. */
  ambiguous: boolean;
}

export const ABBREVIATIONS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'abbreviations.txt');

/** Parses the list; blank lines and "#" comments are skipped, malformed lines throw with their number. */
export function parseAbbreviations(source: string): Abbreviation[] {
  const out: Abbreviation[] = [];
  normalizeText(source)
    .split('\n')
    .forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const m = line.match(/^(~?)\s*(\S+)\s*=\s*(.+)$/u);
      if (!m) throw new Error(`abbreviations line ${i + 1}: expected "ABBR = expansion", got "${line}"`);
      const expansions = m[3]!
        .split('|')
        .map((e) => e.trim())
        .filter(Boolean);
      if (expansions.length === 0) throw new Error(`abbreviations line ${i + 1}: no expansion`);
      out.push({ abbr: m[2]!, expansions, ambiguous: m[1] === '~' });
    });
  return out;
}

let cached: Abbreviation[] | null = null;

/** The product's list (lib/search/abbreviations.txt), read once. */
export function abbreviations(): Abbreviation[] {
  cached ??= parseAbbreviations(fs.readFileSync(ABBREVIATIONS_FILE, 'utf8'));
  return cached;
}

/** Word tokens as Meilisearch and the telex encoding see them: "KT-XH" → "kt xh". */
export function plainForm(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).join(' ');
}

/**
 * Meilisearch synonyms for the unambiguous abbreviations, both directions, in the visible form
 * (matched on folded text) and in the telex form (matched on the accent-exact field).
 */
export function abbreviationSynonyms(list: readonly Abbreviation[]): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string): void => {
    if (from === to || from === '' || to === '') return;
    if (!map.has(from)) map.set(from, new Set());
    map.get(from)!.add(to);
  };
  for (const a of list) {
    if (a.ambiguous) continue;
    const plain = [a.abbr, ...a.expansions].map(plainForm);
    const telex = [a.abbr, ...a.expansions].map(telexText);
    for (const group of [plain, telex]) {
      for (const x of group) for (const y of group) link(x, y);
    }
  }
  return Object.fromEntries([...map].map(([k, v]) => [k, [...v].sort()]));
}
