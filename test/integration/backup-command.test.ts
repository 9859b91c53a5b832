/**
 * The backup and restore commands as the README gives them: `npm run index`, `npm run backup`
 * (twice, keeping one), `npm run restore -- <dump>` into a fresh DATA_DIR, then the restored
 * database serves every document.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../api/app.js';
import { loadConfig } from '../../lib/config.js';
import { startEmbeddedMeili } from '../../lib/meili/embedded.js';
import { runCli } from '../helpers/cli.js';
import { seedsDir, silentLogger } from '../helpers/env.js';

/** Runs one of the project's commands to its end. */
async function command(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  const run = runCli(script, args, env);
  const code = await run.exited;
  return { code, out: run.output() };
}

const tmp = (name: string): string => fs.mkdtempSync(path.join(os.tmpdir(), `vk-${name}-`));

describe('npm run backup / npm run restore', () => {
  it('keeps BACKUP_KEEP dumps, and a restore into a fresh DATA_DIR serves every document', async () => {
    const dirA = tmp('cli-backup-a');
    const env = { DATA_DIR: dirA, INDEX_PREFIX: 'clibk' };
    const indexed = await command('index-command.ts', [seedsDir], env);
    expect(indexed.code, indexed.out).toBe(0);
    expect(indexed.out).toMatch(/Indexed 5 files/);

    const first = await command('backup.ts', ['backup'], { ...env, BACKUP_KEEP: '1' });
    expect(first.code, first.out).toBe(0);
    expect(first.out).toMatch(/^Backup written: .*\.dump\n$/);
    const second = await command('backup.ts', ['backup'], { ...env, BACKUP_KEEP: '1' });
    expect(second.code, second.out).toBe(0);
    expect(second.out).toMatch(/\(removed 1 older\)/);
    const dumps = fs.readdirSync(path.join(dirA, 'backups')).filter((f) => f.endsWith('.dump'));
    expect(dumps).toHaveLength(1);

    const dirB = tmp('cli-backup-b');
    const dump = path.join(dirA, 'backups', dumps[0]!);
    const restored = await command('backup.ts', ['restore', dump], { DATA_DIR: dirB, INDEX_PREFIX: 'clibk' });
    expect(restored.code, restored.out).toBe(0);
    expect(restored.out).toMatch(/^Restored .* into /);

    const meili = await startEmbeddedMeili({ dataDir: dirB, logger: silentLogger });
    const config = { ...loadConfig({ DATA_DIR: dirB, INDEX_PREFIX: 'clibk' }), logLevel: 'silent' };
    const app = await buildApp({ config, meiliUrl: meili.url, meiliMasterKey: meili.masterKey, logger: false });
    try {
      expect((await app.inject('/api/health')).json()).toMatchObject({ documents: 5, sections: expect.any(Number) });
      const dengue = (await app.inject(`/api/search?q=${encodeURIComponent('sốt xuất huyết')}`)).json();
      expect(dengue.total).toBeGreaterThanOrEqual(2);
    } finally {
      await app.close();
      await meili.stop();
    }
  }, 240_000);
});
