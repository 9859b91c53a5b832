import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { indexFolder } from '../../indexer/run/index-folder.js';
import { loadConfig } from '../../lib/config.js';
import { claimInstance, InstanceLockedError, releaseInstance } from '../../lib/instance.js';
import { createBackup, restoreBackup } from '../../lib/meili/backup.js';
import { startEmbeddedMeili } from '../../lib/meili/embedded.js';
import { isHealthy } from '../../lib/meili/health.js';
import { seedsDir, silentLogger } from '../helpers/env.js';

const tmp = (name: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `vk-${name}-`));

async function until(check: () => Promise<boolean> | boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('embedded Meilisearch supervision', () => {
  it('answers 503 while Meilisearch is dead and recovers when the product restarts it', async () => {
    const dataDir = tmp('supervise');
    const meili = await startEmbeddedMeili({ dataDir, logger: silentLogger });
    // The answer cache would serve these two repeated queries without asking Meilisearch (for up to
    // the index version's 1 s read interval), so the kill would go unseen: this test is about the
    // engine-down path, which every uncached search takes.
    const config = { ...loadConfig({}), dataDir, indexPrefix: 'sup', logLevel: 'silent', searchCache: false };
    await indexFolder({
      config,
      meiliUrl: meili.url,
      masterKey: meili.masterKey,
      folder: seedsDir,
      logger: silentLogger,
    });
    const app = await buildApp({ config, meiliUrl: meili.url, meiliMasterKey: meili.masterKey, logger: false });
    try {
      expect((await app.inject('/api/search?q=covid')).statusCode).toBe(200);
      const firstPid = meili.pid;
      // Killed while searches are in flight: 8 clients search without pause around the kill; each
      // answer is a 200 (finished before it) or a clean 503, never a 500 or a hang.
      const question = encodeURIComponent(
        'Huyện ủy chỉ đạo công tác phòng chống dịch sốt xuất huyết ở cơ sở như thế nào?',
      );
      const answers: { statusCode: number; body: string }[] = [];
      let stop = false;
      const client = async (n: number): Promise<void> => {
        for (let i = n; !stop; i++) answers.push(await app.inject(`/api/search?q=${i % 2 ? question : 'covid'}`));
      };
      const clients = Array.from({ length: 8 }, (_, n) => client(n));
      await until(() => answers.length >= 16);
      process.kill(firstPid, 'SIGKILL');
      await until(() => answers.filter((a) => a.statusCode === 503).length >= 16);
      stop = true;
      await Promise.all(clients);
      expect(answers.map((a) => a.statusCode).filter((c) => c !== 200 && c !== 503)).toEqual([]);
      expect(answers.filter((a) => a.statusCode === 200).length).toBeGreaterThanOrEqual(16);
      for (const a of answers.filter((x) => x.statusCode === 503)) {
        expect(JSON.parse(a.body)).toMatchObject({ error: 'search_unavailable' });
        expect(a.body).not.toMatch(/ECONNREFUSED|at .*\.ts/);
      }
      await until(() => isHealthy(meili.url), 60_000);
      expect(meili.restarts).toBe(1);
      expect(meili.pid).not.toBe(firstPid);
      const back = await app.inject('/api/search?q=covid');
      expect(back.statusCode).toBe(200);
      expect(back.json().total).toBeGreaterThan(0);
    } finally {
      await app.close();
      await meili.stop();
    }
  });
});

describe('backups', () => {
  it('restores a dump into a fresh DATA_DIR with every document', async () => {
    const dirA = tmp('backup-a');
    const meiliA = await startEmbeddedMeili({ dataDir: dirA, logger: silentLogger });
    const config = { ...loadConfig({}), dataDir: dirA, indexPrefix: 'bk', logLevel: 'silent' };
    let dumpFile: string | null;
    try {
      await indexFolder({
        config,
        meiliUrl: meiliA.url,
        masterKey: meiliA.masterKey,
        folder: seedsDir,
        logger: silentLogger,
      });
      await createBackup(meiliA.url, meiliA.masterKey, path.join(dirA, 'backups'), 2);
      await createBackup(meiliA.url, meiliA.masterKey, path.join(dirA, 'backups'), 2);
      const third = await createBackup(meiliA.url, meiliA.masterKey, path.join(dirA, 'backups'), 2);
      dumpFile = third.file;
      expect(dumpFile).not.toBeNull();
      expect(fs.readdirSync(path.join(dirA, 'backups')).filter((f) => f.endsWith('.dump'))).toHaveLength(2);
    } finally {
      await meiliA.stop();
    }

    const dirB = tmp('backup-b');
    await restoreBackup(dumpFile!, dirB, silentLogger);
    const meiliB = await startEmbeddedMeili({ dataDir: dirB, logger: silentLogger });
    const app = await buildApp({
      config: { ...config, dataDir: dirB },
      meiliUrl: meiliB.url,
      meiliMasterKey: meiliB.masterKey,
      logger: false,
    });
    try {
      const health = (await app.inject('/api/health')).json();
      expect(health.documents).toBe(5);
      const hits = (await app.inject(`/api/search?q=${encodeURIComponent('sốt xuất huyết')}`)).json();
      expect(hits.total).toBeGreaterThanOrEqual(2);
    } finally {
      await app.close();
      await meiliB.stop();
    }
  });
});

describe('instance lock on DATA_DIR', () => {
  it('refuses a second claim while the owner lives, and recovers a stale one', () => {
    const dataDir = tmp('lock');
    fs.writeFileSync(
      path.join(dataDir, 'instance.json'),
      JSON.stringify({ pid: 999_999_99, meiliUrl: 'x', startedAt: '' }),
    );
    const release = claimInstance(dataDir, { pid: process.pid, meiliUrl: '', startedAt: '' });
    // A live owner other than us: the parent process of this test.
    fs.writeFileSync(
      path.join(dataDir, 'instance.json'),
      JSON.stringify({ pid: process.ppid, meiliUrl: 'x', startedAt: '' }),
    );
    expect(() => claimInstance(dataDir, { pid: process.pid, meiliUrl: '', startedAt: '' })).toThrow(
      InstanceLockedError,
    );
    release();
    releaseInstance(dataDir);
    expect(fs.existsSync(path.join(dataDir, 'instance.json'))).toBe(true); // not ours: left alone
  });
});
