// Planning drives: creating them with shifts, editing without breaking existing sign-ups,
// publishing and closing.
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { LRUCache } from 'lru-cache';
import { dayInZone, driveSlugBase, DriveStatus, Role, slugCandidate } from '@life-relay/domain';
import { AuthenticatedUser, organizationScope } from '../common/auth/authenticated-user';
import { ConflictError, FieldProblem, InvalidInputError, NotFoundError } from '../common/errors/domain-errors';
import { assertId, isUuid } from '../common/graphql/uuid';
import { columnsOf, containsPattern, entityOf, preparedQuery, returningRows } from '../common/sql';
import { Connection, decodeCursor, encodeCursor, pageSize, toConnection } from '../common/pagination/connection';
import { OrganizationsService } from '../organizations/organizations.service';
import { DriveEntity } from './drive.entity';
import { CreateDriveInput, ShiftInput, UpdateDriveInput, UpdateShiftInput } from './dto/drive.types';
import { DriveChanged } from './drive-changed';
import { DrivePublished } from './drive-published';
import { PlacesAdded } from './places-added';
import { ShiftEntity } from './shift.entity';

export interface DriveFilter {
  organizationId?: string | null;
  status?: DriveStatus | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

const SLUG_ATTEMPTS = 50;

/**
 * How long a drive found published is remembered for code requests: a rush asks for a code per
 * person, a campus a thousand at once, each a round trip for the same answer. A published drive
 * only ever closes (its slug stays), and a code asked for in the moment after it closed is
 * harmless: the sign-up reads the drive afresh and refuses a closed one. A slug not found is
 * asked again every time, so a drive just published takes codes at once.
 */
export const PUBLISHED_ORGANIZATION_MS = 2000;

@Injectable()
export class DrivesService {
  /** Published drives' organizations by slug (publishedOrganizationOf). */
  private readonly publishedOrganizations = new LRUCache<string, string>({ max: 1000, ttl: PUBLISHED_ORGANIZATION_MS });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(DriveEntity) private readonly drives: Repository<DriveEntity>,
    @InjectRepository(ShiftEntity) private readonly shifts: Repository<ShiftEntity>,
    private readonly placesAdded: PlacesAdded,
    private readonly driveChanged: DriveChanged,
    private readonly drivePublished: DrivePublished,
    private readonly organizations: OrganizationsService,
  ) {}

  /** `actor` null: the platform itself (the demo), into the first organization. */
  async create(actor: AuthenticatedUser | null, input: CreateDriveInput): Promise<DriveEntity> {
    const organizationId = await this.organizations.target(actor, input.organizationId, 'organizationId');
    const problems = [
      ...checkAgeWindow(input.minAge, input.maxAge),
      ...(input.shifts ?? []).flatMap((shift, i) => shiftOutsideDrive(shift, input, `shifts.${i}`)),
    ];
    if (problems.length) throw new InvalidInputError(problems);
    return this.dataSource.transaction(async (tx) => {
      const values = {
        title: input.title,
        description: input.description ?? null,
        kind: input.kind,
        location: input.location,
        regionCode: input.regionCode ?? null,
        announceRegionCode: input.announceRegionCode ?? null,
        timeZone: input.timeZone ?? 'Asia/Shanghai',
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        signUpGoal: input.signUpGoal ?? null,
        donationGoal: input.donationGoal ?? null,
        minAge: input.minAge ?? null,
        maxAge: input.maxAge ?? null,
        reminderHoursBefore: input.reminderHoursBefore ?? [24, 2],
        campaignId: await this.campaignOrNull(tx, input.campaignId, organizationId),
        organizationId,
        createdById: actor?.id ?? null,
      };
      const id = await this.insertWithFreeSlug(tx, values);
      if (input.shifts?.length) {
        await tx.getRepository(ShiftEntity).insert(input.shifts.map((s) => ({ driveId: id, ...s })));
      }
      return tx.getRepository(DriveEntity).findOneByOrFail({ id });
    });
  }

  /**
   * A past drive as the template of a new one: same details and shifts, moved so that it starts
   * at `startsAt`; a new DRAFT with its own slug. Sign-ups are not copied.
   */
  async copy(actor: AuthenticatedUser, id: string, startsAt: Date): Promise<DriveEntity> {
    const source = await this.get(id);
    if (!source) throw new NotFoundError('Drive');
    const shift = startsAt.getTime() - source.startsAt.getTime();
    const moved = (d: Date) => new Date(d.getTime() + shift);
    const shifts = (await this.shiftsOf([source.id])).get(source.id) ?? [];
    return this.create(actor, {
      organizationId: source.organizationId,
      title: source.title,
      description: source.description,
      kind: source.kind,
      location: source.location,
      regionCode: source.regionCode,
      announceRegionCode: source.announceRegionCode,
      timeZone: source.timeZone,
      startsAt: moved(source.startsAt),
      endsAt: moved(source.endsAt),
      signUpGoal: source.signUpGoal,
      donationGoal: source.donationGoal,
      minAge: source.minAge,
      maxAge: source.maxAge,
      reminderHoursBefore: source.reminderHoursBefore,
      campaignId: source.campaignId,
      shifts: shifts.map((s) => ({ startsAt: moved(s.startsAt), endsAt: moved(s.endsAt), capacity: s.capacity })),
    });
  }

  /** Published drives that have not ended (of one region, when asked), soonest first; at most 200. */
  upcoming(regionCode: string | null): Promise<DriveEntity[]> {
    return this.drives
      .createQueryBuilder('d')
      .where(`d.status = :published AND d.endsAt > now()`, { published: DriveStatus.PUBLISHED })
      .andWhere(`(CAST(:region AS text) IS NULL OR d.regionCode = :region)`, { region: regionCode })
      .orderBy('d.startsAt', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(200)
      .getMany();
  }

  async update(id: string, input: UpdateDriveInput): Promise<DriveEntity> {
    return this.dataSource.transaction(async (tx) => {
      const drive = await this.lockDrive(tx, id);
      assertEditable(drive);
      const next = { ...drive, ...definedOnly(input) } as DriveEntity;
      const problems: FieldProblem[] = [...checkAgeWindow(next.minAge, next.maxAge)];
      if (next.endsAt.getTime() <= next.startsAt.getTime()) problems.push({ field: 'endsAt', key: 'endsBeforeStart' });
      if (drive.status !== DriveStatus.DRAFT && next.kind !== drive.kind) problems.push({ field: 'kind', key: 'kindLocked' });
      const shifts = await tx.getRepository(ShiftEntity).findBy({ driveId: drive.id });
      if (shifts.some((s) => shiftOutsideDrive(s, next, '').length > 0)) {
        problems.push({ field: input.startsAt ? 'startsAt' : 'endsAt', key: 'shiftsOutsideDrive' });
      }
      if (problems.length) throw new InvalidInputError(problems);
      if (input.campaignId) await this.campaignOrNull(tx, input.campaignId, drive.organizationId);
      await tx.getRepository(DriveEntity).update({ id: drive.id }, definedOnly(input));
      // People signed up for a published drive are told where and when it now is.
      const moved = next.location !== drive.location || next.startsAt.getTime() !== drive.startsAt.getTime() || next.endsAt.getTime() !== drive.endsAt.getTime();
      if (drive.status === DriveStatus.PUBLISHED && moved) await this.driveChanged.publish(tx, drive.id, null);
      return tx.getRepository(DriveEntity).findOneByOrFail({ id: drive.id });
    });
  }

  async addShift(driveId: string, input: ShiftInput): Promise<ShiftEntity> {
    return this.dataSource.transaction(async (tx) => {
      const drive = await this.lockDrive(tx, driveId);
      assertEditable(drive);
      const problems = shiftOutsideDrive(input, drive, '');
      if (problems.length) throw new InvalidInputError(problems);
      const [row] = await tx.query(
        `INSERT INTO shifts (drive_id, starts_at, ends_at, capacity) VALUES ($1, $2, $3, $4) RETURNING id`,
        [drive.id, input.startsAt, input.endsAt, input.capacity],
      );
      return tx.getRepository(ShiftEntity).findOneByOrFail({ id: row.id });
    });
  }

  /**
   * Capacity may change down to the places already taken; times only while nobody has signed
   * up, so nobody's confirmed time moves under them.
   */
  async updateShift(id: string, input: UpdateShiftInput): Promise<ShiftEntity> {
    return this.dataSource.transaction(async (tx) => {
      const shift = await this.lockShift(tx, id);
      const drive = await this.lockDrive(tx, shift.driveId);
      assertEditable(drive);
      const next = { ...shift, ...definedOnly(input) };
      const problems: FieldProblem[] = [];
      const timesChange = next.startsAt.getTime() !== shift.startsAt.getTime() || next.endsAt.getTime() !== shift.endsAt.getTime();
      if (timesChange && shift.registeredCount + shift.waitlistCount > 0) {
        problems.push({ field: 'startsAt', key: 'shiftHasSignUps' });
      } else if (next.endsAt.getTime() <= next.startsAt.getTime()) {
        problems.push({ field: 'endsAt', key: 'endsBeforeStart' });
      } else {
        problems.push(...shiftOutsideDrive(next, drive, ''));
      }
      if (next.capacity < shift.registeredCount) {
        problems.push({ field: 'capacity', key: 'capacityBelowTaken', params: { taken: shift.registeredCount } });
      }
      if (problems.length) throw new InvalidInputError(problems);
      await tx.getRepository(ShiftEntity).update({ id: shift.id }, definedOnly(input));
      // More places: the people waiting get them now, in arrival order.
      if (next.capacity > shift.capacity) await this.placesAdded.publish(tx, shift.id);
      // Times move only while nobody holds the shift (above), so this tells nobody today; it is
      // here so that a looser rule cannot move someone's time without a word.
      if (drive.status === DriveStatus.PUBLISHED && timesChange) await this.driveChanged.publish(tx, drive.id, shift.id);
      return tx.getRepository(ShiftEntity).findOneByOrFail({ id: shift.id });
    });
  }

  async removeShift(id: string): Promise<DriveEntity> {
    return this.dataSource.transaction(async (tx) => {
      const shift = await this.lockShift(tx, id);
      const drive = await this.lockDrive(tx, shift.driveId);
      assertEditable(drive);
      if (shift.registeredCount + shift.waitlistCount > 0) {
        throw new ConflictError('shiftHasPeople');
      }
      if (drive.status === DriveStatus.PUBLISHED && (await tx.getRepository(ShiftEntity).countBy({ driveId: drive.id })) === 1) {
        throw new ConflictError('lastShift');
      }
      await tx.getRepository(ShiftEntity).delete({ id: shift.id });
      return drive;
    });
  }

  async publish(id: string): Promise<DriveEntity> {
    return this.dataSource.transaction(async (tx) => {
      const drive = await this.lockDrive(tx, id);
      if (drive.status === DriveStatus.PUBLISHED) return drive;
      if (drive.status === DriveStatus.CLOSED) throw new ConflictError('driveClosedNoPublish');
      if (!(await tx.getRepository(ShiftEntity).existsBy({ driveId: drive.id }))) {
        throw InvalidInputError.field('shifts', 'noShifts');
      }
      await tx.getRepository(DriveEntity).update({ id: drive.id }, { status: DriveStatus.PUBLISHED, publishedAt: new Date() });
      await this.drivePublished.publish(tx, drive.id);
      return tx.getRepository(DriveEntity).findOneByOrFail({ id: drive.id });
    });
  }

  /**
   * Marks the drive closed in the caller's transaction, which holds its shifts first (closing
   * changes its sign-ups: see outcomes/drive-closing.service.ts). `closedNow` is false when it
   * was closed already.
   */
  async markClosed(tx: EntityManager, id: string): Promise<{ drive: DriveEntity; closedNow: boolean }> {
    const drive = await this.lockDrive(tx, id);
    if (drive.status === DriveStatus.CLOSED) return { drive, closedNow: false };
    await tx.getRepository(DriveEntity).update({ id: drive.id }, { status: DriveStatus.CLOSED, closedAt: new Date() });
    return { drive: await tx.getRepository(DriveEntity).findOneByOrFail({ id: drive.id }), closedNow: true };
  }

  /** The published drive that ended longest ago, more than `graceHours` ago; null when none has. */
  async nextEnded(graceHours: number): Promise<string | null> {
    const [due] = await this.dataSource.query(
      `SELECT id FROM drives WHERE status = 'PUBLISHED' AND ends_at < now() - make_interval(hours => $1) ORDER BY ends_at LIMIT 1`,
      [graceHours],
    );
    return due?.id ?? null;
  }

  /**
   * Closes a drive found by nextEnded, in the caller's transaction (holding its shifts first).
   * False when another API process closed it meanwhile: the drive's lock lets one close it.
   */
  async closeIfStillPublished(tx: EntityManager, id: string): Promise<boolean> {
    const [drive] = await tx.query(`SELECT status FROM drives WHERE id = $1 FOR UPDATE`, [id]);
    if (drive.status !== DriveStatus.PUBLISHED) return false;
    await tx.query(`UPDATE drives SET status = 'CLOSED', closed_at = now(), updated_at = now() WHERE id = $1`, [id]);
    return true;
  }

  async get(id: string): Promise<DriveEntity | null> {
    if (!isUuid(id)) return null;
    // Every organizer's request for a drive reads it here: a plain prepared statement, not a TypeORM find.
    const [row] = await preparedQuery<Record<string, unknown>>(this.drives.manager, 'drive-by-id', `SELECT ${columnsOf(this.drives)} FROM drives WHERE id = $1`, [id]);
    return row ? entityOf(this.drives, row) : null;
  }

  /** A campaign's drives, first one first. */
  /** The zone of the organization's most recently made drive; null when it has none. */
  async latestTimeZoneOf(organizationId: string): Promise<string | null> {
    const [latest] = await this.drives.find({ select: { timeZone: true }, where: { organizationId }, order: { createdAt: 'DESC', id: 'DESC' }, take: 1 });
    return latest?.timeZone ?? null;
  }

  ofCampaign(campaignId: string): Promise<DriveEntity[]> {
    return this.drives.find({ where: { campaignId }, order: { startsAt: 'ASC', id: 'ASC' } });
  }

  /**
   * The organization of the published drive with `slug`, or null: what the public form's code
   * request needs, as one plain query (no entity built for it on the public hot path), remembered
   * for PUBLISHED_ORGANIZATION_MS once found (see there).
   */
  async publishedOrganizationOf(slug: string): Promise<string | null> {
    const known = this.publishedOrganizations.get(slug);
    if (known) return known;
    const [row] = await preparedQuery<{ organization_id: string }>(this.drives.manager, 'published-drive-organization', `SELECT organization_id FROM drives WHERE slug = $1 AND status = $2`, [
      slug,
      DriveStatus.PUBLISHED,
    ]);
    if (row) this.publishedOrganizations.set(slug, row.organization_id);
    return row?.organization_id ?? null;
  }

  async getBySlug(slug: string): Promise<DriveEntity | null> {
    return this.drives.findOneBy({ slug });
  }

  /** The drives the caller reaches: their organization's (desk staff: their desks'), an admin's every one. */
  async list(actor: AuthenticatedUser, filter: DriveFilter): Promise<Connection<DriveEntity>> {
    const limit = pageSize(filter.first);
    const query = this.drives.createQueryBuilder('d');
    const own = organizationScope(actor);
    if (own) query.andWhere('d.organization_id = :own', { own });
    if (actor.role === Role.DESK) query.andWhere('d.id = ANY(:desk)', { desk: actor.deskDriveIds });
    if (filter.organizationId) query.andWhere('d.organization_id = :organizationId', { organizationId: assertId(filter.organizationId, 'Organization') });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    const search = filter.search?.trim();
    if (search) query.andWhere('(d.title ILIKE :like OR d.location ILIKE :like OR d.slug = :search)', { like: containsPattern(search), search });
    const totalCount = await query.clone().getCount();
    if (filter.after) {
      // Newest first: (starts_at, id) descending.
      const [startsAt, id] = decodeCursor(filter.after, ['string', 'string']) as string[];
      // Only values one of our cursors holds; anything else would reach PostgreSQL as a type error.
      if (!isUuid(id) || !isIsoInstant(startsAt)) throw InvalidInputError.field('after', 'invalidValue');
      query.andWhere('(d.starts_at, d.id) < (:startsAt, :id)', { startsAt, id });
    }
    const rows = await query.orderBy('d.starts_at', 'DESC').addOrderBy('d.id', 'DESC').limit(limit + 1).getMany();
    return toConnection(rows, limit, totalCount, (d) => encodeCursor([d.startsAt.toISOString(), d.id]));
  }

  async shiftsOf(driveIds: readonly string[]): Promise<Map<string, ShiftEntity[]>> {
    const rows = driveIds.length
      ? await this.shifts
          .createQueryBuilder('s')
          .where('s.drive_id = ANY(:driveIds)', { driveIds })
          .orderBy('s.starts_at')
          .addOrderBy('s.id')
          .getMany()
      : [];
    const map = new Map<string, ShiftEntity[]>();
    for (const row of rows) map.set(row.driveId, [...(map.get(row.driveId) ?? []), row]);
    return map;
  }

  /** A campaign groups drives of one organization. */
  private async campaignOrNull(tx: EntityManager, campaignId: string | null | undefined, organizationId: string): Promise<string | null> {
    if (!campaignId) return null;
    const [found] = await tx.query(`SELECT id FROM campaigns WHERE id = $1 AND organization_id = $2`, [campaignId, organizationId]);
    if (!found) throw InvalidInputError.field('campaignId', 'unknownCampaign');
    return campaignId;
  }

  /**
   * A walk-in at a full shift: the person is standing at the desk, so the shift grows by the one
   * place they take (the organizer's plan was for people booking ahead). Nobody waiting moves up:
   * the new place is the walk-in's. The caller holds the shift's lock (the order of locks in
   * places.repository.ts); true when the shift was full and grew.
   */
  async addPlaceIfFull(tx: EntityManager, shiftId: string): Promise<boolean> {
    const grown = await returningRows(tx, `UPDATE shifts SET capacity = capacity + 1 WHERE id = $1 AND registered_count >= capacity RETURNING id`, [shiftId]);
    return grown.length > 0;
  }

  /** Serialises changes to one drive behind a row lock. */
  private lockDrive(tx: EntityManager, id: string): Promise<DriveEntity> {
    return lockRow(tx, DriveEntity, id, 'Drive');
  }

  /** The same lock the sign-up path takes on a shift, so capacity changes and sign-ups queue up. */
  private lockShift(tx: EntityManager, id: string): Promise<ShiftEntity> {
    return lockRow(tx, ShiftEntity, id, 'Shift');
  }

  /** Inserts the drive under the first free slug of its title: blood-day, blood-day-2, ... */
  private async insertWithFreeSlug(tx: EntityManager, values: Partial<DriveEntity>): Promise<string> {
    const base = driveSlugBase(values.title as string, dayInZone(values.startsAt as Date, values.timeZone as string));
    for (let attempt = 1; attempt <= SLUG_ATTEMPTS; attempt++) {
      const result = await tx
        .createQueryBuilder()
        .insert()
        .into(DriveEntity)
        .values({ ...values, slug: slugCandidate(base, attempt) })
        .orIgnore()
        .returning('id')
        .execute();
      if (result.raw[0]?.id) return result.raw[0].id;
    }
    return this.insertWithRandomSlug(tx, base, values);
  }

  private async insertWithRandomSlug(tx: EntityManager, base: string, values: Partial<DriveEntity>): Promise<string> {
    const result = await tx
      .createQueryBuilder()
      .insert()
      .into(DriveEntity)
      .values({ ...values, slug: `${base}-${Math.random().toString(36).slice(2, 8)}` })
      .returning('id')
      .execute();
    return result.raw[0].id;
  }
}

async function lockRow<T extends { id: string }>(tx: EntityManager, entity: new () => T, id: string, what: string): Promise<T> {
  const row = await tx
    .getRepository(entity)
    .createQueryBuilder('row')
    .setLock('pessimistic_write')
    .where('row.id = :id', { id: assertId(id, what) })
    .getOne();
  if (!row) throw new NotFoundError(what);
  return row;
}

function isIsoInstant(value: string): boolean {
  const date = new Date(value);
  return !Number.isNaN(date.getTime()) && date.toISOString() === value;
}

function assertEditable(drive: DriveEntity) {
  if (drive.status === DriveStatus.CLOSED) throw new ConflictError('driveNotEditable');
}

function checkAgeWindow(minAge?: number | null, maxAge?: number | null): FieldProblem[] {
  if (minAge != null && maxAge != null && minAge > maxAge) {
    return [{ field: 'maxAge', key: 'outOfRange', params: { min: minAge, max: 120 } }];
  }
  return [];
}

function shiftOutsideDrive(
  shift: { startsAt: Date; endsAt: Date },
  drive: { startsAt: Date; endsAt: Date },
  prefix: string,
): FieldProblem[] {
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const problems: FieldProblem[] = [];
  if (shift.startsAt.getTime() < drive.startsAt.getTime()) problems.push({ field: field('startsAt'), key: 'outsideDrive' });
  if (shift.endsAt.getTime() > drive.endsAt.getTime()) problems.push({ field: field('endsAt'), key: 'outsideDrive' });
  return problems;
}

// In an update, an omitted field stays as it is; null clears only what may be empty.
const CLEARABLE = new Set(['description', 'signUpGoal', 'donationGoal', 'minAge', 'maxAge', 'campaignId', 'regionCode', 'announceRegionCode']);

/** The fields an update actually sets. */
function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && (v !== null || CLEARABLE.has(k)))) as Partial<T>;
}
