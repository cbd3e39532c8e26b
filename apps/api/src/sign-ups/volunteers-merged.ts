// Two records of one person merged by an organizer: what other features keep about the merged
// record follows it to the one kept, in the same transaction. Features above sign-ups (messages'
// unsubscribe links) cannot be called from here, so they subscribe.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

type VolunteersMergedHandler = (tx: EntityManager, mergedId: string, keptId: string) => Promise<unknown>;

@Injectable()
export class VolunteersMerged {
  private readonly handlers: VolunteersMergedHandler[] = [];

  subscribe(handler: VolunteersMergedHandler): void {
    this.handlers.push(handler);
  }

  /** Called with both records locked, before the merged one is deleted. */
  async publish(tx: EntityManager, mergedId: string, keptId: string): Promise<void> {
    for (const handle of this.handlers) await handle(tx, mergedId, keptId);
  }
}
