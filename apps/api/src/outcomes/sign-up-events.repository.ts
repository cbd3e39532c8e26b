// Owns the writes to sign_up_events beyond recording one (outcomes.service.ts records them): what
// an erasure takes out of the trail of a person's sign-ups.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

@Injectable()
export class SignUpEvents {
  /**
   * The events of an erased person's sign-ups keep who changed what status and when, and lose
   * their details (volume, deferral reason, retry date as typed at the desk).
   */
  async eraseDetailsOf(tx: EntityManager, volunteerId: string): Promise<void> {
    await tx.query(
      `UPDATE sign_up_events e SET details = '{}'::jsonb
         FROM sign_ups s
        WHERE s.id = e.sign_up_id AND s.volunteer_id = $1 AND e.details <> '{}'::jsonb`,
      [volunteerId],
    );
  }
}
