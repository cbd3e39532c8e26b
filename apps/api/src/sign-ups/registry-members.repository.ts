// Owns registry_members: who is in an organization's stem-cell registry, kept apart from donation
// history. A person joins when a registry drive's desk records DONATED (sample taken) for them,
// and leaves when that outcome is corrected away; one membership per person and organization, so
// a second registry week does not count them again (the desk is told they are in already).
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MessageChannel } from '@life-relay/domain';
import { returningRows } from '../common/sql';

@Injectable()
export class RegistryMembers {
  /**
   * The sign-up's person joins the registry of its drive's organization on the sign-up's outcome
   * day (record the outcome first). Returns null when they are in it now through this sign-up,
   * or the day they joined through another one: then nothing changes.
   */
  async join(tx: EntityManager, signUpId: string): Promise<{ joinedOn: string } | null> {
    const joined = await returningRows(
      tx,
      `INSERT INTO registry_members (organization_id, volunteer_id, sign_up_id, joined_on)
       SELECT d.organization_id, s.volunteer_id, s.id, s.outcome_on FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.id = $1
       ON CONFLICT (organization_id, volunteer_id) DO NOTHING
       RETURNING sign_up_id`,
      [signUpId],
    );
    if (joined.length) return null;
    const [member] = await tx.query(
      `SELECT m.sign_up_id, to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on
         FROM sign_ups s JOIN drives d ON d.id = s.drive_id
         JOIN registry_members m ON m.organization_id = d.organization_id AND m.volunteer_id = s.volunteer_id
        WHERE s.id = $1`,
      [signUpId],
    );
    return !member || member.sign_up_id === signUpId ? null : { joinedOn: member.joined_on };
  }

  /** YYYY-MM-DD: since when the person of this contact is in the organization's registry; null if not. */
  async joinedOnOf(tx: EntityManager, organizationId: string, contact: { channel: MessageChannel; value: string }): Promise<string | null> {
    const [member] = await tx.query(
      `SELECT to_char(m.joined_on, 'YYYY-MM-DD') AS joined_on FROM registry_members m JOIN volunteers v ON v.id = m.volunteer_id
        WHERE m.organization_id = $1 AND ${contact.channel === MessageChannel.EMAIL ? 'v.email = $2' : 'v.phone = $2'}`,
      [organizationId, contact.value],
    );
    return member?.joined_on ?? null;
  }

  /** Everyone recorded DONATED at this registry drive who is not in its organization's registry yet joins it (a paper list). */
  async joinAllOf(tx: EntityManager, driveId: string): Promise<void> {
    await tx.query(
      `INSERT INTO registry_members (organization_id, volunteer_id, sign_up_id, joined_on)
       SELECT d.organization_id, s.volunteer_id, s.id, s.outcome_on FROM sign_ups s JOIN drives d ON d.id = s.drive_id
        WHERE s.drive_id = $1 AND s.status = 'DONATED' AND s.outcome_on IS NOT NULL
       ON CONFLICT DO NOTHING`,
      [driveId],
    );
  }

  /** The sign-up's outcome is no longer "joined" (a correction): the membership it made goes. */
  async leave(tx: EntityManager, signUpId: string): Promise<void> {
    await tx.query(`DELETE FROM registry_members WHERE sign_up_id = $1`, [signUpId]);
  }

  /**
   * Two records of one person merged: the kept record is in every registry either was in, since
   * the earlier of the two days where both were.
   */
  async moveToVolunteer(tx: EntityManager, fromId: string, toId: string): Promise<void> {
    await tx.query(
      `DELETE FROM registry_members m USING registry_members other
        WHERE m.volunteer_id IN ($1, $2) AND other.volunteer_id IN ($1, $2) AND other.volunteer_id <> m.volunteer_id
          AND other.organization_id = m.organization_id AND (other.joined_on, other.volunteer_id <> $2) < (m.joined_on, m.volunteer_id <> $2)`,
      [fromId, toId],
    );
    await tx.query(`UPDATE registry_members SET volunteer_id = $2 WHERE volunteer_id = $1`, [fromId, toId]);
  }
}
