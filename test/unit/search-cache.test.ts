import { describe, expect, it } from 'vitest';
import { AnswerCache } from '../../api/search/answer-cache.js';
import { requestKey, searchKey } from '../../api/search/cache-key.js';
import { IndexVersion } from '../../api/search/index-version.js';
import { searchParams } from '../../api/search/default-params.js';
import type { SearchParams } from '../../api/search/types.js';

const base: SearchParams = searchParams({ q: 'cán bộ' });

describe('the cache key of a search', () => {
  it("is the same whatever the order or repetition of a filter's values", () => {
    const a = searchKey('hits', { ...base, province: ['Hà Nội', 'Huế'], docType: ['nghi_quyet', 'bao_cao'] });
    const b = searchKey('hits', {
      ...base,
      docType: ['bao_cao', 'nghi_quyet', 'bao_cao'],
      province: ['Huế', 'Hà Nội'],
    });
    expect(a).toBe(b);
  });

  it('treats an absent ocr filter as null', () => {
    expect(searchKey('hits', { ...base, ocr: null })).toBe(searchKey('hits', base));
    expect(searchKey('hits', { ...base, ocr: false })).not.toBe(searchKey('hits', base));
  });

  it('differs with every parameter that changes the answer', () => {
    const variants: SearchParams[] = [
      { ...base, q: 'can bo' },
      { ...base, q: 'cán bộ ' },
      { ...base, page: 2 },
      { ...base, perPage: 10 },
      { ...base, group: 'document' },
      { ...base, sort: 'date_desc' },
      { ...base, district: ['A'] },
      { ...base, province: ['A'] },
      { ...base, docType: ['A'] },
      { ...base, issuer: ['A'] },
      { ...base, directive: ['A'] },
      { ...base, from: '2020-01-01' },
      { ...base, to: '2020-01-01' },
      { ...base, ocr: true },
    ];
    const keys = new Set([searchKey('hits', base), ...variants.map((v) => searchKey('hits', v))]);
    expect(keys.size).toBe(variants.length + 1);
    expect(searchKey('text', base)).not.toBe(searchKey('hits', base));
  });

  it('keeps a value moved between filters apart', () => {
    expect(searchKey('hits', { ...base, province: ['X'] })).not.toBe(searchKey('hits', { ...base, district: ['X'] }));
    expect(requestKey('a', { x: [1] })).not.toBe(requestKey('a', { x: [2] }));
  });
});

describe('the answer cache', () => {
  it('counts a miss, then hits, and computes once', async () => {
    const cache = new AnswerCache({ enabled: true, maxBytes: 1 << 20 });
    let computed = 0;
    const compute = async () => ({ n: ++computed });
    expect(await cache.memo('k', compute)).toEqual({ n: 1 });
    expect(await cache.memo('k', compute)).toEqual({ n: 1 });
    expect(await cache.memo('k', compute)).toEqual({ n: 1 });
    expect(computed).toBe(1);
    expect(cache.stats()).toMatchObject({ enabled: true, hits: 2, misses: 1, entries: 1 });
    expect(cache.stats().bytes).toBeGreaterThan(0);
  });

  it('shares one computation between concurrent requests for a key', async () => {
    const cache = new AnswerCache({ enabled: true, maxBytes: 1 << 20 });
    let computed = 0;
    const compute = async () => {
      computed++;
      await new Promise((r) => setTimeout(r, 5));
      return { v: 'x' };
    };
    await Promise.all([cache.memo('k', compute), cache.memo('k', compute), cache.memo('k', compute)]);
    expect(computed).toBe(1);
    expect(cache.stats()).toMatchObject({ hits: 2, misses: 1 });
  });

  it('stays within its memory bound, dropping the least recently used', async () => {
    const cache = new AnswerCache({ enabled: true, maxBytes: 8_000 });
    const value = (i: number) => ({ i, pad: 'x'.repeat(400) }); // ≈ 820 bytes each
    for (let i = 0; i < 30; i++) await cache.memo(`k${i}`, async () => value(i));
    const s = cache.stats();
    expect(s.bytes).toBeLessThanOrEqual(8_000);
    expect(s.entries).toBeGreaterThan(3);
    expect(s.entries).toBeLessThan(30);
    expect(cache.peek('k29')).toEqual(value(29));
    expect(cache.peek('k0')).toBeUndefined();
  });

  it('does not keep an entry larger than an eighth of the bound', async () => {
    const cache = new AnswerCache({ enabled: true, maxBytes: 8_000 });
    await cache.memo('big', async () => ({ pad: 'x'.repeat(2_000) }));
    expect(cache.stats().entries).toBe(0);
  });

  it('computes every time and counts nothing when off', async () => {
    const cache = new AnswerCache({ enabled: false, maxBytes: 1 << 20 });
    let computed = 0;
    await cache.memo('k', async () => ({ n: ++computed }));
    await cache.memo('k', async () => ({ n: ++computed }));
    expect(computed).toBe(2);
    expect(cache.stats()).toMatchObject({ enabled: false, hits: 0, misses: 0, entries: 0 });
  });

  it('scopes retrieval entries to an index version, and keeps nothing for an unknown one', async () => {
    const cache = new AnswerCache({ enabled: true, maxBytes: 1 << 20 });
    cache.scoped('7').keep({ q: 'a' }, { total: 1 });
    expect(cache.scoped('7').peek({ q: 'a' })).toEqual({ total: 1 });
    expect(cache.scoped('8').peek({ q: 'a' })).toBeUndefined();
    cache.scoped(null).keep({ q: 'b' }, { total: 2 });
    expect(cache.scoped(null).peek({ q: 'b' })).toBeUndefined();
  });
});

describe('the index version', () => {
  it('is read once within its time to live, and again after a bump', async () => {
    let reads = 0;
    const version = new IndexVersion(async () => String(++reads), 60_000);
    expect(await version.current()).toBe('1');
    expect(await version.current()).toBe('1');
    version.bump();
    expect(await version.current()).toBe('2');
    expect(reads).toBe(2);
  });

  it('is read on every search with no time to live, and unknown when the read fails', async () => {
    let reads = 0;
    const version = new IndexVersion(async () => String(++reads), 0);
    await version.current();
    await version.current();
    expect(reads).toBe(2);
    const failing = new IndexVersion(async () => {
      throw new Error('down');
    });
    expect(await failing.current()).toBeNull();
  });
});
