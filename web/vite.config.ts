import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { serviceWorker } from './service-worker/plugin.mjs';

const root = path.dirname(fileURLToPath(import.meta.url));
// The dev server stands in front of the Crewlog server: everything that is not the web app
// itself goes to it, so cookies and URLs are the same as in production.
const backend = process.env.CREWLOG_DEV_BACKEND ?? 'http://127.0.0.1:3000';
const proxied = ['/api', '/auth', '/files', '/import', '/export', '/push'];

export default defineConfig({
  root,
  plugins: [react(), serviceWorker()],
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
  },
  server: {
    proxy: {
      ...Object.fromEntries(
        proxied.map((prefix) => [prefix, { target: backend, changeOrigin: false }]),
      ),
      '/ws': { target: backend, ws: true },
    },
  },
});
