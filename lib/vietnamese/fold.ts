/** Accent folding: "Sốt Xuất Huyết" → "sot xuat huyet", "Đ" → "d". For comparisons, never for display. */
export function foldDiacritics(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Folded, lower-cased, single-spaced key for matching names (places, issuers). */
export function foldKey(input: string): string {
  return foldDiacritics(input).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** True when the text carries Vietnamese diacritics (or đ). */
export function hasDiacritics(input: string): boolean {
  return /[đĐ]/.test(input) || /[\u0300-\u036f]/.test(input.normalize('NFD'));
}

/**
 * Accent folding that keeps every position: each character folds on its own ("Tạĩ phĩên" → "Tai
 * phien", "ngàỷ" → "ngay"), so an index found in the folded text is an index in the original. Case is
 * kept. For keyword matching in text whose diacritics are scrambled or missing.
 */
export function foldAligned(input: string): string {
  let out = '';
  for (const ch of input) {
    const f = ch.length === 1 && ch.charCodeAt(0) < 0x80 ? ch : foldDiacritics(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}
