// /me/<token>: everything stored about a person, behind the link we sent them; /me: where they ask
// for one. What changes the data is in useMyData, what withdraws or erases it in useMyRights;
// these components render it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { request } from '../api/graphql-client';
import { MY_DATA } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ErrorPanel } from '../ui/problems';
import { useRequest } from '../ui/use-request';
import { MyConsents } from './my-data-consents';
import { MyDataCorrections } from './my-data-corrections';
import { EraseMyData, Erased } from './my-data-erase';
import { MyDataRecords } from './my-data-records';
import { MyDataRequest } from './my-data-request';
import { MessageKinds, MyDataDownloads } from './my-data-choices';
import { useMyData, type MyDataView } from './use-my-data';
import { useMyRights } from './use-my-rights';

export function MyDataPage() {
  const { token } = useParams<{ token?: string }>();
  const { t } = useTranslation();
  if (!token) {
    return (
      <PublicLayout title={t('me.title')}>
        <MyDataRequest />
      </PublicLayout>
    );
  }
  return <MyDataBehindLink token={token} />;
}

function MyDataBehindLink({ token }: { token: string }) {
  const [locale] = useLocale();
  const { t } = useTranslation();
  const { data, error, loading, reload } = useRequest((signal) => request(MY_DATA, { token }, { locale, signal }), [token, locale]);
  // Once erased, the link opens nothing: the page says it is done, whatever a new request (a
  // language switch) would answer, and shows nothing it had loaded before.
  const [erased, setErased] = useState(false);
  if (erased) {
    return (
      <PublicLayout title={t('me.erasedTitle')}>
        <Erased />
      </PublicLayout>
    );
  }
  if (!data) {
    return <PublicLayout title={t('me.title')}>{error && !loading ? <ErrorPanel error={error} onRetry={reload} /> : <PageSkeleton />}</PublicLayout>;
  }
  if (!data.myData) {
    return (
      <PublicLayout title={t('manage.invalidTitle')}>
        <h1>{t('manage.invalidTitle')}</h1>
        <p>{t('me.invalidText')}</p>
        <p>
          <Link href="/me">{t('me.askAgain')}</Link>
        </p>
      </PublicLayout>
    );
  }
  return (
    <PublicLayout title={t('me.title')}>
      <MyDataContent data={data.myData} token={token} reload={reload} onErased={() => setErased(true)} />
    </PublicLayout>
  );
}

function MyDataContent({ data, token, reload, onErased }: { data: MyDataView; token: string; reload: () => void; onErased: () => void }) {
  const { t } = useTranslation();
  const state = useMyData(data, token, reload);
  const { rights, confirmRef } = useMyRights(data, token, reload, onErased);
  return (
    <>
      <h1>{t('me.heading')}</h1>
      <p>{t('me.intro')}</p>
      <MyDataDownloads token={token} />
      <div role="status" aria-live="polite">
        {state.notice && <p className="notice notice--ok">{state.notice}</p>}
        {state.errorOf('form') && <p className="notice notice--error">{state.errorOf('form')}</p>}
      </div>
      <MyDataRecords data={data} />
      <MyConsents data={data} rights={rights} confirmRef={confirmRef} />
      <MessageKinds state={state} />
      <MyDataCorrections state={state} />
      <EraseMyData rights={rights} />
    </>
  );
}
