// The state of a call-out's answer page: what the link asks, the answer given so far, and the
// press of a button. Only a press answers (answerCallOut); loading the page, as a chat app's link
// preview does, reads (callOutAsk) and records nothing.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asRequestError, request, type GraphQLRequestError } from '../api/graphql-client';
import { ANSWER_CALL_OUT, CALL_OUT_ASK } from '../api/operations';
import type { CallOutAnswer, CallOutAskQuery } from '../../generated/graphql';
import { useLocale } from '../i18n/i18n';
import { isLocale, rememberedLocale } from '../../app/i18n/locale';
import { useRequest } from '../ui/use-request';

export type Ask = NonNullable<CallOutAskQuery['callOutAsk']>;

export interface CallOutAnswerState {
  /** Undefined while loading; null for a link that is not valid. */
  ask: Ask | null | undefined;
  loadError: GraphQLRequestError | undefined;
  loading: boolean;
  reload: () => void;
  /** The answer on record: the one just given, else the one the page loaded with. */
  answer: CallOutAnswer | null;
  /** The call-out closed between loading and pressing: nothing was recorded. */
  closedNow: boolean;
  busy: boolean;
  submitError: GraphQLRequestError | undefined;
  give: (answer: CallOutAnswer) => Promise<void>;
}

export function useCallOutAnswer(token: string): CallOutAnswerState {
  const [locale] = useLocale();
  const { i18n } = useTranslation();
  // The token whose person's language the page took, once: after that the switch decides.
  const languageOf = useRef<string | null>(null);
  const { data, error, loading, reload } = useRequest(
    (signal) =>
      request(CALL_OUT_ASK, { token }, { locale, signal }).then((loaded) => {
        // The message came in the language the person signed up in, so the page opens in it, not
        // in the phone's (a Chinese speaker's English phone, a borrowed one). A language the
        // visitor picked with the switch on this device is theirs and wins. Not remembered: the
        // visitor did not choose it; the switch stays and remembers as everywhere.
        const asked = loaded.callOutAsk?.locale;
        if (languageOf.current !== token && asked && isLocale(asked) && rememberedLocale() === null && asked !== i18n.language) void i18n.changeLanguage(asked);
        languageOf.current = token;
        return loaded;
      }),
    [token, locale],
  );
  const [given, setGiven] = useState<CallOutAnswer | null>(null);
  const [closedNow, setClosedNow] = useState(false);
  const [busy, setBusy] = useState(false);
  const [submitError, setSubmitError] = useState<GraphQLRequestError>();

  const give = async (answer: CallOutAnswer) => {
    if (busy) return;
    setBusy(true);
    setSubmitError(undefined);
    try {
      const { answerCallOut } = await request(ANSWER_CALL_OUT, { token, answer }, { locale });
      // False: the link was valid a moment ago (the page showed it open), so the call-out closed.
      if (answerCallOut) setGiven(answer);
      else setClosedNow(true);
    } catch (reason) {
      setSubmitError(asRequestError(reason));
    } finally {
      setBusy(false);
    }
  };

  const ask = data === undefined ? undefined : data.callOutAsk;
  return { ask, loadError: error, loading, reload, answer: given ?? ask?.answer ?? null, closedNow, busy, submitError, give };
}
