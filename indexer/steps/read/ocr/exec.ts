import { execFile } from 'node:child_process';

export interface ExecOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
}

export class ExecError extends Error {
  override name = 'ExecError';
  constructor(
    message: string,
    readonly stderr: string,
    readonly timedOut: boolean,
  ) {
    super(message);
  }
}

/** Runs a program without a shell and resolves with its standard output; rejects with its first error line. */
export function run(cmd: string, args: readonly string[], opts: ExecOptions = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      cmd,
      args,
      {
        timeout: opts.timeoutMs ?? 120_000,
        maxBuffer: 64 * 1024 * 1024,
        env: opts.env ?? process.env,
        encoding: 'utf8',
      },
      (err, stdout, stderr) => {
        if (!err) return resolve(stdout);
        const timedOut = (err as NodeJS.ErrnoException & { killed?: boolean }).killed === true;
        const line = firstLine(stderr) || err.message.split('\n')[0] || String(err);
        reject(
          new ExecError(
            timedOut ? `${cmd} took longer than ${(opts.timeoutMs ?? 120_000) / 1000} s` : line,
            stderr,
            timedOut,
          ),
        );
      },
    );
  });
}

/** The first meaningful line of a program's error output, without the program's own name prefix. */
function firstLine(stderr: string): string {
  const line = stderr
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l !== '' && !/^(Tesseract Open Source|Warning|Estimating resolution)/i.test(l));
  return (line ?? '').replace(/^[\w.-]+(-im6\.q16)?: /, '').slice(0, 200);
}
