import { LitElement, css, html, nothing } from 'lit';
import { ApiError, search, type SearchResult } from '../lib/api.js';
import './vk-hit.js';
import './vk-search-box.js';

type Status = 'idle' | 'loading' | 'done' | 'error';

/** Root of the UI: reads the query from the URL, searches, and shows the hits. */
export class VkApp extends LitElement {
  static override properties = {
    q: { state: true }, result: { state: true }, status: { state: true }, error: { state: true },
  };
  declare q: string;
  declare result: SearchResult | null;
  declare status: Status;
  declare error: string;
  private abort: AbortController | null = null;

  static override styles = css`
    :host { display: block; }
    header { background: #a61b1b; color: #fff; padding: 0.9rem 1rem; }
    header h1 { margin: 0; font-size: 1.2rem; font-weight: 650; }
    main { max-width: 960px; margin: 0 auto; padding: 1rem; }
    .summary { color: #566074; font-size: 0.9rem; margin: 0.8rem 0; }
    ol { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.7rem; }
    .error { background: #fdecec; border: 1px solid #e3a4a4; padding: 0.8rem 1rem; border-radius: 8px; }
    .empty { background: #fff; border: 1px dashed #c3cad6; padding: 1rem; border-radius: 8px; }
  `;

  constructor() {
    super();
    this.q = '';
    this.result = null;
    this.status = 'idle';
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.loadFromUrl();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onPopState);
    super.disconnectedCallback();
  }

  private onPopState = (): void => this.loadFromUrl();

  private loadFromUrl(): void {
    const params = new URLSearchParams(window.location.search);
    this.q = params.get('q') ?? '';
    void this.runSearch(params);
  }

  private onSearch(e: CustomEvent<{ q: string }>): void {
    const params = new URLSearchParams();
    if (e.detail.q) params.set('q', e.detail.q);
    history.pushState(null, '', params.toString() ? `/?${params}` : '/');
    this.loadFromUrl();
  }

  private async runSearch(params: URLSearchParams): Promise<void> {
    this.abort?.abort();
    this.abort = new AbortController();
    this.status = 'loading';
    try {
      this.result = await search(params, this.abort.signal);
      this.status = 'done';
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error = err instanceof ApiError ? err.message : 'Đã xảy ra lỗi.';
      this.status = 'error';
    }
  }

  override render() {
    return html`
      <header><h1>Tra cứu văn kiện Đảng bộ địa phương</h1></header>
      <main>
        <vk-search-box .value=${this.q} @vk-search=${this.onSearch}></vk-search-box>
        ${this.renderBody()}
      </main>`;
  }

  private renderBody() {
    if (this.status === 'error') return html`<p class="error" role="alert">${this.error}</p>`;
    const r = this.result;
    if (!r) return nothing;
    if (r.total === 0) {
      return html`<p class="empty">Không tìm thấy mục nào${this.q ? html` cho “${this.q}”` : nothing}. Hãy thử bỏ bớt từ hoặc gõ không dấu.</p>`;
    }
    return html`
      <p class="summary" aria-live="polite">${r.total.toLocaleString('vi-VN')} mục · ${r.tookMs} ms</p>
      <ol>${r.hits.map((h) => html`<li><vk-hit .hit=${h}></vk-hit></li>`)}</ol>`;
  }
}
customElements.define('vk-app', VkApp);
