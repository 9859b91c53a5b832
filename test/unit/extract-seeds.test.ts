import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import type { ExtractedCitation } from '../../indexer/steps/types.js';
import type { Label } from '../../scripts/eval/score.js';

/**
 * The five seeds, against the expectations written by hand from reading them
 * (test/fixtures/extract/labels.json, entries "seed-…"; the eval uses the same labels).
 */
type SeedLabel = Omit<Label, 'set'>;

const ROOT = path.resolve(import.meta.dirname, '../..');
const labels = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/extract/labels.json'), 'utf8')) as SeedLabel[]
).filter((l) => l.id.startsWith('seed-'));

function parse(file: string) {
  return parseDocument(file, 'test', fs.readFileSync(path.join(ROOT, file), 'utf8'));
}

/** Details merged per key as the index stores them (the first value found wins). */
function byKey(citations: ExtractedCitation[]): Map<string, ExtractedCitation> {
  const out = new Map<string, ExtractedCitation>();
  for (const c of citations) {
    const prev = out.get(c.key);
    out.set(
      c.key,
      prev
        ? {
            ...c,
            type: prev.type ?? c.type,
            date: prev.date ?? c.date,
            issuer: prev.issuer ?? c.issuer,
            title: prev.title ?? c.title,
          }
        : c,
    );
  }
  return out;
}

const unquote = (s: string | null): string | null => s?.replace(/[“”"]/g, '').replace(/\s+/g, ' ').trim() ?? null;

describe('metadata and citations of the five seeds', () => {
  it('has all five seeds labelled', () => {
    expect(labels.map((l) => l.id)).toEqual(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']);
  });

  for (const label of labels) {
    it(`${label.id}: metadata`, () => {
      const m = parse(label.file).metadata;
      expect({
        docType: m.docType,
        title: m.title,
        date: m.date,
        issuer: m.issuer,
        issuerLevel: m.issuerLevel,
        district: m.district,
        province: m.province,
        period: m.period,
        signer: m.signer,
        recipients: m.recipients,
      }).toEqual({
        docType: label.docType,
        title: label.title,
        date: label.date,
        issuer: label.issuer,
        issuerLevel: label.issuerLevel,
        district: label.district,
        province: label.province,
        period: label.period,
        signer: label.signer,
        recipients: label.recipients,
      });
    });

    it(`${label.id}: cited documents with their type, date, issuer and title`, () => {
      const found = byKey(parse(label.file).citations);
      expect([...found.keys()].sort()).toEqual(label.citations.map((c) => c.key).sort());
      for (const want of label.citations) {
        const got = found.get(want.key)!;
        expect({ key: got.key, type: got.type, date: got.date, issuer: got.issuer, title: unquote(got.title) }).toEqual(
          { ...want, title: unquote(want.title) },
        );
      }
    });
  }
});

describe('what the seeds prove about the rules', () => {
  it('000: the district comes from its communes, the issuer from "Thường trực Huyện ủy" and that district', () => {
    const text = fs.readFileSync(path.join(ROOT, 'corpus/000_dced245384db6003.txt'), 'utf8');
    expect(text).not.toMatch(/huyện Trà Cú|Huyện ủy Trà Cú/);
    const { metadata, citations } = parse('corpus/000_dced245384db6003.txt');
    expect(metadata.issuer).toBe('Thường trực Huyện ủy Trà Cú');
    expect(metadata.signer).toEqual({ name: 'Lâm Thái Hòa', position: 'Chánh Văn phòng' });
    expect(text).toContain('Ban Chỉ đạo 35 huyện');
    expect(citations.filter((c) => c.context.includes('Ban Chỉ đạo 35'))).toEqual([]);
  });

  it('002: Phụng Hiệp (Hậu Giang) is found through communes although the text never names the district', () => {
    const text = fs.readFileSync(path.join(ROOT, 'corpus/002_76f042f7985f06f7.txt'), 'utf8');
    expect(text).not.toContain('Phụng Hiệp');
    const { metadata, citations } = parse('corpus/002_76f042f7985f06f7.txt');
    expect([metadata.district, metadata.province]).toEqual(['Phụng Hiệp', 'Hậu Giang']);
    expect(text).toContain('hướng dẫn 35.142 người');
    expect(citations.some((c) => c.key.startsWith('35') || c.context.includes('35.142'))).toBe(false);
    expect(citations.find((c) => c.key === '1-KL/TW')?.number).toBe('01-KL/TW');
  });

  it('003: "11-QÐi/TW" written with U+00D0 is cited as 11-QĐI/TW', () => {
    const text = fs.readFileSync(path.join(ROOT, 'corpus/003_70a260696a3a0871.txt'), 'utf8');
    expect(text).toContain('11-Q\u00D0i/TW');
    expect(parse('corpus/003_70a260696a3a0871.txt').citations.map((c) => c.key)).toContain('11-QĐI/TW');
  });

  it('001: no district or province can be determined, so both stay null', () => {
    const { metadata } = parse('corpus/001_fda1dcde8ea67d8e.txt');
    expect(metadata.district).toBeNull();
    expect(metadata.province).toBeNull();
    expect(metadata.issuer).toBe('Thường trực Huyện ủy');
  });

  it('001: a date and issuer cut off by a page break are still read ("ngày\\n\\n31 tháng 3 năm 2020 của …")', () => {
    const c = parse('corpus/001_fda1dcde8ea67d8e.txt').citations.find((x) => x.key === '4386-CV/TU')!;
    expect([c.date, c.issuer]).toEqual(['2020-03-31', 'Ban Thường vụ Tỉnh ủy']);
  });
});
