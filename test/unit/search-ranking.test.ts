import { describe, expect, it } from 'vitest';
import { keepInformative } from '../../api/search/retrieval/long-query.js';
import { parseQuery } from '../../api/search/query/parse.js';
import { interleave, rotationQueries, wordsBeforeNumbers } from '../../api/search/retrieval/ranked-terms.js';
import { rerank } from '../../api/search/retrieval/rerank.js';
import { abbreviationSynonyms, parseAbbreviations } from '../../lib/search/abbreviations.js';

describe('BM25 with bigrams (ranked retrieval)', () => {
  const stats = {
    sections: 100,
    count: new Map([
      ['ma', 10],
      ['tuys', 10],
      ['ma tuys', 5],
      ['cai', 20],
    ]),
  };
  it('prefers the syllables of a word together over the same syllables apart', () => {
    const together = { id: 'together', tokens: 'phong chong ma tuys tai xa'.split(' ') };
    const apart = { id: 'apart', tokens: 'ma xa tuys tai chong phong'.split(' ') };
    expect(rerank([apart, together], ['ma', 'tuys'], ['ma tuys'], stats)).toEqual(['together', 'apart']);
  });

  it('a punctuation break ends a bigram', () => {
    const broken = { id: 'broken', tokens: ['ma', '', 'tuys'] };
    const whole = { id: 'whole', tokens: ['ma', 'tuys', 'x'] };
    expect(rerank([broken, whole], ['ma', 'tuys'], ['ma tuys'], stats)[0]).toBe('whole');
  });
});

describe('long queries', () => {
  it('keep the ten rarest terms in the order typed, dropping terms no section holds', () => {
    const items = parseQuery('a b c d e f g h i j k l').items;
    const counts = [50, 40, 0, 30, 20, 10, 9, 8, 7, 6, 5, 4];
    const kept = keepInformative(items, counts).map((i) => (i.kind === 'word' ? i.text : ''));
    expect(kept).toEqual(['b', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l']);
  });
});

describe('the abbreviation list', () => {
  it('parses entries, marks ambiguous ones and reports a bad line with its number', () => {
    const list = parseAbbreviations('# comment\nSXH = sốt xuất huyết\n~TU = Tỉnh ủy\n');
    expect(list).toEqual([
      { abbr: 'SXH', expansions: ['sốt xuất huyết'], ambiguous: false },
      { abbr: 'TU', expansions: ['Tỉnh ủy'], ambiguous: true },
    ]);
    expect(() => parseAbbreviations('SXH sốt xuất huyết')).toThrow(/line 1/);
  });

  it('becomes synonyms in both directions and both forms, never for ambiguous ones', () => {
    const syn = abbreviationSynonyms(parseAbbreviations('HĐND = Hội đồng nhân dân\n~HU = Huyện ủy'));
    expect(syn['hđnd']).toEqual(['hội đồng nhân dân']);
    expect(syn['hội đồng nhân dân']).toEqual(['hđnd']);
    expect(syn['hddnd']).toEqual(['hooij ddoongf nhaan daan']);
    expect(syn.hu).toBeUndefined();
  });
});

describe('retrieval rotations', () => {
  const terms = { exact: false, sequence: [], on: ['text'], exclusions: '' };
  it('words lead before numbers, however rare the numbers are', () => {
    const rarest = ['2003', '03', 'nguyen', '2023', 'ket', 'hon', 'tuoi'];
    expect(wordsBeforeNumbers(rarest)).toEqual(['nguyen', 'ket', 'hon', 'tuoi', '2003', '03', '2023']);
    const leads = rotationQueries(terms, wordsBeforeNumbers(rarest), () => 1).map((r) => r.q.split(' ')[0]);
    expect(leads).toEqual(['nguyen', 'ket', 'hon', 'tuoi', '2003']);
  });

  it('numbers still lead when the query has no word', () => {
    expect(wordsBeforeNumbers(['2018', '24'])).toEqual(['2018', '24']);
  });
});

describe('candidates from the rotations', () => {
  it('takes each ranking in its order, in proportion to the weights, without repeats', () => {
    const a = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const b = ['b1', 'a1', 'b2', 'b3', 'b4'];
    expect(interleave([a, b], [1, 1], 6)).toEqual(['a1', 'b1', 'a2', 'b2', 'a3', 'b3']);
    // Twice the weight, twice the share: a rotation led by a rarer word is read deeper.
    expect(interleave([a, b], [1, 0.5], 6)).toEqual(['a1', 'a2', 'b1', 'a3', 'a4', 'b2']);
  });

  it('a ranking that runs out leaves its share to the others, and the cap holds', () => {
    expect(interleave([['x'], ['y1', 'y2', 'y3']], [1, 0.1], 10)).toEqual(['x', 'y1', 'y2', 'y3']);
    expect(
      interleave(
        [
          ['x1', 'x2'],
          ['y1', 'y2'],
        ],
        [1, 1],
        3,
      ),
    ).toHaveLength(3);
    expect(interleave([[], []], [1, 1], 3)).toEqual([]);
  });
});
