import type { Logger } from 'pino';

export interface ProgressState {
  done: number;
  total: number;
  sections: number;
  /** Bytes of the files read so far (for MB/s). */
  bytes: number;
  failed: number;
  startedAt: number;
  /** OCR: pages done of the file being read, and pages OCRed in the whole run. */
  ocr?: { done: number; total: number; pages: number };
}

export interface ProgressReporter {
  update(state: ProgressState): void;
  finish(state: ProgressState): void;
}

function rate(state: ProgressState): { perSec: number; sectionsPerSec: number; mbPerSec: number; etaSec: number } {
  const elapsed = Math.max(0.001, (Date.now() - state.startedAt) / 1000);
  const perSec = state.done / elapsed;
  const etaSec = perSec > 0 ? (state.total - state.done) / perSec : 0;
  return { perSec, sectionsPerSec: state.sections / elapsed, mbPerSec: state.bytes / 1e6 / elapsed, etaSec };
}

/** A one-line bar on a terminal: files, sections, rate and ETA. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let last = 0;
  const draw = (s: ProgressState): void => {
    const width = 28;
    const frac = s.total === 0 ? 1 : s.done / s.total;
    const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
    const { sectionsPerSec, mbPerSec, etaSec } = rate(s);
    stream.write(
      `\r${bar} ${s.done}/${s.total} tệp · ${s.sections} mục · ${Math.round(sectionsPerSec)} mục/s · ${mbPerSec.toFixed(1)} MB/s · còn ${Math.ceil(etaSec)}s${s.failed ? ` · ${s.failed} lỗi` : ''}${ocrPart(s)}   `,
    );
  };
  return {
    update(s) {
      if (Date.now() - last < 100 && s.done < s.total) return;
      last = Date.now();
      draw(s);
    },
    finish(s) {
      draw(s);
      stream.write('\n');
    },
  };
}

/** While a scan is OCRed: its pages done, and the run's pages so far. */
function ocrPart(s: ProgressState): string {
  if (!s.ocr) return '';
  return s.ocr.total > 0 ? ` · OCR trang ${s.ocr.done}/${s.ocr.total}` : ` · OCR ${s.ocr.pages} trang`;
}

/** Plain log lines (at most every 2 s) when output is not a terminal. */
export function logProgress(logger: Logger): ProgressReporter {
  let last = 0;
  return {
    update(s) {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      const { perSec, sectionsPerSec, mbPerSec, etaSec } = rate(s);
      logger.info(
        {
          files: s.done,
          total: s.total,
          sections: s.sections,
          filesPerSec: Number(perSec.toFixed(1)),
          sectionsPerSec: Math.round(sectionsPerSec),
          mbPerSec: Number(mbPerSec.toFixed(2)),
          etaSec: Math.ceil(etaSec),
          ...(s.ocr ? { ocrPages: s.ocr.pages } : {}),
        },
        'indexing progress',
      );
    },
    finish() {},
  };
}
