import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { emit } from '../../lib/events.js';
import { FACET_TITLES } from '../../lib/labels.js';
import type { Suggestion } from '../../lib/suggest.js';
import { sharedStyles } from '../../styles/shared.js';
import { searchBoxStyles } from './vk-search-box.styles.js';

function suggestionLabel(s: Suggestion): string {
  return s.kind === 'query' ? s.text : s.value;
}

/**
 * The search box, a combobox: Enter submits (`vk-search`), typing asks for suggestions
 * (`vk-query-input`, debounced), picking one emits `vk-suggestion`. ArrowDown past the
 * list emits `vk-leave-bottom` so the page can move the focus to the first hit.
 * @fires vk-search - the query was submitted (see lib/events.ts)
 * @fires vk-query-input - the user typed: suggestions are wanted (see lib/events.ts)
 * @fires vk-suggestion - a suggestion was chosen (see lib/events.ts)
 * @fires vk-leave-bottom - arrow down past the box (see lib/events.ts)
 */
export class VkSearchBox extends LitElement {
  static override properties = {
    value: { type: String },
    suggestions: { attribute: false },
    draft: { state: true },
    open: { state: true },
    active: { state: true },
  };
  declare value: string;
  declare suggestions: Suggestion[];
  declare draft: string;
  declare open: boolean;
  declare active: number;
  private timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = [sharedStyles, searchBoxStyles];

  constructor() {
    super();
    this.value = '';
    this.draft = '';
    this.suggestions = [];
    this.open = false;
    this.active = -1;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) this.draft = this.value;
    if (changed.has('suggestions')) this.active = -1;
  }

  override focus(): void {
    const input = this.renderRoot.querySelector('input');
    input?.focus();
    input?.select();
  }

  private onInput(e: Event): void {
    this.draft = (e.target as HTMLInputElement).value;
    this.open = true;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => emit(this, 'vk-query-input', { q: this.draft.trim() }), 180);
  }

  private submit(e?: Event): void {
    e?.preventDefault();
    clearTimeout(this.timer);
    this.open = false;
    emit(this, 'vk-search', { q: this.draft.trim() });
  }

  private pick(s: Suggestion): void {
    clearTimeout(this.timer);
    this.open = false;
    if (s.kind === 'query') this.draft = s.text;
    emit(this, 'vk-suggestion', { suggestion: s });
  }

  private onKeyDown(e: KeyboardEvent): void {
    const list = this.open ? this.suggestions : [];
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (this.active + 1 < list.length) this.active += 1;
      else {
        this.open = false;
        emit(this, 'vk-leave-bottom', {});
      }
    } else if (e.key === 'ArrowUp' && list.length > 0) {
      e.preventDefault();
      this.active = Math.max(-1, this.active - 1);
    } else if (e.key === 'Escape') {
      this.open = false;
    } else if (e.key === 'Enter' && this.active >= 0 && list[this.active]) {
      e.preventDefault();
      this.pick(list[this.active]!);
    }
  }

  override render() {
    const list = this.open && this.draft.trim().length >= 2 ? this.suggestions : [];
    const activeId = this.active >= 0 && list[this.active] ? `sg-${this.active}` : nothing;
    return html`<form role="search" aria-label="Tìm kiếm văn kiện" @submit=${this.submit}>
      <div class="field">
        <label class="visually-hidden" for="q">Từ khóa tìm kiếm</label>
        <input id="q" type="search" name="q" role="combobox" placeholder="Nhập từ khóa, ví dụ: sốt xuất huyết"
          .value=${this.draft} autocomplete="off" maxlength="1000" aria-autocomplete="list"
          aria-expanded=${list.length > 0 ? 'true' : 'false'} aria-controls="suggestions" aria-activedescendant=${activeId}
          @input=${this.onInput} @keydown=${this.onKeyDown} @blur=${() =>
            setTimeout(() => {
              this.open = false;
            }, 150)}>
        ${
          list.length > 0
            ? html`<ul id="suggestions" role="listbox" aria-label="Gợi ý">
          ${list.map(
            (s, i) => html`<li id="sg-${i}" role="option" aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.pick(s)}>
            <span class="text">${suggestionLabel(s)}</span>
            ${
              s.kind === 'filter'
                ? html`<span class="kind">Lọc: ${FACET_TITLES[s.key].toLowerCase()}</span>
              <span class="count">${s.count}</span>`
                : nothing
            }
          </li>`,
          )}
        </ul>`
            : nothing
        }
      </div>
      <button class="primary" type="submit">Tìm kiếm</button>
    </form>
    <p class="hint">Gõ có dấu hoặc không dấu. Phím <kbd>/</kbd> để tìm, <kbd>↓</kbd> <kbd>↑</kbd> để đi qua kết quả, <kbd>Enter</kbd> để mở.</p>`;
  }
}
customElements.define('vk-search-box', VkSearchBox);
