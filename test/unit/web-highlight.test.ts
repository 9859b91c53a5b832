import { describe, expect, it } from 'vitest';
import { foldAligned } from '../../web/src/lib/highlight.js';
import { firstHitFrom, prepareReaderText, sectionOfHit } from '../../web/src/lib/reader.js';
import type { DocumentSection } from '../../web/src/lib/api.js';
import { docNumberRanges, segmentText, splitSegmentsAt } from '../../web/src/lib/segments.js';
import { mergeAdjacentMarks, parseSnippet, withoutLeadingHeading } from '../../web/src/lib/snippet.js';

describe('reader text helpers', () => {
  it('folds accents and case without moving offsets', () => {
    const s = 'Sốt Xuất Huyết, Đảng ủy';
    expect(foldAligned(s)).toBe('sot xuat huyet, dang uy');
    expect(foldAligned(s).length).toBe(s.length);
  });
});

describe('segments: marks and cited-number links', () => {
  const text = 'việc chấp hành Chỉ thị số 10-CT/TU, ngày 15/6/2016 về rượu, bia';

  it('links every cited document number with its canonical key', () => {
    expect(docNumberRanges(text).map((r) => [text.slice(r.start, r.end), r.key])).toEqual([['10-CT/TU', '10-CT/TU']]);
  });

  it('cuts the text at every mark and link edge and keeps all of it', () => {
    const marks = [
      { start: 15, end: 22 },
      { start: 26, end: 28 },
    ];
    const segs = segmentText(text, marks, docNumberRanges(text));
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.hit !== null).map((s) => [s.text, s.hit])).toEqual([
      ['Chỉ thị', 0],
      ['10', 1],
    ]);
    expect(segs.filter((s) => s.link).map((s) => s.text)).toEqual(['10', '-CT/TU']);
  });

  it('splits segments at an offset for the heading line', () => {
    const segs = segmentText('3.3. Tiêu đề\nNội dung', [{ start: 2, end: 8 }], []);
    const [head, body] = splitSegmentsAt(segs, 13);
    expect(head.map((s) => s.text).join('')).toBe('3.3. Tiêu đề\n');
    expect(body.map((s) => s.text).join('')).toBe('Nội dung');
  });
});

describe('reader text across a document', () => {
  // Marks as the API gives them for "sốt xuất huyết".
  const sections: DocumentSection[] = [
    { sectionId: 's0', heading: null, path: [], text: 'Mở đầu, không có gì.', directives: [], marks: [] },
    {
      sectionId: 's1',
      heading: '1. Y tế',
      path: ['1.'],
      text: '1. Y tế\nDịch sốt xuất huyết tăng; sốt xuất huyết ở trẻ em.',
      directives: [],
      marks: [
        [13, 27],
        [34, 48],
      ],
    },
    {
      sectionId: 's2',
      heading: '2. Khác',
      path: ['2.'],
      text: '2. Khác\nPhòng sốt xuất huyết.',
      directives: [],
      marks: [[14, 28]],
    },
  ];

  it("numbers the API's marks across sections and finds the first hit from a section", () => {
    const t = prepareReaderText(sections);
    expect(t.totalHits).toBe(3);
    expect(t.sections.map((s) => [s.firstHit, s.hitCount])).toEqual([
      [0, 0],
      [0, 2],
      [2, 1],
    ]);
    expect(t.sections[1]!.segments.filter((s) => s.hit !== null).map((s) => [s.text, s.hit])).toEqual([
      ['sốt xuất huyết', 0],
      ['sốt xuất huyết', 1],
    ]);
    expect(firstHitFrom(t, 's0')).toBe(0);
    expect(firstHitFrom(t, 's2')).toBe(2);
    expect(sectionOfHit(t, 1)?.section.sectionId).toBe('s1');
    expect(firstHitFrom(prepareReaderText(sections.map((s) => ({ ...s, marks: [] }))), 's1')).toBe(-1);
  });
});

describe('API snippets', () => {
  it('turns escaped text with marks into parts, never HTML', () => {
    const parts = parseSnippet('a &lt;script&gt;alert(1)&lt;/script&gt; <mark>sốt</mark> <mark>xuất</mark>, b &amp; c');
    expect(parts).toEqual([
      { text: 'a <script>alert(1)</script> ', mark: false },
      { text: 'sốt', mark: true },
      { text: ' ', mark: false },
      { text: 'xuất', mark: true },
      { text: ', b & c', mark: false },
    ]);
    expect(
      mergeAdjacentMarks(parts)
        .filter((p) => p.mark)
        .map((p) => p.text),
    ).toEqual(['sốt xuất']);
  });
});

describe('snippet under its heading', () => {
  it('drops a repeated heading at the start unless it holds a match', () => {
    const parts = parseSnippet('2.1. Ủy ban nhân dân huyện chỉ đạo. Chủ động phòng, chống <mark>sốt</mark>');
    expect(withoutLeadingHeading(parts, '2.1. Ủy ban nhân dân huyện chỉ đạo.')[0]).toEqual({
      text: 'Chủ động phòng, chống ',
      mark: false,
    });
    const marked = parseSnippet('<mark>Ủy ban</mark> nhân dân');
    expect(withoutLeadingHeading(marked, 'Ủy ban nhân dân')).toEqual(marked);
    expect(withoutLeadingHeading(parts, null)).toEqual(parts);
  });
});
