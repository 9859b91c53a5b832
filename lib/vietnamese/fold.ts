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
