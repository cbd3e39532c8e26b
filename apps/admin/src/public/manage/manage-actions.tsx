// What a volunteer can still do with a standing sign-up: move it to another time, or cancel it
// after being asked once more.
import { useTranslation } from 'react-i18next';
import { ShiftPicker } from '../sign-up/shift-picker';
import type { RefObject } from 'react';
import type { ManageState } from './use-manage-sign-up';

export function ChangeShiftSection({ manage }: { manage: ManageState }) {
  const { t } = useTranslation();
  const { signUp, others, target, busy } = manage;
  return (
    <section aria-labelledby="change-heading">
      <h2 id="change-heading">{t('manage.changeHeading')}</h2>
      {others.length === 0 ? (
        <p className="muted">{t('manage.noOtherShifts')}</p>
      ) : (
        <>
          <p className="muted">{t('manage.changeIntro')}</p>
          <ShiftPicker
            id="new-shift"
            legend={t('shift.legend')}
            shifts={others}
            timeZone={signUp.drive.timeZone}
            value={target}
            onChange={manage.setTarget}
            fullDisabled={signUp.status === 'REGISTERED'}
          />
          <button type="button" className="btn" onClick={manage.change} aria-disabled={!target || busy !== null || undefined}>
            {busy === 'change' ? t('manage.changing') : t('manage.changeSubmit')}
          </button>
        </>
      )}
    </section>
  );
}

export function CancelSection({ manage, confirmRef }: { manage: ManageState; confirmRef: RefObject<HTMLButtonElement | null> }) {
  const { t } = useTranslation();
  const { busy, setConfirming } = manage;
  return (
    <section aria-labelledby="cancel-heading">
      <h2 id="cancel-heading">{t('manage.cancelHeading')}</h2>
      <p className="muted">{t('manage.cancelIntro')}</p>
      {manage.confirming ? (
        <div className="card" role="group" aria-labelledby="cancel-question">
          <p id="cancel-question" style={{ fontWeight: 600 }}>
            {t('manage.cancelConfirm', { when: manage.when })}
          </p>
          <div className="actions" style={{ marginBottom: 0 }}>
            <button type="button" className="btn" ref={confirmRef} onClick={manage.cancel} aria-disabled={busy !== null || undefined}>
              {busy === 'cancel' ? t('manage.cancelling') : t('manage.cancelYes')}
            </button>
            <button type="button" className="btn btn--quiet" onClick={() => setConfirming(false)}>
              {t('manage.cancelNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn--quiet" onClick={() => setConfirming(true)}>
          {t('manage.cancelButton')}
        </button>
      )}
    </section>
  );
}
