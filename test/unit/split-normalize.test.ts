import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { joinSpacedCapitals } from '../../lib/vietnamese/index.js';

describe('normalisation before splitting', () => {
  it('NFD and NFC give the same text; Đ look-alikes become Đ; spelling is kept', () => {
    const nfc = 'Thường trực Huyện ủy Trà Cú, Ủy ban nhân dân, hoà bình, thuỷ lợi';
    expect(normalizeDocument(nfc.normalize('NFD'))).toBe(nfc);
    expect(normalizeDocument('QÐ 11-QÐi/TW của Ɖảng')).toBe('QĐ 11-QĐi/TW của Đảng');
    expect(normalizeDocument('hoà thuỷ uỷ')).toBe('hoà thuỷ uỷ');
  });

  it('joins OCR-spaced capitals in headings, and only there', () => {
    expect(joinSpacedCapitals('K ÉT LUẬN')).toBe('KÉT LUẬN');
    expect(joinSpacedCapitals('T H Ô N G  B Á O')).toBe('THÔNG BÁO');
    expect(joinSpacedCapitals('II. NHIỆM VỤ V À GIẢI PHÁP')).toBe('II. NHIỆM VỤ VÀ GIẢI PHÁP');
    for (const keep of ['T/M BAN THƯỜNG VỤ', 'ĐẢNG BỘ XÃ A', 'PHẦN V ÁP DỤNG', 'Khu vực A B C', 'Tổ K ấp 3']) {
      expect(joinSpacedCapitals(keep)).toBe(keep);
    }
    expect(normalizeDocument('Mở đầu.\n\nK ÉT LUẬN\nnội dung')).toBe('Mở đầu.\n\nKÉT LUẬN\nnội dung');
  });
});
