/**
 * The scans the OCR evaluation makes of each document. "clean": the typeset page rasterised at 300 dpi
 * as is. "noisy": 200 or 300 dpi, skewed 1-2°, blurred and grainy (test/helpers/page-images.ts).
 * The k-th document's format, resolution, skew and font follow from k alone, so every format and both
 * fonts come up in both variants and every run builds the same files.
 */
import type { ScanFormat, ScanOptions } from '../../test/helpers/page-images.js';

export type VariantName = 'clean' | 'noisy';
export const VARIANTS: VariantName[] = ['clean', 'noisy'];
const FORMATS: ScanFormat[] = ['pdf', 'tif', 'png', 'jpg'];

export function scanOptions(variant: VariantName, k: number, maxPages?: number): ScanOptions {
  const font = k % 3 === 2 ? 'sans' : 'serif';
  const common = { font, ...(maxPages ? { maxPages } : {}) } as const;
  if (variant === 'clean') return { ...common, format: FORMATS[k % 4]!, dpi: 300, noisy: false };
  const sign = k % 2 === 0 ? 1 : -1;
  return {
    ...common,
    format: FORMATS[(k + 2) % 4]!,
    dpi: k % 2 === 0 ? 300 : 200,
    noisy: true,
    degradation: { rotateDeg: sign * (1 + 0.5 * (k % 3)), seed: 100 + k },
  };
}

export function describeScan(o: ScanOptions): string {
  const skew = o.degradation?.rotateDeg;
  return `${o.format} ${o.dpi} dpi${skew ? ` ${skew > 0 ? '+' : ''}${skew}°` : ''} ${o.font ?? 'serif'}`;
}
