import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { inject } from 'vitest';
import { buildApp } from '../../api/app.js';
import { indexerPort } from '../../cli/indexing-port.js';
import { indexFolder } from '../../indexer/run/index-folder.js';
import type { IndexSummary } from '../../indexer/run/run-indexing.js';
import { loadConfig, type AppConfig } from '../../lib/config.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const seedsDir = path.join(repoRoot, 'corpus');
export const silentLogger = pino({ level: 'silent' });

/** A fresh configuration with its own index prefix and data dir, against the shared test Meilisearch. */
export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-test-data-'));
  return {
    ...loadConfig({}),
    dataDir,
    corpusDir: seedsDir,
    meiliUrl: inject('meiliUrl'),
    meiliMasterKey: inject('meiliKey'),
    indexPrefix: `t${crypto.randomBytes(5).toString('hex')}`,
    logLevel: 'silent',
    rateLimitPerMinute: 0,
    maxEventLoopDelayMs: 0,
    ...overrides,
  };
}

export function indexWith(config: AppConfig, folder: string, reset = false): Promise<IndexSummary> {
  return indexFolder({
    config,
    meiliUrl: config.meiliUrl!,
    masterKey: config.meiliMasterKey,
    folder,
    logger: silentLogger,
    reset,
  });
}

export async function makeApp(config: AppConfig) {
  return buildApp({
    config,
    meiliUrl: config.meiliUrl!,
    meiliMasterKey: config.meiliMasterKey,
    logger: false,
    indexer: indexerPort(config, config.meiliUrl!, config.meiliMasterKey),
  });
}

/** Copies a folder into a temp dir, to change files without touching the repo. */
export function copyToTemp(folder: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-test-corpus-'));
  fs.cpSync(folder, dir, { recursive: true });
  return dir;
}
