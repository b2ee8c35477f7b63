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
    rolldownOptions: {
      output: {
        codeSplitting: {
          /*
           * Libraries change less often than the app, so they sit in their own chunks and stay cached across
           * releases. Only modules the first page needs ('$initial'), so lazily loaded screens keep theirs
           * (x-charts stays with the compliance dashboard). Higher priority claims a module first.
           */
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, tags: ['$initial'], priority: 50 },
            { name: 'mui', test: /node_modules[\\/](@mui|@emotion|@popperjs|react-transition-group|stylis)[\\/]/, tags: ['$initial'], priority: 40 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|@wry|graphql|optimism|rxjs|zen-observable[^/\\]*)[\\/]/, tags: ['$initial'], priority: 30 },
            { name: 'react-admin', test: /node_modules[\\/](react-admin|ra-[^/\\]+|react-router|react-router-dom|@tanstack|react-hook-form)[\\/]/, tags: ['$initial'], priority: 20 },
            { name: 'vendor', test: /node_modules[\\/]/, tags: ['$initial'], priority: 10 },
          ],
        },
      },
    },
  },
});
