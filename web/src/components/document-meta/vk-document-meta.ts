import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import type { DocumentDetail } from '../../lib/api.js';
import { docTypeName, formatDate, SOURCE_NAMES } from '../../lib/labels.js';
import { directiveUrl } from '../../lib/router.js';
import { cardStyles, foldStyles, sharedStyles } from '../../styles/shared.js';

/** The reader's metadata panel: type, number, date, issuer, place, signer, recipients, cited documents. */
export class VkDocumentMeta extends LitElement {
  static override properties = { doc: { attribute: false }, expanded: { type: Boolean, reflect: true } };
  declare doc: DocumentDetail;
  /** Open on phones (where the panel folds away); always shown on wider screens. */
  declare expanded: boolean;

  static override styles = [
    sharedStyles,
    cardStyles,
    foldStyles,
    css`
    :host { display: block; }
    .card { padding: 0.9rem 1rem; }
    h2 { font-size: 0.95rem; margin: 0 0 0.5rem; }
    dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 0.8rem; font-size: 0.88rem; }
    dt { color: var(--vk-muted); }
    dd { margin: 0; overflow-wrap: anywhere; }
    .wide { grid-column: 1 / -1; }
    dd.wide { margin-bottom: 0.2rem; }
    ul { margin: 0; padding-left: 1rem; }
    .directives { list-style: none; padding: 0; display: grid; gap: 0.35rem; }
    .directives small { display: block; color: var(--vk-muted); }
    .unknown { color: #7a8395; font-style: italic; }
    .source { display: block; color: var(--vk-muted); font-size: 0.78rem; }
    .ocr { margin: 0 0 0.6rem; padding: 0.45rem 0.6rem; border-radius: 6px; background: #fff6e0; border: 1px solid #e8d49a; font-size: 0.85rem; }
    @media (max-width: 400px) { dl { grid-template-columns: 1fr; } dd { margin-bottom: 0.3rem; } }
  `,
  ];

  constructor() {
    super();
    this.expanded = false;
  }

  /** A label and its value; `wide` rows (lists) take the panel's whole width under their label. */
  private row(label: string, value: TemplateResult | string | null | undefined, wide = false) {
    return html`<dt class=${wide ? 'wide' : ''}>${label}</dt><dd class=${wide ? 'wide' : ''}>${value ?? html`<span class="unknown">không rõ</span>`}</dd>`;
  }

  /** A scan: the text may hold recognition errors, so say how sure the OCR was and link the original. */
  private ocrNote(d: DocumentDetail) {
    const confidence = d.ocrConfidence === null ? '' : `, độ tin cậy ${Math.round(d.ocrConfidence)}%`;
    const pages = d.ocrPages ? ` (${d.ocrPages} trang)` : '';
    return html`<p class="ocr" role="note">Văn bản nhận dạng từ ảnh (OCR)${confidence}${pages}. Nội dung có thể sai sót:
      <a href=${d.fileUrl} target="_blank" rel="noopener">xem bản gốc</a>.</p>`;
  }

  /** A value with how it was found ("theo phần đầu văn bản"), so a researcher can judge it. */
  private sourced(value: TemplateResult | string | null, field: string) {
    const source = this.doc.metadataSource?.[field];
    if (value === null || !source) return value;
    return html`${value}<small class="source" data-source=${source}>${SOURCE_NAMES[source] ?? source}</small>`;
  }

  override render() {
    const d = this.doc;
    const signer = d.signer?.name ? [d.signer.name, d.signer.position].filter(Boolean).join(', ') : null;
    const number = d.ownNumber;
    return html`<section class="card" aria-labelledby="meta-h">
      <h2 class="wide-only" id="meta-h">Thông tin văn bản</h2>
      <h2 class="narrow-only"><button class="fold-toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="meta-body" @click=${() => {
          this.expanded = !this.expanded;
        }}>Thông tin văn bản
        <span aria-hidden="true">${this.expanded ? '▴' : '▾'}</span></button></h2>
      ${d.ocr ? this.ocrNote(d) : nothing}
      <div class="fold" id="meta-body"><dl>
        ${this.row('Loại', this.sourced(docTypeName(d.docType), 'docType'))}
        ${number ? this.row('Số', number) : nothing}
        ${this.row('Ngày', this.sourced(d.date ? html`<time datetime=${d.date}>${formatDate(d.date)}</time>` : null, 'date'))}
        ${this.row('Cơ quan ban hành', d.issuer)}
        ${this.row('Huyện', this.sourced(d.district, 'district'))}
        ${this.row('Tỉnh', this.sourced(d.province, 'province'))}
        ${signer ? this.row('Người ký', signer) : nothing}
        ${d.recipients.length > 0 ? this.row('Nơi nhận', html`<ul>${d.recipients.map((r) => html`<li>${r}</li>`)}</ul>`, true) : nothing}
        ${
          d.directives.length > 0
            ? this.row(
                'Trích dẫn',
                html`<ul class="directives">${d.directives.map(
                  (c) => html`<li>
          <a href=${directiveUrl(c.key)}>${c.label || c.key}</a>
          ${c.title || c.date ? html`<small>${c.date ? `ngày ${formatDate(c.date)} ` : ''}${c.title ?? ''}</small>` : nothing}
        </li>`,
                )}</ul>`,
                true,
              )
            : nothing
        }
        ${this.row('Tệp', html`<a href=${d.fileUrl} target="_blank" rel="noopener">${d.file}</a>`)}
      </dl></div>
    </section>`;
  }
}
customElements.define('vk-document-meta', VkDocumentMeta);
