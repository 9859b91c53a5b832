import { LitElement, css, html } from 'lit';
import { emit } from '../../lib/events.js';
import type { SearchHit } from '../../lib/api.js';
import type { Group } from '../../lib/url-state.js';
import '../hit/vk-hit.js';
import type { VkHit } from '../hit/vk-hit.js';

/** The list of hits. ArrowDown/ArrowUp (and j/k) move the focus from hit to hit; Enter opens the focused one.
 * @fires vk-leave-top - arrow up past the first hit (see lib/events.ts)
 */
export class VkHitList extends LitElement {
  static override properties = { hits: { attribute: false }, q: { type: String }, group: { type: String } };
  declare hits: SearchHit[];
  declare q: string;
  declare group: Group;

  static override styles = css`
    :host { display: block; }
    ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.7rem; }
  `;

  constructor() {
    super();
    this.hits = [];
    this.q = '';
    this.group = 'section';
  }

  private items(): VkHit[] {
    return [...this.renderRoot.querySelectorAll<VkHit>('vk-hit')];
  }

  /** Focuses the hit at `index` (clamped); used by the search box's ArrowDown too. */
  focusHit(index: number): void {
    const items = this.items();
    items[Math.max(0, Math.min(items.length - 1, index))]?.focus();
  }

  private onKeyDown(e: KeyboardEvent): void {
    const step = e.key === 'ArrowDown' || e.key === 'j' ? 1 : e.key === 'ArrowUp' || e.key === 'k' ? -1 : 0;
    if (step === 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const current = this.items().findIndex((item) => e.composedPath().includes(item));
    if (current < 0) return;
    e.preventDefault();
    if (current + step < 0) {
      emit(this, 'vk-leave-top', {});
      return;
    }
    this.focusHit(current + step);
  }

  override render() {
    return html`<ol aria-label="Kết quả tìm kiếm" @keydown=${this.onKeyDown}>
      ${this.hits.map((h) => html`<li><vk-hit .hit=${h} .q=${this.q} .group=${this.group}></vk-hit></li>`)}
    </ol>`;
  }
}
customElements.define('vk-hit-list', VkHitList);
