import { Injectable, SetMetadata } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Role } from '@life-relay/domain';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../errors/domain-errors';
import { preparedQuery } from '../sql';
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
 * How an id is traced to its organization: its rows (id, organization_id, drive_id) for the ids
 * in $1, drive_id naming the drive a drive-bound kind belongs to (desk staff reach only theirs;
 * null for the other kinds, which desk staff never reach). An id that names nothing has no row and
 * is left to the operation, which answers it as it always has (null or NOT_FOUND). These do not
 * depend on the caller, so the guard asks them while the caller's token is still being verified.
 */
const OWNERS: Record<Exclude<Owned, 'volunteer'>, string> = {
  drive: `SELECT id, organization_id, id AS drive_id FROM drives WHERE id = ANY($1::uuid[])`,
  shift: `SELECT sh.id, d.organization_id, d.id AS drive_id FROM shifts sh JOIN drives d ON d.id = sh.drive_id WHERE sh.id = ANY($1::uuid[])`,
  signUp: `SELECT s.id, d.organization_id, d.id AS drive_id FROM sign_ups s JOIN drives d ON d.id = s.drive_id WHERE s.id = ANY($1::uuid[])`,
  team: `SELECT id, organization_id, NULL::uuid AS drive_id FROM teams WHERE id = ANY($1::uuid[])`,
  campaign: `SELECT id, organization_id, NULL::uuid AS drive_id FROM campaigns WHERE id = ANY($1::uuid[])`,
  campaignStage: `SELECT st.id, c.organization_id, NULL::uuid AS drive_id FROM campaign_stages st JOIN campaigns c ON c.id = st.campaign_id WHERE st.id = ANY($1::uuid[])`,
  callOut: `SELECT id, organization_id, NULL::uuid AS drive_id FROM call_outs WHERE id = ANY($1::uuid[])`,
  // An admin's account belongs to no organization (null): it is nobody's to manage but an admin's.
  user: `SELECT id, organization_id, NULL::uuid AS drive_id FROM users WHERE id = ANY($1::uuid[])`,
};

/** Kinds whose ids desk staff may name: those of their drives. */
const DESK_KINDS: ReadonlySet<Owned> = new Set(['drive', 'shift', 'signUp', 'volunteer']);

/**
 * A volunteer is an organization's while they have a sign-up for one of its drives (for desk
 * staff: one of theirs): which of the ids ($1) exist but are not the organization's ($2), within
 * the desk's drives ($3, null when not limited). This one depends on the caller.
 */
const FOREIGN_VOLUNTEERS = `SELECT v.id FROM volunteers v
  WHERE v.id = ANY($1::uuid[])
    AND NOT EXISTS (SELECT 1 FROM sign_ups s JOIN drives d ON d.id = s.drive_id
                     WHERE s.volunteer_id = v.id AND d.organization_id = $2::uuid AND ($3::uuid[] IS NULL OR d.id = ANY($3::uuid[])))`;

interface Owner {
  id: string;
  organization_id: string | null;
  drive_id: string | null;
}

/** What the ids of an operation's arguments were traced to before the caller was known. */
export type IdOwners = { kind: Owned; ids: string[]; owners: Owner[] | null }[];

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

  /**
   * Traces the ids of `ids` (path -> kind) in `args` to their organizations: the half of the
   * check that does not depend on the caller, asked while the token is verified.
   */
  async lookUp(ids: Record<string, Owned>, args: Record<string, unknown>): Promise<IdOwners> {
    const traced: Promise<IdOwners[number]>[] = [];
    for (const [path, kind] of Object.entries(ids)) {
      // A malformed id names nothing; the operation reports it as it always has.
      const wanted = [...new Set(idsAt(args, path).filter(isUuid))];
      if (wanted.length === 0) continue;
      // Prepared: nearly every signed-in request that names an id asks one of these.
      const owners = kind === 'volunteer' ? Promise.resolve(null) : preparedQuery<Owner>(this.dataSource.manager, `owners-of-${kind}`, OWNERS[kind], [wanted]);
      traced.push(owners.then((rows) => ({ kind, ids: wanted, owners: rows })));
    }
    return Promise.all(traced);
  }

  /** Throws NOT_FOUND when an id looked up names something the caller does not reach. */
  async check(user: AuthenticatedUser, traced: IdOwners): Promise<void> {
    if (user.role === Role.ADMIN) return;
    const desk = user.role === Role.DESK;
    for (const { kind, ids, owners } of traced) {
      if (desk && !DESK_KINDS.has(kind)) throw new NotFoundError(NAMES[kind]);
      const foreign = owners
        ? owners.some((o) => o.organization_id !== user.organizationId || (desk && !user.deskDriveIds.includes(o.drive_id as string)))
        : (await preparedQuery(this.dataSource.manager, 'foreign-volunteers', FOREIGN_VOLUNTEERS, [ids, user.organizationId, desk ? user.deskDriveIds : null])).length > 0;
      if (foreign) throw new NotFoundError(NAMES[kind]);
    }
  }
}
