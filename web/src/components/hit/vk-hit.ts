import { LitElement, html, nothing } from 'lit';
import type { SearchHit } from '../../lib/api.js';
import { docTypeName, formatDate, isTitleLike } from '../../lib/labels.js';
import { directiveUrl, documentUrl } from '../../lib/router.js';
import type { Group } from '../../lib/url-state.js';
import { cardStyles, sharedStyles } from '../../styles/shared.js';
import '../snippet/vk-snippet.js';
import { hitStyles } from './vk-hit.styles.js';

/** The heading path of a section: the numbers of its parents, then its own heading line. */
function headingPath(hit: SearchHit) {
  const parents = hit.path.slice(0, -1);
  const own = hit.path[hit.path.length - 1];
  // A sentence-long "heading" (a numbered paragraph) is in the snippet already: show its number only.
  const heading = isTitleLike(hit.heading) ? hit.heading : own ? `Mục ${own.replace(/[.)]+$/, '')}` : null;
  if (!heading && parents.length === 0) return nothing;
  return html`<div class="path">
    ${parents.map((p) => html`<span>Mục ${p.replace(/[.)]+$/, '')}</span><span class="sep" aria-hidden="true">›</span>`)}
    ${heading ? html`<span class="heading">${heading}</span>` : nothing}
  </div>`;
}

/** One search hit: title (a link to the reader at this section), metadata, heading path, snippet. */
export class VkHit extends LitElement {
  static override properties = { hit: { attribute: false }, q: { type: String }, group: { type: String } };
  declare hit: SearchHit;
  declare q: string;
  declare group: Group;

  static override styles = [sharedStyles, cardStyles, hitStyles];

  constructor() {
    super();
    this.q = '';
    this.group = 'section';
  }

  override focus(): void {
    this.renderRoot.querySelector<HTMLAnchorElement>('h3 a')?.focus();
  }

  override render() {
    const h = this.hit;
    const place = [h.district, h.province].filter(Boolean).join(', ');
    return html`<article class="card">
      ${this.group === 'document' ? html`<div class="best">Mục phù hợp nhất trong văn bản</div>` : nothing}
      <h3><a href=${documentUrl(h.docId, { q: this.q, sectionId: h.sectionId })}>${h.title}</a></h3>
      <div class="meta">
        <span class="type">${docTypeName(h.docType)}</span>
        ${h.issuer ? html`<span>${h.issuer}</span>` : nothing}
        ${place ? html`<span>${place}</span>` : nothing}
        ${h.date ? html`<time datetime=${h.date}>${formatDate(h.date)}</time>` : nothing}
        ${h.ocr ? html`<span class="ocr" title="Văn bản nhận dạng từ ảnh quét (OCR): có thể có lỗi nhận dạng">Bản quét (OCR)</span>` : nothing}
      </div>
      ${headingPath(h)}
      <vk-snippet .snippet=${h.snippet} .heading=${isTitleLike(h.heading) ? h.heading : null}></vk-snippet>
      ${
        h.directives.length > 0
          ? html`<div class="directives" aria-label="Văn bản được trích dẫn">
        ${h.directives.map((k) => html`<a href=${directiveUrl(k)}>${k}</a>`)}</div>`
          : nothing
      }
    </article>`;
  }
}
customElements.define('vk-hit', VkHit);
