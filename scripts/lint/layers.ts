/**
 * Layers: what each folder may import (relative imports; `import type` counts too, except where a rule
 * allows types only). A file belongs to the longest folder named here. `cli/` wires everything together;
 * `lib/` is the ground floor; the indexer's steps know nothing of the run that drives them.
 */
import type { ImportEdge } from './imports.js';

interface Layer {
  may: string[];
  typesOnly?: string[];
}

export const LAYERS: Record<string, Layer> = {
  lib: { may: ['lib'] },
  indexer: { may: ['indexer', 'lib'] },
  'indexer/steps': { may: ['indexer/steps', 'lib'] },
  // The indexer reaches the API through the IndexingPort that cli/ (or a test) hands in.
  api: { may: ['api', 'lib'] },
  // The UI is bundled for the browser: the server's modules reach it as types only.
  web: { may: ['web', 'lib'], typesOnly: ['api'] },
  cli: { may: ['cli', 'lib', 'indexer', 'api', 'web'] },
};

const within = (file: string, folder: string): boolean => file.startsWith(`${folder}/`);
/** The layer a file belongs to: the longest folder of LAYERS that holds it. */
const layerOf = (file: string): string | undefined =>
  Object.keys(LAYERS)
    .filter((name) => within(file, name))
    .sort((a, b) => b.length - a.length)[0];

/** One line per import that crosses a layer it may not. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    const name = layerOf(e.from);
    const layer = name ? LAYERS[name] : undefined;
    if (!name || !layer) return [];
    const allowed = (folders: string[] | undefined): boolean => (folders ?? []).some((f) => within(e.to, f));
    if (allowed(layer.may) || (e.typeOnly && allowed(layer.typesOnly))) return [];
    return [
      `${e.from}: imports ${e.to}${e.typeOnly ? ' (type)' : ''}; ${name}/ may import ${[...layer.may, ...(layer.typesOnly ?? []).map((t) => `${t} (types)`)].join(', ')}`,
    ];
  });
}
