// Owns desk_operations: the desk taps already applied (see DeskTapInput), so that a replayed or
// retried tap is applied once.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictError } from '../common/errors/domain-errors';

export type DeskMutation = 'checkIn' | 'recordOutcome';

@Injectable()
export class DeskOperations {
  /**
   * Claims the operation id inside the caller's transaction: true when it is new (apply the tap),
   * false when it was applied before (change nothing). Two copies of one tap racing each other
   * meet on the primary key: the second waits for the first to commit and then sees it; when the
   * first rolls back (the tap was refused), the second is applied or refused on its own.
   */
  async claim(tx: EntityManager, operationId: string, mutation: DeskMutation, signUpId: string, actorId: string, tappedAt: Date): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO desk_operations (operation_id, mutation, sign_up_id, actor_id, tapped_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (operation_id) DO NOTHING RETURNING operation_id`,
      [operationId, mutation, signUpId, actorId, tappedAt],
    );
    if (inserted.length) return true;
    const [before] = await tx.query(`SELECT mutation, sign_up_id FROM desk_operations WHERE operation_id = $1`, [operationId]);
    if (!before || before.mutation !== mutation || before.sign_up_id !== signUpId) throw new ConflictError('operationReused');
    return false;
  }
}
