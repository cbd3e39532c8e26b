// After submitting: the place and time, the waitlist said plainly, the ticket for the desk, the
// manage link and the calendar file; or, for a repeated submission, that nothing changed and the link was e-mailed.
import { useEffect, useRef } from 'react';
import { shareLinkPath } from '@life-relay/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useLocale } from '../i18n/i18n';
import { calendarFileName } from '../ui/calendar-name';
import { CalendarLink } from '../ui/calendar-link';
import { formatCalendarDay, formatShift, zoneNote } from '../ui/format';
import { PersonalShare } from '../ui/personal-share';
import { CopyButton, ShareButton } from '../ui/share';
import { Ticket } from '../ui/ticket';
import { WhenAndWhere } from './drive-facts';
import type { PublicDrive, Receipt } from './use-sign-up-form';

export interface ConfirmationProps {
  drive: PublicDrive;
  receipt: Receipt;
  name: string;
  /** Empty for a volunteer who gave only a phone number. */
  email: string;
  /** Given: the code and then every message went by text. */
  phone: string;
  teamCode: string | null;
}

export function Confirmation({ drive, receipt, name, email, phone, teamCode }: ConfirmationProps) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const origin = window.location.origin;
  const manageUrl = receipt.manageToken ? `${origin}/m/${receipt.manageToken}` : null;
  const waitlisted = receipt.status === 'WAITLISTED';
  const shareUrl = `${origin}/d/${encodeURIComponent(drive.slug)}?${new URLSearchParams({ ...(teamCode ? { team: teamCode } : {}), source: 'chat' })}`;
  const zone = zoneNote(drive.timeZone, locale);
  const leaderboardLink = <Link href={`/d/${encodeURIComponent(drive.slug)}/leaderboard`}>{t('drive.leaderboardLink')}</Link>;

  // A new page for the reader: start at its heading.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, []);

  const title = receipt.duplicate ? t('confirm.duplicateTitle') : waitlisted ? t('confirm.waitlistedTitle') : t('confirm.registeredTitle');
  // The code went to the phone when one was given, and the messages follow the contact proved.
  const body = receipt.duplicate
    ? phone
      ? t('confirm.duplicateBodySms', { phone })
      : t('confirm.duplicateBody', { email })
    : waitlisted
      ? t('confirm.waitlistedBody', { position: receipt.waitlistPosition ?? '?' })
      : phone
        ? t('confirm.registeredBodySms', { name, phone })
        : t('confirm.registeredBody', { name, email });

  return (
    <section aria-labelledby="confirmation-title">
      <svg className={waitlisted || receipt.duplicate ? 'done-icon done-icon--wait' : 'done-icon'} viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <circle cx="12" cy="12" r="10" />
        {waitlisted ? <path d="M12 7v5l3 2" /> : receipt.duplicate ? <path d="M12 8h.01M12 11v5" /> : <path d="m7.5 12.5 3 3 6-6.5" />}
      </svg>
      <h1 id="confirmation-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className={waitlisted || receipt.duplicate ? 'notice notice--warn' : 'notice notice--ok'} role="status">
        <p>{body}</p>
      </div>
      {/* At a registry drive: someone in the registry already need not give a sample again. */}
      {receipt.alreadyInRegistrySince && (
        <div className="notice notice--ok" data-testid="already-in-registry">
          <p>{t('confirm.alreadyInRegistry', { date: formatCalendarDay(receipt.alreadyInRegistrySince, locale) })}</p>
        </div>
      )}

      <div className="card">
        <p style={{ fontWeight: 700, fontSize: '1.1rem' }}>{drive.title}</p>
        <dl className="facts" style={{ marginBottom: 0 }}>
          <WhenAndWhere term={t('drive.when')} when={formatShift(receipt.shiftStartsAt, receipt.shiftEndsAt, drive.timeZone, locale)} zone={zone} location={drive.location} />
        </dl>
        {!receipt.duplicate && (
          <div className="actions">
            <CalendarLink
              label={t('confirm.addToCalendar')}
              fileName={calendarFileName(drive.slug)}
              entry={{
                uid: `${drive.id}@life-relay`,
                title: waitlisted ? `${t('confirm.calendarWaitlist')}: ${drive.title}` : drive.title,
                location: drive.location,
                description: manageUrl ?? undefined,
                url: manageUrl ?? undefined,
                startsAt: receipt.shiftStartsAt,
                endsAt: receipt.shiftEndsAt,
              }}
            />
          </div>
        )}
      </div>

      {receipt.ticket && <Ticket code={receipt.ticket} />}

      {manageUrl && (
        <section className="card" aria-labelledby="manage-link-title">
          <h2 id="manage-link-title" style={{ marginTop: 0, fontSize: '1.1rem' }}>
            {t('confirm.manageTitle')}
          </h2>
          <p className="muted">{t('confirm.manageHint')}</p>
          <div className="link-box">
            <a href={manageUrl} data-testid="manage-link">
              {manageUrl}
            </a>
            <CopyButton text={manageUrl} label={t('confirm.copy')} doneLabel={t('confirm.copied')} />
          </div>
        </section>
      )}

      {/* A new sign-up has a link of its own, so the friends it brings count as the person's. */}
      {receipt.referralCode ? (
        <PersonalShare title={drive.title} sharePath={shareLinkPath(drive.slug, receipt.referralCode, teamCode)} extra={leaderboardLink} />
      ) : (
        <section className="card" aria-labelledby="share-title">
          <h2 id="share-title" style={{ marginTop: 0, fontSize: '1.1rem' }}>
            {t('confirm.shareTitle')}
          </h2>
          <p>{t('confirm.shareBody')}</p>
          <div className="actions" style={{ marginBottom: 0 }}>
            <ShareButton url={shareUrl} title={drive.title} text={t('confirm.shareText', { title: drive.title })} label={t('confirm.share')} />
            {leaderboardLink}
          </div>
        </section>
      )}
    </section>
  );
}
