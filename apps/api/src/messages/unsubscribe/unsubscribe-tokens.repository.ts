// Owns the unsubscribe_tokens table: the one-click unsubscribe links of unsolicited messages.
// Only a token's hash is stored; the token itself exists in the message that carries it.
import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashManageToken, newManageToken } from '../../sign-ups/manage-token';
import { VolunteersMerged } from '../../sign-ups/volunteers-merged';

@Injectable()
export class UnsubscribeTokens implements OnModuleInit {
  constructor(private readonly volunteersMerged: VolunteersMerged) {}

  onModuleInit(): void {
    // Links sent to a record an organizer merged into another keep working for the person.
    this.volunteersMerged.subscribe((tx, mergedId, keptId) => this.moveToVolunteer(tx, mergedId, keptId));
  }

  /** A fresh link token for the volunteer; earlier ones stay valid. */
  async issue(db: EntityManager, volunteerId: string): Promise<string> {
    const token = newManageToken();
    await db.query(`INSERT INTO unsubscribe_tokens (token_hash, volunteer_id) VALUES ($1, $2)`, [hashManageToken(token), volunteerId]);
    return token;
  }

  /** A merged volunteer's links unsubscribe the record kept. */
  async moveToVolunteer(db: EntityManager, fromId: string, toId: string): Promise<void> {
    await db.query(`UPDATE unsubscribe_tokens SET volunteer_id = $2 WHERE volunteer_id = $1`, [fromId, toId]);
  }

  /** Every unsubscribe link of the person stops working (an erasure: they get no more messages anyway). */
  async revokeAll(db: EntityManager, volunteerId: string): Promise<void> {
    await db.query(`DELETE FROM unsubscribe_tokens WHERE volunteer_id = $1`, [volunteerId]);
  }

  /** Whose link this is; null for a token never issued. */
  async volunteerOf(db: EntityManager, token: string): Promise<string | null> {
    const [row] = await db.query(`SELECT volunteer_id FROM unsubscribe_tokens WHERE token_hash = $1`, [hashManageToken(token)]);
    return row?.volunteer_id ?? null;
  }
}
