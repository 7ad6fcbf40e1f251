/**
 * Groups calls that arrive together into one database statement. A call starts a statement at once when
 * fewer than `parallel` are running; otherwise it waits for one to finish and goes in the next with every
 * call that arrived meanwhile (up to `maxBatch`). So a quiet relay adds no delay and a busy one sends one
 * statement per batch instead of one per event. When a batch fails, its calls are retried one by one, so
 * that one bad item fails alone.
 */
export interface BatchSettings {
  maxBatch: number;
  parallel: number;
}

interface Waiting<I, O> {
  item: I;
  resolve: (o: O) => void;
  reject: (err: unknown) => void;
}

export class Batcher<I, O> {
  private queue: Waiting<I, O>[] = [];
  private running = 0;
  private scheduled = false;

  constructor(
    /** Runs one statement for the items; answers one result per item, in order. */
    private readonly run: (items: I[]) => Promise<O[]>,
    private readonly settings: BatchSettings,
  ) {}

  add(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || !this.queue.length || this.running >= this.settings.parallel) return;
    this.scheduled = true;
    // Let the calls of this turn of the event loop join the batch.
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    const batch = this.queue.splice(0, this.settings.maxBatch);
    if (!batch.length) return;
    this.running++;
    try {
      await this.settle(batch);
    } finally {
      this.running--;
      this.schedule();
    }
  }

  private async settle(batch: Waiting<I, O>[]): Promise<void> {
    try {
      const results = await this.run(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (err) {
      if (batch.length === 1) return batch[0].reject(err);
      for (const w of batch) await this.settle([w]);
    }
  }
}
