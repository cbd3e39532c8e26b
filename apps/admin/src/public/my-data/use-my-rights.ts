// The two rights on the data page that take something away, each asked once more before it is
// done: withdrawing a consent (the question says what it means for that consent) and erasing
// everything (a second step: the person ticks that they understand it cannot be undone). After a
// withdrawal the page reloads the data (the list shows when it was withdrawn); after an erasure
// there is nothing to reload, and the link is dead: the page says it is done.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asRequestError, request } from '../api/graphql-client';
import { ERASE_MY_DATA, WITHDRAW_MY_CONSENT } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { useRequestErrorText } from '../ui/problems';
import type { MyDataView } from './use-my-data';

export type MyRightsState = ReturnType<typeof useMyRights>['rights'];

/** The consent scopes in the order the page lists them. */
export const SCOPES = ['GENERAL', 'HEALTH', 'CALL_OUTS'] as const;
export type Scope = (typeof SCOPES)[number];

export function useMyRights(data: MyDataView, token: string, reload: () => void, onErased: () => void) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const errorText = useRequestErrorText();
  /** The scope whose withdrawal is being asked about. */
  const [asking, setAsking] = useState<Scope | null>(null);
  const [erasing, setErasing] = useState<'asked' | 'idle'>('idle');
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState<'withdraw' | 'erase' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  // The question's first button takes the focus, as the manage page's cancellation does.
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  /** The scopes with a consent still in force, each once (a consent is given per sign-up). */
  const inForce = SCOPES.filter((scope) => data.consents.some((c) => c.scope === scope && !c.withdrawnAt));

  const fail = (error: unknown) => {
    const e = asRequestError(error);
    setFailure(e.fields.length ? e.fields.map((f) => f.message).join(' ') : errorText(e));
  };

  const ask = (scope: Scope | null) => {
    setAsking(scope);
    setFailure(null);
    setNotice(null);
  };

  const withdraw = async () => {
    if (!asking || asking === 'GENERAL' || busy) return;
    setBusy('withdraw');
    setFailure(null);
    try {
      await request(WITHDRAW_MY_CONSENT, { token, scope: asking }, { locale });
      setNotice(t('me.withdrawn', { scope: t(`me.scopes.${asking}`) }));
      setAsking(null);
      reload();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(null);
    }
  };

  const askErase = (asked: boolean) => {
    setErasing(asked ? 'asked' : 'idle');
    setUnderstood(false);
    setFailure(null);
  };

  const erase = async () => {
    if (!understood || busy) return;
    setBusy('erase');
    setFailure(null);
    try {
      await request(ERASE_MY_DATA, { token }, { locale });
      onErased();
    } catch (error) {
      fail(error);
      setBusy(null);
    }
  };

  const rights = { inForce, asking, ask, withdraw, erasing, askErase, understood, setUnderstood, erase, busy, failure, notice };
  // Apart from the state, so views pass it as a ref: focus goes to the question's first button.
  return { rights, confirmRef };
}
