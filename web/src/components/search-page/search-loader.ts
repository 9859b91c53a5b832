/** Runs one request at a time per purpose: a newer search cancels the older one, same for suggestions. */
export class SearchLoader {
  private main: AbortController | null = null;
  private suggestion: AbortController | null = null;

  cancel(): void {
    this.main?.abort();
    this.suggestion?.abort();
  }

  /** The value, `{ error }` on failure, or null when a newer run superseded this one. */
  async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<{ value: T } | { error: unknown } | null> {
    this.main?.abort();
    const ctrl = new AbortController();
    this.main = ctrl;
    try {
      const value = await work(ctrl.signal);
      return ctrl.signal.aborted ? null : { value };
    } catch (error) {
      return ctrl.signal.aborted ? null : { error };
    }
  }

  /** Suggestions fail silently: they are a convenience, never an error state. */
  async suggest<T>(work: (signal: AbortSignal) => Promise<T>): Promise<T | null> {
    this.suggestion?.abort();
    const ctrl = new AbortController();
    this.suggestion = ctrl;
    try {
      const value = await work(ctrl.signal);
      return ctrl.signal.aborted ? null : value;
    } catch {
      return null;
    }
  }
}
