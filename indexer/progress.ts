import type { Logger } from 'pino';

export interface ProgressState {
  done: number;
  total: number;
  sections: number;
  failed: number;
  startedAt: number;
}

export interface ProgressReporter {
  update(state: ProgressState): void;
  finish(state: ProgressState): void;
}

function rate(state: ProgressState): { perSec: number; etaSec: number } {
  const elapsed = Math.max(0.001, (Date.now() - state.startedAt) / 1000);
  const perSec = state.done / elapsed;
  const etaSec = perSec > 0 ? (state.total - state.done) / perSec : 0;
  return { perSec, etaSec };
}

/** A one-line bar on a terminal: files, sections, rate and ETA. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  let last = 0;
  const draw = (s: ProgressState): void => {
    const width = 28;
    const frac = s.total === 0 ? 1 : s.done / s.total;
    const bar = '█'.repeat(Math.round(frac * width)).padEnd(width, '░');
    const { perSec, etaSec } = rate(s);
    stream.write(`\r${bar} ${s.done}/${s.total} tệp · ${s.sections} mục · ${perSec.toFixed(1)} tệp/s · còn ${Math.ceil(etaSec)}s${s.failed ? ` · ${s.failed} lỗi` : ''}   `);
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

/** Plain log lines (at most every 2 s) when output is not a terminal. */
export function logProgress(logger: Logger): ProgressReporter {
  let last = 0;
  return {
    update(s) {
      if (Date.now() - last < 2000) return;
      last = Date.now();
      const { perSec, etaSec } = rate(s);
      logger.info({ files: s.done, total: s.total, sections: s.sections, filesPerSec: Number(perSec.toFixed(1)), etaSec: Math.ceil(etaSec) }, 'indexing progress');
    },
    finish() {},
  };
}
