// Erasing one's data, in two steps: the section says what goes and what stays; the person opens
// the question, ticks that they understand it cannot be undone, and only then can erase. After it,
// the page shows that it is done and nothing of the person (there is nothing left to show).
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MyRightsState } from './use-my-rights';

export function EraseMyData({ rights }: { rights: MyRightsState }) {
  const { t } = useTranslation();
  const goes: readonly string[] = t('me.eraseGoes', { returnObjects: true });
  return (
    <section aria-labelledby="me-erase-heading" id="me-erase">
      <h2 id="me-erase-heading">{t('me.eraseHeading')}</h2>
      <p>{t('me.eraseIntro')}</p>
      <p style={{ fontWeight: 600 }}>{t('me.eraseGoesTitle')}</p>
      <ul data-testid="erase-goes">
        {goes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p style={{ fontWeight: 600 }}>{t('me.eraseStaysTitle')}</p>
      <p>{t('me.eraseStays')}</p>
      {rights.erasing === 'asked' ? (
        <div className="notice notice--warn" role="group" aria-labelledby="erase-question">
          <p id="erase-question" style={{ fontWeight: 600 }}>
            {t('me.eraseQuestion')}
          </p>
          <label className="check">
            <input type="checkbox" checked={rights.understood} onChange={(e) => rights.setUnderstood(e.target.checked)} />
            <span className="check__text">{t('me.eraseUnderstand')}</span>
          </label>
          {rights.failure && (
            <p className="notice notice--error" role="alert">
              {rights.failure}
            </p>
          )}
          <div className="actions" style={{ marginBottom: 0 }}>
            <button type="button" className="btn" onClick={rights.erase} disabled={!rights.understood || rights.busy !== null}>
              {rights.busy === 'erase' ? t('me.erasing') : t('me.eraseConfirm')}
            </button>
            <button type="button" className="btn btn--quiet" onClick={() => rights.askErase(false)}>
              {t('me.eraseKeep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="btn btn--quiet" onClick={() => rights.askErase(true)}>
          {t('me.eraseStart')}
        </button>
      )}
    </section>
  );
}

/** What the page shows once the person's data is erased: that it is done, and nothing of them. */
export function Erased() {
  const { t } = useTranslation();
  return (
    <div role="status" data-testid="erased">
      <h1>{t('me.erasedTitle')}</h1>
      <p>{t('me.erasedText')}</p>
      <p>{t('me.erasedLinks')}</p>
      <p>
        <Link href="/">{t('me.erasedHome')}</Link>
      </p>
    </div>
  );
}
