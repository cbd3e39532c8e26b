import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  // The server puts each page's Content-Security-Policy nonce where this placeholder is (see
  // apps/api/src/web/security-headers.ts): in <meta property="csp-nonce">, where the app reads it
  // for the <style> elements Mantine writes.
  html: { cspNonce: '__LIFE_RELAY_CSP_NONCE__' },
  resolve: {
    // Mirrors the path alias in tsconfig.base.json, so the app bundles the shared rules from source.
    alias: {
      '@life-relay/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/admin`,
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // The code the volunteer-facing pages share (layout, client, formatting) is named for
        // what it is rather than after whichever module the bundler saw first.
        chunkFileNames: (chunk) =>
          !chunk.isDynamicEntry && chunk.moduleIds.some((id) => /src[\\/]public[\\/]ui[\\/]public-layout/.test(id))
            ? 'assets/public-[hash].js'
            : 'assets/[name]-[hash].js',
        // Named vendor chunks, so the build output says what each page costs: `react` is the
        // shell's, `i18n` only the volunteer-facing pages load (with their own page chunks).
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|wouter|regexparam|use-sync-external-store)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: api, changeOrigin: true, ws: true },
      '/health': { target: api, changeOrigin: true },
    },
  },
  preview: { port: 4300 },
});
