import { Injectable, SetMetadata } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../errors/domain-errors';
import { isUuid } from '../graphql/uuid';
import { AuthenticatedUser } from './authenticated-user';

// Organizations (issue 19): an id a caller sends must name something of their own organization,
// or the operation answers NOT_FOUND before it runs, exactly as for an id that does not exist.
// Operations declare which of their arguments are such ids; the AccessGuard checks them all in
// one place, so a service never has to remember to.

/** What an id argument names, and so how it is traced to an organization. */
export type Owned = 'drive' | 'shift' | 'signUp' | 'team' | 'campaign' | 'callOut' | 'user' | 'volunteer';

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
  callOut: 'Call-out',
  user: 'User',
  volunteer: 'Volunteer',
};

/**
 * Which of the ids ($1) are the organization's ($2); drive-bound kinds also take the desk's
 * drives ($3, null when not limited). A volunteer is an organization's while they have a
 * sign-up for one of its drives.
 */
const OWNED_IDS: Record<Owned, { sql: string; desk: boolean }> = {
  drive: { desk: true, sql: `SELECT d.id FROM drives d WHERE d.id = ANY($1) AND d.organization_id = $2 AND ($3::uuid[] IS NULL OR d.id = ANY($3))` },
  shift: {
    desk: true,
    sql: `SELECT sh.id FROM shifts sh JOIN drives d ON d.id = sh.drive_id WHERE sh.id = ANY($1) AND d.organization_id = $2 AND ($3::uuid[] IS NULL OR d.id = ANY($3))`,
  },
  signUp: {
    desk: true,
    sql: `SELECT s.id FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.id = ANY($1) AND d.organization_id = $2 AND ($3::uuid[] IS NULL OR d.id = ANY($3))`,
  },
  volunteer: {
    desk: true,
    sql: `SELECT DISTINCT s.volunteer_id AS id FROM sign_ups s JOIN drives d ON d.id = s.drive_id
           WHERE s.volunteer_id = ANY($1) AND d.organization_id = $2 AND ($3::uuid[] IS NULL OR d.id = ANY($3))`,
  },
  team: { desk: false, sql: `SELECT id FROM teams WHERE id = ANY($1) AND organization_id = $2` },
  campaign: { desk: false, sql: `SELECT id FROM campaigns WHERE id = ANY($1) AND organization_id = $2` },
  callOut: { desk: false, sql: `SELECT id FROM call_outs WHERE id = ANY($1) AND organization_id = $2` },
  user: { desk: false, sql: `SELECT id FROM users WHERE id = ANY($1) AND organization_id = $2` },
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

  /** Throws NOT_FOUND unless every id of `ids` (path -> kind) in `args` is the caller's to reach. */
  async check(user: AuthenticatedUser, ids: Record<string, Owned>, args: Record<string, unknown>): Promise<void> {
    if (user.role === Role.ADMIN) return;
    for (const [path, kind] of Object.entries(ids)) {
      // A malformed id names nothing; the operation reports it as it always has.
      const wanted = [...new Set(idsAt(args, path).filter(isUuid))];
      if (wanted.length === 0) continue;
      const rule = OWNED_IDS[kind];
      const desk = user.role === Role.DESK;
      if (desk && !rule.desk) throw new NotFoundError(NAMES[kind]);
      const rows: { id: string }[] = await this.dataSource.query(rule.sql, [wanted, user.organizationId, desk ? user.deskDriveIds : null]);
      if (rows.length !== wanted.length) throw new NotFoundError(NAMES[kind]);
    }
  }
}
