import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { bootChunks } from './src/app/bootChunks.ts';
import { inlineStylesheet } from './src/app/inlineStylesheet.ts';
import { contentSecurityPolicy } from './src/content/contentSecurityPolicy.ts';
import { saywireContent } from './src/content/contentPlugin.ts';
import { serviceWorker } from './src/pwa/serviceWorkerPlugin.ts';

// SAYWIRE_CONTENT_DIR builds the site from another folder of articles (the hostile-content tests).
const contentDir = process.env.SAYWIRE_CONTENT_DIR || 'content';

export default defineConfig({
  plugins: [
    react(),
    saywireContent({ contentDir, prerender: true }),
    // The stylesheet into the HTML (before the CSP, which allows it by its hash).
    inlineStylesheet(),
    contentSecurityPolicy(),
    serviceWorker(),
    // React, the router and the app in a chunk each, all preloaded (see src/app/boot.ts).
    bootChunks(),
  ],
  build: {
    target: 'es2022',
    // One stylesheet, inlined into the HTML head, holds every component's CSS: the app itself is
    // loaded after the first paint (src/app/boot.ts) and must not bring styles of its own.
    cssCodeSplit: false,
    // Every browser the app supports has modulepreload: the polyfill would be 244 B for nothing.
    modulePreload: { polyfill: false },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    // Component tests wait up to 10 s for the app (tests/setup/vitest.setup.ts); a test that
    // walks through several pages on a loaded two-core machine needs more than vitest's 5 s.
    testTimeout: 30_000,
    // Hooks do the same kind of work as tests (renderRoute.test.ts's beforeAll runs the content
    // pipeline, afterAll/afterEach hooks close dev servers and remove built sites), on the same
    // loaded machine; at vitest's default 10 s a slow afterAll fails the whole run (exit 1) with
    // every test passed, so they get the tests' budget.
    hookTimeout: 30_000,
    restoreMocks: true,
  },
});
