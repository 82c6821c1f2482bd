import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root,
  publicDir: path.join(root, '..', 'public'),
  plugins: [react()],
  server: { host: '127.0.0.1', port: Number(process.env.DEMO_PORT ?? 5173), strictPort: false },
  define: {
    'import.meta.env.VITE_MOCK_SERVER_URL': JSON.stringify(process.env.MOCK_SERVER_URL ?? ''),
  },
});
