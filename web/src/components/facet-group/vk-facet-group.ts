import { LitElement, html, nothing } from 'lit';
import { emit } from '../../lib/events.js';
import { foldAligned } from '../../lib/highlight.js';
import { formatCount } from '../../lib/labels.js';
import { sharedStyles } from '../../styles/shared.js';
import { facetGroupStyles } from './vk-facet-group.styles.js';

const SHORT_LIST = 8;

/** Values of one facet with their counts, as checkboxes. Long lists get a filter box and "show more".
 * @fires vk-facet-toggle - a facet value was toggled (see lib/events.ts)
 */
export class VkFacetGroup extends LitElement {
  static override properties = {
    name: { type: String },
    heading: { type: String },
    counts: { attribute: false },
    selected: { attribute: false },
    labelFor: { attribute: false },
    filterText: { state: true },
    expanded: { state: true },
  };
  declare name: string;
  declare heading: string;
  declare counts: Record<string, number>;
  declare selected: string[];
  declare labelFor: (value: string) => string;
  declare filterText: string;
  declare expanded: boolean;

  static override styles = [sharedStyles, facetGroupStyles];

  constructor() {
    super();
    this.name = '';
    this.heading = '';
    this.counts = {};
    this.selected = [];
    this.labelFor = (v) => v;
    this.filterText = '';
    this.expanded = false;
  }

  /** Selected values first (even when the query leaves them no hits), then by count. */
  private values(): [string, number][] {
    const entries = Object.entries(this.counts);
    for (const v of this.selected) if (!(v in this.counts)) entries.push([v, 0]);
    const isSelected = (v: string): number => (this.selected.includes(v) ? 1 : 0);
    return entries.sort((a, b) => isSelected(b[0]) - isSelected(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0], 'vi'));
  }

  private toggle(value: string): void {
    emit(this, 'vk-facet-toggle', { name: this.name, value });
  }

  override render() {
    const all = this.values();
    const needle = foldAligned(this.filterText.trim());
    const matching = needle ? all.filter(([v]) => foldAligned(this.labelFor(v)).includes(needle)) : all;
    const shown = this.expanded || needle ? matching : matching.slice(0, SHORT_LIST);
    const long = all.length > SHORT_LIST;
    return html`<fieldset>
      <legend>${this.heading}</legend>
      ${
        long
          ? html`<input class="filter" type="search" aria-label="Lọc danh sách ${this.heading.toLowerCase()}"
        placeholder="Lọc…" .value=${this.filterText} @input=${(e: Event) => {
          this.filterText = (e.target as HTMLInputElement).value;
        }}>`
          : nothing
      }
      ${all.length === 0 ? html`<p class="none">Không có giá trị</p>` : nothing}
      <ul>
        ${shown.map(
          ([value, count]) => html`<li class=${count === 0 ? 'zero' : ''}>
          <label><input type="checkbox" .checked=${this.selected.includes(value)} @change=${() => this.toggle(value)}>
            <span class="name">${this.labelFor(value)}</span><span class="count">${formatCount(count)}</span></label>
        </li>`,
        )}
      </ul>
      ${
        long && !needle && matching.length > SHORT_LIST
          ? html`<button class="more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'}
        @click=${() => {
          this.expanded = !this.expanded;
        }}>${this.expanded ? 'Thu gọn' : `Xem thêm ${matching.length - SHORT_LIST}`}</button>`
          : nothing
      }
    </fieldset>`;
  }
}
customElements.define('vk-facet-group', VkFacetGroup);
