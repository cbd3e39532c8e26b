// Turns an outbox row into the e-mail its recipient reads: the template of its purpose in the
// recipient's language (templates/<locale>/<purpose>.hbs), times in the drive's time zone, the
// manage link, and a calendar invite for anything about a shift.
import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import Handlebars from 'handlebars';
import { join } from 'path';
import { EntityManager } from 'typeorm';
import { DriveKind, Locale, milestoneAt, nextEligibleDay, SignUpStatus } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { hashManageToken, newManageToken } from '../../sign-ups/manage-token';
import { calendarInvite } from './calendar-invite';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
}

export interface OutboxRow {
  id: string;
  purpose: string;
  recipient: string;
  locale: string;
  sign_up_id: string | null;
  volunteer_id: string | null;
  payload: Record<string, unknown>;
}

/** A sign-up as its messages tell of it: the person, the drive, the shift, the team. */
export interface SignUpFacts {
  id: string;
  status: SignUpStatus;
  arrival: number;
  volunteer_id: string;
  retry_on: string | null;
  kind: string;
  outcome_day: string | null;
  name: string;
  title: string;
  location: string;
  description: string | null;
  time_zone: string;
  slug: string;
  shift_id: string;
  starts_at: Date;
  ends_at: Date;
  team_name: string | null;
  waitlist_position: number;
}

const SIGN_UP_FACTS = `
  SELECT s.id, s.status, s.arrival, s.volunteer_id, to_char(s.retry_on, 'YYYY-MM-DD') AS retry_on, d.kind,
         to_char(s.outcome_at AT TIME ZONE d.time_zone, 'YYYY-MM-DD') AS outcome_day, v.name, d.title, d.location, d.description, d.time_zone, d.slug,
         sh.id AS shift_id, sh.starts_at, sh.ends_at, t.name AS team_name,
         (SELECT count(*)::int FROM sign_ups w WHERE w.shift_id = s.shift_id AND w.status = 'WAITLISTED' AND w.arrival <= s.arrival) AS waitlist_position
    FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
    JOIN shifts sh ON sh.id = s.shift_id LEFT JOIN teams t ON t.id = s.team_id
   WHERE s.id = ANY($1)`;

const TEMPLATES = join(__dirname, 'templates');

/** Messages about a shift: they carry a calendar invite. */
const ABOUT_A_SHIFT = new Set(['SIGN_UP_CONFIRMATION', 'SIGN_UP_CONFIRMATION_RESENT', 'SHIFT_CHANGED', 'WAITLIST_PROMOTION', 'SHIFT_REMINDER']);

/** Messages a volunteer did not ask for by acting: they carry a one-click unsubscribe. */
const MARKETING = new Set(['ELIGIBLE_AGAIN', 'DEFERRAL_FOLLOW_UP', 'CALL_OUT']);

const ORDINALS_EN: Record<number, string> = { 1: 'first donation', 10: '10th donation', 25: '25th donation', 50: '50th donation', 100: '100th donation' };

function milestoneText(milestone: number | null, locale: Locale): string | null {
  if (!milestone) return null;
  return locale === 'zh-CN' ? (milestone === 1 ? '第一次献血' : `第 ${milestone} 次献血`) : ORDINALS_EN[milestone];
}

const BLOOD_TYPE_TEXT: Record<string, string> = { A_POS: 'A+', A_NEG: 'A−', B_POS: 'B+', B_NEG: 'B−', AB_POS: 'AB+', AB_NEG: 'AB−', O_POS: 'O+', O_NEG: 'O−' };
const KIND_TEXT: Record<string, Record<Locale, string>> = {
  WHOLE_BLOOD: { en: 'blood donors', 'zh-CN': '献血者' },
  PLATELETS: { en: 'platelet donors', 'zh-CN': '血小板捐献者' },
  STEM_CELL_REGISTRY: { en: 'stem-cell volunteers', 'zh-CN': '造血干细胞志愿者' },
  GENERAL: { en: 'volunteers', 'zh-CN': '志愿者' },
};

function needOf(kind: string, bloodTypes: string[], locale: Locale): string {
  const types = bloodTypes.map((t) => BLOOD_TYPE_TEXT[t] ?? t).join(locale === 'zh-CN' ? '、' : ', ');
  return types ? `${KIND_TEXT[kind][locale]} (${types})` : KIND_TEXT[kind][locale];
}

/** Which sign-up statuses still make a message worth sending; otherwise it is SKIPPED. */
const STILL_RELEVANT: Record<string, SignUpStatus[]> = {
  SIGN_UP_CONFIRMATION: [SignUpStatus.REGISTERED, SignUpStatus.WAITLISTED],
  SIGN_UP_CONFIRMATION_RESENT: [SignUpStatus.REGISTERED, SignUpStatus.WAITLISTED, SignUpStatus.CHECKED_IN],
  SHIFT_CHANGED: [SignUpStatus.REGISTERED, SignUpStatus.WAITLISTED],
  WAITLIST_PROMOTION: [SignUpStatus.REGISTERED],
  SHIFT_REMINDER: [SignUpStatus.REGISTERED],
  THANK_YOU: [SignUpStatus.DONATED],
  DEFERRAL_FOLLOW_UP: [SignUpStatus.DEFERRED],
};

const cache = new Map<string, { subject: HandlebarsTemplateDelegate; body: HandlebarsTemplateDelegate }>();

function template(locale: string, purpose: string) {
  const name = `${locale}/${purpose.toLowerCase().replace(/_/g, '-')}`;
  let compiled = cache.get(name);
  if (!compiled) {
    const source = readFileSync(join(TEMPLATES, `${name}.hbs`), 'utf8');
    const [head, ...rest] = source.split('\n---\n');
    // Plain-text e-mail: nothing to escape; the HTML part escapes on its own below.
    compiled = { subject: Handlebars.compile(head.replace(/^subject:\s*/, ''), { noEscape: true }), body: Handlebars.compile(rest.join('\n---\n'), { noEscape: true }) };
    cache.set(name, compiled);
  }
  return compiled;
}

// Making a DateTimeFormat (locale data, time zone rules) costs far more than formatting with one.
const formats = new Map<string, Intl.DateTimeFormat>();

function cachedFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${options.timeZone}|${options.dateStyle ?? ''}|${options.timeStyle ?? ''}`;
  let format = formats.get(key);
  if (!format) {
    if (formats.size >= 1000) formats.clear(); // a few locales times the drives' time zones
    formats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  }
  return format;
}

const dateFormat = (locale: string, timeZone: string, dateStyle: 'full' | 'long' | 'medium') => cachedFormat(locale, { timeZone, dateStyle });
const timeFormat = (locale: string, timeZone: string) => cachedFormat(locale, { timeZone, timeStyle: 'short' });

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** A simple, readable HTML version of the text: paragraphs and clickable links. */
function toHtml(text: string, lang: string): string {
  const paragraphs = text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/(https?:\/\/[^\s<]+)/g, '<a href="$1">$1</a>').replace(/\n/g, '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${lang}"><body style="font-family:system-ui,sans-serif;line-height:1.5;max-width:36em">${paragraphs}</body></html>`;
}

function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

@Injectable()
export class MessageRenderer {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /**
   * What messages about these sign-ups say of them, in one query: a delivery batch reads its
   * sign-ups at once rather than one round trip per message. A sign-up gone is not in the map.
   */
  async signUpsOf(tx: EntityManager, ids: string[]): Promise<Map<string, SignUpFacts>> {
    const rows: SignUpFacts[] = ids.length ? await tx.query(SIGN_UP_FACTS, [ids]) : [];
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * The message for an outbox row, or null when it no longer makes sense to send (SKIPPED).
   * `signUps`, when given, are the row's sign-up as just read by `signUpsOf`.
   */
  async render(tx: EntityManager, row: OutboxRow, signUps?: Map<string, SignUpFacts>): Promise<RenderedMessage | null> {
    const locale: Locale = row.locale === 'zh-CN' ? 'zh-CN' : 'en';
    if (row.purpose === 'INVITATION') return this.invitation(row, locale);
    if (row.purpose === 'TEAM_DIGEST') return this.digest(tx, row, locale);
    if (MARKETING.has(row.purpose) && row.volunteer_id) {
      const [v] = await tx.query(`SELECT unsubscribed_at FROM volunteers WHERE id = $1`, [row.volunteer_id]);
      if (!v || v.unsubscribed_at) return null; // the one-click unsubscribe is honoured
    }
    if (row.purpose === 'CALL_OUT') return this.callOut(tx, row, locale);
    if (!row.sign_up_id) throw new Error(`No renderer for ${row.purpose} without a sign-up`);
    const s = (signUps ?? (await this.signUpsOf(tx, [row.sign_up_id]))).get(row.sign_up_id);
    const relevant = STILL_RELEVANT[row.purpose];
    if (!s || (relevant && !relevant.includes(s.status))) return null;

    // The link in the mail: the one minted with the event, or a fresh one for this mailbox.
    let token = typeof row.payload.manageToken === 'string' ? row.payload.manageToken : null;
    if (!token) {
      token = newManageToken();
      await tx.query(`INSERT INTO manage_tokens (token_hash, sign_up_id) VALUES ($1, $2)`, [hashManageToken(token), s.id]);
    }
    const manageUrl = `${this.config.publicUrl}/m/${token}`;
    const date = dateFormat(locale, s.time_zone, 'full');
    const time = timeFormat(locale, s.time_zone);
    const hoursBefore = Number(row.payload.hoursBefore ?? 0);
    const context = {
      name: s.name,
      driveTitle: s.title,
      location: s.location,
      description: s.description,
      timeZone: s.time_zone,
      shiftDate: date.format(s.starts_at),
      shiftTime: `${time.format(s.starts_at)}–${time.format(s.ends_at)}`,
      teamName: s.team_name,
      // The status when the event happened (a confirmation may be delivered after a promotion).
      waitlisted: (row.payload.status ?? s.status) === SignUpStatus.WAITLISTED,
      waitlistPosition: s.waitlist_position,
      manageUrl,
      hoursBefore,
      soon: hoursBefore > 0 && hoursBefore < 12,
    };
    if (!ABOUT_A_SHIFT.has(row.purpose)) {
      const donations = await this.donationCount(tx, s.volunteer_id);
      const interval = this.config.donationIntervalDays[s.kind as DriveKind];
      Object.assign(context, {
        donationCount: donations,
        milestone: milestoneAt(donations),
        milestoneText: milestoneText(milestoneAt(donations), locale),
        lastDonatedOn: s.outcome_day,
        nextEligible: s.outcome_day ? nextEligibleDay(s.outcome_day, interval) : null,
        retryOn: s.retry_on,
        upcoming: await this.upcomingDrives(tx, s.kind, locale),
      });
    }
    const unsubscribe = MARKETING.has(row.purpose) ? await this.unsubscribeUrl(tx, s.volunteer_id) : null;
    return this.compose(row.purpose, locale, { ...context, unsubscribeUrl: unsubscribe }, {
      unsubscribeUrl: unsubscribe,
      calendar: ABOUT_A_SHIFT.has(row.purpose) ? this.calendarInvite(s, manageUrl) : null,
    });
  }

  /** Every purpose with a template, for the organizers' preview. */
  static readonly PURPOSES = [
    'SIGN_UP_CONFIRMATION',
    'SIGN_UP_CONFIRMATION_RESENT',
    'SHIFT_CHANGED',
    'WAITLIST_PROMOTION',
    'SHIFT_REMINDER',
    'THANK_YOU',
    'ELIGIBLE_AGAIN',
    'DEFERRAL_FOLLOW_UP',
    'CALL_OUT',
    'INVITATION',
    'TEAM_DIGEST',
  ];

  /** A template filled with sample data, so organizers see what volunteers will read. */
  preview(purpose: string, locale: Locale): RenderedMessage {
    const base = this.config.publicUrl;
    const sample = {
      name: locale === 'zh-CN' ? '王芳' : 'Anna',
      driveTitle: locale === 'zh-CN' ? '国际志愿者日献血活动' : 'International Volunteer Day Blood Drive',
      location: locale === 'zh-CN' ? '呼和浩特万达广场献血车' : 'Hohhot, Wanda Plaza bloodmobile',
      description: null,
      timeZone: 'Asia/Shanghai',
      shiftDate: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'Asia/Shanghai' }).format(new Date('2026-12-05T01:00:00Z')),
      shiftTime: '09:00–12:00',
      teamName: 'IMU Red Cross Club',
      waitlisted: false,
      waitlistPosition: 3,
      manageUrl: `${base}/m/…`,
      hoursBefore: 24,
      soon: false,
      donationCount: 10,
      milestone: 10,
      milestoneText: milestoneText(10, locale),
      lastDonatedOn: '2026-06-01',
      nextEligible: '2026-11-28',
      retryOn: '2026-12-20',
      upcoming: [{ title: 'Campus blood day', when: '2026-12-12', url: `${base}/d/campus-blood-day` }],
      unsubscribeUrl: `${base}/unsubscribe/…`,
      message: locale === 'zh-CN' ? '市医院一位白血病患者今天急需血小板。' : 'A leukaemia patient at the city hospital needs platelets today.',
      needText: needOf('PLATELETS', [], locale),
      driveUrl: `${base}/d/platelet-call-out`,
      roleText: locale === 'zh-CN' ? '团队负责人' : 'a team lead',
      setPasswordUrl: `${base}/set-password#token=…`,
      expiresOn: '2026-12-01',
      lines: [{ team: 'IMU Red Cross Club', title: 'International Volunteer Day Blood Drive', new_sign_ups: 12, sign_ups: 86, donated: 0, rank: 2, shareUrl: `${base}/d/x?team=ABC234`, leaderboardUrl: `${base}/d/x/leaderboard` }],
    };
    return this.compose(purpose, locale, sample, {});
  }

  private compose(purpose: string, locale: Locale, context: object, extras: { unsubscribeUrl?: string | null; calendar?: string | null }): RenderedMessage {
    const { subject, body } = template(locale, purpose);
    const text = tidy(body(context));
    return {
      subject: subject(context).trim(),
      text,
      html: toHtml(text, locale),
      // RFC 8058 one-click unsubscribe: mail clients show a button that POSTs to the link.
      headers: extras.unsubscribeUrl ? { 'List-Unsubscribe': `<${extras.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined,
      attachments: extras.calendar ? [{ filename: 'shift.ics', content: extras.calendar, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }] : undefined,
    };
  }

  private invitation(row: OutboxRow, locale: Locale): RenderedMessage {
    const p = row.payload as { name: string; role: string; setPasswordUrl: string; expiresAt: string };
    const roles: Record<string, Record<Locale, string>> = {
      ORGANIZER: { en: 'an organizer', 'zh-CN': '组织者' },
      TEAM_LEAD: { en: 'a team lead', 'zh-CN': '团队负责人' },
    };
    const expiresOn = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(p.expiresAt));
    return this.compose(row.purpose, locale, { name: p.name, roleText: roles[p.role]?.[locale] ?? p.role, setPasswordUrl: p.setPasswordUrl, expiresOn }, {});
  }

  /** A team lead's day: per open drive and team, new sign-ups in the last 24 h, totals and rank. */
  private async digest(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<RenderedMessage | null> {
    const userId = row.payload.userId as string;
    const rows = await tx.query(
      `SELECT u.name AS lead, t.name AS team, d.id AS drive_id, d.title, d.slug, t.code,
              s.registered + s.checked_in + s.donated + s.deferred + s.no_show AS sign_ups, s.donated,
              (SELECT count(*)::int FROM sign_ups n WHERE n.team_id = t.id AND n.drive_id = d.id AND n.created_at > now() - interval '24 hours') AS new_sign_ups,
              (SELECT count(*)::int + 1 FROM drive_team_stats o
                WHERE o.drive_id = d.id AND o.team_id IS NOT NULL AND o.team_id <> t.id
                  AND (o.donated > s.donated OR (o.donated = s.donated
                       AND o.registered + o.checked_in + o.donated + o.deferred + o.no_show > s.registered + s.checked_in + s.donated + s.deferred + s.no_show))) AS rank
         FROM users u JOIN team_leads l ON l.user_id = u.id JOIN teams t ON t.id = l.team_id
         JOIN drive_team_stats s ON s.team_id = t.id JOIN drives d ON d.id = s.drive_id
        WHERE u.id = $1 AND d.status = 'PUBLISHED'
        ORDER BY d.starts_at, t.name`,
      [userId],
    );
    if (!rows.length) return null;
    const context = {
      name: rows[0].lead,
      lines: rows.map((r: Record<string, string | number>) => ({
        ...r,
        shareUrl: `${this.config.publicUrl}/d/${r.slug}?team=${r.code}&source=chat`,
        leaderboardUrl: `${this.config.publicUrl}/d/${r.slug}/leaderboard`,
      })),
    };
    return this.compose(row.purpose, locale, context, {});
  }

  private async callOut(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<RenderedMessage | null> {
    const [c] = await tx.query(
      `SELECT c.kind, c.blood_types, c.message, d.slug, v.name FROM call_outs c LEFT JOIN drives d ON d.id = c.drive_id, volunteers v
        WHERE c.id = $1 AND v.id = $2`,
      [row.payload.callOutId, row.volunteer_id],
    );
    if (!c) return null;
    const unsubscribeUrl = await this.unsubscribeUrl(tx, row.volunteer_id as string);
    const needText = needOf(c.kind, c.blood_types, locale);
    const context = { name: c.name, message: c.message, needText, driveUrl: c.slug ? `${this.config.publicUrl}/d/${c.slug}?source=callout` : null, unsubscribeUrl };
    return this.compose(row.purpose, locale, context, { unsubscribeUrl });
  }

  private async donationCount(tx: EntityManager, volunteerId: string): Promise<number> {
    const [r] = await tx.query(`SELECT count(*)::int AS n FROM sign_ups WHERE volunteer_id = $1 AND status = 'DONATED'`, [volunteerId]);
    return r.n;
  }

  private async upcomingDrives(tx: EntityManager, kind: string, locale: Locale) {
    const rows = await tx.query(
      `SELECT slug, title, starts_at, time_zone FROM drives WHERE status = 'PUBLISHED' AND kind = $1 AND starts_at > now() ORDER BY starts_at LIMIT 3`,
      [kind],
    );
    return rows.map((d: { slug: string; title: string; starts_at: Date; time_zone: string }) => ({
      title: d.title,
      when: dateFormat(locale, d.time_zone, 'medium').format(d.starts_at),
      url: `${this.config.publicUrl}/d/${d.slug}`,
    }));
  }

  /** A fresh one-click unsubscribe link for this volunteer (only its hash is kept). */
  private async unsubscribeUrl(tx: EntityManager, volunteerId: string): Promise<string> {
    const token = newManageToken();
    await tx.query(`INSERT INTO unsubscribe_tokens (token_hash, volunteer_id) VALUES ($1, $2)`, [hashManageToken(token), volunteerId]);
    return `${this.config.publicUrl}/unsubscribe/${token}`;
  }

  private calendarInvite(s: { id: string; title: string; location: string; starts_at: Date; ends_at: Date }, manageUrl: string): string {
    return calendarInvite({ uid: `${s.id}@life-relay`, title: s.title, location: s.location, description: manageUrl, start: s.starts_at, end: s.ends_at, productId: 'life-relay' });
  }
}
