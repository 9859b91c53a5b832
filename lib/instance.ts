import fs from 'node:fs';
import path from 'node:path';

/** What a running `npm start` publishes in DATA_DIR so that other commands can find it. */
export interface InstanceInfo {
  pid: number;
  meiliUrl: string;
  appUrl?: string;
  startedAt: string;
}

const FILE = 'instance.json';

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The running instance on this DATA_DIR, or null (a stale file from a crash counts as none). */
export function readInstance(dataDir: string): InstanceInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as InstanceInfo;
    if (typeof info.pid === 'number' && info.pid !== process.pid && isProcessAlive(info.pid)) return info;
    return null;
  } catch {
    return null;
  }
}

export class InstanceLockedError extends Error {
  override name = 'InstanceLockedError';
}

/**
 * Claims DATA_DIR for this process. A live owner makes it fail; a stale claim left
 * by a crash is taken over. The file is created exclusively so two starts cannot both win.
 */
export function claimInstance(dataDir: string, info: InstanceInfo): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(info, null, 2), { flag: 'wx', mode: 0o600 });
      return () => releaseInstance(dataDir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readInstance(dataDir);
      if (owner) {
        throw new InstanceLockedError(
          `Another instance (pid ${owner.pid}${owner.appUrl ? `, ${owner.appUrl}` : ''}) is already running on DATA_DIR ${dataDir}.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new InstanceLockedError(`Could not claim DATA_DIR ${dataDir}`);
}

export function updateInstance(dataDir: string, info: InstanceInfo): void {
  fs.writeFileSync(path.join(dataDir, FILE), JSON.stringify(info, null, 2), { mode: 0o600 });
}

export function releaseInstance(dataDir: string): void {
  const file = path.join(dataDir, FILE);
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8')) as InstanceInfo;
    if (info.pid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    /* already gone */
  }
}
