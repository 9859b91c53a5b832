import { describe, expect, it } from 'vitest';
import { formatCitation, titleSubject } from '../../web/src/lib/citation.js';
import type { DocumentDetail } from '../../web/src/lib/api.js';
import { filterSuggestions, queryCompletions } from '../../web/src/lib/suggest.js';
import { periodRange, readTrend, UNKNOWN_PLACE } from '../../web/src/lib/trend.js';

describe('suggestions derived from search hits', () => {
  const texts = [
    'số ca mắc bệnh sốt xuất huyết còn cao; khai thác',
    'Sốt xuất huyết tăng; phòng, chống dịch sốt xuất huyết, tay chân miệng',
    'phòng chống sốt rét',
  ];

  it('completes the word being typed and adds following words, most frequent first', () => {
    const s = queryCompletions('sot xu', texts);
    expect(s[0]).toEqual({ kind: 'query', text: 'sốt xuất huyết', count: 3 });
  });

  it('stops at punctuation and ignores an exact echo of the input', () => {
    const s = queryCompletions('sốt', texts).map((x) => x.kind === 'query' && x.text);
    expect(s).toContain('sốt rét');
    expect(s).not.toContain('sốt');
    expect(s.every((t) => typeof t === 'string' && !t.includes(';'))).toBe(true);
  });

  it('suggests facet values whose words start with the input', () => {
    const facets = { district: { 'Trà Cú': 3, 'Cái Nước': 1 }, directive: { '10-CT/TU': 2 } };
    expect(filterSuggestions('tra', facets)).toEqual([{ kind: 'filter', key: 'district', value: 'Trà Cú', count: 3 }]);
    expect(filterSuggestions('10-ct', facets)).toEqual([
      { kind: 'filter', key: 'directive', value: '10-CT/TU', count: 2 },
    ]);
    expect(filterSuggestions('x', facets)).toEqual([]);
  });
});

describe('citation', () => {
  const doc: DocumentDetail = {
    docId: 'd',
    file: 'a.txt',
    title: 'Thông báo ý kiến kết luận của Thường trực Huyện ủy tại Hội nghị',
    docType: 'thong_bao',
    date: '2023-09-12',
    issuer: 'Thường trực Huyện ủy Trà Cú',
    district: 'Trà Cú',
    province: 'Trà Vinh',
    ownNumber: '123-TB/HU',
    ownKey: '123-TB/HU',
    issuerLevel: null,
    period: null,
    sectionCount: 0,
    signer: null,
    recipients: [],
    directives: [],
    sections: [],
    ocr: false,
    ocrConfidence: null,
    ocrPages: null,
    fileUrl: '/api/documents/d/file',
    metadataSource: {},
  };
  const section = {
    sectionId: 's',
    heading: '3.7. Ủy ban nhân dân huyện',
    path: ['3.', '3.7.'],
    text: '',
    directives: [],
    marks: [],
  };

  it('writes type, number, date, issuer, subject and section the Vietnamese way', () => {
    expect(formatCitation(doc, section)).toBe(
      'Thông báo số 123-TB/HU ngày 12/9/2023 của Thường trực Huyện ủy Trà Cú “ý kiến kết luận của Thường trực Huyện ủy tại Hội nghị”, mục 3.7.',
    );
    const named = { ...doc, title: 'Thông báo kết luận của Thường trực Huyện ủy Trà Cú về y tế' };
    expect(formatCitation(named, null)).toBe(
      'Thông báo số 123-TB/HU ngày 12/9/2023 “kết luận của Thường trực Huyện ủy Trà Cú về y tế”.',
    );
  });

  it('leaves out what is unknown and names the place when the issuer does not', () => {
    const bare = { ...doc, ownNumber: null, date: null, issuer: null };
    expect(formatCitation(bare, null)).toBe(
      'Thông báo “ý kiến kết luận của Thường trực Huyện ủy tại Hội nghị” (Trà Cú, Trà Vinh).',
    );
    expect(titleSubject('Về công tác phòng chống dịch', 'bao_cao')).toBe('về công tác phòng chống dịch');
  });
});

describe('trend response', () => {
  it('reads periods and places into cells, busiest place first, unknown place last', () => {
    const t = readTrend({
      total: 7,
      undated: 1,
      by: 'district',
      interval: 'quarter',
      periods: [
        { period: '2023-Q3', total: 4, places: { 'Trà Cú': 3, 'Cái Nước': 0 }, unknown: 1 },
        { period: '2023-Q4', total: 2, places: { 'Cái Nước': 2 }, unknown: 0 },
      ],
    });
    expect(t.periods).toEqual(['2023-Q3', '2023-Q4']);
    expect(t.places).toEqual(['Trà Cú', 'Cái Nước', UNKNOWN_PLACE]);
    expect(t.cells).toContainEqual({ place: 'Trà Cú', period: '2023-Q3', count: 3 });
    expect(t.cells.find((c) => c.count === 0)).toBeUndefined();
    expect([t.total, t.undated]).toEqual([7, 1]);
  });

  it('survives an unexpected body', () => {
    expect(readTrend(null)).toEqual({ total: 0, undated: 0, places: [], periods: [], cells: [] });
  });
});

describe('trend periods as date ranges', () => {
  it('covers years, quarters and months, leap years included', () => {
    expect(periodRange('2023')).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(periodRange('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(periodRange('2023-Q3')).toEqual({ from: '2023-07-01', to: '2023-09-30' });
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('2023-13')).toBeNull();
    expect(periodRange('later')).toBeNull();
  });
});
