import autocannon from 'autocannon';
import { percentile } from '../shared/stats.js';

/** One HTTP request of a load run. */
export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  connections: number;
  requests: number;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** Non-2xx answers and socket errors; a run with any is reported, never hidden. */
  errors: number;
}

/**
 * Runs `connections` concurrent clients for `seconds`, each cycling through the request list,
 * with autocannon; latency percentiles are computed from every response's own time.
 */
export async function runLoad(
  baseUrl: string,
  requests: LoadRequest[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  return load(
    baseUrl,
    requests.map((r) => ({
      method: r.method,
      path: r.path,
      ...(r.body ? { body: r.body } : {}),
      ...(r.headers ? { headers: r.headers } : {}),
    })),
    connections,
    seconds,
  );
}

/**
 * Sessions of requests, each sent in order by one client: a client takes the next session not yet
 * taken (in list order) when it starts and after finishing one, so no two clients send the same
 * session. Every session has the same length (a one-request session makes a list of distinct
 * queries). `sent.sessions` says how many were taken: past `sessions.length`, they repeat.
 */
export async function runSessions(
  baseUrl: string,
  sessions: LoadRequest[][],
  connections: number,
  seconds: number,
  sent = { sessions: 0 },
): Promise<LoadResult> {
  const length = sessions[0]?.length ?? 0;
  // autocannon gives each client a fresh context whenever it starts its request list over: a session.
  const step =
    (i: number) =>
    (req: autocannon.Request, context: object): autocannon.Request => {
      const c = context as { session?: number };
      if (i === 0 || c.session === undefined) c.session = sent.sessions++;
      const r = sessions[c.session % sessions.length]![i]!;
      return {
        ...req,
        method: r.method,
        path: r.path,
        ...(r.body ? { body: r.body } : {}),
        ...(r.headers ? { headers: r.headers } : {}),
      };
    };
  return load(
    baseUrl,
    Array.from({ length }, (_, i) => ({ method: 'GET' as const, path: '/', setupRequest: step(i) })),
    connections,
    seconds,
  );
}

async function load(
  baseUrl: string,
  requests: autocannon.Request[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: baseUrl,
        connections,
        duration: seconds,
        timeout: 30,
        requests,
      },
      (err: unknown, res: autocannon.Result) => (err ? reject(err as Error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      times.push(responseTime);
    });
  });
  times.sort((a, b) => a - b);
  return {
    connections,
    requests: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: times.length / seconds,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/** Like autocannon, ask for uncompressed answers (Node's fetch would ask for gzip; see lib/meili/client.ts). */
function init(r: LoadRequest): RequestInit {
  return {
    method: r.method,
    ...(r.body ? { body: r.body } : {}),
    headers: { 'Accept-Encoding': 'identity', ...(r.headers ?? {}) },
  };
}

/** Sends each request once, in order, and returns the parsed answers (warm-up and sanity check). */
export async function sendEach(baseUrl: string, requests: LoadRequest[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const r of requests) {
    const res = await fetch(`${baseUrl}${r.path}`, init(r));
    if (!res.ok) throw new Error(`${r.method} ${r.path} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
    out.push(await res.json());
  }
  return out;
}

/** p50/p95 of `reps` sequential runs of one request (for the heavy facet and trend queries). */
export async function timeSequential(
  baseUrl: string,
  r: LoadRequest,
  reps: number,
): Promise<{ p50: number; p95: number }> {
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    const res = await fetch(`${baseUrl}${r.path}`, init(r));
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${r.method} ${r.path} answered ${res.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
