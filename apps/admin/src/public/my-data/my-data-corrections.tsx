// Corrections on the data page: the name at once; a new e-mail address or mobile number once the
// code sent to it is typed.
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/fields';
import type { MyDataState } from './use-my-data';

export function MyDataCorrections({ state }: { state: MyDataState }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="me-correct">
      <h2 id="me-correct">{t('me.correct')}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void state.saveName();
        }}
      >
        <TextField id="me-name" label={t('me.name')} value={state.name} onChange={(e) => state.setName(e.target.value)} error={state.errorOf('name')} autoComplete="name" />
        <button type="submit" className="btn" disabled={state.busy !== null}>
          {state.busy === 'name' ? t('me.working') : t('me.correctName')}
        </button>
      </form>
      <form
        style={{ marginTop: '1.5rem' }}
        onSubmit={(e) => {
          e.preventDefault();
          void (state.codeSentTo ? state.saveContact() : state.sendCode());
        }}
      >
        <TextField
          id="me-contact"
          label={t('me.newContact')}
          hint={t('me.newContactHint')}
          value={state.codeSentTo ?? state.contact}
          readOnly={state.codeSentTo !== null}
          onChange={(e) => state.setContact(e.target.value)}
          error={state.errorOf('contact')}
        />
        {state.codeSentTo && (
          <>
            <p className="notice">{t('me.codeSent', { contact: state.codeSentTo })}</p>
            <TextField id="me-code" label={t('me.code')} inputMode="numeric" autoComplete="one-time-code" value={state.code} onChange={(e) => state.setCode(e.target.value)} error={state.errorOf('code')} />
          </>
        )}
        <button type="submit" className="btn" disabled={state.busy !== null}>
          {state.codeSentTo ? t('me.saveContact') : t('me.sendCode')}
        </button>
      </form>
    </section>
  );
}
