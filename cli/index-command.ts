import fs from 'node:fs';
import path from 'node:path';
import { formatSummary, indexFolder } from '../indexer/run/index-folder.js';
import { loadConfig } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { connectMeili } from '../lib/meili/connect.js';

/** `npm run index -- <dir> [--reset]` */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const reset = args.includes('--reset');
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length !== 1) {
    process.stderr.write('Usage: npm run index -- <folder> [--reset]\n');
    return 2;
  }
  const folder = path.resolve(dirs[0]!);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    process.stderr.write(`Not a folder: ${folder}\n`);
    return 2;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'indexer');
  const meili = await connectMeili(config, logger, { useRunningInstance: true });
  try {
    const summary = await indexFolder({
      config,
      meiliUrl: meili.url,
      masterKey: meili.masterKey,
      folder,
      logger,
      reset,
      interactive: Boolean(process.stderr.isTTY),
    });
    process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } finally {
    await meili.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`Indexing failed: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
