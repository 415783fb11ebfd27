import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The console talks to the service over same-origin `/graphql` and `/api`: in development the dev server proxies
// them to the API (API_URL), in production the API serves the built files itself (apps/api/src/modules/console).
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';
const proxy = { '/graphql': api, '/api': api };

export default defineConfig({
  plugins: [react()],
  resolve: {
    // The editor runs the language from source: the same code and messages as the api, no build step in between.
    alias: { '@yardstick/dsl': fileURLToPath(new URL('../../dsl/src/index.ts', import.meta.url)) },
  },
  server: { port: 5173, proxy },
  preview: { port: 5173, proxy },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
});
