import { markdownTable, percent } from '../shared/table.js';
import type { IngestResult } from './direct-ingest.js';
import type { ListRow } from './list-phase.js';
import type { LoadResult } from './load.js';
import type { OcrBench } from './ocr.js';
import type { ProductIndexResult } from './product-index.js';

export interface PipelineOnly {
  sections: number;
  documents: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  maxRssMb: number;
}

export interface BenchResults {
  corpus: { files: number; bytes: number; dir: string };
  pipeline: PipelineOnly | null;
  direct: IngestResult | null;
  product: ProductIndexResult | null;
  indexSize: { usedDb: number; du: number } | null;
  sectionsInIndex: number;
  queryCount: number;
  api: LoadResult[];
  meili: LoadResult[];
  rg: { queries: number; rgMedianMs: number; apiMedianMs: number; minRatio: number } | null;
  heavy: { label: string; api: { p50: number; p95: number } | null; meili: { p50: number; p95: number } }[];
  /** Null when not run (--skip-ocr). */
  ocr: OcrBench | null;
  /** The distinct and session lists, the API with its cache off and on (and the mixed list with it on). */
  lists: ListRow[];
}

const n0 = (x: number): string => Math.round(x).toLocaleString('en-US');
const n1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');
const n2 = (x: number): string => (Number.isFinite(x) ? x.toFixed(2) : '—');
const mb = (bytes: number): string =>
  bytes >= 1e9 ? `${(bytes / 1e9).toFixed(2)} GB` : `${(bytes / 1e6).toFixed(0)} MB`;
const lat = (r: LoadResult | undefined): string =>
  r
    ? `${n1(r.p50)} / ${n1(r.p95)} / ${n1(r.p99)} ms · ${n0(r.rps)} req/s${r.errors ? ` · ${r.errors} ERRORS` : ''}`
    : '—';

/** The second table: each query list at each concurrency, cache off / on against Meilisearch alone. */
export function formatListTable(lists: readonly ListRow[]): string {
  const rows: string[][] = [
    [
      'Query list · clients: p50 / p95 / p99 · throughput',
      'API, cache off',
      'API, cache on',
      'Meilisearch alone',
      'p95 ÷ Meilisearch (off · on)',
      'on ÷ off throughput',
    ],
  ];
  const ratio = (a: LoadResult | null, m: LoadResult | null): string => (a && m ? `${n2(a.p95 / m.p95)}×` : '—');
  for (const l of lists) {
    rows.push([
      `${l.list} · ${l.connections}`,
      lat(l.cacheOff ?? undefined),
      lat(l.cacheOn),
      lat(l.meili ?? undefined),
      `${ratio(l.cacheOff, l.meili)} · ${ratio(l.cacheOn, l.meili)}`,
      l.cacheOff ? `${n2(l.cacheOn.rps / l.cacheOff.rps)}×` : '—',
    ]);
  }
  return markdownTable(rows[0]!, rows.slice(1));
}

/** The one table `npm run bench` prints (GitHub markdown). */
export function formatTable(r: BenchResults): string {
  const rows: string[][] = [];
  const add = (...cells: string[]): void => void rows.push(cells);
  const p = r.product;
  const d = r.direct;
  const sections = p?.sections ?? r.sectionsInIndex;
  add(
    `Corpus: ${n0(r.corpus.files)} files, ${n0(sections)} sections, ${mb(r.corpus.bytes)} of text`,
    'product',
    'Meilisearch alone',
    'ripgrep',
    'ratio',
  );
  if (p) {
    const skipped = 'not run (--skip-direct)';
    add('Indexing: wall time, end to end', `${n1(p.ms / 1000)} s`, d ? `${n1(d.ms / 1000)} s` : skipped, '', '');
    add(
      'Indexing: sections/s',
      n0(sections / (p.ms / 1000)),
      d ? n0(sections / (d.ms / 1000)) : '—',
      '',
      d ? `${n2(d.ms / p.ms)}× of ceiling` : '',
    );
    add(
      'Indexing: MB/s of input text',
      n2(r.corpus.bytes / 1e6 / (p.ms / 1000)),
      d ? n2(r.corpus.bytes / 1e6 / (d.ms / 1000)) : '—',
      '',
      '',
    );
    add(
      'Indexing: CPU s (indexer process + Meilisearch)',
      `${n0(p.indexerCpuS)} + ${n0(p.meiliCpuS)}`,
      d ? `— + ${n0(d.meiliCpuS)}` : '—',
      '',
      '',
    );
    add('Indexer peak RSS / Meilisearch peak RSS', `${n0(p.maxRssMb)} MB / ${n0(p.meiliPeakRssMb)} MB`, '', '', '');
  }
  if (r.pipeline) {
    const pl = r.pipeline;
    add(
      'Pipeline alone (read → parse → records, no Meilisearch)',
      `${n0(pl.sections / (pl.ms / 1000))} sections/s · ${n1(pl.cpuMs / 1000)} CPU s · ${n0(pl.maxRssMb)} MB RSS`,
      '',
      '',
      '',
    );
  }
  if (r.indexSize)
    add(
      'Index size on disk (Meilisearch used / on disk)',
      `${mb(r.indexSize.usedDb)} / ${mb(r.indexSize.du)}`,
      '',
      '',
      '',
    );
  r.api.forEach((a, i) => {
    const m = r.meili[i];
    add(
      `Search, mixed list of ${r.queryCount}, cache off: ${a.connections} client(s) p50 / p95 / p99`,
      lat(a),
      lat(m),
      '',
      m ? `p95 ${n2(a.p95 / m.p95)}×` : '',
    );
  });
  if (r.rg) {
    add(
      `Plain queries (${r.rg.queries}), 1 client: median per query`,
      `${n1(r.rg.apiMedianMs)} ms`,
      '',
      `${n0(r.rg.rgMedianMs)} ms`,
      `rg ÷ API ${n0(r.rg.rgMedianMs / r.rg.apiMedianMs)}× (worst query ${n0(r.rg.minRatio)}×)`,
    );
  }
  for (const h of r.heavy) {
    add(
      `${h.label}: p50 / p95`,
      h.api ? `${n1(h.api.p50)} / ${n1(h.api.p95)} ms` : '(no API form)',
      `${n1(h.meili.p50)} / ${n1(h.meili.p95)} ms`,
      '',
      h.api ? `p50 ${n2(h.api.p50 / h.meili.p50)}×` : '',
    );
  }
  if (r.ocr && 'skipped' in r.ocr) add(`OCR: skipped — ${r.ocr.skipped}`, '', '', '', '');
  else if (r.ocr) {
    const o = r.ocr;
    const pct = (x: number): string => percent(x, 2);
    add(
      `OCR: ${o.pages} scanned pages (${o.dpi} dpi image-only PDF), ${o.cores} cores, load ${n1(o.load)}: pages/min · CER`,
      `${n1(o.product.pagesPerMin)} pages/min · CER ${pct(o.product.cer)}`,
      '',
      '',
      `${n2(o.product.pagesPerMin / o.baseline.pagesPerMin)}× sequential 1-thread tesseract (${n1(o.baseline.pagesPerMin)} pages/min · CER ${pct(o.baseline.cer)})`,
    );
  }
  return markdownTable(rows[0]!, rows.slice(1));
}
