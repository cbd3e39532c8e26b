// The <head> a shared link shows before any script runs. WeChat, QQ and other link previews read
// only the HTML the server sends (title, description, og: tags), so a drive's public pages carry
// its title, date, place and language in the page itself rather than only after the app loads.
import type { Locale } from '@life-relay/domain';
import type { PublicDrive } from '../sign-ups/dto/sign-up.types';

export interface PageHead {
  lang: Locale;
  title: string;
  description: string;
  /** The page's public address, as it should be shared. */
  url: string;
}

/** Which public page of a drive a path names: the sign-up form or its leaderboard. */
export interface DrivePagePath {
  slug: string;
  page: 'form' | 'leaderboard';
}

const DRIVE_PAGE = /^\/d\/([^/]+)(\/leaderboard)?\/?$/;

export function drivePageOf(path: string): DrivePagePath | null {
  const match = DRIVE_PAGE.exec(path);
  if (!match) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(match[1]);
  } catch {
    return null;
  }
  return { slug, page: match[2] ? 'leaderboard' : 'form' };
}

const CONTEST_PAGE = /^\/c\/([^/]+)\/?$/;

/** The slug of a contest's public page (/c/<slug>), or null for any other path. */
export function contestSlugOf(path: string): string | null {
  const match = CONTEST_PAGE.exec(path);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** What a contest's preview names: the campaign and the days its stages span. */
export interface ContestPreview {
  name: string;
  description: string | null;
  /** Stage days are said on these clocks, as the contest page itself says them. */
  timeZone: string;
  stages: { startsAt: Date; endsAt: Date }[];
}

const CONTEST_TEXTS: Record<Locale, { title: (name: string) => string; boards: string }> = {
  en: { title: (name) => `Contest · ${name}`, boards: 'Teams and colleges, stage by stage.' },
  'zh-CN': { title: (name) => `竞赛 · ${name}`, boards: '各阶段团队与学校排行。' },
};

export function contestHead(slug: string, contest: ContestPreview, locale: Locale, publicUrl: string): PageHead {
  const t = CONTEST_TEXTS[locale];
  const { stages } = contest;
  const days = stages.length ? driveDates({ startsAt: stages[0].startsAt, endsAt: stages[stages.length - 1].endsAt, timeZone: contest.timeZone }, locale) : null;
  const stop = TEXTS[locale].stop;
  const description = [days && `${days}${stop}`, contest.description && `${contest.description.trim()}${/[.。!！?？]$/.test(contest.description.trim()) ? ' ' : stop}`, t.boards].filter(Boolean).join('');
  return { lang: locale, title: t.title(contest.name), description, url: `${publicUrl}/c/${encodeURIComponent(slug)}` };
}

const TEXTS: Record<Locale, { joinTeam: (team: string, drive: string) => string; leaderboard: (drive: string) => string; form: string; board: string; stop: string }> = {
  en: {
    joinTeam: (team, drive) => `Join ${team}: ${drive}`,
    leaderboard: (drive) => `Leaderboard · ${drive}`,
    form: 'Sign up for a donation time.',
    board: 'Sign-ups and donations by team.',
    stop: '. ',
  },
  'zh-CN': {
    joinTeam: (team, drive) => `加入${team}：${drive}`,
    leaderboard: (drive) => `排行榜 · ${drive}`,
    form: '报名献血时段。',
    board: '各团队报名与献血排行。',
    stop: '。',
  },
};

/** The drive's day (or days), in its own time zone and the reader's language. */
export function driveDates(drive: Pick<PublicDrive, 'startsAt' | 'endsAt' | 'timeZone'>, locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: drive.timeZone, year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' });
  const first = format.format(drive.startsAt);
  const last = format.format(drive.endsAt);
  // One day reads as one date. Not formatRange: ICU writes Chinese ranges with slashes (2030/12/4).
  if (first === last) return first;
  return locale === 'zh-CN' ? `${first}至${last}` : `${first} – ${last}`;
}

export function driveHead(drive: PublicDrive, page: DrivePagePath['page'], locale: Locale, publicUrl: string): PageHead {
  const t = TEXTS[locale];
  // The team's code stays in the shared address so that sign-ups through it still count for the team.
  const query = page === 'form' && drive.team ? `?team=${encodeURIComponent(drive.team.code)}` : '';
  const path = `/d/${encodeURIComponent(drive.slug)}${page === 'leaderboard' ? '/leaderboard' : ''}${query}`;
  const title = page === 'leaderboard' ? t.leaderboard(drive.title) : drive.team ? t.joinTeam(drive.team.name, drive.title) : drive.title;
  const description = `${driveDates(drive, locale)} · ${drive.location}${t.stop}${page === 'leaderboard' ? t.board : t.form}`;
  return { lang: locale, title, description, url: `${publicUrl}${path}` };
}

/**
 * A personal share link (/d/<slug>?team=…&ref=…) keeps its referral code in the address a preview
 * names (og:url), so that a preview shared on still credits the person. Only a well-formed code
 * the link itself carries, never looked up: the page answers the same whether it exists or not.
 */
export function withReferrer(head: PageHead, referrer: string | null): PageHead {
  return referrer ? { ...head, url: `${head.url}${head.url.includes('?') ? '&' : '?'}ref=${referrer}` } : head;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For text and attribute values alike: organizers type drive titles and team names. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const OG_LOCALE: Record<Locale, string> = { en: 'en_US', 'zh-CN': 'zh_CN' };

/**
 * The page with this head in place of the generic one. Replacements go through functions, never
 * replacement strings, so that a `$&` in a title is text and not a pattern.
 */
export function withHead(html: string, head: PageHead): string {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const og = [
    ['og:type', 'website'],
    ['og:site_name', 'Life Relay'],
    ['og:locale', OG_LOCALE[head.lang]],
    ['og:url', head.url],
    ['og:title', head.title],
    ['og:description', head.description],
  ]
    .map(([property, content]) => `<meta property="${property}" content="${escapeHtml(content)}" />`)
    .join('\n    ');
  return html
    .replace(/<html lang="[^"]*"/, () => `<html lang="${head.lang}"`)
    .replace(/<title>[^<]*<\/title>/, () => `<title>${title}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, () => `<meta name="description" content="${description}" />`)
    .replace('</head>', () => `  ${og}\n  </head>`);
}
