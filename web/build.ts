import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const srcDir = path.join(webDir, 'src');
const publicDir = path.join(webDir, 'public');
export const distDir = path.join(webDir, 'dist');

interface Log {
  info(obj: object, msg: string): void;
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** Bundles the Lit UI with esbuild into web/dist (one ES module, minified, with a source map). */
export async function buildWeb(): Promise<{ bytes: number }> {
  fs.rmSync(distDir, { recursive: true, force: true });
  fs.mkdirSync(distDir, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(srcDir, 'main.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    outfile: path.join(distDir, 'app.js'),
    metafile: true,
    logLevel: 'warning',
  });
  fs.cpSync(publicDir, distDir, { recursive: true });
  const bytes = Object.values(result.metafile.outputs).reduce((n, o) => n + (o.bytes ?? 0), 0);
  fs.writeFileSync(path.join(distDir, '.stamp'), String(Date.now()));
  return { bytes };
}

/** Rebuilds only when a source is newer than the last build. */
export async function buildWebIfStale(log?: Log): Promise<void> {
  const stamp = path.join(distDir, '.stamp');
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  if (built >= Math.max(newestMtime(srcDir), newestMtime(publicDir))) return;
  const { bytes } = await buildWeb();
  log?.info({ bytes }, 'built the web UI');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildWeb().then(({ bytes }) => process.stdout.write(`web UI built: ${(bytes / 1024).toFixed(0)} KiB (JS + map) in ${distDir}\n`));
}
