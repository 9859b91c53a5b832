import { Meilisearch } from 'meilisearch';
import { settle, MeiliStore } from '../../indexer/run/meili-store.js';
import type { DocType, SectionRecord } from '../../lib/schema/records.js';
import type { AppConfig } from '../../lib/config.js';
import { telexText } from '../../lib/vietnamese/index.js';

/** A section to index directly (bypassing extraction), with the metadata a test needs. */
export interface TestSection {
  id: string;
  docId: string;
  text: string;
  heading?: string | null;
  title?: string;
  docType?: DocType;
  date?: string | null;
  district?: string | null;
  province?: string | null;
  issuer?: string | null;
  directives?: string[];
  /** The document's own number (canonical key) and the section's place in it. */
  ownKey?: string | null;
  order?: number;
}

/** The record the indexer would write for it (same hidden fields as indexer/steps/build.ts). */
export function sectionRecord(s: TestSection): SectionRecord {
  const date = s.date ?? null;
  return {
    id: s.id,
    docId: s.docId,
    file: `${s.docId}.txt`,
    title: s.title ?? `Văn bản ${s.docId}`,
    docType: s.docType ?? 'thong_bao',
    date,
    dateNum: date ? Number(date.replaceAll('-', '')) : 0,
    year: date ? date.slice(0, 4) : null,
    month: date ? date.slice(0, 7) : null,
    quarter: date ? `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}` : null,
    issuer: s.issuer ?? null,
    district: s.district ?? null,
    province: s.province ?? null,
    heading: s.heading ?? null,
    path: [],
    order: s.order ?? 0,
    text: s.text,
    textTelex: telexText(`${s.heading ?? ''} ${s.text}`),
    ownKey: s.ownKey ?? null,
    directives: s.directives ?? [],
    runId: 'test',
  };
}

/** Creates the product's indexes (with its settings) under the config's prefix and adds the sections. */
export async function indexSections(config: AppConfig, sections: readonly TestSection[]): Promise<void> {
  const client = new Meilisearch({ host: config.meiliUrl!, apiKey: config.meiliMasterKey });
  const store = new MeiliStore(client, config.indexPrefix);
  await store.ensureIndexes();
  await settle(
    client.index(store.names.sections).addDocuments(sections.map(sectionRecord), { primaryKey: 'id' }),
    'adding test sections',
  );
}
