import { describe, expect, it } from 'vitest';
import { readMarkQuery } from '../../api/search/mark-query.js';
import { documentMarks, type MarkQuery } from '../../api/search/presentation/document-marks.js';
import { highlightTerms, markSpans, tokenize } from '../../api/search/presentation/highlight.js';
import { parseQuery } from '../../api/search/query/parse.js';

const queryOf = (q: string): MarkQuery => {
  const parsed = parseQuery(q);
  return { items: parsed.items, numbers: parsed.directives };
};

/** The marked strings of each text of a document, for query `q`. */
const marked = (q: string, texts: string[]): string[][] =>
  documentMarks(texts, queryOf(q)).map((spans, i) => spans.map(([s, e]) => texts[i]!.slice(s, e)));

/** What the search's highlighter marks in one text on its own (its per-section policy). */
const searchMarked = (q: string, text: string): string[] => {
  const tokens = tokenize(text);
  return markSpans(text, tokens, highlightTerms(parseQuery(q).items)).map(([s, e]) => text.slice(s, e));
};

describe('document marks', () => {
  it('marks every written form of an abbreviation: "SXH" finds "sốt xuất huyết"', () => {
    expect(
      marked('SXH', ['Phòng, chống dịch sốt xuất huyết.', 'Ca mắc SXH tăng; Sốt Xuất Huyết ở trẻ em.', 'Không có gì.']),
    ).toEqual([['sốt xuất huyết'], ['SXH', 'Sốt Xuất Huyết'], []]);
  });

  it('matches a term accent-exactly in every section when any section has an exact match', () => {
    const texts = ['bệnh sot cao', 'dịch sốt xuất huyết', 'sai sót'];
    expect(marked('sốt', texts)).toEqual([[], ['sốt'], []]);
    // The search decides per section: it would mark the folded "sot" of a section without "sốt".
    expect(searchMarked('sốt', texts[0]!)).toEqual(['sot']);
  });

  it('matches folded in every section when no section has an exact match', () => {
    expect(marked('sốt', ['bệnh sot cao', 'sai sót', 'không có'])).toEqual([['sot'], ['sót'], []]);
  });

  it('decides per term: one term exact, another folded, in the same document', () => {
    expect(marked('sốt huyện', ['sốt và huyen', 'sot ở huyen'])).toEqual([['sốt', 'huyen'], ['huyen']]);
  });

  it("gives a section the search's own marks when the document-wide policy is the section's", () => {
    const text = 'Ủy ban nhân dân huyện (UBND) chỉ đạo phòng, chống sốt xuất huyết; Huyện uỷ kiểm tra.';
    for (const q of ['UBND', 'sốt xuất huyết', 'huyện ủy', 'sot', '"chỉ đạo phòng"']) {
      expect(marked(q, [text])[0], q).toEqual(searchMarked(q, text));
    }
  });

  it('marks the document numbers asked for, merged with adjacent words', () => {
    const texts = ['thực hiện Chỉ thị số 10-CT/TU, ngày 15/6/2016 và Kế hoạch 137-KH/HU', 'không trích dẫn'];
    expect(marked('Chỉ thị 10-CT/TU', texts)).toEqual([['10-CT/TU'], []]);
    expect(marked('10-CT/TU rượu', texts)).toEqual([['10-CT/TU'], []]);
  });

  it('marks nothing without a query', () => {
    expect(documentMarks(['sốt xuất huyết'], { items: [], numbers: [] })).toEqual([[]]);
  });
});

describe('the query a document view marks', () => {
  const noCounts = async (): Promise<number[]> => {
    throw new Error('a short query needs no term counts');
  };

  it('reads a short query as the search does, without counting terms', async () => {
    const q = await readMarkQuery('SXH 10-CT/TU', noCounts);
    expect(q.numbers).toEqual(['10-CT/TU']);
    expect(q.items.map((i) => i.kind)).toEqual(['abbr']);
  });

  it('drops the interrogative words of a question and keeps the informative terms of a long one', async () => {
    const words = 'một hai ba bốn năm sáu bảy tám chín mười mười một'.split(' ');
    const long = await readMarkQuery(words.join(' '), async (parsed) => parsed.items.map((_, i) => (i === 0 ? 0 : i)));
    expect(long.items).toHaveLength(10);
    expect(long.items[0]).toEqual({ kind: 'word', text: 'hai' });
    const question = await readMarkQuery('phòng chống sốt xuất huyết như thế nào?', async (parsed) =>
      parsed.items.map(() => 1),
    );
    expect(question.items.map((i) => (i.kind === 'word' ? i.text : i.kind))).not.toContain('thế');
    expect(question.items.length).toBeGreaterThan(0);
  });
});
