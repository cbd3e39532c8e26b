// The demo a newcomer sees on first start: the Dec 5 International Volunteer Day blood drive in
// Hohhot, with colleges and their recruiting teams. Loaded once, into an empty database.
import { Injectable, Logger } from '@nestjs/common';
import { DriveKind } from '@life-relay/domain';
import { DrivesService } from '../drives/drives.service';
import { TeamsService } from '../teams/teams.service';

const DEMO_TEAMS: { name: string; college: string | null }[] = [
  { name: 'IMU Red Cross Club', college: 'Inner Mongolia University' },
  { name: 'IMU Medical Volunteers', college: 'Inner Mongolia University' },
  { name: 'Normal University Youth League', college: 'Inner Mongolia Normal University' },
  { name: 'Agricultural University Blood Friends', college: 'Inner Mongolia Agricultural University' },
  { name: 'Riders Who Give (delivery riders)', college: null },
];

@Injectable()
export class DemoLoader {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
  ) {}

  async load(): Promise<void> {
    const year = new Date().getUTCFullYear();
    // Dec 5 of this year, or of next year once it has passed; times in Hohhot (UTC+8).
    const day = Date.UTC(year, 11, 5) > Date.now() ? year : year + 1;
    const at = (hour: number) => new Date(`${day}-12-05T${String(hour).padStart(2, '0')}:00:00+08:00`);
    const drive = await this.drives.create(null, {
      title: 'International Volunteer Day Blood Drive',
      kind: DriveKind.WHOLE_BLOOD,
      location: 'Hohhot, Wanda Plaza bloodmobile',
      description:
        'Give blood on Dec 5, International Volunteer Day. Bring your ID card, eat a light meal and drink water before you come. ' +
        'Donors are 18 to 60 and in good health; a first donation is welcome.',
      timeZone: 'Asia/Shanghai',
      startsAt: at(9),
      endsAt: at(17),
      signUpGoal: 400,
      donationGoal: 300,
      shifts: [
        { startsAt: at(9), endsAt: at(12), capacity: 150 },
        { startsAt: at(13), endsAt: at(17), capacity: 150 },
      ],
    });
    await this.drives.publish(drive.id);
    for (const team of DEMO_TEAMS) await this.teams.createTeam({ name: team.name, collegeName: team.college });
    this.logger.log(`Demo loaded: "${drive.title}" at /d/${drive.slug} with ${DEMO_TEAMS.length} teams`);
  }
}
