// Entry point of the volunteer-facing pages (public.html): the sign-up form, the manage page, the
// leaderboard and "my data". Built apart from the organizers' app, with Preact in place of React
// (vite.public.config.mts), so a phone on a campus network downloads a fraction of the code; the
// pages themselves are the same React code either way.
import { StrictMode, Suspense, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { Route, Switch } from 'wouter';
import './app/app.css';
import { ChunkErrorBoundary, Loading, prefetchFor, publicRoutes } from './public/public-routes';

const container = document.getElementById('root');
if (!container) throw new Error('public.html has no #root element');

prefetchFor(window.location);

/**
 * A link out of the public pages (such as "home" after erasing one's data): the organizers' app
 * lives in index.html, so ask the server for the page. Once per address, in case the server sent
 * this page again.
 */
function ElsewhereInTheApp() {
  useEffect(() => {
    const key = 'life-relay.public-reload';
    try {
      if (sessionStorage.getItem(key) === window.location.href) return;
      sessionStorage.setItem(key, window.location.href);
    } catch {
      // Storage off: reload anyway; the server sends index.html for any other address.
    }
    window.location.reload();
  }, []);
  return <Loading />;
}

createRoot(container).render(
  <StrictMode>
    <ChunkErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Switch>
          {publicRoutes()}
          <Route component={ElsewhereInTheApp} />
        </Switch>
      </Suspense>
    </ChunkErrorBoundary>
  </StrictMode>,
);
