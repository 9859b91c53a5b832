/**
 * Project lint: rules the type checker does not cover.
 * - no console.* in server, indexer and shared code (logs go through pino)
 * - source files stay readable: at most 250 lines
 * - layers (layers.ts): lib/ imports nothing of the others, indexer/ only lib/ (its steps/ not its run/), web/ the server as types
 * - no import cycle among run-time imports (imports.ts)
 * - module entries (entries.ts): outside api/search/, only its index.ts (and types.ts), from scripts/ too;
 *   inside, one part reaches another only through its index.ts, in pipeline order
 */
import fs from 'node:fs';
import { importCycles, importEdges, sourceFiles } from './imports.js';
import { entryViolations } from './entries.js';
import { layerViolations } from './layers.js';

const problems: string[] = [];
const files = sourceFiles(process.cwd());

for (const file of files) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  if (lines.length > 250) problems.push(`${file}: ${lines.length} lines (max 250): split it`);
  lines.forEach((line, i) => {
    if (/\bconsole\.(log|info|debug|warn|error)\(/.test(line) && !file.startsWith('web/')) {
      problems.push(`${file}:${i + 1}: console.* in server code; use the pino logger`);
    }
  });
}

const edges = importEdges(process.cwd(), files);
problems.push(...layerViolations(edges));
problems.push(...entryViolations([...edges, ...importEdges(process.cwd(), sourceFiles(process.cwd(), ['scripts']))]));
for (const cycle of importCycles(edges))
  problems.push(`import cycle among ${cycle.join(', ')} (move what they share into a module of its own)`);

if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('lint: ok\n');
