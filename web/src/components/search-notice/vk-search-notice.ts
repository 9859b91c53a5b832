import { LitElement, css, html, nothing } from 'lit';
import { emit } from '../../lib/events.js';
import { foldAligned } from '../../lib/highlight.js';
import { docTypeName, FACET_TITLES, formatDate } from '../../lib/labels.js';
import {
  FILTER_KEYS,
  hasFilters,
  searchUrl,
  selectedYear,
  toggleFilter,
  withChanges,
  emptyFilters,
  type SearchState,
} from '../../lib/url-state.js';
import { sharedStyles } from '../../styles/shared.js';

function hasAccents(q: string): boolean {
  return foldAligned(q) !== q.toLowerCase();
}

/** Ways out of an empty result: drop one filter, drop all filters, search without accents, drop a word. */
export function emptyStateActions(s: SearchState): { label: string; href: string }[] {
  const out: { label: string; href: string }[] = [];
  for (const key of FILTER_KEYS) {
    for (const value of s.filters[key]) {
      const shown = key === 'docType' ? docTypeName(value) : value;
      out.push({
        label: `Bỏ lọc ${FACET_TITLES[key].toLowerCase()} “${shown}”`,
        href: searchUrl(toggleFilter(s, key, value)),
      });
    }
  }
  if (s.from || s.to) {
    const y = selectedYear(s);
    const label = y
      ? `năm ${y}`
      : [s.from && `từ ${formatDate(s.from)}`, s.to && `đến ${formatDate(s.to)}`].filter(Boolean).join(' ');
    out.push({ label: `Bỏ lọc thời gian (${label})`, href: searchUrl(withChanges(s, { from: null, to: null })) });
  }
  if (out.length > 1)
    out.push({
      label: 'Bỏ tất cả bộ lọc',
      href: searchUrl(withChanges(s, { filters: emptyFilters(), from: null, to: null })),
    });
  if (s.q && hasAccents(s.q))
    out.push({
      label: `Tìm không dấu: “${foldAligned(s.q)}”`,
      href: searchUrl(withChanges(s, { q: foldAligned(s.q) })),
    });
  const words = s.q.split(/\s+/).filter(Boolean);
  if (words.length > 1) {
    const shorter = words.slice(0, -1).join(' ');
    out.push({ label: `Bớt một từ: “${shorter}”`, href: searchUrl(withChanges(s, { q: shorter })) });
  }
  return out;
}

/** The empty state (with ways out) and the error state (with a retry button).
 * @fires vk-retry - retry after an error (see lib/events.ts)
 */
export class VkSearchNotice extends LitElement {
  static override properties = { kind: { type: String }, state: { attribute: false }, message: { type: String } };
  declare kind: 'empty' | 'error';
  declare state: SearchState;
  declare message: string;

  static override styles = [
    sharedStyles,
    css`
    :host { display: block; }
    .box { border-radius: var(--vk-radius); padding: 1rem 1.2rem; }
    .empty { background: #fff; border: 1px dashed #aab3c2; }
    .error { background: #fdecec; border: 1px solid #e3a4a4; }
    h2 { font-size: 1.05rem; margin: 0 0 0.4rem; }
    p { margin: 0.3rem 0; }
    ul { margin: 0.5rem 0 0; padding-left: 1.2rem; display: grid; gap: 0.3rem; }
  `,
  ];

  constructor() {
    super();
    this.kind = 'empty';
    this.message = '';
  }

  override render() {
    if (this.kind === 'error') {
      return html`<div class="box error" role="alert">
        <h2>Không tìm được lúc này</h2>
        <p>${this.message}</p>
        <button type="button" @click=${() => emit(this, 'vk-retry', {})}>Thử lại</button>
      </div>`;
    }
    const actions = emptyStateActions(this.state);
    return html`<div class="box empty" role="status">
      <h2>Không tìm thấy mục nào${this.state.q ? html` cho “${this.state.q}”` : nothing}</h2>
      ${hasFilters(this.state) ? html`<p>Các bộ lọc đang chọn có thể quá hẹp.</p>` : nothing}
      ${
        actions.length > 0
          ? html`<p>Hãy thử:</p><ul>${actions.map((a) => html`<li><a href=${a.href}>${a.label}</a></li>`)}</ul>`
          : html`<p>Hãy thử từ khóa khác hoặc kiểm tra chính tả.</p>`
      }
    </div>`;
  }
}
customElements.define('vk-search-notice', VkSearchNotice);
