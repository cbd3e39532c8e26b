// The card of a managed sign-up: its time (in the drive's zone), the place, the team, and while
// it stands, a calendar entry to add.
import { useTranslation } from 'react-i18next';
import { CalendarLink } from '../ui/calendar-link';
import { calendarFileName } from '../ui/calendar-name';
import { Fact, WhenAndWhere } from '../sign-up/drive-facts';
import type { ManageState } from './use-manage-sign-up';

export function ManagedFacts({ manage }: { manage: ManageState }) {
  const { t } = useTranslation();
  const { signUp, when, zone, active } = manage;
  const { drive, shift } = signUp;
  return (
    <div className="card">
      <dl className="facts" style={{ marginBottom: 0 }}>
        <WhenAndWhere term={t('manage.current')} when={when} zone={zone} location={drive.location} />
        {signUp.teamName && (
          <Fact icon={<span aria-hidden="true" />} term={t('manage.team')}>
            {signUp.teamName}
          </Fact>
        )}
      </dl>
      {active && (
        <div className="actions" style={{ marginBottom: 0 }}>
          <CalendarLink
            label={t('confirm.addToCalendar')}
            fileName={calendarFileName(drive.slug)}
            entry={{
              uid: `${drive.id}@life-relay`,
              title: signUp.status === 'WAITLISTED' ? `${t('confirm.calendarWaitlist')}: ${drive.title}` : drive.title,
              location: drive.location,
              description: window.location.href,
              url: window.location.href,
              startsAt: shift.startsAt,
              endsAt: shift.endsAt,
            }}
          />
        </div>
      )}
    </div>
  );
}
