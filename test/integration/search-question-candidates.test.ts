import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CANDIDATES } from '../../api/search/retrieval/bm25-order.js';
import { makeApp, testConfig } from '../helpers/env.js';
import { indexSections, type TestSection } from '../helpers/search-records.js';

/*
 * Which sections a question's BM25 ranking gets to see. The answer holds the question's rarest
 * word and few of the others; more than CANDIDATES sections hold every other word of the question
 * and not the rarest. Meilisearch's federated merge of the retrieval rotations ranks all of those
 * above the answer (they match their rotation fully, the answer matches its own only partly), so
 * when the candidates were the merge's first CANDIDATES sections the answer was not among them.
 * The other sections hold the question's commonest words, so that they weigh little.
 */
const answer: TestSection = {
  id: 'answer',
  docId: 'luat',
  heading: 'Giải thích từ ngữ',
  text: 'Chuyến bay công vụ là chuyến bay chuyên chở đoàn khách của Nhà nước.',
};
const crowd: TestSection[] = Array.from({ length: CANDIDATES + 60 }, (_, i) => ({
  id: `crowd-${i}`,
  docId: `nd-${i % 40}`,
  text: `Nghĩa vụ của tổ bay số ${i} được định kỳ kiểm tra theo quy trình công tác an toàn.`,
}));
const others: TestSection[] = Array.from({ length: 1500 }, (_, i) => ({
  id: `other-${i}`,
  docId: `tb-${i % 60}`,
  text: `Đội bay số ${i} phục vụ công tác cứu hộ năm ${2000 + (i % 25)}.`,
}));

const Q = 'Chuyến bay công vụ được định nghĩa như thế nào?';
let app: FastifyInstance;

beforeAll(async () => {
  const config = testConfig();
  await indexSections(config, [answer, ...crowd, ...others]);
  app = await makeApp(config);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('ranked retrieval of a question', () => {
  it('the section holding the rarest word is a candidate even when a crowd matches the commoner words fully', async () => {
    const res = await app.inject({ url: '/api/search', query: { q: Q, perPage: '10' } });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { total: number; hits: { sectionId: string }[] };
    expect(body.total).toBeGreaterThan(CANDIDATES);
    expect(body.hits[0]?.sectionId).toBe('answer');
  });

  it('a page past the candidates continues without repeating them', async () => {
    const page = async (n: number) =>
      (
        (await app.inject({ url: '/api/search', query: { q: Q, perPage: '100', page: String(n) } })).json() as {
          hits: { sectionId: string }[];
        }
      ).hits.map((h) => h.sectionId);
    const all = [...(await page(1)), ...(await page(2)), ...(await page(3)), ...(await page(4))];
    expect(all.length).toBe(400);
    expect(new Set(all).size).toBe(400);
    expect(all).toContain('answer');
  });
});
