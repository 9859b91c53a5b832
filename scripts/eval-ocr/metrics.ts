/** The OCR evaluation's measures: character error rate and citation precision / recall / F1. */
import { distance } from 'fastest-levenshtein';
import { parseDocument } from '../../indexer/steps/pipeline.js';
import type { Counts } from '../shared/stats.js';

/** Both sides of a CER comparison: NFC, markdown bold removed, every run of whitespace one space. */
export function cerText(text: string): string {
  return text.normalize('NFC').replace(/\*\*/g, '').replace(/\s+/gu, ' ').trim();
}

/** Levenshtein distance over the reference's length (characters, after cerText on both). */
export function cer(reference: string, ocr: string): number {
  const ref = cerText(reference);
  return ref.length === 0 ? 0 : distance(ref, cerText(ocr)) / ref.length;
}

/**
 * The citation keys the product would store for a text: the pipeline's own parse (normalise → split →
 * extract, the document's own number left out), as indexer/steps/pipeline.ts runs it.
 */
export function citationKeys(text: string): Set<string> {
  return new Set(parseDocument('ocr-eval', 'ocr-eval', text).citations.map((c) => c.key));
}

export function compareKeys(reference: Set<string>, ocr: Set<string>): Counts & { missed: string[]; extra: string[] } {
  const missed = [...reference].filter((k) => !ocr.has(k));
  const extra = [...ocr].filter((k) => !reference.has(k));
  return { tp: reference.size - missed.length, fp: extra.length, fn: missed.length, missed, extra };
}
