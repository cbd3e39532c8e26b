// What a call-out's message is written from: the need as the organizer sent it, the drive to sign
// up for (if any) and the recipient's name, in one query per message.
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface CallOutFacts {
  kind: string;
  blood_types: string[];
  message: string;
  /** The drive's, when the call-out names one. */
  slug: string | null;
  /** The recipient's. */
  name: string;
  /** The need (issue 23); null on older call-outs. */
  people_needed: number | null;
  place: string | null;
  needed_by: Date | null;
}

@Injectable()
export class CallOutFactsReader {
  /** Null when the call-out or the volunteer is gone. */
  async forRecipient(db: EntityManager, callOutId: unknown, volunteerId: string | null): Promise<CallOutFacts | null> {
    const [c] = await db.query(
      `SELECT c.kind, c.blood_types, c.message, c.people_needed, c.place, c.needed_by, d.slug, v.name FROM call_outs c LEFT JOIN drives d ON d.id = c.drive_id, volunteers v
        WHERE c.id = $1 AND v.id = $2`,
      [callOutId, volunteerId],
    );
    return c ?? null;
  }
}
