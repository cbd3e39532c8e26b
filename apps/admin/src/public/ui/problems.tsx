// Problems shown to a volunteer: the form's own checks (message keys of the shared catalogue)
// and the server's answers (already translated, with their key). A problem is worded at render
// time, so switching language re-words it.
import { useTranslation } from 'react-i18next';
import { MESSAGES, translate, type Locale, type MessageKey, type MessageParams } from '@life-relay/domain';
import { GraphQLRequestError } from '../api/graphql-client';

export interface Problem {
  key?: string;
  params?: MessageParams;
  /** The server's wording, in `locale`. */
  message?: string;
  locale?: Locale;
}

function isMessageKey(key: string | undefined): key is MessageKey {
  return key !== undefined && key in MESSAGES.en;
}

export function wordProblem(problem: Problem, locale: Locale): string {
  if (problem.message && (problem.locale === locale || !isMessageKey(problem.key))) return problem.message;
  if (isMessageKey(problem.key)) {
    const text = translate(problem.key, locale, problem.params);
    // A placeholder the client cannot fill (a date only the server knows): keep the server's words.
    if (/\{\w+\}/.test(text) && problem.message) return problem.message;
    return text;
  }
  return problem.message ?? translate('invalidValue', locale);
}

/** What went wrong with a request that has no field to attach to, in the page language. */
export function useRequestErrorText(): (error: GraphQLRequestError) => string {
  const { t } = useTranslation();
  return (error) => {
    switch (error.code) {
      case 'NETWORK':
        return t('common.networkError');
      case 'RATE_LIMITED':
        return t('common.rateLimited', { seconds: error.retryAfterSeconds ?? 60 });
      case 'CONFLICT':
        return t('common.conflict', { reason: error.message });
      case 'BAD_USER_INPUT':
        return error.fields.map((f) => f.message).join(' ') || error.message;
      default:
        return t('common.serverError');
    }
  };
}

export function ErrorPanel({ error, onRetry }: { error: GraphQLRequestError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useRequestErrorText()(error);
  return (
    <div className="notice notice--error" role="alert">
      <p>{text}</p>
      {onRetry && (
        <button type="button" className="btn btn--quiet btn--small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
