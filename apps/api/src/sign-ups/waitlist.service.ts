// Serving the waitlist: when places free up (a cancellation, a move, a larger capacity), the
// first people waiting get them in arrival order and are told.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { PlacesAdded } from '../drives/places-added';
import { MessagePurpose } from '@life-relay/domain';
import { Outbox } from '../outbox/outbox.repository';
import { Places } from '../places/places.repository';
import { SignUpsRepository } from './sign-ups.repository';

@Injectable()
export class WaitlistService implements OnModuleInit {
  constructor(
    private readonly places: Places,
    private readonly signUps: SignUpsRepository,
    private readonly outbox: Outbox,
    private readonly placesAdded: PlacesAdded,
  ) {}

  onModuleInit(): void {
    // An organizer raising a shift's capacity.
    this.placesAdded.subscribe((tx, shiftId) => this.promote(tx, shiftId));
  }

  /** Fills the shift's free places from its waitlist. The caller holds the shift's row lock. */
  async promote(tx: EntityManager, shiftId: string): Promise<number> {
    const free = await this.places.free(tx, shiftId);
    if (!free) return 0;
    const promoted = await this.signUps.promoteWaitlisted(tx, shiftId, free);
    if (!promoted.length) return 0;
    await this.places.promoted(tx, shiftId, promoted.length);
    for (const p of promoted) {
      await this.outbox.enqueue(tx, {
        purpose: MessagePurpose.WAITLIST_PROMOTION,
        dedupeKey: `${MessagePurpose.WAITLIST_PROMOTION}:${p.id}:${p.arrival}`,
        channel: p.channel,
        recipient: p.recipient,
        volunteerId: p.volunteer_id,
        signUpId: p.id,
        locale: p.locale,
        payload: { signUpId: p.id, shiftId },
      });
    }
    return promoted.length;
  }
}
