import { LitElement, html, nothing } from 'lit';
import { emit } from '../../lib/events.js';
import { exportUrl } from '../../lib/api.js';
import { formatCount, SORT_NAMES } from '../../lib/labels.js';
import { filterParams, SORTS, type Group, type SearchState, type Sort, type View } from '../../lib/url-state.js';
import { sharedStyles } from '../../styles/shared.js';
import { toolbarStyles } from './vk-result-toolbar.styles.js';

/**
 * Above the results: the view tabs (list / trend), the total and the time taken, sort and
 * grouping, and the export links. Emits `vk-state-change` with the changed part of the state.
 * @fires vk-state-change - sort, grouping or view changed (see lib/events.ts)
 */
export class VkResultToolbar extends LitElement {
  static override properties = {
    state: { attribute: false },
    total: { type: Number },
    tookMs: { type: Number },
    loading: { type: Boolean },
  };
  declare state: SearchState;
  declare total: number | null;
  declare tookMs: number | null;
  declare loading: boolean;

  static override styles = [sharedStyles, toolbarStyles];

  constructor() {
    super();
    this.total = null;
    this.tookMs = null;
    this.loading = false;
  }

  private change(detail: Partial<SearchState>): void {
    emit(this, 'vk-state-change', detail);
  }

  private summary() {
    if (this.loading) return html`Đang tìm…`;
    if (this.total === null) return nothing;
    const unit = this.state.group === 'document' ? 'văn bản' : 'mục';
    return html`<strong>${formatCount(this.total)}</strong> ${unit}${this.tookMs !== null ? html` · ${this.tookMs} ms` : nothing}`;
  }

  private viewTab(view: View, label: string) {
    return html`<button type="button" aria-pressed=${this.state.view === view ? 'true' : 'false'}
      @click=${() => this.change({ view })}>${label}</button>`;
  }

  private groupButton(group: Group, label: string) {
    return html`<button type="button" aria-pressed=${this.state.group === group ? 'true' : 'false'}
      @click=${() => this.change({ group })}>${label}</button>`;
  }

  override render() {
    const s = this.state;
    const params = filterParams(s);
    if (s.sort !== 'relevance') params.set('sort', s.sort);
    if (s.group !== 'section') params.set('group', s.group);
    return html`
      <div class="tabs views" role="group" aria-label="Cách xem">
        ${this.viewTab('list', 'Kết quả')}${this.viewTab('trend', 'Xu hướng theo thời gian')}
      </div>
      <div class="bar">
        <p class="summary" role="status" aria-live="polite">${this.summary()}</p>
        <div class="controls">
          ${
            s.view === 'list'
              ? html`
            <label>Sắp xếp
              <select @change=${(e: Event) => this.change({ sort: (e.target as HTMLSelectElement).value as Sort })}>
                ${SORTS.map((v) => html`<option value=${v} ?selected=${s.sort === v}>${SORT_NAMES[v]}</option>`)}
              </select></label>
            <div class="tabs" role="group" aria-label="Nhóm kết quả">
              ${this.groupButton('section', 'Theo mục')}${this.groupButton('document', 'Theo văn bản')}
            </div>`
              : nothing
          }
          <span class="export">Tải về
            <a class="button" href=${exportUrl(params, 'csv')} download>CSV</a>
            <a class="button" href=${exportUrl(params, 'json')} download>JSON</a>
          </span>
        </div>
      </div>`;
  }
}
customElements.define('vk-result-toolbar', VkResultToolbar);
