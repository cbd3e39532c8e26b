// Owns the writes to sign_up_events: recording one (the desk's check-ins and outcomes, a walk-in's
// check-in), and what an erasure takes out of the trail of a person's sign-ups.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SignUpStatus } from '@life-relay/domain';

@Injectable()
export class SignUpEvents {
  /** One change of a sign-up's status, by whom; `correction` when it changes a recorded outcome. */
  async record(tx: EntityManager, signUpId: string, from: SignUpStatus, to: SignUpStatus, correction: boolean, actorId: string, details: object): Promise<void> {
    await tx.query(
      // clock_timestamp: two events of one transaction (an implied check-in, then the outcome) keep their order.
      `INSERT INTO sign_up_events (sign_up_id, from_status, to_status, correction, actor_id, details, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, clock_timestamp())`,
      [signUpId, from, to, correction, actorId, JSON.stringify(details)],
    );
  }

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
