// What a volunteer wants to know before signing up: what, when, where, who can take part, what to bring.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DriveKind } from '../../generated/graphql';
import { useLocale } from '../i18n/i18n';
import { formatDays, zoneNote } from '../ui/format';

export interface DriveFactsProps {
  drive: {
    kind: DriveKind;
    description: string | null;
    location: string;
    timeZone: string;
    startsAt: string;
    endsAt: string;
    minAge: number | null;
    maxAge: number | null;
  };
}

export function DriveFacts({ drive }: DriveFactsProps) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const zone = zoneNote(drive.timeZone, locale);
  const who =
    drive.minAge !== null && drive.maxAge !== null
      ? t('drive.ageWindow', { min: drive.minAge, max: drive.maxAge })
      : drive.minAge !== null
        ? t('drive.ageMin', { min: drive.minAge })
        : t('drive.ageAny');

  return (
    <>
      <dl className="facts">
        <WhenAndWhere term={t('drive.when')} when={formatDays(drive.startsAt, drive.endsAt, drive.timeZone, locale)} zone={zone} location={drive.location} />
        <Fact icon={<PeopleIcon />} term={t('drive.whoCanTakePart')}>
          {who}
        </Fact>
        <Fact icon={<BagIcon />} term={t('drive.whatToBring')}>
          {t(`drive.bring.${drive.kind}`)}
        </Fact>
      </dl>
      {drive.description && (
        <section className="card" aria-labelledby="about-drive">
          <h2 id="about-drive" style={{ marginTop: 0, fontSize: '1.05rem' }}>
            {t('drive.about')}
          </h2>
          <p style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere', marginBottom: 0 }}>{drive.description}</p>
        </section>
      )}
    </>
  );
}

/**
 * When (with the drive's zone, where it is not the reader's) and where: the first facts of a
 * drive, of a confirmation and of a managed sign-up alike.
 */
export function WhenAndWhere({ term, when, zone, location }: { term: string; when: string; zone: string | null; location: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Fact icon={<CalendarIcon />} term={term}>
        {when}
        {zone && <span className="muted"> · {t('common.timeZoneNote', { zone })}</span>}
      </Fact>
      <Fact icon={<PinIcon />} term={t('drive.where')}>
        {location}
      </Fact>
    </>
  );
}

export function Fact({ icon, term, children }: { icon: ReactNode; term: string; children: ReactNode }) {
  return (
    <div>
      {icon}
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const iconProps = { className: 'facts__icon', viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false, fill: 'none', stroke: 'currentColor', strokeWidth: 2, strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

function CalendarIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg {...iconProps}>
      <path d="M12 21s-7-6.1-7-11a7 7 0 0 1 14 0c0 4.9-7 11-7 11Z" />
      <circle cx="12" cy="10" r="2.5" />
    </svg>
  );
}

function PeopleIcon() {
  return (
    <svg {...iconProps}>
      <circle cx="9" cy="8" r="3.5" />
      <path d="M2.5 20a6.5 6.5 0 0 1 13 0M16 4.5a3.5 3.5 0 0 1 0 7M18 14.5a6.5 6.5 0 0 1 3.5 5.5" />
    </svg>
  );
}

function BagIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="7" width="18" height="13" rx="2" />
      <path d="M8 7V5a2 2 0 0 1 2-2h4a2 2 0 0 1 2 2v2M3 12h18" />
    </svg>
  );
}
