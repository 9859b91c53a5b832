import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importEdges, sourceFiles } from '../../scripts/lint/imports.js';
import { entryViolations } from '../../scripts/lint/entries.js';
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
      'indexer/steps/build.ts':
        "import type { CorpusFile } from '../run/scan.js';\nimport { gazetteer } from '../../lib/gazetteer/load.js';\n",
      'indexer/run/scan.ts': "import { buildRecords } from '../steps/build.js';\nexport type CorpusFile = 1;\n",
      'lib/gazetteer/load.ts': 'export const gazetteer = 1;\n',
    });
    expect(layerViolations(importEdges(root, names))).toEqual([
      'indexer/steps/build.ts: imports indexer/run/scan.ts (type); indexer/steps/ may import indexer/steps, lib',
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
    expect(entryViolations([...edges, ...importEdges(root, sourceFiles(root, ['scripts']))])).toEqual([]);
  });
});

describe('project lint: api/search is reached through its index.ts', () => {
  const search = {
    'api/search/index.ts': "export { SearchService } from './service.js';\nexport type * from './types.js';\n",
    'api/search/service.ts':
      "import { parseQuery } from './query/index.js';\nimport { rank } from './retrieval/rank.js';\nexport class SearchService {}\n",
    'api/search/types.ts': "import type { F } from './filters.js';\nexport type P = F;\n",
    'api/search/filters.ts': 'export type F = 1;\n',
    'api/search/query/index.ts': "export { parseQuery } from './parse.js';\n",
    'api/search/query/parse.ts':
      "import type { F } from '../filters.js';\nimport type { Hit } from '../presentation/index.js';\nexport const parseQuery = 1;\n",
    'api/search/retrieval/index.ts': "export { rank } from './rank.js';\n",
    'api/search/retrieval/rank.ts':
      "import type { P } from '../types.js';\nimport { parseQuery } from '../query/parse.js';\nimport { SearchService } from '../service.js';\nexport const rank = 1;\n",
    'api/search/presentation/index.ts': "import type { P } from '../query/index.js';\nexport type Hit = 1;\n",
  };

  it('passes the entry, types.ts, shared files and the pipeline order; reports every reach past an index.ts', () => {
    const { root, names } = tree({
      ...search,
      'api/trend/service.ts':
        "import { SearchService, type P } from '../search/index.js';\nimport type { P as Q } from '../search/types.js';\nimport { F } from '../search/filters.js';\n",
      'web/src/api.ts': "import type { P } from '../../api/search/types.js';\n",
      'scripts/bench/heavy.ts': "import { rank } from '../../api/search/retrieval/index.js';\n",
    });
    expect(entryViolations(importEdges(root, names))).toEqual([
      'api/search/service.ts: imports api/search/retrieval/rank.ts; import api/search/retrieval/index.ts instead',
      'api/search/query/parse.ts: imports api/search/presentation/index.ts (type); api/search/query/ comes before api/search/presentation/ in the pipeline',
      'api/search/retrieval/rank.ts: imports api/search/query/parse.ts; import api/search/query/index.ts instead',
      'api/search/retrieval/rank.ts: imports api/search/service.ts; api/search/retrieval/ may import only api/search/filters.ts, api/search/types.ts of the top level',
      'api/trend/service.ts: imports api/search/filters.ts; outside api/search/ import only api/search/index.ts',
      'scripts/bench/heavy.ts: imports api/search/retrieval/index.ts; outside api/search/ import only api/search/index.ts',
    ]);
  });
});
