import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));
const mockServer = process.env.MOCK_SERVER_URL || 'http://127.0.0.1:3000';

// The default output; git ignores `.downtime/`. admin/buildAdminPage.mjs names the same place.
const ADMIN_DIST_DIR = path.resolve(root, '..', '.downtime', 'admin-dist');

// The mock server serves the built page at /admin. In `vite dev` the API calls are proxied to a running server.
export default defineConfig({
  root,
  base: '/admin/',
  publicDir: false,
  plugins: [react()],
  build: {
    outDir: ADMIN_DIST_DIR,
    emptyOutDir: true,
    // The VA component library is large; one big chunk is expected for a local tool.
    chunkSizeWarningLimit: 4000,
  },
  server: {
    host: '127.0.0.1',
    proxy: { '/admin/api': mockServer, '/v0': mockServer },
  },
});
