import crypto from 'node:crypto';

import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { pino } from 'pino';
import { indexFolder } from '../../indexer/run/index-folder.js';
import { PIPELINE_VERSION } from '../../indexer/steps/pipeline.js';
import { loadConfig } from '../../lib/config.js';
import type { SectionRecord } from '../../lib/schema/records.js';
import { makeEngines, type EvalHit } from './engines.js';
import { exactWords, holdsExactly } from './exactness.js';
import type { EvalSection } from './legal-sets.js';
import { mean } from '../shared/stats.js';
import { ndcgAt, precisionAt } from './metrics.js';
import { readPartyCorpus, readPartyQueries, writeCorpus, type PartyQuery } from './party-corpus.js';
import type { Row } from './table.js';

/** Indexes the corpus with the product's indexer (cached across runs) and reads its sections back. */
async function indexCorpus(
  root: string,
  url: string,
  key: string | undefined,
): Promise<{ prefix: string; sections: EvalSection[] }> {
  const files = readPartyCorpus(root);
  const fp = crypto
    .createHash('sha1')
    .update(PIPELINE_VERSION)
    .update(JSON.stringify(files))
    .digest('hex')
    .slice(0, 10);
  const base = path.join(os.tmpdir(), `vankien-eval-party-${fp}`);
  writeCorpus(files, path.join(base, 'corpus'));
  const config = {
    ...loadConfig({}),
    dataDir: path.join(base, 'data'),
    indexPrefix: `evalparty${fp}`,
    logLevel: 'silent' as const,
  };
  const summary = await indexFolder({
    config,
    meiliUrl: url,
    masterKey: key,
    folder: path.join(base, 'corpus'),
    logger: pino({ level: 'silent' }),
  });
  if (summary.failed.length > 0) throw new Error(`indexing the party corpus failed for ${summary.failed.length} files`);
  const client = new Meilisearch({ host: url, ...(key ? { apiKey: key } : {}) });
  const sections: EvalSection[] = [];
  for (let offset = 0; ; offset += 1000) {
    const page = await client
      .index<SectionRecord>(`${config.indexPrefix}-sections`)
      .getDocuments({ fields: ['id', 'docId', 'file', 'heading', 'text'], limit: 1000, offset });
    sections.push(
      ...page.results.map((s) => ({ id: s.id, docId: s.docId, docTitle: s.file, heading: s.heading, text: s.text })),
    );
    if (page.results.length < 1000) break;
  }
  return { prefix: config.indexPrefix, sections };
}

/** Judgements as grades per document id. */
function gradesOf(q: PartyQuery, docOfFile: ReadonlyMap<string, string>): Map<string, number> {
  return new Map(
    Object.entries(q.judgements).flatMap(([file, g]) => (docOfFile.has(file) ? [[docOfFile.get(file)!, g]] : [])),
  );
}

export interface PartyResult {
  rows: Row[];
  /** Per query: each system's top 10 (for judging unjudged hits). */
  tops: Map<string, Map<string, EvalHit[]>>;
  /** nDCG@10 per query and system. */
  perQuery: Map<string, Record<string, number>>;
  sections: EvalSection[];
}

/** Set (1): nDCG@10 and P@10 per system over the judged queries, documents as the unit (group=document). */
export async function partyRows(root: string, url: string, key: string | undefined): Promise<PartyResult> {
  const { prefix, sections } = await indexCorpus(root, url, key);
  const engines = await makeEngines(url, key, sections, prefix);
  const queries = readPartyQueries(root);
  const docOfFile = new Map(sections.map((s) => [s.docTitle, s.docId]));
  const textOf = new Map(sections.map((s) => [s.id, `${s.heading ?? ''} ${s.text}`]));
  const rows: Row[] = [];
  const tops = new Map<string, Map<string, EvalHit[]>>();
  const perQuery = new Map<string, Record<string, number>>();
  for (const [system, run] of [
    ['product', engines.product],
    ['meili-default', engines.meiliDefault],
    ['bm25', engines.bm25],
  ] as const) {
    const ndcg: number[] = [],
      p10: number[] = [];
    let nonExact = 0;
    const started = performance.now();
    for (const q of queries) {
      const hits = await run(q.q, 'document');
      if (!tops.has(q.id)) tops.set(q.id, new Map());
      tops.get(q.id)!.set(system, hits);
      const grades = gradesOf(q, docOfFile);
      ndcg.push(
        ndcgAt(
          hits.map((h) => h.docId),
          grades,
        ),
      );
      perQuery.set(q.id, { ...perQuery.get(q.id), [system]: ndcg[ndcg.length - 1]! });
      p10.push(
        precisionAt(
          hits.map((h) => h.docId),
          grades,
        ),
      );
      const wanted = exactWords(q.q, q.kind);
      if (wanted && sections.some((s) => holdsExactly(`${s.heading ?? ''} ${s.text}`, wanted))) {
        nonExact += hits.filter((h) => !holdsExactly(textOf.get(h.id) ?? '', wanted)).length;
      }
    }
    rows.push({
      set: `(1) judged queries (${queries.length})`,
      system,
      metrics: { 'nDCG@10': mean(ndcg), 'P@10': mean(p10) },
      msPerQuery: (performance.now() - started) / queries.length,
      extra: `${nonExact} hits not matching the typed accents while exact matches exist`,
    });
  }
  await engines.close();
  return { rows, tops, perQuery, sections };
}

export const partyNote = (root: string): string => {
  const files = readPartyCorpus(root);
  return `(1): ${files.length} documents (5 seeds + ${files.length - 5} VietNews Party articles from test/fixtures/search), judged per document, systems grouped by document`;
};
