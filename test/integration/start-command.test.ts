import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isProcessAlive } from '../../lib/instance.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { copyToTemp, seedsDir } from '../helpers/env.js';

const startCommand = (env: Record<string, string>): CliRun => runCli('start.ts', [], env);

async function waitFor(check: () => boolean, what: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const running: CliRun[] = [];
afterAll(() => running.forEach((s) => s.proc.kill('SIGKILL')));

describe('npm start', () => {
  it('serves the corpus, runs beside another instance, refuses a second start on the same DATA_DIR, stops cleanly and restarts without re-indexing', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-start-'));
    const env = { PORT: '0', DATA_DIR: dataDir, CORPUS_DIR: copyToTemp(seedsDir) };
    const first = startCommand(env);
    running.push(first);
    await waitFor(() => /Indexed \d+ files/.test(first.output()), 'the first indexing summary');
    const url = first.output().match(/running at (http:\/\/\S+)/)?.[1];
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(first.output()).toMatch(/Indexed 5 files/);
    const health = (await (await fetch(`${url}/api/health`)).json()) as { status: string; documents: number };
    expect(health).toMatchObject({ status: 'ok', documents: 5 });
    const page = await (await fetch(`${url}/`)).text();
    expect(page).toContain('<vk-app>');

    const second = startCommand(env);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/already running/);

    // A second instance with its own PORT, DATA_DIR and CORPUS_DIR runs side by side.
    const otherCorpus = copyToTemp(seedsDir);
    for (const f of fs.readdirSync(otherCorpus).slice(2)) fs.rmSync(path.join(otherCorpus, f));
    // Bad files do not stop it from starting: each gets its line, the good ones are served.
    fs.writeFileSync(path.join(otherCorpus, 'empty.txt'), '');
    fs.writeFileSync(path.join(otherCorpus, 'broken.docx'), 'PK\u0003\u0004 truncated');
    fs.symlinkSync(otherCorpus, path.join(otherCorpus, 'loop'));
    const other = startCommand({
      PORT: '0',
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'vk-start-b-')),
      CORPUS_DIR: otherCorpus,
    });
    running.push(other);
    await waitFor(() => /Indexed \d+ files/.test(other.output()), 'the other instance');
    const otherUrl = other.output().match(/running at (http:\/\/\S+)/)?.[1];
    expect(otherUrl).not.toBe(url);
    expect(other.output()).toMatch(/failed 3\./);
    for (const bad of ['empty.txt', 'broken.docx', 'loop']) expect(other.output()).toContain(`✗ ${bad}: `);
    const otherHealth = (await (await fetch(`${otherUrl}/api/health`)).json()) as {
      documents: number;
      lastIndexing: { failed: { file: string }[] };
    };
    expect(otherHealth.documents).toBe(2);
    expect(otherHealth.lastIndexing.failed.map((f) => f.file).sort()).toEqual(['broken.docx', 'empty.txt', 'loop']);
    expect(((await (await fetch(`${url}/api/health`)).json()) as { documents: number }).documents).toBe(5);
    other.proc.kill('SIGTERM');
    expect(await other.exited).toBe(0);

    const meiliPid = Number(fs.readFileSync(path.join(dataDir, 'meili.pid'), 'utf8'));
    expect(isProcessAlive(meiliPid)).toBe(true);
    first.proc.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    await waitFor(() => !isProcessAlive(meiliPid), 'Meilisearch to stop', 20_000);
    expect(fs.existsSync(path.join(dataDir, 'instance.json'))).toBe(false);

    const third = startCommand(env);
    running.push(third);
    await waitFor(() => /Indexed \d+ files/.test(third.output()), 'the second indexing summary');
    expect(third.output()).toMatch(/Indexed 0 files \(0 sections\), skipped 5 unchanged/);
    third.proc.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 240_000);

  it('a port already in use: says so, stops its Meilisearch, frees DATA_DIR and exits 1 instead of hanging', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-start-port-'));
      const start = startCommand({ PORT: String(port), DATA_DIR: dataDir, CORPUS_DIR: copyToTemp(seedsDir) });
      running.push(start);
      const code = await Promise.race([
        start.exited,
        new Promise<string>((r) => setTimeout(() => r('still running after 60 s'), 60_000)),
      ]);
      expect(code, start.output()).toBe(1);
      expect(start.output()).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
      expect(fs.existsSync(path.join(dataDir, 'instance.json'))).toBe(false);
      const meiliPid = Number(fs.readFileSync(path.join(dataDir, 'meili.pid'), 'utf8'));
      await waitFor(() => !isProcessAlive(meiliPid), 'Meilisearch to stop', 20_000);
    } finally {
      taken.close();
    }
  }, 120_000);
});
