import { LitElement, css, html, nothing } from 'lit';
import { emit, type ChipTarget } from '../../lib/events.js';
import { docTypeName, FACET_TITLES, formatDate } from '../../lib/labels.js';
import { FILTER_KEYS, hasFilters, selectedYear, type FilterKey, type SearchState } from '../../lib/url-state.js';
import { sharedStyles } from '../../styles/shared.js';

export type { ChipTarget } from '../../lib/events.js';

function dateLabel(s: SearchState): string {
  const year = selectedYear(s);
  if (year) return `Năm ${year}`;
  if (s.from && s.to) return `Từ ${formatDate(s.from)} đến ${formatDate(s.to)}`;
  return s.from ? `Từ ${formatDate(s.from)}` : `Đến ${formatDate(s.to!)}`;
}

/** The active filters as removable chips; emits `vk-chip-remove` and `vk-clear-filters`.
 * @fires vk-chip-remove - one filter value (or the dates) removed (see lib/events.ts)
 * @fires vk-clear-filters - all filters removed (see lib/events.ts)
 */
export class VkFilterChips extends LitElement {
  static override properties = { state: { attribute: false } };
  declare state: SearchState;

  static override styles = [
    sharedStyles,
    css`
    :host { display: block; }
    ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.4rem; align-items: center; }
    .chip { background: var(--vk-chip); border-color: #c3d0e4; border-radius: 999px; padding: 0.2rem 0.35rem 0.2rem 0.7rem; font-size: 0.85rem; }
    .chip .k { color: var(--vk-muted); }
    .chip .x { font-size: 1.05rem; line-height: 1; padding: 0 0.2rem; color: #4a5466; }
    .clear { border: 0; background: none; color: var(--vk-link); text-decoration: underline; font-size: 0.85rem; }
  `,
  ];

  private removeChip(target: ChipTarget): void {
    emit(this, 'vk-chip-remove', target);
  }

  private chip(label: string, value: string, target: ChipTarget) {
    return html`<li><button class="chip" type="button" aria-label="Bỏ lọc ${label}: ${value}" @click=${() => this.removeChip(target)}>
      <span><span class="k">${label}:</span> ${value}</span><span class="x" aria-hidden="true">×</span></button></li>`;
  }

  override render() {
    const s = this.state;
    if (!hasFilters(s)) return nothing;
    return html`<ul aria-label="Bộ lọc đang áp dụng">
      ${FILTER_KEYS.flatMap((key) =>
        s.filters[key].map((value) =>
          this.chip(FACET_TITLES[key], key === 'docType' ? docTypeName(value) : value, { key, value }),
        ),
      )}
      ${s.from || s.to ? this.chip('Thời gian', dateLabel(s), { key: 'dates' }) : nothing}
      <li><button class="clear" type="button" @click=${() => emit(this, 'vk-clear-filters', {})}>
        Xóa tất cả bộ lọc</button></li>
    </ul>`;
  }
}
customElements.define('vk-filter-chips', VkFilterChips);
