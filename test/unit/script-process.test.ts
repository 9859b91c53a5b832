import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';

const script = path.resolve(import.meta.dirname, '../helpers/script-children.ts');

/** Alive: in /proc and not a zombie (a killed child whose parent has not reaped it yet is gone for us). */
function alive(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]![0] !== 'Z';
  } catch {
    return false;
  }
}

/** Runs the script; once it has printed its children's pids, sends `signal` (if any); returns pids and exit code. */
async function run(
  how: string,
  signal?: NodeJS.Signals,
): Promise<{ pids: number[]; code: number | null; cleanedUp: boolean }> {
  const marker = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vk-children-')), 'stopped');
  const proc = spawn(process.execPath, ['--import', 'tsx', script, how, marker], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', resolve));
  const line = await new Promise<string>((resolve) =>
    readline.createInterface({ input: proc.stdout }).once('line', resolve),
  );
  const { pids } = JSON.parse(line) as { pids: number[] };
  expect(pids.every(alive)).toBe(true);
  if (signal) proc.kill(signal);
  const code = await exited;
  // Orphaned grandchildren are reparented before they are reaped: give the kernel a moment.
  for (let i = 0; i < 50 && pids.some(alive); i++) await new Promise((r) => setTimeout(r, 100));
  return { pids, code, cleanedUp: fs.existsSync(marker) };
}

describe('scripts/shared/process: no child outlives its script', () => {
  it.each([
    ['return', undefined, 0],
    ['throw', undefined, 1],
    ['exit', undefined, 3],
    ['crash', undefined, 1],
    ['wait', 'SIGTERM', 143],
    ['wait', 'SIGINT', 130],
  ] as const)(
    '%s %s: children and grandchildren are gone, exit code %d',
    async (how, signal, expected) => {
      const { pids, code, cleanedUp } = await run(how, signal);
      expect(pids).toHaveLength(3);
      expect(pids.filter(alive)).toEqual([]);
      expect(code).toBe(expected);
      // process.exit() and a crash leave no time for async work: only the synchronous kill sweep runs.
      expect(cleanedUp).toBe(how !== 'exit' && how !== 'crash');
    },
    30_000,
  );
});
