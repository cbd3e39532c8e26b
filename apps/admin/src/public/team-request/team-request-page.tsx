// /join-team/<token>: a college coordinator asks for a recruiting team through the link the
// organization shared. An organizer approves it; the coordinator is then invited by e-mail.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { asRequestError, request, type FieldError } from '../api/graphql-client';
import { REQUEST_TEAM, TEAM_REQUEST_FORM } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { TextField } from '../ui/fields';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ErrorPanel, useRequestErrorText } from '../ui/problems';
import { useRequest } from '../ui/use-request';

const EMPTY = { collegeName: '', teamName: '', coordinatorName: '', coordinatorEmail: '' };
type Field = keyof typeof EMPTY;

export function TeamRequestPage() {
  const { token } = useParams<{ token: string }>();
  const { t } = useTranslation();
  const [locale] = useLocale();
  const { data, error, loading, reload } = useRequest((signal) => request(TEAM_REQUEST_FORM, { token }, { locale, signal }), [token, locale]);
  if (!data) {
    return <PublicLayout title={t('teamRequest.title')}>{error && !loading ? <ErrorPanel error={error} onRetry={reload} /> : <PageSkeleton />}</PublicLayout>;
  }
  if (!data.teamRequestForm) {
    return (
      <PublicLayout title={t('teamRequest.invalidTitle')}>
        <h1>{t('teamRequest.invalidTitle')}</h1>
        <p>{t('teamRequest.invalidText')}</p>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('teamRequest.title')}>
      <TeamRequestForm token={token} organization={data.teamRequestForm.organizationName} />
    </PublicLayout>
  );
}

function TeamRequestForm({ token, organization }: { token: string; organization: string }) {
  const { t } = useTranslation();
  const [locale] = useLocale();
  const errorText = useRequestErrorText();
  const [input, setInput] = useState(EMPTY);
  const [fields, setFields] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setFields([]);
    setProblem(undefined);
    try {
      await request(REQUEST_TEAM, { token, input }, { locale });
      setSent(input.teamName);
      setInput(EMPTY);
    } catch (reason) {
      const e = asRequestError(reason);
      if (e.fields.length) setFields(e.fields);
      else setProblem(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  if (sent) {
    return (
      <>
        <h1>{t('teamRequest.heading')}</h1>
        <p role="status" className="notice notice--ok">
          {t('teamRequest.sent', { team: sent })}
        </p>
        <button type="button" className="btn btn--block" onClick={() => setSent(null)}>
          {t('teamRequest.another')}
        </button>
      </>
    );
  }

  const field = (name: Field, autoComplete: string, type = 'text') => (
    <TextField
      id={`team-request-${name}`}
      label={t(`teamRequest.${name}`)}
      type={type}
      value={input[name]}
      onChange={(e) => setInput({ ...input, [name]: e.target.value })}
      error={fields.find((f) => f.field === name)?.message}
      autoComplete={autoComplete}
      required
    />
  );

  return (
    <>
      <h1>{t('teamRequest.heading')}</h1>
      <p>{t('teamRequest.intro', { organization })}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {field('collegeName', 'organization')}
        {field('teamName', 'off')}
        {field('coordinatorName', 'name')}
        {field('coordinatorEmail', 'email', 'email')}
        {problem && (
          <p role="alert" className="notice notice--error">
            {problem}
          </p>
        )}
        <button type="submit" className="btn btn--block" disabled={busy}>
          {busy ? t('teamRequest.sending') : t('teamRequest.submit')}
        </button>
      </form>
    </>
  );
}
