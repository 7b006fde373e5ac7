/** A step's output, applied once every earlier step's has been. */
export type Step = () => void;

/**
 * Results in input order from jobs that finish in any order: steps are queued as promises of their output
 * and applied oldest first. `push` waits (applying the oldest) while more than `limit` are pending, which
 * bounds the jobs in flight and so the memory of a streamed run.
 */
export class Ordered {
  private readonly pending: Promise<Step>[] = [];

  constructor(
    private readonly limit: number,
    /** Called after each applied step (progress). */
    private readonly applied: () => void = () => {},
  ) {}

  /** Queues a step without waiting (for callbacks inside a read); the caller's next `push` makes room. */
  queue(step: Promise<Step> | Step): void {
    this.pending.push(Promise.resolve(step));
  }

  /** Queues a step, then applies the oldest while more than `limit` are pending. One caller at a time. */
  async push(step: Promise<Step> | Step): Promise<void> {
    this.pending.push(Promise.resolve(step));
    while (this.pending.length > this.limit) await this.applyOldest();
  }

  async drain(): Promise<void> {
    while (this.pending.length) await this.applyOldest();
  }

  private async applyOldest(): Promise<void> {
    const step = await this.pending.shift()!;
    step();
    this.applied();
  }
}
