import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../api/search/query/parse.js';
import { buildPlan } from '../../api/search/query/plan.js';
import { fallbackParts, partOf } from '../../api/search/query/part.js';
import type { QueryItem } from '../../api/search/query/parsed-query.js';

const show = (items: QueryItem[]): string[] =>
  items.map((i) => (i.kind === 'word' ? i.text : i.kind === 'phrase' ? `"${i.words.join(' ')}"` : `<${i.abbr.abbr}>`));

describe('document numbers in the query', () => {
  it.each([
    ['10-CT/TU', '10-CT/TU'],
    ['chỉ thị 10-CT/TU', '10-CT/TU'],
    ['Chỉ thị số 10-CT/TU', '10-CT/TU'],
    ['10-ct/tu', '10-CT/TU'],
    ['16/CT-TTg', '16/CT-TTG'],
    ['Quy định 11-QĐi/TW', '11-QĐI/TW'],
    ['Kết luận 01-KL/TW', '1-KL/TW'],
    ['29/2023/NQ-HĐND', '29/2023/NQ-HĐND'],
  ])('"%s" → %s, with its type word taken out', (q, key) => {
    const p = parseQuery(q);
    expect(p.directives).toEqual([key]);
    expect(p.items).toEqual([]);
  });

  it('keeps the rest of the query as text and drops the date that follows the number', () => {
    const p = parseQuery('Chỉ thị 10-CT/TU ngày 15/6/2016 về rượu bia');
    expect(p.directives).toEqual(['10-CT/TU']);
    expect(show(p.items)).toEqual(['về', 'rượu', 'bia']);
  });

  it('a bare number or a date is not a document number', () => {
    expect(parseQuery('Ban Chỉ đạo 35 năm 2023').directives).toEqual([]);
    expect(parseQuery('ngày 19/10/2022').directives).toEqual([]);
  });
});

describe('phrases, exclusions and abbreviations', () => {
  it('reads quoted phrases (straight and curly quotes) and -exclusions', () => {
    const p = parseQuery('"sốt xuất huyết" “tay chân miệng” -covid -"Nghệ An" kinh tế - xã hội');
    expect(show(p.items).slice(0, 2)).toEqual(['"sốt xuất huyết"', '"tay chân miệng"']);
    expect(p.excluded).toEqual([['covid'], ['Nghệ', 'An']]);
  });

  it('recognises abbreviations in any case, ambiguous ones only in capitals', () => {
    expect(show(parseQuery('SXH huyện').items)).toEqual(['<SXH>', 'huyện']);
    expect(show(parseQuery('ubnd KT-XH').items)).toEqual(['<UBND>', '<KT-XH>']);
    expect(show(parseQuery('BTV TU').items)).toEqual(['<BTV>', 'Tỉnh', 'ủy']);
    expect(show(parseQuery('tu tưởng').items)).toEqual(['tu', 'tưởng']);
  });

  it('replaces a written-out form of more than three words by its abbreviation, matched accent-exactly', () => {
    const p = parseQuery('Ủy ban nhân dân huyện');
    expect(show(p.items)).toEqual(['<UBND>', 'huyện']);
    expect(show(parseQuery('Ủy ban nhân dân huyện').items)).toEqual(show(parseQuery('Uỷ ban nhân dân huyện').items));
    expect(show(parseQuery('Úy bán nhân dân').items)).toEqual(['Úy', 'bán', 'nhân', 'dân']);
    // Three words or fewer stay words: Meilisearch's synonyms offer the abbreviation as an alternative.
    expect(show(parseQuery('sốt xuất huyết').items)).toEqual(['sốt', 'xuất', 'huyết']);
  });
});

describe('query plan', () => {
  it('searches the telex field with the accent-exact query only when diacritics were typed', () => {
    const accented = buildPlan(parseQuery('sốt xuất huyết'));
    expect(accented.exact).toEqual({ q: 'soots xuaats huyeets ', attributesToSearchOn: ['textTelex'] });
    expect(accented.plain.q).toBe('sốt xuất huyết ');
    expect(buildPlan(parseQuery('sot xuat huyet')).exact).toBeNull();
  });

  it('ends every query with a space so that the last word is no prefix', () => {
    expect(buildPlan(parseQuery('Trà Cú')).plain.q.endsWith(' ')).toBe(true);
  });

  it('unaccented words of an accented query match any accent (the visible text is searched too)', () => {
    expect(buildPlan(parseQuery('xam nhap mặn')).exact).toEqual({
      q: 'xam nhap mawnj ',
      attributesToSearchOn: ['textTelex', 'heading', 'text'],
    });
  });

  it('turns typos off on long words in the strict queries, on in the fallback', () => {
    const plan = buildPlan(parseQuery('Facebook huyện'));
    expect(plan.plain.q).toBe('"Facebook" huyện ');
    expect(plan.typos?.q).toBe('Facebook huyện ');
  });

  it('an accented phrase and an accented exclusion are exact even in the folded query', () => {
    const plan = buildPlan(parseQuery('"sốt xuất huyết" -mưa'));
    expect(plan.plain.q).toBe('"soots xuaats huyeets" -muwa ');
    expect(plan.plain.attributesToSearchOn).toContain('textTelex');
  });

  it('filters document numbers with quoted values', () => {
    expect(buildPlan(parseQuery('10-CT/TU')).filter).toEqual([
      '(directives = "10-CT/TU" OR (ownKey = "10-CT/TU" AND order = 0))',
    ]);
    expect(buildPlan(parseQuery('10-CT/TU')).hasText).toBe(false);
  });
});

describe('questions typed in full', () => {
  it('are recognised by a question mark or a question word, keywords are not', async () => {
    const { isQuestion } = await import('../../api/search/query/question.js');
    expect(isQuestion('Dịch vụ karaoke là gì?')).toBe(true);
    expect(isQuestion('Người xem dưới 16 tuổi được xem phim T18, đúng hay sai')).toBe(true);
    expect(isQuestion('Huyện ủy đã kỷ luật những cán bộ nào vì sai phạm đất đai')).toBe(true);
    expect(isQuestion('sốt xuất huyết Trà Cú')).toBe(false);
    expect(isQuestion('bản sao giấy tờ')).toBe(false);
  });

  it('lose their interrogative words, which the answering text does not hold', async () => {
    const { withoutInterrogatives } = await import('../../api/search/query/question.js');
    expect(withoutInterrogatives('Dịch vụ karaoke là gì?')).toBe('Dịch vụ karaoke');
    expect(withoutInterrogatives('Chuyến bay công vụ được định nghĩa như thế nào?')).toBe(
      'Chuyến bay công vụ được định nghĩa',
    );
    expect(withoutInterrogatives('Được phép chuyển nhượng văn phòng thừa phát lại không?')).toBe(
      'Được phép chuyển nhượng văn phòng thừa phát lại',
    );
  });
});

describe('the parts of a query tried when it finds nothing', () => {
  const read = parseQuery('10-CT/TU quy định');
  it('a question tries its numbers alone before its words alone; a typed query only its words', () => {
    expect(fallbackParts(read, true, true)).toEqual(['numbers', 'words']);
    expect(fallbackParts(read, true, false)).toEqual(['words']);
    expect(fallbackParts(parseQuery('quy định'), true, true)).toEqual([]);
    expect(fallbackParts(parseQuery('10-CT/TU'), false, false)).toEqual([]);
  });
  it('each part keeps what it names', () => {
    expect(partOf(read, 'numbers')).toMatchObject({ items: [], directives: ['10-CT/TU'] });
    expect(partOf(read, 'words').directives).toEqual([]);
    expect(partOf(read, 'words').items).toEqual(read.items);
    expect(partOf(read, 'all')).toBe(read);
  });
});
