import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ApiError, getTrend, search, suggest, type SearchResult } from '../../lib/api.js';
import { navigate } from '../../lib/router.js';
import { deriveSuggestions, type Suggestion } from '../../lib/suggest.js';
import { readTrend, type TrendData } from '../../lib/trend.js';
import {
  emptyFilters,
  hasFilters,
  parseSearchState,
  PER_PAGE,
  searchApiParams,
  searchUrl,
  selectedYear,
  toggleFilter,
  trendApiParams,
  withChanges,
  yearRange,
  type FilterKey,
  type SearchState,
} from '../../lib/url-state.js';
import { sharedStyles } from '../../styles/shared.js';
import type { VkEvent } from '../../lib/events.js';
import '../facet-panel/vk-facet-panel.js';
import '../filter-chips/vk-filter-chips.js';
import '../hit-list/vk-hit-list.js';
import type { VkHitList } from '../hit-list/vk-hit-list.js';
import '../pager/vk-pager.js';
import '../result-toolbar/vk-result-toolbar.js';
import '../search-box/vk-search-box.js';
import type { VkSearchBox } from '../search-box/vk-search-box.js';
import '../search-notice/vk-search-notice.js';
import '../trend-view/vk-trend-view.js';
import { searchPageStyles } from './vk-search-page.styles.js';
import { SearchLoader } from './search-loader.js';

/** The search page: its whole state comes from the URL (`params`); every change navigates. */
export class VkSearchPage extends LitElement {
  static override properties = {
    params: { attribute: false },
    state: { state: true },
    result: { state: true },
    trend: { state: true },
    status: { state: true },
    error: { state: true },
    suggestions: { state: true },
  };
  declare params: URLSearchParams;
  declare state: SearchState;
  declare result: SearchResult | null;
  declare trend: TrendData | null;
  declare status: 'loading' | 'done' | 'error';
  declare error: string;
  declare suggestions: Suggestion[];
  private loader = new SearchLoader();

  static override styles = [sharedStyles, searchPageStyles];

  constructor() {
    super();
    this.params = new URLSearchParams();
    this.state = parseSearchState(this.params);
    this.result = null;
    this.trend = null;
    this.status = 'loading';
    this.error = '';
    this.suggestions = [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('params')) {
      this.state = parseSearchState(this.params);
      document.title = this.state.q ? `${this.state.q} — Tra cứu văn kiện` : 'Tra cứu văn kiện Đảng bộ địa phương';
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    this.loader.cancel();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    const s = this.state;
    this.status = 'loading';
    const outcome = await this.loader.run(async (signal) => {
      const result = await search(searchApiParams(s), signal);
      const trend = s.view === 'trend' ? readTrend(await getTrend(trendApiParams(s), signal)) : null;
      return { result, trend };
    });
    if (outcome === null) return; // superseded by a newer request
    if ('error' in outcome) {
      this.error = outcome.error instanceof ApiError ? outcome.error.message : 'Đã xảy ra lỗi không mong muốn.';
      this.status = 'error';
      return;
    }
    this.result = outcome.value.result;
    this.trend = outcome.value.trend;
    this.status = 'done';
  }

  async focusSearch(): Promise<void> {
    await this.updateComplete;
    const box = this.renderRoot.querySelector<VkSearchBox>('vk-search-box');
    await box?.updateComplete;
    box?.focus();
  }

  private go(next: SearchState): void {
    navigate(searchUrl(next));
  }

  private onSuggestInput = async (e: VkEvent<'vk-query-input'>): Promise<void> => {
    const q = e.detail.q;
    if (q.length < 2) {
      this.suggestions = [];
      return;
    }
    const res = await this.loader.suggest((signal) => suggest(q, signal));
    if (res) this.suggestions = deriveSuggestions(q, res);
  };

  private onSuggestion(e: VkEvent<'vk-suggestion'>): void {
    const s = e.detail.suggestion;
    this.go(s.kind === 'query' ? withChanges(this.state, { q: s.text }) : toggleFilter(this.state, s.key, s.value));
  }

  private onFacetToggle(e: VkEvent<'vk-facet-toggle'>): void {
    const { name, value } = e.detail;
    if (name === 'year') {
      const range = selectedYear(this.state) === value ? { from: null, to: null } : yearRange(value);
      this.go(withChanges(this.state, range));
    } else this.go(toggleFilter(this.state, name as FilterKey, value));
  }

  private onChipRemove(e: VkEvent<'vk-chip-remove'>): void {
    const t = e.detail;
    this.go(
      t.key === 'dates' ? withChanges(this.state, { from: null, to: null }) : toggleFilter(this.state, t.key, t.value),
    );
  }

  private focusFirstHit(): void {
    this.renderRoot.querySelector<VkHitList>('vk-hit-list')?.focusHit(0);
  }

  private renderResults() {
    const s = this.state;
    if (this.status === 'error')
      return html`<vk-search-notice kind="error" .message=${this.error} @vk-retry=${() => void this.load()}></vk-search-notice>`;
    const r = this.result;
    if (!r) return html`<p role="status">Đang tìm…</p>`;
    if (s.view === 'trend') {
      return html`<vk-trend-view .state=${s} .data=${this.trend}
        @vk-state-change=${(e: VkEvent<'vk-state-change'>) => this.go(withChanges(s, e.detail))}></vk-trend-view>`;
    }
    if (r.total === 0 || r.hits.length === 0)
      return html`<vk-search-notice kind="empty" .state=${s}></vk-search-notice>`;
    return html`
      ${r.notice ? html`<p class="notice" role="note">${r.notice}</p>` : nothing}
      <vk-hit-list .hits=${r.hits} .q=${s.q} .group=${s.group} @vk-leave-top=${() => void this.focusSearch()}></vk-hit-list>
      <vk-pager .page=${s.page} .total=${r.total} .perPage=${PER_PAGE} .hrefFor=${(page: number) => searchUrl({ ...s, page })}></vk-pager>`;
  }

  override render() {
    const s = this.state;
    const loading = this.status === 'loading';
    return html`
      <div class="box">
        <vk-search-box .value=${s.q} .suggestions=${this.suggestions}
          @vk-search=${(e: VkEvent<'vk-search'>) => this.go(withChanges(s, { q: e.detail.q }))}
          @vk-query-input=${this.onSuggestInput} @vk-suggestion=${this.onSuggestion}
          @vk-leave-bottom=${() => this.focusFirstHit()}></vk-search-box>
      </div>
      <div class="layout ${this.status === 'error' ? 'single' : ''}">
        <aside aria-label="Bộ lọc" ?hidden=${this.status === 'error'}>
          <vk-facet-panel .facets=${this.result?.facets ?? {}} .state=${s} @vk-facet-toggle=${this.onFacetToggle}
            @vk-date-range=${(e: VkEvent<'vk-date-range'>) => this.go(withChanges(s, e.detail))}></vk-facet-panel>
        </aside>
        <section class="results ${loading && this.result ? 'loading' : ''}" aria-label="Kết quả" aria-busy=${loading ? 'true' : 'false'}>
          ${
            hasFilters(s)
              ? html`<vk-filter-chips .state=${s} @vk-chip-remove=${this.onChipRemove}
            @vk-clear-filters=${() => this.go(withChanges(s, { filters: emptyFilters(), from: null, to: null }))}></vk-filter-chips>`
              : nothing
          }
          ${
            this.status === 'error'
              ? nothing
              : html`<vk-result-toolbar .state=${s} .total=${this.status === 'done' ? (this.result?.total ?? null) : null}
            .tookMs=${this.result?.tookMs ?? null} .loading=${loading}
            @vk-state-change=${(e: VkEvent<'vk-state-change'>) => this.go(withChanges(s, e.detail))}></vk-result-toolbar>`
          }
          ${this.renderResults()}
        </section>
      </div>`;
  }
}
customElements.define('vk-search-page', VkSearchPage);
