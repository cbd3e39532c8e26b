// The person's choices on their data page: the downloads (posted with the link's token, never put
// in an address) and each kind of message on or off.
import { useTranslation } from 'react-i18next';
import type { MyDataState } from './use-my-data';

export function MyDataDownloads({ token }: { token: string }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      {(
        [
          ['data.json', t('me.downloadJson')],
          ['data.csv', t('me.downloadCsv')],
        ] as const
      ).map(([file, label]) => (
        <form key={file} method="post" action={`/api/me/${file}`} style={{ display: 'inline' }}>
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="btn btn--quiet">
            {label}
          </button>
        </form>
      ))}
    </div>
  );
}

export function MessageKinds({ state }: { state: MyDataState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="me-kinds">
      <h2 id="me-kinds">{t('me.kinds')}</h2>
      <p>{t('me.kindsIntro')}</p>
      <fieldset className="field" style={{ border: 0, padding: 0 }}>
        <legend className="visually-hidden">{t('me.kinds')}</legend>
        {state.data.messageKinds.map((k) => (
          <label key={k.purpose} className="check">
            <input type="checkbox" checked={state.receiving(k.purpose)} disabled={state.busy !== null} onChange={(e) => state.setKind(k.purpose, e.target.checked)} />
            <span className="check__text">{t(`me.purposes.${k.purpose}`, { defaultValue: k.purpose })}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}
