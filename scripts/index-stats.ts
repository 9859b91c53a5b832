/**
 * What an index holds, counted from Meilisearch itself (the same DATA_DIR / MEILI_URL rules as
 * `npm run index`): documents, sections, citations, distinct cited documents, and how many documents
 * have a district, a province, a date, an issuer, a citation; the most frequent values.
 *   DATA_DIR=/tmp/x npx tsx scripts/index-stats.ts
 */
import { Meilisearch } from 'meilisearch';
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { connectMeili } from '../lib/meili/connect.js';
import { indexNames } from '../lib/schema/indexes.js';

function top(dist: Record<string, number> | undefined, n: number): string {
  return Object.entries(dist ?? {})
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
}

async function main(): Promise<void> {
  const config = loadConfig();
  const meili = await connectMeili(config, createLogger('warn', 'stats'), { useRunningInstance: true });
  try {
    const client = new Meilisearch({ host: meili.url, ...(meili.masterKey ? { apiKey: meili.masterKey } : {}) });
    const names = indexNames(config.indexPrefix);
    const documents = client.index(names.documents);
    const count = async (filter: string): Promise<number> =>
      (await documents.search('', { filter, limit: 0 })).estimatedTotalHits ?? 0;
    const [docStats, sectionStats, citationStats] = await Promise.all([
      documents.getStats(),
      client.index(names.sections).getStats(),
      client.index(names.citations).getStats(),
    ]);
    const facets = await documents.search('', { limit: 0, facets: ['district', 'province', 'docType', 'issuer'] });
    const keys = await client.index(names.citations).search('', { limit: 0, facets: ['key'] });
    const lines = [
      `documents ${docStats.numberOfDocuments}, sections ${sectionStats.numberOfDocuments}, citations ${citationStats.numberOfDocuments}, distinct cited documents ${Object.keys(keys.facetDistribution?.key ?? {}).length}`,
      `documents citing at least one document: ${await count('directiveKeys IS NOT EMPTY')}`,
      `documents with a district: ${await count('district IS NOT NULL')}, with a province: ${await count('province IS NOT NULL')}, with a date: ${await count('dateNum > 0')}, with an issuer: ${await count('issuer IS NOT NULL')}`,
      `docType: ${top(facets.facetDistribution?.docType, 15)}`,
      `top provinces: ${top(facets.facetDistribution?.province, 10)}`,
      `top districts: ${top(facets.facetDistribution?.district, 10)}`,
      `top issuers: ${top(facets.facetDistribution?.issuer, 8)}`,
      `most cited: ${top(keys.facetDistribution?.key, 10)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await meili.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`index-stats failed: ${(err as Error).message}\n`);
  process.exit(1);
});
