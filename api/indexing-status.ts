import type { IndexSummary } from '../lib/schema/indexing.js';

/** Shared between the start-up/admin indexing runs and /api/health. */
export class IndexingStatus {
  running = false;
  lastRun: (IndexSummary & { finishedAt: string }) | null = null;
  lastError: string | null = null;
  private readonly changed: (() => void)[] = [];

  /** Called after every run, finished or failed (it may have written part of its changes). */
  onChange(listener: () => void): void {
    this.changed.push(listener);
  }

  /** Runs one indexing job at a time and records its outcome. */
  async track<T extends IndexSummary>(job: () => Promise<T>): Promise<T> {
    this.running = true;
    try {
      const summary = await job();
      this.lastRun = { ...summary, finishedAt: new Date().toISOString() };
      this.lastError = null;
      return summary;
    } catch (err) {
      this.lastError = (err as Error).message;
      throw err;
    } finally {
      this.running = false;
      for (const listener of this.changed) listener();
    }
  }
}
