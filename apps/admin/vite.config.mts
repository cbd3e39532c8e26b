import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const api = 'http://localhost:3000';

type CodeSplittingGroup = { name: string; test: RegExp };

/**
 * The web app is two builds into dist/admin: this one, index.html (the organizers' app, on React),
 * and vite.public.config.mts, public.html (the volunteer-facing pages, on Preact), which runs second.
 */
export function webAppConfig({ input, manifest, alias = [], vendor }: { input: string; manifest: string; alias?: { find: RegExp; replacement: string }[]; vendor: CodeSplittingGroup }): UserConfig {
  return {
    root,
    plugins: [react()],
    // The server puts each page's Content-Security-Policy nonce where this placeholder is (see
    // apps/api/src/web/security-headers.ts): in <meta property="csp-nonce">, where the app reads it
    // for the <style> elements Mantine writes.
    html: { cspNonce: '__LIFE_RELAY_CSP_NONCE__' },
    resolve: {
      alias: [
        ...alias,
        // Mirrors the path alias in tsconfig.base.json, so the app bundles the shared rules from source.
        { find: /^@life-relay\/domain$/, replacement: fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)) },
      ],
    },
    build: {
      outDir: `${workspaceRoot}dist/admin`,
      // The first build clears dist/admin, the second adds to it.
      emptyOutDir: input === 'index.html',
      // Which chunks each page loads: scripts/public-bundle-size.mjs weighs the public pages with it.
      manifest,
      rolldownOptions: {
        input: fileURLToPath(new URL(input, import.meta.url)),
        output: {
          // The code the volunteer-facing pages share (layout, client, formatting) is named for
          // what it is rather than after whichever module the bundler saw first.
          chunkFileNames: (chunk) =>
            !chunk.isDynamicEntry && chunk.moduleIds.some((id) => /src[\\/]public[\\/]ui[\\/]public-layout/.test(id))
              ? 'assets/public-layout-[hash].js'
              : 'assets/[name]-[hash].js',
          // Named vendor chunks, so the build output says what each page costs: the UI library
          // (`react` or `preact`), and `i18n`, which only the volunteer-facing pages load.
          codeSplitting: {
            groups: [vendor, { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements)[\\/]/ }],
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
  };
}

export default defineConfig(
  webAppConfig({
    input: 'index.html',
    manifest: '.vite/manifest.json',
    vendor: { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|wouter|regexparam|use-sync-external-store)[\\/]/ },
  }),
);
