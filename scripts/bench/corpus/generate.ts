import fs from 'node:fs';
import path from 'node:path';
import { normalizeDocument } from '../../../indexer/steps/normalize.js';
import { PIPELINE_VERSION } from '../../../indexer/steps/pipeline.js';
import { splitSections } from '../../../indexer/steps/split/sections.js';
import { slug } from './base.js';
import { newsDocument, partyDocument, ruleDocument, type Composed } from './compose.js';
import { randomMeta } from './metadata.js';
import { loadTextPool, type TextPool } from './pool.js';
import { Random } from './random.js';
import { readDistricts, type District } from './sources.js';

/** Bump when the generated text changes, so cached archives are rebuilt. */
const GENERATOR_VERSION = 5;
const MANIFEST = '.bench-corpus.json';

export interface ArchiveManifest {
  version: number;
  /** The indexer's pipeline version when the sections were counted: a new splitter counts anew. */
  pipeline: string;
  targetSections: number;
  seed: number;
  files: number;
  bytes: number;
  /** Body sections as the product's splitter finds them (the indexer's own count is reported too). */
  sections: number;
}

function composeOne(rng: Random, pool: TextPool, places: District[]): { meta: ReturnType<typeof randomMeta>; doc: Composed } {
  const meta = randomMeta(rng, places);
  const r = rng.next();
  const doc = r < 0.55 ? partyDocument(rng, pool, meta) : r < 0.7 ? ruleDocument(rng, pool, meta) : newsDocument(rng, pool, meta);
  return { meta, doc };
}

/** Sections the product will index for this text (its own splitter, body sections only). */
function countSections(text: string): number {
  return splitSections(normalizeDocument(text)).filter((s) => s.kind === 'body').length;
}

/** The archive already in `dir` when it was generated with the same size, seed and generator. */
export function existingArchive(dir: string, targetSections: number, seed: number): ArchiveManifest | null {
  try {
    const m = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), 'utf8')) as ArchiveManifest;
    return m.version === GENERATOR_VERSION && m.pipeline === PIPELINE_VERSION && m.targetSections === targetSections && m.seed === seed ? m : null;
  } catch {
    return null;
  }
}

/**
 * Writes an archive of about `targetSections` sections under `dir`, laid out as
 * province/district/year/file.txt, by recombining real paragraphs with varied metadata.
 * Files are written one at a time; only the text pool is held in memory.
 */
export async function generateArchive(dir: string, targetSections: number, seed = 7, onProgress?: (m: ArchiveManifest) => void): Promise<ArchiveManifest> {
  const cached = existingArchive(dir, targetSections, seed);
  if (cached) return cached;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const pool = await loadTextPool();
  const places = new Random(seed ^ 0x5eed).shuffle(readDistricts());
  const rng = new Random(seed);
  const manifest: ArchiveManifest = { version: GENERATOR_VERSION, pipeline: PIPELINE_VERSION, targetSections, seed, files: 0, bytes: 0, sections: 0 };
  const madeDirs = new Set<string>();
  while (manifest.sections < targetSections) {
    const { meta, doc } = composeOne(rng, pool, places);
    const folder = path.join(dir, slug(meta.place.province), slug(meta.place.district), String(meta.date.y));
    if (!madeDirs.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      madeDirs.add(folder);
    }
    const name = `${meta.date.y}-${String(meta.date.m).padStart(2, '0')}-${slug(doc.docType)}-${meta.number}-${manifest.files}.txt`;
    fs.writeFileSync(path.join(folder, name), doc.text);
    manifest.files++;
    manifest.bytes += Buffer.byteLength(doc.text);
    manifest.sections += countSections(doc.text);
    if (manifest.files % 2000 === 0) onProgress?.(manifest);
  }
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}
