// Something one feature does that features above it must follow up in the same transaction. The
// lower feature cannot import the higher ones (the layers run one way), so they subscribe; the
// handlers run in order, inside the caller's transaction, and a failing one rolls it all back.
import { EntityManager } from 'typeorm';

export class TransactionEvent<Args extends unknown[]> {
  private readonly handlers: ((tx: EntityManager, ...args: Args) => Promise<unknown>)[] = [];

  subscribe(handler: (tx: EntityManager, ...args: Args) => Promise<unknown>): void {
    this.handlers.push(handler);
  }

  async publish(tx: EntityManager, ...args: Args): Promise<void> {
    for (const handle of this.handlers) await handle(tx, ...args);
  }
}
