// Turns an outbox row into the e-mail or the text message its recipient reads: the template of
// its purpose in the recipient's language, filled with the facts the owning features give (a
// sign-up's from sign-ups, the next drives from drives, a team lead's day from conversions), times
// in the drive's time zone, the manage link, and a calendar invite for anything about a shift (a
// text message gets its short template and short links instead). Every word is in
// templates/<locale>/ (message-templates.ts); what each purpose carries is in MESSAGE_PURPOSES
// (libs/domain).
//
// The links that are keys (a sign-up's manage link, an invitation's set-password link, a one-click
// unsubscribe) are minted here, as the message is rendered for sending: an outbox row keeps ids
// only. The copy of a message its row keeps (for the Outbox list) has every one of them masked.
// So has the ticket that goes with a manage link (the desk's QR code, an inline image of the
// e-mail, and its code in the text): a message about a shift the person holds carries it.
import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  ALL_MESSAGE_PURPOSES,
  CALL_OUT_TIME_ZONE,
  DriveKind,
  groupTicket,
  joinsRegistry,
  Locale,
  MessagePurpose,
  milestoneAt,
  shareLinkPath,
  SignUpStatus,
  stillRelevant,
  ticketPayload,
  traitsOf,
} from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CampaignsService } from '../../campaigns/campaigns.service';
import { TeamDigestReader } from '../../conversions/team-digest.reader';
import { UpcomingDrives } from '../../drives/upcoming-drives.reader';
import { ClaimedMessage } from '../../outbox/outbox.repository';
import { PasswordSetups } from '../../accounts/password-setups.repository';
import { answerPagePath } from '../call-outs/call-out-answer.controller';
import { ManageTokens } from '../../sign-ups/manage-tokens.repository';
import { ticketOf } from '../../sign-ups/manage-token';
import { SignUpFacts, SignUpFactsReader } from '../../sign-ups/sign-up-facts.reader';
import { CallOutFactsReader } from '../call-outs/call-out-facts.reader';
import { CallOutRecipients } from '../call-outs/call-out-recipients.repository';
import { plainForSms, SmsEncoding, smsShape } from '../delivery/sms-encoding';
import { ShortLinks } from '../short-links/short-links.repository';
import { UnsubscribeTokens } from '../unsubscribe/unsubscribe-tokens.repository';
import { calendarInvite } from './calendar-invite';
import { MASK } from './key-links';
import { MessageComposers } from './message-composers';
import { TeamRequestsService } from '../../teams/team-requests.service';
import { qrSide } from './qr-png';
import { dateFormat, shortDayFormat, tidy, timeFormat, toHtml } from './message-format';
import { milestoneText, needText, smsTemplateOf, templateOf, wordsOf } from './message-templates';

export interface RenderedMessage {
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** A calendar invite; the ticket's QR code, shown inline in the HTML through its content id (cid). */
  attachments?: { filename: string; content: string | Buffer | QrImage; contentType: string; cid?: string }[];
}

/** A QR code's PNG, drawn when the message is built (common to mail-building/mime-message.ts), not when it is rendered. */
export interface QrImage {
  qr: string;
  pixelsPerModule: number;
}

/** The content id the HTML part shows the ticket's QR code by. */
export const TICKET_IMAGE_CID = 'ticket@life-relay';
/** Pixels a module of the QR code: a ticket's (25 modules and the quiet zone) is 231 pixels wide, easy to scan from a phone held up at the desk. */
const TICKET_PIXELS_PER_MODULE = 7;

/** A text message as kept on its outbox row: its links masked (their codes are keys, kept only hashed). */
export interface RenderedSms {
  text: string;
  encoding: SmsEncoding;
  parts: number;
}

/** What a message says, before it is put in a channel's form. */
interface Composition {
  purpose: string;
  locale: Locale;
  context: object;
  /**
   * What only an e-mail carries. The calendar invite is made, and the ticket drawn as a QR code,
   * only when an e-mail is written: a text message has neither, and the QR code was a tenth of
   * the CPU of SMS delivery.
   */
  extras: { unsubscribeUrl?: string | null; calendar?: (() => string) | null; ticket?: { code: string } | null };
  /** The tokens minted for it: sent, and masked in the copy its row keeps. */
  secrets: string[];
}

/** The text with every one of the secrets masked. */
function hide(text: string, secrets: string[]): string {
  return secrets.reduce((masked, secret) => masked.split(secret).join(MASK), text);
}

/**
 * What a delivery batch renders from, read and minted for the whole batch at once: its
 * sign-ups, and a manage link for each message about one (by outbox row id), in one statement
 * rather than one per message.
 */
export interface BatchFacts {
  signUps: Map<string, SignUpFacts>;
  manageTokens: Map<string, string>;
}

/** The rest of a link after the public URL: URL characters, not ending in punctuation. */
const LINK_PATH = String.raw`/[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]*[A-Za-z0-9/=_~-]`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** When something happened to an account, with its zone named: accounts have no time zone of their own. */
function passwordNoticeTime(locale: Locale, at: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(at);
}

/** What rendering needs of an outbox row. */
export type OutboxRow = Pick<ClaimedMessage, 'id' | 'purpose' | 'recipient' | 'locale' | 'sign_up_id' | 'volunteer_id' | 'payload'>;

@Injectable()
export class MessageRenderer {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly signUpFacts: SignUpFactsReader,
    private readonly upcomingDrives: UpcomingDrives,
    private readonly teamDigests: TeamDigestReader,
    private readonly campaigns: CampaignsService,
    private readonly callOutFacts: CallOutFactsReader,
    private readonly callOutRecipients: CallOutRecipients,
    private readonly manageTokens: ManageTokens,
    private readonly passwordSetups: PasswordSetups,
    private readonly unsubscribeTokens: UnsubscribeTokens,
    private readonly shortLinks: ShortLinks,
    private readonly composers: MessageComposers,
    private readonly teamRequests: TeamRequestsService,
  ) {}

  /**
   * Reads the sign-ups of a batch of outbox rows and mints, in one statement, the manage link of
   * each message about a sign-up that still makes sense to send. (Unsolicited messages, which
   * the person may have unsubscribed from, mint theirs one by one once that is checked.) The
   * links are committed before any message leaves.
   */
  async prepare(db: EntityManager, rows: OutboxRow[]): Promise<BatchFacts> {
    const signUps = await this.signUpFacts.signUpsOf(db, [...new Set(rows.flatMap((r) => (r.sign_up_id ? [r.sign_up_id] : [])))]);
    const linked = rows.filter((r) => {
      const s = r.sign_up_id ? signUps.get(r.sign_up_id) : undefined;
      return s && !traitsOf(r.purpose)?.unsolicited && stillRelevant(r.purpose, s.status);
    });
    const tokens = await this.manageTokens.issueMany(db, linked.map((r) => r.sign_up_id as string));
    return { signUps, manageTokens: new Map(linked.map((r, i) => [r.id, tokens[i]])) };
  }

  /**
   * The e-mail for an outbox row, or null when it no longer makes sense to send (SKIPPED):
   * `message` is what is sent, `kept` what its row keeps and organizers see (subject and text,
   * every link that is a key masked; no attachments or headers, which carry them too). `batch`,
   * when given, is what `prepare` read and minted for the row's batch.
   */
  async render(tx: EntityManager, row: OutboxRow, batch?: BatchFacts): Promise<{ message: RenderedMessage; kept: RenderedMessage } | null> {
    const composed = await this.compose(tx, row, batch);
    if (!composed) return null;
    const message = this.email(composed);
    return { message, kept: { subject: message.subject, text: hide(message.text, composed.secrets), html: hide(message.html, composed.secrets) } };
  }

  /**
   * The text message for an outbox row (its short template), or null as for render. Every link
   * in it becomes a short link (`/s/<code>`): `text` is what is sent, `kept` what its row keeps
   * and organizers see, with the codes masked.
   */
  async renderSms(tx: EntityManager, row: OutboxRow, batch?: BatchFacts): Promise<{ text: string; kept: RenderedSms } | null> {
    const rendered = (await this.renderSmsMany(tx, [row], batch)).get(row.id);
    if (rendered instanceof Error) throw rendered;
    return rendered ?? null;
  }

  /**
   * The text messages of several outbox rows, as renderSms makes each, with the short links of
   * all of them minted (and committed) in one statement: one INSERT per link was a durable
   * commit per link, two per confirmation. A row whose rendering failed maps to its error, so
   * that the others still go.
   */
  async renderSmsMany(tx: EntityManager, rows: OutboxRow[], batch?: BatchFacts): Promise<Map<string, { text: string; kept: RenderedSms } | null | Error>> {
    const base = this.config.publicUrl;
    const links = new RegExp(escapeRegExp(base) + LINK_PATH, 'g');
    const written: { row: OutboxRow; text: string; secrets: string[]; links: RegExpMatchArray[] }[] = [];
    const results = new Map<string, { text: string; kept: RenderedSms } | null | Error>();
    for (const [i, row] of rows.entries()) {
      // A batch is rendered while the one before it is sent: let the session's answers in now and then.
      if (i % 20 === 19) await new Promise((resolve) => setImmediate(resolve));
      try {
        const composed = await this.compose(tx, row, batch);
        if (!composed) {
          results.set(row.id, null);
          continue;
        }
        const text = plainForSms(smsTemplateOf(composed.locale, composed.purpose)(composed.context))
          .replace(/[ \t]+/g, ' ')
          .replace(/ ?\n ?/g, '\n')
          .trim();
        written.push({ row, text, secrets: composed.secrets, links: [...text.matchAll(links)] });
      } catch (error) {
        results.set(row.id, error instanceof Error ? error : new Error(String(error)));
      }
    }
    const codes = await this.shortLinks.shortenMany(
      tx,
      written.flatMap((w) => w.links.map((m) => m[0])),
    );
    let next = 0;
    for (const { row, text: plain, secrets, links: found } of written) {
      let text = '';
      let kept = '';
      let at = 0;
      for (const match of found) {
        const code = codes[next++];
        text += `${plain.slice(at, match.index)}${base}/s/${code}`;
        kept += `${plain.slice(at, match.index)}${base}/s/${MASK}`;
        at = (match.index ?? 0) + match[0].length;
      }
      text += plain.slice(at);
      kept = hide(kept + plain.slice(at), secrets);
      results.set(row.id, { text, kept: { text: kept, ...smsShape(text) } });
    }
    return results;
  }

  /** The facts of an outbox row's message, or null when it no longer makes sense to send. */
  private async compose(tx: EntityManager, row: OutboxRow, batch?: BatchFacts): Promise<Composition | null> {
    const locale: Locale = row.locale === 'zh-CN' ? 'zh-CN' : 'en';
    const traits = traitsOf(row.purpose);
    if (row.purpose === MessagePurpose.INVITATION) return this.invitation(tx, row, locale);
    if (row.purpose === MessagePurpose.PASSWORD_CHANGED || row.purpose === MessagePurpose.PASSWORD_RESET_LINK) return this.passwordNotice(row, locale);
    if (row.purpose === MessagePurpose.TEAM_DIGEST) return this.digest(tx, row, locale);
    if (row.purpose === MessagePurpose.TEAM_REQUEST_DECLINED) {
      // Read as it is sent: a request approved after all, or erased, is no longer worth telling.
      const facts = await this.teamRequests.declinedNoticeFacts(tx, row.payload.teamRequestId);
      return facts && { purpose: row.purpose, locale, context: facts, extras: {}, secrets: [] };
    }
    // The code is in the payload until the message is sent; the outbox scrubs it then, from the
    // payload and from what was rendered (a trigger, so no copy of the row keeps it).
    if (row.purpose === MessagePurpose.SIGN_UP_CODE) {
      return { purpose: row.purpose, locale, context: { code: row.payload.code, validMinutes: row.payload.validMinutes, forContactChange: row.payload.forContactChange === true }, extras: {}, secrets: [] };
    }
    const composer = this.composers.of(row.purpose);
    if (composer) {
      const composed = await composer(tx, row, locale);
      return composed && { purpose: row.purpose, locale, context: composed.context, extras: {}, secrets: composed.secrets };
    }
    // The one-click unsubscribe, and each kind of message the person turned off, are honoured.
    if (traits?.optional && row.volunteer_id && !(await this.signUpFacts.accepts(tx, row.volunteer_id, row.purpose))) return null;
    if (row.purpose === MessagePurpose.CALL_OUT) return this.callOut(tx, row, locale);
    if (row.purpose === MessagePurpose.DRIVE_ANNOUNCED) return this.driveAnnounced(tx, row, locale);
    if (row.purpose === MessagePurpose.ELIGIBLE_AGAIN && !row.sign_up_id) return this.eligibleAgainReported(tx, row, locale);
    if (!row.sign_up_id) throw new Error(`No renderer for ${row.purpose} without a sign-up`);
    const s = (batch?.signUps ?? (await this.signUpFacts.signUpsOf(tx, [row.sign_up_id]))).get(row.sign_up_id);
    if (!s || !stillRelevant(row.purpose, s.status)) return null;

    // The link in the message: minted for it now (with its batch, or here), never stored in clear.
    const token = batch?.manageTokens.get(row.id) ?? (await this.manageTokens.issue(tx, s.id));
    const secrets = [token];
    const manageUrl = `${this.config.publicUrl}/m/${token}`;
    // The status when the event happened (a confirmation may be delivered after a promotion).
    const waitlisted = (row.payload.status ?? s.status) === SignUpStatus.WAITLISTED;
    // The ticket that goes with this link, for a place held: masked in the kept copy as the link is.
    const ticket = traits?.aboutAShift && !waitlisted ? { code: ticketOf(token) } : null;
    if (ticket) secrets.push(ticket.code, groupTicket(ticket.code));
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
      shiftDay: shortDayFormat(locale, s.time_zone).format(s.starts_at),
      shiftTime: `${time.format(s.starts_at)}–${time.format(s.ends_at)}`,
      teamName: s.team_name,
      waitlisted,
      waitlistPosition: s.waitlist_position,
      manageUrl,
      // The person's own share link (their team's code and their referral code): not a key, so
      // it is kept as it is in the row's copy.
      shareUrl: `${this.config.publicUrl}${shareLinkPath(s.slug, s.referral_code, s.team_code)}`,
      ticket: ticket && groupTicket(ticket.code),
      hoursBefore,
      soon: hoursBefore > 0 && hoursBefore < 12,
      // An organizer's message to the drive's sign-ups, in the person's language (DRIVE_MESSAGE).
      subject: row.payload.subject,
      body: row.payload.body,
      // The organization's next drive when the message was queued (WE_MISSED_YOU).
      nextDrive: this.nextDrive(row.payload.nextDrive, locale),
      // A registry drive's "donated" is a sample that joined the person to the registry: its
      // messages say so (a shift reminder gives no advice for giving blood), and count no
      // donation, milestone or interval.
      registry: joinsRegistry(s.kind as DriveKind),
      // Someone in the registry already (joined at an earlier registry drive) needs no new sample.
      registrySince: s.registry_since,
    };
    if (!traits?.aboutAShift) {
      const { registry } = context;
      const donations = registry ? 0 : await this.signUpFacts.donationCount(tx, s.volunteer_id);
      Object.assign(context, {
        donationCount: donations,
        milestone: milestoneAt(donations),
        milestoneText: milestoneText(milestoneAt(donations), locale),
        lastDonatedOn: s.outcome_day,
        nextEligible: registry || !s.outcome_day ? null : await this.signUpFacts.eligibleAgainOn(tx, s.volunteer_id, s.kind as DriveKind, s.organization_id, this.config.donationIntervalDays),
        retryOn: s.retry_on,
        upcoming: (await this.upcomingDrives.ofKind(tx, s.kind)).map((d) => ({
          title: d.title,
          when: dateFormat(locale, d.time_zone, 'medium').format(d.starts_at),
          url: `${this.config.publicUrl}/d/${d.slug}`,
        })),
      });
    }
    const unsubscribe = traits?.unsolicited ? await this.unsubscribeUrl(tx, s.volunteer_id, secrets) : null;
    return {
      purpose: row.purpose,
      locale,
      context: { ...context, unsubscribeUrl: unsubscribe },
      extras: { unsubscribeUrl: unsubscribe, calendar: traits?.aboutAShift ? () => this.calendarInvite(s) : null, ticket },
      secrets,
    };
  }

  /** A drive named in a payload (title, slug, startsAt, timeZone), as a message names it; null if none. */
  private nextDrive(drive: unknown, locale: Locale): { title: string; when: string; url: string } | null {
    if (!drive || typeof drive !== 'object') return null;
    const d = drive as { title: string; slug: string; startsAt: string; timeZone: string };
    return { title: d.title, when: dateFormat(locale, d.timeZone, 'full').format(new Date(d.startsAt)), url: `${this.config.publicUrl}/d/${d.slug}` };
  }

  /** Every purpose with a template, for the organizers' preview. */
  static readonly PURPOSES: readonly MessagePurpose[] = ALL_MESSAGE_PURPOSES;

  /** A template filled with sample data, so organizers see what volunteers will read. */
  preview(purpose: string, locale: Locale): RenderedMessage {
    const base = this.config.publicUrl;
    const words = wordsOf(locale);
    const sample = {
      name: words.preview.name,
      driveTitle: words.preview.driveTitle,
      location: words.preview.location,
      description: null,
      timeZone: 'Asia/Shanghai',
      shiftDate: new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'Asia/Shanghai' }).format(new Date('2026-12-05T01:00:00Z')),
      shiftDay: shortDayFormat(locale, 'Asia/Shanghai').format(new Date('2026-12-05T01:00:00Z')),
      shiftTime: '09:00–12:00',
      teamName: 'IMU Red Cross Club',
      collegeName: 'Inner Mongolia University',
      organizationName: 'Hohhot Blood Center',
      waitlisted: false,
      waitlistPosition: 3,
      manageUrl: `${base}/m/…`,
      shareUrl: `${base}/d/campus-blood-day?team=ABC234&ref=…&source=share`,
      ticket: '•••• •••• ••••',
      hoursBefore: 24,
      soon: false,
      donationCount: 10,
      milestone: 10,
      milestoneText: milestoneText(10, locale),
      lastDonatedOn: '2026-06-01',
      nextEligible: '2026-11-28',
      retryOn: '2026-12-20',
      upcoming: [{ title: 'Campus blood day', when: '2026-12-12', url: `${base}/d/campus-blood-day` }],
      subject: words.preview.driveTitle,
      body: words.preview.message,
      nextDrive: { title: 'Campus blood day', when: '2026-12-12', url: `${base}/d/campus-blood-day` },
      unsubscribeUrl: `${base}/unsubscribe/…`,
      message: words.preview.message,
      needText: needText('PLATELETS', [], locale),
      when: '2026-12-12',
      driveUrl: `${base}/d/platelet-call-out`,
      roleText: words.roles.TEAM_LEAD,
      setPasswordUrl: `${base}/set-password#token=…`,
      expiresOn: '2026-12-01',
      code: '······',
      validMinutes: 10,
      meUrl: `${base}/me/…`,
      validHours: 24,
      at: passwordNoticeTime(locale, new Date('2026-12-05T01:00:00Z')),
      reset: false,
      issuedBy: `${words.preview.name} <admin@example.org>`,
      lines: [{ team: 'IMU Red Cross Club', title: 'International Volunteer Day Blood Drive', new_sign_ups: 12, sign_ups: 86, donated: 0, rank: 2, shareUrl: `${base}/d/x?team=ABC234`, leaderboardUrl: `${base}/d/x/leaderboard` }],
    };
    return this.email({ purpose, locale, context: sample, extras: {}, secrets: [] });
  }

  private email({ purpose, locale, context, extras }: Composition): RenderedMessage {
    const { subject, body } = templateOf(locale, purpose);
    const text = tidy(body(context));
    const attachments: RenderedMessage['attachments'] = [];
    if (extras.calendar) attachments.push({ filename: 'shift.ics', content: extras.calendar(), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
    let html = toHtml(text, locale);
    if (extras.ticket) {
      // Right under the code in the text: the image the desk scans, carried by the message itself
      // (mail clients block images from elsewhere, and a link to one would be a key to look up).
      const code = groupTicket(extras.ticket.code);
      const ticket: QrImage = { qr: ticketPayload(extras.ticket.code), pixelsPerModule: TICKET_PIXELS_PER_MODULE };
      const side = qrSide(ticket.qr, ticket.pixelsPerModule);
      const image = `<img src="cid:${TICKET_IMAGE_CID}" width="${side}" height="${side}" alt="${code}">`;
      html = html.replace(code, `${code}<br>${image}`);
      attachments.push({ filename: 'ticket.png', content: ticket, contentType: 'image/png', cid: TICKET_IMAGE_CID });
    }
    return {
      subject: subject(context).trim(),
      text,
      html,
      // RFC 8058 one-click unsubscribe: mail clients show a button that POSTs to the link.
      headers: extras.unsubscribeUrl ? { 'List-Unsubscribe': `<${extras.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined,
      attachments: attachments.length ? attachments : undefined,
    };
  }

  /** An invitation: its set-password link minted now; null (SKIPPED) when nobody is waiting for one. */
  private async invitation(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<Composition | null> {
    const link = typeof row.payload.userId === 'string' ? await this.passwordSetups.issueForInvitation(tx, row.payload.userId) : null;
    if (!link) return null;
    const expiresOn = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(link.expiresAt);
    const context = { name: link.name, roleText: wordsOf(locale).roles[link.role] ?? link.role, setPasswordUrl: link.setPasswordUrl, expiresOn };
    return { purpose: row.purpose, locale, context, extras: {}, secrets: [link.token] };
  }

  /** A notice to an account's owner about their password; what happened is in the payload, never a link. */
  private passwordNotice(row: OutboxRow, locale: Locale): Composition {
    const p = row.payload as { name: string; at: string; how?: string; issuedBy?: string };
    const context = { name: p.name, at: passwordNoticeTime(locale, new Date(p.at)), reset: p.how === 'RESET', issuedBy: p.issuedBy };
    return { purpose: row.purpose, locale, context, extras: {}, secrets: [] };
  }

  /** A team lead's day: per open drive and team, new sign-ups in the last 24 h, totals and rank. */
  private async digest(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<Composition | null> {
    const rows = await this.teamDigests.forLead(tx, row.payload.userId as string);
    if (!rows.length) return null;
    const lines = [];
    for (const r of rows) {
      // The team's place in the contest stage this drive belongs to, if any (a lead has few lines).
      const standing = await this.campaigns.standingOf(r.team_id, r.drive_id);
      lines.push({
        ...r,
        registry: joinsRegistry(r.kind as DriveKind),
        shareUrl: `${this.config.publicUrl}/d/${r.slug}?team=${r.code}&source=chat`,
        leaderboardUrl: `${this.config.publicUrl}/d/${r.slug}/leaderboard`,
        contest: standing && { ...standing, url: standing.slug ? `${this.config.publicUrl}/c/${standing.slug}` : null },
      });
    }
    const context = { name: rows[0].lead, lines };
    return { purpose: row.purpose, locale, context, extras: {}, secrets: [] };
  }

  private async callOut(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<Composition | null> {
    const c = await this.callOutFacts.forRecipient(tx, row.payload.callOutId, row.volunteer_id);
    if (!c) return null;
    const secrets: string[] = [];
    const unsubscribeUrl = await this.unsubscribeUrl(tx, row.volunteer_id as string, secrets);
    // The person's own answer link ("I can come" / "I can't"), minted now; kept only as a hash.
    const answerToken = await this.callOutRecipients.issueToken(tx, String(row.payload.callOutId), row.volunteer_id as string);
    if (answerToken) secrets.push(answerToken);
    // The need's deadline on the clock of the place people come to: the organization's drives are in China.
    const neededBy = c.needed_by
      ? `${dateFormat(locale, CALL_OUT_TIME_ZONE, 'medium').format(c.needed_by)} ${timeFormat(locale, CALL_OUT_TIME_ZONE).format(c.needed_by)}`
      : null;
    const context = {
      name: c.name,
      message: c.message,
      needText: needText(c.kind, c.blood_types, locale),
      driveUrl: c.slug ? `${this.config.publicUrl}/d/${c.slug}?source=callout` : null,
      unsubscribeUrl,
      peopleNeeded: c.people_needed,
      place: c.place,
      neededBy,
      answerUrl: answerToken ? `${this.config.publicUrl}${answerPagePath(answerToken)}` : null,
    };
    return { purpose: row.purpose, locale, context, extras: { unsubscribeUrl }, secrets };
  }

  /** A new drive, as it is now; null (SKIPPED) once it is no longer published or has begun. */
  private async driveAnnounced(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<Composition | null> {
    const [d] = await tx.query(
      `SELECT d.title, d.kind, d.location, d.slug, d.starts_at, d.time_zone, v.name FROM drives d, volunteers v
        WHERE d.id = $1 AND v.id = $2 AND d.status = 'PUBLISHED' AND d.starts_at > now()`,
      [row.payload.driveId, row.volunteer_id],
    );
    if (!d) return null;
    const secrets: string[] = [];
    const unsubscribeUrl = await this.unsubscribeUrl(tx, row.volunteer_id as string, secrets);
    const context = {
      name: d.name,
      driveTitle: d.title,
      location: d.location,
      when: dateFormat(locale, d.time_zone, 'full').format(d.starts_at),
      driveUrl: `${this.config.publicUrl}/d/${d.slug}`,
      // A registry drive is for joining the registry: its announcement says so, not "donate again".
      registry: joinsRegistry(d.kind as DriveKind),
      unsubscribeUrl,
    };
    return { purpose: row.purpose, locale, context, extras: { unsubscribeUrl }, secrets };
  }

  /**
   * "You can donate again" after a donation the person reported giving elsewhere (no sign-up of
   * ours): null (SKIPPED) once that report is no longer theirs (changed, forgotten, erased).
   */
  private async eligibleAgainReported(tx: EntityManager, row: OutboxRow, locale: Locale): Promise<Composition | null> {
    const [v] = await tx.query(
      `SELECT name FROM volunteers WHERE id = $1 AND erased_at IS NULL AND reported_last_donation_kind = $2 AND to_char(reported_last_donation_on, 'YYYY-MM-DD') = $3`,
      [row.volunteer_id, row.payload.kind, row.payload.day],
    );
    if (!v) return null;
    const secrets: string[] = [];
    const unsubscribeUrl = await this.unsubscribeUrl(tx, row.volunteer_id as string, secrets);
    const context = {
      name: v.name,
      lastDonatedOn: row.payload.day,
      upcoming: (await this.upcomingDrives.ofKind(tx, String(row.payload.kind))).map((d) => ({
        title: d.title,
        when: dateFormat(locale, d.time_zone, 'medium').format(d.starts_at),
        url: `${this.config.publicUrl}/d/${d.slug}`,
      })),
      unsubscribeUrl,
    };
    return { purpose: row.purpose, locale, context, extras: { unsubscribeUrl }, secrets };
  }

  /** A fresh one-click unsubscribe link for this volunteer (only its hash is kept); its token joins `secrets`. */
  private async unsubscribeUrl(tx: EntityManager, volunteerId: string, secrets: string[]): Promise<string> {
    const token = await this.unsubscribeTokens.issue(tx, volunteerId);
    secrets.push(token);
    return `${this.config.publicUrl}/unsubscribe/${token}`;
  }

  /**
   * The invite carries the drive's public page, not the manage link: a calendar event is synced to
   * other services and shared with others, and the link is a key to the person's sign-up.
   */
  private calendarInvite(s: { id: string; title: string; location: string; slug: string; starts_at: Date; ends_at: Date }): string {
    const description = `${this.config.publicUrl}/d/${s.slug}`;
    return calendarInvite({ uid: `${s.id}@life-relay`, title: s.title, location: s.location, description, start: s.starts_at, end: s.ends_at, productId: 'life-relay' });
  }
}
