// Shared links (issue 21): WeChat, QQ and other previews read only the HTML the server sends, so
// /d/<slug> and /d/<slug>/leaderboard carry the drive's title, date, place and language in their
// head, a contest's /c/<slug> its name and days, and a draft or unknown one tells nothing.
import { readFileSync } from 'fs';
import { join } from 'path';
import { Role } from '@life-relay/domain';
import { SignUpsService } from '../sign-ups/sign-ups.service';
import { Factories, hohhot } from '../testing/factories';
import { createTestApp, TestApp } from '../testing/test-app';
import { findWebRoot, isPublicPage } from './static-site';

interface Head {
  lang: string | undefined;
  title: string | undefined;
  description: string | undefined;
  og: Record<string, string>;
}

const decode = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** What a link preview reads of a page: its language, title, description and og: tags. */
function headOf(html: string): Head {
  const og: Record<string, string> = {};
  for (const [, property, content] of html.matchAll(/<meta property="(og:[a-z_]+)" content="([^"]*)"/g)) og[property] = decode(content);
  return {
    lang: /<html lang="([^"]*)"/.exec(html)?.[1],
    title: decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''),
    description: decode(/<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? ''),
    og,
  };
}

const GENERIC_TITLE = 'Life Relay';

describe('link previews of a drive’s public pages', () => {
  let app: TestApp;
  let make: Factories;
  const publicUrl = () => app.config.publicUrl;

  beforeAll(async () => {
    app = await createTestApp({ PUBLIC_URL: 'https://relay.example.org' });
    make = await Factories.withNewOrganizer(app);
  });
  afterAll(() => app.close());

  const page = (path: string, language = 'en-US,en;q=0.9') => app.http.get(path).set('accept-language', language);

  it('names the drive, the team, the day in the drive’s time zone and the place of a team’s sign-up link, in the reader’s language', async () => {
    // From 22:00 on Dec 4 to 02:00 on Dec 5 in Hohhot: all of it Dec 4 in UTC. The days are the drive's.
    const drive = await make.drive({ shiftStarts: [new Date(hohhot(23, '2030-12-04'))], input: { title: 'Winter Relay', location: 'Hohhot, Wanda Plaza' } });
    const team = await make.team('Inner Mongolia University Red Cross');

    const en = await page(`/d/${drive.slug}?team=${team.code}`);
    expect(en.status).toBe(200);
    expect(en.headers['vary']).toMatch(/accept-language/i);
    const head = headOf(en.text);
    expect(head.lang).toBe('en');
    expect(head.title).toBe('Join Inner Mongolia University Red Cross: Winter Relay');
    expect(head.og['og:title']).toBe(head.title);
    expect(head.description).toBe('Wednesday, December 4, 2030 – Thursday, December 5, 2030 · Hohhot, Wanda Plaza. Sign up for a donation time.');
    expect(head.og['og:description']).toBe(head.description);
    expect(head.og['og:url']).toBe(`https://relay.example.org/d/${drive.slug}?team=${team.code}`);
    expect(head.og['og:locale']).toBe('en_US');
    expect(head.og['og:site_name']).toBe(GENERIC_TITLE);
    // The page is still the app, with its per-response nonce filled in.
    expect(en.text).toContain('<div id="root"></div>');
    expect(en.text).not.toContain('__LIFE_RELAY_CSP_NONCE__');

    const zh = headOf((await page(`/d/${drive.slug}?team=${team.code}`, 'zh-CN,zh;q=0.9,en;q=0.8')).text);
    expect(zh.lang).toBe('zh-CN');
    expect(zh.title).toBe('加入Inner Mongolia University Red Cross：Winter Relay');
    expect(zh.description).toBe('2030年12月4日星期三至2030年12月5日星期四 · Hohhot, Wanda Plaza。报名献血时段。');
    expect(zh.og['og:locale']).toBe('zh_CN');
    expect(zh.og['og:url']).toBe(head.og['og:url']);
  });

  it('previews a volunteer’s personal share link as its team’s, keeping the code in the address it names', async () => {
    const drive = await make.drive({ input: { title: 'Relay with friends' } });
    const team = await make.team('Medics club');
    const code = 'ABCDEFGH23'; // well-formed, whether or not anyone has it: never looked up
    for (let i = 0; i < 2; i++) {
      // The second answer comes from the cached head: the code is the link's, not the cache's.
      const head = headOf((await page(`/d/${drive.slug}?team=${team.code}&ref=${code.toLowerCase()}&source=share`)).text);
      expect(head.title).toBe('Join Medics club: Relay with friends');
      expect(head.og['og:url']).toBe(`https://relay.example.org/d/${drive.slug}?team=${team.code}&ref=${code}`);
    }
    const other = headOf((await page(`/d/${drive.slug}?team=${team.code}&ref=${'<x>'}`)).text);
    expect(other.og['og:url']).toBe(`https://relay.example.org/d/${drive.slug}?team=${team.code}`);
  });

  it('shows one day for a drive of one day, and the drive alone without a team or with a code of no team', async () => {
    const drive = await make.drive({ input: { title: 'One-day drive', location: 'Baotou' } });
    for (const path of [`/d/${drive.slug}`, `/d/${drive.slug}?team=NOSUCH`]) {
      const head = headOf((await page(path)).text);
      expect(head.title).toBe('One-day drive');
      expect(head.description).toBe('Thursday, December 5, 2030 · Baotou. Sign up for a donation time.');
      expect(head.og['og:url']).toBe(`${publicUrl()}/d/${drive.slug}`);
    }
  });

  it('names no team of another organization', async () => {
    const drive = await make.drive({ input: { title: 'Our drive' } });
    const admin = await app.adminToken();
    const { createOrganization } = await app.ok(`mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`, { input: { name: 'Elsewhere' } }, { token: admin });
    const email = `elsewhere-${Date.now()}@relay.test`;
    const { inviteUser } = await app.ok(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { setPasswordUrl } }`,
      { input: { email, name: 'Elsewhere organizer', role: Role.ORGANIZER, organizationId: createOrganization.id } },
      { token: admin },
    );
    const { setPassword } = await app.ok(`mutation($input: SetPasswordInput!) { setPassword(input: $input) { token } }`, {
      input: { token: new URL(inviteUser.setPasswordUrl).hash.replace('#token=', ''), password: 'a-good-password' },
    });
    const theirTeam = await new Factories(app, setPassword.token).team('Their secret club');

    const res = await page(`/d/${drive.slug}?team=${theirTeam.code}`);
    expect(headOf(res.text).title).toBe('Our drive');
    expect(res.text).not.toContain('Their secret club');
    expect(headOf(res.text).og['og:url']).toBe(`${publicUrl()}/d/${drive.slug}`);
  });

  it('describes the leaderboard in both languages', async () => {
    const drive = await make.drive({ input: { title: 'Campus cup', location: 'Hohhot' } });
    const team = await make.team();
    const en = headOf((await page(`/d/${drive.slug}/leaderboard?team=${team.code}`)).text);
    expect(en).toMatchObject({ lang: 'en', title: 'Leaderboard · Campus cup', description: 'Thursday, December 5, 2030 · Hohhot. Sign-ups and donations by team.' });
    expect(en.og['og:title']).toBe(en.title);
    expect(en.og['og:description']).toBe(en.description);
    // The board is the drive's: a team's code does not change its address.
    expect(en.og['og:url']).toBe(`${publicUrl()}/d/${drive.slug}/leaderboard`);

    const zh = headOf((await page(`/d/${drive.slug}/leaderboard`, 'zh')).text);
    expect(zh).toMatchObject({ lang: 'zh-CN', title: '排行榜 · Campus cup' });
    expect(zh.description).toBe('2030年12月5日星期四 · Hohhot。各团队报名与献血排行。');
    expect(zh.og['og:url']).toBe(en.og['og:url']);
  });

  it('names a contest, the days of its stages and what it is about on its public page, in both languages', async () => {
    const organizer = { token: make.organizerToken };
    const { createCampaign: campaign } = await app.ok(
      `mutation($input: CampaignInput!) { createCampaign(input: $input) { id slug } }`,
      { input: { name: 'Winter campus cup', slug: 'winter-campus-cup', description: 'Ten colleges compete.' } },
      organizer,
    );
    const stage = `mutation($c: ID!, $input: CampaignStageInput!) { addCampaignStage(campaignId: $c, input: $input) { id } }`;
    await app.ok(stage, { c: campaign.id, input: { name: 'Preliminaries', startsAt: '2030-12-01T08:00:00+08:00', endsAt: '2030-12-14T20:00:00+08:00' } }, organizer);
    await app.ok(stage, { c: campaign.id, input: { name: 'Final', startsAt: '2030-12-15T08:00:00+08:00', endsAt: '2030-12-31T20:00:00+08:00' } }, organizer);

    const en = headOf((await page('/c/winter-campus-cup')).text);
    expect(en).toMatchObject({
      lang: 'en',
      title: 'Contest · Winter campus cup',
      description: 'Sunday, December 1, 2030 – Tuesday, December 31, 2030. Ten colleges compete. Teams and colleges, stage by stage.',
    });
    expect(en.og).toMatchObject({ 'og:title': en.title, 'og:description': en.description, 'og:url': `${publicUrl()}/c/winter-campus-cup` });
    const zh = headOf((await page('/c/winter-campus-cup', 'zh')).text);
    expect(zh).toMatchObject({ lang: 'zh-CN', title: '竞赛 · Winter campus cup', description: '2030年12月1日星期日至2030年12月31日星期二。Ten colleges compete. 各阶段团队与学校排行。' });
    // A slug nobody has tells nothing.
    expect(headOf((await page('/c/no-such-cup')).text)).toMatchObject({ title: GENERIC_TITLE, og: {} });
  });

  it('says a contest’s days on its own clocks, not Shanghai’s', async () => {
    const organizer = { token: make.organizerToken };
    const { createCampaign: campaign } = await app.ok(
      `mutation($input: CampaignInput!) { createCampaign(input: $input) { id } }`,
      { input: { name: 'Hudson cup', slug: 'hudson-cup', timeZone: 'America/New_York' } },
      organizer,
    );
    // 20:00 on Dec 1 in New York is already Dec 2 in Shanghai.
    await app.ok(
      `mutation($c: ID!, $input: CampaignStageInput!) { addCampaignStage(campaignId: $c, input: $input) { id } }`,
      { c: campaign.id, input: { name: 'Only stage', startsAt: '2030-12-01T20:00:00-05:00', endsAt: '2030-12-05T20:00:00-05:00' } },
      organizer,
    );
    expect(headOf((await page('/c/hudson-cup')).text).description).toMatch(/^Sunday, December 1, 2030 – Thursday, December 5, 2030\. /);
  });

  it('escapes what organizers typed, in the title and in every attribute', async () => {
    const title = `Drive "one" </title><script>alert('x')</script> & $& more`;
    const drive = await make.drive({ input: { title, location: `Hall "B" <east>` } });
    const team = await make.team(`Club '1' "quoted" <b>`);
    const res = await page(`/d/${drive.slug}?team=${team.code}`);
    expect(res.text).not.toContain('<script>alert');
    expect(res.text).not.toContain('<b>');
    expect(res.text).not.toContain('"one"');
    const head = headOf(res.text);
    expect(head.title).toBe(`Join Club '1' "quoted" <b>: ${title}`);
    expect(head.og['og:title']).toBe(head.title);
    expect(head.description).toContain(`Hall "B" <east>`);
    expect(head.og['og:description']).toBe(head.description);
    // Exactly the one title and one description: nothing broke out of its element or attribute.
    expect(res.text.match(/<title>/g)).toHaveLength(1);
    expect(res.text.match(/<meta name="description"/g)).toHaveLength(1);
  });

  it('gives a draft or unknown drive the generic head, with nothing of the drive', async () => {
    const draft = await make.drive({ status: 'DRAFT', input: { title: 'Secret draft drive', location: 'Secret place' } });
    const team = await make.team('Secret team');
    for (const path of [`/d/${draft.slug}?team=${team.code}`, `/d/${draft.slug}/leaderboard`, '/d/no-such-drive', '/d/no-such-drive/leaderboard', '/d/%E0%A4%A']) {
      const res = await page(path, 'zh-CN');
      expect(res.status).toBe(200);
      const head = headOf(res.text);
      expect(head).toMatchObject({ lang: 'en', title: GENERIC_TITLE, og: {} });
      expect(res.text).not.toMatch(/Secret/);
    }
  });

  it('looks the drive up once for everyone opening the same link at once', async () => {
    const drive = await make.drive({ input: { title: 'Rush drive' } });
    const lookUps = jest.spyOn(app.server.app.get(SignUpsService), 'publicDrive');
    try {
      const pages = await Promise.all(Array.from({ length: 20 }, () => page(`/d/${drive.slug}`)));
      expect(pages.map((res) => headOf(res.text).title)).toEqual(Array(20).fill('Rush drive'));
      expect(lookUps).toHaveBeenCalledTimes(1);
      // Another language is another answer.
      expect(headOf((await page(`/d/${drive.slug}`, 'zh-CN')).text).lang).toBe('zh-CN');
      expect(lookUps).toHaveBeenCalledTimes(2);
    } finally {
      lookUps.mockRestore();
    }
  });

  it('leaves the other pages of the app with the generic head', async () => {
    const drive = await make.drive({ input: { title: 'Not on the organizers’ pages' } });
    for (const path of ['/', '/drives', `/drives/${drive.id}`, '/m/some-token']) {
      const res = await page(path);
      expect(headOf(res.text)).toMatchObject({ lang: 'en', title: GENERIC_TITLE, og: {} });
    }
  });

  it('sends the volunteer-facing pages the light entry (public.html) and every other page the organizers’ app', async () => {
    const root = findWebRoot() as string;
    const scriptOf = (html: string) => /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
    const publicScript = scriptOf(readFileSync(join(root, 'public.html'), 'utf8'));
    const organizerScript = scriptOf(readFileSync(join(root, 'index.html'), 'utf8'));
    expect(publicScript).toBeDefined();
    expect(publicScript).not.toBe(organizerScript);

    const drive = await make.drive({ input: { title: 'Light drive' } });
    for (const path of [`/d/${drive.slug}`, `/d/${drive.slug}/`, `/d/${drive.slug}/leaderboard`, '/m/some-token', '/me', '/me/some-token', '/join-team/some-token', '/answer/some-token', '/public.html']) {
      const res = await page(path);
      expect({ path, script: scriptOf(res.text) }).toEqual({ path, script: publicScript });
      expect(res.text).not.toContain('__LIFE_RELAY_CSP_NONCE__');
    }
    expect(headOf((await page(`/d/${drive.slug}/leaderboard`)).text).title).toBe('Leaderboard · Light drive');
    for (const path of ['/', '/drives', `/drives/${drive.id}`, '/desk', '/d/x/y', '/m', '/mine', '/me/a/b', '/join-team', '/join-team/a/b', '/answer', '/answer/a/b', '/index.html']) {
      const res = await page(path);
      expect({ path, script: scriptOf(res.text) }).toEqual({ path, script: organizerScript });
    }
    expect(['/d', '/d/', '/d/a', '/d/a/leaderboard', '/m/t', '/me', '/me/', '/me/t', '/join-team/t', '/answer/t'].every(isPublicPage)).toBe(true);
  });
});
