import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Meilisearch } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { docIdFor } from '../../indexer/steps/build.js';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import { parseSidecar } from '../../indexer/steps/corrections.js';
import type { AppConfig } from '../../lib/config.js';
import type { DocumentRecord } from '../../lib/schema/records.js';
import { indexNames } from '../../lib/schema/indexes.js';
import { copyToTemp, indexWith, seedsDir, testConfig } from '../helpers/env.js';

const FILE = '000_dced245384db6003.txt';
const CORRECTION = {
  title: 'Thông báo kết luận hội nghị tháng 8/2023 (đã hiệu đính)',
  docType: 'ket_luan',
  date: '2023-09-13',
  issuer: 'Ban Thường vụ Huyện ủy Trà Cú',
  district: 'Trà Cú',
  province: 'Trà Vinh',
  signer: { name: 'Lâm Thái Hòa', position: 'Chánh Văn phòng' },
  recipients: ['Các cơ quan tham mưu, giúp việc Huyện ủy'],
  directives: ['10-CT/TU', '35-CT/TW'],
  _note: 'sửa theo bản gốc lưu trữ',
};

async function documentRecord(config: AppConfig, file: string): Promise<DocumentRecord> {
  const client = new Meilisearch({ host: config.meiliUrl!, apiKey: config.meiliMasterKey });
  return client.index<DocumentRecord>(indexNames(config.indexPrefix).documents).getDocument(docIdFor(file));
}

describe('sidecar validation', () => {
  it('accepts every documented field and ignores comment keys', () => {
    const parsed = parseSidecar(JSON.stringify(CORRECTION));
    expect('overrides' in parsed && parsed.overrides).toMatchObject({
      docType: 'ket_luan',
      directives: ['10-CT/TU', '35-CT/TW'],
    });
    expect('overrides' in parsed && '_note' in parsed.overrides).toBe(false);
  });

  it('names every problem in one message', () => {
    expect(parseSidecar('{"title": "x",')).toEqual({ error: expect.stringMatching(/^not valid JSON/) });
    expect(parseSidecar('[1]')).toEqual({ error: expect.stringMatching(/JSON object/) });
    const bad = parseSidecar(
      JSON.stringify({ titel: 'x', docType: 'memo', date: '2023-02-30', directives: ['35 người'] }),
    );
    expect('error' in bad && bad.error).toMatch(
      /unknown field "titel".*"docType" must be one of.*"date" must be a date.*not document numbers: "35 người"/,
    );
  });

  it('overrides extracted fields and the cited numbers in the parsed document', () => {
    const text = fs.readFileSync(path.join(seedsDir, FILE), 'utf8');
    const parsed = parseCorrected(text);
    expect(parsed.metadata).toMatchObject({
      title: CORRECTION.title,
      docType: 'ket_luan',
      district: 'Trà Cú',
      signer: CORRECTION.signer,
    });
    expect(parsed.citations.map((c) => c.key).sort()).toEqual(['10-CT/TU', '35-CT/TW']);
    expect(parsed.citations.find((c) => c.key === '35-CT/TW')!.sectionIndex).toBeGreaterThanOrEqual(0);
  });
});

function parseCorrected(text: string) {
  const parsed = parseSidecar(JSON.stringify(CORRECTION));
  if (!('overrides' in parsed)) throw new Error(parsed.error);
  return parseDocument(FILE, 'h', text, parsed.overrides);
}

describe('sidecar corrections in an indexing run', () => {
  it('applies, re-indexes on change, survives re-indexing, reports a bad one and is not a document', async () => {
    const dir = copyToTemp(seedsDir);
    const sidecar = path.join(dir, `${FILE}.meta.json`);
    const config = testConfig();
    const first = await indexWith(config, dir);
    expect(first.indexed).toBe(5);
    const extracted = await documentRecord(config, FILE);
    expect(extracted.docType).toBe('thong_bao');

    fs.writeFileSync(sidecar, JSON.stringify(CORRECTION, null, 2));
    const second = await indexWith(config, dir);
    expect(second).toMatchObject({ total: 5, indexed: 1, unchanged: 4, failed: [] });
    const corrected = await documentRecord(config, FILE);
    expect(corrected).toMatchObject({
      title: CORRECTION.title,
      docType: 'ket_luan',
      date: '2023-09-13',
      issuer: CORRECTION.issuer,
      district: 'Trà Cú',
      province: 'Trà Vinh',
      signer: CORRECTION.signer,
      recipients: CORRECTION.recipients,
    });
    expect(corrected.directiveKeys.sort()).toEqual(['10-CT/TU', '35-CT/TW']);

    // A full re-index (pipeline rerun) keeps the correction.
    const reset = await indexWith(config, dir, true);
    expect(reset.indexed).toBe(5);
    expect((await documentRecord(config, FILE)).docType).toBe('ket_luan');

    // A broken sidecar: one clear line, the document is indexed without it.
    fs.writeFileSync(sidecar, JSON.stringify({ ...CORRECTION, docType: 'memo' }));
    const broken = await indexWith(config, dir);
    expect(broken.indexed).toBe(1);
    expect(broken.failed).toEqual([
      {
        file: `${FILE}.meta.json`,
        reason: expect.stringMatching(/^invalid corrections file: "docType" must be one of .*indexed without it$/),
      },
    ]);
    expect((await documentRecord(config, FILE)).docType).toBe('thong_bao');

    // Removing it re-indexes with the extracted values; an orphan sidecar is reported.
    fs.rmSync(sidecar);
    fs.writeFileSync(path.join(dir, 'missing.txt.meta.json'), '{}');
    const removed = await indexWith(config, dir);
    expect(removed).toMatchObject({ total: 5, indexed: 1 });
    expect(removed.failed.map((f) => f.file)).toEqual(['missing.txt.meta.json']);
    expect(removed.failed[0]!.reason).toMatch(/without its document/);
  });
});
