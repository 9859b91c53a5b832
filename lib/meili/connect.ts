import type { Logger } from 'pino';
import type { AppConfig } from '../config.js';
import { readInstance } from '../instance.js';
import { startEmbeddedMeili } from './embedded.js';
import { loadOrCreateMasterKey } from './master-key.js';
import { isHealthy } from './health.js';

export interface MeiliConnection {
  url: string;
  masterKey: string | undefined;
  /** How the server was found: external MEILI_URL, a running `npm start`, or started here. */
  source: 'external' | 'instance' | 'embedded';
  stop(): Promise<void>;
}

const noop = async (): Promise<void> => {};

/**
 * Finds the Meilisearch to use: MEILI_URL if set; else (when allowed) the one of an
 * `npm start` running on the same DATA_DIR; else an embedded server started for this process.
 */
export async function connectMeili(
  config: AppConfig,
  logger: Logger,
  opts: { useRunningInstance: boolean },
): Promise<MeiliConnection> {
  if (config.meiliUrl) {
    return {
      url: config.meiliUrl.replace(/\/+$/, ''),
      masterKey: config.meiliMasterKey,
      source: 'external',
      stop: noop,
    };
  }
  if (opts.useRunningInstance) {
    const instance = readInstance(config.dataDir);
    if (instance && (await isHealthy(instance.meiliUrl))) {
      logger.info({ url: instance.meiliUrl, pid: instance.pid }, 'using the Meilisearch of the running instance');
      return {
        url: instance.meiliUrl,
        masterKey: config.meiliMasterKey ?? loadOrCreateMasterKey(config.dataDir),
        source: 'instance',
        stop: noop,
      };
    }
  }
  const embedded = await startEmbeddedMeili({
    dataDir: config.dataDir,
    logger,
    ...(config.meiliMasterKey ? { masterKey: config.meiliMasterKey } : {}),
  });
  return { url: embedded.url, masterKey: embedded.masterKey, source: 'embedded', stop: embedded.stop };
}
