import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// `vite build admin` (root = this folder). The Bun server serves admin/dist at /admin/ with an
// SPA fallback; in dev the API runs beside us on :8787.
export default defineConfig({
  root: import.meta.dirname,
  base: '/admin/',
  plugins: [solid()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:8787' },
  },
});
