import path from 'node:path';
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { createBackup, restoreBackup } from '../lib/meili/backup.js';
import { connectMeili } from '../lib/meili/connect.js';
import { readInstance } from '../lib/instance.js';

/**
 * `npm run backup` — a Meilisearch dump into DATA_DIR/backups, keeping BACKUP_KEEP (default 7).
 * `npm run restore -- <file.dump>` — restores a dump into DATA_DIR (server must be stopped).
 */
async function main(): Promise<number> {
  const [command, arg] = process.argv.slice(2);
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'backup');
  if (command === 'restore') {
    if (!arg) {
      process.stderr.write('Usage: npm run restore -- <file.dump>\n');
      return 2;
    }
    if (readInstance(config.dataDir)) {
      process.stderr.write(`Stop the running server on DATA_DIR ${config.dataDir} before restoring.\n`);
      return 1;
    }
    const { movedAside } = await restoreBackup(path.resolve(arg), config.dataDir, logger);
    process.stdout.write(
      `Restored ${arg} into ${config.dataDir}${movedAside ? ` (previous database kept at ${movedAside})` : ''}.\n`,
    );
    return 0;
  }
  const keep = Number(process.env.BACKUP_KEEP ?? 7);
  const meili = await connectMeili(config, logger, { useRunningInstance: true });
  try {
    const dumpDir = path.join(config.dataDir, 'backups');
    const result = await createBackup(
      meili.url,
      meili.masterKey,
      dumpDir,
      Number.isInteger(keep) && keep > 0 ? keep : 7,
    );
    process.stdout.write(
      result.file
        ? `Backup written: ${result.file}${result.pruned.length ? ` (removed ${result.pruned.length} older)` : ''}\n`
        : `Dump ${result.dumpUid} created in the dump folder of ${meili.url} (an external server keeps its own dump dir).\n`,
    );
    return 0;
  } finally {
    await meili.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`Backup failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
