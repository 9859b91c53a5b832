/**
 * Layers: what each top-level folder may import (relative imports; `import type` counts too, except where
 * a rule allows types only). `cli/` wires everything together; `lib/` is the ground floor.
 */
import type { ImportEdge } from './imports.js';

interface Layer { may: string[]; typesOnly?: string[] }

export const LAYERS: Record<string, Layer> = {
  lib: { may: ['lib'] },
  indexer: { may: ['indexer', 'lib'] },
  // The indexer reaches the API through the IndexingPort that cli/ (or a test) hands in.
  api: { may: ['api', 'lib'] },
  // The UI is bundled for the browser: the server's modules reach it as types only.
  web: { may: ['web', 'lib'], typesOnly: ['api'] },
  cli: { may: ['cli', 'lib', 'indexer', 'api', 'web'] },
};

const top = (file: string): string => file.split('/')[0]!;

/** One line per import that crosses a layer it may not. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    const layer = LAYERS[top(e.from)];
    const target = top(e.to);
    if (!layer || layer.may.includes(target) || (e.typeOnly && layer.typesOnly?.includes(target))) return [];
    return [`${e.from}: imports ${e.to}${e.typeOnly ? ' (type)' : ''}; ${top(e.from)}/ may import ${[...layer.may, ...(layer.typesOnly ?? []).map((t) => `${t} (types)`)].join(', ')}`];
  });
}
