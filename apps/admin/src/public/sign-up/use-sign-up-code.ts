// Asking for the one-time code: the request, where it went, and how long before another may be
// asked for (a minute for the same contact, or as long as a RATE_LIMITED answer says, for any).
// The server's answer is the same whether or not it knows the contact; the form only says
// where it sent the code.
import { useEffect, useState } from 'react';
import type { Locale } from '@life-relay/domain';
import { asRequestError, request, type GraphQLRequestError } from '../api/graphql-client';
import { REQUEST_SIGN_UP_CODE } from '../api/operations';
import type { CodeSent } from './sign-up-draft';

/** The wait before the same contact may ask again: a lost text message is usually just late. */
export const RESEND_AFTER_SECONDS = 60;

export type SendOutcome = { sent: true } | { sent: false; failure: GraphQLRequestError };

export function useSignUpCode(driveSlug: string, locale: Locale, restored: CodeSent | undefined) {
  const [sent, setSent] = useState<CodeSent | undefined>(restored);
  const [blockedUntil, setBlockedUntil] = useState(0);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<GraphQLRequestError | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const resendAt = sent ? sent.at + RESEND_AFTER_SECONDS * 1000 : 0;
  const until = Math.max(blockedUntil, resendAt);
  // Ticks once a second while a wait runs, for the countdown on the button.
  useEffect(() => {
    if (until <= Date.now()) return undefined;
    const timer = window.setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) window.clearInterval(timer);
    }, 1000);
    return () => window.clearInterval(timer);
  }, [until]);

  /** Seconds before `contact` may be sent a code again; 0 when it may now. */
  const waitFor = (contact: string) => {
    const end = Math.max(blockedUntil, sent?.to === contact ? resendAt : 0);
    return Math.max(0, Math.ceil((end - now) / 1000));
  };

  const send = async (contact: string): Promise<SendOutcome> => {
    setSending(true);
    setFailure(null);
    try {
      await request(REQUEST_SIGN_UP_CODE, { driveSlug, contact, locale }, { locale });
      const at = Date.now();
      setSent({ to: contact, at });
      setNow(at);
      return { sent: true };
    } catch (error) {
      const failed = asRequestError(error);
      if (failed.code === 'RATE_LIMITED') {
        const at = Date.now();
        setBlockedUntil(at + (failed.retryAfterSeconds ?? RESEND_AFTER_SECONDS) * 1000);
        setNow(at);
      }
      // Field problems and a closed drive are the form's to show; the rest are the button's.
      if (failed.code !== 'BAD_USER_INPUT' && failed.code !== 'NOT_FOUND') setFailure(failed);
      return { sent: false, failure: failed };
    } finally {
      setSending(false);
    }
  };

  /** The code went to `contact` (not to a number since changed). */
  const sentTo = (contact: string) => sent !== undefined && sent.to === contact;

  return { sent, sending, failure, blockedFor: Math.max(0, Math.ceil((blockedUntil - now) / 1000)), send, sentTo, waitFor };
}

export type SignUpCode = ReturnType<typeof useSignUpCode>;
