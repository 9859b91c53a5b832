import { LitElement, css, html, nothing } from 'lit';
import type { SearchHit } from '../lib/api.js';
import { DOC_TYPE_NAMES, formatDate } from '../lib/labels.js';
import './vk-snippet.js';

/** One search hit: title, metadata line, heading path and highlighted snippet. */
export class VkHit extends LitElement {
  static override properties = { hit: { attribute: false } };
  declare hit: SearchHit;

  static override styles = css`
    :host { display: block; background: #fff; border: 1px solid #dde2ea; border-radius: 8px; padding: 0.8rem 1rem; }
    h3 { margin: 0 0 0.25rem; font-size: 1.02rem; color: #14365d; }
    .meta { font-size: 0.85rem; color: #566074; display: flex; flex-wrap: wrap; gap: 0.25rem 0.75rem; margin-bottom: 0.35rem; }
    .heading { font-size: 0.88rem; color: #3a4252; font-weight: 600; margin-bottom: 0.25rem; }
  `;

  override render() {
    const h = this.hit;
    return html`<article>
      <h3>${h.title}</h3>
      <div class="meta">
        <span>${DOC_TYPE_NAMES[h.docType] ?? h.docType}</span>
        ${h.issuer ? html`<span>${h.issuer}</span>` : nothing}
        ${h.district ? html`<span>${h.district}${h.province ? `, ${h.province}` : ''}</span>` : h.province ? html`<span>${h.province}</span>` : nothing}
        ${h.date ? html`<time datetime=${h.date}>${formatDate(h.date)}</time>` : nothing}
      </div>
      ${h.heading ? html`<div class="heading">${h.heading}</div>` : nothing}
      <vk-snippet .snippet=${h.snippet}></vk-snippet>
    </article>`;
  }
}
customElements.define('vk-hit', VkHit);
