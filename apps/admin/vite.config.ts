import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const api = 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    // Mirrors the path alias in tsconfig.base.json, so the app bundles the shared rules from source.
    alias: {
      '@life-relay/domain': fileURLToPath(new URL('../../libs/domain/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: `${workspaceRoot}dist/admin`,
    emptyOutDir: true,
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
