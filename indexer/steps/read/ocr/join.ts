import { joinPages, PAGE_NUMBER } from '../pdf-layout.js';
import type { OcrSummary } from '../result.js';
import { repairOcrText } from './repair.js';
import type { PageText } from './tesseract.js';

/** A scanned document's text and how sure the OCR was (mean word confidence over all pages, one decimal). */
export interface OcrText extends OcrSummary {
  text: string;
}

/** Lines a scan adds around a page's text: page numbers ("- 2 -", "Trang 3") and stray marks. */
const PAGE_FURNITURE = new RegExp(`${PAGE_NUMBER.source}|^[\\W_]{1,3}$`, 'iu');

/**
 * Joins OCRed pages into one text: page numbers at the top or bottom of a page dropped, and a
 * paragraph running over a page break joined (the same rule as PDF text layers).
 */
export function joinOcrPages(pages: readonly PageText[]): OcrText {
  return {
    text: joinPages(pages.map((p) => pageBody(p.text))),
    confidence: meanConfidence(pages),
    pages: pages.length,
  };
}

/** Mean word confidence (0-100, one decimal) over the pages, each page weighted by its words. */
export function meanConfidence(pages: readonly PageText[]): number | null {
  const words = pages.reduce((n, p) => n + p.words, 0);
  const confSum = pages.reduce((n, p) => n + (p.confidence ?? 0) * p.words, 0);
  return words ? Math.round((confSum / words) * 10) / 10 : null;
}

/** A page's text without the page number or stray marks above and below it, digits repaired. */
export function pageBody(text: string): string {
  return repairOcrText(withoutFurniture(text));
}

function withoutFurniture(text: string): string {
  const lines = text.split('\n');
  while (lines.length && (lines[0]!.trim() === '' || PAGE_FURNITURE.test(lines[0]!.trim()))) lines.shift();
  while (lines.length && (lines.at(-1)!.trim() === '' || PAGE_FURNITURE.test(lines.at(-1)!.trim()))) lines.pop();
  return lines.join('\n');
}
