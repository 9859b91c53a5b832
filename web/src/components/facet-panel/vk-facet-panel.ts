import { LitElement, html } from 'lit';
import { emit } from '../../lib/events.js';
import type { FacetName, Facets } from '../../lib/api.js';
import { docTypeName, FACET_TITLES } from '../../lib/labels.js';
import { hasFilters, selectedYear, type SearchState } from '../../lib/url-state.js';
import { cardStyles, sharedStyles } from '../../styles/shared.js';
import '../facet-group/vk-facet-group.js';
import { facetPanelStyles } from './vk-facet-panel.styles.js';

const ORDER: FacetName[] = ['district', 'province', 'issuer', 'docType', 'year', 'directive'];

/**
 * The side panel of facets: each facet's values with counts under the current query and the
 * other filters, plus a date range. Emits `vk-facet-toggle` (from its groups) and `vk-date-range`.
 * At phone widths it folds behind a "Bộ lọc" button.
 * @fires vk-date-range - the date range was applied (see lib/events.ts)
 */
export class VkFacetPanel extends LitElement {
  static override properties = {
    facets: { attribute: false },
    state: { attribute: false },
    expanded: { type: Boolean, reflect: true },
  };
  declare facets: Facets;
  declare state: SearchState;
  declare expanded: boolean;

  static override styles = [sharedStyles, cardStyles, facetPanelStyles];

  constructor() {
    super();
    this.facets = {};
    this.expanded = false;
  }

  private selectedFor(name: FacetName): string[] {
    if (name === 'year') {
      const y = selectedYear(this.state);
      return y ? [y] : [];
    }
    return this.state.filters[name];
  }

  private applyDates(e: Event): void {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (n: string): string | null => (form.elements.namedItem(n) as HTMLInputElement).value || null;
    emit(this, 'vk-date-range', { from: value('from'), to: value('to') });
  }

  override render() {
    const active = hasFilters(this.state);
    return html`<div class="card">
      <button class="toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="facet-body"
        @click=${() => {
          this.expanded = !this.expanded;
        }}>
        <span>Bộ lọc${active ? ' (đang lọc)' : ''}</span><span aria-hidden="true">${this.expanded ? '▴' : '▾'}</span>
      </button>
      <div class="body" id="facet-body">
        ${ORDER.filter(
          (name) => this.selectedFor(name).length > 0 || Object.keys(this.facets[name] ?? {}).length > 0,
        ).map(
          (name) => html`<vk-facet-group .name=${name} .heading=${FACET_TITLES[name]}
          .counts=${this.facets[name] ?? {}} .selected=${this.selectedFor(name)}
          .labelFor=${name === 'docType' ? docTypeName : (v: string) => v}></vk-facet-group>`,
        )}
        <form class="dates" @submit=${this.applyDates}>
          <fieldset>
            <legend>Khoảng thời gian</legend>
            <div class="row">
              <label>Từ ngày <input type="date" name="from" .value=${this.state.from ?? ''}></label>
              <label>Đến ngày <input type="date" name="to" .value=${this.state.to ?? ''}></label>
            </div>
            <button type="submit">Áp dụng</button>
          </fieldset>
        </form>
      </div>
    </div>`;
  }
}
customElements.define('vk-facet-panel', VkFacetPanel);
