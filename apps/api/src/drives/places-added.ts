// A shift whose capacity is raised has places for the people waiting for it, who move up in the
// same transaction. Who waits is the business of sign-ups, which build on drives (drives cannot
// depend on them), so they subscribe here.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

type PlacesAddedHandler = (tx: EntityManager, shiftId: string) => Promise<unknown>;

@Injectable()
export class PlacesAdded {
  private readonly handlers: PlacesAddedHandler[] = [];

  subscribe(handler: PlacesAddedHandler): void {
    this.handlers.push(handler);
  }

  /** Called with the shift's row locked, after its capacity grew. */
  async publish(tx: EntityManager, shiftId: string): Promise<void> {
    for (const handle of this.handlers) await handle(tx, shiftId);
  }
}
