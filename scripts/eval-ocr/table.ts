/** The OCR evaluation's results and the Markdown tables it prints. */
import { mean, precisionRecallF1, type Counts } from '../shared/stats.js';
import { markdownTable, percent } from '../shared/table.js';
import type { VariantName } from './variants.js';

export interface DocResult {
  id: string;
  variant: VariantName;
  scan: string;
  format: string;
  pages: number;
  ms: number;
  cer: number;
  confidence: number | null;
  citations: Counts & { missed: string[]; extra: string[] };
}

const pct = (x: number, digits = 2): string => percent(x, digits);

function summaryRow(label: string, list: DocResult[]): string[] {
  const pages = list.reduce((n, r) => n + r.pages, 0);
  const ms = list.reduce((n, r) => n + r.ms, 0);
  const worst = list.reduce((w, r) => (r.cer > w.cer ? r : w), list[0]!);
  const counts = list.reduce(
    (c, r) => ({ tp: c.tp + r.citations.tp, fp: c.fp + r.citations.fp, fn: c.fn + r.citations.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
  const conf = list.map((r) => r.confidence).filter((c): c is number => c !== null);
  return [
    label,
    String(list.length),
    String(pages),
    (pages / (ms / 60_000)).toFixed(1),
    pct(mean(list.map((r) => r.cer))),
    `${pct(worst.cer)} (${worst.id})`,
    `${counts.tp}/${counts.fp}/${counts.fn}`,
    pct(precisionRecallF1(counts).f1, 1),
    conf.length ? mean(conf).toFixed(1) : '—',
  ];
}

/** One row per variant, then one per variant and format. */
export function summaryTable(results: DocResult[], variants: VariantName[]): string {
  const rows: string[][] = [];
  for (const v of variants) {
    const list = results.filter((r) => r.variant === v);
    if (list.length === 0) continue;
    rows.push(summaryRow(`**${v}**`, list));
    for (const format of [...new Set(list.map((r) => r.format))].sort()) {
      rows.push(
        summaryRow(
          `${v} · ${format}`,
          list.filter((r) => r.format === format),
        ),
      );
    }
  }
  return markdownTable(
    [
      'variant',
      'docs',
      'pages',
      'pages/min',
      'CER mean',
      'CER worst',
      'citations TP/FP/FN',
      'citation F1',
      'mean conf.',
    ],
    rows,
  );
}

export function detailTable(results: DocResult[]): string {
  return markdownTable(
    ['document', 'variant', 'scan', 'pages', 's', 'CER', 'conf.', 'citations missed', 'citations extra'],
    results.map((r) => [
      r.id,
      r.variant,
      r.scan,
      String(r.pages),
      (r.ms / 1000).toFixed(1),
      pct(r.cer),
      r.confidence?.toFixed(1) ?? '—',
      r.citations.missed.join(', ') || '—',
      r.citations.extra.join(', ') || '—',
    ]),
  );
}
