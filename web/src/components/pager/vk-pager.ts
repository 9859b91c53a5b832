import { LitElement, css, html, nothing } from 'lit';
import { sharedStyles } from '../../styles/shared.js';

/** Pages around the current one, with gaps: 1 … 4 5 [6] 7 8 … 20. */
export function pageWindow(page: number, pages: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pages; p++) {
    if (p === 1 || p === pages || Math.abs(p - page) <= radius) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}

/** Page links (real URLs, so they open in new tabs too). */
export class VkPager extends LitElement {
  static override properties = {
    page: { type: Number },
    total: { type: Number },
    perPage: { type: Number },
    hrefFor: { attribute: false },
  };
  declare page: number;
  declare total: number;
  declare perPage: number;
  declare hrefFor: (page: number) => string;

  static override styles = [
    sharedStyles,
    css`
    :host { display: block; margin-top: 1rem; }
    ul { list-style: none; padding: 0; margin: 0; display: flex; flex-wrap: wrap; gap: 0.3rem; justify-content: center; }
    a, span { min-width: 2.2rem; justify-content: center; }
    a[aria-current="page"] { background: #233a5e; color: #fff; border-color: #233a5e; }
    .gap { border: 0; color: var(--vk-muted); padding: 0.4rem 0.2rem; }
  `,
  ];

  constructor() {
    super();
    this.page = 1;
    this.total = 0;
    this.perPage = 20;
    this.hrefFor = (p) => `?page=${p}`;
  }

  override render() {
    const pages = Math.ceil(this.total / this.perPage);
    if (pages <= 1) return nothing;
    const link = (p: number, label: string, aria?: string) => html`<li><a class="button" href=${this.hrefFor(p)}
      aria-label=${aria ?? `Trang ${p}`} aria-current=${p === this.page && !aria ? 'page' : 'false'}>${label}</a></li>`;
    return html`<nav aria-label="Phân trang"><ul>
      ${this.page > 1 ? link(this.page - 1, '‹ Trước', 'Trang trước') : nothing}
      ${pageWindow(this.page, pages).map((p) => (p === null ? html`<li><span class="gap">…</span></li>` : link(p, String(p))))}
      ${this.page < pages ? link(this.page + 1, 'Sau ›', 'Trang sau') : nothing}
    </ul></nav>`;
  }
}
customElements.define('vk-pager', VkPager);
