// The volunteer-facing pages (public.html) on Preact: the same React code, with `react` and
// `react-dom` resolved to preact/compat. React alone was 59 KB of brotli on every phone that opened
// a poster's link; Preact is about 5 KB. The organizers' app stays on React (Mantine 9 and Apollo
// Client 4 are built for it), so this is a build of its own, run after vite.config.mts into the
// same dist/admin; the server sends public.html for the public addresses (apps/api/src/web).
import { defineConfig } from 'vite';
import { webAppConfig } from './vite.config.mjs';

export default defineConfig(
  webAppConfig({
    input: 'public.html',
    manifest: '.vite/public-manifest.json',
    alias: [
      { find: /^react$/, replacement: 'preact/compat' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
    ],
    vendor: { name: 'preact', test: /node_modules[\\/](preact|wouter|regexparam|use-sync-external-store)[\\/]/ },
  }),
);
