// Shortage levels (issue 23): each organization says, per blood group, whether it is NORMAL, LOW
// or CRITICAL. The organizers' panel sets and reads them; public drive pages show the groups the
// drive's own organization lacks. This service holds every write to shortage_levels.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BloodType, SHOWN_SHORTAGE_LEVELS, ShortageLevel } from '@life-relay/domain';
import { AuthenticatedUser } from '../common/auth/authenticated-user';
import { OrganizationsService } from './organizations.service';
import { BloodShortageType } from './dto/shortage.types';

const ALL_BLOOD_TYPES = Object.values(BloodType);

@Injectable()
export class ShortageLevelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Every blood group of the caller's organization (an admin: the one named, else the first), NORMAL when never set. */
  async levels(actor: AuthenticatedUser, organizationId: string | null | undefined): Promise<BloodShortageType[]> {
    const id = await this.organizations.target(actor, organizationId, 'organizationId');
    const rows: { blood_type: BloodType; level: ShortageLevel }[] = await this.dataSource.query(
      `SELECT blood_type, level FROM shortage_levels WHERE organization_id = $1`,
      [id],
    );
    const set = new Map(rows.map((r) => [r.blood_type, r.level]));
    return ALL_BLOOD_TYPES.map((bloodType) => ({ bloodType, level: set.get(bloodType) ?? ShortageLevel.NORMAL }));
  }

  /** Sets one group's level; the answer is the whole panel again. */
  async set(actor: AuthenticatedUser, organizationId: string | null | undefined, bloodType: BloodType, level: ShortageLevel): Promise<BloodShortageType[]> {
    const id = await this.organizations.target(actor, organizationId, 'organizationId');
    await this.dataSource.query(
      `INSERT INTO shortage_levels (organization_id, blood_type, level, updated_by_id) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, blood_type) DO UPDATE SET level = EXCLUDED.level, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      [id, bloodType, level, actor.id],
    );
    return this.levels(actor, id);
  }

  /** What the public may know, by organization: the groups at LOW or CRITICAL, most needed first. */
  async shownFor(organizationIds: readonly string[]): Promise<Map<string, BloodShortageType[]>> {
    const rows: { organization_id: string; blood_type: BloodType; level: ShortageLevel }[] = organizationIds.length
      ? await this.dataSource.query(
          `SELECT organization_id, blood_type, level FROM shortage_levels WHERE organization_id = ANY($1::uuid[]) AND level = ANY($2)
            ORDER BY level = 'CRITICAL' DESC, blood_type`,
          [[...new Set(organizationIds)], SHOWN_SHORTAGE_LEVELS],
        )
      : [];
    const map = new Map<string, BloodShortageType[]>();
    for (const r of rows) map.set(r.organization_id, [...(map.get(r.organization_id) ?? []), { bloodType: r.blood_type, level: r.level }]);
    return map;
  }
}
