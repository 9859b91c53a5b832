/**
 * Fixture documents for the API tests. Text goes through the real pipeline (normalise, split,
 * citations); metadata the extractor does not determine yet (district, province, own number…) is
 * set explicitly, so that the tests do not depend on extraction work in progress. Records are
 * written with the indexer's own MeiliStore into the shared test Meilisearch.
 */
import crypto from 'node:crypto';
import { buildRecords, type BuiltDocument } from '../../indexer/steps/build.js';
import { MeiliStore } from '../../indexer/run/meili-store.js';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import type { DocumentMetadata, RawSection } from '../../indexer/steps/types.js';
import type { AppConfig } from '../../lib/config.js';

export interface FixtureDoc {
  file: string;
  text: string;
  meta?: Partial<DocumentMetadata>;
}

/** Parses a fixture's text and overrides the metadata given. */
export function buildFixture(doc: FixtureDoc, runId: string): BuiltDocument {
  const parsed = parseDocument(doc.file, `fixture:${doc.file}`, doc.text);
  return buildRecords({ ...parsed, metadata: { ...parsed.metadata, ...doc.meta } }, runId);
}

/** A document with `count` sections, built without the splitter (for large result sets). */
export function manySections(
  file: string,
  count: number,
  words: (i: number) => string,
  meta: Partial<DocumentMetadata>,
): BuiltDocument {
  const sections: RawSection[] = Array.from({ length: count }, (_, i) => ({
    heading: `${i + 1}. Mục ${i + 1}`,
    path: [`${i + 1}.`],
    text: words(i),
    kind: 'body',
  }));
  const parsed = parseDocument(file, `fixture:${file}`, 'BÁO CÁO\n\nvề dữ liệu thử nghiệm');
  return buildRecords({ ...parsed, sections, citations: [], metadata: { ...parsed.metadata, ...meta } }, 'many');
}

/** Writes fixture documents into the indexes of `config` (creating them with the product's settings). */
export async function writeFixtures(config: AppConfig, docs: (FixtureDoc | BuiltDocument)[]): Promise<BuiltDocument[]> {
  const store = MeiliStore.connect(config.meiliUrl!, config.meiliMasterKey, config.indexPrefix);
  await store.ensureIndexes();
  const runId = crypto.randomUUID().slice(0, 13);
  const built = docs.map((d) => ('document' in d ? d : buildFixture(d, runId)));
  // The store removes a document's records of other runs: give pre-built ones this run's id.
  for (const b of built) for (const r of [...b.sections, ...b.citations]) r.runId = runId;
  await store.write(built, runId);
  return built;
}
