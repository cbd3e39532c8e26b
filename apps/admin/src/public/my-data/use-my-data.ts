// A person's own data page (/me/<token>): what they correct (the name at once; a new contact once
// the code sent to it is typed), the kinds of message they turn off or on, what is under way and
// what the server said, put by field. After a change the page reloads the data.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MyDataQuery } from '../../generated/graphql';
import { asRequestError, request } from '../api/graphql-client';
import { REQUEST_MY_CONTACT_CODE, SET_MY_MESSAGE_KIND, UPDATE_MY_DATA } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { useRequestErrorText } from '../ui/problems';

export type MyDataView = NonNullable<MyDataQuery['myData']>;
export type MyDataState = ReturnType<typeof useMyData>;

export function useMyData(data: MyDataView, token: string, reload: () => void) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const errorText = useRequestErrorText();
  const [name, setName] = useState(data.name);
  const [contact, setContact] = useState('');
  const [code, setCode] = useState('');
  const [codeSentTo, setCodeSentTo] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<string | null>(null);
  // A box shows the choice at once; it goes back if the server refuses it.
  const [chosenKinds, setChosenKinds] = useState<Record<string, boolean>>({});

  /** Runs a change, and puts what failed by its field (`form` for the rest). */
  const run = async (what: string, work: () => Promise<unknown>, done?: string) => {
    if (busy) return;
    setBusy(what);
    setErrors({});
    setNotice(null);
    try {
      await work();
      if (done) setNotice(done);
      reload();
    } catch (error) {
      const e = asRequestError(error);
      setErrors(e.fields.length ? Object.fromEntries(e.fields.map((f) => [f.field, f.message])) : { form: errorText(e) });
    } finally {
      setBusy(null);
    }
  };

  const saveName = () => run('name', () => request(UPDATE_MY_DATA, { token, input: { name } }, { locale }), t('me.saved'));

  const sendCode = () =>
    run('code', async () => {
      await request(REQUEST_MY_CONTACT_CODE, { token, contact, locale }, { locale });
      setCodeSentTo(contact);
    });

  const saveContact = () => {
    const typed = codeSentTo ?? contact;
    // An address has an @, anything else is meant as a number; the server checks either. Not
    // normalizeContact: its phone rule (libphonenumber's metadata) would be most of this page's code.
    const input = typed.includes('@') ? { email: typed, emailCode: code } : { phone: typed, phoneCode: code };
    return run(
      'contact',
      async () => {
        await request(UPDATE_MY_DATA, { token, input }, { locale });
        setContact('');
        setCode('');
        setCodeSentTo(null);
      },
      t('me.saved'),
    );
  };

  const setKind = (purpose: string, receive: boolean) => {
    const before = chosenKinds;
    setChosenKinds({ ...before, [purpose]: receive });
    return run(
      `kind:${purpose}`,
      () => request(SET_MY_MESSAGE_KIND, { token, purpose, receive }, { locale }).catch((error: unknown) => {
        setChosenKinds(before);
        throw error;
      }),
      t('me.kindSaved'),
    );
  };

  /** Whether the person receives a kind of message, as last chosen on the page. */
  const receiving = (purpose: string) => chosenKinds[purpose] ?? data.messageKinds.find((k) => k.purpose === purpose)?.receiving ?? true;

  /** A problem on a field: the API's fields for codes are emailCode or phoneCode, shown on the one code field. */
  const errorOf = (field: 'name' | 'contact' | 'code' | 'form') =>
    field === 'code' ? (errors.emailCode ?? errors.phoneCode) : field === 'contact' ? (errors.contact ?? errors.email ?? errors.phone) : errors[field];

  return { data, token, name, setName, contact, setContact, code, setCode, codeSentTo, busy, notice, errorOf, saveName, sendCode, saveContact, setKind, receiving };
}
