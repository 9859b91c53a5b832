import { LitElement, css, html } from 'lit';

/** The search box. Emits `vk-search` with `{ q }` on submit. */
export class VkSearchBox extends LitElement {
  static override properties = { value: { type: String } };
  declare value: string;

  static override styles = css`
    form { display: flex; gap: 0.5rem; }
    input { flex: 1; min-width: 0; font: inherit; font-size: 1.05rem; padding: 0.6rem 0.8rem; border: 1px solid #b7bfcc; border-radius: 6px; }
    input:focus-visible, button:focus-visible { outline: 3px solid #2b6cb0; outline-offset: 1px; }
    button { font: inherit; padding: 0.6rem 1rem; border: 0; border-radius: 6px; background: #a61b1b; color: #fff; cursor: pointer; }
  `;

  constructor() {
    super();
    this.value = '';
  }

  override render() {
    return html`<form role="search" @submit=${this.onSubmit}>
      <input type="search" name="q" aria-label="Từ khóa tìm kiếm" placeholder="Nhập từ khóa, ví dụ: sốt xuất huyết"
        .value=${this.value} autocomplete="off" maxlength="1000">
      <button type="submit">Tìm kiếm</button>
    </form>`;
  }

  private onSubmit(e: Event): void {
    e.preventDefault();
    const input = this.renderRoot.querySelector('input')!;
    this.dispatchEvent(new CustomEvent('vk-search', { detail: { q: input.value.trim() }, bubbles: true, composed: true }));
  }

  override focus(): void {
    this.renderRoot.querySelector('input')?.focus();
  }
}
customElements.define('vk-search-box', VkSearchBox);
