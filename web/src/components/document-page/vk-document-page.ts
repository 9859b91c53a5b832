import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ApiError, getDocument, type DocumentDetail } from '../../lib/api.js';
import { formatCitation } from '../../lib/citation.js';
import { docTypeName, formatDate } from '../../lib/labels.js';
import { firstHitFrom, prepareReaderText, sectionOfHit, type ReaderText } from '../../lib/reader.js';
import { relationNamesByKey } from '../../lib/relation.js';
import { cameFromApp } from '../../lib/router.js';
import { cardStyles, sharedStyles } from '../../styles/shared.js';
import '../document-meta/vk-document-meta.js';
import '../metadata-editor/vk-metadata-editor.js';
import '../document-text/vk-document-text.js';
import type { VkDocumentText } from '../document-text/vk-document-text.js';
import '../document-toc/vk-document-toc.js';
import { documentPageStyles } from './vk-document-page.styles.js';

/** The document reader: metadata, table of contents, full text with highlighted hits, citation copy. */
export class VkDocumentPage extends LitElement {
  static override properties = {
    docId: { type: String },
    q: { type: String },
    sectionId: { type: String },
    doc: { state: true },
    text: { state: true },
    activeHit: { state: true },
    error: { state: true },
    copied: { state: true },
  };
  declare docId: string;
  declare q: string;
  declare sectionId: string | null;
  declare doc: DocumentDetail | null;
  declare text: ReaderText | null;
  declare activeHit: number;
  declare error: string;
  declare copied: { text: string; ok: boolean } | null;
  private abort: AbortController | null = null;
  private pendingScroll = false;

  static override styles = [sharedStyles, cardStyles, documentPageStyles];

  constructor() {
    super();
    this.docId = '';
    this.q = '';
    this.sectionId = null;
    this.doc = null;
    this.text = null;
    this.activeHit = -1;
    this.error = '';
    this.copied = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('docId')) void this.load();
    else if (changed.has('q'))
      void this.load(this.doc !== null); // the API marks the query: ask again
    else if (changed.has('sectionId') && this.text) this.goToSection();
  }

  protected override updated(): void {
    if (!this.pendingScroll || !this.text) return;
    this.pendingScroll = false;
    if (this.activeHit < 0 && this.sectionId) this.textView()?.scrollToSection(this.sectionId);
  }

  private textView(): VkDocumentText | null {
    return this.renderRoot.querySelector('vk-document-text');
  }

  /** Reads the document with the marks of the query; `keepShown` leaves the current one on screen meanwhile. */
  private async load(keepShown = false): Promise<void> {
    this.abort?.abort();
    this.abort = new AbortController();
    if (!keepShown) {
      this.doc = null;
      this.text = null;
    }
    this.error = '';
    try {
      this.doc = await getDocument(this.docId, this.q, this.abort.signal);
      document.title = `${this.doc.title} — Tra cứu văn kiện`;
      this.prepare();
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error =
        err instanceof ApiError && err.status === 404
          ? 'Không có văn bản này trong kho (có thể đã bị gỡ hoặc đường dẫn sai).'
          : err instanceof ApiError
            ? err.message
            : 'Đã xảy ra lỗi khi tải văn bản.';
    }
  }

  private prepare(): void {
    this.text = prepareReaderText(this.doc!.sections);
    this.goToSection();
  }

  /** Opening at a section: its first hit becomes the active one; without hits, scroll to the section. */
  private goToSection(): void {
    const text = this.text!;
    const inSection = this.sectionId ? text.sections.find((s) => s.section.sectionId === this.sectionId) : null;
    this.activeHit = !this.sectionId || (inSection && inSection.hitCount > 0) ? firstHitFrom(text, this.sectionId) : -1;
    this.pendingScroll = true;
    this.copied = null;
  }

  private step(delta: number): void {
    const total = this.text?.totalHits ?? 0;
    if (total === 0) return;
    this.activeHit = ((this.activeHit < 0 ? (delta > 0 ? -1 : 0) : this.activeHit) + delta + total) % total;
  }

  /** n / p (or Shift+n) move between hits while the focus is not in a text field. */
  onKeyDown = (e: KeyboardEvent): void => {
    const t = e.composedPath()[0];
    if (t instanceof HTMLInputElement || t instanceof HTMLTextAreaElement || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'n') this.step(1);
    else if (e.key === 'p' || e.key === 'N') this.step(-1);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private currentSection() {
    const byHit = this.text && this.activeHit >= 0 ? sectionOfHit(this.text, this.activeHit)?.section : null;
    return byHit ?? this.doc?.sections.find((s) => s.sectionId === this.sectionId) ?? null;
  }

  private async copyCitation(): Promise<void> {
    const text = formatCitation(this.doc!, this.currentSection());
    try {
      await navigator.clipboard.writeText(text);
      this.copied = { text, ok: true };
    } catch {
      this.copied = { text, ok: false };
    }
  }

  private backLink() {
    const href = this.q ? `/?${new URLSearchParams({ q: this.q })}` : '/';
    const onClick = (e: Event): void => {
      if (cameFromApp()) {
        e.preventDefault();
        history.back();
      }
    };
    return html`<a class="back" href=${href} @click=${onClick}>‹ Quay lại kết quả tìm kiếm</a>`;
  }

  private renderTools() {
    const total = this.text?.totalHits ?? 0;
    return html`<div class="tools">
      ${
        this.q
          ? html`<div class="hitnav" role="group" aria-label="Chỗ khớp với từ khóa">
        <span class="count" aria-live="polite">${
          total === 0
            ? html`Không có chỗ khớp “${this.q}”`
            : html`Chỗ khớp ${this.activeHit >= 0 ? this.activeHit + 1 : '–'}/${total}`
        }</span>
        <button type="button" @click=${() => this.step(-1)} ?disabled=${total === 0} aria-keyshortcuts="p" title="Chỗ khớp trước (p)">‹ Trước</button>
        <button type="button" @click=${() => this.step(1)} ?disabled=${total === 0} aria-keyshortcuts="n" title="Chỗ khớp sau (n)">Sau ›</button>
      </div>`
          : html`<span class="plain">Toàn văn</span>`
      }
    </div>`;
  }

  override render() {
    if (this.error)
      return html`<div class="top">${this.backLink()}</div><p class="error" role="alert">${this.error}</p>`;
    const d = this.doc;
    if (!d || !this.text) return html`<p class="state" role="status">Đang tải văn bản…</p>`;
    const current = this.currentSection()?.sectionId ?? null;
    return html`
      <div class="top">
        ${this.backLink()}
        <h1>${d.title}</h1>
        <div class="subline">
          <p class="sub">${docTypeName(d.docType)}${d.issuer ? ` · ${d.issuer}` : ''}${d.date ? ` · ${formatDate(d.date)}` : ''}</p>
          <button type="button" @click=${() => void this.copyCitation()}>Sao chép trích dẫn</button>
        </div>
        ${
          this.copied
            ? html`<p class="copied ${this.copied.ok ? '' : 'fail'}" role="status">
          ${this.copied.ok ? 'Đã chép: ' : 'Không chép được tự động, hãy chọn và chép: '}<span class="citation">${this.copied.text}</span></p>`
            : nothing
        }
      </div>
      <div class="layout">
        <aside aria-label="Thông tin và mục lục">
          <vk-document-meta .doc=${d}></vk-document-meta>
          <vk-metadata-editor .doc=${d} @vk-metadata-saved=${() => void this.load()}></vk-metadata-editor>
          <vk-document-toc .sections=${this.text.sections} .current=${current}></vk-document-toc>
        </aside>
        <article class="card" aria-label="Toàn văn">
          ${this.renderTools()}
          <vk-document-text .sections=${this.text.sections} .activeHit=${this.activeHit} .targetSection=${this.sectionId}
            .relations=${relationNamesByKey(d.directives)}></vk-document-text>
        </article>
      </div>`;
  }
}
customElements.define('vk-document-page', VkDocumentPage);
