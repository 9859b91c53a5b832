import { describe, expect, it } from 'vitest';
import { splitSections } from '../../indexer/steps/split/sections.js';
import type { RawSection } from '../../indexer/steps/types.js';

const PARA = 'Nội dung đủ dài của mục này nói về công tác xây dựng Đảng và hệ thống chính trị ở cơ sở trong năm qua.';
const body = (text: string): RawSection[] => splitSections(text).filter((s) => s.kind === 'body');
const paths = (text: string): string[][] => body(text).map((s) => s.path);

describe('splitter: heading styles', () => {
  it('roman numerals, also the older "I-" form, over arabic ones', () => {
    expect(paths(`I. KẾT QUẢ\n${PARA}\n1. Việc một\n${PARA}\nII- NHIỆM VỤ\n${PARA}\n1. Việc hai\n${PARA}`)).toEqual([
      ['I.'],
      ['I.', '1.'],
      ['II.'],
      ['II.', '1.'],
    ]);
  });

  it('decimal numbering nests: 3. > 3.7. > a)', () => {
    const sections = body(
      `3. Nhiệm vụ\n${PARA}\n3.7. Ủy ban nhân dân huyện:\n${PARA}\na) Nông nghiệp\n${PARA}\nb) Y tế\n${PARA}\n3.8. Việc khác\n${PARA}`,
    );
    expect(sections.map((s) => s.path)).toEqual([
      ['3.'],
      ['3.', '3.7.'],
      ['3.', '3.7.', 'a)'],
      ['3.', '3.7.', 'b)'],
      ['3.', '3.8.'],
    ]);
    expect(sections[1]!.heading).toBe('3.7. Ủy ban nhân dân huyện:');
    expect(sections[1]!.text).toBe(`3.7. Ủy ban nhân dân huyện:\n${PARA}`);
  });

  it('Phần, Chương (with its title on the next line), Mục and Điều', () => {
    const sections = body(
      `Phần I\nQUY ĐỊNH CHUNG\nChương I\nNHỮNG QUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n${PARA}\nĐiều 2. Đối tượng áp dụng\n${PARA}\nChương II\nTỔ CHỨC THỰC HIỆN\nMục 1\nTHÀNH VIÊN\nĐiều 3. Nhiệm vụ\n${PARA}`,
    );
    expect(sections.map((s) => s.path)).toEqual([
      ['Phần I'],
      ['Phần I', 'Chương I'],
      ['Phần I', 'Chương I', 'Điều 1.'],
      ['Phần I', 'Chương I', 'Điều 2.'],
      ['Phần I', 'Chương II'],
      ['Phần I', 'Chương II', 'Mục 1'],
      ['Phần I', 'Chương II', 'Mục 1', 'Điều 3.'],
    ]);
    expect(sections[1]!.heading).toBe('Chương I. NHỮNG QUY ĐỊNH CHUNG');
    expect(sections[0]!.heading).toBe('Phần I. QUY ĐỊNH CHUNG');
  });

  it('capitalised headings after the opening text, but not the title block', () => {
    const sections = body(
      `BÁO CÁO\nTình hình thực hiện nhiệm vụ quý III\n${PARA}\nNHỮNG KẾT QUẢ ĐẠT ĐƯỢC\n${PARA}\nHẠN CHẾ, KHUYẾT ĐIỂM\n${PARA}`,
    );
    expect(sections.map((s) => s.heading)).toEqual([null, 'NHỮNG KẾT QUẢ ĐẠT ĐƯỢC', 'HẠN CHẾ, KHUYẾT ĐIỂM']);
    expect(sections[0]!.text).toMatch(/^BÁO CÁO\nTình hình/);
  });

  it('never splits on -, + or * bullets', () => {
    const sections = body(
      `1. Công tác Tuyên giáo\n- việc một ${PARA}\n+ việc hai ${PARA}\n* Công tác Dân vận:\n${PARA}\n• việc ba`,
    );
    expect(sections).toHaveLength(1);
    expect(sections[0]!.path).toEqual(['1.']);
  });

  it('does not take "V.I. Lênin", dates or counts for headings', () => {
    expect(
      paths(`${PARA}\nV.I. Lênin đã chỉ rõ vai trò của Đảng.\n2023. Năm bản lề\n15 xã đạt chuẩn nông thôn mới.`),
    ).toEqual([[]]);
  });

  it('cuts an oversized section into pieces that keep heading and path, and keeps a label with its text', () => {
    const item = (n: number): string => `* Công tác số ${n}:\n${PARA} ${PARA} ${PARA}`;
    const text = `1. Kết quả trên từng lĩnh vực\n${Array.from({ length: 30 }, (_, n) => item(n)).join('\n')}`;
    const sections = body(text);
    expect(sections.length).toBeGreaterThan(2);
    for (const s of sections) {
      expect(s.path).toEqual(['1.']);
      expect(s.heading).toBe('1. Kết quả trên từng lĩnh vực');
      expect(s.text.length).toBeLessThanOrEqual(3000);
      expect(s.text.trimEnd()).not.toMatch(/:$/);
    }
  });
});
