// Owns the manage_tokens table: the links behind which a volunteer sees, moves or cancels their
// sign-up. Only a token's hash is stored; the token itself exists in the receipt or the message
// that carries it, and a message's is minted when it is sent (the outbox keeps no token).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { hashManageToken, newManageToken } from './manage-token';

@Injectable()
export class ManageTokens {
  /** A fresh link for the sign-up; earlier ones stay valid. */
  async issue(tx: EntityManager, signUpId: string): Promise<string> {
    const [token] = await this.issueMany(tx, [signUpId]);
    return token;
  }

  /** A fresh link for each of these sign-ups, in the same order, in one statement (a delivery batch's). */
  async issueMany(db: EntityManager, signUpIds: string[]): Promise<string[]> {
    if (!signUpIds.length) return [];
    const tokens = signUpIds.map(() => newManageToken());
    await db.query(`INSERT INTO manage_tokens (token_hash, sign_up_id) SELECT * FROM unnest($1::text[], $2::uuid[])`, [tokens.map(hashManageToken), signUpIds]);
    return tokens;
  }
}
