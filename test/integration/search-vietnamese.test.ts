import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, testConfig } from '../helpers/env.js';
import { indexSections, type TestSection } from '../helpers/search-records.js';

/*
 * How the search treats Vietnamese, against a real Meilisearch with the product's settings.
 * Each section is built so that Meilisearch with default settings and the plain query would
 * return a false hit (folded accent, typo on a syllable, prefix, loose number tokens, the tenth
 * query term), so each test fails without the feature it pins.
 */
const sections: TestSection[] = [
  { id: 'exact', docId: 'd1', text: 'Huyện tập trung phòng, chống dịch sốt xuất huyết tại các xã trong mùa mưa.' },
  {
    id: 'scattered',
    docId: 'd2',
    text: 'Người bệnh sốt cao phải đi khám ngay. Sản xuất lúa vụ mùa đạt kế hoạch. Huyết thanh kháng nọc rắn được cấp đủ.',
  },
  {
    id: 'folded',
    docId: 'd3',
    text: 'Còn nhiều sai sót trong sản xuất; người cao tuổi bị huyết áp cao cần được chăm sóc.',
  },
  { id: 'ocr', docId: 'd4', text: 'Ban chi dao phong chong sot xuat huyet cua xa hop dinh ky.' },
  { id: 'abbr', docId: 'd5', text: 'Số ca mắc SXH tăng mạnh trong tháng 9, tập trung ở thị trấn.' },
  { id: 'typo', docId: 'd6', text: 'Hội Chữ thập đỏ huyện tổ chức hiến máu; nhiều người sốt ruột chờ xuất phát.' },
  {
    id: 'ct10',
    docId: 'd7',
    text: 'Thực hiện Chỉ thị số 10-CT/TU ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy về việc không uống rượu bia trong giờ làm việc.',
    directives: ['10-CT/TU'],
  },
  {
    id: 'ct10-own',
    docId: 'd17',
    text: 'CHỈ THỊ về việc không uống rượu, bia trong giờ làm việc.',
    ownKey: '10-CT/TU',
    order: 0,
  },
  { id: 'ct10-own-2', docId: 'd17', text: 'Cán bộ, đảng viên gương mẫu thực hiện.', ownKey: '10-CT/TU', order: 1 },
  {
    id: 'ct27',
    docId: 'd8',
    text: 'Triển khai Chỉ thị 27-CT/TU, ngày 19/10/2022; giáo dục tư tưởng chính trị cho cán bộ.',
    directives: ['27-CT/TU'],
  },
  {
    id: 'ct16',
    docId: 'd9',
    text: 'Thực hiện Chỉ thị 16/CT-TTg của Thủ tướng Chính phủ về giãn cách xã hội.',
    directives: ['16/CT-TTG'],
  },
  {
    id: 'qdi11',
    docId: 'd10',
    text: 'Quán triệt Quy định 11-QĐi/TW về trách nhiệm của người đứng đầu.',
    directives: ['11-QĐI/TW'],
  },
  { id: 'tracu', docId: 'd11', text: 'Thị trấn Trà Cú hoàn thành tiêu chí đô thị loại V.' },
  { id: 'tracuu', docId: 'd12', text: 'Người dân tra cứu thủ tục hành chính trên cổng dịch vụ công.' },
  { id: 'cua', docId: 'd13', text: 'Kết quả kiểm tra của đoàn công tác được công bố.' },
  { id: 'facebook', docId: 'd14', text: 'Trang Facebook của huyện đăng tin tuyên truyền.' },
  { id: 'ubnd', docId: 'd15', text: 'Ủy ban nhân dân huyện chỉ đạo các xã.' },
  { id: 'ubnd-abbr', docId: 'd16', text: 'UBND huyện ban hành kế hoạch.' },
];

let app: FastifyInstance;

beforeAll(async () => {
  const config = testConfig();
  await indexSections(config, sections);
  app = await makeApp(config);
});

afterAll(async () => {
  await app?.close();
});

async function search(q: string, extra: Record<string, string> = {}) {
  const res = await app.inject({ url: '/api/search', query: { q, perPage: '50', ...extra } });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    total: number;
    hits: { sectionId: string; snippet: string }[];
    fallback: string | null;
    notice: string | null;
    interpretation: {
      directives: string[];
      unmatchedDirectives: string[];
      wordsSetAside: boolean;
      abbreviations: string[];
      ignoredTerms: string[];
    };
  };
}
const ids = (r: { hits: { sectionId: string }[] }): string[] => r.hits.map((h) => h.sectionId);

describe('accent-exact first', () => {
  it('a query with diacritics finds the sections with exactly those syllables, not folded look-alikes', async () => {
    const r = await search('sốt xuất huyết');
    expect(ids(r)).toEqual(expect.arrayContaining(['exact', 'scattered', 'abbr']));
    expect(ids(r)).not.toContain('folded');
    expect(ids(r)).not.toContain('ocr');
    expect(r.fallback).toBeNull();
    expect(r.notice).toMatch(/bỏ dấu/);
  });

  it('a query without diacritics matches every accent form, but no syllable by a typo', async () => {
    const r = await search('sot xuat huyet');
    expect(ids(r)).toEqual(expect.arrayContaining(['exact', 'scattered', 'folded', 'ocr']));
    expect(ids(r)).not.toContain('typo'); // "huyet" must not find "huyện" by one typo
  });

  it('the last word is not a prefix: "Trà Cú" finds neither "tra cứu" nor "tra của"', async () => {
    expect(ids(await search('Trà Cú'))).toEqual(['tracu']);
    expect(ids(await search('tra cu'))).toEqual(['tracu']);
  });

  it('falls back visibly to folded matches when nothing matches the accents typed', async () => {
    const r = await search('sột xuất huyết');
    expect(r.fallback).toBe('accents');
    expect(r.notice).toMatch(/đúng dấu/);
    expect(ids(r)).toContain('exact');
  });

  it('highlights the accent-exact match as one mark', async () => {
    const r = await search('sốt xuất huyết');
    const hit = r.hits.find((h) => h.sectionId === 'exact')!;
    expect(hit.snippet).toContain('<mark>sốt xuất huyết</mark>');
    const ocr = (await search('sot xuat huyet')).hits.find((h) => h.sectionId === 'ocr')!;
    expect(ocr.snippet).toContain('<mark>sot xuat huyet</mark>');
  });
});

describe('syllables that belong together', () => {
  it('ranks the syllables together and in order above the scattered ones', async () => {
    const order = ids(await search('sốt xuất huyết'));
    expect(order.indexOf('exact')).toBeLessThan(order.indexOf('scattered'));
  });

  it('a quoted phrase is exact', async () => {
    expect(ids(await search('"sốt xuất huyết"'))).toEqual(['exact']);
  });

  it('-word excludes', async () => {
    const r = await search('sốt xuất huyết -mưa');
    expect(ids(r)).not.toContain('exact');
    expect(ids(r)).toContain('scattered');
  });
});

describe('document numbers', () => {
  it.each([
    ['10-CT/TU', ['ct10', 'ct10-own']],
    ['chỉ thị 10-CT/TU', ['ct10', 'ct10-own']],
    ['10-ct/tu', ['ct10', 'ct10-own']],
    ['Chỉ thị số 10-CT/TU ngày 15/6/2016', ['ct10', 'ct10-own']],
    ['16/CT-TTg', ['ct16']],
    ['Quy định 11-QĐi/TW', ['qdi11']],
  ])('"%s" is matched through the citation field (and the document that carries it)', async (q, expected) => {
    const r = await search(q);
    expect(ids(r).sort()).toEqual(expected);
    expect(r.interpretation.directives).toHaveLength(1);
  });

  it('the rest of the query still searches text', async () => {
    const r = await search('10-CT/TU rượu bia');
    expect(ids(r).sort()).toEqual(['ct10', 'ct10-own']);
    expect(r.interpretation.unmatchedDirectives).toEqual([]);
  });

  it('a number no section matches with the words: the words are searched alone, and the notice says so', async () => {
    const dengue = await search('sốt xuất huyết');
    expect(dengue.total).toBeGreaterThan(0);
    for (const q of ['10-CT/TU sốt xuất huyết', 'sốt xuất huyết 24/2018/QH14']) {
      const r = await search(q);
      expect(ids(r).sort()).toEqual(ids(dengue).sort());
      expect(r.interpretation.unmatchedDirectives).toHaveLength(1);
      expect(r.notice).toMatch(
        /^Không có mục nào trích dẫn hoặc mang số (10-CT\/TU|24\/2018\/QH14) cùng với các từ đã gõ/,
      );
    }
    // A number alone is not dropped: nothing cites it, so nothing is found.
    const alone = await search('24/2018/QH14');
    expect(alone.total).toBe(0);
    expect(alone.interpretation.unmatchedDirectives).toEqual([]);
  });

  it('a question about a document whose words match none of the sections citing it: those sections, and the notice says so', async () => {
    const cited = ids(await search('10-CT/TU')).sort();
    // "quy định" is in other sections (qdi11), not in those citing 10-CT/TU.
    expect(ids(await search('quy định'))).toContain('qdi11');
    const r = await search('Chỉ thị 10-CT/TU quy định những gì?');
    expect(ids(r).sort()).toEqual(cited);
    expect(r.interpretation.wordsSetAside).toBe(true);
    expect(r.hits.find((h) => h.sectionId === 'ct10')!.snippet).toContain('Chỉ thị số <mark>10-CT/TU</mark> ngày');
    expect(r.interpretation.unmatchedDirectives).toEqual([]);
    expect(r.notice).toMatch(/^Không có mục nào trích dẫn hoặc mang số 10-CT\/TU chứa các từ của câu hỏi/);
    // Its words still rank when they match; a typed (not asked) query keeps the words-alone rule.
    const asked = await search('Chỉ thị 10-CT/TU về rượu bia trong giờ làm việc như thế nào?');
    expect(ids(asked).sort()).toEqual(cited);
    expect(asked.interpretation.wordsSetAside).toBe(false);
    expect(ids(await search('10-CT/TU quy định'))).toContain('qdi11');
    // A question naming a number nothing cites: its words alone, as before.
    const unknown = await search('Luật 24/2018/QH14 quy định những gì?');
    expect(ids(unknown)).toContain('qdi11');
    expect(unknown.interpretation.unmatchedDirectives).toHaveLength(1);
  });
});

describe('abbreviations', () => {
  it('SXH finds the written-out form and the abbreviation', async () => {
    const r = await search('SXH');
    expect(ids(r)).toEqual(expect.arrayContaining(['abbr', 'exact']));
    expect(r.interpretation.abbreviations).toEqual(['SXH']);
  });

  it('the written-out form finds the abbreviation, even beyond three syllables', async () => {
    expect(ids(await search('Ủy ban nhân dân huyện'))).toEqual(expect.arrayContaining(['ubnd', 'ubnd-abbr']));
    expect(ids(await search('UBND huyện'))).toEqual(expect.arrayContaining(['ubnd', 'ubnd-abbr']));
  });
});

describe('fallbacks and long queries', () => {
  it('shows sections with most of the words when none has all, and says so', async () => {
    const r = await search('sốt xuất huyết Cà Mau');
    expect(r.fallback).toBe('partial');
    expect(r.notice).toMatch(/nhiều từ nhất/);
    expect(ids(r)[0]).toBe('exact');
  });

  it('a typo on a long foreign word is a visible fallback, never mixed into exact matches', async () => {
    const r = await search('Faceboook');
    expect(r.fallback).toBe('typos');
    expect(ids(r)).toEqual(['facebook']);
    expect((await search('Facebook')).fallback).toBeNull();
  });

  it('pages through ranked results without repeating a hit, one per document when grouped', async () => {
    const q = 'Huyện cần làm gì để phòng chống dịch sốt xuất huyết?';
    const pages = await Promise.all([1, 2, 3, 4].map((page) => search(q, { perPage: '1', page: String(page) })));
    const seen = pages.flatMap((r) => ids(r));
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBe('exact');
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages[0]!.fallback).toBe('partial');
    const grouped = await search(q, { group: 'document' });
    const docs = grouped.hits.map((h) => (h as unknown as { docId: string }).docId);
    expect(new Set(docs).size).toBe(docs.length);
  });

  it('a question typed in full keeps its informative terms instead of its first ten', async () => {
    const r = await search(
      'Xin cho biết huyện đã làm những gì và làm như thế nào để phòng chống dịch sốt xuất huyết ở các xã trong mùa mưa',
    );
    expect(ids(r)[0]).toBe('exact');
    expect(r.fallback).toBe('partial');
    expect(r.interpretation.ignoredTerms.length).toBeGreaterThan(0);
  });
});
