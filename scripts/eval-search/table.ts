export interface Row {
  set: string;
  system: string;
  metrics: Record<string, number>;
  msPerQuery: number;
  extra?: string;
}

/** Prints the rows as one Markdown table (metric columns are the union over all rows). */
export function printTable(rows: readonly Row[], notes: readonly string[]): void {
  const metricNames = [...new Set(rows.flatMap((r) => Object.keys(r.metrics)))];
  const header = ['set', 'system', ...metricNames, 'ms/query', 'notes'];
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(
      (r) =>
        `| ${[
          r.set,
          r.system,
          ...metricNames.map((m) => (m in r.metrics ? r.metrics[m]!.toFixed(3) : '')),
          r.msPerQuery.toFixed(1),
          r.extra ?? '',
        ].join(' | ')} |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n\n${notes.map((n) => `- ${n}`).join('\n')}\n`);
}
