import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Returns the master key kept in DATA_DIR, generating it (mode 0600) on first use. */
export function loadOrCreateMasterKey(dataDir: string): string {
  const file = path.join(dataDir, 'meili-master-key');
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return key;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = crypto.randomBytes(32).toString('base64url');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return key;
}
