import type { BenchConfig } from './config.js';
import { heavyQueries } from './heavy.js';
import { median } from '../shared/stats.js';
import { runLoad, sendEach, timeSequential, type LoadRequest, type LoadResult } from './load.js';
import type { BenchMeili } from './meili.js';
import { apiPath, meiliBody, mixedQueries, PLAIN_QUERIES, type FacetPicks } from './queries.js';
import { ripgrepTimes } from './ripgrep.js';
import type { BenchResults } from './table.js';

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

/** Facet values that exist in the index: the commonest provinces, doc types and directives. */
export async function pickFacets(meili: BenchMeili, sectionsIndex: string): Promise<FacetPicks> {
  const res = await meili.client
    .index(sectionsIndex)
    .search('', { facets: ['province', 'docType', 'directives'], hitsPerPage: 0 });
  const top = (name: string): string[] =>
    Object.entries(res.facetDistribution?.[name] ?? {})
      .sort((a, b) => b[1] - a[1])
      .map(([v]) => v);
  return {
    provinces: top('province'),
    docTypes: top('docType').filter((t) => t !== 'tin_bai'),
    directives: top('directives'),
  };
}

export interface SearchPhaseInput {
  config: BenchConfig;
  meili: BenchMeili;
  apiUrl: string;
  sectionsIndex: string;
  corpusDir: string;
}

type SearchFigures = Pick<BenchResults, 'queryCount' | 'api' | 'meili' | 'rg' | 'heavy'> & {
  totals: { label: string; total: number }[];
  picks: FacetPicks;
};

/** Every search figure of the table, API and Meilisearch measured back to back on the same index. */
export async function measureSearch(input: SearchPhaseInput): Promise<SearchFigures> {
  const { config, meili, apiUrl, sectionsIndex } = input;
  const picks = await pickFacets(meili, sectionsIndex);
  const queries = mixedQueries(picks);
  const auth = { Authorization: `Bearer ${meili.server.masterKey}`, 'Content-Type': 'application/json' };
  const apiReqs: LoadRequest[] = queries.map((q) => ({ method: 'GET', path: apiPath(q.params) }));
  const meiliReqs: LoadRequest[] = queries.map((q) => ({
    method: 'POST',
    path: `/indexes/${sectionsIndex}/search`,
    body: JSON.stringify(meiliBody(q.params)),
    headers: auth,
  }));

  log('warm-up: every query once through the API and straight to Meilisearch');
  const answers = (await sendEach(apiUrl, apiReqs)) as { total: number }[];
  await sendEach(meili.server.url, meiliReqs);
  const totals = queries.map((q, i) => ({ label: q.label, total: answers[i]!.total }));
  for (const t of totals) log(`  ${String(t.total).padStart(8)}  ${t.label}`);

  const api: LoadResult[] = [];
  const direct: LoadResult[] = [];
  for (const c of config.concurrency) {
    log(`load: ${c} client(s), ${config.loadSeconds} s each, API then Meilisearch`);
    api.push(await runLoad(apiUrl, apiReqs, c, config.loadSeconds));
    direct.push(await runLoad(meili.server.url, meiliReqs, c, config.loadSeconds));
  }

  log('ripgrep over the archive vs the API, plain queries');
  const rg = await ripgrepTimes(input.corpusDir, PLAIN_QUERIES);
  const apiPlain: number[] = [];
  for (const q of PLAIN_QUERIES) {
    apiPlain.push((await timeSequential(apiUrl, apiReqs[queries.findIndex((x) => x.label === q)]!, 5)).p50);
  }
  const ratios = rg.map((r, i) => r.ms / apiPlain[i]!);

  log('facet-heavy and trend queries');
  const heavy: BenchResults['heavy'] = [];
  const yearFacet = await meili.client.index(sectionsIndex).search('', { facets: ['year'], hitsPerPage: 0 });
  const years = Object.keys(yearFacet.facetDistribution?.year ?? {})
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
  for (const h of heavyQueries(sectionsIndex, years)) {
    const reps = config.sections >= 200_000 ? 5 : 10;
    const direct: LoadRequest = {
      method: 'POST',
      path: h.meili.path,
      body: JSON.stringify(h.meili.body),
      headers: auth,
    };
    await sendEach(meili.server.url, [direct]);
    if (h.api) await sendEach(apiUrl, [h.api]);
    heavy.push({
      label: h.label,
      api: h.api ? await timeSequential(apiUrl, h.api, reps) : null,
      meili: await timeSequential(meili.server.url, direct, reps),
    });
  }
  return {
    queryCount: queries.length,
    api,
    meili: direct,
    totals,
    heavy,
    picks,
    rg: {
      queries: rg.length,
      rgMedianMs: median(rg.map((r) => r.ms)),
      apiMedianMs: median(apiPlain),
      minRatio: Math.min(...ratios),
    },
  };
}
