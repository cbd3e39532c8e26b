// /me: where a person asks for the link to their data. The answer is the same whether or not
// anything is stored about the contact they type.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asRequestError, request } from '../api/graphql-client';
import { REQUEST_MY_DATA_LINK } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { TextField } from '../ui/fields';
import { useRequestErrorText } from '../ui/problems';

export function MyDataRequest() {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const errorText = useRequestErrorText();
  const [contact, setContact] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await request(REQUEST_MY_DATA_LINK, { contact, locale }, { locale });
      setSentTo(contact);
    } catch (reason) {
      const e = asRequestError(reason);
      setError(e.fields[0]?.message ?? errorText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{t('me.requestHeading')}</h1>
      <p>{t('me.requestIntro')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <TextField id="me-request-contact" label={t('me.contact')} value={contact} onChange={(e) => setContact(e.target.value)} error={error} autoComplete="email" required />
        <button type="submit" className="btn btn--block" disabled={busy}>
          {busy ? t('me.requesting') : t('me.requestSubmit')}
        </button>
      </form>
      <div role="status" aria-live="polite">
        {sentTo && <p className="notice notice--ok">{t('me.requestSent', { contact: sentTo })}</p>}
      </div>
    </>
  );
}
