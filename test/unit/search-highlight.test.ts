import { describe, expect, it } from 'vitest';
import { highlightTerms, markSpans, tokenize } from '../../api/search/presentation/highlight.js';
import { parseQuery } from '../../api/search/query/parse.js';
import { toSearchHits } from '../../api/search/presentation/hits.js';
import type { SectionHit } from '../../api/search/retrieval/retrieve.js';
import { windowSnippet } from '../../api/search/presentation/snippet.js';

function snippet(q: string, text: string): string {
  const tokens = tokenize(text);
  return windowSnippet(text, tokens, markSpans(text, tokens, highlightTerms(parseQuery(q).items)));
}

describe('snippets and highlighting', () => {
  it('marks the accent-exact syllables only, merged into one mark when adjacent', () => {
    expect(snippet('sốt xuất huyết', 'Sai sót; dịch sốt xuất huyết tăng.')).toBe(
      'Sai sót; dịch <mark>sốt xuất huyết</mark> tăng.',
    );
  });

  it('marks folded matches when the text has no exact one, and every accent form for an unaccented query', () => {
    expect(snippet('sốt', 'bệnh sot cao')).toBe('bệnh <mark>sot</mark> cao');
    expect(snippet('sot', 'sốt và sót')).toBe('<mark>sốt</mark> và <mark>sót</mark>');
  });

  it('does not merge across punctuation, and treats old and new tone placement alike', () => {
    expect(snippet('xe công', 'dừng xe, công an đến')).toBe('dừng <mark>xe</mark>, <mark>công</mark> an đến');
    expect(snippet('Huyện ủy', 'Huyện uỷ Trà Cú')).toBe('<mark>Huyện uỷ</mark> Trà Cú');
  });

  it('marks both forms of an abbreviation', () => {
    expect(snippet('UBND', 'UBND huyện và Ủy ban nhân dân xã')).toBe(
      '<mark>UBND</mark> huyện và <mark>Ủy ban nhân dân</mark> xã',
    );
  });

  it('escapes everything else', () => {
    expect(snippet('huyện', '<b>huyện</b> & "xã"')).toBe('&lt;b&gt;<mark>huyện</mark>&lt;/b&gt; &amp; &quot;xã&quot;');
  });

  it('cuts a long text around the matches with ellipses', () => {
    const text = `${'mở đầu '.repeat(40)}dịch sốt xuất huyết ${'kết thúc '.repeat(40)}`.trim();
    const s = snippet('sốt xuất huyết', text);
    expect(s.startsWith('… ')).toBe(true);
    expect(s.endsWith(' …')).toBe(true);
    expect(s).toContain('<mark>sốt xuất huyết</mark>');
    expect(s.split(' ').length).toBeLessThan(45);
  });

  it('a document number searched for is marked where the section cites it, however it is spaced', () => {
    const text = `${'Nội dung công tác tuyên truyền ở cơ sở. '.repeat(12)}Thực hiện Chỉ thị số 10 - CT/TU, ngày 15/6/2016 của Ban Thường vụ Tỉnh ủy; cũng như Chỉ thị 27-CT/TU.`;
    const section = { id: 's', docId: 'd', file: 'f.txt', title: 't', docType: 'thong_bao', text } as SectionHit;
    const [cited] = toSearchHits([section], [], ['10-CT/TU']);
    expect(cited!.snippet).toContain('Chỉ thị số <mark>10 - CT/TU</mark>, ngày 15/6/2016');
    expect(cited!.snippet).not.toContain('<mark>27-CT/TU</mark>');
    expect(cited!.snippet.startsWith('… ')).toBe(true);
    const [words] = toSearchHits([section], parseQuery('tỉnh ủy').items, ['10-CT/TU']);
    expect(words!.snippet).toContain('<mark>10 - CT/TU</mark>, ngày 15/6/2016 của Ban Thường vụ <mark>Tỉnh ủy</mark>');
    // Without the number, the snippet is the section's opening, as before.
    expect(toSearchHits([section], [], [])[0]!.snippet.startsWith('Nội dung công tác')).toBe(true);
  });
});
