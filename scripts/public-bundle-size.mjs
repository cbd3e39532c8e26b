#!/usr/bin/env node
// Weighs the JavaScript each volunteer-facing page makes a phone download before it can show
// anything, and fails when a page is over its budget:
//   node scripts/public-bundle-size.mjs [dist/admin]
// A page's weight is its HTML entry's script, the chunks that script imports statically, the
// page's own lazy chunk and the chunks that one imports statically, each compressed with brotli.
// The budget holds at quality 4, what the API's compression middleware sends (apps/api/src/server.ts,
// `compression` 1.8's default), and so at quality 11 too (a precompressing server or CDN, about 15%
// less), which the table shows beside it. Chunks a page loads later, on demand (the phone-number
// rules, the calendar file), are not counted: the page works before them.
// Read from Vite's manifest (build.manifest in apps/admin/vite.config.mts), so the answer depends on
// the build alone: no browser, no timing.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** 90 KB of brotli-compressed JavaScript per page, before the phone-number rules (issue 21). */
export const BUDGET_BYTES = 90 * 1024;

/** Each page: the HTML the server sends for its address and the module of its lazy page chunk. */
export const PUBLIC_PAGES = [
  { name: 'form', path: '/d/<slug>', html: 'public.html', page: 'src/public/sign-up/sign-up-page.tsx' },
  { name: 'manage', path: '/m/<token>', html: 'public.html', page: 'src/public/manage/manage-page.tsx' },
  { name: 'leaderboard', path: '/d/<slug>/leaderboard', html: 'public.html', page: 'src/public/leaderboard/leaderboard-page.tsx' },
  { name: 'contest', path: '/c/<slug>', html: 'public.html', page: 'src/public/contest/contest-page.tsx' },
  { name: 'my data', path: '/me', html: 'public.html', page: 'src/public/my-data/my-data-page.tsx' },
  { name: 'drives', path: '/d', html: 'public.html', page: 'src/public/drives/drives-page.tsx' },
  { name: 'team request', path: '/join-team/<token>', html: 'public.html', page: 'src/public/team-request/team-request-page.tsx' },
  { name: 'call-out answer', path: '/answer/<token>', html: 'public.html', page: 'src/public/call-out-answer/call-out-answer-page.tsx' },
];

const brotli = (bytes, quality) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }).length;

/** The chunk files a page loads up front, in the order the manifest names them. */
function filesOf(manifest, keys) {
  const files = [];
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build's manifest has no ${key}: is PUBLIC_PAGES in step with the app?`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return files;
}

/** What each public page costs in the build at `dist` (dist/admin). */
export function measurePublicPages(dist) {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/public-manifest.json'), 'utf8'));
  return PUBLIC_PAGES.map((page) => {
    const files = filesOf(manifest, [page.html, page.page]).map((file) => {
      const bytes = readFileSync(join(dist, file));
      return { file, raw: bytes.length, brotli: brotli(bytes, 11), brotliQ4: brotli(bytes, 4) };
    });
    const sum = (field) => files.reduce((total, f) => total + f[field], 0);
    return { ...page, files, raw: sum('raw'), brotli: sum('brotli'), brotliQ4: sum('brotliQ4'), over: Math.max(sum('brotli'), sum('brotliQ4')) > BUDGET_BYTES };
  });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

export function report(pages) {
  const lines = [];
  for (const page of pages) {
    lines.push(
      `${page.over ? 'OVER' : 'ok  '} ${page.name} (${page.path}): ${kb(page.brotliQ4)} brotli as the API sends it (q4; q11 ${kb(page.brotli)}, raw ${kb(page.raw)}), budget ${kb(BUDGET_BYTES)}`,
    );
    for (const f of [...page.files].sort((a, b) => b.brotliQ4 - a.brotliQ4)) lines.push(`       ${kb(f.brotliQ4).padStart(9)}  ${f.file}`);
  }
  return lines.join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const dist = resolve(process.argv[2] ?? join(new URL('..', import.meta.url).pathname, 'dist/admin'));
  const pages = measurePublicPages(dist);
  console.log(report(pages));
  if (pages.some((p) => p.over)) {
    console.error(`\nA volunteer-facing page loads more than ${kb(BUDGET_BYTES)} of JavaScript (brotli) before it works.`);
    process.exit(1);
  }
}
