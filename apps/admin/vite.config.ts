import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * `pnpm dev`: Vite on 5173 with /graphql proxied to the API on localhost:4000 (`pnpm --filter @lianxi/api dev`),
 * so the browser talks to one origin just as it does in production, where the API serves the built admin.
 */
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/graphql': { target: process.env['LIANXI_API_URL'] ?? 'http://localhost:4000', changeOrigin: true },
      // The API's server-rendered pages the admin links to: print views (HTML, PDF) and the public pages.
      '/print': { target: process.env['LIANXI_API_URL'] ?? 'http://localhost:4000', changeOrigin: true },
      '/public': { target: process.env['LIANXI_API_URL'] ?? 'http://localhost:4000', changeOrigin: true },
      // Evidence attachments: upload and download (plain HTTP, not GraphQL).
      '/api': { target: process.env['LIANXI_API_URL'] ?? 'http://localhost:4000', changeOrigin: true },
    },
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
});
