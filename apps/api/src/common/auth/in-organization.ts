import { Injectable, SetMetadata } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../errors/domain-errors';
import { isUuid } from '../graphql/uuid';
import { AuthenticatedUser } from './authenticated-user';

// Organizations (issue 19): an id a caller sends that names another organization's data is
// answered NOT_FOUND before the operation runs, never with its data.
// Operations declare which of their arguments are such ids; the AccessGuard checks them all in
// one place, so a service never has to remember to.

/** What an id argument names, and so how it is traced to an organization. */
export type Owned = 'drive' | 'shift' | 'signUp' | 'team' | 'campaign' | 'campaignStage' | 'callOut' | 'user' | 'volunteer';

export const OWNED_KEY = 'life-relay:owned';

/**
 * Argument paths (`id`, `input.driveId`, `input.driveIds`; a route's `:driveId`) whose ids must
 * belong to the caller's organization; for desk staff, to the drives they work.
 */
export const InOrganization = (ids: Record<string, Owned>) => SetMetadata(OWNED_KEY, ids);

const NAMES: Record<Owned, string> = {
  drive: 'Drive',
  shift: 'Shift',
  signUp: 'Sign-up',
  team: 'Team',
  campaign: 'Campaign',
  campaignStage: 'Campaign stage',
  callOut: 'Call-out',
  user: 'User',
  volunteer: 'Volunteer',
};

/**
 * Which of the ids ($1) exist but are not the organization's ($2); drive-bound kinds also refuse
 * what lies outside the desk's drives ($3, null when not limited). A volunteer is an
 * organization's while they have a sign-up for one of its drives. An id that names nothing is
 * left to the operation, which answers it as it always has (null or NOT_FOUND).
 */
const FOREIGN_IDS: Record<Owned, { sql: string; desk: boolean }> = {
  drive: {
    desk: true,
    sql: `SELECT d.id FROM drives d
           WHERE d.id = ANY($1::uuid[]) AND NOT (d.organization_id = $2::uuid AND ($3::uuid[] IS NULL OR d.id = ANY($3::uuid[])))`,
  },
  shift: {
    desk: true,
    sql: `SELECT sh.id FROM shifts sh JOIN drives d ON d.id = sh.drive_id
           WHERE sh.id = ANY($1::uuid[]) AND NOT (d.organization_id = $2::uuid AND ($3::uuid[] IS NULL OR d.id = ANY($3::uuid[])))`,
  },
  signUp: {
    desk: true,
    sql: `SELECT s.id FROM sign_ups s JOIN drives d ON d.id = s.drive_id
           WHERE s.id = ANY($1::uuid[]) AND NOT (d.organization_id = $2::uuid AND ($3::uuid[] IS NULL OR d.id = ANY($3::uuid[])))`,
  },
  volunteer: {
    desk: true,
    sql: `SELECT v.id FROM volunteers v
           WHERE v.id = ANY($1::uuid[])
             AND NOT EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                              WHERE s.volunteer_id = v.id AND d.organization_id = $2::uuid AND ($3::uuid[] IS NULL OR d.id = ANY($3::uuid[])))`,
  },
  team: { desk: false, sql: `SELECT id FROM teams WHERE id = ANY($1::uuid[]) AND organization_id <> $2::uuid` },
  campaign: { desk: false, sql: `SELECT id FROM campaigns WHERE id = ANY($1::uuid[]) AND organization_id <> $2::uuid` },
  campaignStage: {
    desk: false,
    sql: `SELECT st.id FROM campaign_stages st JOIN campaigns c ON c.id = st.campaign_id WHERE st.id = ANY($1::uuid[]) AND c.organization_id <> $2::uuid`,
  },
  callOut: { desk: false, sql: `SELECT id FROM call_outs WHERE id = ANY($1::uuid[]) AND organization_id <> $2::uuid` },
  // An admin's account belongs to no organization: it is nobody's to manage but an admin's.
  user: { desk: false, sql: `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND organization_id IS DISTINCT FROM $2::uuid` },
};

/** The ids at a dotted path of the arguments: one, several (a list) or none. */
export function idsAt(args: Record<string, unknown>, path: string): string[] {
  let value: unknown = args;
  for (const key of path.split('.')) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  const values = Array.isArray(value) ? value : value == null ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

@Injectable()
export class OrganizationScope {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Throws NOT_FOUND when an id of `ids` (path -> kind) in `args` names something the caller does not reach. */
  async check(user: AuthenticatedUser, ids: Record<string, Owned>, args: Record<string, unknown>): Promise<void> {
    if (user.role === Role.ADMIN) return;
    for (const [path, kind] of Object.entries(ids)) {
      // A malformed id names nothing; the operation reports it as it always has.
      const wanted = [...new Set(idsAt(args, path).filter(isUuid))];
      if (wanted.length === 0) continue;
      const rule = FOREIGN_IDS[kind];
      const desk = user.role === Role.DESK;
      if (desk && !rule.desk) throw new NotFoundError(NAMES[kind]);
      const params = rule.desk ? [wanted, user.organizationId, desk ? user.deskDriveIds : null] : [wanted, user.organizationId];
      const foreign: { id: string }[] = await this.dataSource.query(rule.sql, params);
      if (foreign.length > 0) throw new NotFoundError(NAMES[kind]);
    }
  }
}
