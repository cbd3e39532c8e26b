// The organizers' app's address book (index.html): the organizers' pages, and the volunteer-facing
// pages too, for the dev server and for links followed inside the app. The server sends phones
// the lighter public.html for the public addresses (public-main.tsx).
import { lazy, Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { ChunkErrorBoundary, Loading, publicRoutes } from '../public/public-routes';

export { prefetchFor } from '../public/public-routes';

const OrganizerApp = lazy(() => import('./organizer-app').then((m) => ({ default: m.OrganizerApp })));

export function Routes() {
  return (
    <ChunkErrorBoundary>
      <Suspense fallback={<Loading />}>
        <Switch>
          {publicRoutes()}
          <Route component={OrganizerApp} />
        </Switch>
      </Suspense>
    </ChunkErrorBoundary>
  );
}
