// Owns the manage_tokens table: the links behind which a volunteer sees, moves or cancels their
// sign-up. Only a token's hash is stored; the token itself exists in the message that carries it.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashManageToken, newManageToken } from './manage-token';

@Injectable()
export class ManageTokens {
  /** A fresh link for the sign-up; earlier ones stay valid. */
  async issue(tx: EntityManager, signUpId: string): Promise<string> {
    const token = newManageToken();
    await tx.query(`INSERT INTO manage_tokens (token_hash, sign_up_id) VALUES ($1, $2)`, [hashManageToken(token), signUpId]);
    return token;
  }

  /** Forgets a token that will reach nobody (its message was not queued). */
  async discard(tx: EntityManager, token: string): Promise<void> {
    await tx.query(`DELETE FROM manage_tokens WHERE token_hash = $1`, [hashManageToken(token)]);
  }
}
