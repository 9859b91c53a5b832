import { LitElement, css, html, nothing } from 'lit';
import { emit } from '../../lib/events.js';
import type { DocType } from '../../../../lib/schema/records.js';
import { ApiError, correctMetadata, type DocumentDetail, type MetadataCorrection } from '../../lib/api.js';
import { DOC_TYPE_NAMES } from '../../lib/labels.js';
import { cardStyles, sharedStyles } from '../../styles/shared.js';

const TOKEN_KEY = 'vk-admin-token';
type Field = 'date' | 'district' | 'province' | 'issuer' | 'signerName' | 'signerPosition';
const LABELS: Record<Field, string> = {
  date: 'Ngày',
  district: 'Huyện',
  province: 'Tỉnh',
  issuer: 'Cơ quan ban hành',
  signerName: 'Người ký',
  signerPosition: 'Chức vụ người ký',
};

/**
 * An archivist's form to correct what extraction got wrong (type, date, district, province, issuer,
 * signer), sent with the admin token (kept for the browser tab only). Only changed fields are sent; an
 * emptied field means "not determined" (null).
 * @fires vk-metadata-saved - after the server has saved and indexed the correction
 */
export class VkMetadataEditor extends LitElement {
  static override properties = {
    doc: { attribute: false },
    open: { state: true },
    busy: { state: true },
    error: { state: true },
  };
  declare doc: DocumentDetail;
  declare open: boolean;
  declare busy: boolean;
  declare error: string;

  static override styles = [
    sharedStyles,
    cardStyles,
    css`
    :host { display: block; }
    .card { padding: 0.8rem 1rem; }
    form { display: grid; gap: 0.45rem; font-size: 0.88rem; }
    label { display: grid; gap: 0.15rem; color: var(--vk-muted); }
    input, select { font: inherit; padding: 0.3rem 0.4rem; border: 1px solid #c9ced8; border-radius: 4px; color: inherit; }
    .actions { display: flex; gap: 0.5rem; margin-top: 0.3rem; }
    .error { color: var(--vk-red); margin: 0; }
    .hint { margin: 0; color: var(--vk-muted); font-size: 0.8rem; }
  `,
  ];

  constructor() {
    super();
    this.open = false;
    this.busy = false;
    this.error = '';
  }

  private current(field: Field): string {
    const d = this.doc;
    if (field === 'signerName') return d.signer?.name ?? '';
    if (field === 'signerPosition') return d.signer?.position ?? '';
    return d[field] ?? '';
  }

  /** The fields whose value differs from the document's, as the API takes them. */
  private changes(form: FormData): MetadataCorrection {
    const value = (name: string): string | null => String(form.get(name) ?? '').trim() || null;
    const out: MetadataCorrection = {};
    // The select offers only the codes of DOC_TYPE_NAMES, the API's document types.
    const docType = value('docType') as DocType | null;
    if (docType && docType !== this.doc.docType) out.docType = docType;
    for (const f of ['date', 'district', 'province', 'issuer'] as const) {
      if (value(f) !== (this.current(f) || null)) out[f] = value(f);
    }
    const [name, position] = [value('signerName'), value('signerPosition')];
    if (name !== (this.current('signerName') || null) || position !== (this.current('signerPosition') || null)) {
      out.signer = name || position ? { name, position } : null;
    }
    return out;
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const token = String(form.get('token') ?? '').trim();
    const changes = this.changes(form);
    if (Object.keys(changes).length === 0) {
      this.error = 'Chưa có thay đổi nào.';
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await correctMetadata(this.doc.docId, token, changes);
      sessionStorage.setItem(TOKEN_KEY, token);
      this.open = false;
      emit(this, 'vk-metadata-saved', { docId: this.doc.docId, changes });
    } catch (err) {
      this.error = err instanceof ApiError ? err.message : 'Không lưu được.';
    } finally {
      this.busy = false;
    }
  }

  override render() {
    if (!this.open) {
      return html`<button type="button" class="edit" @click=${() => {
        this.open = true;
      }}>Sửa thông tin văn bản (quản trị)</button>`;
    }
    const input = (f: Field, type = 'text') =>
      html`<label>${LABELS[f]}<input name=${f} type=${type} .value=${this.current(f)} maxlength="200"></label>`;
    return html`<section class="card" aria-label="Sửa thông tin văn bản">
      <form @submit=${(e: SubmitEvent) => void this.submit(e)}>
        <label>Loại văn bản<select name="docType">${Object.entries(DOC_TYPE_NAMES).map(
          ([code, name]) => html`<option value=${code} ?selected=${code === this.doc.docType}>${name}</option>`,
        )}</select></label>
        ${input('date', 'date')} ${input('district')} ${input('province')} ${input('issuer')} ${input('signerName')} ${input('signerPosition')}
        <label>Mã quản trị (ADMIN_TOKEN)<input name="token" type="password" required autocomplete="off" .value=${sessionStorage.getItem(TOKEN_KEY) ?? ''}></label>
        <p class="hint">Bản sửa được lưu vào tệp <code>${this.doc.file}.meta.json</code> và giữ nguyên khi lập chỉ mục lại. Để trống: không xác định.</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.busy ? 'Đang lưu…' : 'Lưu'}</button>
          <button type="button" @click=${() => {
            this.open = false;
            this.error = '';
          }}>Hủy</button>
        </div>
      </form>
    </section>`;
  }
}
customElements.define('vk-metadata-editor', VkMetadataEditor);
