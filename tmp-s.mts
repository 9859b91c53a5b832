import fs from 'node:fs';
import { normalizeDocument } from './indexer/normalize.js';
import { splitSections } from './indexer/split/sections.js';
for (const f of fs.readdirSync('corpus').sort()) {
  const text = normalizeDocument(fs.readFileSync(`corpus/${f}`, 'utf8'));
  const secs = splitSections(text);
  console.log(`\n##### ${f}: ${secs.length} sections`);
  for (const s of secs) console.log(`[${s.kind}] ${JSON.stringify(s.path)} ${JSON.stringify(s.heading?.slice(0, 50))} (${s.text.length}) ${JSON.stringify(s.text.slice(0, 70))}…${JSON.stringify(s.text.slice(-60))}`);
  const tok = (t: string) => t.split(/\s+/).filter(Boolean).sort().join(' ');
  console.log('whole text kept:', tok(secs.map((s) => s.text).join('\n')) === tok(text));
}
