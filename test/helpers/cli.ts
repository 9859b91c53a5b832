import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from './env.js';

export interface CliRun {
  proc: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output: () => string;
  exited: Promise<number | null>;
}

/**
 * Starts one of the project's commands (`cli/<script>`) the way its npm script does, with the
 * test's environment on top of a quiet, embedded-Meilisearch default.
 */
export function runCli(script: string, args: readonly string[], env: Record<string, string>): CliRun {
  const proc = spawn(process.execPath, ['--import', 'tsx', `cli/${script}`, ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: 'warn', MEILI_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  proc.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  return { proc, output: () => out, exited };
}
