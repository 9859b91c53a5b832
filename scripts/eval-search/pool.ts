import { foldKey } from '../../lib/vietnamese/index.js';
import type { EvalSection } from './legal-sets.js';
import type { PartyQuery } from './party-corpus.js';
import type { PartyResult } from './party.js';

const words = (t: string): string[] => t.match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];

/** Around the first place where a query word occurs (folded), or the start. */
function context(text: string, q: string, width = 260): string {
  const flat = text.replace(/\s+/g, ' ');
  const folded = foldKey(flat);
  const ws = words(q.replace(/-"[^"]*"|-\S+/g, ' '))
    .map(foldKey)
    .filter((w) => w.length > 1);
  const phrase = ws.join(' ');
  let at = folded.indexOf(phrase);
  if (at < 0)
    at = Math.max(
      0,
      ...ws
        .map((w) => folded.indexOf(` ${w} `))
        .filter((i) => i >= 0)
        .slice(0, 1),
    );
  const from = Math.max(0, at - width / 2);
  return flat.slice(from, from + width);
}

/** Prints, per query, the hits of any system that are not judged yet, for a person to judge. */
export function printPool(queries: readonly PartyQuery[], result: PartyResult): void {
  const byId = new Map<string, EvalSection>(result.sections.map((s) => [s.id, s]));
  const fileOfDoc = new Map(result.sections.map((s) => [s.docId, s.docTitle]));
  for (const q of queries) {
    const seen = new Set<string>();
    const lines: string[] = [];
    for (const [system, hits] of result.tops.get(q.id) ?? []) {
      for (const h of hits) {
        const file = fileOfDoc.get(h.docId)!;
        if (seen.has(file) || file in q.judgements) continue;
        seen.add(file);
        const s = byId.get(h.id);
        const title =
          result.sections
            .find((x) => x.docId === h.docId)
            ?.text.split('\n')[0]
            ?.slice(0, 120) ?? '';
        lines.push(`  ${file} [${system}] ${title}\n      … ${context(`${s?.heading ?? ''} ${s?.text ?? ''}`, q.q)} …`);
      }
    }
    if (lines.length > 0) process.stdout.write(`\n## ${q.id}: ${q.q} — ${q.need}\n${lines.join('\n')}\n`);
  }
}
