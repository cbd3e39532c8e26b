// The volunteer-facing pages' addresses, shared by the two entries of the web app: public.html
// (public-main.tsx, built with Preact for phones: vite.public.config.mts) and index.html (the
// organizers' app, which also answers these addresses when the dev server or a client-side link
// brings it there). Every page is code-split: a phone that opens a poster's QR code downloads the
// shell and the form page only.
import { Component, lazy, type ReactNode } from 'react';
import { Route } from 'wouter';
import { initialLocale } from '../app/i18n/locale';
import { prefetchPublicDrive } from './api/drive-prefetch';
import { linkParams } from './sign-up/link-params';

const SignUpPage = lazy(() => import('./sign-up/sign-up-page').then((m) => ({ default: m.SignUpPage })));
const ManagePage = lazy(() => import('./manage/manage-page').then((m) => ({ default: m.ManagePage })));
const MyDataPage = lazy(() => import('./my-data/my-data-page').then((m) => ({ default: m.MyDataPage })));
const TeamRequestPage = lazy(() => import('./team-request/team-request-page').then((m) => ({ default: m.TeamRequestPage })));
const DrivesPage = lazy(() => import('./drives/drives-page').then((m) => ({ default: m.DrivesPage })));
const LeaderboardPage = lazy(() => import('./leaderboard/leaderboard-page').then((m) => ({ default: m.LeaderboardPage })));
const CallOutAnswerPage = lazy(() => import('./call-out-answer/call-out-answer-page').then((m) => ({ default: m.CallOutAnswerPage })));
const ContestPage = lazy(() => import('./contest/contest-page').then((m) => ({ default: m.ContestPage })));

const SIGN_UP_PATH = /^\/d\/([^/]+)\/?$/;

/** Ask for the drive while the form page's code is still downloading. */
export function prefetchFor(location: Pick<Location, 'pathname' | 'search'>): void {
  const match = SIGN_UP_PATH.exec(location.pathname);
  if (!match) return;
  prefetchPublicDrive(decodeURIComponent(match[1]), linkParams(location.search).teamCode, initialLocale());
}

/**
 * The public pages' routes, for a wouter <Switch> (which looks through fragments). A function, so
 * each render gets elements of its own.
 */
export function publicRoutes() {
  return (
    <>
      {/* Not /drives: that is the organizers' list of their drives. */}
      <Route path="/d" component={DrivesPage} />
      <Route path="/d/:slug/leaderboard" component={LeaderboardPage} />
      <Route path="/d/:slug" component={SignUpPage} />
      <Route path="/c/:slug" component={ContestPage} />
      <Route path="/m/:token" component={ManagePage} />
      <Route path="/me/:token" component={MyDataPage} />
      <Route path="/me" component={MyDataPage} />
      <Route path="/join-team/:token" component={TeamRequestPage} />
      <Route path="/answer/:token" component={CallOutAnswerPage} />
    </>
  );
}

const WORDS = {
  en: { loading: 'Loading…', failed: 'This page could not be loaded. Check your connection.', reload: 'Reload' },
  'zh-CN': { loading: '加载中…', failed: '页面加载失败，请检查网络。', reload: '重新加载' },
};

export function Loading() {
  return (
    // No margin: a paragraph's margin would push the whole page down until the page replaces it.
    <p role="status" style={{ margin: 0, padding: '2rem 1rem', textAlign: 'center', color: 'var(--muted)' }}>
      {WORDS[initialLocale()].loading}
    </p>
  );
}

/** A page whose code did not arrive (the train went into a tunnel): say so, offer a reload. */
export class ChunkErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
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
