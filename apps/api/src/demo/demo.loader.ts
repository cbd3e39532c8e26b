// The demo a newcomer sees on first start: the Dec 5 International Volunteer Day blood drive in
// Hohhot, with colleges and their recruiting teams. Loaded once, into an empty database.
import { Injectable, Logger } from '@nestjs/common';
import { DriveKind } from '@life-relay/domain';
import { DrivesService } from '../drives/drives.service';
import { SignUpsService } from '../sign-ups/sign-ups.service';
import { TeamsService } from '../teams/teams.service';
import { VerificationService } from '../verification/verification.service';

const DEMO_TEAMS: { name: string; college: string | null }[] = [
  { name: 'IMU Red Cross Club', college: 'Inner Mongolia University' },
  { name: 'IMU Medical Volunteers', college: 'Inner Mongolia University' },
  { name: 'Normal University Youth League', college: 'Inner Mongolia Normal University' },
  { name: 'Agricultural University Blood Friends', college: 'Inner Mongolia Agricultural University' },
  { name: 'Riders Who Give (delivery riders)', college: null },
];

const DEMO_VOLUNTEERS: [string, 'en' | 'zh-CN'][] = [
  ['王芳', 'zh-CN'], ['李娜', 'zh-CN'], ['张伟', 'zh-CN'], ['刘洋', 'zh-CN'], ['陈静', 'zh-CN'], ['杨磊', 'zh-CN'],
  ['赵敏', 'zh-CN'], ['黄强', 'zh-CN'], ['周杰', 'zh-CN'], ['吴婷', 'zh-CN'], ['徐涛', 'zh-CN'], ['孙丽', 'zh-CN'],
  ['马超', 'zh-CN'], ['朱琳', 'zh-CN'], ['胡斌', 'zh-CN'], ['郭敏', 'zh-CN'], ['其其格', 'zh-CN'], ['巴特尔', 'zh-CN'],
  ['Anna Schmidt', 'en'], ['Tom Baker', 'en'], ['Aisha Khan', 'en'], ["Liam O'Connor", 'en'], ['Mei Lin', 'en'], ['Bilguun Bat', 'en'],
];

@Injectable()
export class DemoLoader {
  private readonly logger = new Logger('Demo');

  constructor(
    private readonly drives: DrivesService,
    private readonly teams: TeamsService,
    private readonly signUps: SignUpsService,
    private readonly verification: VerificationService,
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
      regionCode: 'CN-150100',
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
    const teams = [];
    for (const team of DEMO_TEAMS) teams.push(await this.teams.createTeam(null, { name: team.name, collegeName: team.college }));
    // Sign-ups through the real path, so the demo's counts, waitlist and outbox are what users make.
    const shifts = (await this.drives.shiftsOf([drive.id])).get(drive.id) ?? [];
    const sources = ['qr', 'chat', 'poster', 'link'];
    for (let i = 0; i < DEMO_VOLUNTEERS.length; i++) {
      const [name, locale] = DEMO_VOLUNTEERS[i];
      const email = `demo.volunteer${i + 1}@example.org`;
      await this.signUps.signUp(
        {
          driveSlug: drive.slug,
          shiftId: shifts[i % shifts.length].id,
          name,
          email,
          code: await this.verification.codeForDemo(email, locale),
          birthDate: `${2000 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}`,
          teamCode: i % 6 === 5 ? null : teams[i % teams.length].code, // some come without a team
          source: sources[i % sources.length],
          consent: true,
          healthConsent: true,
        },
        locale,
      );
    }
    this.logger.log(`Demo loaded: "${drive.title}" at /d/${drive.slug} with ${teams.length} teams and ${DEMO_VOLUNTEERS.length} sign-ups`);
  }
}
