import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importEdges, sourceFiles } from '../../scripts/lint/imports.js';
import { layerViolations } from '../../scripts/lint/layers.js';

function tree(files: Record<string, string>): { root: string; names: string[] } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vk-lint-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.join(root, path.dirname(name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return { root, names: Object.keys(files) };
}

describe('project lint: layers and import cycles', () => {
  it('reports lib/ importing the API, the API importing the indexer, and the web importing server code at run time', () => {
    const { root, names } = tree({
      'lib/config.ts': "import { buildApp } from '../api/app.js';\n",
      'api/app.ts': "import { loadConfig } from '../lib/config.js';\nimport type { X } from '../indexer/types.js';\n",
      'indexer/types.ts': 'export type X = 1;\n',
      'web/src/api.ts': "import type { X } from '../../api/app.js';\nimport { buildApp } from '../../api/app.js';\n",
    });
    expect(layerViolations(importEdges(root, names))).toEqual([
      'lib/config.ts: imports api/app.ts; lib/ may import lib',
      'api/app.ts: imports indexer/types.ts (type); api/ may import api, lib',
      'web/src/api.ts: imports api/app.ts; web/ may import web, lib, api (types)',
    ]);
  });

  it('reports a pipeline step importing the run machinery, even as a type', () => {
    const { root, names } = tree({
      'indexer/steps/build.ts': "import type { CorpusFile } from '../run/scan.js';\nimport { gazetteer } from '../gazetteer/load.js';\n",
      'indexer/run/scan.ts': "import { buildRecords } from '../steps/build.js';\nexport type CorpusFile = 1;\n",
      'indexer/gazetteer/load.ts': 'export const gazetteer = 1;\n',
    });
    expect(layerViolations(importEdges(root, names))).toEqual([
      'indexer/steps/build.ts: imports indexer/run/scan.ts (type); indexer/steps/ may import indexer/steps, indexer/gazetteer, lib',
    ]);
  });

  it('finds a cycle of run-time imports, not one closed only by a type import', () => {
    const { root, names } = tree({
      'indexer/a.ts': "import { b } from './b.js';\nexport const a = 1;\n",
      'indexer/b.ts': "export { c as b } from './c.js';\n",
      'indexer/c.ts': "import { a } from './a.js';\nexport const c = a;\n",
      'indexer/d.ts': "import type { e } from './e.js';\nexport const d = 1;\n",
      'indexer/e.ts': "import { d } from './d.js';\nexport const e = d;\n",
    });
    expect(importCycles(importEdges(root, names))).toEqual([['indexer/a.ts', 'indexer/b.ts', 'indexer/c.ts']]);
  });

  it('the project itself has neither', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const edges = importEdges(root, sourceFiles(root));
    expect(edges.length).toBeGreaterThan(300);
    expect(layerViolations(edges)).toEqual([]);
    expect(importCycles(edges)).toEqual([]);
  });
});
