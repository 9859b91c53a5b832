import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const rootDir = path.dirname(webDir);
const srcDir = path.join(webDir, 'src');
const publicDir = path.join(webDir, 'public');
export const distDir = path.join(webDir, 'dist');
const stampFile = path.join(distDir, '.stamp');

interface Log {
  info(obj: object, msg: string): void;
}

export interface BuildReport {
  /** The entry script every page loads (app.js), minified. */
  entryBytes: number;
  /** Chunks loaded on demand (the trend chart). */
  lazyBytes: number;
  /** All JavaScript, source maps excluded. */
  bytes: number;
}

function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Bundles the Lit UI with esbuild into web/dist: app.js plus lazily loaded chunks, minified, with source maps. */
export async function buildWeb(): Promise<BuildReport> {
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.mkdirSync(distDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { app: path.join(srcDir, 'main.ts') },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    outdir: distDir,
    chunkNames: 'chunks/[name]-[hash]',
    metafile: true,
    logLevel: 'warning',
  });
  fs.cpSync(publicDir, distDir, { recursive: true });
  const js = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
  const entry = js.find(([file]) => path.basename(file) === 'app.js')?.[1].bytes ?? 0;
  const bytes = js.reduce((n, [, o]) => n + o.bytes, 0);
  // Sources outside web/src (the shared lib/vietnamese) also make the build stale when they change.
  const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.includes('node_modules'));
  fs.writeFileSync(stampFile, JSON.stringify({ builtAt: Date.now(), inputs }));
  return { entryBytes: entry, lazyBytes: bytes - entry, bytes };
}

function inputsOfLastBuild(): string[] {
  try {
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { inputs?: string[] };
    return (stamp.inputs ?? []).map((f) => path.resolve(rootDir, f));
  } catch {
    return [];
  }
}

/** Rebuilds only when a source (or the dependency lock) is newer than the last build. */
export async function buildWebIfStale(log?: Log): Promise<void> {
  const built = fs.existsSync(stampFile) ? fs.statSync(stampFile).mtimeMs : 0;
  const inputs = inputsOfLastBuild().map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : Infinity));
  const lock = path.join(rootDir, 'package-lock.json');
  const newest = Math.max(
    newestMtime(srcDir),
    newestMtime(publicDir),
    ...inputs,
    fs.existsSync(lock) ? fs.statSync(lock).mtimeMs : 0,
  );
  if (built >= newest) return;
  const report = await buildWeb();
  log?.info({ ...report }, 'built the web UI');
}

const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().then((r) =>
    process.stdout.write(
      `web UI built in ${distDir}: app.js ${kib(r.entryBytes)}, lazy chunks ${kib(r.lazyBytes)} (minified, before gzip)\n`,
    ),
  );
}
