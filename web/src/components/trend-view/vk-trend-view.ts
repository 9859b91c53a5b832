import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { emit } from '../../lib/events.js';
import { formatCount, formatPeriod, INTERVAL_NAMES, TREND_BY_NAMES } from '../../lib/labels.js';
import { cellCount, periodRange, UNKNOWN_PLACE, type TrendData } from '../../lib/trend.js';
import {
  INTERVALS,
  searchUrl,
  TREND_BY,
  withChanges,
  type Interval,
  type SearchState,
  type TrendBy,
} from '../../lib/url-state.js';
import { cardStyles, sharedStyles } from '../../styles/shared.js';
import { trendViewStyles } from './vk-trend-view.styles.js';

type DrawHeatmap = typeof import('./heatmap.js').drawHeatmap;
let loadHeatmap: Promise<DrawHeatmap> | null = null;

/**
 * Matching sections per district (or province) over time, as a heat map, with the same numbers
 * as a table for screen readers and copying. Emits `vk-state-change` with `by` or `interval`.
 * @fires vk-state-change - trend options changed (see lib/events.ts)
 */
export class VkTrendView extends LitElement {
  static override properties = {
    state: { attribute: false },
    data: { attribute: false },
    chartError: { state: true },
    overflowing: { state: true },
  };
  declare state: SearchState;
  declare data: TrendData | null;
  declare chartError: string;
  declare overflowing: boolean;
  private resize = new ResizeObserver(() => void this.draw());
  private lastWidth = 0;

  static override styles = [sharedStyles, cardStyles, trendViewStyles];

  constructor() {
    super();
    this.data = null;
    this.chartError = '';
    this.overflowing = false;
  }

  override disconnectedCallback(): void {
    this.resize.disconnect();
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    const chart = this.renderRoot.querySelector('.chart');
    if (chart) this.resize.observe(chart);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('data')) {
      this.lastWidth = 0;
      void this.draw();
    }
  }

  private async draw(): Promise<void> {
    const box = this.renderRoot.querySelector<HTMLElement>('.chart');
    if (!box) return;
    const data = this.data;
    const width = Math.floor(box.clientWidth);
    if (!data || data.cells.length === 0 || width === 0) {
      box.replaceChildren();
      return;
    }
    if (width === this.lastWidth) return;
    this.lastWidth = width;
    try {
      loadHeatmap ??= import('./heatmap.js').then((m) => m.drawHeatmap);
      const draw = await loadHeatmap;
      if (this.data !== data) return;
      const placeLabel = this.state.by === 'district' ? 'theo huyện' : 'theo tỉnh';
      box.replaceChildren(draw(data, { width, placeLabel, hrefFor: (place, period) => this.cellHref(place, period) }));
      this.chartError = '';
      this.overflowing = box.scrollWidth > box.clientWidth + 1;
    } catch {
      loadHeatmap = null;
      this.chartError = 'Không vẽ được biểu đồ; xem bảng số liệu bên dưới.';
    }
  }

  /** A cell leads to the list of its sections: this place, this period, the same query and filters. */
  private cellHref(place: string, period: string): string | null {
    const range = periodRange(period);
    if (!range || place === UNKNOWN_PLACE) return null;
    const s = this.state;
    const from = s.from && s.from > range.from ? s.from : range.from; // stay inside an active date filter
    const to = s.to && s.to < range.to ? s.to : range.to;
    return searchUrl(withChanges(s, { view: 'list', from, to, filters: { ...s.filters, [s.by]: [place] } }));
  }

  private change(detail: Partial<SearchState>): void {
    emit(this, 'vk-state-change', detail);
  }

  private renderTable(d: TrendData) {
    return html`<details><summary>Xem dạng bảng</summary><div class="table-wrap"><table>
      <caption class="visually-hidden">Số mục khớp ${TREND_BY_NAMES[this.state.by].toLowerCase()} và thời gian</caption>
      <thead><tr><th scope="col">${this.state.by === 'district' ? 'Huyện' : 'Tỉnh'}</th>
        ${d.periods.map((p) => html`<th scope="col">${formatPeriod(p)}</th>`)}</tr></thead>
      <tbody>${d.places.map(
        (place) => html`<tr><th scope="row">${place}</th>
        ${d.periods.map((p) => html`<td>${cellCount(d, place, p) || ''}</td>`)}</tr>`,
      )}</tbody>
    </table></div></details>`;
  }

  override render() {
    const d = this.data;
    const byName = this.state.by === 'district' ? 'huyện' : 'tỉnh';
    return html`<section class="card" aria-labelledby="trend-h">
      <h2 id="trend-h">Số mục khớp theo ${byName} và thời gian</h2>
      <div class="controls">
        <label>Nhóm theo <select @change=${(e: Event) => this.change({ by: (e.target as HTMLSelectElement).value as TrendBy })}>
          ${TREND_BY.map((v) => html`<option value=${v} ?selected=${this.state.by === v}>${TREND_BY_NAMES[v]}</option>`)}</select></label>
        <label>Khoảng thời gian <select @change=${(e: Event) => this.change({ interval: (e.target as HTMLSelectElement).value as Interval })}>
          ${INTERVALS.map((v) => html`<option value=${v} ?selected=${this.state.interval === v}>${INTERVAL_NAMES[v]}</option>`)}</select></label>
      </div>
      ${d ? html`<p class="note">${formatCount(d.total)} mục khớp${d.undated > 0 ? html`, trong đó ${formatCount(d.undated)} mục không rõ ngày (không có trên biểu đồ)` : nothing}.</p>` : nothing}
      ${d && d.cells.length === 0 ? html`<p class="empty">Không có mục nào có ngày tháng để vẽ biểu đồ.</p>` : nothing}
      ${this.chartError ? html`<p class="empty" role="alert">${this.chartError}</p>` : nothing}
      <div class="chart" role="figure" aria-label="Biểu đồ xu hướng" tabindex="0"></div>
      ${this.overflowing ? html`<p class="note">Kéo ngang biểu đồ để xem các kỳ khác.</p>` : nothing}
      ${d && d.cells.length > 0 ? this.renderTable(d) : nothing}
    </section>`;
  }
}
customElements.define('vk-trend-view', VkTrendView);
