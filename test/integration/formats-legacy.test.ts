import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import type { IndexSummary } from '../../indexer/run/run-indexing.js';
import { indexWith, makeApp, seedsDir, testConfig } from '../helpers/env.js';
import { hasSoffice, makeOfficeFiles, type OfficeFormat } from '../helpers/office-files.js';

/** One seed per legacy format, each from a different district. */
const CASES: { seed: string; format: OfficeFormat; district: string }[] = [
  { seed: '000_dced245384db6003', format: 'doc', district: 'Trà Cú' },
  { seed: '002_76f042f7985f06f7', format: 'rtf', district: 'Phụng Hiệp' },
  { seed: '004_e86d279ccd275386', format: 'odt', district: 'Cái Nước' },
];

let app: FastifyInstance;
let summary: IndexSummary;

const sourceText = (seed: string): string => fs.readFileSync(path.join(seedsDir, `${seed}.txt`), 'utf8');

/** Eight words from a long paragraph in the middle of the document. */
function middlePhrase(text: string): string {
  const paragraphs = text.split('\n').filter((p) => p.split(/\s+/).length >= 20 && !/\d+-[A-ZĐ]+\//u.test(p));
  const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
  return middle
    .split(/\s+/)
    .slice(3, 11)
    .join(' ')
    .replace(/[,.;:()"“”]/g, '');
}

describe.skipIf(!hasSoffice)('indexing .doc, .rtf and .odt files', () => {
  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-formats-legacy-'));
    for (const format of ['doc', 'rtf', 'odt'] as const) {
      makeOfficeFiles(
        dir,
        CASES.filter((c) => c.format === format).map((c) => ({ name: c.seed, text: sourceText(c.seed) })),
        [format],
      );
    }
    const config = testConfig();
    summary = await indexWith(config, dir);
    app = await makeApp(config);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('indexes every file', () => {
    expect(summary.failed).toEqual([]);
    expect(summary.indexed).toBe(CASES.length);
  });

  for (const { seed, format, district } of CASES) {
    it(`finds the .${format} by a phrase from its middle, with its district and its citations`, async () => {
      const file = `${seed}.${format}`;
      const phrase = middlePhrase(sourceText(seed));
      const res = await app.inject({
        method: 'GET',
        url: `/api/search?group=document&q=${encodeURIComponent(phrase)}`,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json() as { total: number; hits: { docId: string; file: string; district: string | null }[] };
      expect(body.total, phrase).toBeGreaterThanOrEqual(1);
      expect(body.hits[0]!.file, phrase).toBe(file);
      expect(body.hits[0]!.district).toBe(district);

      const expected = parseDocument(`${seed}.txt`, 'h', sourceText(seed));
      const doc = await app.inject(`/api/documents/${encodeURIComponent(body.hits[0]!.docId)}`);
      expect(doc.statusCode).toBe(200);
      const keys = (doc.json() as { directives: { key: string }[] }).directives.map((d) => d.key).sort();
      expect(keys.length).toBeGreaterThan(0);
      expect(keys).toEqual([...new Set(expected.citations.map((c) => c.key))].sort());
      expect(doc.json()).toMatchObject({ district, docType: expected.metadata.docType, date: expected.metadata.date });
    });
  }
});
