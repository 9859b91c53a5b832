import { runSessions, sendEach, type LoadRequest, type LoadResult } from './load.js';
import type { BenchMeili } from './meili.js';
import { apiPath, meiliBody, mixedQueries, type BenchQuery, type FacetPicks } from './queries.js';
import { distinctQueries, indexPhrases, sessions } from './query-lists.js';

const log = (msg: string): void => void process.stderr.write(`[bench] ${msg}\n`);

/** One list at one concurrency: the API with its cache off and on, and the same queries as plain Meilisearch searches. */
export interface ListRow {
  list: string;
  connections: number;
  cacheOff: LoadResult | null;
  cacheOn: LoadResult;
  meili: LoadResult | null;
  /** Sessions (or distinct queries) the cache-on API was sent over all levels, and how many the list holds. */
  sent: number;
  available: number;
}

export interface ListPhaseInput {
  meili: BenchMeili;
  sectionsIndex: string;
  picks: FacetPicks;
  apiOn: string;
  apiOff: string;
  concurrency: number[];
  seconds: number;
  seed: number;
}

interface List {
  name: string;
  sessions: BenchQuery[][];
  /** The mixed list is measured with the cache off (and on Meilisearch) by the main table already. */
  onlyCacheOn: boolean;
}

/**
 * The query lists of issue 16 besides the mixed one: distinct queries (no cache can help: no
 * client, level or warm-up sends one twice) and recorded-style sessions (a query, pages 2-3, a
 * facet click, grouping on and off, back), each against the API with its cache on and off, and
 * Meilisearch alone, in this run. The mixed list is added with the cache on (every request repeats).
 */
export async function measureLists(input: ListPhaseInput): Promise<ListRow[]> {
  const phrases = await indexPhrases(input.meili.client, input.sectionsIndex, input.seed);
  const half = Math.floor(phrases.length / 2);
  const lists: List[] = [
    {
      name: `mixed list of ${mixedQueries(input.picks).length}`,
      sessions: mixedQueries(input.picks).map((q) => [q]),
      onlyCacheOn: true,
    },
    { name: 'distinct queries', sessions: distinctQueries(phrases.slice(0, half)).map((q) => [q]), onlyCacheOn: false },
    { name: 'sessions of 7 requests', sessions: sessions(phrases.slice(half), input.picks), onlyCacheOn: false },
  ];
  const auth = { Authorization: `Bearer ${input.meili.server.masterKey}`, 'Content-Type': 'application/json' };
  const toApi = (q: BenchQuery): LoadRequest => ({ method: 'GET', path: apiPath(q.params) });
  const toMeili = (q: BenchQuery): LoadRequest => ({
    method: 'POST',
    path: `/indexes/${input.sectionsIndex}/search`,
    body: JSON.stringify(meiliBody(q.params)),
    headers: auth,
  });
  // Both APIs load the app and the term statistics once; nothing of the lists below is sent.
  await sendEach(input.apiOn, [{ method: 'GET', path: '/api/search?q=' }]);
  await sendEach(input.apiOff, [{ method: 'GET', path: '/api/search?q=' }]);
  const rows: ListRow[] = [];
  for (const list of lists) {
    const api = list.sessions.map((s) => s.map(toApi));
    const direct = list.sessions.map((s) => s.map(toMeili));
    const sentOn = { sessions: 0 };
    for (const c of input.concurrency) {
      log(
        `${list.name}: ${c} client(s), ${input.seconds} s each${list.onlyCacheOn ? ', cache on' : ': cache off, cache on, Meilisearch'}`,
      );
      const cacheOff = list.onlyCacheOn ? null : await runSessions(input.apiOff, api, c, input.seconds);
      const cacheOn = await runSessions(input.apiOn, api, c, input.seconds, sentOn);
      const meili = list.onlyCacheOn ? null : await runSessions(input.meili.server.url, direct, c, input.seconds);
      rows.push({
        list: list.name,
        connections: c,
        cacheOff,
        cacheOn,
        meili,
        sent: sentOn.sessions,
        available: list.sessions.length,
      });
    }
    if (!list.onlyCacheOn && sentOn.sessions > list.sessions.length)
      log(`  ${list.name}: the list ran out (${sentOn.sessions} sent of ${list.sessions.length}): some repeated`);
  }
  return rows;
}
