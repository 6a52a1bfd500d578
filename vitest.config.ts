import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

// type-graphql and graphql-tools load graphql's CommonJS build; resolve ours to the same file so
// there is one `graphql` module (Vite would otherwise pick index.mjs and types would not match).
const fromServer = createRequire(path.resolve(import.meta.dirname, 'server/package.json'));

export default defineConfig({
  resolve: {
    alias: [{ find: /^graphql$/, replacement: fromServer.resolve('graphql') }],
  },
  test: {
    include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'client/e2e/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    pool: 'forks',
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: '.test-results/vitest.json' },
  },
});
