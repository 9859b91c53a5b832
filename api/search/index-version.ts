/**
 * The version of the indexes a search reads: the uid of their last succeeded Meilisearch task,
 * so any indexing, correction or settings change gives a new one. Read at most once per `ttlMs`
 * (concurrent searches share one read); the product bumps it after its own indexing runs, so its
 * changes are seen at once, and changes made by someone else within `ttlMs`.
 */
export class IndexVersion {
  private value: string | null = null;
  private readAt = 0;
  private pending: Promise<string | null> | null = null;
  private generation = 0;

  /** `read` answers the last succeeded task uid, or null when it cannot tell (then nothing is cached). */
  constructor(
    private readonly read: () => Promise<string | null>,
    private readonly ttlMs = 1000,
  ) {}

  async current(): Promise<string | null> {
    if (this.value !== null && Date.now() - this.readAt < this.ttlMs) return this.value;
    if (this.pending) return this.pending;
    const generation = this.generation;
    const reading: Promise<string | null> = this.read()
      .catch(() => null)
      .then((v) => {
        // After a bump during the read, the value read may predate it: it is not kept.
        if (generation === this.generation) [this.value, this.readAt, this.pending] = [v, Date.now(), null];
        return v;
      });
    this.pending = reading;
    return reading;
  }

  /** The indexes changed (the product's own indexing finished): read the version again. */
  bump(): void {
    this.generation++;
    this.value = null;
    this.pending = null;
  }
}
