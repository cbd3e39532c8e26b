// Owns the unsubscribe_tokens table: the one-click unsubscribe links of unsolicited messages.
// Only a token's hash is stored; the token itself exists in the message that carries it.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashManageToken, newManageToken } from '../../sign-ups/manage-token';

@Injectable()
export class UnsubscribeTokens {
  /** A fresh link token for the volunteer; earlier ones stay valid. */
  async issue(db: EntityManager, volunteerId: string): Promise<string> {
    const token = newManageToken();
    await db.query(`INSERT INTO unsubscribe_tokens (token_hash, volunteer_id) VALUES ($1, $2)`, [hashManageToken(token), volunteerId]);
    return token;
  }

  /** Whose link this is; null for a token never issued. */
  async volunteerOf(db: EntityManager, token: string): Promise<string | null> {
    const [row] = await db.query(`SELECT volunteer_id FROM unsubscribe_tokens WHERE token_hash = $1`, [hashManageToken(token)]);
    return row?.volunteer_id ?? null;
  }
}
