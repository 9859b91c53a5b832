import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ApiError, getDirective, type CitingSection, type DirectiveDetail } from '../../lib/api.js';
import { docTypeName, formatCount, formatDate } from '../../lib/labels.js';
import { cameFromApp, documentUrl } from '../../lib/router.js';
import { relationName } from '../../lib/relation.js';
import { docNumberRanges, segmentText } from '../../lib/segments.js';
import { searchUrl, toggleFilter, defaultState } from '../../lib/url-state.js';
import { cardStyles, sharedStyles } from '../../styles/shared.js';
import { directivePageStyles } from './vk-directive-page.styles.js';

const UNKNOWN_PLACE = 'Chưa xác định huyện';

/** Citing sections grouped by district (places in order of first citation), each group ordered by date. */
export function groupByDistrict(citedBy: readonly CitingSection[]): [string, CitingSection[]][] {
  const groups = new Map<string, CitingSection[]>();
  const sorted = [...citedBy].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  for (const c of sorted) {
    const place = c.district ? `${c.district}${c.province ? `, ${c.province}` : ''}` : UNKNOWN_PLACE;
    groups.set(place, [...(groups.get(place) ?? []), c]);
  }
  return [...groups.entries()].sort(
    ([a], [b]) => Number(a === UNKNOWN_PLACE) - Number(b === UNKNOWN_PLACE) || a.localeCompare(b, 'vi'),
  );
}

/** A cited document: what it is, whether the archive holds it, and every section that cites it. */
export class VkDirectivePage extends LitElement {
  static override properties = { key: { type: String }, data: { state: true }, error: { state: true } };
  declare key: string;
  declare data: DirectiveDetail | null;
  declare error: string;
  private abort: AbortController | null = null;

  static override styles = [sharedStyles, cardStyles, directivePageStyles];

  constructor() {
    super();
    this.key = '';
    this.data = null;
    this.error = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('key')) void this.load();
  }

  override disconnectedCallback(): void {
    this.abort?.abort();
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    this.abort = new AbortController();
    this.data = null;
    this.error = '';
    document.title = `${this.key} — Tra cứu văn kiện`;
    try {
      this.data = await getDirective(this.key, this.abort.signal);
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      this.error =
        err instanceof ApiError && err.status === 404
          ? `Không có văn bản nào trong kho trích dẫn số ${this.key}.`
          : err instanceof ApiError
            ? err.message
            : 'Đã xảy ra lỗi khi tải trang.';
    }
  }

  private back() {
    const onClick = (e: Event): void => {
      if (cameFromApp()) {
        e.preventDefault();
        history.back();
      }
    };
    return html`<a class="back" href="/" @click=${onClick}>‹ Quay lại</a>`;
  }

  /** The citing sentence, with the directive's number marked. */
  private context(c: CitingSection) {
    const own = docNumberRanges(c.context).filter((r) => r.key === this.data!.key);
    return segmentText(c.context, own, []).map((s) => (s.hit !== null ? html`<mark>${s.text}</mark>` : s.text));
  }

  private renderAbout(d: DirectiveDetail) {
    const row = (label: string, value: unknown) =>
      html`<dt>${label}</dt><dd>${value ?? html`<span class="unknown">không rõ</span>`}</dd>`;
    return html`<section class="card about" aria-label="Về văn bản này">
      <dl>
        ${row('Loại', d.type ? docTypeName(d.type) : null)}
        ${row('Số, ký hiệu', d.number ?? d.key)}
        ${row('Cơ quan ban hành', d.issuer)}
        ${row('Ngày ban hành', d.date ? formatDate(d.date) : null)}
        ${row('Trích yếu (như được trích dẫn)', d.title)}
      </dl>
      <p class="archive">${
        d.document
          ? html`Văn bản này có trong kho: <a href=${documentUrl(d.document.docId)}>đọc toàn văn</a>.`
          : 'Văn bản này chưa có trong kho; dưới đây là những nơi trích dẫn nó.'
      }</p>
      <div class="links"><a class="button" href=${searchUrl(toggleFilter(defaultState(), 'directive', d.key))}>Tìm các mục trích dẫn văn bản này</a></div>
    </section>`;
  }

  /** "Đã được thay thế bởi …": the documents in the archive that replaced, amended or repealed it. */
  private renderActedOn(d: DirectiveDetail) {
    const lists: [string, DirectiveDetail['replacedBy']][] = [
      ['Đã được thay thế bởi', d.replacedBy ?? []],
      ['Đã được sửa đổi, bổ sung bởi', d.amendedBy ?? []],
      ['Đã bị bãi bỏ bởi', d.repealedBy ?? []],
    ];
    return lists
      .filter(([, docs]) => docs.length > 0)
      .map(
        ([label, docs]) => html`<p class="card acted-on" role="note">${label}
      ${docs.map((a, i) => html`${i > 0 ? ', ' : ''}<a href=${documentUrl(a.docId)}>${a.title}</a>${a.date ? ` (${formatDate(a.date)})` : ''}`)}.</p>`,
      );
  }

  override render() {
    if (this.error) return html`${this.back()}<h1>${this.key}</h1><p class="error" role="alert">${this.error}</p>`;
    const d = this.data;
    if (!d) return html`${this.back()}<p role="status">Đang tải…</p>`;
    const groups = groupByDistrict(d.citedBy);
    const docs = new Set(d.citedBy.map((c) => c.docId)).size;
    const total = d.citedByTotal ?? d.citedBy.length;
    return html`${this.back()}
      <h1>${d.label || d.key}</h1>
      ${this.renderActedOn(d)}
      ${this.renderAbout(d)}
      <h2>Được trích dẫn ${formatCount(total)} lần${total === d.citedBy.length ? ` trong ${formatCount(docs)} văn bản` : ''}</h2>
      ${total > d.citedBy.length ? html`<p>Dưới đây là ${formatCount(d.citedBy.length)} lần trích dẫn đầu tiên.</p>` : nothing}
      ${groups.map(
        ([place, items]) => html`<section aria-label=${place}>
        <h3>${place} <span class="n">(${items.length})</span></h3>
        <ol>${items.map(
          (c) => html`<li class="card">
          <a class="title" href=${documentUrl(c.docId, { q: d.key, sectionId: c.sectionId })}>${c.title}</a>
          <div class="meta">${c.date ? formatDate(c.date) : 'không rõ ngày'}${relationName(c.relation) ? html` · <span class="relation">${relationName(c.relation)}</span>` : nothing}</div>
          <blockquote>${this.context(c)}</blockquote>
        </li>`,
        )}</ol>
      </section>`,
      )}`;
  }
}
customElements.define('vk-directive-page', VkDirectivePage);
