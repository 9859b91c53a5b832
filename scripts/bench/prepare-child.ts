/**
 * Child process: the product's pipeline (read → hash → parse → build records) over the archive,
 * without Meilisearch, writing the records as NDJSON chunks of the indexer's batch size. The
 * chunks are what "Meilisearch alone" ingests; the run's time is the pipeline's own cost.
 * Prints one JSON line: {sections, documents, bytes, ms, cpuMs, maxRssMb, chunks}.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_BATCH } from '../../indexer/run/batch-writer.js';
import { versionedHash } from '../../indexer/run/run-indexing.js';
import { buildFile } from '../../indexer/steps/pipeline.js';
import { listCorpusFiles } from '../../indexer/run/scan.js';
import { readSidecar } from '../../indexer/steps/corrections.js';

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) throw new Error('usage: prepare-child.ts <corpusDir> <outDir>');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const started = performance.now();
const kinds = ['sections', 'citations', 'documents'] as const;
let lines: Record<(typeof kinds)[number], string[]> = { sections: [], citations: [], documents: [] };
let chars = 0;
let chunks = 0;
const flush = (): void => {
  if (lines.documents.length === 0) return;
  const name = String(chunks++).padStart(6, '0');
  for (const kind of kinds)
    if (lines[kind].length > 0) fs.writeFileSync(path.join(outDir, `${name}-${kind}.ndjson`), lines[kind].join('\n'));
  lines = { sections: [], citations: [], documents: [] };
  chars = 0;
};

const push = (kind: (typeof kinds)[number], record: object): void => {
  const line = JSON.stringify(record);
  lines[kind].push(line);
  chars += line.length + 1;
};

let sections = 0;
let documents = 0;
let bytes = 0;
for (const f of await listCorpusFiles(corpusDir)) {
  try {
    const sidecar = f.sidecar ? await readSidecar(f.sidecar) : null;
    const built = await buildFile(f, await versionedHash(f, undefined, sidecar), 'prepared', sidecar);
    for (const s of built.sections) push('sections', s);
    for (const c of built.citations) push('citations', c);
    push('documents', built.document);
    sections += built.sections.length;
    documents++;
    bytes += f.size;
  } catch {
    continue; // the indexer reports bad files; the ceiling just leaves them out
  }
  if (chars >= DEFAULT_BATCH.maxBatchChars) flush();
}
flush();
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    sections,
    documents,
    bytes,
    chunks,
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000),
    maxRssMb: Math.round(usage.maxRSS / 1024),
  })}\n`,
);
