import type { BuiltDocument } from '../steps/build.js';
import { enqueueInOrder, settle, type IndexKind, type MeiliStore, type SentWrite } from './meili-store.js';

export interface BatchOptions {
  /** Payload size (characters of NDJSON over the three indexes) at which a batch is sent. */
  maxBatchChars?: number;
  /** Batches sent but not yet indexed; the writer waits for the oldest beyond this. */
  maxInFlight?: number;
  /** How often to poll Meilisearch for the oldest batch's tasks, in ms. */
  pollMs?: number;
}

export const DEFAULT_BATCH: Required<BatchOptions> = { maxBatchChars: 8_000_000, maxInFlight: 16, pollMs: 100 };

type Pending = SentWrite[];

/** NDJSON lines for one index and their total length. */
class Lines {
  lines: string[] = [];
  chars = 0;

  push(record: object): void {
    const line = JSON.stringify(record);
    this.lines.push(line);
    this.chars += line.length + 1;
  }

  take(): string {
    const out = this.lines.join('\n');
    this.lines = [];
    this.chars = 0;
    return out;
  }
}

/**
 * Streams built documents to Meilisearch in bounded batches. Records become NDJSON as they
 * arrive, so memory holds at most one batch; a full batch is enqueued without waiting, so
 * the next one is parsed while Meilisearch indexes; at most `maxInFlight` batches wait in
 * Meilisearch's queue (which also lets it merge them into larger internal batches). Every
 * task is awaited and checked: the first failure stops the run with its message.
 */
export class BatchWriter {
  private readonly opts: Required<BatchOptions>;
  private readonly buffers: Record<IndexKind, Lines> = {
    sections: new Lines(),
    documents: new Lines(),
    citations: new Lines(),
  };
  /** Documents of this batch that an earlier run indexed: their old records go after the batch. */
  private replaced: string[] = [];
  private readonly inFlight: Pending[] = [];
  documents = 0;
  sections = 0;
  batches = 0;

  constructor(
    private readonly store: MeiliStore,
    private readonly runId: string,
    opts: BatchOptions = {},
  ) {
    this.opts = { ...DEFAULT_BATCH, ...opts };
  }

  private get pendingChars(): number {
    return this.buffers.sections.chars + this.buffers.documents.chars + this.buffers.citations.chars;
  }

  /** Adds one document with its sections and citations; sends the batch when it is full. */
  async add(built: BuiltDocument, replacesEarlier: boolean): Promise<void> {
    for (const s of built.sections) this.buffers.sections.push(s);
    for (const c of built.citations) this.buffers.citations.push(c);
    this.buffers.documents.push(built.document);
    if (replacesEarlier) this.replaced.push(built.document.id);
    this.documents++;
    this.sections += built.sections.length;
    if (this.pendingChars >= this.opts.maxBatchChars) await this.flush();
  }

  /**
   * Enqueues what is buffered, in `batchSteps` order (document records last), each write sent once
   * the one before is accepted, which keeps that order in Meilisearch's queue.
   */
  async flush(): Promise<void> {
    if (this.buffers.documents.lines.length === 0) return;
    while (this.inFlight.length >= this.opts.maxInFlight) await this.settleOldest();
    const ndjson = {
      sections: this.buffers.sections.take(),
      citations: this.buffers.citations.take(),
      documents: this.buffers.documents.take(),
    };
    const steps = this.store.batchSteps(ndjson, this.replaced, this.runId);
    this.replaced = [];
    const sent: Pending = [];
    this.inFlight.push(sent);
    await enqueueInOrder(steps, sent);
    this.batches++;
  }

  private async settleOldest(): Promise<void> {
    const oldest = this.inFlight.shift();
    if (!oldest) return;
    for (const [task, what] of oldest) await settle(task, what, this.opts.pollMs);
  }

  /** Sends the last batch and waits until Meilisearch has indexed every batch. */
  async finish(): Promise<void> {
    await this.flush();
    while (this.inFlight.length > 0) await this.settleOldest();
  }

  /** After a failure: waits for what was sent (ignoring errors) so nothing writes behind the caller's back. */
  async abandon(): Promise<void> {
    const all = this.inFlight.splice(0);
    for (const batch of all)
      for (const [task] of batch)
        await task.waitTask({ timeout: 60 * 60_000, interval: this.opts.pollMs }).catch(() => undefined);
  }
}
