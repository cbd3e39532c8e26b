// Serves the built web app (apps/admin) on the API's port: the organizers' app and the team
// leads' pages (index.html, on React), and the volunteer-facing pages (public.html, the same pages
// built on Preact for phones: apps/admin/vite.public.config.mts), with client-side routes falling
// back to the one of the two that knows them. A drive's public pages and a contest's page get a
// head of their own (page-head.ts), for the previews of shared links.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { existsSync, readFileSync } from 'fs';
import { LRUCache } from 'lru-cache';
import { join, resolve } from 'path';
import { Locale, normalizeReferralCode, pickLocale } from '@life-relay/domain';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SignUpsService } from '../sign-ups/sign-ups.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { contestHead, contestSlugOf, drivePageOf, driveHead, DrivePagePath, PageHead, withHead, withReferrer } from './page-head';
import { CSP_NONCE_PLACEHOLDER, styleNonceOf } from './security-headers';

const API_PREFIXES = ['/graphql', '/health', '/api', '/ics', '/unsubscribe', '/s/'];

/**
 * The addresses public.html answers, as its router (apps/admin/src/public/public-routes.tsx) names
 * them: the list of drives to come (/d), a drive's form and leaderboard, a contest's page, the manage
 * link, "my data", a team request, a call-out's answer link. Any other address gets index.html.
 */
const PUBLIC_PAGE = /^\/(?:d(?:\/[^/]+(?:\/leaderboard)?)?|c\/[^/]+|m\/[^/]+|me(?:\/[^/]+)?|join-team\/[^/]+|answer\/[^/]+)\/?$/;

export function isPublicPage(path: string): boolean {
  return PUBLIC_PAGE.test(path);
}

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
  // A build from before the two entries has no public.html: its index.html knows every address.
  const publicHtml = existsSync(join(root, 'public.html')) ? readFileSync(join(root, 'public.html'), 'utf8') : indexHtml;
  const isPageRequest = (req: Request) => req.method === 'GET' || req.method === 'HEAD';
  const sendPage = (res: Response, html: string, head: PageHead | null = null) => {
    res.setHeader('Cache-Control', 'no-cache');
    // The nonce first: a title that happens to contain the placeholder stays text.
    const page = html.replaceAll(CSP_NONCE_PLACEHOLDER, styleNonceOf(res));
    res.type('html').send(head ? withHead(page, head) : page);
  };
  // A drive's public pages are the links people share: their head says which drive (page-head.ts).
  // The answer is the public form's own (publicDrive), so a preview shows nothing the form would not,
  // and a draft or unknown drive gets the generic head.
  const config = app.get<AppConfig>(APP_CONFIG);
  const logger = new Logger('StaticSite');
  // Everyone who opens a shared link in a rush loads this page: they share one lookup for as long
  // as anonymous callers share the public drive's answer (public-board-cache.ts). A contest's page
  // (/c/<slug>) is looked up the same way.
  const heads =
    config.publicBoardCacheSeconds > 0 ? new LRUCache<string, Promise<PageHead | null>>({ max: 5000, ttl: config.publicBoardCacheSeconds * 1000 }) : null;
  /** One lookup per key for as long as the cache keeps it (and none kept when it failed). */
  const shared = (key: string, lookUp: () => Promise<PageHead | null>): Promise<PageHead | null> => {
    if (!heads) return lookUp();
    let head = heads.get(key);
    if (!head) {
      head = lookUp();
      heads.set(key, head);
      head.catch(() => heads.delete(key));
    }
    return head;
  };
  const driveHeadOf = (drivePage: DrivePagePath, teamCode: string | null, locale: Locale): Promise<PageHead | null> =>
    app
      .get(SignUpsService)
      .publicDrive(drivePage.slug, teamCode, locale)
      .then((drive) => drive && driveHead(drive, drivePage.page, locale, config.publicUrl));
  const contestHeadOf = (slug: string, locale: Locale): Promise<PageHead | null> =>
    app
      .get(CampaignsService)
      .previewOf(slug)
      .then((contest) => contest && contestHead(slug, contest, locale, config.publicUrl));
  const headOf = (req: Request, res: Response): Promise<PageHead | null> => {
    const contestSlug = contestSlugOf(req.path);
    const drivePage = drivePageOf(req.path);
    if (!contestSlug && !drivePage) return Promise.resolve(null);
    res.vary('Accept-Language');
    const locale = pickLocale(req.headers['accept-language']);
    if (contestSlug) return shared(JSON.stringify(['contest', contestSlug, locale]), () => contestHeadOf(contestSlug, locale));
    if (!drivePage) return Promise.resolve(null);
    const teamCode = drivePage.page === 'form' && typeof req.query.team === 'string' ? req.query.team : null;
    // Not part of the cached head: added to the answer, as the link carries it.
    const referrer = drivePage.page === 'form' && typeof req.query.ref === 'string' ? normalizeReferralCode(req.query.ref) : null;
    return shared(JSON.stringify([drivePage.page, drivePage.slug, teamCode, locale]), () => driveHeadOf(drivePage, teamCode, locale)).then(
      (head) => head && withReferrer(head, referrer),
    );
  };
  const sendPageFor = (req: Request, res: Response) => {
    const html = isPublicPage(req.path) ? publicHtml : indexHtml;
    return headOf(req, res).then(
      (head) => sendPage(res, html, head),
      // The page works without its preview: never fail a page because the drive could not be read.
      (error: unknown) => {
        logger.warn(`No link preview for ${req.path}: ${error instanceof Error ? error.message : String(error)}`);
        sendPage(res, html);
      },
    );
  };
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (!isPageRequest(req)) return next();
    if (req.path === '/index.html') return sendPage(res, indexHtml);
    if (req.path === '/public.html') return sendPage(res, publicHtml);
    next();
  });
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
    void sendPageFor(req, res);
  });
}
