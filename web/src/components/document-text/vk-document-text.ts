import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { ReaderSection } from '../../lib/reader.js';
import { isTitleLike } from '../../lib/labels.js';
import { directiveUrl } from '../../lib/router.js';
import { splitSegmentsAt, type Segment } from '../../lib/segments.js';
import { sharedStyles } from '../../styles/shared.js';
import { documentTextStyles } from './vk-document-text.styles.js';

/**
 * The full text of a document, section by section: search matches as <mark> (the active one
 * stands out and is scrolled to), cited document numbers as links to their directive pages; the
 * first link to each in a section is followed by the document's relation to it ("thực hiện").
 */
export class VkDocumentText extends LitElement {
  static override properties = {
    sections: { attribute: false },
    activeHit: { type: Number },
    targetSection: { type: String },
    relations: { attribute: false },
  };
  declare sections: ReaderSection[];
  /** Cited key → name of this document's relation to it (keys without a named relation are absent). */
  declare relations: ReadonlyMap<string, string>;
  declare activeHit: number;
  declare targetSection: string | null;

  static override styles = [sharedStyles, documentTextStyles];

  constructor() {
    super();
    this.sections = [];
    this.activeHit = -1;
    this.targetSection = null;
    this.relations = new Map();
  }

  /** Scrolls a section into view (the browser cannot follow #ids into shadow DOM by itself). */
  scrollToSection(sectionId: string): boolean {
    const el = this.renderRoot.querySelector<HTMLElement>(`section[id="${CSS.escape(sectionId)}"]`);
    el?.scrollIntoView({ block: 'start' });
    return el !== null;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('activeHit') && this.activeHit >= 0) {
      this.renderRoot.querySelector(`mark[data-hit="${this.activeHit}"]`)?.scrollIntoView({ block: 'center' });
    }
  }

  private renderSegments(segments: Segment[], firstHit: number, named: Set<string>) {
    return segments.map((s, i) => {
      const hit = s.hit === null ? null : firstHit + s.hit;
      const inner =
        hit === null
          ? s.text
          : html`<mark data-hit=${hit} class=${hit === this.activeHit ? 'active' : ''}>${s.text}</mark>`;
      if (!s.link) return inner;
      const relation = this.relations.get(s.link);
      const title = `${relation ? `Văn bản này ${relation} ${s.link}. ` : ''}Xem văn bản ${s.link} và nơi trích dẫn`;
      const link = html`<a class="cite" href=${directiveUrl(s.link)} title=${title}>${inner}</a>`;
      // A link that a search match cuts in two is several segments: the name follows its last one.
      const lastOfLink = segments[i + 1]?.link !== s.link;
      if (!relation || !lastOfLink || named.has(s.link)) return link;
      named.add(s.link);
      return html`${link}<span class="relation">${relation}</span>`;
    });
  }

  private renderSection(r: ReaderSection) {
    const { section } = r;
    const heading = section.heading?.trim();
    const firstLineEnd = section.text.indexOf('\n');
    const firstLine = section.text.slice(0, firstLineEnd < 0 ? undefined : firstLineEnd).trim();
    // A numbered paragraph ("2.1. Ủy ban nhân dân huyện chỉ đạo …") is a split point, not a title: keep it as text.
    const hasHeading = Boolean(heading) && isTitleLike(firstLine) && firstLine.startsWith(heading!.slice(0, 20));
    const level = Math.min(4, Math.max(2, section.path.length + 1));
    const cut = hasHeading ? (firstLineEnd < 0 ? section.text.length : firstLineEnd + 1) : 0;
    const [head, body] = splitSegmentsAt(r.segments, cut);
    const named = new Set<string>();
    return html`<section id=${section.sectionId} class=${section.sectionId === this.targetSection ? 'target' : ''}>
      ${hasHeading ? html`<div class="heading" role="heading" aria-level=${level}>${this.renderSegments(head, r.firstHit, named)}</div>` : nothing}
      <p class="text">${this.renderSegments(body, r.firstHit, named)}</p>
    </section>`;
  }

  override render() {
    return html`${this.sections.map((r) => this.renderSection(r))}`;
  }
}
customElements.define('vk-document-text', VkDocumentText);
