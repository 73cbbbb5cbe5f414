import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { saywireContent } from './src/content/vitePlugin.ts';

export default defineConfig({
  plugins: [react(), saywireContent({ contentDir: 'content' })],
  build: {
    target: 'es2022',
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['tests/setup/vitest.setup.ts'],
    restoreMocks: true,
  },
});
