// Turns an outbox row into the e-mail its recipient reads: the template of its purpose in the
// recipient's language (templates/<locale>/<purpose>.hbs), times in the drive's time zone, the
// manage link, and a calendar invite for anything about a shift.
import { Inject, Injectable } from '@nestjs/common';
import { readFileSync } from 'fs';
import Handlebars from 'handlebars';
import { createEvent } from 'ics';
import { join } from 'path';
import { EntityManager } from 'typeorm';
import { Locale, SignUpStatus } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { hashManageToken, newManageToken } from '../sign-ups/manage-token';

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

const TEMPLATES = join(__dirname, 'templates');

/** Which sign-up statuses still make a message worth sending; otherwise it is SKIPPED. */
const STILL_RELEVANT: Record<string, SignUpStatus[]> = {
  SIGN_UP_CONFIRMATION: [SignUpStatus.REGISTERED, SignUpStatus.WAITLISTED],
  SIGN_UP_CONFIRMATION_RESENT: [SignUpStatus.REGISTERED, SignUpStatus.WAITLISTED, SignUpStatus.CHECKED_IN],
  SHIFT_CHANGED: [SignUpStatus.REGISTERED, SignUpStatus.WAITLISTED],
  WAITLIST_PROMOTION: [SignUpStatus.REGISTERED],
  SHIFT_REMINDER: [SignUpStatus.REGISTERED],
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

  /** The message for an outbox row, or null when it no longer makes sense to send (SKIPPED). */
  async render(tx: EntityManager, row: OutboxRow): Promise<RenderedMessage | null> {
    const locale: Locale = row.locale === 'zh-CN' ? 'zh-CN' : 'en';
    if (!row.sign_up_id) throw new Error(`No renderer for ${row.purpose} without a sign-up`);
    const [s] = await tx.query(
      `SELECT s.id, s.status, s.arrival, v.name, d.title, d.location, d.description, d.time_zone, d.slug,
              sh.id AS shift_id, sh.starts_at, sh.ends_at, t.name AS team_name,
              (SELECT count(*)::int FROM sign_ups w WHERE w.shift_id = s.shift_id AND w.status = 'WAITLISTED' AND w.arrival <= s.arrival) AS waitlist_position
         FROM sign_ups s JOIN volunteers v ON v.id = s.volunteer_id JOIN drives d ON d.id = s.drive_id
         JOIN shifts sh ON sh.id = s.shift_id LEFT JOIN teams t ON t.id = s.team_id
        WHERE s.id = $1`,
      [row.sign_up_id],
    );
    const relevant = STILL_RELEVANT[row.purpose];
    if (!s || (relevant && !relevant.includes(s.status))) return null;

    // The link in the mail: the one minted with the event, or a fresh one for this mailbox.
    let token = typeof row.payload.manageToken === 'string' ? row.payload.manageToken : null;
    if (!token) {
      token = newManageToken();
      await tx.query(`INSERT INTO manage_tokens (token_hash, sign_up_id) VALUES ($1, $2)`, [hashManageToken(token), s.id]);
    }
    const manageUrl = `${this.config.publicUrl}/m/${token}`;
    const date = new Intl.DateTimeFormat(locale, { timeZone: s.time_zone, dateStyle: 'full' });
    const time = new Intl.DateTimeFormat(locale, { timeZone: s.time_zone, timeStyle: 'short' });
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
    const { subject, body } = template(locale, row.purpose);
    const text = tidy(body(context));
    return {
      subject: subject(context).trim(),
      text,
      html: toHtml(text, locale),
      attachments: [{ filename: 'shift.ics', content: this.calendarInvite(s, manageUrl), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    };
  }

  private calendarInvite(s: { id: string; title: string; location: string; starts_at: Date; ends_at: Date }, manageUrl: string): string {
    const parts = (d: Date): [number, number, number, number, number] => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
    const { error, value } = createEvent({
      uid: `${s.id}@life-relay`,
      title: s.title,
      location: s.location,
      description: manageUrl,
      start: parts(s.starts_at),
      startInputType: 'utc',
      startOutputType: 'utc',
      end: parts(s.ends_at),
      endInputType: 'utc',
      endOutputType: 'utc',
      productId: 'life-relay',
    });
    if (error || !value) throw error ?? new Error('calendar invite');
    return value;
  }
}
