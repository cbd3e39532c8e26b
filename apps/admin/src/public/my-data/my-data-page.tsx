// /me/<token>: everything stored about a person, behind the link we sent them; /me: where they ask
// for one. What changes the data is in useMyData; these components render it.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { request } from '../api/graphql-client';
import { MY_DATA } from '../api/operations';
import { useLocale } from '../i18n/i18n';
import { PageSkeleton, PublicLayout } from '../ui/public-layout';
import { ErrorPanel } from '../ui/problems';
import { useRequest } from '../ui/use-request';
import { MyDataCorrections } from './my-data-corrections';
import { MyDataRecords } from './my-data-records';
import { MyDataRequest } from './my-data-request';
import { MessageKinds, MyDataDownloads } from './my-data-choices';
import { useMyData, type MyDataView } from './use-my-data';

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
      <MyDataContent data={data.myData} token={token} reload={reload} />
    </PublicLayout>
  );
}

function MyDataContent({ data, token, reload }: { data: MyDataView; token: string; reload: () => void }) {
  const { t } = useTranslation();
  const state = useMyData(data, token, reload);
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
      <MessageKinds state={state} />
      <MyDataCorrections state={state} />
    </>
  );
}
