/**
 * Module entries: a folder whose parts are reached only through their `index.ts`.
 * - From outside the module, only its `index.ts` (and the files listed as `open`) may be imported.
 * - Inside, a file of one part (a sub-folder) reaches another part only through that part's
 *   `index.ts`, and only a part it comes after in the pipeline (`after`); a part never imports the
 *   module's own top-level files except the `shared` ones (the orchestration imports the parts, not
 *   the other way round).
 * `import type` counts too. Tests (under `test/`) are not read by the lint and may import internals.
 */
import type { ImportEdge } from './imports.js';

export interface ModuleEntry {
  /** The module's folder, e.g. `api/search`. */
  root: string;
  /** Files outside the module may import besides `index.ts`. */
  open: string[];
  /** Top-level files of the module its parts may import. */
  shared: string[];
  /** Each part (sub-folder) and the parts it may import (through their index.ts). */
  after: Record<string, string[]>;
}

export const ENTRIES: ModuleEntry[] = [
  {
    root: 'api/search',
    // Another helper rewrites types.ts; the web reads the response shapes from it.
    open: ['types.ts'],
    shared: ['filters.ts', 'types.ts'],
    after: { query: [], retrieval: ['query'], presentation: ['query', 'retrieval'] },
  },
];

/** The part of `file` inside `m` (its first sub-folder), '' for a top-level file, null outside. */
function partOf(m: ModuleEntry, file: string): string | null {
  if (!file.startsWith(`${m.root}/`)) return null;
  const rest = file.slice(m.root.length + 1).split('/');
  return rest.length > 1 ? rest[0]! : '';
}

function violation(m: ModuleEntry, e: ImportEdge): string | null {
  const from = partOf(m, e.from);
  const to = partOf(m, e.to);
  const inner = e.to.slice(m.root.length + 1);
  const what = `${e.from}: imports ${e.to}${e.typeOnly ? ' (type)' : ''}`;
  if (to === null || from === to) return null;
  if (from === null) {
    return inner === 'index.ts' || m.open.includes(inner)
      ? null
      : `${what}; outside ${m.root}/ import only ${m.root}/index.ts`;
  }
  if (to === '') {
    return from === '' || m.shared.includes(inner)
      ? null
      : `${what}; ${m.root}/${from}/ may import only ${m.shared.map((s) => `${m.root}/${s}`).join(', ')} of the top level`;
  }
  if (inner !== `${to}/index.ts`) return `${what}; import ${m.root}/${to}/index.ts instead`;
  if (from !== '' && !(m.after[from] ?? []).includes(to))
    return `${what}; ${m.root}/${from}/ comes before ${m.root}/${to}/ in the pipeline`;
  return null;
}

/** One line per import that reaches past a module's entry. */
export function entryViolations(edges: readonly ImportEdge[], entries: readonly ModuleEntry[] = ENTRIES): string[] {
  return entries.flatMap((m) => edges.flatMap((e) => violation(m, e) ?? []));
}
