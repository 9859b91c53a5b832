import { findDocNumbers } from '../../lib/vietnamese/index.js';
import type { ExtractedCitation, RawSection } from '../types.js';

const TYPE_WORDS: [RegExp, string][] = [
  [/nghị quyết/i, 'nghi_quyet'], [/chỉ thị/i, 'chi_thi'], [/kết luận/i, 'ket_luan'], [/kế hoạch/i, 'ke_hoach'],
  [/quy định/i, 'quy_dinh'], [/quyết định/i, 'quyet_dinh'], [/công văn/i, 'cong_van'], [/công điện/i, 'cong_dien'],
  [/nghị định/i, 'nghi_dinh'], [/thông tư/i, 'thong_tu'], [/đề án/i, 'de_an'], [/báo cáo/i, 'bao_cao'],
  [/hướng dẫn/i, 'huong_dan'], [/thông báo/i, 'thong_bao'], [/chương trình/i, 'chuong_trinh'], [/quy chế/i, 'quy_che'],
];

/** The sentence around a position: from the previous sentence end to the next. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; ')) + 1;
  const after = text.slice(end);
  const stop = after.search(/\.\s|\n|;\s|\.$/);
  const to = stop < 0 ? text.length : end + stop + 1;
  return text.slice(from, to).trim();
}

/** Every cited document number in the body sections, with the sentence that cites it. */
export function extractCitations(sections: RawSection[], ownKey: string | null): ExtractedCitation[] {
  const out: ExtractedCitation[] = [];
  sections.forEach((section, sectionIndex) => {
    if (section.kind !== 'body') return;
    for (const m of findDocNumbers(section.text)) {
      if (m.key === ownKey) continue;
      const lead = section.text.slice(Math.max(0, m.index - 40), m.index);
      const typeWord = lead.match(/(Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Quy định|Quyết định|Công văn|Công điện|Nghị định|Thông tư|Đề án|Báo cáo|Hướng dẫn|Thông báo|Chương trình|Quy chế)(?:\s+số)?\s*$/i);
      const type = typeWord ? (TYPE_WORDS.find(([re]) => re.test(typeWord[1]!))?.[1] ?? null) : null;
      const label = typeWord ? `${capitalise(typeWord[1]!)} số ${m.raw.replace(/\s+/g, '')}` : m.raw.replace(/\s+/g, '');
      const tail = section.text.slice(m.index + m.raw.length, m.index + m.raw.length + 200);
      const dateM = tail.match(/^,?\s*ngày\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})/);
      const date = dateM ? `${dateM[3]}-${dateM[2]!.padStart(2, '0')}-${dateM[1]!.padStart(2, '0')}` : null;
      out.push({
        key: m.key, label, number: m.raw.replace(/\s+/g, ''), type, issuer: null, date, title: null,
        context: sentenceAround(section.text, m.index, m.index + m.raw.length), sectionIndex,
      });
    }
  });
  return out;
}

function capitalise(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1).toLocaleLowerCase('vi');
}
