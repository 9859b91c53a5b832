/**
 * The trend heat map, drawn with Observable Plot (SVG: text stays text, it scales, and it
 * needs no canvas). Loaded on demand, so the search page does not pay for it.
 */
import * as Plot from '@observablehq/plot';
import { formatPeriod } from '../../lib/labels.js';
import type { TrendData } from '../../lib/trend.js';

const CELL_MIN_WIDTH = 34;
const CELL_MAX_WIDTH = 72;
const ROW_HEIGHT = 28;

export interface HeatmapOptions {
  width: number;
  placeLabel: string;
  /** Where a cell leads (the list of its sections), or null for no link. */
  hrefFor: (place: string, period: string) => string | null;
}

export function drawHeatmap(data: TrendData, opts: HeatmapOptions): HTMLElement {
  const { width, placeLabel, hrefFor } = opts;
  const max = Math.max(1, ...data.cells.map((c) => c.count));
  const marginLeft = Math.min(170, 12 + 7 * Math.max(...data.places.map((p) => p.length), 4));
  const frame = marginLeft + 30;
  const plotWidth = Math.max(
    Math.min(width, frame + data.periods.length * CELL_MAX_WIDTH),
    frame + data.periods.length * CELL_MIN_WIDTH,
  );
  const tickEvery = Math.ceil((data.periods.length * 46) / Math.max(1, plotWidth - marginLeft));
  const chart = Plot.plot({
    width: plotWidth,
    height: 70 + data.places.length * ROW_HEIGHT,
    marginLeft,
    marginBottom: 46,
    padding: 0.06,
    style: { fontSize: '12px', fontFamily: 'inherit', background: 'transparent', maxWidth: 'none' },
    x: {
      domain: data.periods,
      label: null,
      tickRotate: -35,
      tickFormat: (p: string, i: number) => (i % tickEvery === 0 ? formatPeriod(p) : ''),
    },
    y: { domain: data.places, label: null, tickSize: 0 },
    color: { type: 'sqrt', scheme: 'YlOrRd', zero: true },
    marks: [
      Plot.cell(data.cells, {
        x: 'period',
        y: 'place',
        fill: 'count',
        inset: 0.5,
        rx: 3,
        href: (d: { place: string; period: string }) => hrefFor(d.place, d.period),
        ariaLabel: (d: { place: string; period: string; count: number }) =>
          `${d.place}, ${formatPeriod(d.period)}: ${d.count} mục`,
        title: (d: { place: string; period: string; count: number }) =>
          `${d.place} · ${formatPeriod(d.period)}: ${d.count} mục`,
      }),
      Plot.text(data.cells, {
        x: 'period',
        y: 'place',
        text: 'count',
        fontSize: 11,
        pointerEvents: 'none', // clicks reach the cell's link
        fill: (d: { count: number }) => (d.count > max * 0.55 ? 'white' : '#1d2330'),
      }),
    ],
    ariaLabel: `Bản đồ nhiệt: số mục khớp ${placeLabel} theo thời gian`,
  });
  // The legend apart, with room on the left so its first tick label is not cut off.
  const legend = chart.legend('color', {
    label: 'Số mục khớp',
    marginLeft: 12,
    ticks: Math.min(max, 5),
    tickFormat: 'd',
  });
  const figure = document.createElement('div');
  figure.className = 'heatmap';
  if (legend) figure.append(legend);
  figure.append(chart);
  return figure;
}
