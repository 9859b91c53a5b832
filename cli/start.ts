import { buildApp } from '../api/app.js';
import { IndexingStatus } from '../api/indexing-status.js';
import { indexerPort } from './indexing-port.js';
import { listen } from '../api/server.js';
import { formatSummary, indexFolder } from '../indexer/run/index-folder.js';
import { buildWebIfStale } from '../web/build.js';
import { loadConfig } from '../lib/config.js';
import { claimInstance, releaseInstance, updateInstance } from '../lib/instance.js';
import { createLogger } from '../lib/logger.js';
import { connectMeili, type MeiliConnection } from '../lib/meili/connect.js';

/** `npm start`: build the UI if needed, start Meilisearch, serve, and index the corpus when it changed. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'vankien');
  await buildWebIfStale(logger);
  claimInstance(config.dataDir, { pid: process.pid, meiliUrl: '', startedAt: new Date().toISOString() });

  let meili: MeiliConnection | null = null;
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app?.close().catch(() => undefined);
    await meili?.stop().catch(() => undefined);
    releaseInstance(config.dataDir);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  let app: Awaited<ReturnType<typeof buildApp>> | null = null;
  let serving = false;
  try {
    meili = await connectMeili(config, logger, { useRunningInstance: false });
    const indexing = new IndexingStatus();
    app = await buildApp({
      config,
      meiliUrl: meili.url,
      meiliMasterKey: meili.masterKey,
      indexing,
      indexer: indexerPort(config, meili.url, meili.masterKey),
    });
    const url = await listen(app, config.host, config.port);
    serving = true;
    updateInstance(config.dataDir, {
      pid: process.pid,
      meiliUrl: meili.url,
      appUrl: url,
      startedAt: new Date().toISOString(),
    });
    process.stdout.write(`\nTra cứu văn kiện — Vankien search is running at ${url}\n\n`);

    const summary = await indexing.track(() =>
      indexFolder({
        config,
        meiliUrl: meili!.url,
        masterKey: meili!.masterKey,
        folder: config.corpusDir,
        logger,
      }),
    );
    if (summary.indexed === 0 && summary.removed === 0)
      logger.info({ unchanged: summary.unchanged }, 'corpus unchanged since the last run; nothing re-indexed');
    process.stdout.write(`${formatSummary(summary)}\n`);
  } catch (err) {
    const message = startFailure(err as NodeJS.ErrnoException, config.host, config.port);
    logger.error({ err: message }, 'start failed');
    process.stderr.write(`\n${message}\n`);
    // Once serving, a failed indexing run leaves the server up (health reports it); before, nothing is up.
    if (!serving) {
      await app?.close().catch(() => undefined);
      await meili?.stop().catch(() => undefined);
      releaseInstance(config.dataDir);
      process.exit(1);
    }
  }
}

/** The reason a start failed, in words a user can act on. */
function startFailure(err: NodeJS.ErrnoException, host: string, port: number): string {
  if (err.code === 'EADDRINUSE') {
    return (
      `Cổng ${port} trên ${host} đang được chương trình khác dùng; chạy trên cổng khác, ví dụ PORT=${port + 1} npm start.\n` +
      `Port ${port} on ${host} is already in use; start on another port, e.g. PORT=${port + 1} npm start.`
    );
  }
  return err.message;
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
