import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeDocument } from '../../indexer/steps/normalize.js';
import { splitSections } from '../../indexer/steps/split/sections.js';
import { seedsDir } from '../helpers/env.js';

/** The words of a text, sorted: sections may move footnotes and regroup the closing block. */
const words = (s: string): string => s.split(/\s+/).filter(Boolean).sort().join(' ');

describe('splitSections', () => {
  it('splits on numbered headings and keeps their path', () => {
    const text =
      'Mở đầu văn bản.\n\n1. Phần một\nNội dung một.\n\n3.7. Ủy ban nhân dân huyện:\n- việc a\n\n3.8. Việc khác\nNội dung.';
    const sections = splitSections(text);
    expect(sections.map((s) => s.path)).toEqual([[], ['1.'], ['1.', '3.7.'], ['1.', '3.8.']]);
    expect(sections[2]!.heading).toBe('3.7. Ủy ban nhân dân huyện:');
  });
  it('nests roman numerals above arabic ones', () => {
    const sections = splitSections('I. KẾT QUẢ\n1. Việc một\n2. Việc hai\nII. NHIỆM VỤ\n1. Việc ba');
    expect(sections.map((s) => s.path)).toEqual([['I.'], ['I.', '1.'], ['I.', '2.'], ['II.'], ['II.', '1.']]);
  });
  it('splits a text without headings into paragraphs', () => {
    const para =
      'Đoạn văn bản dài đủ để đứng riêng thành một mục, nói về công tác xây dựng Đảng và hệ thống chính trị ở cơ sở trong năm qua và năm tới.';
    const sections = splitSections(`${para}\n\n${para}\n\n${para}`);
    expect(sections).toHaveLength(3);
    expect(sections.every((s) => s.heading === null)).toBe(true);
  });
  it('keeps the whole text of every seed', () => {
    for (const file of fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const text = normalizeDocument(fs.readFileSync(path.join(seedsDir, file), 'utf8'));
      const sections = splitSections(text);
      expect(sections.length).toBeGreaterThan(1);
      expect(words(sections.map((s) => s.text).join('\n'))).toBe(words(text));
    }
  });
});
