import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Meilisearch } from 'meilisearch';
import { buildApp } from '../../api/app.js';
import { settle, MeiliStore } from '../../indexer/run/meili-store.js';
import { loadConfig } from '../../lib/config.js';
import type { GroupMode } from '../../lib/schema/literals.js';
import type { SectionRecord } from '../../lib/schema/records.js';
import { telexText } from '../../lib/vietnamese/index.js';
import { Bm25 } from './bm25.js';
import type { EvalSection } from './legal-sets.js';

/** One hit: a section and its document. */
export interface EvalHit {
  id: string;
  docId: string;
}

/** The top 10 of one system for one query: sections, or documents (each with its best section). */
export type System = (q: string, group: GroupMode) => Promise<EvalHit[]>;

export interface Engines {
  product: System;
  meiliDefault: System;
  bm25: System;
  close(): Promise<void>;
}

/** A section as the product's indexer would store it (see indexer/steps/build.ts), without metadata. */
function toRecord(s: EvalSection): SectionRecord {
  return {
    id: s.id,
    docId: s.docId,
    file: s.docTitle,
    title: s.docTitle,
    docType: 'khac',
    date: null,
    dateNum: 0,
    year: null,
    month: null,
    quarter: null,
    issuer: null,
    district: null,
    province: null,
    heading: s.heading,
    path: [],
    order: 0,
    text: s.text,
    textTelex: telexText(`${s.heading ?? ''} ${s.text}`),
    directives: [],
    runId: 'eval',
  };
}

const fingerprint = (sections: readonly EvalSection[]): string =>
  crypto
    .createHash('sha1')
    .update(JSON.stringify(sections.map((s) => [s.id, s.text.length])))
    .digest('hex')
    .slice(0, 10);

async function fill(client: Meilisearch, uid: string, docs: readonly object[]): Promise<void> {
  const have = await client
    .index(uid)
    .getStats()
    .then(
      (s) => s.numberOfDocuments,
      () => -1,
    );
  if (have === docs.length) return;
  for (let i = 0; i < docs.length; i += 5000) {
    await settle(
      client.index(uid).addDocuments(docs.slice(i, i + 5000) as Record<string, unknown>[], { primaryKey: 'id' }),
      `adding to ${uid}`,
    );
  }
}

function dedupeDocs(hits: readonly EvalHit[], k: number): EvalHit[] {
  const seen = new Set<string>();
  return hits.filter((h) => !seen.has(h.docId) && seen.add(h.docId)).slice(0, k);
}

/**
 * The three systems over the same sections: the product (its API, index settings and query
 * pipeline), Meilisearch with default settings and the plain query, and plain BM25.
 * With `prefix` given, the product's indexes already hold the sections (indexed by the product's indexer).
 */
export async function makeEngines(
  url: string,
  key: string | undefined,
  sections: EvalSection[],
  prefix?: string,
): Promise<Engines> {
  const client = new Meilisearch({ host: url, ...(key ? { apiKey: key } : {}) });
  const fp = fingerprint(sections);
  const productPrefix = prefix ?? `eval${fp}`;
  if (!prefix) {
    const store = new MeiliStore(client, productPrefix);
    await store.ensureIndexes();
    await fill(client, store.names.sections, sections.map(toRecord));
  }
  const defaultUid = `evaldefault${fp}`;
  await fill(
    client,
    defaultUid,
    sections.map((s) => ({ id: s.id, docId: s.docId, title: s.docTitle, heading: s.heading, text: s.text })),
  );
  const app: FastifyInstance = await buildApp({
    config: {
      ...loadConfig({}),
      indexPrefix: productPrefix,
      logLevel: 'silent',
      rateLimitPerMinute: 0,
      maxEventLoopDelayMs: 0,
    },
    meiliUrl: url,
    meiliMasterKey: key,
    logger: false,
  });
  const docOf = new Map(sections.map((s) => [s.id, s.docId]));
  const bm25 = new Bm25(sections.map((s) => ({ id: s.id, text: `${s.heading ?? ''} ${s.text}` })));
  return {
    product: async (q, group) => {
      const res = await app.inject({ url: '/api/search', query: { q, perPage: '10', group } });
      if (res.statusCode !== 200) throw new Error(`product search failed (${res.statusCode}): ${res.body}`);
      const hits = (res.json() as { hits: { sectionId: string; docId: string }[] }).hits;
      return hits.map((h) => ({ id: h.sectionId, docId: h.docId }));
    },
    meiliDefault: async (q, group) => {
      const res = await client
        .index(defaultUid)
        .search(q, { limit: group === 'document' ? 100 : 10, attributesToRetrieve: ['id', 'docId'] });
      const hits = res.hits as EvalHit[];
      return group === 'document' ? dedupeDocs(hits, 10) : hits;
    },
    bm25: async (q, group) => {
      const hits = bm25.search(q, group === 'section' ? 10 : 300).map((id) => ({ id, docId: docOf.get(id) ?? id }));
      return group === 'document' ? dedupeDocs(hits, 10) : hits;
    },
    close: () => app.close(),
  };
}
