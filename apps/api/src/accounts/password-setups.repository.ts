// Owns the one-time set-password links (password_setups): minting one for the admin who asks,
// minting one for an invitation at the moment its e-mail is sent, and using a person's links up.
// Only a token's hash is stored; the token itself exists in the answer or the message that
// carries it, never in the outbox.
import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'crypto';
import { EntityManager } from 'typeorm';
import { Role } from '@life-relay/domain';
import { isUuid } from '../common/graphql/uuid';
import { APP_CONFIG, AppConfig } from '../config/app-config';

export const SETUP_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export function hashSetupToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SetupLink {
  setPasswordUrl: string;
  expiresAt: Date;
  /** The token in the link, so that a stored copy of a message can be kept without it. */
  token: string;
}

/** What an invitation e-mail says: who is invited, as what, and their link. */
export interface InvitationLink extends SetupLink {
  name: string;
  role: Role;
}

@Injectable()
export class PasswordSetups {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A fresh link for the account; earlier ones stay valid until one of them is used. */
  async issue(db: EntityManager, userId: string): Promise<SetupLink> {
    const { token, hash, expiresAt } = this.newToken();
    await db.query(`INSERT INTO password_setups (user_id, token_hash, expires_at) VALUES ($1, $2, $3)`, [userId, hash, expiresAt]);
    return this.link(token, expiresAt);
  }

  /**
   * The link of an invitation e-mail, minted as it is sent, with the invitee's name and role; in
   * one statement. Null when there is nobody to invite any more: the account is gone, or its
   * password was set already (through the link the inviting admin was given), so that no mail
   * carries a key the person does not need.
   */
  async issueForInvitation(db: EntityManager, userId: string): Promise<InvitationLink | null> {
    if (!isUuid(userId)) return null;
    const { token, hash, expiresAt } = this.newToken();
    const [row] = await db.query(
      `WITH invitee AS (SELECT id, name, role FROM users WHERE id = $1 AND password_hash IS NULL),
            minted AS (INSERT INTO password_setups (user_id, token_hash, expires_at) SELECT id, $2, $3 FROM invitee RETURNING user_id)
       SELECT invitee.name, invitee.role FROM invitee JOIN minted ON minted.user_id = invitee.id`,
      [userId, hash, expiresAt],
    );
    return row ? { name: row.name, role: row.role, ...this.link(token, expiresAt) } : null;
  }

  /**
   * A password was set through one link: every other link of the account is used up with it. An
   * invitation has two (the admin's answer and the e-mail's, minted when it was sent); either one
   * sets the password once, and the other cannot change it afterwards.
   */
  async useUpAll(db: EntityManager, userId: string): Promise<void> {
    await db.query(`UPDATE password_setups SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
  }

  private newToken() {
    const token = randomBytes(32).toString('base64url');
    return { token, hash: hashSetupToken(token), expiresAt: new Date(Date.now() + SETUP_LINK_LIFETIME_MS) };
  }

  private link(token: string, expiresAt: Date): SetupLink {
    return { setPasswordUrl: `${this.config.publicUrl}/set-password#token=${token}`, expiresAt, token };
  }
}
