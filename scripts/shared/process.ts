/**
 * Child processes of the scripts (the app, the indexer, the bench API, ripgrep …) and the promise
 * that none outlives the script that started it. Every child is started in a process group of its
 * own and kept in a registry; `runScript` stops them all on every way out: the main function's end,
 * a thrown error, SIGINT, SIGTERM or SIGHUP. A last synchronous sweep on `exit` covers
 * `process.exit()` and crashes elsewhere. (Nothing can run on SIGKILL; the embedded Meilisearch's
 * own guard still stops it when its parent is gone.)
 */
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

export interface Child {
  readonly process: ChildProcess;
  readonly pid: number;
  /** What the child wrote to stdout and stderr so far (when started with `collect`). */
  output(): string;
  /** Resolves with the exit code (null when a signal ended it). */
  readonly exited: Promise<number | null>;
  /** True once the child has exited. */
  hasExited(): boolean;
  /** SIGTERM to the child's group, SIGKILL after `graceMs`; resolves once it has exited. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<Child>();
const cleanups: (() => void | Promise<void>)[] = [];

/** Work to do once the children are stopped, on every way out of `runScript` (e.g. removing a work folder). */
export function onStop(cleanup: () => void | Promise<void>): void {
  cleanups.push(cleanup);
}

/** Stops the children, then runs the cleanups (last registered first); a failing cleanup is reported, not thrown. */
async function stopEverything(): Promise<void> {
  await stopAll();
  for (const cleanup of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((err: unknown) => {
        process.stderr.write(`cleanup failed: ${String(err)}\n`);
      });
  }
}

/** Sends a signal to the child's whole process group (the child and what it started). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group is gone already.
  }
}

/** Starts a tracked child. With `collect`, its stdout and stderr are kept for `output()`. */
export function startChild(
  command: string,
  args: readonly string[],
  options: SpawnOptions & { collect?: boolean } = {},
): Child {
  const { collect = false, ...spawnOptions } = options;
  const proc = spawn(command, args, { ...spawnOptions, detached: true });
  if (proc.pid === undefined) throw new Error(`could not start ${command}`);
  const pid = proc.pid;
  let text = '';
  if (collect) {
    proc.stdout?.on('data', (d: Buffer) => {
      text += d.toString();
    });
    proc.stderr?.on('data', (d: Buffer) => {
      text += d.toString();
    });
  }
  let done = false;
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => {
      done = true;
      running.delete(child);
      resolve(code);
    }),
  );
  const child: Child = {
    process: proc,
    pid,
    exited,
    output: () => text,
    hasExited: () => done,
    async stop(graceMs = 15_000) {
      if (done) return;
      signalGroup(pid, 'SIGTERM');
      const timer = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      // What the child started and left in its group (e.g. when it was killed) goes too.
      signalGroup(pid, 'SIGTERM');
    },
  };
  running.add(child);
  installExitSweep();
  return child;
}

/** Stops every tracked child that is still running, in parallel. */
export async function stopAll(graceMs?: number): Promise<void> {
  await Promise.all([...running].map((c) => c.stop(graceMs)));
}

let swept = false;
function installExitSweep(): void {
  if (swept) return;
  swept = true;
  process.once('exit', () => {
    for (const c of running) signalGroup(c.pid, 'SIGTERM');
  });
}

const SIGNAL_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Runs a script's main function and, on every way out, stops its children and then runs the
 * `onStop` cleanups before exiting. The exit code is the one main returns (0 by default), 1 after
 * an error (printed), 128 + n after signal n; a second signal while stopping kills at once.
 */
export function runScript(name: string, main: () => Promise<number | void>): void {
  let signalled: number | null = null;
  let stopping: Promise<void> | null = null;
  const stopOnce = (): Promise<void> => (stopping ??= stopEverything());
  for (const [signal, code] of Object.entries(SIGNAL_CODES) as [NodeJS.Signals, number][]) {
    process.on(signal, () => {
      if (signalled !== null) {
        for (const c of running) signalGroup(c.pid, 'SIGKILL');
        process.exit(signalled);
      }
      signalled = code;
      process.stderr.write(`${name}: ${signal}, stopping ${running.size} child process(es)\n`);
      void stopOnce().finally(() => process.exit(code));
    });
  }
  let code = 1;
  main()
    .then((c) => {
      code = c ?? 0;
    })
    .catch((err: unknown) => {
      // After a signal, main failing because its children went away is expected, not news.
      if (signalled === null) process.stderr.write(`${name} failed: ${(err as Error).stack ?? String(err)}\n`);
    })
    .finally(async () => {
      await stopOnce();
      process.exit(signalled ?? code);
    });
}

/**
 * Polls `probe` until it returns a value (not null or undefined) and returns it; throws after
 * `timeoutMs`, or as soon as `abort` returns a reason (e.g. the child being waited for exited).
 */
export async function waitFor<T>(
  what: string,
  probe: () => T | null | undefined | Promise<T | null | undefined>,
  opts: { timeoutMs: number; intervalMs?: number; abort?: () => string | null },
): Promise<T> {
  const deadline = Date.now() + opts.timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null && value !== undefined) return value;
    const reason = opts.abort?.();
    if (reason) throw new Error(`${what}: ${reason}`);
    if (Date.now() > deadline) throw new Error(`${what}: not after ${Math.round(opts.timeoutMs / 1000)} s`);
    await new Promise((r) => setTimeout(r, opts.intervalMs ?? 500));
  }
}
