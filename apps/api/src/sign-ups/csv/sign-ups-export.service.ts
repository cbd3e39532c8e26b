// A drive's sign-ups as a spreadsheet for organizers: one row per sign-up in arrival order, read
// in batches so that a registry week with tens of thousands of sign-ups streams in constant memory.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DriveKind, joinsRegistry } from '@life-relay/domain';
import { NotFoundError } from '../../common/errors/domain-errors';
import { DrivesService } from '../../drives/drives.service';
import type { CollegeEntity } from '../../teams/college.entity';
import type { TeamEntity } from '../../teams/team.entity';
import { TeamsService } from '../../teams/teams.service';

export const EXPORT_COLUMNS = [
  'name',
  'email',
  'phone',
  'birthDate',
  'bloodType',
  'status',
  'shiftStartsAt',
  'shiftEndsAt',
  'team',
  'teamCode',
  'college',
  'channel',
  'source',
  'signedUpAt',
  'checkedInAt',
  'volumeMl',
  'deferralReason',
  'retryOn',
  'sampleId',
  'joined',
] as const;

type ExportColumn = (typeof EXPORT_COLUMNS)[number];

/**
 * The columns of a drive's file: a stem-cell registry drive has the sample id and the day the
 * person joined the registry there (no volume: nothing is given by volume); any other drive has
 * the volume given and neither of those.
 */
export function exportColumns(kind: DriveKind | `${DriveKind}`): readonly ExportColumn[] {
  const registryOnly: readonly ExportColumn[] = ['sampleId', 'joined'];
  return EXPORT_COLUMNS.filter((c) => (joinsRegistry(kind) ? c !== 'volumeMl' : !registryOnly.includes(c)));
}

/** The instants, written as the drive's wall time with its zone named in the header. */
export const EXPORT_TIME_COLUMNS: ReadonlySet<(typeof EXPORT_COLUMNS)[number]> = new Set(['shiftStartsAt', 'shiftEndsAt', 'signedUpAt', 'checkedInAt']);

/**
 * The header row: `signedUpAt (Asia/Shanghai)` where a column holds the drive's wall times, so
 * that an organizer reads the times as the day's schedule and knows which clock they are on; the
 * import reads the zone back from the same header.
 */
export function exportHeader(timeZone: string, kind: DriveKind | `${DriveKind}`): { key: string; header: string }[] {
  return exportColumns(kind).map((key) => ({ key, header: EXPORT_TIME_COLUMNS.has(key) ? `${key} (${timeZone})` : key }));
}

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | Date | null>;

const BATCH = 1000;

interface SignUpRow {
  id: string;
  team_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  birth_date: string | null;
  blood_type: string | null;
  status: string;
  starts_at: Date;
  ends_at: Date;
  channel: string;
  source: string | null;
  created_at: Date;
  checked_in_at: Date | null;
  volume_ml: number | null;
  deferral_reason: string | null;
  retry_on: string | null;
  sample_id: string | null;
  joined_on: string | null;
}

@Injectable()
export class SignUpsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
  ) {}

  /**
   * The file name's drive slug, the drive's time zone (the times' clock), the number of rows (for
   * the audit log, before anything is sent) and the rows; throws NOT_FOUND before anything is streamed.
   */
  async export(driveId: string): Promise<{ slug: string; timeZone: string; kind: DriveKind; count: number; rows: AsyncIterable<ExportRow> }> {
    const drive = await this.drives.get(driveId);
    if (!drive) throw new NotFoundError('Drive');
    // The ids first: each sign-up is then written exactly once, even if one changes shift or
    // comes back from a cancellation (a new arrival) while the file is being downloaded.
    const ids: string[] = (await this.dataSource.query(`SELECT id FROM sign_ups WHERE drive_id = $1 ORDER BY arrival`, [drive.id])).map(
      (r: { id: string }) => r.id,
    );
    return { slug: drive.slug, timeZone: drive.timeZone, kind: drive.kind, count: ids.length, rows: this.rows(ids) };
  }

  private async *rows(ids: string[]): AsyncGenerator<ExportRow> {
    const teams = new Map<string, TeamEntity>();
    const colleges = new Map<string, CollegeEntity>();
    for (let start = 0; start < ids.length; start += BATCH) {
      const batch = ids.slice(start, start + BATCH);
      const found: SignUpRow[] = await this.dataSource.query(
        `SELECT s.id, s.team_id, v.name, v.email, v.phone, to_char(v.birth_date, 'YYYY-MM-DD') AS birth_date, v.blood_type,
                s.status, sh.starts_at, sh.ends_at, s.channel, s.source, s.created_at, s.checked_in_at, s.volume_ml,
                s.deferral_reason, to_char(s.retry_on, 'YYYY-MM-DD') AS retry_on, s.sample_id,
                (SELECT to_char(m.joined_on, 'YYYY-MM-DD') FROM registry_members m WHERE m.sign_up_id = s.id) AS joined_on
           FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN shifts sh ON sh.id = s.shift_id
          WHERE s.id = ANY($1)`,
        [batch],
      );
      await this.loadTeams(found, teams, colleges);
      const byId = new Map(found.map((r) => [r.id, r]));
      for (const id of batch) {
        const row = byId.get(id);
        if (row) yield toExportRow(row, row.team_id ? teams.get(row.team_id) : undefined, colleges);
      }
    }
  }

  /** Teams and colleges of a batch not seen in an earlier one: two queries per batch at most. */
  private async loadTeams(rows: SignUpRow[], teams: Map<string, TeamEntity>, colleges: Map<string, CollegeEntity>) {
    const teamIds = [...new Set(rows.map((r) => r.team_id).filter((id): id is string => !!id && !teams.has(id)))];
    for (const team of await this.teams.findByIds(teamIds)) teams.set(team.id, team);
    const collegeIds = [...new Set([...teams.values()].map((t) => t.collegeId).filter((id): id is string => !!id && !colleges.has(id)))];
    for (const college of await this.teams.findCollegesByIds(collegeIds)) colleges.set(college.id, college);
  }
}

function toExportRow(r: SignUpRow, team: TeamEntity | undefined, colleges: Map<string, CollegeEntity>): ExportRow {
  return {
    name: r.name,
    email: r.email,
    phone: r.phone,
    birthDate: r.birth_date,
    bloodType: r.blood_type,
    status: r.status,
    shiftStartsAt: r.starts_at,
    shiftEndsAt: r.ends_at,
    team: team?.name ?? null,
    teamCode: team?.code ?? null,
    college: team?.collegeId ? (colleges.get(team.collegeId)?.name ?? null) : null,
    channel: r.channel,
    source: r.source,
    signedUpAt: r.created_at,
    checkedInAt: r.checked_in_at,
    volumeMl: r.volume_ml,
    deferralReason: r.deferral_reason,
    retryOn: r.retry_on,
    sampleId: r.sample_id,
    joined: r.joined_on,
  };
}
