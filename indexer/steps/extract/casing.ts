import { modernTones } from './tone.js';

/**
 * Restores the usual casing of a line written in capitals ("CỦA THƯỜNG TRỰC HUYỆN ỦY" →
 * "của Thường trực Huyện ủy", "HUYỆN ỦY TRÀ CÚ" → "Huyện ủy Trà Cú"): organisation words take their
 * usual form, the words after a level word ("huyện", "tỉnh", "Huyện ủy") are a name, the rest is lower case.
 */

const FORMS = [
  'Ban Chấp hành Trung ương',
  'Ban Chấp hành',
  'Ban Thường vụ',
  'Ban Bí thư',
  'Bộ Chính trị',
  'Thường trực',
  'Thường vụ',
  'Huyện ủy',
  'Tỉnh ủy',
  'Thành ủy',
  'Quận ủy',
  'Thị ủy',
  'Đảng ủy',
  'Đảng bộ',
  'Đảng đoàn',
  'Ban cán sự đảng',
  'Ủy ban Kiểm tra',
  'Ủy ban nhân dân',
  'Hội đồng nhân dân',
  'Mặt trận Tổ quốc',
  'Văn phòng',
  'Ban Tổ chức',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Nội chính',
  'Trung ương',
  'Bí thư',
  'Chánh Văn phòng',
  'Phó Chánh Văn phòng',
  'Chủ tịch',
  'Phó Chủ tịch',
  'Phó Bí thư',
  'Trưởng ban',
  'Phó Trưởng ban',
  'Chủ nhiệm',
  'Đảng',
  'UBND',
  'HĐND',
  'MTTQ',
].sort((a, b) => b.length - a.length);

const NAMED_AFTER =
  /^(?:huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy|huyện|tỉnh|quận|thị xã|thành phố|xã|phường|thị trấn)$/;
const NOT_A_NAME = new Set([
  'của',
  'về',
  'tại',
  'và',
  'với',
  'năm',
  'tháng',
  'ngày',
  'số',
  'lần',
  'khóa',
  'nhiệm',
  'kỳ',
]);

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('vi') + word.slice(1);
}

export function isAllCaps(line: string): boolean {
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi');
}

/** Usual casing for a line in capitals; other lines are returned unchanged. */
export function smartCase(line: string): string {
  if (!isAllCaps(line)) return line;
  const lower = modernTones(line).toLocaleLowerCase('vi');
  const out: string[] = [];
  let naming = false;
  let i = 0;
  while (i < lower.length) {
    const form = FORMS.find(
      (f) => lower.startsWith(f.toLocaleLowerCase('vi'), i) && !/\p{L}/u.test(lower[i + f.length] ?? ''),
    );
    if (form && (i === 0 || !/\p{L}/u.test(lower[i - 1]!))) {
      out.push(form);
      naming = NAMED_AFTER.test(form.toLocaleLowerCase('vi'));
      i += form.length;
      continue;
    }
    const word = lower.slice(i).match(/^\p{L}+/u)?.[0];
    if (!word) {
      out.push(lower[i]!);
      i++;
      continue;
    }
    if (NAMED_AFTER.test(word)) naming = true;
    else if (naming && !NOT_A_NAME.has(word)) {
      out.push(capitalise(word));
      i += word.length;
      continue;
    } else if (NOT_A_NAME.has(word)) naming = false;
    out.push(word);
    i += word.length;
  }
  return out.join('');
}
