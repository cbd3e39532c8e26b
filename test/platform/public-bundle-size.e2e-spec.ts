// The volunteer-facing pages are opened on phones, from a poster's QR code or a link in a group
// chat, often on a slow campus network (issue 21): each must work with at most 90 KB of JavaScript
// (brotli, as the API compresses it), not counting the phone-number rules it loads afterwards.
// scripts/public-bundle-size.mjs weighs the built web app from Vite's manifest: the same build
// gives the same answer.
import { execFileSync } from 'child_process';
import { join } from 'path';

const WORKSPACE = join(__dirname, '../..');
const WEB_APP = join(process.env.E2E_DIST ?? join(WORKSPACE, 'dist'), 'admin');

describe('what a phone downloads for the public pages', () => {
  it('is at most 90 KB of JavaScript (brotli) for the form, the manage page, the leaderboard and my data', () => {
    let output: string;
    try {
      output = execFileSync(process.execPath, [join(WORKSPACE, 'scripts/public-bundle-size.mjs'), WEB_APP], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      const failed = error as { stdout?: string; stderr?: string };
      throw new Error(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
    }
    const pages = output.split('\n').filter((line) => /^\S/.test(line));
    expect(pages.map((line) => line.split(' (')[0])).toEqual(['ok   form', 'ok   manage', 'ok   leaderboard', 'ok   contest', 'ok   my data', 'ok   drives', 'ok   team request', 'ok   call-out answer']);
  });
});
