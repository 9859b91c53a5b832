import { LitElement, css, html, nothing } from 'lit';
import type { ReaderSection } from '../../lib/reader.js';
import { cardStyles, foldStyles, sharedStyles } from '../../styles/shared.js';

/** Table of contents: the sections that open with a heading, indented by depth, with their hit counts. */
export class VkDocumentToc extends LitElement {
  static override properties = {
    sections: { attribute: false },
    current: { type: String },
    expanded: { type: Boolean, reflect: true },
  };
  declare sections: ReaderSection[];
  declare current: string | null;
  declare expanded: boolean;

  static override styles = [
    sharedStyles,
    cardStyles,
    foldStyles,
    css`
    :host { display: block; }
    nav { padding: 0.8rem 0.9rem; }
    h2 { font-size: 0.95rem; margin: 0 0 0.4rem; }
    ol { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.1rem; max-height: 60vh; overflow-y: auto; }
    a { display: flex; gap: 0.4rem; font-size: 0.84rem; text-decoration: none; padding: 0.2rem 0.3rem; border-radius: 4px; }
    a:hover { background: #eef1f6; text-decoration: underline; }
    a[aria-current="location"] { background: #e3ebf7; font-weight: 600; }
    .label { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
    .hits { background: var(--vk-mark); border-radius: 999px; padding: 0 0.4rem; font-size: 0.75rem; align-self: start; }
  `,
  ];

  constructor() {
    super();
    this.sections = [];
    this.current = null;
    this.expanded = false;
  }

  override render() {
    const seen = new Set<string>();
    const entries = this.sections.filter((r) => {
      const key = `${r.section.heading}|${r.section.path.join('/')}`;
      if (!r.section.heading || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (entries.length < 2) return nothing;
    return html`<nav class="card" aria-labelledby="toc-h">
      <h2 class="wide-only" id="toc-h">Mục lục</h2>
      <h2 class="narrow-only"><button class="fold-toggle" type="button" aria-expanded=${this.expanded ? 'true' : 'false'}
        aria-controls="toc-body" @click=${() => {
          this.expanded = !this.expanded;
        }}>Mục lục (${entries.length} mục)
        <span aria-hidden="true">${this.expanded ? '▴' : '▾'}</span></button></h2>
      <div class="fold" id="toc-body"><ol>${entries.map(
        (r) => html`<li style="padding-left:${Math.max(0, r.section.path.length - 1) * 0.8}rem">
        <a href="#${encodeURIComponent(r.section.sectionId)}" aria-current=${r.section.sectionId === this.current ? 'location' : 'false'}>
          <span class="label">${r.section.heading}</span>
          ${r.hitCount > 0 ? html`<span class="hits" title="${r.hitCount} chỗ khớp">${r.hitCount}</span>` : nothing}
        </a></li>`,
      )}</ol></div>
    </nav>`;
  }
}
customElements.define('vk-document-toc', VkDocumentToc);
