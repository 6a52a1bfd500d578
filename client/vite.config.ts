import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const API_ORIGIN = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      // Single sign-on: top-level navigations to /auth/sso/start and back from the identity
      // provider to /auth/sso/callback (set PUBLIC_URL to Vite's address so it comes back here).
      '/auth/': { target: API_ORIGIN },
      // CSV exports and the personal-data ZIP, fetched with the session cookie.
      '/export/': { target: API_ORIGIN },
      // CSV import: the file's bytes, uploaded with the session cookie before the dry run.
      '/import/files': { target: API_ORIGIN },
      '/graphql': {
        target: API_ORIGIN,
        configure: proxy => {
          // The API only accepts browser requests from its own origin; through the dev proxy the
          // SPA is served by Vite, so present the request as coming from the API's origin.
          proxy.on('proxyReq', proxyReq => {
            if (proxyReq.getHeader('origin')) proxyReq.setHeader('origin', API_ORIGIN);
          });
        },
      },
    },
  },
  build: {
    outDir: 'dist',
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // zxcvbn's dictionaries (~1.6 MB) are only for the password meter, loaded with
            // import() on the Account page: keep them out of the vendor chunk every page loads.
            { name: 'zxcvbn', test: /node_modules[\\/]@zxcvbn-ts[\\/]/, priority: 3 },
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
              priority: 2,
            },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
