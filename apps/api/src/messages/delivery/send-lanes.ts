/**
 * Sends messages as many at once as a channel allows (its width: the SMTP pool's connections, the
 * SMPP window), one recipient's messages one after another in the order they were added.
 *
 * Messages can be added while earlier ones are still going: a recipient whose lane is still open
 * gets the new ones at its end, anyone else a lane of their own. So the delivery of one batch
 * flows into the next, and the window is full until the last message: when each batch drained
 * the window first, every batch ended on a few texts alone on the session, each waiting a round
 * trip (up to 40 ms of a peer's delayed acknowledgement) with nothing else to send.
 */
export class SendLanes<T> {
  /** Lanes no worker has taken yet, oldest first. */
  private readonly waiting: { recipient: string; items: T[] }[] = [];
  /** Every lane with a message still to send or being sent, by recipient. */
  private readonly open = new Map<string, T[]>();
  private readonly idle: (() => void)[] = [];
  private readonly drained: (() => void)[] = [];
  private readonly workers: Promise<void>[];
  private queued = 0;
  private closing = false;
  private failure: unknown = null;

  /** `send` is expected to settle every message itself; a throw stops nothing and is rethrown by close. */
  constructor(
    width: number,
    private readonly send: (item: T) => Promise<void>,
  ) {
    this.workers = Array.from({ length: width }, () => this.work());
  }

  /** Messages added and not yet started. */
  get backlog(): number {
    return this.queued;
  }

  add(recipient: string, item: T): void {
    if (this.closing) throw new Error('SendLanes is closed');
    this.queued++;
    const lane = this.open.get(recipient);
    if (lane) {
      lane.push(item);
      return;
    }
    const items = [item];
    this.open.set(recipient, items);
    this.waiting.push({ recipient, items });
    this.idle.shift()?.();
  }

  /** Resolves once no more than `count` messages wait to be started. */
  async atMost(count: number): Promise<void> {
    while (this.queued > count) await new Promise<void>((resolve) => this.drained.push(resolve));
  }

  /** Sends what was added, then stops the workers; throws the first failure of `send`, if any. */
  async close(): Promise<void> {
    this.closing = true;
    for (const wake of this.idle.splice(0)) wake();
    await Promise.all(this.workers);
    if (this.failure) throw this.failure;
  }

  private async work(): Promise<void> {
    for (;;) {
      const lane = this.waiting.shift();
      if (!lane) {
        if (this.closing) return;
        await new Promise<void>((resolve) => this.idle.push(resolve));
        continue;
      }
      for (let item = lane.items.shift(); item !== undefined; item = lane.items.shift()) {
        this.queued--;
        for (const resolve of this.drained.splice(0)) resolve();
        try {
          await this.send(item);
        } catch (error) {
          this.failure ??= error;
        }
      }
      // Nothing was added to the lane while its last message went: the next one opens a new lane.
      this.open.delete(lane.recipient);
    }
  }
}
