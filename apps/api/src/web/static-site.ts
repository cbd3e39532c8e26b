// Serves the built web app (apps/admin) on the API's port: the organizers' app, the team
// leads' pages and the public sign-up form, with client-side routes falling back to index.html.
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { CSP_NONCE_PLACEHOLDER, styleNonceOf } from './security-headers';

const API_PREFIXES = ['/graphql', '/health', '/api', '/ics', '/unsubscribe', '/s/'];

/** dist/admin, found from the compiled server (dist/api/...) or from the sources (tests). */
export function findWebRoot(): string | null {
  const candidates = [resolve(__dirname, '../../../../../admin'), resolve(__dirname, '../../../../dist/admin')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? null;
}

export function mountStaticSite(app: NestExpressApplication, root: string | null = findWebRoot()): void {
  if (!root) {
    app.use('/', (req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path !== '/') return next();
      res.status(503).type('text/plain').send('The web app is not built. Run `npm run build` (npm start does this for you).');
    });
    return;
  }
  // Each page carries the nonce of its own Content-Security-Policy (see security-headers.ts), so
  // index.html is never sent as the file it is, not even when asked for by name.
  const indexHtml = readFileSync(join(root, 'index.html'), 'utf8');
  const isPageRequest = (req: Request) => req.method === 'GET' || req.method === 'HEAD';
  const sendPage = (res: Response) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(indexHtml.replaceAll(CSP_NONCE_PLACEHOLDER, styleNonceOf(res)));
  };
  app.use((req: Request, res: Response, next: NextFunction) => (isPageRequest(req) && req.path === '/index.html' ? sendPage(res) : next()));
  // Hashed bundles never change: cache them for a year. index.html must always be fresh.
  app.useStaticAssets(root, {
    index: false,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    const isPage = isPageRequest(req) && !API_PREFIXES.some((p) => req.path.startsWith(p));
    if (!isPage || /\.[a-z0-9]+$/i.test(req.path)) return next();
    sendPage(res);
  });
}
