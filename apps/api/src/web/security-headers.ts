// The security headers of every response (helmet): what the browser may load and run on our pages,
// who may frame them, that it never guesses a content type, that it keeps to HTTPS, and that the
// addresses of the pages, some of which carry a secret, never leave in a Referer.
import type { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'crypto';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { ServerResponse } from 'http';
import { AppConfig } from '../config/app-config';

/**
 * What the built index.html carries where each response's style nonce goes (Vite's html.cspNonce,
 * apps/admin/vite.config.mts): in the `<meta property="csp-nonce">` the app gives Mantine, which
 * writes its theme's CSS variables into `<style>` elements.
 */
export const CSP_NONCE_PLACEHOLDER = '__LIFE_RELAY_CSP_NONCE__';

/** Nonces are cut from random bytes drawn this many at a time: a draw for every response, JSON included, was about 1% of a sign-up's CPU. */
const NONCE_BYTES = 16;
const NONCES_A_DRAW = 256;
let pool = Buffer.alloc(0);
let used = 0;

function nextNonce(): string {
  if (used + NONCE_BYTES > pool.length) {
    pool = randomBytes(NONCE_BYTES * NONCES_A_DRAW);
    used = 0;
  }
  used += NONCE_BYTES;
  return pool.toString('base64', used - NONCE_BYTES, used);
}

/** This response's nonce for `<style>` elements (128 random bits), made when first asked for. */
export function styleNonceOf(res: ServerResponse): string {
  const locals = ((res as Response).locals ??= {}) as { styleNonce?: string };
  return (locals.styleNonce ??= nextNonce());
}

export function mountSecurityHeaders(app: NestExpressApplication, config: AppConfig): void {
  const https = config.publicUrl.startsWith('https:');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          // Only our own bundles: no inline script, no eval, whatever gets injected into a page.
          scriptSrc: ["'self'"],
          // Our stylesheets, and the `<style>` elements Mantine writes with this response's nonce.
          styleSrc: ["'self'", (_req, res) => `'nonce-${styleNonceOf(res)}'`],
          // style="" attributes: the server's small pages (unsubscribe, a dead short link) and the
          // e-mails previewed in a sandboxed frame use them. They run no script, and the image and
          // font sources below keep them from loading anything from elsewhere.
          styleSrcAttr: ["'unsafe-inline'"],
          // data: the favicon and the QR codes drawn in the browser; blob: the files the app makes.
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          ...(https ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      // Only where the public address is HTTPS: a browser told so cannot reach the host over HTTP
      // for a year, which would lock out an installation reached at http://.
      strictTransportSecurity: https ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true } : false,
      // Manage links (/m/<token>), set-password links and unsubscribe links carry their secret in
      // the address. The app is one page: a client-side navigation keeps the policy of the page
      // first loaded, so the policy is the same everywhere rather than per route.
      referrerPolicy: { policy: 'no-referrer' },
      xFrameOptions: { action: 'deny' },
    }),
  );
  // The Apollo sandbox (development only) is a page from Apollo's CDN with its own CSP in a meta
  // element; ours would stop it. It still must not be framed.
  if (!config.production) {
    app.use('/graphql', (req: Request, res: Response, next: NextFunction) => {
      if (req.method === 'GET') res.setHeader('Content-Security-Policy', "frame-ancestors 'none'; base-uri 'none'; object-src 'none'");
      next();
    });
  }
}
