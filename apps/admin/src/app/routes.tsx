// The app's address book. Every area is code-split: a phone that opens a poster's QR code
// downloads the shell and the form page, not the organizers' app (Mantine, Apollo, charts).
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { prefetchPublicDrive } from '../public/api/drive-prefetch';
import { initialLocale } from './i18n/locale';
import { linkParams } from '../public/sign-up/link-params';

const SignUpPage = lazy(() => import('../public/sign-up/sign-up-page').then((m) => ({ default: m.SignUpPage })));
const ManagePage = lazy(() => import('../public/manage/manage-page').then((m) => ({ default: m.ManagePage })));
const MyDataPage = lazy(() => import('../public/my-data/my-data-page').then((m) => ({ default: m.MyDataPage })));
const OrganizerApp = lazy(() => import('./organizer-app').then((m) => ({ default: m.OrganizerApp })));
const LeaderboardPage = lazy(() => import('../public/leaderboard/leaderboard-page').then((m) => ({ default: m.LeaderboardPage })));

const SIGN_UP_PATH = /^\/d\/([^/]+)\/?$/;

/** Ask for the drive while the form page's code is still downloading. */
export function prefetchFor(location: Pick<Location, 'pathname' | 'search'>): void {
  const match = SIGN_UP_PATH.exec(location.pathname);
  if (!match) return;
  prefetchPublicDrive(decodeURIComponent(match[1]), linkParams(location.search).teamCode, initialLocale());
}

const WORDS = {
  en: { loading: 'Loading…', failed: 'This page could not be loaded. Check your connection.', reload: 'Reload' },
  'zh-CN': { loading: '加载中…', failed: '页面加载失败，请检查网络。', reload: '重新加载' },
};

function Loading() {
  return (
    // No margin: a paragraph's margin would push the whole page down until the page replaces it.
    <p role="status" style={{ margin: 0, padding: '2rem 1rem', textAlign: 'center', color: 'var(--muted)' }}>
      {WORDS[initialLocale()].loading}
    </p>
  );
}

/** A page whose code did not arrive (the train went into a tunnel): say so, offer a reload. */
class ChunkErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    const words = WORDS[initialLocale()];
    return (
      <div role="alert" style={{ padding: '2rem 1rem', textAlign: 'center' }}>
        <p>{words.failed}</p>
        <button type="button" style={{ minHeight: 44, padding: '0 1.25rem' }} onClick={() => window.location.reload()}>
          {words.reload}
        </button>
      </div>
    );
  }
}

export function Routes() {
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Switch>
          <Route path="/d/:slug/leaderboard" component={LeaderboardPage} />
          <Route path="/d/:slug" component={SignUpPage} />
          <Route path="/m/:token" component={ManagePage} />
          <Route path="/me/:token" component={MyDataPage} />
          <Route path="/me" component={MyDataPage} />
          <Route component={OrganizerApp} />
        </Switch>
      </Suspense>
    </ChunkErrorBoundary>
  );
}
