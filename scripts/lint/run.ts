/**
 * Project lint: rules the type checker does not cover.
 * - no console.* in server, indexer and shared code (logs go through pino)
 * - source files stay readable: at most 250 lines
 * - layers (layers.ts): lib/ imports nothing of the others, indexer/ only lib/, web/ the server as types
 * - no import cycle among run-time imports (imports.ts)
 */
import fs from 'node:fs';
import path from 'node:path';
import { importCycles, importEdges } from './imports.js';
import { layerViolations } from './layers.js';

const roots = ['api', 'cli', 'indexer', 'lib', 'web/src'];
const problems: string[] = [];

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []);
}

for (const file of roots.flatMap(walk)) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.length > 250) problems.push(`${file}: ${lines.length} lines (max 250): split it`);
  lines.forEach((line, i) => {
    if (/\bconsole\.(log|info|debug|warn|error)\(/.test(line) && !file.startsWith('web/')) {
      problems.push(`${file}:${i + 1}: console.* in server code; use the pino logger`);
    }
  });
}

const edges = importEdges(process.cwd(), roots.flatMap(walk).map((f) => f.split(path.sep).join('/')));
problems.push(...layerViolations(edges));
for (const cycle of importCycles(edges)) problems.push(`import cycle among ${cycle.join(', ')} (move what they share into a module of its own)`);

if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('lint: ok\n');
