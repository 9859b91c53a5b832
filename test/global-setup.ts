import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { TestProject } from 'vitest/node';
import { startEmbeddedMeili } from '../lib/meili/embedded.js';

declare module 'vitest' {
  export interface ProvidedContext {
    meiliUrl: string;
    meiliKey: string;
  }
}

/** One real Meilisearch for the whole run, from the bundled binary, on its own port and temp dir. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-test-meili-'));
  const meili = await startEmbeddedMeili({ dataDir: dir, logger: pino({ level: 'silent' }) });
  project.provide('meiliUrl', meili.url);
  project.provide('meiliKey', meili.masterKey);
  return async () => {
    await meili.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
