import { describe, expect, it } from 'vitest';
import { escapeHtml, leadSnippet, markedHtml } from '../../api/search/presentation/snippet.js';
import { MARK_CLOSE as C, MARK_OPEN as O } from '../../lib/vietnamese/index.js';
import { parseSnippet } from '../../web/src/lib/snippet.js';

describe('snippets', () => {
  it('escapes every <, >, & and wraps matches in <mark>', () => {
    const html = markedHtml(`a <script>alert(1)</script> & ${O}sốt${C} x`);
    expect(html).toBe('a &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>sốt</mark> x');
  });
  it('drops stray sentinels instead of producing broken markup', () => {
    expect(markedHtml(`${C}a${O}b`)).toBe('ab');
  });
  it('cuts a lead snippet at a word boundary', () => {
    const s = leadSnippet('một hai ba bốn năm sáu bảy tám chín mười', 20);
    expect(s.endsWith(' …')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(22);
  });
  it('round-trips through the UI parser without injecting HTML', () => {
    const parts = parseSnippet(markedHtml(`<b>x</b> ${O}y${C}`));
    expect(parts).toEqual([
      { text: '<b>x</b> ', mark: false },
      { text: 'y', mark: true },
    ]);
    expect(escapeHtml('"')).toBe('&quot;');
  });
});
