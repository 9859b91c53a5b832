/**
 * Child process: the product's HTTP app (the same buildApp as `npm start`) on a free port,
 * over the bench Meilisearch (MEILI_URL, MEILI_MASTER_KEY, INDEX_PREFIX from the environment).
 * Prints its URL as one JSON line, then serves until killed.
 */
import { buildApp } from '../../api/app.js';
import { listen } from '../../api/server.js';
import { loadConfig } from '../../lib/config.js';

const config = loadConfig();
const app = await buildApp({ config, meiliUrl: config.meiliUrl!, meiliMasterKey: config.meiliMasterKey });
const url = await listen(app, '127.0.0.1', 0);
process.stdout.write(`${JSON.stringify({ url })}\n`);
const stop = (): void => void app.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
