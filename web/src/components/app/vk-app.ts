import { LitElement, html } from 'lit';
import { interceptedLink, navigate, NAVIGATE_EVENT, parseRoute, type Route } from '../../lib/router.js';
import { sharedStyles } from '../../styles/shared.js';
import '../directive-page/vk-directive-page.js';
import '../document-page/vk-document-page.js';
import '../search-page/vk-search-page.js';
import type { VkSearchPage } from '../search-page/vk-search-page.js';
import { appStyles } from './vk-app.styles.js';

/** Root of the UI: header, landmarks, and the router outlet (search, reader, directive page). */
export class VkApp extends LitElement {
  static override properties = { route: { state: true } };
  declare route: Route;

  static override styles = [sharedStyles, appStyles];

  constructor() {
    super();
    this.route = parseRoute(window.location);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onLocationChange);
    window.addEventListener(NAVIGATE_EVENT, this.onLocationChange);
    window.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('click', this.onClick);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.onLocationChange);
    window.removeEventListener(NAVIGATE_EVENT, this.onLocationChange);
    window.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('click', this.onClick);
    super.disconnectedCallback();
  }

  private onLocationChange = (e: Event): void => {
    const prev = this.route;
    const next = parseRoute(window.location);
    const hashOnly = (e as CustomEvent<{ hashOnly?: boolean }>).detail?.hashOnly === true;
    this.route = next;
    if (!hashOnly && !(prev.name === 'document' && next.name === 'document' && prev.docId === next.docId)) {
      window.scrollTo(0, 0);
    }
    // A new view: screen readers start from its main content (a change within the search page keeps the focus).
    if (prev.name !== next.name)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('main')?.focus({ preventScroll: true }),
      );
  };

  private onClick = (e: MouseEvent): void => {
    const link = interceptedLink(e);
    if (!link) return;
    e.preventDefault();
    navigate(link);
  };

  /** `/` focuses the search box from anywhere (outside text fields); on other pages it opens the search page. */
  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.composedPath()[0];
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement
    )
      return;
    e.preventDefault();
    if (this.route.name !== 'search') navigate('/');
    void this.updateComplete.then(() => this.renderRoot.querySelector<VkSearchPage>('vk-search-page')?.focusSearch());
  };

  private renderRoute() {
    const r = this.route;
    switch (r.name) {
      case 'search':
        return html`<vk-search-page .params=${r.params}></vk-search-page>`;
      case 'document':
        return html`<vk-document-page .docId=${r.docId} .q=${r.q} .sectionId=${r.sectionId}></vk-document-page>`;
      case 'directive':
        return html`<vk-directive-page .key=${r.key}></vk-directive-page>`;
      default:
        return html`<div class="not-found" role="alert"><h1>Không tìm thấy trang</h1>
        <p>Đường dẫn <code>${r.path}</code> không có trong ứng dụng. <a href="/">Về trang tìm kiếm</a>.</p></div>`;
    }
  }

  override render() {
    return html`
      <a class="skip" href="#main" @click=${(e: Event) => {
        e.preventDefault();
        this.renderRoot.querySelector<HTMLElement>('main')?.focus();
      }}>Bỏ qua đến nội dung chính</a>
      <header><div class="bar">
        <a class="brand" href="/">Tra cứu văn kiện</a>
        <span class="tagline">Kết luận, thông báo, báo cáo, nghị quyết của các cấp ủy địa phương</span>
      </div></header>
      <main id="main" tabindex="-1">${this.renderRoute()}</main>
      <footer>Tra cứu văn kiện Đảng bộ địa phương · <a href="/api/docs">Tài liệu API</a></footer>`;
  }
}
customElements.define('vk-app', VkApp);
