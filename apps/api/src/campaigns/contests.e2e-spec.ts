import { Role } from '@life-relay/domain';
import { Factories, MadeDrive, MadeTeam } from '../testing/factories';
import { StageFreezer } from './stage-freezer';
import { badFields, createTestApp, errorCode, TestApp } from '../testing/test-app';

// Contests (issue 22): a campaign of three drives in two stages, its ranking chosen by its
// organizers, each stage's standings frozen once it has ended, and its public page's query.

const OUTCOME = `mutation($id: ID!, $input: OutcomeInput!) { recordOutcome(signUpId: $id, input: $input) { status } }`;
const BOARDS = `leaderboard { rank team { name } signUps checkedIn donated deferred conversionRate } collegeLeaderboard { rank college { name } teams signUps donated deferred }`;
const STAGES = `query($id: ID!) { campaign(id: $id) { ranking stages { id name frozenAt ranking ${BOARDS} } } }`;
const PUBLIC = `query($slug: String!) { publicCampaign(slug: $slug) { name slug ranking stages { name frozenAt ranking ${BOARDS} } } }`;
const UPDATE = `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ranking slug } }`;
const ADD_STAGE = `mutation($c: ID!, $input: CampaignStageInput!) { addCampaignStage(campaignId: $c, input: $input) { id name frozenAt ranking } }`;

describe('contests: a campaign in stages', () => {
  let app: TestApp;
  let organizer: string;
  let make: Factories;
  beforeAll(async () => {
    app = await createTestApp();
    organizer = (await app.userWithRole(Role.ORGANIZER)).token;
    make = new Factories(app, organizer);
  });
  afterAll(() => app.close());

  const org = <T = any>(query: string, variables: Record<string, unknown> = {}) => app.ok<T>(query, variables, { token: organizer });
  const outcome = (id: string, status: 'DONATED' | 'DEFERRED') =>
    org(OUTCOME, { id, input: status === 'DONATED' ? { outsideDriveDays: true, status, volumeMl: 400 } : { outsideDriveDays: true, status, deferralReason: 'Low haemoglobin', retryOn: '2031-06-05' } });
  /** `n` sign-ups of a team on a drive, the first `donated` of them donated and the next `deferred` deferred. */
  async function recruit(d: MadeDrive, team: MadeTeam, n: number, donated = 0, deferred = 0) {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await make.signUp(d, { teamCode: team.code })).id);
    for (const id of ids.slice(0, donated)) await outcome(id, 'DONATED');
    for (const id of ids.slice(donated, donated + deferred)) await outcome(id, 'DEFERRED');
    return ids;
  }
  /** Rows as [rank, name without its number, signUps, checkedIn, donated, deferred]. */
  const teams = (board: any[]) => board.map((r) => [r.rank, r.team.name.replace(/ \d+$/, ''), r.signUps, r.checkedIn, r.donated, r.deferred]);
  const colleges = (board: any[]) => board.map((r) => [r.rank, r.college.name.replace(/ \d+$/, ''), r.teams, r.signUps, r.donated, r.deferred]);

  /**
   * Preliminaries (Dec 1-10, 2030): drives one (Dec 5) and two (Dec 6); final (Dec 15-31): drive three (Dec 20).
   *   Preliminaries  Anatomy (North)   2 sign-ups, 2 donated
   *                  Biology (North)   4 + 1 sign-ups, 1 + 1 donated (3 registered on drive one)
   *                  Chemistry (South) 1 + 1 sign-ups, 1 deferred
   *   Final          Chemistry 3 sign-ups, 3 donated; Anatomy 1 sign-up, 1 donated
   */
  async function contest(ranking = 'DONATED') {
    const n = make.unique();
    const { createCampaign: campaign } = await org(`mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug ranking } }`, {
      input: { name: `Campus cup ${n}`, slug: `campus-cup-${n}`, ranking },
    });
    const [one, two, three] = [
      await make.drive({ day: '2030-12-05', input: { campaignId: campaign.id } }),
      await make.drive({ day: '2030-12-06', input: { campaignId: campaign.id } }),
      await make.drive({ day: '2030-12-20', input: { campaignId: campaign.id } }),
    ];
    const [anatomy, biology, chemistry] = [
      await make.team(`Anatomy ${n}`, `North ${n}`),
      await make.team(`Biology ${n}`, `North ${n}`),
      await make.team(`Chemistry ${n}`, `South ${n}`),
    ];
    await recruit(one, anatomy, 2, 2);
    const biologyOnOne = await recruit(one, biology, 4, 1);
    await recruit(one, chemistry, 1, 0, 1);
    await recruit(two, biology, 1, 1);
    await recruit(two, chemistry, 1);
    await recruit(three, chemistry, 3, 3);
    await recruit(three, anatomy, 1, 1);
    const preliminaries = (await org(ADD_STAGE, { c: campaign.id, input: { name: 'Preliminaries', startsAt: '2030-12-01T00:00:00+08:00', endsAt: '2030-12-11T00:00:00+08:00' } }))
      .addCampaignStage;
    const final = (await org(ADD_STAGE, { c: campaign.id, input: { name: 'Final', startsAt: '2030-12-15T00:00:00+08:00', endsAt: '2031-01-01T00:00:00+08:00' } })).addCampaignStage;
    return { campaign, drives: { one, two, three }, preliminaries, final, biologyOnOne };
  }

  /** Time passes: the preliminaries and their drives move ten years back, so the stage has ended. */
  const endPreliminaries = async (c: Awaited<ReturnType<typeof contest>>) => {
    await app.sql(`UPDATE drives SET starts_at = starts_at - interval '10 years', ends_at = ends_at - interval '10 years' WHERE id = ANY($1)`, [[c.drives.one.id, c.drives.two.id]]);
    await app.sql(`UPDATE campaign_stages SET starts_at = starts_at - interval '10 years', ends_at = ends_at - interval '10 years' WHERE id = $1`, [c.preliminaries.id]);
  };

  it('ranks each stage over its own drives, for organizers and (public figures) on the public page', async () => {
    const c = await contest();
    expect(c.preliminaries).toMatchObject({ name: 'Preliminaries', frozenAt: null, ranking: 'DONATED' });
    const { campaign } = await org(STAGES, { id: c.campaign.id });
    const [preliminaries, final] = campaign.stages;
    expect([preliminaries.name, final.name]).toEqual(['Preliminaries', 'Final']);
    // Donations, then sign-ups: Biology (2 of 5) before Anatomy (2 of 2).
    expect(teams(preliminaries.leaderboard)).toEqual([
      [1, 'Biology', 5, 2, 2, 0],
      [2, 'Anatomy', 2, 2, 2, 0],
      [3, 'Chemistry', 2, 1, 0, 1],
    ]);
    expect(colleges(preliminaries.collegeLeaderboard)).toEqual([
      [1, 'North', 2, 7, 4, 0],
      [2, 'South', 1, 2, 0, 1],
    ]);
    expect(teams(final.leaderboard)).toEqual([
      [1, 'Chemistry', 3, 3, 3, 0],
      [2, 'Anatomy', 1, 1, 1, 0],
    ]);

    // Anyone, by the slug: the same ranks; no deferrals, and no team shows one who came without donating.
    const { publicCampaign } = await app.ok(PUBLIC, { slug: c.campaign.slug });
    expect(publicCampaign).toMatchObject({ name: expect.stringContaining('Campus cup'), slug: c.campaign.slug, ranking: 'DONATED' });
    expect(teams(publicCampaign.stages[0].leaderboard)).toEqual([
      [1, 'Biology', 5, 2, 2, null],
      [2, 'Anatomy', 2, 2, 2, null],
      [3, 'Chemistry', 2, 0, 0, null],
    ]);
    expect(colleges(publicCampaign.stages[0].collegeLeaderboard)).toEqual([
      [1, 'North', 2, 7, 4, null],
      [2, 'South', 1, 2, 0, null],
    ]);
    // A signed-in team lead is the public to this contest.
    const lead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    const seen = await app.ok(PUBLIC, { slug: c.campaign.slug }, { token: lead });
    expect(seen.publicCampaign.stages[0].leaderboard.map((r: any) => r.deferred)).toEqual([null, null, null]);
    // A campaign without a slug, or a slug nobody has, has no public page.
    expect((await app.ok(PUBLIC, { slug: 'no-such-cup' })).publicCampaign).toBeNull();
  });

  it('ranks by the organizers’ choice: sign-ups, conversion, who came', async () => {
    const c = await contest('CONVERSION');
    const order = async () => (await org(STAGES, { id: c.campaign.id })).campaign.stages[0].leaderboard.map((r: any) => r.team.name.replace(/ \d+$/, ''));
    expect(await order()).toEqual(['Anatomy', 'Biology', 'Chemistry']); // 2/2, 2/5, 0/2
    await org(UPDATE, { id: c.campaign.id, input: { name: 'Campus cup', slug: c.campaign.slug, ranking: 'SIGN_UPS' } });
    expect(await order()).toEqual(['Biology', 'Anatomy', 'Chemistry']); // 5, then 2 and 2 by donations
    await org(UPDATE, { id: c.campaign.id, input: { name: 'Campus cup', slug: c.campaign.slug, ranking: 'CAME' } });
    // Who came (as the public boards count them), then donations, then sign-ups.
    expect(await order()).toEqual(['Biology', 'Anatomy', 'Chemistry']);
  });

  it('freezes a stage’s standings once, at the first read after its end, with the ranking of then', async () => {
    const c = await contest('CONVERSION');
    await endPreliminaries(c);
    // Five readers at once: one freezes, the others find it frozen.
    const reads = await Promise.all(Array.from({ length: 5 }, () => org(STAGES, { id: c.campaign.id })));
    const frozenAt = reads[0].campaign.stages[0].frozenAt;
    expect(frozenAt).not.toBeNull();
    for (const r of reads) expect(r.campaign.stages[0].frozenAt).toBe(frozenAt);
    const copied = await app.sql(`SELECT drive_id, team_id FROM campaign_stage_results WHERE stage_id = $1`, [c.preliminaries.id]);
    expect(copied).toHaveLength(5); // Anatomy, Biology, Chemistry on drive one; Biology, Chemistry on drive two
    const frozenBoard = teams(reads[0].campaign.stages[0].leaderboard);
    expect(frozenBoard).toEqual([
      [1, 'Anatomy', 2, 2, 2, 0],
      [2, 'Biology', 5, 2, 2, 0],
      [3, 'Chemistry', 2, 1, 0, 1],
    ]);

    // Later outcomes and a new ranking move the live final, never the frozen preliminaries.
    for (const id of c.biologyOnOne.slice(1)) await outcome(id, 'DONATED');
    await org(UPDATE, { id: c.campaign.id, input: { name: 'Campus cup', slug: c.campaign.slug, ranking: 'DONATED' } });
    const { campaign } = await org(STAGES, { id: c.campaign.id });
    expect(campaign.ranking).toBe('DONATED');
    expect(campaign.stages[0]).toMatchObject({ frozenAt, ranking: 'CONVERSION' });
    expect(teams(campaign.stages[0].leaderboard)).toEqual(frozenBoard);
    expect(campaign.stages[1]).toMatchObject({ frozenAt: null, ranking: 'DONATED' });
    expect(await app.sql(`SELECT 1 FROM campaign_stage_results WHERE stage_id = $1`, [c.preliminaries.id])).toHaveLength(5);
    // The public page shows the frozen standings too.
    const { publicCampaign } = await app.ok(PUBLIC, { slug: c.campaign.slug });
    expect(teams(publicCampaign.stages[0].leaderboard).map((r) => r.slice(0, 2))).toEqual([
      [1, 'Anatomy'],
      [2, 'Biology'],
      [3, 'Chemistry'],
    ]);

    // An ended stage can no longer be changed or removed; a live one can.
    const input = { name: 'Prelims', startsAt: '2030-12-01T00:00:00Z', endsAt: '2030-12-12T00:00:00Z' };
    expect(errorCode(await app.gql(`mutation($id: ID!, $input: CampaignStageInput!) { updateCampaignStage(id: $id, input: $input) { id } }`, { id: c.preliminaries.id, input }, { token: organizer }))).toBe('CONFLICT');
    expect(errorCode(await app.gql(`mutation($id: ID!) { removeCampaignStage(id: $id) }`, { id: c.preliminaries.id }, { token: organizer }))).toBe('CONFLICT');
    const renamed = await org(`mutation($id: ID!, $input: CampaignStageInput!) { updateCampaignStage(id: $id, input: $input) { name } }`, {
      id: c.final.id,
      input: { name: 'Grand final', startsAt: '2030-12-15T00:00:00+08:00', endsAt: '2031-01-01T00:00:00+08:00' },
    });
    expect(renamed.updateCampaignStage.name).toBe('Grand final');
    expect((await org(`mutation($id: ID!) { removeCampaignStage(id: $id) }`, { id: c.final.id })).removeCampaignStage).toBe(true);
  });

  it('answers bad stages and slugs on their fields, and keeps stages to their organizers', async () => {
    const c = await contest();
    expect(badFields(await app.gql(ADD_STAGE, { c: c.campaign.id, input: { name: 'Semi', startsAt: '2030-12-20T00:00:00Z', endsAt: '2030-12-19T00:00:00Z' } }, { token: organizer }))).toEqual(['endsAt']);
    expect(badFields(await app.gql(UPDATE, { id: c.campaign.id, input: { name: 'x', slug: 'Not A Slug!' } }, { token: organizer }))).toEqual(['slug']);
    const other = await org(`mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }`, { input: { name: 'Other cup' } });
    expect(badFields(await app.gql(UPDATE, { id: other.createCampaign.id, input: { name: 'Other cup', slug: c.campaign.slug } }, { token: organizer }))).toEqual(['slug']);
    // An edit that leaves out the slug and ranking (the campaigns tab before contests) keeps them; a null slug takes the page down.
    expect((await org(UPDATE, { id: c.campaign.id, input: { name: 'Renamed cup' } })).updateCampaign).toEqual({ ranking: 'DONATED', slug: c.campaign.slug });
    expect((await org(UPDATE, { id: c.campaign.id, input: { name: 'Renamed cup', slug: null } })).updateCampaign.slug).toBeNull();
    expect((await app.ok(PUBLIC, { slug: c.campaign.slug })).publicCampaign).toBeNull();
    // Only organizers change them.
    const lead = (await app.userWithRole(Role.TEAM_LEAD)).token;
    expect(errorCode(await app.gql(ADD_STAGE, { c: c.campaign.id, input: { name: 'Semi', startsAt: '2030-12-12T00:00:00Z', endsAt: '2030-12-13T00:00:00Z' } }, { token: lead }))).toBe('FORBIDDEN');
  });

  it('freezes a stage on time: outcomes recorded after its end, before anyone looked, do not count', async () => {
    const c = await contest();
    await endPreliminaries(c);
    // Every process ticks: two at once freeze it once.
    const freezer = app.server.app.get(StageFreezer);
    const ticks = await Promise.all([freezer.freezeEndedStages(), freezer.freezeEndedStages()]);
    expect(ticks.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    const [row] = await app.sql(`SELECT frozen_at FROM campaign_stages WHERE id = $1`, [c.preliminaries.id]);
    expect(row.frozen_at).not.toBeNull();
    expect(await app.sql(`SELECT 1 FROM campaign_stage_results WHERE stage_id = $1`, [c.preliminaries.id])).toHaveLength(5);
    // The live final is left alone.
    expect((await app.sql(`SELECT frozen_at FROM campaign_stages WHERE id = $1`, [c.final.id]))[0].frozen_at).toBeNull();

    // The desk catches up on Biology's three other donors of drive one after the end: too late for the preliminaries.
    for (const id of c.biologyOnOne.slice(1)) await outcome(id, 'DONATED');
    const { campaign } = await org(STAGES, { id: c.campaign.id });
    expect(new Date(campaign.stages[0].frozenAt).getTime()).toBe(new Date(row.frozen_at).getTime());
    expect(teams(campaign.stages[0].leaderboard)).toEqual([
      [1, 'Biology', 5, 2, 2, 0],
      [2, 'Anatomy', 2, 2, 2, 0],
      [3, 'Chemistry', 2, 1, 0, 1],
    ]);
    // Nothing more to freeze.
    expect(await freezer.freezeEndedStages()).toBe(0);
    expect(await app.sql(`SELECT 1 FROM campaign_stage_results WHERE stage_id = $1`, [c.preliminaries.id])).toHaveLength(5);
  });

  it('refuses overlapping stages on startsAt, and lets stages touch', async () => {
    const c = await contest();
    const add = (startsAt: string, endsAt: string) => app.gql(ADD_STAGE, { c: c.campaign.id, input: { name: 'Semi-final', startsAt, endsAt } }, { token: organizer });
    // Preliminaries: Dec 1 to Dec 11 (Shanghai); final: Dec 15 to Jan 1.
    for (const [startsAt, endsAt] of [
      ['2030-12-10T00:00:00+08:00', '2030-12-12T00:00:00+08:00'],
      ['2030-11-20T00:00:00+08:00', '2031-01-10T00:00:00+08:00'],
      ['2030-12-14T00:00:00+08:00', '2030-12-16T00:00:00+08:00'],
    ]) {
      const refused = await add(startsAt, endsAt);
      expect(badFields(refused)).toEqual(['startsAt']);
      expect(refused.errors?.[0].extensions.fields?.[0].key).toBe('stagesOverlap');
    }
    expect(await app.sql(`SELECT 1 FROM campaign_stages WHERE campaign_id = $1`, [c.campaign.id])).toHaveLength(2);
    // From the end of the preliminaries to the start of the final: touching both, overlapping neither.
    const semi = (await add('2030-12-11T00:00:00+08:00', '2030-12-15T00:00:00+08:00')).data?.addCampaignStage;
    expect(semi.name).toBe('Semi-final');
    // Moving a stage onto another is refused as well; moving it within its own window is not.
    const move = (startsAt: string, endsAt: string) =>
      app.gql(`mutation($id: ID!, $input: CampaignStageInput!) { updateCampaignStage(id: $id, input: $input) { name } }`, { id: semi.id, input: { name: 'Semi-final', startsAt, endsAt } }, { token: organizer });
    expect(badFields(await move('2030-12-11T00:00:00+08:00', '2030-12-16T00:00:00+08:00'))).toEqual(['startsAt']);
    expect((await move('2030-12-12T00:00:00+08:00', '2030-12-15T00:00:00+08:00')).data?.updateCampaignStage.name).toBe('Semi-final');
  });

  it('says stage days on the clocks of its drives, not of Shanghai', async () => {
    // A new campaign takes the zone of its organization's latest drive.
    await make.drive({ input: { timeZone: 'Asia/Urumqi' } });
    const n = make.unique();
    const CREATE = `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug timeZone } }`;
    const { createCampaign } = await org(CREATE, { input: { name: `Xinjiang cup ${n}`, slug: `xinjiang-cup-${n}` } });
    expect(createCampaign.timeZone).toBe('Asia/Urumqi');
    expect((await app.ok(PUBLIC_ZONE, { slug: createCampaign.slug })).publicCampaign.timeZone).toBe('Asia/Urumqi');
    // Organizers may say another; an edit that leaves it out keeps it; a zone that does not exist is refused on its field.
    expect((await org(UPDATE_ZONE, { id: createCampaign.id, input: { name: 'Xinjiang cup', timeZone: 'Asia/Shanghai' } })).updateCampaign.timeZone).toBe('Asia/Shanghai');
    expect((await org(UPDATE_ZONE, { id: createCampaign.id, input: { name: 'Xinjiang cup' } })).updateCampaign.timeZone).toBe('Asia/Shanghai');
    expect(badFields(await app.gql(UPDATE_ZONE, { id: createCampaign.id, input: { name: 'x', timeZone: 'Mars/Olympus' } }, { token: organizer }))).toEqual(['timeZone']);
    expect(badFields(await app.gql(CREATE, { input: { name: 'x', timeZone: 'Nowhere' } }, { token: organizer }))).toEqual(['timeZone']);
  });
});

const PUBLIC_ZONE = `query($slug: String!) { publicCampaign(slug: $slug) { timeZone } }`;
const UPDATE_ZONE = `mutation($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { timeZone } }`;
