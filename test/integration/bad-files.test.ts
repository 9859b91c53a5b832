import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexingStatus } from '../../api/indexing-status.js';
import { buildApp } from '../../api/app.js';
import { indexWith, seedsDir, testConfig } from '../helpers/env.js';
import { indexRun, storeFor } from '../helpers/indexing.js';

/** A corpus of the seeds plus every kind of bad file issue 8 names. */
function badCorpus(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-bad-'));
  const sub = path.join(dir, 'Văn kiện huyện Trà Cú', 'năm 2023');
  fs.mkdirSync(sub, { recursive: true });
  for (const f of fs.readdirSync(seedsDir)) fs.copyFileSync(path.join(seedsDir, f), path.join(sub, `bản sao ${f}`));
  const w = (name: string, data: string | Buffer): void => fs.writeFileSync(path.join(dir, name), data);
  w('empty.txt', '');
  w('junk.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
  w('truncated.docx', Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000truncated'));
  w('truncated.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n');
  w(
    'invalid-utf8.txt',
    Buffer.concat([Buffer.from('Nghị quyết '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(' của Huyện ủy')]),
  );
  w(
    'only-header.txt',
    'ĐẢNG BỘ TỈNH TRÀ VINH\nHUYỆN ỦY TRÀ CÚ\n*\nSố 12-TB/HU\n\nĐẢNG CỘNG SẢN VIỆT NAM\nTrà Cú, ngày 12 tháng 9 năm 2023\n',
  );
  w(
    'one-long-line.txt',
    `Báo cáo tình hình phòng chống sốt rét. ${'Nội dung công tác phòng chống dịch bệnh ở cơ sở. '.repeat(20_000)}`,
  );
  const line = 'Kết luận của Ban Thường vụ Huyện ủy về công tác xây dựng Đảng và hệ thống chính trị ở cơ sở.\n';
  w('huge.txt', line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line))));
  fs.symlinkSync(dir, path.join(dir, 'loop'));
  fs.symlinkSync(path.join(dir, 'vanished.txt'), path.join(dir, 'vanished-link.txt')); // listed, gone when read
  return dir;
}

describe('bad files', () => {
  it('each bad file gets one clear line; every good file is indexed; health shows the failures', async () => {
    const config = testConfig();
    const dir = badCorpus();
    const indexing = new IndexingStatus();
    const summary = await indexing.track(() => indexWith(config, dir));

    const failed = Object.fromEntries(summary.failed.map((f) => [f.file, f.reason]));
    expect(failed['empty.txt']).toMatch(/empty/);
    expect(failed['junk.txt']).toMatch(/binary|encoding|not valid/);
    expect(failed['truncated.docx']).toMatch(/damaged|truncated|corrupt/i);
    expect(failed['truncated.pdf']).toMatch(/damaged|truncated|corrupt|PDF/i);
    expect(failed['invalid-utf8.txt']).toMatch(/UTF-8|encoding/);
    expect(failed['huge.txt']).toMatch(/million characters.*split it/);
    expect(failed['vanished-link.txt']).toMatch(/ENOENT|cannot/);
    expect(failed.loop).toMatch(/symlink loop.*skipped/);
    expect(Object.keys(failed)).not.toContain('one-long-line.txt');
    for (const reason of Object.values(failed)) expect(reason.split('\n')).toHaveLength(1);
    // The five copies of the seeds, the long line, and the file that is only a header are indexed.
    expect(summary.indexed).toBe(7);

    const app = await buildApp({
      config,
      meiliUrl: config.meiliUrl!,
      meiliMasterKey: config.meiliMasterKey,
      indexing,
      logger: false,
    });
    try {
      const health = (await app.inject('/api/health')).json();
      expect(health.documents).toBe(7);
      expect(health.lastIndexing.failed.map((f: { file: string }) => f.file)).toEqual(
        expect.arrayContaining(['empty.txt', 'huge.txt', 'junk.txt']),
      );
      const hit = (await app.inject(`/api/search?q=${encodeURIComponent('sốt rét')}`)).json();
      expect(hit.hits[0].file).toBe('one-long-line.txt');
      const seeds = (await app.inject(`/api/search?q=${encodeURIComponent('sốt xuất huyết')}`)).json();
      expect(seeds.hits[0].file).toMatch(/^Văn kiện huyện Trà Cú\/năm 2023\/bản sao 000_/);
    } finally {
      await app.close();
    }
  }, 300_000);

  it('a file deleted after the folder was listed gets one clear line; the files after it are indexed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-vanish-'));
    const seeds = fs.readdirSync(seedsDir).sort();
    for (const f of seeds) fs.copyFileSync(path.join(seedsDir, f), path.join(dir, f));
    const doomed = seeds[2]!;
    let removed = false;
    const summary = await indexRun(storeFor('vanish'), dir, {
      // After the first file is read, a later one (already listed) disappears, as when a user moves it.
      progress: {
        update: () => {
          if (!removed) {
            removed = true;
            fs.rmSync(path.join(dir, doomed));
          }
        },
        finish: () => undefined,
      },
    });
    expect(removed).toBe(true);
    expect(summary.failed).toEqual([
      { file: doomed, reason: expect.stringMatching(/moved or deleted after the folder was listed/) },
    ]);
    expect(summary.indexed).toBe(seeds.length - 1);
  }, 120_000);
});
